"""One error, two wordings: the library's neutral message with its code, field and values, and
the CLI's line naming the command or option that fixes it (tactful.cli.fixes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CLI
from tactful import Person, Tactful
from tactful.cli.fixes import FIXES, cli_message
from tactful.clock import resolve_now
from tactful.errors import BadInput, NotFound, Refused, TactfulError
from tactful.mailbox.account import MailAccount, build_account, require_account
from tactful.models import StepKind
from tactful.policy.notes import find_recipient

NOW = "2026-11-20T15:00:00+01:00"
"""The afternoon of the interview: the status inquiry window is still a week away."""


def _round(api: Tactful) -> int:
    app_id = api.add_application(company="Acme", role="Data Engineer")
    return api.add_interview(
        app_id, at="2026-11-20 10:00", interviewers=[Person.parse("Ada <ada@acme.example>")]
    )


def _no_cli_words(message: str) -> None:
    assert "--" not in message
    assert "tactful " not in message.replace("tactful home", "").replace("tactful cannot", "")


# Library: neutral message, code, field, values


def test_no_mail_account_is_neutral(home: Path) -> None:
    with pytest.raises(BadInput) as caught:
        require_account(home)
    exc = caught.value
    assert exc.message == "no mail account is set up: set one up first"
    assert exc.code == "mail-not-set-up"
    assert cli_message(exc) == (
        "no mail account: run 'tactful mail setup --email you@example.com' first"
    )


def test_an_unknown_interview_says_where_the_ids_are() -> None:
    with Tactful.open() as api, pytest.raises(NotFound) as caught:
        api.interview(999)
    exc = caught.value
    _no_cli_words(exc.message)
    assert exc.message == "no interview 999: see the plans or the list of applications for the ids"
    assert exc.code == "not-found"
    assert exc.values == {"what": "interview", "id": 999}
    assert (
        cli_message(exc) == "no interview 999: run 'tactful plan' or 'tactful list' to see the ids"
    )


def test_a_recipient_on_a_round_without_people() -> None:
    with pytest.raises(BadInput) as caught:
        find_recipient([], "Bob", 3)
    exc = caught.value
    _no_cli_words(exc.message)
    assert "interview 3" in exc.message
    assert "add one to the round first" in exc.message
    assert (exc.code, exc.field) == ("unknown-recipient", "to")
    assert exc.values == {"value": "Bob", "interview_id": 3, "names": []}
    assert cli_message(exc) == (
        "--to 'Bob': no interviewer or contact is recorded for interview 3; add one with "
        "tactful interview edit 3 --interviewer 'Name <email>'"
    )


def test_a_recipient_who_matches_no_one() -> None:
    people = [Person.parse("Ada Lovelace <ada@acme.example>")]
    with pytest.raises(BadInput) as caught:
        find_recipient(people, "Bob", 3)
    exc = caught.value
    _no_cli_words(exc.message)
    assert exc.values["names"] == ["Ada Lovelace <ada@acme.example>"]
    assert cli_message(exc).startswith("--to 'Bob' matches no one: pick one of Ada Lovelace")


def test_a_status_email_before_its_window_is_refused_neutrally() -> None:
    with Tactful.open(now=NOW) as api:
        iv = _round(api)
        with pytest.raises(Refused) as caught:
            api.record_sent(iv, StepKind.STATUS_INQUIRY)
    exc = caught.value
    _no_cli_words(exc.message)
    assert exc.message.endswith("If it already went out, record it anyway")
    assert exc.code == "too-early"
    assert exc.values["opens"] == "2026-11-27"
    assert cli_message(exc).endswith("If it already went out, add --anyway to record it")


@pytest.mark.parametrize(
    ("change", "code", "field", "cli_line"),
    [
        ({"auth": "nope"}, "mail-bad-auth", "auth", "--auth 'nope': write password or xoauth2"),
        ({"smtp_port": 0}, "mail-bad-port", "smtp_port", "--smtp-port 0: give a port between"),
        ({"imap_host": ""}, "mail-no-host", "imap_host", "no IMAP server for me@example.com: "),
        ({"ca_file": "/nowhere/ca.pem"}, "mail-no-ca-file", "ca_file", "--ca-file /nowhere/"),
        ({"email": "me"}, "bad-email", "email", "'me' is not an email address: give --email"),
    ],
)
def test_mail_account_errors_name_no_option(
    change: dict[str, object], code: str, field: str, cli_line: str
) -> None:
    values: dict[str, object] = {
        "email": "me@example.com",
        "user": "me@example.com",
        "smtp_host": "smtp.example.com",
        "smtp_port": 587,
        "smtp_security": "starttls",
        "imap_host": "imap.example.com",
        "imap_port": 993,
        "imap_security": "tls",
        **change,
    }
    with pytest.raises(BadInput) as caught:
        MailAccount(**values).validated()  # type: ignore[arg-type]
    exc = caught.value
    _no_cli_words(exc.message)
    assert (exc.code, exc.field) == (code, field)
    assert cli_message(exc).startswith(cli_line)


def test_an_unknown_provider() -> None:
    with pytest.raises(BadInput) as caught:
        build_account(email="me@example.com", provider="nope")
    exc = caught.value
    _no_cli_words(exc.message)
    assert (exc.code, exc.field) == ("mail-unknown-provider", "provider")
    assert cli_message(exc).startswith("unknown --provider 'nope': write one of ")


def test_a_bad_now() -> None:
    with pytest.raises(BadInput) as caught:
        resolve_now("yesterday")
    exc = caught.value
    _no_cli_words(exc.message)
    assert (exc.code, exc.field) == ("bad-now", "now")


# The CLI keeps its own words


def test_the_cli_names_the_command_that_sets_mail_up(cli: CLI) -> None:
    r = cli("mail", "test")
    assert r.code == 2
    assert r.err == (
        "tactful: error: no mail account: run 'tactful mail setup --email you@example.com' first\n"
    )


def test_the_cli_names_the_commands_that_list_ids(cli: CLI) -> None:
    r = cli("interview", "edit", "999", "--detail", "x")
    assert r.code == 2
    assert r.err == (
        "tactful: error: no interview 999: run 'tactful plan' or 'tactful list' to see the ids\n"
    )


def test_the_cli_names_the_anyway_option(cli: CLI) -> None:
    with Tactful.open(now=NOW) as api:
        iv = _round(api)
    r = cli("--now", NOW, "sent", str(iv), "status")
    assert r.code == 1
    assert r.err.startswith("tactful: error: the status inquiry window opens on 2026-11-27")
    assert r.err.endswith("If it already went out, add --anyway to record it\n")


def test_the_cli_names_the_now_option(cli: CLI) -> None:
    r = cli("--now", "yesterday", "due")
    assert r.code == 2
    assert r.err.startswith("tactful: error: cannot read TACTFUL_NOW / --now 'yesterday': ")


def test_a_fix_never_guesses() -> None:
    """Values missing: the library's message stays (a fix needs its facts)."""
    bare = BadInput("no interview 5: see the plans", code="not-found")
    assert cli_message(bare) == "no interview 5: see the plans"
    unknown = BadInput("something odd", code="no-such-code", values={"x": 1})
    assert cli_message(unknown) == "something odd"


