"""Faults against the real servers: a connection dropped mid-fetch, a changed UIDVALIDITY, a
wrong password, a refused token, malformed and non-UTF-8 mail, a huge attachment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailbox_io.test_inbox import LATER, REJECTION, inbox, reply
from mailbox_io.world import World
from mailbox_servers import Proxy


def use_imap_port(world: World, port: int) -> None:
    path = world.home / "mail.json"
    account = json.loads(path.read_text())
    account["imap_port"] = port
    path.write_text(json.dumps(account))


def test_a_drop_mid_fetch_keeps_what_was_read_and_the_next_run_goes_on(world: World) -> None:
    world.setup_account()
    world.add_round()
    hr = world.servers.user("hr", "acme.example")
    for number in range(30):
        message = reply(hr, world.me, f"Message {number}", REJECTION + "\n" + "x" * 2000, name="HR")
        world.servers.send(hr, [world.me], message.as_bytes())
    proxy = Proxy(world.servers.imap_port, drop_after=30_000)
    use_imap_port(world, proxy.port)
    world.run("config", "set", "lang", "en")
    dropped = world.run("inbox", "--json", now=LATER)
    assert dropped.code == 2
    assert "closed the connection" in dropped.err or "failed during the scan" in dropped.err
    proxy.close()
    use_imap_port(world, world.servers.imap_port)
    done = inbox(world)
    status = world.run("mail", "status", "--json", now=LATER).json()
    inbox_state = next(f for f in status["folders"] if f["folder"] == "INBOX")
    assert inbox_state["last_uid"] == 30
    proposals = world.run("inbox", "--json", now=LATER).json()["proposals"]
    assert len(proposals) == 30  # every message once, none twice
    assert len({p["message_id"] for p in proposals}) == 30
    assert done["folders"][0]["examined"] <= 30


def test_a_changed_uidvalidity_reads_the_folder_again(world: World) -> None:
    world.setup_account()
    world.add_round()
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    inbox(world)
    from imapclient import IMAPClient

    client = IMAPClient("127.0.0.1", port=world.servers.imap_port, ssl=False)
    client.login(world.me, world.servers.users[world.me])
    client.rename_folder("Sent", "Old")
    client.create_folder("Sent")
    client.logout()
    again = inbox(world)
    sent = next(f for f in again["folders"] if f["role"] == "sent")
    assert sent["reset"] is True


def test_a_wrong_password_is_one_line_without_the_password(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.setup_account()
    done = world.cli("mail", "test")
    assert done.code == 0, done.out + done.err
    assert done.out.count("ok: ") == 2
    secret = "wrong-password-xyz"
    monkeypatch.setenv("TACTFUL_MAIL_PASSWORD", secret)
    failed = world.cli("mail", "test")
    scan = world.cli("inbox")
    assert failed.code == 1
    assert "refused the login" in failed.out
    assert secret not in failed.out + failed.err
    assert scan.code == 2
    assert len(scan.err.strip().splitlines()) == 1
    assert secret not in scan.err


def test_an_expired_token_is_refused_with_a_hint(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = tmp_path / "token"
    token.write_text(world.servers.users[world.me] + "\n")
    monkeypatch.delenv("TACTFUL_MAIL_PASSWORD")
    world.setup_account("--auth", "xoauth2", "--password-command", f"cat {token}")
    ok = world.cli("mail", "test")
    assert ok.code == 0, ok.out + ok.err
    token.write_text("expired-token\n")
    refused = world.cli("mail", "test")
    assert refused.code == 1
    assert refused.out.count("may have expired") == 2
    assert "expired-token" not in refused.out + refused.err


def test_malformed_mime_and_non_utf8_headers_are_read(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    latin = (
        f"From: =?iso-8859-1?q?Ad=E9le_Lovelace?= <{world.ada}>\r\n"
        f"To: {world.me}\r\n"
        "Subject: R\xe9ponse \xe0 votre candidature\r\n"
        "Date: Thu, 26 Nov 2026 11:00:00 +0100\r\n"
        "Message-ID: <latin-1@acme.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        "--never-closed\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        "Bonjour,\r\n\r\nNous avons le regret de vous informer que votre candidature n'a pas "
        "\xe9t\xe9 retenue.\r\n\r\nCordialement\r\n"
    ).encode("latin-1")
    world.servers.lmtp([world.me], latin)
    found = inbox(world)
    [proposal] = found["new"]
    assert proposal["mail_kind"] == "rejection"
    assert proposal["details"]["match"] == "address"


def test_a_huge_attachment_is_never_fetched_whole(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    message = reply(world.ada, world.me, "Our answer", REJECTION)
    message.add_attachment(b"\0" * 5_000_000, maintype="application", subtype="pdf",
                           filename="brochure.pdf")  # fmt: skip
    world.servers.lmtp([world.me], message.as_bytes().replace(b"\n", b"\r\n"))
    proxy = Proxy(world.servers.imap_port)
    use_imap_port(world, proxy.port)
    found = inbox(world)
    proxy.close()
    [proposal] = found["new"]
    assert proposal["mail_kind"] == "rejection"
    assert proxy.from_server < 1_000_000  # the 6.7 MB base64 attachment stayed on the server
