"""Calendar files as the real world writes them: answers, series with a moved occurrence, Zoom's
organizer without mailto:, broken values named without Python reprs, out-of-range values,
titles whose only words are a time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import CLI
from tactful.calendars import Invite, guess_position, read_invites
from tactful.errors import BadInput
from tactful.models import Person

INVITES = Path(__file__).resolve().parent.parent / "data" / "invites"
PARIS = ZoneInfo("Europe/Paris")
NOW = ("--now", "2026-11-20T09:00:00+01:00")


def _calendar(*event: str, method: str = "REQUEST") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", *event,
             "END:VEVENT", "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_decline_is_not_imported_as_an_interview(cli: CLI) -> None:
    r = cli(*NOW, "interview", "import", INVITES / "reply-declined.ics", "--yes", "--json")
    assert r.code == 0, r.err
    [item] = r.json()["imported"]
    assert item["action"] == "ignored"
    assert "METHOD:REPLY" in item["note"]
    assert cli("list", "--json").json() == {"applications": []}
    text = cli(*NOW, "interview", "import", INVITES / "reply-declined.ics", "--yes")
    assert "Nothing to do" in text.out


def test_a_series_gives_its_next_real_occurrence_not_the_moved_one(cli: CLI) -> None:
    r = cli(*NOW, "interview", "import", INVITES / "outlook-series-moved.ics", "--yes", "--json")
    assert r.code == 0, r.err
    [item] = r.json()["imported"]
    shown = cli("interview", "show", str(item["interview_id"]), "--json").json()
    # 24 Nov moved to 19 Nov (past on the 20th), 1 Dec excluded: the 8 December is next.
    assert shown["starts_at"] == "2026-12-08T10:00:00+01:00"
    assert shown["ical_sequence"] == 2


def test_a_series_whose_occurrences_are_all_past_gives_its_last(tmp_path: Path) -> None:
    data = (INVITES / "outlook-series-moved.ics").read_bytes()
    later = datetime(2027, 3, 1, tzinfo=PARIS)
    [invite] = read_invites(data, source="s.ics", default_zone=PARIS, now=later).invites
    assert invite.starts_at == datetime(2026, 12, 15, 10, 0, tzinfo=PARIS)
    earlier = datetime(2026, 11, 1, tzinfo=PARIS)
    [moved] = read_invites(data, source="s.ics", default_zone=PARIS, now=earlier).invites
    assert moved.starts_at == datetime(2026, 11, 19, 15, 0, tzinfo=PARIS)  # the moved one is next


def test_zooms_organizer_without_mailto_is_no_interviewer(cli: CLI) -> None:
    [invite] = read_invites(
        (INVITES / "zoom-webinar.ics").read_bytes(), source="z.ics", default_zone=PARIS
    ).invites
    assert [str(p) for p in invite.interviewers()] == [
        "Bill Lumbergh <bill.lumbergh@initech.example>"
    ]
    r = cli(*NOW, "interview", "import", INVITES / "zoom-webinar.ics", "--yes", "--json")
    assert r.code == 0, r.err
    shown = cli("interview", "show", "1", "--json").json()
    assert [p["name"] for p in shown["interviewers"]] == ["Bill Lumbergh"]


def test_a_service_named_without_any_address_is_nobody() -> None:
    data = _calendar("UID:x", "DTSTART:20261125T130000Z",
                     "ORGANIZER;CN=Zoom Webinar:invalid:nomail",
                     "ATTENDEE;CN=Jane Doe:invalid:nomail")  # fmt: skip
    [invite] = read_invites(data, source="x.ics", default_zone=PARIS).invites
    assert [p.name for p in invite.interviewers()] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["UID:x", "DTSTART:99991231T233000Z"], 'DTSTART "99991231T233000Z" is out of range'),
        (["UID:x", "DTSTART:19000101T090000Z"], "is out of range"),
        (["UID:x", "DTSTART:20261125T130000Z", "SEQUENCE:12345678901234567890"], "too large"),
        (["UID:x", "DTSTART:20261125T130000Z", "SEQUENCE:-1"], "is not a whole number"),
        (
            ["UID:x", "DTSTART:20261125T130000Z", "DTSTART:20261126T130000Z", "DTEND:banana"],
            'DTEND "banana" is not a date-time',
        ),
    ],
)
def test_values_out_of_range_are_one_line_naming_the_line(
    cli: CLI, tmp_path: Path, lines: list[str], expected: str
) -> None:
    path = tmp_path / "odd.ics"
    path.write_bytes(_calendar(*lines))
    assert cli("application", "add", "--company", "Acme", "--role", "Dev").code == 0
    r = cli(*NOW, "interview", "import", path, "--application", "1", "--yes")
    assert r.code == 2
    assert r.err.count("\n") == 1
    assert "odd.ics line" in r.err
    assert expected in r.err
    assert "vDDDTypes" not in r.err
    assert "Traceback" not in r.err
    assert cli(*NOW, "due").code == 0


def test_a_property_given_twice_is_read_once_without_a_python_repr() -> None:
    data = _calendar("UID:x", "DTSTART:20261125T130000Z", "DTSTART:20261126T130000Z")
    [invite] = read_invites(data, source="x.ics", default_zone=PARIS).invites
    assert invite.starts_at == datetime(2026, 11, 25, 13, 0, tzinfo=ZoneInfo("UTC"))
    broken = _calendar("UID:x", "DTSTART:garbage", "DTSTART:alsogarbage")
    with pytest.raises(BadInput) as caught:
        read_invites(broken, source="x.ics", default_zone=PARIS)
    assert 'DTSTART "garbage"' in caught.value.message
    assert "[" not in caught.value.message


@pytest.mark.parametrize(
    "summary",
    [
        "Interview - 3 PM",
        "3 PM",
        "Call at 10:00-11:00",
        "Entretien | mardi 14h30",
        "Interview @ Wed Nov 25, 2026 2pm - 3pm (CET)",
    ],
)
def test_a_time_in_the_title_is_never_a_company(summary: str) -> None:
    invite = Invite(
        uid="u", sequence=0, starts_at=datetime(2026, 11, 25, 14, 0, tzinfo=PARIS),
        duration_minutes=60, zone="Europe/Paris", tzid="", cancelled=False, summary=summary,
        organizer=Person("Ada", "ada@gmail.com"),
    )  # fmt: skip
    guess = guess_position(invite)
    assert guess.company == ""
    assert not any(ch.isdigit() for ch in guess.role), guess


def test_a_company_with_digits_is_still_a_company() -> None:
    invite = Invite(
        uid="u", sequence=0, starts_at=datetime(2026, 11, 25, 14, 0, tzinfo=PARIS),
        duration_minutes=60, zone="Europe/Paris", tzid="", cancelled=False,
        summary="Interview: Data Engineer at 3M",
    )  # fmt: skip
    assert guess_position(invite).company == "3M"
