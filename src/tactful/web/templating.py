"""Jinja2 for the pages: autoescape always on, and the small formatting helpers they use."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"

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


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["day"] = format_day
    env.filters["moment"] = format_moment
    env.filters["edge"] = format_edge
    env.filters["iso"] = lambda v: v.isoformat() if v else ""
    env.filters["local_input"] = lambda v: v.strftime("%Y-%m-%dT%H:%M") if v else ""
    env.globals["safe_url"] = safe_url
    return env


def format_day(value: date | datetime | None, lang: str = "en") -> str:
    """ "Wed 25 Nov 2026" / "mer. 25 nov. 2026"."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    months, days = MONTHS.get(lang, MONTHS["en"]), DAYS.get(lang, DAYS["en"])
    return f"{days[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def format_moment(value: datetime | None, lang: str = "en") -> str:
    """ "Wed 25 Nov 2026 14:00"."""
    if value is None:
        return ""
    return f"{format_day(value, lang)} {value.strftime('%H:%M')}"


def format_edge(value: datetime, kind: str, lang: str = "en") -> str:
    """An edge of a step's window: a day for a status inquiry (its window is whole business
    days), a day and time for a thank-you."""
    return format_day(value, lang) if kind == "status-inquiry" else format_moment(value, lang)


def safe_url(url: str) -> str:
    """A link target only when it is http(s): a stored `javascript:` URL never becomes a link."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def render(env: Environment, name: str, context: dict[str, Any]) -> str:
    return env.get_template(name).render(context)
