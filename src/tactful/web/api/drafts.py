"""/api/v1/rounds/{id}/drafts: `tactful draft --json` over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from tactful.web.api.schemas import DraftCreate
from tactful.web.deps import StateDep

router = APIRouter(tags=["drafts"])


@router.post(
    "/rounds/{interview_id}/drafts",
    summary="Draft a round's thank-you notes or status inquiry, checked (tactful draft --json)",
)
async def draft(interview_id: int, body: DraftCreate, state: StateDep) -> dict[str, Any]:
    from tactful.drafts import draft_follow_up

    if body.ai:
        # The model may take a while: keep the app answering meanwhile.
        drafts = await run_in_threadpool(
            draft_follow_up,
            state.api,
            interview_id,
            body.kind,
            lang=body.lang,
            to=body.to,
            ai=True,
        )
    else:
        drafts = draft_follow_up(
            state.api,
            interview_id,
            body.kind,
            lang=body.lang,
            to=body.to,
            plan=state.plan(interview_id),
        )
    return {"drafts": [d.to_json() for d in drafts]}
