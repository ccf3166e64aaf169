"""`tactful send` against real servers: one thank-you per interviewer, received once each,
recorded with its Message-ID, filed in Sent; refusals; threading; French subjects."""

from __future__ import annotations

import pytest

from mailbox_io.world import STATUS_TIME, World, step_state


def test_a_thank_you_goes_to_each_interviewer_once(world: World) -> None:
    world.setup_account()
    world.add_round()
    done = world.run("send", "1", "thank-you", "--yes")
    assert done.code == 0, done.err
    assert done.out.count("Sent to") == 2
    for person, name in ((world.ada, "Ada"), (world.grace, "Grace")):
        [message] = world.inbox(person)
        assert message["To"].addresses[0].addr_spec == person
        assert name in message.get_content().splitlines()[0]
        assert message["From"].addresses[0].addr_spec == world.me
    sent = world.inbox(world.me, "Sent")
    assert len(sent) == 2, done.out  # tactful filed a copy of each: this provider does not
    plan = world.plan()
    assert step_state(plan, "thank-you") == "sent"
    notes = {n["email"]: n for n in plan["thank_you_notes"]}
    assert {notes[world.ada]["state"], notes[world.grace]["state"]} == {"sent"}
    ids = {m["Message-ID"] for m in sent}
    assert {notes[world.ada]["message_id"], notes[world.grace]["message_id"]} == ids
    # Sending again sends nothing: the rules refuse a second thank-you.
    again = world.run("send", "1", "thank-you", "--yes")
    assert again.code == 1
    assert "already" in again.err
    assert len(world.inbox(world.ada)) == 1


def test_one_interviewer_then_the_other(world: World) -> None:
    world.setup_account()
    world.add_round()
    assert world.run("send", "1", "thank-you", "--to", "Ada", "--yes").code == 0
    plan = world.plan()
    assert step_state(plan, "thank-you") == "due"
    states = {n["name"]: n["state"] for n in plan["thank_you_notes"]}
    assert states == {"Ada Lovelace": "sent", "Grace Hopper": "due"}
    refused = world.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    assert refused.code == 1
    assert "already recorded" in refused.err
    # Without --to, only the note still due goes out.
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    assert len(world.inbox(world.ada)) == 1
    assert len(world.inbox(world.grace)) == 1
    assert step_state(world.plan(), "thank-you") == "sent"


def test_dry_run_sends_and_records_nothing(world: World) -> None:
    world.setup_account()
    world.add_round()
    done = world.run("send", "1", "thank-you", "--dry-run")
    assert done.code == 0, done.err
    assert "Subject:" in done.out
    assert world.inbox(world.ada) == []
    assert step_state(world.plan(), "thank-you") == "due"


def test_refuses_what_sent_refuses(world: World) -> None:
    world.setup_account()
    world.add_round()
    early = world.run("send", "1", "status", "--yes")
    assert early.code == 1
    assert "window opens" in early.err
    assert world.run("reply", "1", "--outcome", "rejection").code == 0
    answered = world.run("send", "1", "thank-you", "--yes")
    assert answered.code == 1
    assert "already answered" in answered.err
    assert world.inbox(world.ada) == []


def test_a_status_email_before_its_window_is_not_sent_even_with_anyway(world: World) -> None:
    """`tactful sent` may record an early status email that already went out (--anyway);
    `tactful send` never sends one early, so its refusal must not offer --anyway as the fix."""
    world.setup_account()
    world.add_round()
    for extra in ((), ("--anyway",)):
        early = world.run("send", "1", "status", "--yes", *extra)
        assert early.code == 1
        assert "window opens on 2026-12-10" in early.err
        assert "add --anyway" not in early.err
        assert "not even with --anyway" in early.err
    assert world.inbox(world.ada) == []
    recorded_by_hand = world.run("sent", "1", "status")
    assert "add --anyway to record it" in recorded_by_hand.err


