"""/api/v1/rounds: `tactful interview add|list|show|edit|delete` over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from tactful.errors import BadInput
from tactful.serialize import interview_json, round_json
from tactful.web.api.schemas import RoundCreate, RoundUpdate
from tactful.web.deps import StateDep
from tactful.web.forms import as_field_error, round_changes, round_values

router = APIRouter(tags=["rounds"])


@router.get("/rounds", summary="Interview rounds (tactful interview list --json)")
async def list_rounds(state: StateDep, application: int | None = None) -> dict[str, Any]:
    if application is not None:
        state.api.application(application)
    rounds = state.api.interviews(application)
    return {"interviews": [interview_json(iv) for iv in rounds]}


@router.post(
    "/applications/{application_id}/rounds",
    status_code=201,
    summary="Add an interview round to an application; returns its id",
)
async def add_round(application_id: int, body: RoundCreate, state: StateDep) -> dict[str, int]:
    state.api.application(application_id)
    values = round_values(body.model_dump(mode="json"), zone=state.api.zone)
    try:
        new_id = state.api.add_interview(application_id, **values)
    except BadInput as exc:
        raise as_field_error(exc) from None
    state.changed()
    return {"id": new_id}


@router.get(
    "/rounds/{interview_id}", summary="A round with its plan (tactful interview show --json)"
)
async def show_round(interview_id: int, state: StateDep) -> dict[str, Any]:
    plan = state.plan(interview_id)
    return round_json(plan, state.api.lang)


@router.patch("/rounds/{interview_id}", summary="Change fields of a round")
async def edit_round(interview_id: int, body: RoundUpdate, state: StateDep) -> dict[str, Any]:
    state.api.interview(interview_id)
    raw = body.model_dump(mode="json", exclude_unset=True)
    values = round_values(raw, zone=state.api.zone, partial=True)
    try:
        updated = state.api.edit_interview(interview_id, **round_changes(values))
    except BadInput as exc:
        raise as_field_error(exc) from None
    state.changed()
    return interview_json(updated)


@router.delete(
    "/rounds/{interview_id}",
    status_code=204,
    summary="Delete a round with its follow-ups and replies",
)
async def delete_round(interview_id: int, state: StateDep) -> Response:
    state.api.delete_interview(interview_id)
    state.changed()
    return Response(status_code=204)
