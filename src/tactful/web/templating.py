"""Jinja2 for the pages: autoescape always on, and the small formatting helpers they use.

Date filters read the page's language (`lang`) and the current year (`this_year`) from the
template context: `{{ step.latest|moment }}` → "Thu 26 Nov, 11:00 CET".
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context

from tactful.web.dates import day_words, edge_words, in_words, moment_words, round_zone

TEMPLATES = Path(__file__).parent / "templates"


def _lang(ctx: Context) -> str:
    return str(ctx.get("lang") or "en")


def _year(ctx: Context) -> int | None:
    year = ctx.get("this_year")
    return year if isinstance(year, int) else None


@pass_context
def _day(ctx: Context, value: date | datetime | None) -> str:
    return day_words(value, _lang(ctx), _year(ctx))


@pass_context
def _moment(ctx: Context, value: datetime | None) -> str:
    return moment_words(value, _lang(ctx), _year(ctx))


@pass_context
def _edge(ctx: Context, value: datetime, kind: str) -> str:
    return edge_words(value, str(kind), _lang(ctx), _year(ctx))


@pass_context
def _words(
    ctx: Context, text: str, zone: str | tzinfo | None = None, lang: str | None = None
) -> str:
    """ISO dates inside a sentence (the rules' reasons) in words, in the round's zone; `lang`:
    the sentence's own language when it is not the page's (the checker speaks the email's)."""
    where = round_zone(zone) if isinstance(zone, str) else zone
    return in_words(text, lang or _lang(ctx), where, _year(ctx))


@pass_context
def _shown(ctx: Context, values: dict[str, Any]) -> dict[str, object]:
    """A message's values with dates in words."""
    from tactful.web.i18n import shown

    return shown(values, _lang(ctx), _year(ctx))


@cache
def environment() -> Environment:
    """The pages' one environment per process: templates are compiled once, not once per user
    (in multi-user mode each member has a state of their own; compiling Today's templates
    for each one cost about 60 ms of CPU on their first request). It holds no user's data."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["day"] = _day
    env.filters["moment"] = _moment
    env.filters["edge"] = _edge
    env.filters["words"] = _words
    env.filters["shown"] = _shown
    env.filters["iso"] = lambda v: v.isoformat() if v else ""
    env.filters["local_input"] = lambda v: v.strftime("%Y-%m-%dT%H:%M") if v else ""
    env.globals["safe_url"] = safe_url
    return env


def safe_url(url: str) -> str:
    """A link target only when it is http(s): a stored `javascript:` URL never becomes a link."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def render(env: Environment, name: str, context: dict[str, Any]) -> str:
    return env.get_template(name).render(context)