def test_refuses_a_leftover_placeholder_unless_anyway(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world.setup_account()
    world.add_round()
    edited = tmp_path / "note.txt"
    edited.write_text(
        "Subject: Thank you\n\nHello Ada,\n\nThank you for [the detail]. Best regards,\nSam\n",
        encoding="utf-8",
    )
    refused = world.run("send", "1", "thank-you", "--to", "Ada", "--file", str(edited), "--yes")
    assert refused.code == 1
    assert "[the detail]" in refused.err
    assert world.inbox(world.ada) == []
    sent = world.run(
        "send", "1", "thank-you", "--to", "Ada", "--file", str(edited), "--yes", "--anyway"
    )
    assert sent.code == 0, sent.err
    [message] = world.inbox(world.ada)
    assert message["Subject"] == "Thank you"
    assert "[the detail]" in message.get_content()


NOTE = (
    "Subject: Thank you for Wednesday\n\nHello Grace,\n\nThank you for your time on "
    "Wednesday; I enjoyed the story of the pipeline outage on Black Friday. I am excited about "
    "the role: five years of running Spark pipelines in production would help your team.\n\n"
    "Best regards,\nSam Candidate\n"
)


def test_the_edited_emails_to_line_picks_the_note(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`tactful draft` prints a To: line; the edited email keeps it. It picks the note
    (no --to needed with two interviewers)."""
    world.setup_account()
    world.add_round()
    edited = tmp_path / "grace.txt"
    edited.write_text(f"To: Grace Hopper <{world.grace}>\n{NOTE}", encoding="utf-8")
    sent = world.run("send", "1", "thank-you", "--file", str(edited), "--yes")
    assert sent.code == 0, sent.err
    [message] = world.inbox(world.grace)
    assert message["Subject"] == "Thank you for Wednesday"
    assert world.inbox(world.ada) == []


def test_an_edited_to_line_naming_someone_else_is_refused(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The user wrote another address in the To: line: sending to the recorded interviewer
    instead, without a word, is not what they asked."""
    world.setup_account()
    world.add_round(interviewers=("grace",))
    elsewhere = world.servers.user("grace", "elsewhere.example")
    edited = tmp_path / "grace.txt"
    edited.write_text(f"To: Grace Hopper <{elsewhere}>\n{NOTE}", encoding="utf-8")
    for extra in ((), ("--to", "Grace")):
        refused = world.run("send", "1", "thank-you", "--file", str(edited), "--yes", *extra)
        assert refused.code == 2
        assert f"To: line (Grace Hopper <{elsewhere}>) names no one" in refused.err
    assert world.inbox(world.grace) == []
    assert world.servers.messages(elsewhere) == []


def test_the_status_email_answers_the_thank_you_thread_in_french(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    assert world.run("send", "1", "thank-you", "--yes", "--lang", "fr").code == 0
    [thanks] = world.inbox(world.ada)
    done = world.run("send", "1", "status", "--yes", "--lang", "fr", now=STATUS_TIME)
    assert done.code == 0, done.err
    _, status = world.inbox(world.ada)
    assert status["In-Reply-To"] == thanks["Message-ID"]
    assert thanks["Message-ID"] in status["References"]
    raw = world.servers.messages(world.ada)[1]
    subject_line = next(line for line in raw.split(b"\r\n") if line.startswith(b"Subject:"))
    assert b"=?utf-8?" in subject_line.lower()  # RFC 2047: the French subject is encoded
    assert any(ch in status["Subject"] for ch in "éèàç") or status["Subject"].isascii()
    plan = world.plan(now=STATUS_TIME)
    assert step_state(plan, "status-inquiry") == "sent"


def test_gmail_like_provider_files_the_copy_itself(world: World) -> None:
    world.servers.handler.files_sent_copy.add(world.me)
    world.setup_account("--files-sent")
    world.add_round(interviewers=("ada",))
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    assert len(world.inbox(world.me, "Sent")) == 1  # the provider's copy; tactful added none


def test_implicit_tls_on_both_servers(world: World) -> None:
    servers = world.servers
    done = world.cli(
        "mail", "setup", "--email", world.me,
        "--smtp-host", "localhost", "--smtp-port", str(servers.smtps_port),
        "--imap-host", "127.0.0.1", "--imap-port", str(servers.imaps_port),
        "--security", "tls", "--ca-file", str(servers.ca_file),
    )  # fmt: skip
    assert done.code == 0, done.err
    world.add_round(interviewers=("ada",))
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    assert len(world.inbox(world.ada)) == 1
    assert len(world.inbox(world.me, "Sent")) == 1


def test_a_certificate_that_cannot_be_verified_is_refused(world: World) -> None:
    servers = world.servers
    done = world.cli(
        "mail", "setup", "--email", world.me,
        "--smtp-host", "127.0.0.1", "--smtp-port", str(servers.smtp_port),
        "--imap-host", "127.0.0.1", "--imap-port", str(servers.imaps_port),
    )  # fmt: skip
    assert done.code == 0, done.err
    tested = world.cli("mail", "test")
    assert tested.code == 1
    assert tested.out.count("cannot verify") == 2
    assert "--ca-file" in tested.out


def test_send_ai_sends_the_checked_ai_text(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from ai_server import ScriptedChatServer

    world.setup_account()
    world.add_round(interviewers=("ada",))
    written = (
        "Subject: Thank you for Wednesday\n\nDear Ada,\n\nThank you for taking the time to meet "
        "with me on Wednesday. I especially enjoyed the story of the pipeline outage on Black "
        "Friday.\n\nOur conversation made me even more excited about joining Acme Analytics. My "
        "five years of running Spark pipelines in production would help from day one.\n\n"
        "Best regards,\nSam Candidate"
    )
    with ScriptedChatServer([written]) as server:
        server.configure(monkeypatch)
        done = world.run("send", "1", "thank-you", "--ai", "--yes")
    assert done.code == 0, done.err
    [message] = world.inbox(world.ada)
    assert message["Subject"] == "Thank you for Wednesday"
    assert "excited about joining Acme Analytics" in message.get_content()


def test_send_ai_says_when_the_template_replaced_the_ai_text(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model's two answers both propose a call: the template goes out instead, and the
    user is told so before the question, as `tactful draft --ai` tells it."""
    from ai_server import ScriptedChatServer

    world.setup_account()
    world.add_round(interviewers=("ada",))
    calls = (
        "Subject: Thanks\n\nDear Ada,\n\nThank you for meeting me on Wednesday; I enjoyed the "
        "story of the pipeline outage. I will call you on Friday to hear your decision.\n\n"
        "Best regards,\nSam Candidate"
    )
    with ScriptedChatServer([calls, calls]) as server:
        server.configure(monkeypatch)
        done = world.run("send", "1", "thank-you", "--ai", "--yes")
    assert done.code == 0, done.err
    assert "the AI draft failed the check twice (call-or-visit): showing the template" in done.err
    [message] = world.inbox(world.ada)
    assert "call you" not in message.get_content()
    assert message["Subject"] != "Thanks"


def test_send_ai_with_the_endpoint_down_says_how_to_do_without(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ai_server import ScriptedChatServer, closed_port_url

    world.setup_account()
    world.add_round(interviewers=("ada",))
    with ScriptedChatServer() as server:
        server.configure(monkeypatch, TACTFUL_AI_BASE_URL=closed_port_url())
        done = world.run("send", "1", "thank-you", "--ai", "--dry-run", "--json")
    assert done.code == 2
    assert done.err.count("\n") == 1
    assert "cannot reach the AI endpoint" in done.err
    assert "or run without --ai to use the built-in templates" in done.err
    assert world.inbox(world.ada) == []
