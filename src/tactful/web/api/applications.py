"""/api/v1/applications: `tactful list`, `show`, `application add|edit|delete` over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from tactful.serialize import application_detail_json, application_json, applications_json
from tactful.web.api.schemas import ApplicationCreate, ApplicationUpdate
from tactful.web.deps import StateDep
from tactful.web.forms import application_values

router = APIRouter(tags=["applications"])


@router.get("/applications", summary="Applications with their rounds (tactful list --json)")
async def list_applications(state: StateDep) -> dict[str, Any]:
    snapshot = state.snapshot()
    return applications_json(snapshot.applications, snapshot.plans)


@router.post("/applications", status_code=201, summary="Add an application; returns its id")
async def add_application(body: ApplicationCreate, state: StateDep) -> dict[str, int]:
    values = application_values(body.model_dump(mode="json"))
    new_id = state.api.add_application(**values)
    state.changed()
    return {"id": new_id}


@router.get(
    "/applications/{application_id}",
    summary="An application, its rounds and their plans (tactful show --json)",
)
async def show_application(application_id: int, state: StateDep) -> dict[str, Any]:
    app = state.api.application(application_id)
    plans = state.snapshot().rounds_of(application_id)
    return application_detail_json(app, plans, state.api.lang)


@router.patch("/applications/{application_id}", summary="Change fields of an application")
async def edit_application(
    application_id: int, body: ApplicationUpdate, state: StateDep
) -> dict[str, Any]:
    current = state.api.application(application_id)
    raw = body.model_dump(mode="json", exclude_unset=True)
    if "country" in raw and "subdivision" not in raw:
        raw["subdivision"] = current.subdivision
    values = application_values(raw, partial=True)
    updated = state.api.edit_application(application_id, **values)
    state.changed()
    return application_json(updated)


@router.delete(
    "/applications/{application_id}",
    status_code=204,
    summary="Delete an application with its rounds, follow-ups and replies",
)
async def delete_application(application_id: int, state: StateDep) -> Response:
    state.api.delete_application(application_id)
    state.changed()
    return Response(status_code=204)
