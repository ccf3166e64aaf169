"""The draft editor of a round's follow-up: draft → check (live, as you type) → copy, open in the
mail app or download the .eml → mark as sent (with a second click when the check still finds
an error or a [placeholder] is left)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tactful.errors import BadInput, Refused
from tactful.models import Person, StepKind, StepState, recipient_key
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
from tactful.web.notes import (
    NoteView,
    find_note,
    first_pending,
    note_problem,
    note_views,
    summary,
    to_of,
)
from tactful.web.problems import FieldErrors, Problem
from tactful.web.refusals import refusal_problem
from tactful.web.views import kind_from_slug

router = APIRouter()
NOTE_DONE = (
    "note-sent",
    "note-skipped",
    "note-unsent",
    "note-unskipped",
    "note-already-sent",
    "note-already-skipped",
)
"""What the editor says after acting on one person's note (`draft.done.<done>`)."""


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


def _same_person(draft: Any, note: NoteView) -> bool:
    return recipient_key(Person(draft.to.name, draft.to.email)) == recipient_key(note.person)


def _chosen(drafts: list[Any], notes: list[NoteView], n: int | None, to: str) -> int:
    """Which draft the editor shows: the person asked for (`to`, else the n-th), else the
    first whose note is still to send, else the first."""
    wanted = find_note(notes, to) if to else None
    if wanted is None and n is None:
        wanted = first_pending(notes)
    if wanted is not None:
        for index, draft in enumerate(drafts):
            if _same_person(draft, wanted):
                return index
    return n if n is not None and 0 <= n < len(drafts) else 0


def _note_context(
    view: View, plan: RoundPlan, kind: StepKind, to_name: str, to_email: str
) -> dict[str, Any]:
    """The notes of a thank-you, and the one this editor's draft is for (None when the draft
    goes to the hiring team, or for a status inquiry)."""
    if kind is not StepKind.THANK_YOU:
        return {"note": None, "person_notes": [], "notes_summary": ""}
    notes = note_views(plan)
    note = find_note(notes, to_email) or find_note(notes, to_name)
    several = notes if len(notes) > 1 else []
    return {"note": note, "person_notes": several, "notes_summary": summary(several, view.t)}


def _done_words(view: View, plan: RoundPlan, done: str, who: str) -> str:
    """The message after acting on one person's note, with their name ("" for anything else)."""
    if done not in NOTE_DONE:
        return ""
    note = find_note(note_views(plan), who)
    return view.t(f"draft.done.{done}", name=note.label if note is not None else who)


@router.get("/rounds/{interview_id}/draft/{kind}", response_class=HTMLResponse)
async def editor(
    view: ViewDep,
    interview_id: int,
    kind: str,
    n: int | None = None,
    lang: str = "",
    ai: bool = False,
    to: str = "",
    done: str = "",
    who: str = "",
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
    notes = note_views(plan) if step_kind is StepKind.THANK_YOU else []
    chosen = drafts[_chosen(drafts, notes, n, to)]
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
        done_words=_done_words(view, plan, done, who or to),
        **_note_context(view, plan, step_kind, chosen.to.name, chosen.to.email),
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
        **_note_context(view, plan, kind, form["to_name"], form["to_email"]),
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
        # Sent from another tab, or recorded for everyone at once: news, not an error.
        return see_other(f"/rounds/{interview_id}?done=already-sent-{step_kind}")
    raw = await form_data(request)
    to = to_of(step_kind, raw.get("to"))
    language = draft_lang(view, plan, str(raw.get("lang", "")))
    editor_url = f"/rounds/{interview_id}/draft/{step_kind}?lang={language}"
    note = find_note(note_views(plan), to) if to is not None else None
    if note is not None and note.state in ("sent", "skipped"):
        # This person's note is already recorded (a second click, another tab): say so.
        return see_other(f"{editor_url}&to={quote(note.to)}&done=note-already-{note.state}")
    form = _fields(raw)
    api = view.state.api
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
            to=to,
        )
    except (Refused, BadInput) as exc:
        problem = note_problem(exc, plan, to or "")
        if problem is None:
            if not isinstance(exc, Refused):
                raise
            problem = refusal_problem(exc, plan, step_kind, api.now())
        return await _again(
            view,
            plan,
            step_kind,
            raw,
            error=view.te(problem),
            status=409 if isinstance(exc, Refused) else 422,
            anyway=problem.code == "too-early",
            report=report,
        )
    view.state.changed()
    after = await view.plan(interview_id)
    if to is not None and after.step(step_kind).state not in (StepState.SENT, StepState.SKIPPED):
        # Someone is still waiting for their note: on to the next one.
        return see_other(f"{editor_url}&done=note-sent&who={quote(to)}")
    return see_other(f"/rounds/{interview_id}?done=sent-{step_kind}")
