"""The draft editor of a round's follow-up: draft → check (live, as you type) → copy, open in the
mail app or download the .eml → mark as sent (with a second click when the check still finds
an error or a [placeholder] is left)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tactful.errors import Refused
from tactful.models import Person, StepKind, StepState
from tactful.policy import RoundPlan
from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.drafting import (
    LANGS,
    check_text,
    decorate,
    editor_notes,
    email_text,
    leftovers,
    news,
)
from tactful.web.forms import flag
from tactful.web.problems import FieldErrors, Problem
from tactful.web.refusals import refusal_problem
from tactful.web.views import kind_from_slug

router = APIRouter()


def draft_lang(view: View, plan: RoundPlan, asked: str) -> str:
    """The language asked for, else the application's, else `config lang`, else English (the
    language the reader uses for the app does not change the employer's)."""
    from tactful.drafts.follow_up import default_lang

    return asked if asked in LANGS else default_lang(view.state.api, plan)


def _ai_ready(view: View) -> bool:
    from tactful.ai import load_ai_settings
    from tactful.errors import BadInput

    try:
        return load_ai_settings(view.state.api.config, use_keyring=False).configured
    except BadInput:
        return False


def _suggested(api: Any, plan: RoundPlan, kind: StepKind) -> Any:
    """The profile item a status inquiry uses when no forgotten qualification is recorded."""
    from tactful.drafts.follow_up import forgot_suggestions

    if kind is not StepKind.STATUS_INQUIRY or plan.interview.forgot.strip():
        return None
    found = forgot_suggestions(api, plan)
    return found[0] if found else None


@router.get("/rounds/{interview_id}/draft/{kind}", response_class=HTMLResponse)
async def editor(
    view: ViewDep, interview_id: int, kind: str, n: int = 0, lang: str = "", ai: bool = False
) -> HTMLResponse:
    from tactful.ai import AIError
    from tactful.drafts import draft_follow_up

    step_kind = kind_from_slug(kind)
    plan = await view.plan(interview_id)
    language = draft_lang(view, plan, lang)
    api = view.state.api
    error = ""
    drafts = None
    if ai:
        try:  # the model may take a while: the app keeps answering meanwhile
            drafts = await view.state.run(
                draft_follow_up, api, interview_id, step_kind, lang=language, ai=True
            )
        except AIError as exc:
            error = view.t("draft.ai_failed", why=exc.message)
    if drafts is None:
        drafts = await view.state.run(
            draft_follow_up, api, interview_id, step_kind, lang=language, plan=plan
        )
    chosen = drafts[n] if 0 <= n < len(drafts) else drafts[0]
    report = decorate(chosen.check or {"findings": []}, chosen.text)
    suggestion = await view.state.run(_suggested, api, plan, step_kind)
    return view.page(
        "draft.html",
        plan=plan,
        kind=step_kind,
        drafts=drafts,
        n=drafts.index(chosen),
        draft=chosen,
        form={
            "subject": chosen.subject,
            "body": chosen.body,
            "to_name": chosen.to.name,
            "to_email": chosen.to.email,
        },
        draft_lang=language,
        report=report,
        notes=editor_notes(plan, step_kind, api.now()),
        suggestion=suggestion,
        error=error,
        ai_ready=_ai_ready(view),
        ai=chosen.source == "ai",
    )


def _fields(raw: dict[str, Any]) -> dict[str, str]:
    out = {k: str(raw.get(k, "")).replace("\r\n", "\n") for k in ("subject", "body")}
    out["subject"] = " ".join(out["subject"].split())
    out["to_name"] = " ".join(str(raw.get("to_name", "")).split())
    out["to_email"] = "".join(str(raw.get("to_email", "")).split())
    return out


async def _again(
    view: View,
    plan: RoundPlan,
    kind: StepKind,
    raw: dict[str, Any],
    *,
    error: str = "",
    status: int = 200,
    confirm: Any = None,
    anyway: bool = False,
    report: dict[str, Any] | None = None,
) -> HTMLResponse:
    """The editor again with what the reader wrote (a check without JavaScript, a refusal)."""
    form = _fields(raw)
    language = draft_lang(view, plan, str(raw.get("lang", "")))
    if report is None:
        text = email_text(form["subject"], form["body"])
        report = await view.state.run(check_text, plan, kind, language, text, view.state.api.now())
    return view.page(
        "draft.html",
        status=status,
        plan=plan,
        kind=kind,
        drafts=[],
        n=0,
        draft=None,
        form=form,
        draft_lang=language,
        report=report,
        notes=editor_notes(plan, kind, view.state.api.now()),
        suggestion=None,
        error=error,
        confirm=confirm,
        anyway=anyway,
    )


