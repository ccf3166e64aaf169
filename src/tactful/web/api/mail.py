"""/api/v1/mail/proposals: what `tactful inbox` proposes, to apply or dismiss."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tactful.web.deps import StateDep

router = APIRouter(tags=["mail"])


@router.get("/mail/proposals", summary="Proposals from the mailbox waiting for you (tactful inbox)")
async def proposals(state: StateDep) -> dict[str, Any]:
    lang = state.api.lang
    return {"proposals": [p.to_json(lang) for p in pending_proposals(state.api)]}


@router.post(
    "/mail/proposals/{proposal_id}/apply", summary="Apply a proposal (tactful inbox apply ID)"
)
async def apply(proposal_id: int, state: StateDep) -> dict[str, Any]:
    done = state.api.mailbox().apply(proposal_id)
    state.changed()
    return done.to_json(state.api.lang)


@router.post(
    "/mail/proposals/{proposal_id}/dismiss",
    summary="Dismiss a proposal (tactful inbox dismiss ID)",
)
async def dismiss(proposal_id: int, state: StateDep) -> dict[str, Any]:
    done = state.api.mailbox().dismiss(proposal_id)
    return done.to_json(state.api.lang)


def pending_proposals(api: Any) -> list[Any]:
    """The proposals waiting, or none when no mail account is set up (and then the store is
    not opened: looking at Today creates no database)."""
    box = api.mailbox()
    return box.proposals() if box.configured else []
