"""The rest of the mail commands' promises: the keyring, text output, a recipient the server
refuses, a desktop notification, resolving an outbox entry, the Sent folder by name."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ai_server import use_memory_keyring
from mailbox_io.test_inbox import LATER, REJECTION, reply
from mailbox_io.world import World
from tactful.errors import BadInput
from tactful.mailbox.secrets import KEYRING_SERVICE, run_password_command, secret_for


def test_the_keyring_holds_the_password(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TACTFUL_MAIL_PASSWORD")
    world.setup_account()
    with use_memory_keyring() as keyring:
        keyring.set_password(KEYRING_SERVICE, world.me, world.servers.users[world.me])
        status = world.cli("mail", "status")
        assert "(password: keyring)" in status.out
        assert world.cli("mail", "test").code == 0
        assert world.cli("mail", "forget").code == 0
        assert keyring.passwords == {}


def test_password_commands_fail_in_one_line_without_their_output(tmp_path: Path) -> None:
    script = tmp_path / "pw"
    script.write_text("#!/bin/sh\necho hunter2-secret\nexit 3\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    with pytest.raises(BadInput) as failed:
        run_password_command(str(script))
    assert "exit 3" in failed.value.message
    assert "hunter2" not in failed.value.message
    with pytest.raises(BadInput):
        run_password_command("/no/such/command")
    with pytest.raises(BadInput) as missing:
        secret_for("sam@example.org", env={})
    assert missing.value.code == "mail-no-password"
    assert secret_for("sam@example.org", "echo from-command", env={}) == "from-command"


def test_text_output_of_status_outbox_and_inbox(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    assert "Outbox: 0 sent" in world.cli("mail", "status").out
    assert "The outbox is empty." in world.run("mail", "outbox").out
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    assert ": done" in world.run("mail", "outbox").out
    answer = reply(world.ada, world.me, "Your application", REJECTION)
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    shown = world.run("inbox", now=LATER)
    assert shown.code == 0, shown.err
    assert "INBOX: 1 new, 1 matched" in shown.out
    assert "Proposal 1: " in shown.out
    assert "tactful inbox apply ID" in shown.out
    applied = world.run("inbox", "apply", "1", now=LATER)
    assert "Applied 1: record the reply (rejection)" in applied.out
    status = world.cli("mail", "status")
    assert "Folder INBOX: read up to UID 1" in status.out
    tested = world.cli("mail", "test", "--json").json()
    assert [c["ok"] for c in tested["checks"]] == [True, True]


def test_a_refused_recipient_sends_nothing_and_can_be_retried(world: World) -> None:
    world.setup_account()
    nobody = world.servers.user("nobody", "acme.example")
    assert world.run("config", "set", "me.name", "Sam").code == 0
    assert world.run("application", "add", "--company", "Acme", "--role", "Dev").code == 0
    args = ["interview", "add", "1", "--at", "2026-11-25 14:00", "--detail", "the demo"]
    args += ["--interviewer", f"No Body <{nobody}>", "--selling-point", "ten years of Go"]
    assert world.run(*args).code == 0
    done = world.run("send", "1", "thank-you", "--yes")
    assert done.code == 2
    assert "refused the email" in done.err
    assert "no such user here" in done.err
    [entry] = world.run("mail", "outbox", "--json").json()["outbox"]
    assert entry["state"] == "dropped"
    assert world.servers.messages(nobody) == []


@pytest.mark.parametrize("as_json", [False, True])
def test_a_refused_second_recipient_does_not_hide_the_first_one_sent(
    world: World, as_json: bool
) -> None:
    """Ada's note goes out, then the server refuses the second interviewer's address: the
    error alone read as if nothing had been sent. Ada's is said first (in --json, as the
    answer)."""
    world.setup_account()
    world.add_round(interviewers=("ada",))
    nobody = "nobody@acme.example"  # the test SMTP server refuses nobody*
    assert world.run("interview", "edit", "1", "--interviewer", f"Ada Lovelace <{world.ada}>",
                     "--interviewer", f"No Body <{nobody}>").code == 0  # fmt: skip
    done = world.run("send", "1", "thank-you", "--yes", *(["--json"] if as_json else []))
    assert done.code == 2
    assert "refused the email to No Body" in done.err
    assert len(world.inbox(world.ada)) == 1
    if as_json:
        [sent] = done.json()["sent"]
        assert (sent["to"]["email"], sent["state"]) == (world.ada, "done")
    else:
        assert f"Sent to Ada Lovelace <{world.ada}> and recorded" in done.out


def test_a_desktop_notification_where_one_is_available(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "notified"
    tool = bin_dir / "notify-send"
    tool.write_text(f'#!/bin/sh\nprintf "%s|" "$@" >> {record}\n')
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/dev/null")
    world.setup_account()
    world.add_round(interviewers=("ada",))
    done = world.run("watch", "--once")
    assert done.code == 0, done.err
    assert "(desktop)" in done.out
    assert "tactful: send the thank-you to Acme Analytics" in record.read_text()
    assert world.run("watch", "--once").code == 0
    assert record.read_text().count("send the thank-you") == 1


def test_resolve_says_what_cannot_be_resolved(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    missing = world.run("mail", "resolve", "9", "sent")
    assert missing.code == 2
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    done = world.run("mail", "resolve", "1", "not-sent")
    assert done.code == 1
    assert "only an uncertain send" in done.err


def test_the_sent_folder_by_name(world: World) -> None:
    from imapclient import IMAPClient

    client = IMAPClient("127.0.0.1", port=world.servers.imap_port, ssl=False)
    client.login(world.me, world.servers.users[world.me])
    client.create_folder("Envoyés")
    client.logout()
    world.setup_account("--sent-folder", "Envoyés")
    world.add_round(interviewers=("ada",))
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    assert len(world.inbox(world.me, "Envoyés")) == 1
    assert world.inbox(world.me, "Sent") == []


def test_since_reads_again_without_proposing_twice(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    sent = world.run("send", "1", "thank-you", "--yes", "--json")
    assert sent.code == 0, sent.err
    [email] = sent.json()["sent"]
    assert email["state"] == "done"
    assert email["message_id"].startswith("<")
    answer = reply(world.ada, world.me, "Your application", REJECTION)
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    first = world.run("inbox", "--json", now=LATER).json()
    assert len(first["new"]) == 1
    again = world.run("inbox", "--json", "--since", "2026-11-01", now=LATER).json()
    inbox_scan = next(f for f in again["folders"] if f["folder"] == "INBOX")
    assert inbox_scan["examined"] == 1  # read again…
    assert again["new"] == []  # …and not proposed twice
    assert len(again["proposals"]) == 1
    bad = world.run("inbox", "--since", "last week", now=LATER)
    assert bad.code == 2