def test_every_fix_is_registered_under_a_kebab_case_code() -> None:
    assert FIXES
    for code in FIXES:
        assert code == code.lower()
        assert " " not in code
        assert "_" not in code


def test_values_are_part_of_every_error() -> None:
    exc = TactfulError("x", code="c", field="f", values={"n": 1})
    assert exc.values == {"n": 1}
    assert exc.as_dict() == {"code": "c", "message": "x", "field": "f"}
    assert TactfulError("y").values == {}


WHOLE_DAY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
    "DTSTAMP:20261119T000000Z\r\nDTSTART;VALUE=DATE:20261125\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_whole_day_invitation(cli: CLI, tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from tactful.calendars.invites import read_invites

    with pytest.raises(BadInput) as caught:
        read_invites(WHOLE_DAY.encode(), source="day.ics", default_zone=ZoneInfo("Europe/Paris"))
    exc = caught.value
    _no_cli_words(exc.message)
    assert exc.code == "invite-whole-day"
    assert exc.values["property"] == "DTSTART"
    path = tmp_path / "day.ics"
    path.write_text(WHOLE_DAY, encoding="utf-8", newline="")
    r = cli("interview", "import", str(path), "--yes")
    assert r.code == 2
    assert r.err.endswith(
        "an interview needs a start time; add it with 'tactful interview add --at'\n"
    )
