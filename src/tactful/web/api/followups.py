"""/api/v1/plan, /due, and what happened: sent, skipped, replies."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from tactful.drafts import parse_kind
from tactful.errors import Refused
from tactful.serialize import due_json, plan_json
from tactful.web.api.answers import Created, DueOut, PlansOut
from tactful.web.api.schemas import ReplyCreate, SentCreate, SkipCreate
from tactful.web.deps import StateDep
from tactful.web.problems import WebError
from tactful.web.refusals import explain_refusal, undo_problem
from tactful.web.round_forms import reply_values, sent_at
from tactful.web.views import kind_from_slug

router = APIRouter(tags=["follow-ups"])


@router.get(
    "/plan",
    response_model=PlansOut,
    summary="The plan of every round, with reasons",
)
async def plans(state: StateDep) -> dict[str, Any]:
    snapshot = await state.current()
    return {"interviews": [plan_json(p, state.api.lang) for p in snapshot.plans]}


@router.get("/plan/{interview_id}", response_model=PlansOut, summary="One round's plan")
async def plan(interview_id: int, state: StateDep) -> dict[str, Any]:
    return {"interviews": [plan_json(await state.plan(interview_id), state.api.lang)]}


@router.get("/due", response_model=DueOut, summary="Due or late now, most urgent first")
async def due(state: StateDep) -> dict[str, Any]:
    snapshot = await state.current()
    return {"due": [due_json(p, s, state.api.lang) for p, s in snapshot.due()]}


@router.post(
    "/rounds/{interview_id}/sent",
    status_code=201,
    response_model=Created,
    summary="Record that a follow-up email went out",
)
async def sent(interview_id: int, body: SentCreate, state: StateDep) -> dict[str, int]:
    plan = await state.plan(interview_id)
    api = state.api
    kind = parse_kind(body.kind)
    at = sent_at({"at": body.at}, zone=api.zone, interview=plan.interview, now=api.now())
    try:
        new_id = await state.run(
            api.record_sent,
            interview_id,
            kind,
            at=at,
            subject=body.subject,
            body=body.body,
            anyway=body.anyway,
        )
    except Refused as exc:
        raise explain_refusal(exc, plan, kind, api.now()) from None
    state.changed()
    return {"id": new_id}


async def _undo(state: StateDep, interview_id: int, kind: str, what: str) -> Response:
    await state.plan(interview_id)
    step_kind = kind_from_slug(kind)
    call = state.api.undo_sent if what == "unsend" else state.api.unskip
    try:
        await state.run(call, interview_id, step_kind)
    except Refused:
        raise WebError(409, undo_problem(step_kind, what)) from None
    state.changed()
    return Response(status_code=204)


@router.delete(
    "/rounds/{interview_id}/sent/{kind}",
    status_code=204,
    response_class=Response,
    summary="Remove a follow-up recorded by mistake",
)
async def unsend(interview_id: int, kind: str, state: StateDep) -> Response:
    return await _undo(state, interview_id, kind, "unsend")


@router.post(
    "/rounds/{interview_id}/skip",
    status_code=204,
    response_class=Response,
    summary="Decide not to send a follow-up",
)
async def skip(interview_id: int, body: SkipCreate, state: StateDep) -> Response:
    plan = await state.plan(interview_id)
    kind = parse_kind(body.kind)
    try:
        await state.run(state.api.skip, interview_id, kind)
    except Refused as exc:
        raise explain_refusal(exc, plan, kind, state.api.now()) from None
    state.changed()
    return Response(status_code=204)


@router.delete(
    "/rounds/{interview_id}/skip/{kind}",
    status_code=204,
    response_class=Response,
    summary="Undo a skip",
)
async def unskip(interview_id: int, kind: str, state: StateDep) -> Response:
    return await _undo(state, interview_id, kind, "unskip")


@router.post(
    "/rounds/{interview_id}/replies",
    status_code=201,
    response_model=Created,
    summary="Record the employer's reply: it cancels pending follow-ups",
)
async def reply(interview_id: int, body: ReplyCreate, state: StateDep) -> dict[str, int]:
    plan = await state.plan(interview_id)
    api = state.api
    values = reply_values(
        body.model_dump(mode="json"), zone=api.zone, interview=plan.interview, now=api.now()
    )
    new_id = await state.run(api.record_reply, interview_id, **values)
    state.changed()
    return {"id": new_id}