@router.post("/rounds/{interview_id}/draft/{kind}/check", response_class=HTMLResponse)
async def check(request: Request, view: ViewDep, interview_id: int, kind: str) -> HTMLResponse:
    step_kind = kind_from_slug(kind)
    plan = await view.plan(interview_id)
    raw = await form_data(request)
    if not view.htmx:
        return await _again(view, plan, step_kind, raw)
    form = _fields(raw)
    language = draft_lang(view, plan, str(raw.get("lang", "")))
    text = email_text(form["subject"], form["body"])
    report = await view.state.run(check_text, plan, step_kind, language, text, view.state.api.now())
    change = news(report, str(raw.get("seen", "")), str(raw.get("seen_verdict", "")))
    return HTMLResponse(view.html("check.html", report=report, news=change, oob=True))


def _draft_of(raw: dict[str, Any], interview_id: int, kind: StepKind, lang: str) -> Any:
    from tactful.drafts import Draft, Recipient
    from tactful.errors import BadInput

    form = _fields(raw)
    email = form["to_email"]
    if email:
        try:
            Person.parse(email)
        except BadInput:
            raise FieldErrors({"to_email": Problem("not-an-email", {"value": email})}) from None
    return Draft(
        kind=kind,
        lang=lang,
        to=Recipient(form["to_name"], email),
        subject=form["subject"],
        body=form["body"],
        interview_id=interview_id,
    )


@router.post("/rounds/{interview_id}/draft/{kind}/mailto")
async def mailto(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    from tactful.drafts import to_mailto

    step_kind = kind_from_slug(kind)
    plan = await view.plan(interview_id)
    raw = await form_data(request)
    draft = _draft_of(raw, interview_id, step_kind, draft_lang(view, plan, str(raw.get("lang"))))
    return RedirectResponse(to_mailto(draft), status_code=303)


@router.post("/rounds/{interview_id}/draft/{kind}/eml")
async def eml(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    from tactful.drafts import to_eml
    from tactful.drafts.follow_up import me_of
    from tactful.drafts.formats import eml_filename

    step_kind = kind_from_slug(kind)
    plan = await view.plan(interview_id)
    raw = await form_data(request)
    draft = _draft_of(raw, interview_id, step_kind, draft_lang(view, plan, str(raw.get("lang"))))
    draft.sender = me_of(view.state.api)
    data = to_eml(draft, now=view.state.api.now())
    return Response(
        data,
        media_type="message/rfc822",
        headers={"content-disposition": f'attachment; filename="{eml_filename(draft)}"'},
    )


@router.post("/rounds/{interview_id}/draft/{kind}/sent", response_class=HTMLResponse)
async def sent(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    step_kind = kind_from_slug(kind)
    plan = await view.plan(interview_id)
    if plan.step(step_kind).state is StepState.SENT:
        # One note each, one thank-you recorded for the round: the second interviewer's note
        # finds it already done, which is news, not an error.
        return see_other(f"/rounds/{interview_id}?done=already-sent-{step_kind}")
    raw = await form_data(request)
    form = _fields(raw)
    api = view.state.api
    language = draft_lang(view, plan, str(raw.get("lang", "")))
    text = email_text(form["subject"], form["body"])
    report = await view.state.run(check_text, plan, step_kind, language, text, api.now())
    left = leftovers(report)
    if left and not flag(raw.get("confirm")):
        return await _again(view, plan, step_kind, raw, confirm=left, report=report, status=409)
    anyway = flag(raw.get("anyway"))
    try:
        await view.state.run(
            api.record_sent,
            interview_id,
            step_kind,
            subject=form["subject"],
            body=form["body"],
            anyway=anyway,
        )
    except Refused as exc:
        problem = refusal_problem(exc, plan, step_kind, api.now())
        return await _again(
            view,
            plan,
            step_kind,
            raw,
            error=view.te(problem),
            status=409,
            anyway=problem.code == "too-early",
            report=report,
        )
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=sent-{step_kind}")
