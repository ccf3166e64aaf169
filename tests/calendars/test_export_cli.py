"""`tactful calendar export` through the real CLI, and the business days behind its dates."""

from __future__ import annotations

from pathlib import Path

import icalendar

from conftest import CLI

from .ics_values import sequence
from .rfc5545 import problems

INVITES = Path(__file__).resolve().parent.parent / "data" / "invites"
NOW = ("--now", "2026-11-20T09:00:00+01:00")


def test_export_to_a_file_and_to_stdout_give_the_same_strict_calendar(
    cli: CLI, tmp_path: Path
) -> None:
    cli("config", "set", "me.email", "sam.candidate@gmail.com")
    for name in ("google.ics", "outlook.ics", "onsite-several.ics"):
        assert cli(*NOW, "interview", "import", str(INVITES / name), "--yes").code == 0
    out = tmp_path / "follow-ups.ics"
    r = cli(*NOW, "calendar", "export", "--out", str(out))
    assert r.code == 0, r.err
    assert r.out == ""
    assert "Wrote 8 events" in r.err
    data = out.read_bytes()
    assert problems(data) == []
    assert data.count(b"BEGIN:VEVENT") == 8
    assert data.count(b"\r\n") == data.count(b"\n")
    stdout = cli(*NOW, "calendar", "export")
    assert stdout.code == 0
    assert stdout.out.encode("utf-8") == data
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert "tactful-1-thank-you@tactful.local" in uids
    assert "tactful-4-status-inquiry@tactful.local" in uids


def test_a_later_export_after_sending_updates_the_same_events(cli: CLI, tmp_path: Path) -> None:
    cli(*NOW, "interview", "import", str(INVITES / "google.ics"), "--yes")
    first = tmp_path / "a.ics"
    cli(*NOW, "calendar", "export", "--out", str(first))
    later = ("--now", "2026-11-25T16:00:00+01:00")
    assert cli(*later, "sent", "1", "thank-you").code == 0
    second = tmp_path / "b.ics"
    assert cli(*later, "calendar", "export", "--out", str(second)).code == 0
    before = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    }
    after = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    }
    assert set(before) == set(after)
    uid = "tactful-1-thank-you@tactful.local"
    assert sequence(after[uid]) > sequence(before[uid])
    assert str(after[uid]["SUMMARY"]).startswith("Sent: ")
    assert before[uid].walk("VALARM")
    assert not after[uid].walk("VALARM")


def test_export_into_a_missing_folder_is_one_clear_line(cli: CLI, tmp_path: Path) -> None:
    r = cli("calendar", "export", "--out", str(tmp_path / "nope" / "f.ics"))
    assert r.code == 2
    assert r.err.count("\n") == 1
    assert "does not exist" in r.err


def test_the_plan_names_the_holiday_that_moved_the_status_window(cli: CLI) -> None:
    """Friday 18 Dec + a week = Friday 25 Dec, Christmas in France: the window opens Monday 28."""
    assert cli("config", "set", "country", "FR").code == 0
    app = cli("application", "add", "--company", "Acme", "--role", "Engineer", "--json").json()
    assert cli("show", str(app["id"]), "--json").json()["country"] == "FR"
    r = cli(*NOW, "interview", "add", str(app["id"]), "--at", "2026-12-18 14:00", "--json")
    assert r.code == 0, r.err
    [plan] = cli(*NOW, "plan", "--json").json()["interviews"]
    status = plan["steps"][1]
    assert status["earliest"].startswith("2026-12-28")
    assert "2026-12-25 is Christmas Day" in status["reason"]
    ics = cli(*NOW, "calendar", "export").out
    unfolded = ics.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20261228" in unfolded
    assert "2026-12-25 is Christmas Day" in unfolded


def test_without_a_country_only_weekends_move_the_window(cli: CLI) -> None:
    app = cli("application", "add", "--company", "Acme", "--role", "Engineer", "--json").json()
    assert cli("show", str(app["id"]), "--json").json()["country"] == ""
    cli(*NOW, "interview", "add", str(app["id"]), "--at", "2026-12-18 14:00")
    status = cli(*NOW, "plan", "--json").json()["interviews"][0]["steps"][1]
    assert status["earliest"].startswith("2026-12-25")
    assert "Christmas" not in status["reason"]


def test_an_explicit_country_beats_the_configured_default(cli: CLI) -> None:
    cli("config", "set", "country", "FR")
    app = cli(
        "application", "add", "--company", "Acme", "--role", "Engineer", "--country", "US", "--json"
    ).json()
    assert cli("show", str(app["id"]), "--json").json()["country"] == "US"


def test_a_round_the_organizer_cancelled_is_exported_as_cancelled_events(cli: CLI) -> None:
    cli(*NOW, "interview", "import", str(INVITES / "google.ics"), "--yes")
    assert cli(*NOW, "interview", "import", str(INVITES / "google-cancelled.ics")).code == 0
    r = cli(*NOW, "calendar", "export")
    assert r.code == 0, r.err
    data = r.out.encode("utf-8")
    assert problems(data) == []
    found = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(found) == 2
    for event in found:
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["SUMMARY"]).startswith("Cancelled: ")
        assert event.walk("VALARM") == []
