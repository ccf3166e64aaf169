"""A repeating invitation (RRULE) as one interview: its next real occurrence.

Real means: EXDATE removed, an occurrence that was moved (an override VEVENT with the same UID
and a RECURRENCE-ID) taken at its new time, a cancelled one dropped. The next one from "now" is
the interview to prepare for; when all are past, the last one.

Only what invitations use is expanded (DAILY, WEEKLY with BYDAY, MONTHLY, YEARLY; INTERVAL,
COUNT, UNTIL); any other rule keeps the first occurrence, as before. Expansion stops at 2100.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tactful.validation import LATEST

if TYPE_CHECKING:
    from tactful.calendars.invites import Invite

MAX_STEPS = 5000
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def next_occurrence(
    master: Invite, event: Any, moved: dict[datetime | date, Invite], now: datetime
) -> Invite:
    """The occurrence of the series `master` (its VEVENT `event`) to import."""
    start = master.starts_at
    overrides = {_key(k, start): v for k, v in moved.items()}
    excluded = _exdates(event, start)
    whole_days = {d for d in excluded if not isinstance(d, datetime)}
    sequence = max([master.sequence, *(v.sequence for v in overrides.values())])
    candidates: list[Invite] = []
    for moment in _expand(event, start, now):
        key = _key(moment, start)
        if key in excluded or key in overrides or moment.date() in whole_days:
            continue
        candidates.append(replace(master, starts_at=moment))
    candidates.extend(v for v in overrides.values() if not v.cancelled)
    if not candidates:
        return replace(master, sequence=sequence, cancelled=True)
    ahead = [c for c in candidates if c.starts_at >= now]
    chosen = (
        min(ahead, key=lambda c: c.starts_at)
        if ahead
        else max(candidates, key=lambda c: c.starts_at)
    )
    return replace(chosen, uid=master.uid, sequence=sequence, line=master.line)


def _key(value: datetime | date, start: datetime) -> datetime | date:
    """A comparable form of an occurrence: its instant (a floating time in the series' zone);
    a whole day stays a day."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=start.tzinfo)
        return aware.astimezone(start.tzinfo)
    return value


def _exdates(event: Any, start: datetime) -> set[datetime | date]:
    """The excluded occurrences; a broken EXDATE excludes nothing."""
    from icalendar.prop import vDDDLists

    found: set[datetime | date] = set()
    raw = event.get("EXDATE")
    for group in raw if isinstance(raw, list) else [raw] if raw is not None else []:
        if not isinstance(group, vDDDLists):
            continue
        for item in group.dts:
            value = getattr(item, "dt", None)
            if isinstance(value, datetime | date):
                found.add(_key(value, start))
    return found


def _rule(event: Any) -> dict[str, list[Any]] | None:
    """The RRULE as a dict, or None when absent or broken (then the first date is kept)."""
    from icalendar.prop import vRecur

    rule = event.get("RRULE")
    if isinstance(rule, list):
        rule = rule[0] if rule else None
    if not isinstance(rule, vRecur):
        return None
    return {str(k).upper(): list(v) if isinstance(v, list) else [v] for k, v in rule.items()}


def _number(values: list[Any] | None, default: int, low: int, high: int) -> int:
    try:
        value = int(values[0]) if values else default
    except (TypeError, ValueError):
        return default
    return max(low, min(high, value))


def _expand(event: Any, start: datetime, now: datetime) -> list[datetime]:
    """The occurrences of the series up to the first one at or after `now` (with its EXDATEs
    and overrides applied later, a few more are kept)."""
    rule = _rule(event)
    if rule is None:
        return [start]
    freq = str((rule.get("FREQ") or [""])[0]).upper()
    if freq not in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"):
        return [start]
    interval = _number(rule.get("INTERVAL"), 1, 1, 1000)
    count = _number(rule.get("COUNT"), MAX_STEPS, 1, MAX_STEPS) if rule.get("COUNT") else None
    until = _until(rule.get("UNTIL"), start)
    days = sorted(
        {
            _DAYS[str(d)[-2:].upper()]
            for d in rule.get("BYDAY") or []
            if str(d)[-2:].upper() in _DAYS
        }
    )
    found: list[datetime] = []
    after_now = 0
    for step in range(MAX_STEPS):
        for moment in _period(freq, start, step * interval, days):
            if moment < start:
                continue
            if until is not None and moment > until:
                return found
            if moment.date() > LATEST:
                return found
            found.append(moment)
            if count is not None and len(found) >= count:
                return found
            if moment >= now:
                after_now += 1
                if after_now > 50:  # enough to skip excluded and moved ones
                    return found
    return found


def _until(values: list[Any] | None, start: datetime) -> datetime | None:
    if not values:
        return None
    value = values[0]
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=start.tzinfo)
    if isinstance(value, date):
        return datetime.combine(value, datetime.max.time(), start.tzinfo)
    return None


def _period(freq: str, start: datetime, offset: int, days: list[int]) -> list[datetime]:
    """The occurrences in the `offset`-th day, week, month or year from the start."""
    if freq == "DAILY":
        return [start + timedelta(days=offset)]
    if freq == "WEEKLY":
        monday = start - timedelta(days=start.weekday()) + timedelta(weeks=offset)
        return [monday + timedelta(days=d) for d in (days or [start.weekday()])]
    if freq == "MONTHLY":
        months = start.month - 1 + offset
        year, month = start.year + months // 12, months % 12 + 1
    else:
        year, month = start.year + offset, start.month
    if year > LATEST.year:
        return []
    try:
        return [start.replace(year=year, month=month)]
    except ValueError:  # the 31st of a shorter month, the 29th of February
        return []
