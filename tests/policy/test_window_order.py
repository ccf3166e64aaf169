"""A step's state compares "now" with its window without asking the zone for offsets when the
two are days apart (tactful.policy.plan._order): the answer must be exactly what comparing the
instants gives, in every zone, across daylight-saving changes, ambiguous and missing hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.models import StepState
from tactful.policy.plan import _order, timed_state

ZONES: list[tzinfo] = [
    ZoneInfo("Europe/Paris"),
    ZoneInfo("America/New_York"),
    ZoneInfo("America/Santiago"),  # changes at midnight: a missing midnight
    ZoneInfo("Australia/Lord_Howe"),  # a half-hour change
    ZoneInfo("Pacific/Apia"),  # skipped a whole day in 2011
    ZoneInfo("Asia/Kolkata"),
    timezone(timedelta(hours=-11)),
    UTC,
]
# Wall-clock times near daylight-saving changes, with both folds.
_WALL = st.datetimes(
    min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31)
) | st.sampled_from(
    [
        datetime(2026, 10, 25, 2, 30),
        datetime(2026, 10, 25, 2, 30, fold=1),
        datetime(2026, 3, 29, 2, 30),
        datetime(2026, 11, 1, 1, 30, fold=1),
        datetime(2026, 9, 6, 0, 0),
        datetime(2011, 12, 30, 12, 0),
    ]
)


def _instant(wall: datetime, zone: tzinfo) -> datetime:
    return wall.replace(tzinfo=zone)


@settings(max_examples=600, deadline=None)
@given(
    now_wall=_WALL,
    now_zone=st.sampled_from(ZONES),
    zone=st.sampled_from(ZONES),
    moment_wall=_WALL,
    shift=st.sampled_from([timedelta(0), timedelta(hours=1), timedelta(days=2), timedelta(1, 1)]),
)
def test_order_is_the_instants_order(
    now_wall: datetime,
    now_zone: tzinfo,
    zone: tzinfo,
    moment_wall: datetime,
    shift: timedelta,
) -> None:
    now = _instant(now_wall, now_zone)
    local_now = now.astimezone(zone)
    for moment in (
        _instant(moment_wall, zone),
        local_now + shift,  # near and just past the two days, in the same zone
        local_now - shift,
    ):
        assert _order(now, local_now, moment) == (now > moment) - (now < moment)


@settings(max_examples=300, deadline=None)
@given(
    now_wall=_WALL,
    now_zone=st.sampled_from(ZONES),
    zone=st.sampled_from(ZONES),
    opens=_WALL,
    length=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=12)),
)
def test_a_windows_state_is_the_one_plain_comparisons_give(
    now_wall: datetime, now_zone: tzinfo, zone: tzinfo, opens: datetime, length: timedelta
) -> None:
    now = _instant(now_wall, now_zone)
    earliest = _instant(opens, zone)
    latest = earliest + length
    if now < earliest:
        expected = StepState.UPCOMING
    elif now <= latest:
        expected = StepState.DUE
    else:
        expected = StepState.LATE
    local_now = now.astimezone(zone)
    assert timed_state(now, local_now, earliest, latest) is expected
