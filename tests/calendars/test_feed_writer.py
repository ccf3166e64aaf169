"""`FeedWriter` writes the same calendar as the icalendar-built reference (tests/calendars/
ics_reference.py), parsed property by property and line by line, for plans in every step state;
a writer that kept rounds from earlier builds writes what a new one writes; folding and escaping
hold for any text (hypothesis, bounded)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.calendars import calendar_ics
from tactful.calendars.export import FeedWriter
from tactful.calendars.ics_text import escape_text, fold
from tactful.models import Application, FollowUp, Interview, Person, Reply, StepKind, StepState
from tactful.policy import BusinessCalendar, RoundPlan, plan_all, plan_round

from .ics_reference import reference_ics
from .rfc5545 import problems

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 17, 0, tzinfo=PARIS)
COMPANIES = [
    "Acme",
    "Smith, Jones; Partners \\ Co",
    "Société Générale — équipe données",
    "日本語株式会社 🚀",
    "Caret^Back\\slash, ; end",
    "Ünïcödé " + "très longue raison sociale " * 4,
]
ROLES = ["Engineer", "Ingénieure données, senior; " + "très " * 30 + "motivée", "Dev\nOps"]
URLS = ["https://jobs.example.com/42", "", "ftp://nope.example", "http://x.example/a,b;c"]
HOLIDAYS = BusinessCalendar({date(2026, 12, 2): "Test Day", date(2026, 12, 25): "Noël"})


def varied_plans(count: int, seed: int = 11) -> list[RoundPlan]:
    """Rounds in every step state, both kinds, texts that need escaping and folding."""
    rng = random.Random(seed)
    plans = []
    for i in range(count):
        starts = NOW + timedelta(days=rng.randint(-60, 20), hours=rng.randint(-12, 12))
        app = Application(
            company=rng.choice(COMPANIES),
            role=rng.choice(ROLES),
            id=i + 1,
            url=rng.choice(URLS),
            closing_date=rng.choice([None, (starts - timedelta(days=5)).date()]),
        )
        ada, zoe, anon = (
            Person("Ada Lovelace", "ada@a.example"),
            Person("Zoë, Ops"),
            Person("", "x@y.z"),
        )
        people = rng.choice([[], [ada], [zoe, anon]])
        iv = Interview(
            application_id=i + 1,
            starts_at=starts.astimezone(rng.choice([PARIS, UTC, ZoneInfo("Asia/Tokyo")])),
            id=i + 1,
            round=rng.randint(1, 3),
            timezone=rng.choice(["Europe/Paris", ""]),
            interviewers=people,
            decision_date=rng.choice([None, (starts + timedelta(days=10)).date()]),
            timeline=rng.choice(["", "two weeks; maybe, more"]),
            many_candidates=rng.random() < 0.3,
        )
        kind = rng.choice(list(StepKind))
        roll = rng.random()
        if roll < 0.2:
            iv.follow_ups = [FollowUp(kind, starts + timedelta(hours=3))]
        elif roll < 0.35:
            iv.skipped = [kind]
        elif roll < 0.45:
            iv.replies = [Reply(received_at=starts + timedelta(days=2))]
        elif roll < 0.5:
            iv.cancelled = True
        calendar = HOLIDAYS if rng.random() < 0.5 else BusinessCalendar()
        plans.append(plan_round(iv, app, calendar, NOW, superseded_by=rng.choice([None, None, 4])))
    return plans


def parsed(text: str) -> list[tuple[str | None, list[tuple[str, object]]]]:
    """Every component with its properties, each value as icalendar writes it back."""
    components = icalendar.Calendar.from_ical(text).walk()
    return [(c.name, [(name, c[name].to_ical()) for name in c]) for c in components]


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_the_writer_writes_the_reference_calendar_for_every_state_and_text() -> None:
    plans = varied_plans(300)
    states = {(s.kind, s.state) for p in plans for s in p.steps}
    assert states == {(k, s) for k in StepKind for s in StepState}, "every state, both kinds"
    new, old = calendar_ics(plans, NOW), reference_ics(plans, NOW)
    assert problems(new.encode()) == []
    assert parsed(new) == parsed(old)
    assert unfolded(new) == unfolded(old)
    assert new.count("BEGIN:VEVENT") == 600
    assert new == old, "the same bytes, folds included (icalendar 7)"


def test_the_same_after_a_minute_a_change_a_removal_and_new_holidays() -> None:
    """A writer that kept the rounds of earlier builds writes what a new one writes."""
    plans = varied_plans(120, seed=3)
    warm = FeedWriter()
    first = warm.build(plans, NOW)
    later = NOW + timedelta(minutes=1)
    minute = warm.build(plans, later)
    assert minute == FeedWriter().build(plans, later) != first
    assert (
        minute.replace("DTSTAMP:20261125T160100Z", "DTSTAMP:20261125T160000Z").replace(
            "SEQUENCE:998881", "SEQUENCE:998880"
        )
        == first
    )
    interviews = [p.interview for p in plans]
    apps = [p.application for p in plans]
    apps[5].company = "Renamed, Inc."
    interviews[7].follow_ups = [FollowUp(StepKind.THANK_YOU, later)]
    interviews[9].starts_at += timedelta(minutes=30)
    interviews[11].interviewers = [Person("Grace Hopper", "grace@navy.example")]
    interviews[13].timeline = "a month"
    interviews[15].starts_at = interviews[15].starts_at.astimezone(ZoneInfo("America/New_York"))
    moved = BusinessCalendar({date(2026, 12, 3): "Another Day"})
    replanned = [
        plan_round(iv, app, moved if i % 3 == 0 else (p.calendar or HOLIDAYS), later)
        for i, (iv, app, p) in enumerate(zip(interviews, apps, plans, strict=True))
        if i != 20
    ]
    assert warm.build(replanned, later) == FeedWriter().build(replanned, later)
    assert warm.build(replanned, later) == reference_ics(replanned, later)


def test_the_same_through_plan_all_with_later_rounds() -> None:
    apps = [Application(company="Acme", role="Engineer", id=1, country="FR")]
    interviews = [
        Interview(application_id=1, starts_at=NOW - timedelta(days=d), id=n, round=n)
        for n, d in ((1, 20), (2, 9), (3, 1))
    ]
    plans = plan_all(apps, interviews, NOW, lambda app, day: HOLIDAYS)
    assert calendar_ics(plans, NOW) == reference_ics(plans, NOW)
    assert "Cancelled: status email" in calendar_ics(plans, NOW)


PIECES = [*'ab ,;:\\^\n\r"é日🚀\t', "\r\n"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
"""No "N" after a backslash: icalendar's escaping turns a written `\\N` into a line break."""


