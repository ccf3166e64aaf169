"""/api/v1/applications: `tactful list`, `show`, `application add|edit|delete` over HTTP, with
search, sort and pages."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Response

from tactful.serialize import application_detail_json, application_json, applications_json
from tactful.web.api.answers import ApplicationDetailOut, ApplicationOut, ApplicationsOut, Created
from tactful.web.api.schemas import ApplicationCreate, ApplicationUpdate
from tactful.web.deps import StateDep
from tactful.web.forms import application_values
from tactful.web.views import (
    MAX_PER_PAGE,
    PER_PAGE,
    application_rows,
    paginate,
    search_rows,
    sort_rows,
)

router = APIRouter(tags=["applications"])
Sort = Literal["next", "newest", "oldest", "company", "closing"]
State = Literal["", "active", "waiting", "closed", "new"]


@router.get(
    "/applications",
    response_model=ApplicationsOut,
    summary="Applications with their rounds' states: search, filter, sort, one page at a time",
)
async def list_applications(
    web: StateDep,
    q: str = Query(
        "", max_length=200, description="Words to find in company, role, contact, notes."
    ),
    state: State = Query("", description="Only applications in this state."),
    sort: Sort = Query("next", description="next (the next thing to do first), newest, …"),
    page: int = Query(1, ge=1, le=1_000_000),
    per_page: int = Query(PER_PAGE, ge=1, le=MAX_PER_PAGE),
) -> dict[str, Any]:
    snapshot = await web.current()
    rows = search_rows(application_rows(snapshot.applications, snapshot.plans), q)
    rows = [r for r in rows if not state or r.state == state]
    paged = paginate(sort_rows(rows, sort), page, per_page)
    apps = [r.application for r in paged.rows]
    plans = [p for r in paged.rows for p in r.plans]
    return {
        **applications_json(apps, plans),
        "total": paged.total,
        "page": paged.page,
        "pages": paged.pages,
        "per_page": paged.per_page,
    }


@router.post(
    "/applications",
    status_code=201,
    response_model=Created,
    summary="Add an application; returns its id",
)
async def add_application(body: ApplicationCreate, state: StateDep) -> dict[str, int]:
    values = await state.run(application_values, body.model_dump(mode="json"))
    new_id = await state.run(state.api.add_application, **values)
    state.changed()
    return {"id": new_id}


@router.get(
    "/applications/{application_id}",
    response_model=ApplicationDetailOut,
    summary="An application, its rounds and their plans",
)
async def show_application(application_id: int, state: StateDep) -> dict[str, Any]:
    app = await state.application(application_id)
    plans = (await state.current()).rounds_of(application_id)
    return application_detail_json(app, plans, state.api.lang)


@router.patch(
    "/applications/{application_id}",
    response_model=ApplicationOut,
    summary="Change fields of an application",
)
async def edit_application(
    application_id: int, body: ApplicationUpdate, state: StateDep
) -> dict[str, Any]:
    current = await state.application(application_id)
    raw = body.model_dump(mode="json", exclude_unset=True)
    if "country" in raw and "subdivision" not in raw:
        raw["subdivision"] = current.subdivision
    if "subdivision" in raw and "country" not in raw:
        # A region is checked against the country it belongs to, as when both are given.
        raw["country"] = current.country
    values = await state.run(application_values, raw, partial=True)
    updated = await state.run(state.api.edit_application, application_id, **values)
    state.changed()
    return application_json(updated)


@router.delete(
    "/applications/{application_id}",
    status_code=204,
    response_class=Response,
    summary="Delete an application with its rounds, follow-ups and replies",
)
async def delete_application(application_id: int, state: StateDep) -> Response:
    await state.application(application_id)
    await state.run(state.api.delete_application, application_id)
    state.changed()
    return Response(status_code=204)
