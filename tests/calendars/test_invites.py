"""Reading invitations: zones (IANA, Windows, VTIMEZONE, UTC, floating), people, broken files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tactful.calendars import iana_for_windows, read_invites, resolve_zone, windows_zones
from tactful.calendars.invites import Invite, InviteFile
from tactful.errors import BadInput

INVITES = Path(__file__).resolve().parent.parent / "data" / "invites"
PARIS = ZoneInfo("Europe/Paris")
ME = "sam.candidate@gmail.com"


def read(name: str, zone: ZoneInfo = PARIS) -> InviteFile:
    return read_invites((INVITES / name).read_bytes(), source=name, default_zone=zone)


def only(name: str) -> Invite:
    found = read(name).invites
    assert len(found) == 1
    return found[0]


def test_google_invite_with_its_vtimezone() -> None:
    invite = only("google.ics")
    assert invite.starts_at == datetime(2026, 11, 25, 14, 0, tzinfo=PARIS)
    assert invite.duration_minutes == 60
    assert invite.zone == "Europe/Paris"
    assert invite.uid == "5f3k2j1h0g9f8e7d6c5b4a3z2y@google.com"
    assert invite.sequence == 0
    assert not invite.cancelled
    assert [str(p) for p in invite.interviewers(ME)] == [
        "Ada Lovelace <ada.lovelace@acme-analytics.com>",
        "Grace Hopper <grace.hopper@acme-analytics.com>",
    ]


def test_without_me_email_the_candidate_is_listed_too() -> None:
    emails = [p.email for p in only("google.ics").interviewers("")]
    assert ME in emails


def test_outlook_windows_zone_name_resolves_to_iana_and_names_are_turned_round() -> None:
    invite = only("outlook.ics")
    assert invite.tzid == "Romance Standard Time"
    assert invite.zone == "Europe/Paris"
    assert invite.starts_at.tzinfo == PARIS
    assert invite.starts_at == datetime(2026, 11, 25, 10, 30, tzinfo=PARIS)
    people = invite.interviewers(ME)
    # "Dupont, Marie" is Marie Dupont; the meeting room (CUTYPE=RESOURCE) is no interviewer.
    assert [str(p) for p in people] == [
        "Marie Dupont <marie.dupont@globex.fr>",
        "Léa Martin <lea.martin@globex.fr>",
    ]
    assert "Développeur Python" in invite.description


def test_teams_invite_in_w_europe_standard_time() -> None:
    invite = only("teams.ics")
    assert invite.zone == "Europe/Berlin"
    assert invite.starts_at.astimezone(PARIS) == datetime(2026, 11, 27, 9, 0, tzinfo=PARIS)
    assert invite.duration_minutes == 90
    assert invite.summary == "Technical interview - Backend Engineer | Umbrella Corp"


def test_zoom_invite_in_los_angeles_time() -> None:
    invite = only("zoom.ics")
    assert invite.starts_at.astimezone(PARIS) == datetime(2026, 11, 30, 17, 0, tzinfo=PARIS)
    assert invite.duration_minutes == 45
    assert [p.name for p in invite.interviewers(ME)] == ["Gavin Belson"]


def test_pacific_standard_time_without_a_vtimezone_block() -> None:
    found = read("onsite-several.ics").invites
    assert [i.starts_at.astimezone(PARIS).hour for i in found] == [19, 22]
    assert {i.zone for i in found} == {"America/Los_Angeles"}
    assert len({i.uid for i in found}) == 2


def test_utc_invite_and_robot_organizer_left_out() -> None:
    invite = only("utc.ics")
    assert invite.zone == "UTC"
    assert invite.starts_at == datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
    assert [p.name for p in invite.interviewers(ME)] == ["Lucius Fox", "Barbara Gordon"]


def test_floating_time_is_read_in_the_users_zone_and_lf_only_files_are_fine() -> None:
    assert b"\r\n" not in (INVITES / "floating.ics").read_bytes()
    invite = only("floating.ics")
    assert invite.zone == "floating"
    assert invite.starts_at == datetime(2026, 12, 1, 16, 0, tzinfo=PARIS)
    assert invite.duration_minutes == 30
    tokyo = read("floating.ics", ZoneInfo("Asia/Tokyo")).invites[0]
    assert tokyo.starts_at == datetime(2026, 12, 1, 16, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_cancel_and_reschedule_versions() -> None:
    cancelled = read("google-cancelled.ics")
    assert cancelled.method == "CANCEL"
    assert cancelled.invites[0].cancelled
    assert cancelled.invites[0].sequence == 2
    moved = only("google-rescheduled.ics")
    assert moved.sequence == 1
    assert not moved.cancelled
    assert moved.starts_at == datetime(2026, 11, 26, 10, 0, tzinfo=PARIS)
    assert moved.duration_minutes == 45


@pytest.mark.parametrize(
    ("windows", "iana"),
    [
        ("Romance Standard Time", "Europe/Paris"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("GMT Standard Time", "Europe/London"),
        ("Eastern Standard Time", "America/New_York"),
        ("Tokyo Standard Time", "Asia/Tokyo"),
        ('"romance standard time"', "Europe/Paris"),
        ("tzone://Microsoft/Utc", "Etc/UTC"),
    ],
)
def test_windows_zone_names(windows: str, iana: str) -> None:
    assert iana_for_windows(windows) == iana


def test_every_windows_zone_maps_to_a_zone_zoneinfo_knows() -> None:
    assert len(windows_zones()) > 130
    for iana in windows_zones().values():
        ZoneInfo(iana)


def test_resolve_zone_prefers_iana_then_windows_then_the_files_own_rules() -> None:
    assert resolve_zone("Europe/Paris") == PARIS
    assert resolve_zone("Romance Standard Time") == PARIS
    own = timezone(timedelta(hours=5, minutes=30))
    assert resolve_zone("(UTC+05:30) Custom", own) is own
    assert resolve_zone("Nowhere Standard Time") is None


def test_an_event_across_the_autumn_dst_change_keeps_its_real_length() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:dst\r\n"
        "DTSTAMP:20261001T000000Z\r\n"
        "DTSTART;TZID=Romance Standard Time:20261025T013000\r\n"
        "DTEND;TZID=Romance Standard Time:20261025T033000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    invite = read_invites(text.encode(), source="dst.ics", default_zone=PARIS).invites[0]
    assert invite.duration_minutes == 180  # 01:30 CEST to 03:30 CET: three real hours


def _broken(body: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
        f"DTSTAMP:20261119T000000Z\r\n{body}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("<html><body>Not a calendar</body></html>\r\n", "line 1: '<html><body>Not a calendar"),
        (_broken("DTSTART:20261125T140000\r\nthis is not a property\r\n"), "line 8: cannot read"),
        (_broken("DTSTART:2026-11-25 14h\r\n"), 'line 7: DTSTART "2026-11-25 14h"'),
        (_broken("DTSTART:20261125T140000\r\nDTEND:banana\r\n"), 'line 8: DTEND "banana"'),
        (
            _broken("DTSTART;TZID=Mars Standard Time:20261125T140000\r\n"),
            "line 7: unknown time zone",
        ),
        (_broken("DTSTART;VALUE=DATE:20261125\r\n"), "line 7: DTSTART is a whole day"),
        (_broken("DTSTART:20261125T140000\r\nDTEND:20261125T130000\r\n"), "line 8: the event ends"),
        (_broken("DTSTART:20261125T140000\r\nSEQUENCE:two\r\n"), 'line 8: SEQUENCE "two"'),
        (_broken(""), "line 4: the event has no start"),
        (_broken("DTSTART:20261125T140000\r\nEND:VALARM\r\n"), "line 8: END:VALARM does not match"),
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261125T140000Z\r\n",
            "line 5: the file ends inside BEGIN:VEVENT of line 3",
        ),
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "has no event"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261125T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "line 2: the event has no UID",
        ),
    ],
)
def test_malformed_files_give_one_line_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(BadInput) as caught:
        read_invites(text.encode(), source="bad.ics", default_zone=PARIS)
    assert message in caught.value.message
    assert "\n" not in caught.value.message
    assert caught.value.message.startswith("bad.ics")


def test_a_file_that_is_not_utf8_names_the_line() -> None:
    data = _broken("DTSTART:20261125T140000\r\nSUMMARY:Caf\xe9\r\n").encode("latin-1")
    with pytest.raises(BadInput, match=r"bad.ics line 8: the file is not UTF-8"):
        read_invites(data, source="bad.ics", default_zone=PARIS)
