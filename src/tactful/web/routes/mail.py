"""Apply or dismiss a proposal from the mailbox, from Today: back to Today with what was done,
or why it could not be (in words, never a command)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import Response

from tactful.errors import NotFound, TactfulError
from tactful.web.deps import View, ViewDep, see_other
from tactful.web.problems import Problem, WebError

router = APIRouter()


async def _act(view: View, act: Callable[[], Any], done: str) -> Response:
    try:
        await view.state.run(act)
    except TactfulError as exc:
        if isinstance(exc, NotFound) or exc.code == "not-found":
            # No such proposal (or not this person's): a 404 like any other address.
            raise WebError(404, Problem("not-found")) from None
        # Applied or dismissed in another tab, or a reply recorded meanwhile: say why on Today.
        view.state.changed()
        return see_other(f"/?done=proposal-refused&why={quote(exc.code)}")
    view.state.changed()
    return see_other(f"/?done={done}")


@router.post("/mail/proposals/{proposal_id}/apply")
async def apply(view: ViewDep, proposal_id: int) -> Response:
    mailbox = view.state.api.mailbox()
    return await _act(view, lambda: mailbox.apply(proposal_id), "proposal-applied")


@router.post("/mail/proposals/{proposal_id}/dismiss")
async def dismiss(view: ViewDep, proposal_id: int) -> Response:
    mailbox = view.state.api.mailbox()
    return await _act(view, lambda: mailbox.dismiss(proposal_id), "proposal-dismissed")
