"""Dates and times in words, with their time zone: "Thu 26 Nov, 11:00 CET", "jeu. 26 nov., 11:00
CET". The year is left out when it is the current one. Pure: values in, text out.

The rules word their reasons with ISO dates ("before 2026-11-26T11:00+01:00"), which suits a
terminal and a JSON client; `in_words` rewrites them for people, in the round's own time zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

_FR_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin")
_FR_MONTHS_LATER = ("juil.", "août", "sept.", "oct.", "nov.", "déc.")
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": [*_FR_MONTHS, *_FR_MONTHS_LATER],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}


def day_words(value: date | datetime | None, lang: str = "en", year: int | None = None) -> str:
    """ "Wed 25 Nov" (this year) / "Wed 25 Nov 2027" / "mer. 25 nov."."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    months, days = MONTHS.get(lang, MONTHS["en"]), DAYS.get(lang, DAYS["en"])
    text = f"{days[day.weekday()]} {day.day} {months[day.month - 1]}"
    return text if day.year == year else f"{text} {day.year}"


def zone_label(value: datetime) -> str:
    """The zone's abbreviation ("CET", "EST"), else its offset ("UTC+03")."""
    name = value.tzname() or ""
    if not name or name[0] in "+-":
        offset = value.strftime("%z")
        if not offset:
            return ""
        return (
            "UTC"
            if offset == "+0000"
            else f"UTC{offset[:3]}" + (f":{offset[3:]}" if offset[3:] != "00" else "")
        )
    return name


def moment_words(value: datetime | None, lang: str = "en", year: int | None = None) -> str:
    """ "Thu 26 Nov, 11:00 CET": the day, the time and the zone of `value` as it is."""
    if value is None:
        return ""
    zone = zone_label(value)
    return f"{day_words(value, lang, year)}, {value.strftime('%H:%M')}" + (
        f" {zone}" if zone else ""
    )


def edge_words(value: datetime, kind: str, lang: str = "en", year: int | None = None) -> str:
    """An edge of a step's window: a day for a status inquiry (whole business days), a day and
    time for a thank-you."""
    if kind == "status-inquiry":
        return day_words(value, lang, year)
    return moment_words(value, lang, year)


_ISO = re.compile(
    r"\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?\b"
)


def in_words(
    text: str, lang: str = "en", zone: tzinfo | None = None, year: int | None = None
) -> str:
    """`text` with every ISO date ("2026-11-27") and date-time ("2026-11-26T11:00+01:00")
    written in words; a date-time is shown in `zone` (the round's) when given."""

    def words(match: re.Match[str]) -> str:
        day, clock, offset = match.group(1), match.group(2), match.group(3)
        try:
            if clock is None:
                shown = day_words(date.fromisoformat(day), lang, year)
            else:
                moment = datetime.fromisoformat(
                    f"{day}T{clock}{(offset or '').replace('Z', '+00:00')}"
                )
                if moment.tzinfo is not None and zone is not None:
                    moment = moment.astimezone(zone)
                shown = moment_words(moment, lang, year)
        except ValueError:
            return match.group(0)
        # "du lun. 7 déc. au jeu. 10 déc." ends the sentence: no second full stop.
        after = text[match.end() : match.end() + 2]
        if shown.endswith(".") and after.startswith(".") and after != "..":
            return shown[:-1]
        return shown

    return _ISO.sub(words, text)


def round_zone(name: str) -> tzinfo | None:
    """The zone a round was entered in (its IANA name), None when it has none."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
