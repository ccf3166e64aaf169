"""/api/v1/mail/proposals: what the mailbox proposes after reading the inbox, to apply or
dismiss."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tactful.web.api.answers import ProposalOut, ProposalsOut
from tactful.web.deps import StateDep

router = APIRouter(tags=["mail"])


@router.get(
    "/mail/proposals",
    response_model=ProposalsOut,
    summary="Proposals from your mailbox, waiting for you",
)
async def proposals(state: StateDep) -> dict[str, Any]:
    lang = state.api.lang
    found = await state.run(pending_proposals, state.api)
    return {"proposals": [p.to_json(lang) for p in found]}


@router.post(
    "/mail/proposals/{proposal_id}/apply",
    response_model=ProposalOut,
    summary="Apply a proposal",
)
async def apply(proposal_id: int, state: StateDep) -> dict[str, Any]:
    done = await state.run(lambda: state.api.mailbox().apply(proposal_id))
    state.changed()
    result: dict[str, Any] = done.to_json(state.api.lang)
    return result


@router.post(
    "/mail/proposals/{proposal_id}/dismiss",
    response_model=ProposalOut,
    summary="Dismiss a proposal",
)
async def dismiss(proposal_id: int, state: StateDep) -> dict[str, Any]:
    done = await state.run(lambda: state.api.mailbox().dismiss(proposal_id))
    result: dict[str, Any] = done.to_json(state.api.lang)
    return result


def pending_proposals(api: Any) -> list[Any]:
    """The proposals waiting, or none when no mail account is set up (and then the store is
    not opened: looking at Today creates no database)."""
    box = api.mailbox()
    return box.proposals() if box.configured else []
