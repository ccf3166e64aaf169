"""Interview rounds: the plan with its reasons, add, edit, delete, skip, mark as sent, and the
employer's reply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.errors import BadInput, Refused
from tactful.models import Application, Interview
from tactful.policy import RoundPlan
from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.problems import FieldErrors, Problem, WebError, on_its_field
from tactful.web.refusals import explain_refusal, undo_problem
from tactful.web.round_forms import OUTCOMES, reply_values, round_changes, round_values
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


def round_form_values(iv: Interview) -> dict[str, Any]:
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
    errors: dict[str, Problem] | None = None,
    reply: dict[str, Any] | None = None,
    status: int = 200,
) -> HTMLResponse:
    return view.page(
        "round.html",
        status=status,
        plan=plan,
        done=done,
        errors=errors or {},
        reply=reply or {},
        outcomes=[(o, view.t(f"outcome.{o}")) for o in OUTCOMES],
    )


def _form(
    view: View,
    app: Application,
    values: dict[str, Any],
    iv: Interview | None,
    errors: dict[str, Problem] | None = None,
) -> HTMLResponse:
    from tactful.web.choices import time_zones

    return view.page(
        "round_form.html",
        status=422 if errors else 200,
        application=app,
        values=values,
        errors=errors or {},
        interview=iv,
        zones=list(time_zones()),
    )


def _back(view: View, raw: dict[str, Any], interview_id: int, done: str) -> Response:
    """Where an action returns: Today when it was done there, else the round."""
    if str(raw.get("next", "")) == "today":
        return see_other(f"/?done={done}&round={interview_id}&kind={raw.get('kind', '')}")
    return see_other(f"/rounds/{interview_id}?done={done}")


@router.get("/rounds/{interview_id}", response_class=HTMLResponse)
async def show_round(view: ViewDep, interview_id: int, done: str = "") -> HTMLResponse:
    return _round_page(view, await view.plan(interview_id), done=done)


@router.get("/applications/{application_id}/rounds/new", response_class=HTMLResponse)
async def new_round(view: ViewDep, application_id: int) -> HTMLResponse:
    app = await view.application(application_id)
    await view.state.run(_warm_choices)
    values = {"duration_minutes": "60", "timezone": view.state.api.config.get("timezone")}
    return _form(view, app, values, None)


def _warm_choices() -> None:
    from tactful.web.choices import time_zones

    time_zones()


@router.post("/applications/{application_id}/rounds", response_class=HTMLResponse)
async def create_round(request: Request, view: ViewDep, application_id: int) -> Response:
    app = await view.application(application_id)
    raw = await form_data(request)
    try:
        values = round_values(raw, zone=view.state.api.zone)
        new_id = await view.state.run(view.state.api.add_interview, application_id, **values)
    except BadInput as exc:
        error = on_its_field(exc)
        if not isinstance(error, FieldErrors):
            raise
        return _form(view, app, {k: raw.get(k, "") for k in ROUND_FIELDS}, None, error.errors)
    view.state.changed()
    return see_other(f"/rounds/{new_id}?done=added")


@router.get("/rounds/{interview_id}/edit", response_class=HTMLResponse)
async def edit_round_form(view: ViewDep, interview_id: int) -> HTMLResponse:
    plan = await view.plan(interview_id)
    await view.state.run(_warm_choices)
    return _form(view, plan.application, round_form_values(plan.interview), plan.interview)


@router.post("/rounds/{interview_id}/edit", response_class=HTMLResponse)
async def edit_round(request: Request, view: ViewDep, interview_id: int) -> Response:
    plan = await view.plan(interview_id)
    raw = await form_data(request)
    raw.setdefault("many_candidates", "")
    try:
        values = round_values(raw, zone=view.state.api.zone)
        await view.state.run(view.state.api.edit_interview, interview_id, **round_changes(values))
    except BadInput as exc:
        error = on_its_field(exc)
        if not isinstance(error, FieldErrors):
            raise
        values = {k: raw.get(k, "") for k in ROUND_FIELDS}
        return _form(view, plan.application, values, plan.interview, error.errors)
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=saved")


@router.get("/rounds/{interview_id}/delete", response_class=HTMLResponse)
async def confirm_delete(view: ViewDep, interview_id: int) -> HTMLResponse:
    plan = await view.plan(interview_id)
    return view.page("round_delete.html", interview=plan.interview, application=plan.application)


@router.post("/rounds/{interview_id}/delete")
async def delete_round(view: ViewDep, interview_id: int) -> Response:
    plan = await view.plan(interview_id)
    await view.state.run(view.state.api.delete_interview, interview_id)
    view.state.changed()
    return see_other(f"/applications/{plan.application.id}?done=round-deleted")


async def _act(
    request: Request, view: View, interview_id: int, kind: str, action: str, done: str
) -> Response:
    """Skip, unskip, unsend or mark as sent, from the round or from Today."""
    step_kind = kind_from_slug(kind)
    plan = await view.plan(interview_id)
    raw = {**await form_data(request), "kind": str(step_kind)}
    api = view.state.api
    calls: dict[str, Callable[..., Any]] = {
        "skip": api.skip,
        "unskip": api.unskip,
        "unsend": api.undo_sent,
        "sent": api.record_sent,
    }
    try:
        await view.state.run(calls[action], interview_id, step_kind)
    except Refused as exc:
        if action in ("unsend", "unskip"):
            raise WebError(409, undo_problem(step_kind, action)) from None
        raise explain_refusal(exc, plan, step_kind, api.now()) from None
    view.state.changed()
    return _back(view, raw, interview_id, done)


@router.post("/rounds/{interview_id}/skip/{kind}")
async def skip(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    return await _act(request, view, interview_id, kind, "skip", "skipped")


@router.post("/rounds/{interview_id}/unskip/{kind}")
async def unskip(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    return await _act(request, view, interview_id, kind, "unskip", "unskipped")


@router.post("/rounds/{interview_id}/unsend/{kind}")
async def unsend(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    return await _act(request, view, interview_id, kind, "unsend", "unsent")


@router.post("/rounds/{interview_id}/mark-sent/{kind}")
async def mark_sent(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    """Record a follow-up sent from the user's own mail app (no draft here: Today's button)."""
    return await _act(request, view, interview_id, kind, "sent", "sent")


@router.post("/rounds/{interview_id}/reply", response_class=HTMLResponse)
async def reply(request: Request, view: ViewDep, interview_id: int) -> Response:
    plan = await view.plan(interview_id)
    raw = await form_data(request)
    api = view.state.api
    try:
        values = reply_values(raw, zone=api.zone, interview=plan.interview, now=api.now())
        await view.state.run(api.record_reply, interview_id, **values)
    except FieldErrors as exc:
        return _round_page(view, plan, errors=exc.errors, reply=raw, status=422)
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=reply")
