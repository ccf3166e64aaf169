"""Interview rounds: the plan with its reasons, add, edit, delete, skip, and the reply."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.errors import BadInput, Refused
from tactful.policy import RoundPlan
from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.forms import (
    FieldErrors,
    as_field_error,
    reply_values,
    round_changes,
    round_values,
)
from tactful.web.views import kind_from_slug

router = APIRouter()
ROUND_FIELDS = (
    "at",
    "timezone",
    "duration_minutes",
    "interviewers",
    "decision_date",
    "timeline",
    "many_candidates",
    "detail",
    "selling_point",
    "forgot",
)


def round_form_values(iv: Any) -> dict[str, Any]:
    return {
        "at": iv.starts_at.strftime("%Y-%m-%dT%H:%M"),
        "timezone": iv.timezone,
        "duration_minutes": str(iv.duration_minutes),
        "interviewers": "\n".join(str(p) for p in iv.interviewers),
        "decision_date": ""
        if iv.timeline or not iv.decision_date
        else iv.decision_date.isoformat(),
        "timeline": iv.timeline,
        "many_candidates": "on" if iv.many_candidates else "",
        "detail": iv.detail,
        "selling_point": iv.selling_point,
        "forgot": iv.forgot,
    }


def _round_page(
    view: View,
    plan: RoundPlan,
    *,
    done: str = "",
    errors: dict[str, str] | None = None,
    reply: dict[str, Any] | None = None,
    status: int = 200,
) -> HTMLResponse:
    return view.page(
        "round.html", status=status, plan=plan, done=done, errors=errors or {}, reply=reply or {}
    )


@router.get("/rounds/{interview_id}", response_class=HTMLResponse)
async def show_round(view: ViewDep, interview_id: int, done: str = "") -> HTMLResponse:
    return _round_page(view, view.plan(interview_id), done=done)


@router.get("/applications/{application_id}/rounds/new", response_class=HTMLResponse)
async def new_round(view: ViewDep, application_id: int) -> HTMLResponse:
    app = view.state.api.application(application_id)
    values = {"duration_minutes": "60", "timezone": view.state.api.config.get("timezone")}
    return view.page("round_form.html", application=app, values=values, errors={}, interview=None)


@router.post("/applications/{application_id}/rounds", response_class=HTMLResponse)
async def create_round(request: Request, view: ViewDep, application_id: int) -> Response:
    app = view.state.api.application(application_id)
    raw = await form_data(request)
    try:
        values = round_values(raw, zone=view.state.api.zone)
        new_id = view.state.api.add_interview(application_id, **values)
    except BadInput as exc:
        error = as_field_error(exc)
        if not isinstance(error, FieldErrors):
            raise
        return _again(view, app, raw, error.errors, None)
    view.state.changed()
    return see_other(f"/rounds/{new_id}?done=added")


def _again(
    view: View, app: Any, raw: dict[str, Any], errors: dict[str, str], iv: Any
) -> HTMLResponse:
    values = {k: raw.get(k, "") for k in ROUND_FIELDS}
    return view.page(
        "round_form.html", status=422, application=app, values=values, errors=errors, interview=iv
    )


@router.get("/rounds/{interview_id}/edit", response_class=HTMLResponse)
async def edit_round_form(view: ViewDep, interview_id: int) -> HTMLResponse:
    iv = view.state.api.interview(interview_id)
    app = view.state.api.application(iv.application_id)
    return view.page(
        "round_form.html", application=app, values=round_form_values(iv), errors={}, interview=iv
    )


@router.post("/rounds/{interview_id}/edit", response_class=HTMLResponse)
async def edit_round(request: Request, view: ViewDep, interview_id: int) -> Response:
    iv = view.state.api.interview(interview_id)
    raw = await form_data(request)
    raw.setdefault("many_candidates", "")
    try:
        values = round_values(raw, zone=view.state.api.zone)
        view.state.api.edit_interview(interview_id, **round_changes(values))
    except BadInput as exc:
        error = as_field_error(exc)
        if not isinstance(error, FieldErrors):
            raise
        app = view.state.api.application(iv.application_id)
        return _again(view, app, raw, error.errors, iv)
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=saved")


@router.get("/rounds/{interview_id}/delete", response_class=HTMLResponse)
async def confirm_delete(view: ViewDep, interview_id: int) -> HTMLResponse:
    iv = view.state.api.interview(interview_id)
    app = view.state.api.application(iv.application_id)
    return view.page("round_delete.html", interview=iv, application=app)


@router.post("/rounds/{interview_id}/delete")
async def delete_round(view: ViewDep, interview_id: int) -> Response:
    iv = view.state.api.interview(interview_id)
    view.state.api.delete_interview(interview_id)
    view.state.changed()
    return see_other(f"/applications/{iv.application_id}?done=round-deleted")


@router.post("/rounds/{interview_id}/skip/{kind}")
async def skip(view: ViewDep, interview_id: int, kind: str) -> Response:
    view.state.api.skip(interview_id, kind_from_slug(kind))
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=skipped")


@router.post("/rounds/{interview_id}/unskip/{kind}")
async def unskip(view: ViewDep, interview_id: int, kind: str) -> Response:
    view.state.api.unskip(interview_id, kind_from_slug(kind))
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=unskipped")


@router.post("/rounds/{interview_id}/unsend/{kind}")
async def unsend(view: ViewDep, interview_id: int, kind: str) -> Response:
    view.state.api.undo_sent(interview_id, kind_from_slug(kind))
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=unsent")


@router.post("/rounds/{interview_id}/reply", response_class=HTMLResponse)
async def reply(request: Request, view: ViewDep, interview_id: int) -> Response:
    plan = view.plan(interview_id)
    raw = await form_data(request)
    try:
        values = reply_values(raw, zone=view.state.api.zone)
        view.state.api.record_reply(interview_id, **values)
    except (FieldErrors, Refused) as exc:
        errors = exc.errors if isinstance(exc, FieldErrors) else {"note": exc.message}
        return _round_page(view, plan, errors=errors, reply=raw, status=422)
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=reply")
