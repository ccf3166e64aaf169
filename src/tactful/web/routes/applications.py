"""Applications: the list with state filters, one application with its rounds, add, edit, delete."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.forms import (
    APPLICATION_FIELDS,
    FieldErrors,
    application_form_values,
    application_values,
)
from tactful.web.views import APPLICATION_STATES, application_rows, state_counts

router = APIRouter()


@router.get("/applications", response_class=HTMLResponse)
async def list_applications(view: ViewDep, state: str = "", done: str = "") -> HTMLResponse:
    snapshot = view.state.snapshot()
    every = application_rows(snapshot.applications, snapshot.plans)
    wanted = state if state in APPLICATION_STATES else ""
    rows = [r for r in every if not wanted or r.state == wanted]
    return view.page(
        "applications.html",
        rows=rows,
        counts=state_counts(every),
        total=len(every),
        state=wanted,
        states=APPLICATION_STATES,
        done=done,
    )


@router.get("/applications/new", response_class=HTMLResponse)
async def new_application(view: ViewDep) -> HTMLResponse:
    config = view.state.api.config
    values = {"country": config.get("country"), "subdivision": config.get("subdivision")}
    return view.page("application_form.html", values=values, errors={}, application=None)


@router.post("/applications", response_class=HTMLResponse)
async def create_application(request: Request, view: ViewDep) -> Response:
    raw = await form_data(request)
    try:
        values = application_values(raw)
        new_id = view.state.api.add_application(**values)
    except FieldErrors as exc:
        return _form_again(view, raw, exc.errors, None)
    view.state.changed()
    return see_other(f"/applications/{new_id}?done=added")


def _form_again(view: View, raw: dict[str, Any], errors: dict[str, str], app: Any) -> Response:
    values = {k: raw.get(k, "") for k in APPLICATION_FIELDS}
    return view.page(
        "application_form.html", status=422, values=values, errors=errors, application=app
    )


@router.get("/applications/{application_id}", response_class=HTMLResponse)
async def show_application(view: ViewDep, application_id: int, done: str = "") -> HTMLResponse:
    app = view.state.api.application(application_id)
    plans = view.state.snapshot().rounds_of(application_id)
    return view.page("application.html", application=app, plans=plans, done=done)


@router.get("/applications/{application_id}/edit", response_class=HTMLResponse)
async def edit_application_form(view: ViewDep, application_id: int) -> HTMLResponse:
    app = view.state.api.application(application_id)
    return view.page(
        "application_form.html",
        values=application_form_values(app),
        errors={},
        application=app,
    )


@router.post("/applications/{application_id}/edit", response_class=HTMLResponse)
async def edit_application(request: Request, view: ViewDep, application_id: int) -> Response:
    app = view.state.api.application(application_id)
    raw = await form_data(request)
    try:
        view.state.api.edit_application(application_id, **application_values(raw))
    except FieldErrors as exc:
        return _form_again(view, raw, exc.errors, app)
    view.state.changed()
    return see_other(f"/applications/{application_id}?done=saved")


@router.get("/applications/{application_id}/delete", response_class=HTMLResponse)
async def confirm_delete(view: ViewDep, application_id: int) -> HTMLResponse:
    app = view.state.api.application(application_id)
    rounds = view.state.api.interviews(application_id)
    return view.page("application_delete.html", application=app, rounds=rounds)


@router.post("/applications/{application_id}/delete")
async def delete_application(view: ViewDep, application_id: int) -> Response:
    view.state.api.delete_application(application_id)
    view.state.changed()
    return see_other("/applications?done=deleted")
