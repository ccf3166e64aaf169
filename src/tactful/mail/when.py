"""The interview time an email proposes: "Tuesday 8 December at 10:00", "next Monday at 2pm",
"le mardi 8 décembre à 10h", "jeudi prochain à 14h30". Pure: read relative to when the email
was received, in the user's zone.

A proposal is a date and a time of day close together (the time within a few lines after the
date, or just before it). It is returned only when the text proposes exactly one start in the
future: two different times ("Monday at 9:30 or Tuesday at 14:00"), a weekday that contradicts
its date, or a date without a time all give None. Times outside 07:00–21:59 are ignored, so
durations ("1h30") and phone numbers do not read as times. "Next Monday" and "lundi prochain"
are the first such day after the day the email arrived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache

from tactful.policy.wording import WEEKDAYS
from tactful.text import strip_accents

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12, "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
_SHORT_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}
"""Only before a date ("Tue 8 Dec"): alone, "mon" is French for "my"."""
WINDOW_AFTER = 90
"""Characters after a date in which its time may follow ("Date: …\\nTime: 10:00")."""
WINDOW_BEFORE = 30
EARLIEST, LATEST = 7, 21


def _weekdays() -> dict[str, int]:
    return {strip_accents(n).lower(): i for lang in WEEKDAYS.values() for i, n in enumerate(lang)}


@dataclass(frozen=True, slots=True)
class _Patterns:
    weekdays: dict[str, int]
    absolute: re.Pattern[str]
    numeric: re.Pattern[str]
    relative: re.Pattern[str]
    time: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _patterns() -> _Patterns:
    weekdays = _weekdays()
    day = _alternation([*weekdays, *_SHORT_DAYS])
    full_day = _alternation(list(weekdays))
    month = _alternation(list(_MONTHS))
    absolute = re.compile(
        rf"\b(?:(?P<wd1>{day})\.?,?\s+(?:the\s+)?)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?"
        rf"(?P<m1>{month})\b\.?(?:,?\s+(?P<y1>20\d\d))?"
        rf"|\b(?:(?P<wd2>{day})\.?,?\s+)?(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y2>20\d\d))?"
    )
    numeric = re.compile(
        rf"\b(?:(?P<wd>{day})\.?,?\s+)?(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>(?:20)?\d\d))?"
        r"|(?P<iy>20\d\d)-(?P<im>\d\d)-(?P<id>\d\d))\b"
    )
    relative = re.compile(
        rf"\b(?:(?P<next>next|this|coming|ce)\s+)?(?P<wd>{full_day})\b(?:\s+(?P<prochain>prochain))?"
        r"|\b(?P<tomorrow>tomorrow|demain)\b"
    )
    clock = re.compile(
        r"\b(?P<h1>\d{1,2})[:.](?P<m1>[0-5]\d)\s*(?P<ap1>[ap])?\.?m?\b\.?"
        r"|\b(?P<h2>\d{1,2})\s*(?P<ap2>[ap])\.?m\b\.?"
        r"|\b(?P<h3>\d{1,2})\s?h(?:\s?(?P<m3>[0-5]\d))?(?![a-z])"
        r"|\b(?P<h4>\d{1,2})\s+heures?(?:\s+(?P<m4>[0-5]\d))?\b"
        r"|\b(?P<noon>noon|midday|midi)\b"
    )
    return _Patterns({**weekdays, **_SHORT_DAYS}, absolute, numeric, relative, clock)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    day: date | None
    """None when the mention is unclear (its weekday contradicts its date)."""


def find_meeting_time(
    text: str, *, received_at: datetime, zone: tzinfo | None = None
) -> datetime | None:
    """The one future start the text proposes, aware in `zone` (default: received_at's zone),
    or None when there is none or more than one."""
    zone = zone or received_at.tzinfo
    if zone is None:
        return None
    folded = strip_accents(text).lower()
    today = received_at.astimezone(zone).date()
    days = _dates(folded, today)
    times = [(m.start(), m.end(), t) for m in _patterns().time.finditer(folded) if (t := _time(m))]
    starts: set[datetime] = set()
    for found in days:
        clock = _nearest_time(found, times)
        if clock is None:
            continue
        if found.day is None:
            return None
        when = datetime.combine(found.day, clock, tzinfo=zone)
        if when > received_at:
            starts.add(when)
    return starts.pop() if len(starts) == 1 else None


def _nearest_time(found: _Found, times: list[tuple[int, int, time]]) -> time | None:
    after = [(s - found.end, t) for s, _, t in times if 0 <= s - found.end <= WINDOW_AFTER]
    if after:
        return min(after, key=lambda pair: pair[0])[1]
    before = [(found.start - e, t) for _, e, t in times if 0 <= found.start - e <= WINDOW_BEFORE]
    return min(before, key=lambda pair: pair[0])[1] if before else None


def _time(match: re.Match[str]) -> time | None:
    if match["noon"]:
        return time(12, 0)
    hour_text = match["h1"] or match["h2"] or match["h3"] or match["h4"]
    minute_text = match["m1"] or match["m3"] or match["m4"] or "0"
    hour, minute = int(hour_text), int(minute_text)
    meridiem = match["ap1"] or match["ap2"]
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if not EARLIEST <= hour <= LATEST or minute > 59:
        return None
    return time(hour, minute)


def _dates(folded: str, today: date) -> list[_Found]:
    patterns = _patterns()
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for match in patterns.absolute.finditer(folded):
        day_text, month_text = match["d1"] or match["d2"], match["m1"] or match["m2"]
        year_text = match["y1"] or match["y2"]
        weekday = match["wd1"] or match["wd2"]
        found.append(
            _absolute(match, int(day_text), _MONTHS[month_text], year_text, weekday, today)
        )
        taken.append(match.span())
    for match in patterns.numeric.finditer(folded):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match["iy"]:
            parts = (int(match["id"]), int(match["im"]), match["iy"])
        else:
            parts = (int(match["d"]), int(match["m"]), match["y"])
        found.append(_absolute(match, parts[0], parts[1], parts[2], match["wd"], today))
        taken.append(match.span())
    for match in patterns.relative.finditer(folded):
        if any(s <= match.start() < e for s, e in taken):
            continue
        found.append(_Found(match.start(), match.end(), _relative(match, today)))
    return found


def _absolute(
    match: re.Match[str],
    day: int,
    month: int,
    year_text: str | None,
    weekday: str | None,
    today: date,
) -> _Found:
    start, end = match.span()
    try:
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            when = date(year, month, day)
        else:
            when = date(today.year, month, day)
            if when < today - timedelta(days=7):
                when = date(today.year + 1, month, day)
    except ValueError:
        return _Found(start, end, None)
    if weekday and _patterns().weekdays[weekday] != when.weekday():
        return _Found(start, end, None)
    return _Found(start, end, when)


def _relative(match: re.Match[str], today: date) -> date:
    if match["tomorrow"]:
        return today + timedelta(days=1)
    target = _patterns().weekdays[match["wd"]]
    ahead = (target - today.weekday()) % 7
    if match["next"] in ("this", "ce") and ahead == 0:
        return today
    return today + timedelta(days=ahead or 7)
