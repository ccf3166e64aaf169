"""The ad score: 100 minus points per finding, capped per rule and per category.

- A finding takes POINTS[severity] off: error 15, warning 6, info 2.
- A rule found again counts half each time (REPEAT), and one rule takes at most RULE_CAP times
  its first finding's points, so one repeated word cannot sink the ad alone.
- A category takes at most CATEGORY_CAPS[category] off in total.
- The score is 100 minus the sum over categories, rounded, never below 0.

`assess` also says how much the score would rise without each finding: the fixes worth making
first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tactful.ads.model import (
    CATEGORIES,
    CLARITY,
    CULTURE,
    ERROR,
    INCLUSION,
    INFO,
    LEGAL,
    TRANSPARENCY,
    WARNING,
    Finding,
)

POINTS = {ERROR: 15.0, WARNING: 6.0, INFO: 2.0}
REPEAT = 0.5
RULE_CAP = 2.0
CATEGORY_CAPS = {INCLUSION: 30.0, LEGAL: 45.0, TRANSPARENCY: 20.0, CULTURE: 15.0, CLARITY: 15.0}


def _rule_points(severities: list[str]) -> float:
    if len(severities) < 2:  # most rules are found once: their points (what the sum gives)
        return POINTS[severities[0]] if severities else 0.0
    values = sorted((POINTS[s] for s in severities), reverse=True)
    total = values[0] + REPEAT * sum(values[1:])
    return min(total, RULE_CAP * values[0])


def assess(findings: Sequence[Finding]) -> tuple[int, list[float], dict[str, float]]:
    """The score, the gain of fixing each finding, and the points taken off per category.

    A finding's gain is how many points the score gets back without it (before the floor at 0,
    so fixes still rank on a very bad ad); findings of the same rule and severity are
    interchangeable, so each distinct (rule, severity) is re-scored once."""
    by_rule: dict[tuple[str, str], list[str]] = defaultdict(list)
    for finding in findings:
        by_rule[(finding.category, finding.rule)].append(finding.severity)
    rule_points = {key: _rule_points(severities) for key, severities in by_rule.items()}
    raw = dict.fromkeys(CATEGORIES, 0.0)
    for (category, _), points in rule_points.items():
        raw[category] = raw.get(category, 0.0) + points
    capped = {c: min(v, CATEGORY_CAPS.get(c, 100.0)) for c, v in raw.items()}
    total = sum(capped.values())
    base = max(0.0, 100.0 - total)
    cache: dict[tuple[str, str, str], float] = {}
    gains: list[float] = []
    for finding in findings:
        key = (finding.category, finding.rule, finding.severity)
        if key not in cache:
            category = finding.category
            rest = list(by_rule[(category, finding.rule)])
            rest.remove(finding.severity)
            new_raw = raw[category] - rule_points[(category, finding.rule)] + _rule_points(rest)
            new_total = total - capped[category] + min(new_raw, CATEGORY_CAPS.get(category, 100.0))
            cache[key] = round(total - new_total, 2)
        gains.append(cache[key])
    return round(base), gains, capped
