"""The timeline: one row per round still under way, names in a column that stays put while the
dates scroll, opened on today.

Each row is a link to its round whose accessible name says everything the bars show, with the
dates; the bars themselves are decoration (`aria-hidden`). A step's state has a colour AND a
pattern (the legend uses the same swatches), chosen from the Okabe–Ito palette so that people
with a colour-vision deficiency still tell them apart (tests/web/test_timeline_colours.py
simulates it). The interview sits on its own lane above the windows, so a 24-hour thank-you
window never hides under it. Pure: values in, values and markup out; every text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from tactful.models import RoundState
from tactful.policy import RoundPlan

ZOOMS = {"2w": 14, "2m": 61, "all": 0}
"""Days shown: two weeks, two months, or everything."""
DAY_WIDTH = {"2w": 56.0, "2m": 16.0}
LEAD_DAYS = {"2w": 3, "2m": 10}
"""Days before today at the left edge, so that what just passed stays in sight."""
ROW_HEIGHT = 36
AXIS_HEIGHT = 28
MIN_BAR = 6.0
ROWS_PER_PAGE = 60


@dataclass(frozen=True)
class Look:
    """How a step state is drawn: a fill colour, a pattern over it, an outline."""

    colour: str
    pattern: str
    """solid, stripes, dots, hatch, lines or none."""
    ink: str = "#1d2330"


LOOKS = {
    "due": Look("#0072B2", "solid"),
    "late": Look("#D55E00", "stripes"),
    "upcoming": Look("#56B4E9", "dots"),
    "sent": Look("#009E73", "hatch"),
    "skipped": Look("#BBBBBB", "lines"),
    "cancelled": Look("#FFFFFF", "none"),
}
"""Step states → look. Okabe & Ito's colour-blind-safe palette; each pattern differs too."""


def patterns_svg() -> str:
    """The `<pattern>`s every row and the legend fill with, once per page."""
    out = ['<svg class="tl-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>']
    for state, look in LOOKS.items():
        out.append(
            f'<pattern id="tl-{state}" width="8" height="8" patternUnits="userSpaceOnUse">'
            f'<rect width="8" height="8" fill="{look.colour}"/>{_texture(look.pattern)}</pattern>'
        )
    out.append("</defs></svg>")
    return "".join(out)


def _texture(pattern: str) -> str:
    white = 'stroke="#ffffff" stroke-width="2"'
    if pattern == "stripes":
        return f'<path d="M-2 10 L10 -2 M-2 2 L2 -2 M6 10 L10 6" {white}/>'
    if pattern == "dots":
        return '<circle cx="4" cy="4" r="1.6" fill="#1d2330"/>'
    if pattern == "hatch":
        return f'<path d="M0 0 L8 8 M8 0 L0 8" {white} stroke-width="1.5"/>'
    if pattern == "lines":
        return '<path d="M0 4 H8" stroke="#1d2330" stroke-width="1.5"/>'
    return ""


def swatch(state: str, width: int = 28, height: int = 14) -> str:
    """A legend swatch: the same fill and outline as the bars."""
    dash = ' stroke-dasharray="3 2"' if state == "cancelled" else ""
    return (
        f'<svg class="tl-swatch" width="{width}" height="{height}" aria-hidden="true" '
        f'focusable="false"><rect x="1" y="1" width="{width - 2}" height="{height - 2}" rx="3" '
        f'fill="url(#tl-{state})" stroke="{LOOKS[state].ink}" stroke-width="1.5"{dash}/></svg>'
    )


def open_plans(plans: list[RoundPlan]) -> list[RoundPlan]:
    """The rounds still under way (not closed), in the order of their interviews."""
    found = [p for p in plans if p.state is not RoundState.CLOSED]
    return sorted(found, key=lambda p: (p.interview.starts_at, p.interview.id or 0))


def _moments(plan: RoundPlan) -> list[datetime]:
    found = [plan.interview.starts_at]
    for step in plan.steps:
        found += [step.earliest, step.latest]
    if plan.application.closing_date:
        found.append(_start_of(plan.application.closing_date, plan.interview.starts_at))
    return found


def _start_of(day: date, like: datetime) -> datetime:
    return datetime.combine(day, time(), like.tzinfo)


@dataclass(frozen=True)
class Scale:
    start: datetime
    days: int
    day_width: float

    @property
    def width(self) -> int:
        return round(self.days * self.day_width)

    def x(self, moment: datetime) -> float:
        return round((moment - self.start).total_seconds() / 86400 * self.day_width, 1)

    def end(self) -> datetime:
        return self.start + timedelta(days=self.days)


