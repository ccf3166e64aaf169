"""A new user, with the real `tactful` command in its own process: a saved posting page and an
invitation file in, a correct plan and a calendar file their calendar app accepts out, with
nothing typed twice."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from conftest import CLI, Result

from .ics_values import sequence, when
from .rfc5545 import problems

DATA = Path(__file__).resolve().parent.parent / "data"
PARIS = ZoneInfo("Europe/Paris")
NOW = {"TACTFUL_NOW": "2026-11-20T09:00:00+01:00"}


def test_posting_and_invitation_to_plan_and_calendar(tactful_process: CLI, tmp_path: Path) -> None:
    def run(*args: str) -> Result:
        return tactful_process(*args, env=NOW)

    assert run("config", "set", "me.email", "sam.candidate@gmail.com").code == 0

    # 1. The saved job posting page becomes the application.
    r = run("application", "import", str(DATA / "postings" / "acme-data-engineer.html"), "--yes")
    assert r.code == 0, r.err
    assert "Application 1 created: Acme Analytics, Data Engineer." in r.out

    # 2. The invitation finds that application by itself: no --application, no --yes, no typing.
    r = run("interview", "import", str(DATA / "invites" / "google.ics"))
    assert r.code == 0, r.err
    assert r.out.startswith("Interview 1 created: round 1 of application 1 (Acme Analytics")
    assert "Ada Lovelace <ada.lovelace@acme-analytics.com>" in r.out

    # 3. The plan: thank-you right after the interview, status inquiry a week after the posting
    #    closed (30 Nov, from the page), on business days.
    r = run("plan", "1", "--json")
    assert r.code == 0, r.err
    [plan] = r.json()["interviews"]
    assert (plan["company"], plan["role"]) == ("Acme Analytics", "Data Engineer")
    assert plan["starts_at"] == "2026-11-25T14:00:00+01:00"
    thank_you, status = plan["steps"]
    assert (thank_you["earliest"], thank_you["latest"]) == (
        "2026-11-25T15:00:00+01:00",
        "2026-11-26T15:00:00+01:00",
    )
    assert status["earliest"].startswith("2026-12-07")
    assert "a week after the posting closed on 2026-11-30" in status["reason"]
    r = run("show", "1", "--json")
    assert r.json()["country"] == "FR"
    assert r.json()["interviews"][0]["interviewers"][1]["name"] == "Grace Hopper"

    # 4. The calendar file: strict RFC 5545, one event per window, reminders, draft commands.
    out = tmp_path / "tactful.ics"
    r = run("calendar", "export", "--out", str(out))
    assert r.code == 0, r.err
    data = out.read_bytes()
    assert problems(data) == []
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    ty = events["tactful-1-thank-you@tactful.local"]
    assert when(ty, "DTSTART") == datetime(2026, 11, 25, 15, 0, tzinfo=PARIS)
    assert "tactful draft 1 thank-you" in str(ty["DESCRIPTION"])
    st = events["tactful-1-status-inquiry@tactful.local"]
    assert when(st, "DTSTART") == date(2026, 12, 7)
    assert when(st, "DTEND") == date(2026, 12, 11)
    assert "tactful draft 1 status" in str(st["DESCRIPTION"])
    assert all(e.walk("VALARM") for e in events.values())

    # 5. The employer moves the interview: the same round moves, the same events update.
    r = run("interview", "import", str(DATA / "invites" / "google-rescheduled.ics"))
    assert r.code == 0
    assert "Interview 1 updated" in r.out
    later = tmp_path / "tactful-2.ics"
    assert (
        tactful_process(
            "calendar",
            "export",
            "--out",
            str(later),
            env={"TACTFUL_NOW": "2026-11-21T09:00:00+01:00"},
        ).code
        == 0
    )
    moved = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(later.read_bytes()).walk("VEVENT")
    }
    assert set(moved) == set(events)
    assert when(moved["tactful-1-thank-you@tactful.local"], "DTSTART") == datetime(
        2026, 11, 26, 10, 45, tzinfo=PARIS
    )
    assert sequence(moved["tactful-1-thank-you@tactful.local"]) > sequence(ty)
