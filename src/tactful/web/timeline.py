"""The timeline picture: one row per round still open, drawn as SVG by the server.

Each row: the interview (a dot), the thank-you window and the status-inquiry window (bars
coloured by their state), the posting's closing date (a diamond), and a line for today. A row is
a link to its round. Pure: values in, markup out; every text is escaped here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from tactful.models import RoundState, StepKind
from tactful.policy import RoundPlan

LABEL_WIDTH = 230
ROW_HEIGHT = 40
AXIS_HEIGHT = 34
MIN_DAY_WIDTH = 10.0
MAX_DAY_WIDTH = 40.0
TARGET_WIDTH = 700.0
PAD_BEFORE = timedelta(days=3)
PAD_AFTER = timedelta(days=4)


@dataclass(frozen=True)
class Scale:
    start: datetime
    day_width: float

    def x(self, moment: datetime) -> float:
        days = (moment - self.start).total_seconds() / 86400
        return round(LABEL_WIDTH + days * self.day_width, 1)


def open_plans(plans: list[RoundPlan]) -> list[RoundPlan]:
    """The rounds still under way (not closed), in the order of their interviews."""
    found = [p for p in plans if p.state is not RoundState.CLOSED]
    return sorted(found, key=lambda p: (p.interview.starts_at, p.interview.id or 0))


def _day_start(day: date, like: datetime) -> datetime:
    return datetime.combine(day, time(), like.tzinfo)


def timeline_svg(
    plans: list[RoundPlan],
    now: datetime,
    *,
    t: Callable[..., str],
    day_label: Callable[[date], str],
) -> str:
    """The SVG of `plans` (already filtered) around `now`; "" when there is nothing to draw."""
    if not plans:
        return ""
    moments = [now]
    for p in plans:
        moments.append(p.interview.starts_at)
        moments.extend(s.latest for s in p.steps)
        if p.application.closing_date:
            moments.append(_day_start(p.application.closing_date, now))
    first = _day_start((min(moments) - PAD_BEFORE).date(), now)
    last = max(moments) + PAD_AFTER
    days = max(1, (last - first).days + 1)
    day_width = max(MIN_DAY_WIDTH, min(MAX_DAY_WIDTH, TARGET_WIDTH / days))
    scale = Scale(first, day_width)
    width = round(LABEL_WIDTH + days * day_width + 10)
    height = AXIS_HEIGHT + ROW_HEIGHT * len(plans) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="timeline-title">',
        f'<title id="timeline-title">{escape(t("timeline.svg_title", count=len(plans)))}</title>',
    ]
    out.extend(_axis(scale, first, days, height, day_label))
    for row, plan in enumerate(plans):
        out.extend(_row(plan, row, scale, t, day_label))
    x_now = scale.x(now)
    out.append(
        f'<line class="today" x1="{x_now}" y1="{AXIS_HEIGHT - 6}" x2="{x_now}" '
        f'y2="{height - 4}"/>'
        f'<text class="today-label" x="{x_now + 3}" y="{AXIS_HEIGHT - 8}">'
        f"{escape(t('timeline.today'))}</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


def _axis(
    scale: Scale, first: datetime, days: int, height: int, day_label: Callable[[date], str]
) -> list[str]:
    parts = ['<g class="axis">']
    step = 1 if scale.day_width >= 30 else 7
    for offset in range(days + 1):
        day = first.date() + timedelta(days=offset)
        if step == 7 and day.weekday() != 0:
            continue
        x = scale.x(_day_start(day, first))
        parts.append(
            f'<line class="tick" x1="{x}" y1="{AXIS_HEIGHT - 4}" x2="{x}" y2="{height - 4}"/>'
            f'<text class="tick-label" x="{x + 2}" y="14">{escape(day_label(day))}</text>'
        )
    parts.append("</g>")
    return parts


def _row(
    plan: RoundPlan,
    row: int,
    scale: Scale,
    t: Callable[..., str],
    day_label: Callable[[date], str],
) -> list[str]:
    iv, app = plan.interview, plan.application
    top = AXIS_HEIGHT + row * ROW_HEIGHT
    mid = top + ROW_HEIGHT / 2
    label = f"{app.company} — {app.role}"
    short = label if len(label) <= 30 else label[:29] + "…"
    round_label = t("timeline.round", number=iv.round)
    summary = t(
        "timeline.row_label",
        company=app.company,
        role=app.role,
        number=iv.round,
        state=t(f"round_state.{plan.state}"),
    )
    parts = [
        f'<a href="/rounds/{iv.id}" class="row state-{plan.state}" aria-label="{escape(summary)}">',
        f'<rect class="row-bg" x="0" y="{top}" width="100%" height="{ROW_HEIGHT}"/>',
        f'<text class="label" x="6" y="{mid - 3}">{escape(short)}</text>',
        f'<text class="sublabel" x="6" y="{mid + 12}">{escape(round_label)}</text>',
    ]
    for step in plan.steps:
        x1, x2 = scale.x(step.earliest), scale.x(step.latest)
        bar_width = max(4.0, round(x2 - x1, 1))
        kind = "thank" if step.kind is StepKind.THANK_YOU else "status"
        tip = t(
            "timeline.window",
            kind=t(f"kind.{step.kind}"),
            state=t(f"state.{step.state}"),
            start=day_label(step.earliest.date()),
            end=day_label(step.latest.date()),
        )
        parts.append(
            f'<rect class="window {kind} st-{step.state}" x="{x1}" y="{mid - 7}" '
            f'width="{bar_width}" height="14" rx="3"><title>{escape(tip)}</title></rect>'
        )
    x = scale.x(iv.starts_at)
    tip = t("timeline.interview", when=day_label(iv.starts_at.date()))
    parts.append(
        f'<circle class="interview" cx="{x}" cy="{mid}" r="6"><title>{escape(tip)}</title></circle>'
    )
    if app.closing_date:
        x = scale.x(_day_start(app.closing_date, iv.starts_at))
        tip = t("timeline.closing", when=day_label(app.closing_date))
        parts.append(
            f'<path class="closing" d="M{x} {mid - 7} L{x + 6} {mid} L{x} {mid + 7} '
            f'L{x - 6} {mid} Z"><title>{escape(tip)}</title></path>'
        )
    parts.append("</a>")
    return parts
