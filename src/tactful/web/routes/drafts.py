"""The draft editor of a round's follow-up: draft → check (live, as you type) → copy, open in the
mail app or download the .eml → mark as sent."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tactful.errors import BadInput, Refused
from tactful.models import Person, StepKind
from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.forms import flag
from tactful.web.highlight import excerpt, pieces
from tactful.web.views import kind_from_slug

router = APIRouter()
LANGS = ("en", "fr")


def email_text(subject: str, body: str) -> str:
    """What the checker reads: the subject line, a blank line, the body (as drafts give it)."""
    return f"Subject: {subject}\n\n{body}"


def check_text(view: View, plan: Any, kind: StepKind, lang: str, text: str) -> dict[str, Any]:
    """The checker's report on `text`, with the text cut at every finding's span."""
    from tactful.checks import EmailContext, check_email

    try:
        report = check_email(
            text,
            kind=str(kind),
            lang=lang,
            context=EmailContext(plan=plan, now=view.state.api.now()),
        ).to_json()
    except BadInput as exc:
        return {"error": exc.message, "findings": [], "verdict": "", "words": 0}
    return decorate(report, text)


def decorate(report: dict[str, Any], text: str) -> dict[str, Any]:
    """The report, with the text cut at the findings' spans. A finding about the email as a
    whole ("no thanks") is anchored at the whole body: it is listed, not marked."""
    from tactful.checks.anatomy import dissect

    findings = report.get("findings", [])
    body = dissect(text, report.get("language") or "en").body
    located = [
        {**f, "start": None, "end": None}
        if (f.get("start"), f.get("end")) == (body.start, body.end)
        else f
        for f in findings
    ]
    return {
        **report,
        "text": text,
        "pieces": pieces(text, located),
        "excerpts": [excerpt(text, f) for f in located],
    }


def _lang(view: View, lang: str) -> str:
    if lang in LANGS:
        return lang
    configured = view.state.api.config.get("lang")
    return configured if configured in LANGS else view.lang


def _ai_ready(view: View) -> bool:
    from tactful.ai import load_ai_settings

    try:
        return load_ai_settings(view.state.api.config, use_keyring=False).configured
    except BadInput:
        return False


@router.get("/rounds/{interview_id}/draft/{kind}", response_class=HTMLResponse)
async def editor(
    view: ViewDep, interview_id: int, kind: str, n: int = 0, lang: str = "", ai: bool = False
) -> HTMLResponse:
    from tactful.ai import AIError
    from tactful.drafts import draft_follow_up

    step_kind = kind_from_slug(kind)
    plan = view.plan(interview_id)
    language = _lang(view, lang)
    error = ""
    drafts = None
    if ai:
        try:  # the model may take a while: the app keeps answering meanwhile
            drafts = await run_in_threadpool(
                draft_follow_up, view.state.api, interview_id, step_kind, lang=language, ai=True
            )
        except AIError as exc:
            error = view.t("draft.ai_failed", why=exc.message)
    if drafts is None:
        drafts = draft_follow_up(
            view.state.api,
            interview_id,
            step_kind,
            lang=language,
            plan=view.state.plan(interview_id),
        )
    chosen = drafts[n] if 0 <= n < len(drafts) else drafts[0]
    report = decorate(chosen.check or {"findings": []}, chosen.text)
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
        error=error,
        anyway=False,
        ai_ready=_ai_ready(view),
        ai=chosen.source == "ai",
    )


def _fields(raw: dict[str, Any]) -> dict[str, str]:
    out = {k: str(raw.get(k, "")).replace("\r\n", "\n") for k in ("subject", "body")}
    out["subject"] = " ".join(out["subject"].split())
    out["to_name"] = " ".join(str(raw.get("to_name", "")).split())
    out["to_email"] = "".join(str(raw.get("to_email", "")).split())
    return out


def _again(
    view: View,
    plan: Any,
    kind: StepKind,
    raw: dict[str, Any],
    *,
    error: str = "",
    status: int = 200,
    anyway: bool = False,
) -> HTMLResponse:
    form = _fields(raw)
    language = _lang(view, str(raw.get("lang", "")))
    text = email_text(form["subject"], form["body"])
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
        report=check_text(view, plan, kind, language, text),
        error=error,
        anyway=anyway,
    )


@router.post("/rounds/{interview_id}/draft/{kind}/check", response_class=HTMLResponse)
async def check(request: Request, view: ViewDep, interview_id: int, kind: str) -> HTMLResponse:
    step_kind = kind_from_slug(kind)
    plan = view.plan(interview_id)
    raw = await form_data(request)
    if not view.htmx:
        return _again(view, plan, step_kind, raw)
    form = _fields(raw)
    language = _lang(view, str(raw.get("lang", "")))
    report = check_text(view, plan, step_kind, language, email_text(form["subject"], form["body"]))
    return HTMLResponse(view.html("check.html", report=report))


def _draft_of(raw: dict[str, Any], interview_id: int, kind: StepKind, lang: str) -> Any:
    from tactful.drafts import Draft, Recipient

    form = _fields(raw)
    email = form["to_email"]
    if email:
        Person.parse(email)  # BadInput when it is not an address
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
    view.plan(interview_id)
    raw = await form_data(request)
    draft = _draft_of(raw, interview_id, step_kind, _lang(view, str(raw.get("lang", ""))))
    return RedirectResponse(to_mailto(draft), status_code=303)


@router.post("/rounds/{interview_id}/draft/{kind}/eml")
async def eml(request: Request, view: ViewDep, interview_id: int, kind: str) -> Response:
    from tactful.drafts import to_eml
    from tactful.drafts.formats import eml_filename

    step_kind = kind_from_slug(kind)
    view.plan(interview_id)
    raw = await form_data(request)
    draft = _draft_of(raw, interview_id, step_kind, _lang(view, str(raw.get("lang", ""))))
    from tactful.drafts.follow_up import me_of

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
    plan = view.plan(interview_id)
    raw = await form_data(request)
    form = _fields(raw)
    anyway = flag(raw.get("anyway"))
    try:
        view.state.api.record_sent(
            interview_id, step_kind, subject=form["subject"], body=form["body"], anyway=anyway
        )
    except Refused as exc:
        return _again(
            view,
            plan,
            step_kind,
            raw,
            error=exc.message,
            status=409,
            anyway="anyway" in exc.message,
        )
    view.state.changed()
    return see_other(f"/rounds/{interview_id}?done=sent-{step_kind}")
