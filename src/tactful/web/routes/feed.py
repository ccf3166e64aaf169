"""`/calendar.ics`: the follow-up windows as a calendar a calendar app can subscribe to.

With a password configured the feed needs its secret token (`?token=…`, shown on the settings
page): calendar apps cannot log in.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from tactful.web.deps import ViewDep
from tactful.web.security import same_token

router = APIRouter()


@router.get("/calendar.ics")
async def calendar(view: ViewDep, token: str = "") -> Response:
    from tactful.calendars import calendar_ics

    gate = view.request.app.state.gate
    if gate.locked and not view.session.user and not same_token(gate.feed_token, token):
        raise HTTPException(
            status_code=401,
            detail="this calendar needs its secret address: copy it from the settings page",
        )
    snapshot = view.state.snapshot()
    text = calendar_ics(snapshot.plans, view.state.api.now())
    return Response(
        text.encode("utf-8"),
        media_type="text/calendar; charset=utf-8",
        headers={
            "content-disposition": 'inline; filename="tactful.ics"',
            "cache-control": "no-store",
        },
    )
