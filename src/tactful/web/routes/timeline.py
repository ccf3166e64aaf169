"""Timeline: every round still under way as one picture."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from tactful.web.deps import ViewDep
from tactful.web.templating import format_day
from tactful.web.timeline import open_plans, timeline_svg

router = APIRouter()


@router.get("/timeline", response_class=HTMLResponse)
async def timeline(view: ViewDep) -> HTMLResponse:
    snapshot = view.state.snapshot()
    plans = open_plans(snapshot.plans)
    key = ("timeline", snapshot.key, view.lang)
    svg = view.state.fragments.get(key)
    if svg is None:

        def label(day: date) -> str:
            return format_day(day, view.lang).rsplit(" ", 1)[0]

        svg = timeline_svg(plans, snapshot.now, t=view.t, day_label=label)
        view.state.fragments[key] = svg
    return view.page("timeline.html", svg=svg, plans=plans)
