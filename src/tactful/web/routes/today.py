"""Today: what is due or late, most urgent first, and what comes next."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from tactful.web.deps import ViewDep
from tactful.web.views import COMING_DAYS, coming_next

router = APIRouter()
SHOWN = 50
"""Cards on Today before "show all": the most urgent come first, and a long backlog stays light."""


@router.get("/", response_class=HTMLResponse)
async def today(view: ViewDep, all: bool = False) -> HTMLResponse:
    snapshot = view.state.snapshot()
    # The list is drawn once per snapshot and language: no form in it, so no per-session token.
    key = ("today", snapshot.key, view.lang, all)
    body = view.state.fragments.get(key)
    if body is None:
        due = snapshot.due()
        body = view.html(
            "today_list.html",
            due=due if all else due[:SHOWN],
            due_count=len(due),
            coming=coming_next(snapshot.plans, snapshot.now),
            coming_days=COMING_DAYS,
            rounds=len(snapshot.plans),
        )
        view.state.fragments[key] = body
    from tactful.web.api.mail import pending_proposals

    proposals = pending_proposals(view.state.api)
    return view.page("today.html", body=body, now=snapshot.now, proposals=proposals)
