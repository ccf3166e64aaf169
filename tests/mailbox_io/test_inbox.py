"""`tactful inbox` against real servers: the employer's reply arrives, is matched and
classified; --apply records it and the pending status inquiry is cancelled; an out-of-office
cancels nothing; nothing is ever marked as read."""

from __future__ import annotations

import io
import json
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any, cast

import pytest

from mailbox_io.world import STATUS_TIME, World, step_state

LATER = "2026-11-27T10:00:00+01:00"
ROOT = Path(__file__).resolve().parents[2]


def reply(
    sender: str,
    to: str,
    subject: str,
    body: str,
    *,
    in_reply_to: str = "",
    name: str = "Ada Lovelace",
    headers: dict[str, str] | None = None,
    when: str = "2026-11-26T11:00:00+01:00",
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.fromisoformat(when))
    message["Message-ID"] = make_msgid(domain="acme.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    return message


REJECTION = (
    "Dear Sam,\n\nThank you for your time and interest in the Data engineer role. After careful "
    "consideration, we regret to inform you that we have decided to move forward with other "
    "candidates whose experience more closely matches our needs.\n\nWe wish you every success "
    "in your job search.\n\nBest regards,\nAda"
)
OUT_OF_OFFICE = (
    "Hello,\n\nI am out of the office until Monday 7 December with limited access to email. "
    "I will reply to your message when I return.\n\nGrace"
)


@pytest.fixture
def sent(world: World) -> World:
    world.setup_account()
    world.add_round()
    done = world.run("send", "1", "thank-you", "--yes")
    assert done.code == 0, done.err
    return world


def thank_you_to(world: World, person: str) -> EmailMessage:
    [message] = world.inbox(person)
    return message


def inbox(world: World, *args: str) -> dict[str, Any]:
    done = world.run("inbox", "--json", *args, now=LATER)
    assert done.code == 0, done.err
    return cast(dict[str, Any], done.json())


def test_the_journey_reply_recorded_and_status_cancelled(sent: World) -> None:
    world = sent
    assert len(world.inbox(world.ada)) == 1
    assert len(world.inbox(world.grace)) == 1
    thanks = thank_you_to(world, world.ada)
    ooo = reply(
        world.grace, world.me, "Automatic reply: Thank you", OUT_OF_OFFICE, name="Grace Hopper",
        in_reply_to=thank_you_to(world, world.grace)["Message-ID"],
        headers={"Auto-Submitted": "auto-replied"},
    )  # fmt: skip
    world.servers.send(world.grace, [world.me], ooo.as_bytes())
    first = inbox(world, "--apply", "--yes")
    [info] = first["new"]
    assert info["mail_kind"] == "out-of-office"
    assert info["action"] == "none"
    assert first["applied"] == []
    assert step_state(world.plan(now=LATER), "status-inquiry") == "upcoming"

    answer = reply(
        world.ada, world.me, "Re: " + str(thanks["Subject"]), REJECTION,
        in_reply_to=thanks["Message-ID"],
    )  # fmt: skip
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    second = inbox(world, "--apply", "--yes")
    [applied] = second["applied"]
    assert applied["mail_kind"] == "rejection"
    assert applied["details"]["match"] == "thread"
    plan = world.plan(now=LATER)
    assert plan["state"] == "closed"
    assert step_state(plan, "status-inquiry") == "cancelled"
    shown = world.run("show", "1", "--json", now=LATER).json()
    assert shown["interviews"][0]["replies"][0]["outcome"] == "rejection"
    # Read with BODY.PEEK: nothing was marked as read.
    assert all(b"\\Seen" not in line for line in world.servers.flags(world.me))
    # The next run reads only what is new: nothing.
    third = inbox(world)
    assert [f["examined"] for f in third["folders"]] == [0, 0]


def test_without_apply_nothing_is_written(sent: World) -> None:
    world = sent
    thanks = thank_you_to(world, world.ada)
    answer = reply(world.ada, world.me, "Re: thanks", REJECTION, in_reply_to=thanks["Message-ID"])
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    found = inbox(world)
    [proposal] = found["proposals"]
    assert proposal["action"] == "reply"
    assert world.plan(now=LATER)["state"] != "closed"
    applied = world.run("inbox", "apply", str(proposal["id"]), now=LATER)
    assert applied.code == 0, applied.err
    assert world.plan(now=LATER)["state"] == "closed"
    again = world.run("inbox", "apply", str(proposal["id"]), now=LATER)
    assert again.code == 1


def grace_is_away(world: World) -> None:
    """Grace's out-of-office answers the thank-you: a line the inbox shows once, as information."""
    ooo = reply(
        world.grace, world.me, "Automatic reply: Thank you", OUT_OF_OFFICE, name="Grace Hopper",
        headers={"Auto-Submitted": "auto-replied"},
    )  # fmt: skip
    world.servers.send(world.grace, [world.me], ooo.as_bytes())


def test_an_out_of_office_line_is_refused_as_information_not_as_a_state(sent: World) -> None:
    """`inbox apply/dismiss` on an out-of-office's line: the refusal says it is information
    only and why, not "proposal N is already info"."""
    world = sent
    grace_is_away(world)
    [info] = inbox(world)["new"]
    assert info["status"] == "info"
    for verb in ("apply", "dismiss"):
        refused = world.run("inbox", verb, str(info["id"]), now=LATER)
        assert refused.code == 1
        assert refused.err == (
            f"tactful: error: proposal {info['id']} is for information only (an out-of-office "
            f"is not a reply: nothing is cancelled): there is nothing to {verb}\n"
        )


def test_apply_without_a_terminal_or_yes_is_refused_before_reading(sent: World) -> None:
    """Refused after the scan, the run lost its report: the folders' positions had moved, and
    an out-of-office, shown once, was never shown."""
    world = sent
    grace_is_away(world)
    refused = world.run("inbox", "--apply", now=LATER)
    assert refused.code == 2
    assert "add --yes (nothing was read)" in refused.err
    assert refused.out == ""
    [info] = inbox(world)["new"]
    assert info["mail_kind"] == "out-of-office"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_answering_no_to_apply_still_reports_what_was_read(
    sent: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a terminal, "n" to "Apply 1 proposal(s)?" applied nothing but also exited 1 before
    the report: the out-of-office, shown once, was never shown."""
    from tactful.cli.main import main

    world = sent
    thanks = thank_you_to(world, world.ada)
    answer = reply(world.ada, world.me, "Re: thanks", REJECTION, in_reply_to=thanks["Message-ID"])
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    grace_is_away(world)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    code = main(["--now", LATER, "inbox", "--apply"])
    out = capsys.readouterr().out
    assert code == 0
    assert "out-of-office from Grace Hopper" in out
    assert "(rejection) for interview 1" in out
    assert world.plan(now=LATER)["state"] != "closed", "nothing applied"
    [proposal] = inbox(world)["proposals"]
    assert proposal["status"] == "proposed"


def test_apply_in_a_terminal_asks_on_stderr_so_json_stays_json(
    sent: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tactful.cli.main import main

    world = sent
    thanks = thank_you_to(world, world.ada)
    answer = reply(world.ada, world.me, "Re: thanks", REJECTION, in_reply_to=thanks["Message-ID"])
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    code = main(["--now", LATER, "inbox", "--apply", "--json"])
    captured = capsys.readouterr()
    assert code == 0
    assert "Apply 1 proposal(s)?" in captured.err
    [applied] = json.loads(captured.out)["applied"]
    assert applied["mail_kind"] == "rejection"


def test_no_status_email_while_the_employers_answer_waits_in_the_inbox(sent: World) -> None:
    """The rejection was read (`tactful inbox`, no --apply) but not applied: sending the
    status email then would be a follow-up after the employer's reply."""
    world = sent
    thanks = thank_you_to(world, world.ada)
    answer = reply(world.ada, world.me, "Re: thanks", REJECTION, in_reply_to=thanks["Message-ID"])
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    [proposal] = inbox(world)["proposals"]
    refused = world.run("send", "1", "status", "--yes", now=STATUS_TIME)
    assert refused.code == 1
    assert f"proposal {proposal['id']} (rejection from Ada Lovelace" in refused.err
    assert len(world.inbox(world.ada)) == 1  # the thank-you only
    assert world.run("inbox", "dismiss", str(proposal["id"]), now=STATUS_TIME).code == 0
    done = world.run("send", "1", "status", "--yes", now=STATUS_TIME)
    assert done.code == 0, done.err  # dismissed: not an answer, the user says


def test_company_domain_and_ats_senders_are_matched(sent: World) -> None:
    world = sent
    hr = world.servers.user("hr", "acme.example")
    ats = world.servers.user("no-reply", "greenhouse.io")
    stranger = world.servers.user("someone", "gmail.com")
    world.servers.send(
        hr, [world.me], reply(hr, world.me, "Your application", REJECTION, name="HR").as_bytes()
    )
    body = "Hello Sam,\n\nThank you for applying to Acme Analytics. " + REJECTION
    world.servers.send(
        ats, [world.me], reply(ats, world.me, "Update", body, name="Greenhouse").as_bytes()
    )
    world.servers.send(
        stranger, [world.me], reply(stranger, world.me, "Hi", REJECTION, name="X").as_bytes()
    )
    found = inbox(world)
    matches = sorted(p["details"]["match"] for p in found["new"])
    assert matches == ["ats", "domain"]


def test_a_note_sent_outside_tactful_is_proposed(world: World) -> None:
    world.servers.handler.files_sent_copy.add(world.me)
    world.setup_account("--files-sent")
    world.add_round()
    assert world.run("send", "1", "thank-you", "--to", "Ada", "--yes").code == 0
    own = reply(world.me, world.grace, "Thank you", "Hello Grace,\n\nThank you!\n\nSam",
                name="Sam Candidate", when="2026-11-25T18:00:00+01:00")  # fmt: skip
    world.servers.send(world.me, [world.grace], own.as_bytes())
    found = inbox(world, "--apply", "--yes")
    [applied] = found["applied"]
    assert applied["action"] == "sent"
    assert applied["details"]["to"]["email"] == world.grace
    assert step_state(world.plan(now=LATER), "thank-you") == "sent"


def test_an_invitation_with_a_date_adds_the_next_round(sent: World) -> None:
    world = sent
    thanks = thank_you_to(world, world.ada)
    body = (
        "Dear Sam,\n\nThank you for your time. We are pleased to invite you to a second "
        "interview with our CTO on Tuesday 8 December 2026 at 10:00 (Paris time). Please "
        "confirm that this works for you.\n\nBest regards,\nAda"
    )
    invite = reply(world.ada, world.me, "Next step", body, in_reply_to=thanks["Message-ID"])
    world.servers.send(world.ada, [world.me], invite.as_bytes())
    assert world.run("config", "set", "timezone", "Europe/Paris").code == 0
    found = inbox(world)
    [proposal] = found["proposals"]
    assert proposal["mail_kind"] == "invitation"
    assert proposal["action"] == "next-round"
    assert world.run("inbox", "apply", str(proposal["id"]), now=LATER).code == 0
    rounds = world.run("plan", "--json", now=LATER).json()["interviews"]
    assert [r["round"] for r in rounds] == [1, 2]
    assert rounds[1]["starts_at"] == "2026-12-08T10:00:00+01:00"
    # The round is in the user's zone by name, as one typed with 'interview add', not in
    # the fixed offset "UTC+01:00".
    shown = world.run("show", "1", "--json", now=LATER).json()["interviews"]
    assert shown[1]["timezone"] == "Europe/Paris"


def test_an_invitation_with_an_ics_goes_through_the_invitation_import(sent: World) -> None:
    world = sent
    thanks = thank_you_to(world, world.ada)
    body = (
        "Dear Sam,\n\nWe would like to invite you to a second interview: the invitation is "
        "attached.\n\nAda"
    )
    invite = reply(world.ada, world.me, "Second interview", body, in_reply_to=thanks["Message-ID"])
    ics = (ROOT / "tests/data/invites/google.ics").read_bytes()
    ics = ics.replace(b"20261125T140000", b"20261209T140000").replace(
        b"20261125T150000", b"20261209T150000"
    )
    invite.add_attachment(
        ics, maintype="text", subtype="calendar", filename="invite.ics", cte="base64"
    )
    world.servers.send(world.ada, [world.me], invite.as_bytes())
    [proposal] = inbox(world)["proposals"]
    assert proposal["action"] == "next-round"
    assert proposal["has_calendar"]
    assert world.run("inbox", "apply", str(proposal["id"]), now=LATER).code == 0
    rounds = world.run("plan", "--json", now=LATER).json()["interviews"]
    assert rounds[1]["starts_at"].startswith("2026-12-09T14:00")


def test_a_second_answer_for_an_answered_round_is_not_applied(sent: World) -> None:
    world = sent
    for person, name in ((world.ada, "Ada Lovelace"), (world.grace, "Grace Hopper")):
        answer = reply(person, world.me, "Your application", REJECTION, name=name)
        world.servers.send(person, [world.me], answer.as_bytes())
    done = world.run("inbox", "--json", "--apply", "--yes", now=LATER)
    assert done.code == 0, done.err
    found = done.json()
    assert len(found["applied"]) == 1
    [left] = found["proposals"]
    assert "already has a reply" in done.err
    shown = world.run("show", "1", "--json", now=LATER).json()
    assert len(shown["interviews"][0]["replies"]) == 1
    assert world.run("inbox", "dismiss", str(left["id"]), now=LATER).code == 0
