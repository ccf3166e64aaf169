"""/api/v1/rounds: `tactful interview add|list|show|edit|delete` over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response

from tactful.errors import BadInput
from tactful.serialize import interview_json, round_json
from tactful.web.api.answers import Created, InterviewOut, RoundOut, RoundsOut
from tactful.web.api.schemas import RoundCreate, RoundUpdate
from tactful.web.deps import StateDep
from tactful.web.problems import on_its_field
from tactful.web.round_forms import round_changes, round_values

router = APIRouter(tags=["rounds"])


@router.get("/rounds", response_model=RoundsOut, summary="Interview rounds")
async def list_rounds(
    state: StateDep,
    application: int | None = Query(None, description="Only this application's rounds."),
) -> dict[str, Any]:
    if application is not None:
        await state.application(application)
    rounds = await state.run(state.api.interviews, application)
    return {"interviews": [interview_json(iv) for iv in rounds]}


@router.post(
    "/applications/{application_id}/rounds",
    status_code=201,
    response_model=Created,
    summary="Add an interview round to an application; returns its id",
)
async def add_round(application_id: int, body: RoundCreate, state: StateDep) -> dict[str, int]:
    await state.application(application_id)
    values = round_values(body.model_dump(mode="json"), zone=state.api.zone)
    try:
        new_id = await state.run(state.api.add_interview, application_id, **values)
    except BadInput as exc:
        raise on_its_field(exc) from None
    state.changed()
    return {"id": new_id}


@router.get(
    "/rounds/{interview_id}",
    response_model=RoundOut,
    summary="A round with its plan",
)
async def show_round(interview_id: int, state: StateDep) -> dict[str, Any]:
    return round_json(await state.plan(interview_id), state.api.lang)


@router.patch("/rounds/{interview_id}", response_model=InterviewOut, summary="Change a round")
async def edit_round(interview_id: int, body: RoundUpdate, state: StateDep) -> dict[str, Any]:
    await state.plan(interview_id)
    raw = body.model_dump(mode="json", exclude_unset=True)
    values = round_values(raw, zone=state.api.zone, partial=True)
    try:
        updated = await state.run(state.api.edit_interview, interview_id, **round_changes(values))
    except BadInput as exc:
        raise on_its_field(exc) from None
    state.changed()
    return interview_json(updated)


@router.delete(
    "/rounds/{interview_id}",
    status_code=204,
    response_class=Response,
    summary="Delete a round with its follow-ups and replies",
)
async def delete_round(interview_id: int, state: StateDep) -> Response:
    await state.plan(interview_id)
    await state.run(state.api.delete_interview, interview_id)
    state.changed()
    return Response(status_code=204)
