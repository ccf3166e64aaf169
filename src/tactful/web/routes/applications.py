"""Applications: the list (search, sort, state filters, pages), one application with its
rounds, add, edit, delete."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.errors import BadInput
from tactful.models import Application
from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.forms import (
    APPLICATION_FIELDS,
    FieldErrors,
    application_form_values,
    application_values,
)
from tactful.web.problems import Problem, on_its_field
from tactful.web.views import (
    APPLICATION_STATES,
    SORTS,
    application_rows,
    paginate,
    search_rows,
    sort_rows,
    state_counts,
)

router = APIRouter()


@router.get("/applications", response_class=HTMLResponse)
async def list_applications(
    view: ViewDep, state: str = "", done: str = "", q: str = "", sort: str = "next", page: int = 1
) -> HTMLResponse:
    snapshot = await view.state.current()
    every = application_rows(snapshot.applications, snapshot.plans)
    wanted = state if state in APPLICATION_STATES else ""
    order = sort if sort in SORTS else "next"
    found = search_rows(every, q[:200])
    shown = [r for r in found if not wanted or r.state == wanted]
    paged = paginate(sort_rows(shown, order), page)
    return view.page(
        "applications.html",
        paged=paged,
        counts=state_counts(found),
        total=len(found),
        state=wanted,
        states=APPLICATION_STATES,
        sorts=SORTS,
        sort=order,
        q=q[:200],
        done=done,
    )


async def application_form(
    view: View,
    values: dict[str, Any],
    app: Application | None,
    errors: dict[str, Problem] | None = None,
    **extra: Any,
) -> HTMLResponse:
    """The application form, with the countries, their regions and the languages to choose."""
    from tactful.web.choices import countries, regions

    country = str(values.get("country") or "").upper()
    names, subs = await view.state.run(lambda: (countries(view.lang), regions(country)))
    return view.page(
        "application_form.html",
        status=422 if errors else 200,
        values=values,
        errors=errors or {},
        application=app,
        countries=list(names),
        regions=list(subs),
        **extra,
    )


@router.get("/applications/new", response_class=HTMLResponse)
async def new_application(view: ViewDep) -> HTMLResponse:
    config = view.state.api.config
    values = {"country": config.get("country"), "subdivision": config.get("subdivision")}
    return await application_form(view, values, None)


@router.get("/choices/regions", response_class=HTMLResponse)
async def region_choices(view: ViewDep, country: str = "", subdivision: str = "") -> HTMLResponse:
    """The region list of a country (htmx swaps it in when the country changes)."""
    from tactful.web.choices import regions

    subs = await view.state.run(regions, country.upper()[:8])
    return HTMLResponse(
        view.html("region_select.html", regions=list(subs), values={"subdivision": subdivision})
    )


@router.post("/applications", response_class=HTMLResponse)
async def create_application(request: Request, view: ViewDep) -> Response:
    raw = await form_data(request)
    try:
        values = await view.state.run(application_values, raw)
        new_id = await view.state.run(view.state.api.add_application, **values)
    except BadInput as exc:
        error = on_its_field(exc)
        if not isinstance(error, FieldErrors):
            raise
        return await application_form(view, _shown(raw), None, error.errors)
    view.state.changed()
    return see_other(f"/applications/{new_id}?done=added")


def _shown(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: raw.get(k, "") for k in APPLICATION_FIELDS}


@router.get("/applications/{application_id}", response_class=HTMLResponse)
async def show_application(view: ViewDep, application_id: int, done: str = "") -> HTMLResponse:
    from tactful.web.choices import country_name

    app = await view.application(application_id)
    plans = (await view.state.current()).rounds_of(application_id)
    country = await view.state.run(country_name, app.country, view.lang) if app.country else ""
    return view.page("application.html", application=app, plans=plans, done=done, country=country)


@router.get("/applications/{application_id}/edit", response_class=HTMLResponse)
async def edit_application_form(view: ViewDep, application_id: int) -> HTMLResponse:
    app = await view.application(application_id)
    return await application_form(view, application_form_values(app), app)


@router.post("/applications/{application_id}/edit", response_class=HTMLResponse)
async def edit_application(request: Request, view: ViewDep, application_id: int) -> Response:
    app = await view.application(application_id)
    raw = await form_data(request)
    try:
        values = await view.state.run(application_values, raw)
        await view.state.run(view.state.api.edit_application, application_id, **values)
    except BadInput as exc:
        error = on_its_field(exc)
        if not isinstance(error, FieldErrors):
            raise
        return await application_form(view, _shown(raw), app, error.errors)
    view.state.changed()
    return see_other(f"/applications/{application_id}?done=saved")


@router.get("/applications/{application_id}/delete", response_class=HTMLResponse)
async def confirm_delete(view: ViewDep, application_id: int) -> HTMLResponse:
    app = await view.application(application_id)
    rounds = (await view.state.current()).rounds_of(application_id)
    return view.page("application_delete.html", application=app, rounds=rounds)


@router.post("/applications/{application_id}/delete")
async def delete_application(view: ViewDep, application_id: int) -> Response:
    await view.application(application_id)
    await view.state.run(view.state.api.delete_application, application_id)
    view.state.changed()
    return see_other("/applications?done=deleted")
