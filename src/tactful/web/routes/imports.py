"""Starting from a file: an interview invitation (.ics) creates rounds; a saved job posting page
fills in a new application. Both show what they found before anything is written."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.web.deps import View, ViewDep, form_data, see_other, uploaded
from tactful.web.forms import APPLICATION_FIELDS, form_strings
from tactful.web.problems import Problem, WebError

router = APIRouter()


def _invite_items(view: View, name: str, data: bytes, application_id: int | None) -> list[Any]:
    # The core holds the one size limit of an invitation (tactful.files.MAX_INVITE_BYTES).
    return view.state.api.preview_invitations(data, source=name, application_id=application_id)


def _application_id(raw: dict[str, str]) -> int | None:
    value = raw.get("application_id", "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):  # "²" is a digit int() cannot read
        raise WebError(422, Problem("invalid"), field="application_id")
    return int(value)


@router.post("/applications/import-invite", response_class=HTMLResponse)
async def read_invite(request: Request, view: ViewDep) -> HTMLResponse:
    from tactful.calendars import new_applications

    name, data, raw = await uploaded(request, view)
    items = await view.state.run(_invite_items, view, name, data, _application_id(raw))
    return view.page(
        "import_invite.html",
        items=items,
        guesses=new_applications(items),
        name=name,
        payload=base64.b64encode(data).decode("ascii"),
        application_id=raw.get("application_id", ""),
        errors={},
    )


@router.post("/applications/import-invite/confirm", response_class=HTMLResponse)
async def confirm_invite(request: Request, view: ViewDep) -> Response:
    from tactful.calendars import Action, Guess, new_applications

    raw = await form_data(request)
    try:
        data = base64.b64decode(raw.get("payload", ""), validate=True)
    except (binascii.Error, ValueError):
        raise WebError(422, Problem("invite-lost"), field="file") from None
    name = str(raw.get("name", "invitation.ics"))[:200]
    items = await view.state.run(_invite_items, view, name, data, _application_id(raw))
    guesses = new_applications(items)
    rename: dict[Any, Any] = {}
    errors: dict[str, Problem] = {}
    for number, guess in enumerate(guesses):
        company = " ".join(str(raw.get(f"company_{number}", "")).split())
        role = " ".join(str(raw.get(f"role_{number}", "")).split())
        if not company:
            errors[f"company_{number}"] = Problem("required")
        if not role:
            errors[f"role_{number}"] = Problem("required")
        rename[guess] = Guess(company, role, None, guess.sources)
    if errors:
        return view.page(
            "import_invite.html",
            status=422,
            items=items,
            guesses=guesses,
            name=name,
            payload=raw.get("payload", ""),
            application_id=raw.get("application_id", ""),
            errors=errors,
            values=raw,
        )
    done = await view.state.run(view.state.api.import_invitations, items, rename=rename)
    view.state.changed()
    touched = [i for i in done if i.interview_id is not None and i.action is not Action.IGNORED]
    if len(touched) == 1:
        return see_other(f"/rounds/{touched[0].interview_id}?done=imported")
    return see_other("/applications?done=imported")


def _read_postings(name: str, data: bytes, today: Any) -> tuple[Any, list[Any]]:
    from tactful.postings import Page, application_fields, decode_html, read_postings

    page = Page(name, "", decode_html(data, None), fetched=False)
    postings = read_postings(page)
    drafts = [postings.draft(n, today=today) for n in range(1, len(postings.items) + 1)]
    return postings, [(draft, form_strings(application_fields(draft))) for draft in drafts]


@router.post("/applications/import-posting", response_class=HTMLResponse)
async def read_posting_page(request: Request, view: ViewDep) -> HTMLResponse:
    from tactful.web.routes.applications import application_form

    name, data, _raw = await uploaded(request, view)
    today = view.state.api.now().date()
    postings, choices = await view.state.run(_read_postings, name, data, today)
    if len(choices) == 1:
        draft, values = choices[0]
        warnings = [_warning_words(view, w) for w in draft.warnings]
        return await application_form(view, values, None, warnings=warnings, source=name)
    return view.page("import_postings.html", choices=choices, labels=postings.labels(), name=name)


def _warning_words(view: View, warning: str) -> str:
    """A warning of the posting's reading, in the reader's words (its code's catalogue entry),
    else the core's sentence without its command-line advice."""
    code = getattr(warning, "code", "posting-warning")
    return view.te(Problem(code, getattr(warning, "values", {}), text=str(warning)))


@router.post("/applications/prefill", response_class=HTMLResponse)
async def prefill(request: Request, view: ViewDep) -> HTMLResponse:
    """The new-application form filled with the chosen posting's fields (nothing is saved)."""
    from tactful.web.routes.applications import application_form

    raw = await form_data(request)
    values = {k: str(raw.get(k, "")) for k in APPLICATION_FIELDS}
    return await application_form(view, values, None)
