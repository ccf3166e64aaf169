"""Apply or dismiss a proposal from the mailbox, from Today."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from tactful.web.deps import ViewDep, see_other

router = APIRouter()


@router.post("/mail/proposals/{proposal_id}/apply")
async def apply(view: ViewDep, proposal_id: int) -> Response:
    await view.state.run(lambda: view.state.api.mailbox().apply(proposal_id))
    view.state.changed()
    return see_other("/?done=proposal-applied")


@router.post("/mail/proposals/{proposal_id}/dismiss")
async def dismiss(view: ViewDep, proposal_id: int) -> Response:
    await view.state.run(lambda: view.state.api.mailbox().dismiss(proposal_id))
    view.state.changed()
    return see_other("/?done=proposal-dismissed")
