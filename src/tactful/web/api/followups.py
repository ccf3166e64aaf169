"""/api/v1/plan, /due, and what happened: sent, skipped, replies (tactful plan|due|sent|…)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from tactful.drafts import parse_kind
from tactful.serialize import due_json, plan_json
from tactful.web.api.schemas import ReplyCreate, SentCreate, SkipCreate
from tactful.web.deps import StateDep
from tactful.web.forms import instant_value, reply_values

router = APIRouter(tags=["follow-ups"])


@router.get("/plan", summary="The plan of every round, with reasons (tactful plan --json)")
async def plans(state: StateDep) -> dict[str, Any]:
    return {"interviews": [plan_json(p, state.api.lang) for p in state.snapshot().plans]}


@router.get("/plan/{interview_id}", summary="One round's plan (tactful plan ID --json)")
async def plan(interview_id: int, state: StateDep) -> dict[str, Any]:
    return {"interviews": [plan_json(state.plan(interview_id), state.api.lang)]}


@router.get("/due", summary="Due or late now, most urgent first (tactful due --json)")
async def due(state: StateDep) -> dict[str, Any]:
    return {"due": [due_json(p, s, state.api.lang) for p, s in state.snapshot().due()]}


@router.post(
    "/rounds/{interview_id}/sent",
    status_code=201,
    summary="Record that a follow-up email went out (tactful sent)",
)
async def sent(interview_id: int, body: SentCreate, state: StateDep) -> dict[str, int]:
    at = None
    if body.at:
        at = instant_value({"at": body.at}, "at", zone=state.api.zone)
    new_id = state.api.record_sent(
        interview_id,
        parse_kind(body.kind),
        at=at,
        subject=body.subject,
        body=body.body,
        anyway=body.anyway,
    )
    state.changed()
    return {"id": new_id}


@router.delete(
    "/rounds/{interview_id}/sent/{kind}",
    status_code=204,
    summary="Remove a follow-up recorded by mistake (tactful unsend)",
)
async def unsend(interview_id: int, kind: str, state: StateDep) -> Response:
    state.api.undo_sent(interview_id, parse_kind(kind))
    state.changed()
    return Response(status_code=204)


@router.post(
    "/rounds/{interview_id}/skip",
    status_code=204,
    summary="Decide not to send a follow-up (tactful skip)",
)
async def skip(interview_id: int, body: SkipCreate, state: StateDep) -> Response:
    state.api.skip(interview_id, parse_kind(body.kind))
    state.changed()
    return Response(status_code=204)


@router.delete(
    "/rounds/{interview_id}/skip/{kind}", status_code=204, summary="Undo a skip (tactful unskip)"
)
async def unskip(interview_id: int, kind: str, state: StateDep) -> Response:
    state.api.unskip(interview_id, parse_kind(kind))
    state.changed()
    return Response(status_code=204)


@router.post(
    "/rounds/{interview_id}/replies",
    status_code=201,
    summary="Record the employer's reply: it cancels pending follow-ups (tactful reply)",
)
async def reply(interview_id: int, body: ReplyCreate, state: StateDep) -> dict[str, int]:
    state.api.interview(interview_id)
    values = reply_values(body.model_dump(mode="json"), zone=state.api.zone)
    new_id = state.api.record_reply(interview_id, **values)
    state.changed()
    return {"id": new_id}
