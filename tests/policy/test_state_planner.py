"""`StatePlanner` (tactful.policy.states) gives every round the state `plan_round` gives it:
any zone, length, dates, holidays, follow-ups sent or skipped and when, reply, cancellation,
later round, at any moment."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.models import Application, FollowUp, Interview, Reply, StepKind
from tactful.policy import BusinessCalendar, plan_round
from tactful.policy.states import StatePlanner

if TYPE_CHECKING:
    from tactful.policy.states import StateValues

ZONES = [ZoneInfo(z) for z in ("Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC")]
DAY0 = date(2026, 1, 1)
days_st = st.integers(min_value=-20, max_value=400).map(lambda n: DAY0 + timedelta(days=n))
after_st = st.timedeltas(min_value=timedelta(hours=-2), max_value=timedelta(days=40))


@st.composite
def rounds(
    draw: st.DrawFn, starts: st.SearchStrategy[datetime] | None = None
) -> tuple[StateValues, Interview, Application, BusinessCalendar]:
    zone = draw(st.sampled_from(ZONES))
    if starts is None:
        day = draw(days_st)
        start = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), tzinfo=zone)
        start += timedelta(minutes=draw(st.sampled_from([0, 15, 59])))
    else:
        start = draw(starts).astimezone(zone)
        day = start.date()
    closing = draw(st.none() | st.integers(-30, 30).map(lambda n: day + timedelta(days=n)))
    decision = draw(st.none() | st.integers(-5, 40).map(lambda n: day + timedelta(days=n)))
    many, cancelled, answered = draw(st.booleans()), draw(st.booleans()), draw(st.booleans())
    if starts is not None:
        # Rounds alike but for their zone: the planner must not take one for another.
        closing = decision = None
        many = cancelled = answered = False
    ty_sent, ty_skipped = draw(st.booleans()), draw(st.booleans())
    st_sent, st_skipped = draw(st.booleans()), draw(st.booleans())
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
        many_candidates=many,
        cancelled=cancelled,
    )
    # The follow-ups as the store holds them, in another zone than the round's at times.
    sent_zone = draw(st.sampled_from(ZONES))
    if ty_sent:
        at = (start + draw(after_st)).astimezone(sent_zone)
        iv.follow_ups.append(FollowUp(kind=StepKind.THANK_YOU, sent_at=at))
    if st_sent:
        for _ in range(draw(st.integers(1, 2))):
            at = (start + draw(after_st)).astimezone(sent_zone)
            iv.follow_ups.append(FollowUp(kind=StepKind.STATUS_INQUIRY, sent_at=at))
    if ty_skipped:
        iv.skipped.append(StepKind.THANK_YOU)
    if st_skipped:
        iv.skipped.append(StepKind.STATUS_INQUIRY)
    if answered:
        iv.replies.append(Reply(received_at=start + draw(after_st)))
    last = max(f.sent_at for f in iv.follow_ups) if st_sent else None
    values: StateValues = (
        1, 1, 1, start, duration, decision, many, closing, "", "",
        cancelled, answered, ty_sent, ty_skipped, st_sent, st_skipped, last,
    )  # fmt: skip
    return values, iv, app, calendar


@given(
    round_=rounds(),
    later=st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=60)),
    superseded=st.booleans(),
)
@settings(max_examples=600, deadline=None)
def test_the_planner_states_rounds_as_plan_round(
    round_: tuple[StateValues, Interview, Application, BusinessCalendar],
    later: timedelta,
    superseded: bool,
) -> None:
    values, iv, app, calendar = round_
    now = (values[3] + later).astimezone(ZoneInfo("Europe/Paris"))
    plan = plan_round(iv, app, calendar, now, superseded_by=2 if superseded else None)
    planner = StatePlanner(now, lambda country, subdivision, day: calendar)
    assert planner.state(values, superseded) is plan.state


SHARED = [
    datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("UTC")),
    datetime(2026, 6, 1, 22, tzinfo=ZONES[3]),
]


@given(
    many=st.lists(
        st.tuples(rounds(st.sampled_from(SHARED)), st.booleans()), min_size=2, max_size=12
    ),
    later=st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=60)),
)
@settings(max_examples=300, deadline=None)
def test_one_planner_states_many_rounds_as_plan_round(
    many: list[tuple[tuple[StateValues, Interview, Application, BusinessCalendar], bool]],
    later: timedelta,
) -> None:
    """One planner for rounds that start at the same instants, in several zones (the planner
    shares what equal rounds have in common)."""
    now = (SHARED[0] + later).astimezone(ZoneInfo("Europe/Paris"))
    calendar = many[0][0][3]
    planner = StatePlanner(now, lambda country, subdivision, day: calendar)
    for (values, iv, app, _), superseded in many:
        plan = plan_round(iv, app, calendar, now, superseded_by=2 if superseded else None)
        assert planner.state(values, superseded) is plan.state


def test_rounds_at_one_instant_in_two_zones_are_stated_apart() -> None:
    """The same instant is another day in New York than in Paris, so their status windows
    differ: one planner, asked for both, gives each its own state, at every hour of a month."""
    instant = datetime(2026, 3, 2, 2, 30, tzinfo=ZoneInfo("UTC"))
    calendar = BusinessCalendar()
    app = Application(company="C", role="R", id=1)
    pairs = []
    for zone in ("America/New_York", "Europe/Paris"):
        start = instant.astimezone(ZoneInfo(zone))
        iv = Interview(application_id=1, id=1, starts_at=start, skipped=[StepKind.THANK_YOU])
        values: StateValues = (
            1, 1, 1, start, 60, None, False, None, "", "",
            False, False, False, True, False, False, None,
        )  # fmt: skip
        pairs.append((values, iv))
    differ = 0
    for hour in range(24 * 30):
        now = instant + timedelta(hours=hour)
        planner = StatePlanner(now, lambda country, subdivision, day: calendar)
        expected = [plan_round(iv, app, calendar, now).state for _, iv in pairs]
        assert [planner.state(values, False) for values, _ in pairs] == expected
        differ += expected[0] is not expected[1]
    assert differ > 0
