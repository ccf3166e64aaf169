"""`DuePlanner` (tactful.policy.due) keeps exactly the due steps `plan_round` plans, for any
round: its zone, length, dates, holidays, follow-ups sent or skipped, reply, later round, at
any moment; the same windows (written the same, zone and all) and the same reasons."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.models import Application, FollowUp, Interview, Reply, StepKind, StepState
from tactful.policy import BusinessCalendar, plan_round
from tactful.policy.due import DuePlanner

if TYPE_CHECKING:
    from tactful.policy.due import RoundValues

ZONES = [ZoneInfo(z) for z in ("Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC")]
DAY0 = date(2026, 1, 1)
days_st = st.integers(min_value=-20, max_value=400).map(lambda n: DAY0 + timedelta(days=n))


@st.composite
def rounds(draw: st.DrawFn) -> tuple[RoundValues, Interview, Application, BusinessCalendar]:
    zone = draw(st.sampled_from(ZONES))
    day = draw(days_st)
    start = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), tzinfo=zone)
    start += timedelta(minutes=draw(st.sampled_from([0, 15, 59])))
    closing = draw(st.none() | st.integers(-30, 30).map(lambda n: day + timedelta(days=n)))
    decision = draw(st.none() | st.integers(-5, 40).map(lambda n: day + timedelta(days=n)))
    timeline = draw(st.sampled_from(["", "two weeks", "d'ici vendredi"]))
    many, answered = draw(st.booleans()), draw(st.booleans())
    done = (draw(st.booleans()), draw(st.booleans()))
    holidays = draw(st.sets(days_st, max_size=30))
    calendar = BusinessCalendar(
        dict.fromkeys(holidays, "Holiday"), draw(st.sampled_from([frozenset({5, 6}), frozenset()]))
    )
    duration = draw(st.sampled_from([15, 60, 600, 1440]))
    app = Application(company="C", role="R", id=1, closing_date=closing)
    iv = Interview(
        application_id=1,
        id=1,
        starts_at=start,
        duration_minutes=duration,
        decision_date=decision,
        timeline=timeline,
        many_candidates=many,
    )
    values: RoundValues = (
        1, 1, "C", "R", 1, start, duration, decision, timeline, many, closing, "", "",
        answered, done[0], done[1],
    )  # fmt: skip
    return values, iv, app, calendar


@given(
    round_=rounds(),
    later=st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=60)),
    superseded=st.booleans(),
)
@settings(max_examples=400, deadline=None)
def test_the_planner_keeps_the_due_steps_of_plan_round(
    round_: tuple[RoundValues, Interview, Application, BusinessCalendar],
    later: timedelta,
    superseded: bool,
) -> None:
    values, iv, app, calendar = round_
    now = (values[5] + later).astimezone(ZoneInfo("Europe/Paris"))
    # The round as the store holds it: what the planner's flags say happened.
    if values[13]:
        iv.replies.append(Reply(received_at=values[5]))
    if values[14]:
        iv.follow_ups.append(FollowUp(kind=StepKind.THANK_YOU, sent_at=values[5]))
    if values[15]:
        iv.skipped.append(StepKind.STATUS_INQUIRY)
    plan = plan_round(iv, app, calendar, now, superseded_by=2 if superseded else None)
    expected = [s for s in plan.steps if s.state in (StepState.DUE, StepState.LATE)]
    planner = DuePlanner(now, lambda _country, _subdivision, _day: calendar)
    for _ in range(2):  # the second time from what the planner keeps
        found = planner.steps(values, superseded)
        assert found == expected
        for got, want in zip(found, expected, strict=True):
            assert got.earliest.isoformat() == want.earliest.isoformat()
            assert got.latest.isoformat() == want.latest.isoformat()
            for lang in ("en", "fr"):
                assert got.reason_in(lang) == want.reason_in(lang)


# Daylight saving time starts or ends within a day of these (local) moments.
DST_ZONES = {
    ZoneInfo("Europe/Paris"): [datetime(2026, 3, 29, 2), datetime(2026, 10, 25, 2)],
    ZoneInfo("America/New_York"): [datetime(2026, 3, 8, 2), datetime(2026, 11, 1, 1)],
    ZoneInfo("Australia/Sydney"): [datetime(2026, 4, 5, 2), datetime(2026, 10, 4, 2)],
}


@st.composite
def dst_rounds(draw: st.DrawFn) -> tuple[RoundValues, Interview, Application]:
    """A round that starts within two days of a change of offset, its windows often across
    it, with dates drawn so that rounds of one planner share some and not others."""
    zone = draw(st.sampled_from(sorted(DST_ZONES, key=str)))
    change = draw(st.sampled_from(DST_ZONES[zone]))
    offset = timedelta(minutes=draw(st.integers(-48 * 60, 48 * 60)))
    start = (change + offset).replace(tzinfo=zone, fold=draw(st.integers(0, 1)))
    day = start.date()
    closing = draw(st.none() | st.integers(-9, 3).map(lambda n: day + timedelta(days=n)))
    decision = draw(st.none() | st.integers(-2, 12).map(lambda n: day + timedelta(days=n)))
    timeline = draw(st.sampled_from(["", "two weeks"]))
    many, done = draw(st.booleans()), draw(st.booleans())
    duration = draw(st.sampled_from([30, 60, 1440]))
    app = Application(company="C", role="R", id=1, closing_date=closing)
    iv = Interview(
        application_id=1,
        id=1,
        starts_at=start,
        duration_minutes=duration,
        decision_date=decision,
        timeline=timeline,
        many_candidates=many,
    )
    if done:
        iv.follow_ups.append(FollowUp(kind=StepKind.THANK_YOU, sent_at=start))
    values: RoundValues = (
        1, 1, "C", "R", 1, start, duration, decision, timeline, many, closing, "", "",
        False, done, False,
    )  # fmt: skip
    return values, iv, app


@given(
    many=st.lists(dst_rounds(), min_size=1, max_size=16),
    now_zone=st.sampled_from(sorted(DST_ZONES, key=str)),
    later=st.timedeltas(min_value=timedelta(days=-1), max_value=timedelta(days=25)),
    review=st.sampled_from([(2_048, 30_000), (1, 1), (2, 3), (3, 2)]),
)
@settings(max_examples=300, deadline=None)
def test_one_planner_keeps_the_due_steps_of_many_rounds_across_changes_of_offset(
    many: list[tuple[RoundValues, Interview, Application]],
    now_zone: ZoneInfo,
    later: timedelta,
    review: tuple[int, int],
) -> None:
    """Many rounds through one planner, as `due` plans them, share what it keeps (windows,
    steps whose reason reads only the window's days) and each gets `plan_round`'s steps,
    whether the planner looks its caches up or not (`review`: it switches every few rounds)."""
    calendar = BusinessCalendar({date(2026, 4, 6): "Easter Monday"})
    now = (many[0][0][5] + later).astimezone(now_zone)
    planner = DuePlanner(now, lambda _country, _subdivision, _day: calendar, review=review)
    for values, iv, app in many * 2:
        expected = [
            s
            for s in plan_round(iv, app, calendar, now).steps
            if s.state in (StepState.DUE, StepState.LATE)
        ]
        found = planner.steps(values, False)
        assert found == expected
        for got, want in zip(found, expected, strict=True):
            assert (got.earliest.isoformat(), got.latest.isoformat()) == (
                want.earliest.isoformat(), want.latest.isoformat()
            )  # fmt: skip
            for lang in ("en", "fr", "de"):
                assert got.reason_in(lang) == want.reason_in(lang)


@given(
    holidays=st.sets(days_st, max_size=40),
    weekend=st.sampled_from([frozenset({5, 6}), frozenset({4, 5}), frozenset()]),
    asked=st.lists(days_st, min_size=1, max_size=30),
)
def test_the_planners_calendar_answers_as_the_calendar_it_remembers(
    holidays: set[date], weekend: frozenset[int], asked: list[date]
) -> None:
    from tactful.policy.due import _Remembering

    calendar = BusinessCalendar(dict.fromkeys(holidays, "Holiday"), weekend)
    remembering = _Remembering(calendar.holidays, calendar.weekend)
    for day in asked * 2:  # the second time from what it remembers
        assert remembering.first_on_or_after(day) == calendar.first_on_or_after(day)
        assert remembering.next_business_day_after(day) == calendar.next_business_day_after(day)
        assert remembering.why_closed(day) == calendar.why_closed(day)