@settings(max_examples=400, deadline=None)
@given(value=TEXT, name=st.sampled_from(["SUMMARY", "DESCRIPTION", "LOCATION"]))
def test_folding_and_escaping_hold_for_any_text(value: str, name: str) -> None:
    escaped = escape_text(value)
    text = fold(f"{name}:{escaped}")
    written = icalendar.Event()
    written.add(name, value)
    assert written.to_ical().decode() == f"BEGIN:VEVENT\r\n{text}\r\nEND:VEVENT\r\n"
    physical = text.encode().split(b"\r\n")
    for line in physical:
        assert len(line) <= 75
        line.decode()  # whole characters on every line
    for line in physical[1:]:
        assert line.startswith(b" ")
        assert len(line) > 1
    assert text.replace("\r\n ", "") == f"{name}:{escaped}"
    assert "\n" not in escaped
    assert "\r" not in escaped
    event = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{text}\r\nEND:VEVENT\r\n")
    assert str(event[name]) == value.replace("\r\n", "\n").replace("\r", "\n")


def test_fold_keeps_short_lines_and_cuts_long_ones_at_74_octets() -> None:
    assert fold("SUMMARY:short") == "SUMMARY:short"
    assert fold("X" * 74) == "X" * 74
    assert fold("X" * 75) == "X" * 74 + "\r\n X"
    assert fold("é" * 40).split("\r\n") == ["é" * 37, " ééé"]
    assert fold("Y" * 73 + "\\,") == "Y" * 73 + "\r\n \\,"
