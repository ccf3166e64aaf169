"""`calendar_ics`: the reminders file parses back, passes the strict RFC 5545 check, and says
what to send and which command drafts it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tactful.calendars import calendar_ics, event_uid
from tactful.models import (
    Application,
    FollowUp,
    Interview,
    Person,
    Reply,
    StepKind,
)
from tactful.policy import BusinessCalendar, RoundPlan, plan_round

from .ics_values import instant, sequence, when
from .rfc5545 import problems

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=PARIS)


def make_plan(
    interview_id: int = 7,
    *,
    company: str = "Acme",
    role: str = "Data Engineer",
    starts_at: datetime = datetime(2026, 11, 25, 14, 0, tzinfo=PARIS),
    now: datetime = NOW,
    **changes: object,
) -> RoundPlan:
    app = Application(company=company, role=role, id=3, url="https://jobs.example.com/42")
    iv = Interview(
        application_id=3,
        starts_at=starts_at,
        id=interview_id,
        timezone="Europe/Paris",
        interviewers=[Person("Ada Lovelace", "ada@acme.example")],
    )
    for name, value in changes.items():
        setattr(iv, name, value)
    return plan_round(iv, app, BusinessCalendar(), now)


def events(text: str) -> dict[str, icalendar.Component]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_an_upcoming_round_gives_two_events_that_pass_the_strict_check() -> None:
    text = calendar_ics([make_plan()], NOW)
    assert problems(text.encode("utf-8")) == []
    found = events(text)
    assert set(found) == {
        "tactful-7-thank-you@tactful.local",
        "tactful-7-status-inquiry@tactful.local",
    }
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert "tactful" in str(calendar["PRODID"])


def test_the_thank_you_is_timed_over_its_window_in_utc() -> None:
    event = events(calendar_ics([make_plan()], NOW))[event_uid(7, StepKind.THANK_YOU)]
    start, end = instant(event, "DTSTART"), instant(event, "DTEND")
    assert start == datetime(2026, 11, 25, 14, 0, tzinfo=PARIS) + timedelta(hours=1)
    assert end - start == timedelta(hours=24)
    assert start.tzinfo is not None
    assert start.utcoffset() == timedelta(0)
    assert "tactful draft 7 thank-you" in str(event["DESCRIPTION"])
    assert "Ada Lovelace <ada@acme.example>" in str(event["DESCRIPTION"])
    assert "thank the employer" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"


def test_the_status_inquiry_is_an_all_day_span_with_an_exclusive_end() -> None:
    plan = make_plan()
    step = plan.step(StepKind.STATUS_INQUIRY)
    text = calendar_ics([plan], NOW)
    event = events(text)[event_uid(7, StepKind.STATUS_INQUIRY)]
    assert when(event, "DTSTART") == step.earliest.date()
    assert when(event, "DTEND") == step.latest.date() + timedelta(days=1)
    assert not isinstance(when(event, "DTSTART"), datetime)
    assert "DTSTART;VALUE=DATE:" in text
    assert "tactful draft 7 status" in str(event["DESCRIPTION"])


def test_every_pending_step_has_a_display_alarm() -> None:
    found = events(calendar_ics([make_plan()], NOW))
    triggers = {}
    for uid, event in found.items():
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert str(alarms[0]["DESCRIPTION"]) == str(event["SUMMARY"])
        triggers[uid] = when(alarms[0], "TRIGGER")
    assert triggers[event_uid(7, StepKind.THANK_YOU)] == timedelta(0)
    assert triggers[event_uid(7, StepKind.STATUS_INQUIRY)] == timedelta(hours=9)


def test_a_cancelled_interview_exports_cancelled_events_without_alarms() -> None:
    text = calendar_ics([make_plan(cancelled=True)], NOW)
    assert problems(text.encode()) == []
    for event in events(text).values():
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["SUMMARY"]).startswith("Cancelled: ")
        assert event.walk("VALARM") == []


def test_a_reply_cancels_the_pending_steps() -> None:
    reply = Reply(received_at=datetime(2026, 11, 26, 9, 0, tzinfo=PARIS))
    plan = make_plan(replies=[reply], now=datetime(2026, 11, 27, 9, 0, tzinfo=PARIS))
    found = events(calendar_ics([plan], NOW))
    assert {str(e["STATUS"]) for e in found.values()} == {"CANCELLED"}


def test_a_sent_step_is_kept_marked_sent_and_silent_a_skipped_one_is_cancelled() -> None:
    sent = FollowUp(kind=StepKind.THANK_YOU, sent_at=datetime(2026, 11, 25, 17, 0, tzinfo=PARIS))
    plan = make_plan(follow_ups=[sent], skipped=[StepKind.STATUS_INQUIRY])
    text = calendar_ics([plan], NOW)
    assert problems(text.encode()) == []
    found = events(text)
    thank_you = found[event_uid(7, StepKind.THANK_YOU)]
    assert str(thank_you["SUMMARY"]).startswith("Sent: ")
    assert str(thank_you["STATUS"]) == "CONFIRMED"
    assert thank_you.walk("VALARM") == []
    assert "tactful draft" not in str(thank_you["DESCRIPTION"])
    status = found[event_uid(7, StepKind.STATUS_INQUIRY)]
    assert str(status["STATUS"]) == "CANCELLED"
    assert str(status["SUMMARY"]).startswith("Skipped: ")
    assert status.walk("VALARM") == []


def test_uids_are_stable_and_a_later_export_has_a_higher_sequence() -> None:
    plans = [make_plan(7), make_plan(8, company="Globex")]
    first = calendar_ics(plans, NOW)
    later = calendar_ics(plans, NOW + timedelta(hours=2))
    assert set(events(first)) == set(events(later))
    assert len(events(first)) == 4
    for uid, event in events(later).items():
        assert sequence(event) > sequence(events(first)[uid])
        assert when(event, "DTSTAMP") == (NOW + timedelta(hours=2)).astimezone(UTC)
    assert calendar_ics(plans, NOW) == first


def test_text_is_escaped_and_long_unicode_lines_fold_without_splitting_characters() -> None:
    company = "Smith, Jones; Partners \\ Co — équipe ünïcödé 日本語 🚀"
    role = "Ingénieure données, senior; " + "très " * 30 + "motivée"
    text = calendar_ics([make_plan(company=company, role=role)], NOW)
    data = text.encode("utf-8")
    assert problems(data) == []
    assert "Smith\\, Jones\\; Partners \\\\ Co" in text.replace("\r\n ", "")
    summaries = {str(e["SUMMARY"]) for e in events(text).values()}
    assert f"Thank-you email to {company} ({role})" in summaries
    description = str(events(text)[event_uid(7, StepKind.THANK_YOU)]["DESCRIPTION"])
    assert "\nDraft it: tactful draft 7 thank-you\n" in description
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_an_empty_store_gives_a_valid_empty_calendar() -> None:
    text = calendar_ics([], NOW)
    assert problems(text.encode()) == []
    assert events(text) == {}


@pytest.mark.parametrize(
    ("broken", "complaint"),
    [
        (lambda t: t.replace("\r\n", "\n"), "bare CR or LF"),
        (lambda t: t.replace("\r\n ", ""), "octets, more than 75"),
        (
            lambda t: t.replace("UID:tactful-7-thank-you@tactful.local\r\n", ""),
            "VEVENT without UID",
        ),
        (lambda t: t.replace("DTSTAMP:", "X-OLD-DTSTAMP:"), "VEVENT without DTSTAMP"),
        (lambda t: t.replace("VERSION:2.0\r\n", ""), "VCALENDAR without VERSION"),
        (lambda t: t.replace("PRODID:", "X-PRODID:"), "VCALENDAR without PRODID"),
        (lambda t: t.replace("ACTION:DISPLAY\r\n", ""), "VALARM without ACTION"),
        (lambda t: t.replace("TRIGGER:P0D", "TRIGGER:soon"), "is not a duration"),
        (lambda t: t.replace("\\,", ",", 1), "unescaped ','"),
        (lambda t: t.replace("\\;", ";", 1), "unescaped ';'"),
        (lambda t: t.replace("END:VALARM\r\n", "", 1), "does not close"),
        (lambda t: t.replace("END:VCALENDAR\r\n", ""), "never closed"),
        (lambda t: t.replace("status-inquiry@", "thank-you@"), "is used by 2 events"),
        (lambda t: t.replace("DTSTART;VALUE=DATE:2026", "DTSTART:2026"), "not a DATE-TIME"),
    ],
)
def test_the_strict_check_catches_each_kind_of_breakage(
    broken: Callable[[str], str], complaint: str
) -> None:
    text = calendar_ics([make_plan(company="A, B; C")], NOW)
    assert problems(text.encode()) == []
    found = problems(broken(text).encode("utf-8"))
    assert any(complaint in p for p in found), found


def test_the_strict_check_catches_a_fold_inside_a_multibyte_character() -> None:
    line = "SUMMARY:" + "é" * 40
    data = line.encode()
    split = data[:75] + b"\r\n " + data[75:]  # 75 is odd past the 8-byte prefix: mid-character
    text = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        b"DTSTAMP:20261120T080000Z\r\nDTSTART:20261120T080000Z\r\n" + split + b"\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert any("split a character" in p for p in problems(text))


def test_dates_of_the_status_window_follow_the_business_calendar() -> None:
    calendar = BusinessCalendar({date(2026, 12, 2): "Test Day"})
    app = Application(company="Acme", role="Engineer", id=1)
    iv = Interview(application_id=1, starts_at=datetime(2026, 11, 25, 14, 0, tzinfo=PARIS), id=1)
    plan = plan_round(iv, app, calendar, NOW)
    event = events(calendar_ics([plan], NOW))[event_uid(1, StepKind.STATUS_INQUIRY)]
    assert when(event, "DTSTART") == date(2026, 12, 3)
    assert "Test Day" in str(event["DESCRIPTION"])
