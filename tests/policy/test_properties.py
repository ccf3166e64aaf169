"""Properties that must hold for every round, whatever its dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.errors import Refused
from tactful.models import Application, Channel, FollowUp, Interview, StepKind
from tactful.policy import BusinessCalendar, check_can_record, plan_round, status_window

ZONES = [ZoneInfo(z) for z in ("Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC")]
DAY0 = date(2026, 1, 1)

days_st = st.integers(min_value=0, max_value=700).map(lambda n: DAY0 + timedelta(days=n))
holidays_st = st.sets(days_st, max_size=40).map(lambda ds: dict.fromkeys(ds, "Holiday"))
weekend_st = st.sampled_from([frozenset({5, 6}), frozenset({4, 5}), frozenset({6})])


@st.composite
def rounds(draw: st.DrawFn) -> tuple[Interview, Application, BusinessCalendar]:
    zone = draw(st.sampled_from(ZONES))
    day = draw(days_st)
    start = datetime(day.year, day.month, day.day, draw(st.integers(7, 19)), tzinfo=zone)
    closing = draw(st.none() | st.integers(-30, 30).map(lambda n: day + timedelta(days=n)))
    decision = draw(st.none() | st.integers(-5, 40).map(lambda n: day + timedelta(days=n)))
    app = Application(company="C", role="R", id=1, closing_date=closing)
    iv = Interview(
        application_id=1,
        id=1,
        starts_at=start,
        duration_minutes=draw(st.integers(15, 480)),
        decision_date=decision,
        many_candidates=draw(st.booleans()),
    )
    calendar = BusinessCalendar(draw(holidays_st), draw(weekend_st))
    return iv, app, calendar


@given(rounds())
@settings(max_examples=300, deadline=None)
def test_status_inquiry_never_before_the_closing_date_nor_the_decision_date(
    r: tuple[Interview, Application, BusinessCalendar],
) -> None:
    iv, app, calendar = r
    opens, closes, _ = status_window(iv, app, calendar)
    if app.closing_date:
        assert opens > app.closing_date
    if iv.decision_date:
        assert opens > iv.decision_date
    assert closes > opens


@given(rounds())
@settings(max_examples=300, deadline=None)
def test_window_edges_fall_on_business_days(
    r: tuple[Interview, Application, BusinessCalendar],
) -> None:
    iv, app, calendar = r
    opens, closes, _ = status_window(iv, app, calendar)
    assert calendar.is_business_day(opens)
    assert calendar.is_business_day(closes)


@given(rounds(), st.integers(0, 60))
@settings(max_examples=300, deadline=None)
def test_thank_you_comes_before_the_status_inquiry(
    r: tuple[Interview, Application, BusinessCalendar], hours: int
) -> None:
    iv, app, calendar = r
    plan = plan_round(iv, app, calendar, iv.starts_at + timedelta(hours=hours))
    thanks, status = plan.steps
    assert thanks.kind is StepKind.THANK_YOU
    assert status.kind is StepKind.STATUS_INQUIRY
    assert thanks.latest < status.earliest


attempts_st = st.lists(
    st.tuples(
        st.sampled_from(list(StepKind)),
        st.sampled_from(list(Channel)),
        st.integers(0, 60 * 24 * 40),
        st.booleans(),
    ),
    max_size=8,
)


@given(rounds(), attempts_st)
@settings(max_examples=300, deadline=None)
def test_never_more_than_two_follow_ups_per_round(
    r: tuple[Interview, Application, BusinessCalendar],
    attempts: list[tuple[StepKind, Channel, int, bool]],
) -> None:
    iv, app, calendar = r
    for kind, channel, minutes, anyway in attempts:
        when = iv.starts_at + timedelta(minutes=minutes)
        plan = plan_round(iv, app, calendar, when)
        try:
            check_can_record(plan, kind, channel, when, anyway=anyway)
        except Refused:
            continue
        iv.follow_ups.append(FollowUp(kind=kind, sent_at=when, channel=channel))
    assert len(iv.follow_ups) <= 2
    assert all(f.channel is Channel.EMAIL for f in iv.follow_ups)
    assert len({f.kind for f in iv.follow_ups}) == len(iv.follow_ups)
