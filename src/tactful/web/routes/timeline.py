"""Timeline: every round still under way, names fixed, dates scrolling, opened on today."""

from __future__ import annotations

import math
from datetime import date, datetime

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from tactful.policy import RoundPlan
from tactful.web.dates import MONTHS, day_words, edge_words, moment_words
from tactful.web.deps import View, ViewDep
from tactful.web.timeline import (
    LOOKS,
    ROWS_PER_PAGE,
    ZOOMS,
    axis_svg,
    in_view,
    open_plans,
    patterns_svg,
    row_label,
    row_svg,
    scale_for,
    swatch,
)

router = APIRouter()


@router.get("/timeline", response_class=HTMLResponse)
async def timeline(view: ViewDep, zoom: str = "2m", page: int = 1) -> HTMLResponse:
    snapshot = await view.state.current()
    zoom = zoom if zoom in ZOOMS else "2m"
    key = ("timeline", snapshot.key, view.lang, zoom, page)
    body = view.state.fragments.get(key)
    if body is None:
        body = _draw(view, snapshot.plans, snapshot.now, zoom, page)
        view.state.fragments[key] = body
    return view.page("timeline.html", body=body, zoom=zoom, zooms=list(ZOOMS))


def _draw(view: View, every: list[RoundPlan], now: datetime, zoom: str, page: int) -> str:
    lang, year = view.lang, view.year
    plans = open_plans(every)
    scale = scale_for(plans, now, zoom)
    shown = in_view(plans, scale)
    pages = max(1, math.ceil(len(shown) / ROWS_PER_PAGE))
    page = max(1, min(page, pages))
    rows = shown[(page - 1) * ROWS_PER_PAGE : page * ROWS_PER_PAGE]

    def moment(value: datetime) -> str:
        return moment_words(value, lang, year)

    def edge(value: datetime, kind: str) -> str:
        return edge_words(value, kind, lang, year)

    def day(value: date) -> str:
        return day_words(value, lang, year)

    def tick(value: date, every: str) -> str:
        month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
        if every == "day":
            return " ".join(day_words(value, lang, value.year).split()[:2])  # "Wed 25"
        if every == "week":
            return f"{value.day} {month}"
        return f"{month} {value.year}"

    drawn = [
        {
            "plan": p,
            "label": row_label(p, view.t, moment, edge, day),
            "svg": row_svg(p, scale, now),
        }
        for p in rows
    ]
    return view.html(
        "timeline_body.html",
        rows=drawn,
        total=len(plans),
        in_range=len(shown),
        page=page,
        pages=pages,
        zoom=zoom,
        axis=axis_svg(scale, now, tick, view.t("timeline.today")),
        patterns=patterns_svg(),
        swatches={state: swatch(state) for state in LOOKS},
        today_x=scale.x(now),
        width=scale.width,
        start=scale.start,
        end=scale.end(),
    )