def scale_for(plans: list[RoundPlan], now: datetime, zoom: str) -> Scale:
    """The dates shown: around today for 2 weeks and 2 months, everything for "all"."""
    today = _start_of(now.date(), now)
    if zoom in DAY_WIDTH:
        return Scale(today - timedelta(days=LEAD_DAYS[zoom]), ZOOMS[zoom], DAY_WIDTH[zoom])
    moments = [now, *(m for p in plans for m in _moments(p))]
    first = _start_of((min(moments) - timedelta(days=2)).date(), now)
    days = max(14, (max(moments) - first).days + 4)
    return Scale(first, days, max(4.0, min(40.0, 1000.0 / days)))


def in_view(plans: list[RoundPlan], scale: Scale) -> list[RoundPlan]:
    """The rounds with something inside the dates shown."""
    start, end = scale.start, scale.end()
    return [p for p in plans if max(_moments(p)) >= start and min(_moments(p)) <= end]


Words = Callable[..., str]


def row_label(plan: RoundPlan, t: Words, moment: Words, edge: Words, day: Words) -> str:
    """Everything a row shows, in words with its dates: the link's accessible name."""
    iv, app = plan.interview, plan.application
    head = t("timeline.row_head", company=app.company, role=app.role, number=iv.round)
    parts = [t("timeline.interview", when=moment(iv.starts_at))]
    for step in plan.steps:
        parts.append(
            t(
                "timeline.window",
                kind=t(f"kind.{step.kind}"),
                state=t(f"state.{step.state}"),
                start=edge(step.earliest, str(step.kind)),
                end=edge(step.latest, str(step.kind)),
            )
        )
    if app.closing_date:
        parts.append(t("timeline.closing", when=day(app.closing_date)))
    return f"{head}{t('colon')} {'; '.join(parts)}"


def row_svg(plan: RoundPlan, scale: Scale, now: datetime) -> str:
    """The bars of one row: decoration only (the link around it says it all in words)."""
    iv, app = plan.interview, plan.application
    width = scale.width
    out = [
        f'<svg class="tl-bars" width="{width}" height="{ROW_HEIGHT}" '
        f'viewBox="0 0 {width} {ROW_HEIGHT}" aria-hidden="true" focusable="false">'
    ]
    x_now = scale.x(now)
    if 0 <= x_now <= width:
        out.append(f'<line class="tl-now" x1="{x_now}" y1="0" x2="{x_now}" y2="{ROW_HEIGHT}"/>')
    for step in plan.steps:
        x1, x2 = scale.x(step.earliest), scale.x(step.latest)
        if x2 < 0 or x1 > width:
            continue
        state = str(step.state)
        look = LOOKS.get(state, LOOKS["upcoming"])
        dash = ' stroke-dasharray="3 2"' if state == "cancelled" else ""
        out.append(
            f'<rect class="tl-window st-{state}" x="{max(x1, -2)}" y="14" '
            f'width="{max(MIN_BAR, round(x2 - max(x1, -2), 1))}" height="16" rx="3" '
            f'fill="url(#tl-{state})" stroke="{look.ink}" stroke-width="1.5"{dash}/>'
        )
    x = scale.x(iv.starts_at)
    if 0 <= x <= width:
        out.append(f'<path class="tl-interview" d="M{x - 5} 2 L{x + 5} 2 L{x} 11 Z"/>')
    if app.closing_date:
        x = scale.x(_start_of(app.closing_date, iv.starts_at))
        if 0 <= x <= width:
            out.append(f'<path class="tl-closing" d="M{x} 1 L{x + 5} 6 L{x} 11 L{x - 5} 6 Z"/>')
    out.append("</svg>")
    return "".join(out)


def axis_svg(scale: Scale, now: datetime, label: Callable[[date, str], str], today: str) -> str:
    """Dates along the top, spaced so that no two labels overlap: every day when a day is wide,
    every Monday, else the first of each month."""
    width = scale.width
    every = "day" if scale.day_width >= 48 else "week" if scale.day_width >= 10 else "month"
    out = [
        f'<svg class="tl-axis" width="{width}" height="{AXIS_HEIGHT}" '
        f'viewBox="0 0 {width} {AXIS_HEIGHT}" aria-hidden="true" focusable="false">'
    ]
    for offset in range(scale.days + 1):
        day = scale.start.date() + timedelta(days=offset)
        if (every == "week" and day.weekday() != 0) or (every == "month" and day.day != 1):
            continue
        x = scale.x(_start_of(day, scale.start))
        out.append(
            f'<line class="tl-tick" x1="{x}" y1="{AXIS_HEIGHT - 8}" x2="{x}" y2="{AXIS_HEIGHT}"/>'
            f'<text class="tl-tick-label" x="{x + 3}" y="12">{escape(label(day, every))}</text>'
        )
    x_now = scale.x(now)
    if 0 <= x_now <= width:
        out.append(
            f'<line class="tl-now" x1="{x_now}" y1="14" x2="{x_now}" y2="{AXIS_HEIGHT}"/>'
            f'<text class="tl-now-label" x="{x_now + 3}" y="{AXIS_HEIGHT - 2}">'
            f"{escape(today)}</text>"
        )
    out.append("</svg>")
    return "".join(out)
