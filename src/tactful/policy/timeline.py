"""Turn what the employer said about timing ("two weeks", "d'ici vendredi") into a decision date.

Pure: the phrase is read relative to the day it was said, with a business calendar for
"10 business days". Accepted forms are listed in TIMELINE_FORMS for the error message.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from tactful.errors import BadInput
from tactful.policy.business_days import BusinessCalendar
from tactful.text import strip_accents

TIMELINE_FORMS = (
    "a date (2026-12-15); 'two weeks', 'N days', 'N weeks', 'N business days' (also 'within', "
    "'in'); "
    "'by Friday', 'next Friday', 'end of this week', 'end of next week', 'next week', "
    "'end of the month', 'tomorrow'; in French 'sous deux semaines', 'dans 10 jours', "
    "'10 jours ouvrés', 'd'ici vendredi', 'fin de la semaine prochaine', 'la semaine prochaine', "
    "'fin du mois', 'sous huitaine', 'sous quinzaine', 'demain'"
)

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "couple of": 2, "a couple of": 2, "few": 3, "a few": 3,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quelques": 3,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}  # fmt: skip
_UNIT_DAYS = {
    "day": 1, "days": 1, "jour": 1, "jours": 1, "week": 7, "weeks": 7, "semaine": 7,
    "semaines": 7,
}  # fmt: skip

_NUMBER = r"(?P<n>\d+|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + ")"
_LEAD = r"(?:(?:within|in|about|around|roughly|approximately|sous|dans|d'ici|en|environ)\s+)*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The relative and weekday forms, compiled on first use: planning never reads a phrase
    (the decision date is stored), so read commands do not pay for compiling them."""
    relative = re.compile(
        rf"^{_LEAD}{_NUMBER}\s+(?P<unit>business days?|working days?|days?|weeks?|months?|"
        r"jours? ouvres|jours? ouvrables|jours?|semaines?|mois)(?:\s+(?:time|from now))?$"
    )
    weekday = re.compile(
        r"^(?:(?:by|on|before|this|next|until|d'ici|avant|jusqu'a)\s+)*(?P<day>"
        + "|".join(_WEEKDAYS)
        + r")(?:\s+(?:prochain|next))?$"
    )
    return relative, weekday


_FIXED = {
    "tomorrow": "tomorrow", "demain": "tomorrow",
    "end of this week": "end-week", "end of the week": "end-week", "end of week": "end-week",
    "by the end of the week": "end-week", "by the end of this week": "end-week",
    "fin de la semaine": "end-week", "fin de semaine": "end-week",
    "fin de cette semaine": "end-week", "d'ici la fin de la semaine": "end-week",
    "end of next week": "end-next-week", "by the end of next week": "end-next-week",
    "next week": "end-next-week", "fin de la semaine prochaine": "end-next-week",
    "d'ici la fin de la semaine prochaine": "end-next-week",
    "la semaine prochaine": "end-next-week", "semaine prochaine": "end-next-week",
    "end of the month": "end-month", "end of this month": "end-month",
    "by the end of the month": "end-month", "fin du mois": "end-month",
    "d'ici la fin du mois": "end-month", "end of next month": "end-next-month",
    "fin du mois prochain": "end-next-month",
    "sous huitaine": "week", "sous quinzaine": "fortnight", "huit jours": "week",
    "quinze jours": "fortnight", "sous quinze jours": "fortnight", "sous huit jours": "week",
    "dans quinze jours": "fortnight", "dans huit jours": "week",
}  # fmt: skip


def _normalise(text: str) -> str:
    text = text.strip().lower().replace("’", "'").rstrip(".!")
    text = strip_accents(text)
    return re.sub(r"\s+", " ", text)


def _end_of_month(day: date, months_ahead: int = 0) -> date:
    year, month = day.year, day.month + months_ahead
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _friday(day: date, weeks_ahead: int) -> date:
    return day + timedelta(days=4 - day.weekday() + 7 * weeks_ahead)


def parse_timeline(text: str, said_on: date, calendar: BusinessCalendar | None = None) -> date:
    """The decision date a timeline phrase means, said on `said_on` (the interview day)."""
    calendar = calendar or BusinessCalendar()
    phrase = _normalise(text)
    relative, weekday = _patterns()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", phrase):
        try:
            return date.fromisoformat(phrase)
        except ValueError:
            pass
    elif (fixed := _FIXED.get(phrase)) is not None:
        return _fixed(fixed, said_on)
    elif match := relative.match(phrase):
        number = match["n"]
        count = int(number) if number.isdigit() else _NUMBERS[number]
        unit = match["unit"]
        if count <= 0 or count > 366:
            raise BadInput(f"timeline {text!r} is out of range: give between 1 and 366 days")
        if "business" in unit or "working" in unit or "ouvr" in unit:
            return calendar.add_business_days(said_on, count)
        if unit.startswith(("month", "mois")):
            return _end_of_month(said_on, count - 1) if count > 1 else said_on + timedelta(30)
        return said_on + timedelta(days=count * _UNIT_DAYS[unit])
    elif match := weekday.match(phrase):
        target = _WEEKDAYS[match["day"]]
        ahead = (target - said_on.weekday()) % 7 or 7
        return said_on + timedelta(days=ahead)
    raise BadInput(f"cannot read the timeline {text!r}; accepted forms: {TIMELINE_FORMS}")


def _fixed(kind: str, said_on: date) -> date:
    if kind == "tomorrow":
        return said_on + timedelta(days=1)
    if kind == "week":
        return said_on + timedelta(days=7)
    if kind == "fortnight":
        return said_on + timedelta(days=14)
    if kind == "end-week":
        friday = _friday(said_on, 0)
        return friday if friday >= said_on else _friday(said_on, 1)
    if kind == "end-next-week":
        return _friday(said_on, 1)
    if kind == "end-month":
        return _end_of_month(said_on)
    return _end_of_month(said_on, 1)
