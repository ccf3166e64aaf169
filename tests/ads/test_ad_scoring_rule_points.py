"""scoring._rule_points returns a rule found once its points without sorting and summing: the
same float as the formula as written (kept below), for every list of severities."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.model import SEVERITIES
from tactful.ads.scoring import POINTS, REPEAT, RULE_CAP, _rule_points


def _as_written(severities: list[str]) -> float:
    values = sorted((POINTS[s] for s in severities), reverse=True)
    if not values:
        return 0.0
    total = values[0] + REPEAT * sum(values[1:])
    return min(total, RULE_CAP * values[0])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SEVERITIES), max_size=5))
def test_rule_points_as_written(severities: list[str]) -> None:
    fast, general = _rule_points(severities), _as_written(severities)
    assert (fast, type(fast), repr(fast)) == (general, type(general), repr(general))
