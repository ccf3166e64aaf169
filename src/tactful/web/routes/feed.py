"""`/calendar.ics`: the follow-up windows as a calendar a calendar app can subscribe to.

Built once per change of the data (or of a step's state), in a worker thread, and answered with
an ETag and a Last-Modified: a calendar app polling it gets `304 Not Modified` until something
changed, and never slows the pages down. With a password configured the feed needs its secret
token (`?token=…`, shown on the settings page): calendar apps cannot log in.
"""

from __future__ import annotations

from email.utils import format_datetime, parsedate_to_datetime

from fastapi import APIRouter
from fastapi.responses import Response

from tactful.web.deps import ViewDep
from tactful.web.problems import Problem, WebError
from tactful.web.security import same_token

router = APIRouter()


def _not_modified(etag: str, modified_since: str, if_none_match: str, modified: object) -> bool:
    if if_none_match:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return f'"{etag}"' in tags or "*" in tags
    if modified_since:
        try:
            return parsedate_to_datetime(modified_since) >= modified  # type: ignore[operator]
        except (TypeError, ValueError):
            return False
    return False


@router.get("/calendar.ics")
async def calendar(view: ViewDep, token: str = "") -> Response:
    gate = view.request.app.state.gate
    if gate.locked and not view.session.user and not same_token(gate.feed_token, token):
        raise WebError(401, Problem("feed-token"))
    feed = await view.state.feed()
    headers = {
        "etag": f'"{feed.etag}"',
        "last-modified": format_datetime(feed.modified, usegmt=True),
        # Private data: no shared cache keeps it; the calendar app revalidates every time.
        "cache-control": "private, no-cache",
    }
    request_headers = view.request.headers
    if _not_modified(
        feed.etag,
        request_headers.get("if-modified-since", ""),
        request_headers.get("if-none-match", ""),
        feed.modified,
    ):
        return Response(status_code=304, headers=headers)
    return Response(
        feed.body,
        media_type="text/calendar; charset=utf-8",
        headers={**headers, "content-disposition": 'inline; filename="tactful.ics"'},
    )
