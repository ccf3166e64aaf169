"""What every handler needs: the app's state, the session, the UI language, rendering, CSRF."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from tactful.models import Application
from tactful.policy import RoundPlan
from tactful.web.i18n import Translate, choose, error_translator, translator
from tactful.web.middleware import UNSAFE
from tactful.web.problems import Problem, WebError
from tactful.web.security import CSRF_FIELD, CSRF_HEADER, Session, same_token
from tactful.web.state import WebState
from tactful.web.templating import render

CSRF_SLOT = "\x00csrf\x00"
"""Stands for the session's CSRF token in fragments drawn once for everyone (Today's list):
`View.page` puts each reader's own token in its place."""


def web_state(request: Request) -> WebState:
    """The data the request may reach: the app's one home, or in multi-user mode the state of
    the request's account (tactful.web.hosted), where every query is kept to its rows."""
    hosted = getattr(request.app.state, "hosted", None)
    if hosted is not None:
        from tactful.web.hosted import NOBODY

        account = getattr(request.state, "account", None)
        if account is None:
            user: WebState = hosted.state_for(NOBODY, 0)
        else:
            # The version read with the session is this request's view of the data; a write
            # made by this request bumps it locally (WebState.changed).
            user = hosted.state_for(account.user_id, account.data_version)
        return user
    state: WebState = request.app.state.web
    return state


def session_of(request: Request) -> Session:
    session: Session = request.state.session
    return session


def lang_of(request: Request) -> str:
    state = web_state(request)
    return choose(
        session_of(request).lang,
        request.headers.get("accept-language", ""),
        state.api.config.get("lang"),
    )


class View:
    """One request's rendering: its language, translations and CSRF token."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.state = web_state(request)
        self.session = session_of(request)
        self.year = self.state.api.now().year

    # The language is looked up when first needed, not here: in multi-user mode it is one of
    # the member's settings, which their first page reads with their rounds (one transaction).

    @cached_property
    def lang(self) -> str:
        return lang_of(self.request)

    @cached_property
    def t(self) -> Translate:
        return translator(self.lang)

    @cached_property
    def te(self) -> Callable[[Any], str]:
        return error_translator(self.lang, self.year)

    @property
    def htmx(self) -> bool:
        return self.request.headers.get("hx-request") == "true"

    def context(self, **values: Any) -> dict[str, Any]:
        return {
            "t": self.t,
            "te": self.te,
            "lang": self.lang,
            "this_year": self.year,
            "csrf": self.session.csrf,
            "csrf_field": CSRF_FIELD,
            "path": self.request.url.path,
            "locked": self.request.app.state.gate.locked,
            "logged_in": self.session.user,
            "account": getattr(self.request.state, "account", None),
            **values,
        }

    def html(self, template: str, **values: Any) -> str:
        return render(self.state.env, template, self.context(**values))

    def page(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        return self.respond(self.html(template, **values), status)

    def shared_html(self, template: str, **values: Any) -> str:
        """A page drawn once for every reader: the CSRF slot stands for each one's token."""
        return self.html(template, **{**values, "csrf": CSRF_SLOT})

    def respond(self, text: str, status: int = 200) -> HTMLResponse:
        """`text` with this reader's CSRF token in its slots."""
        return HTMLResponse(text.replace(CSRF_SLOT, self.session.csrf), status_code=status)

    async def plan(self, interview_id: int) -> RoundPlan:
        """A round's plan, or a 404 page that points back to the applications."""
        return await self.state.plan(interview_id)

    async def application(self, application_id: int) -> Application:
        return await self.state.application(application_id)


async def view_of(request: Request) -> View:
    # An async dependency: FastAPI runs a plain class in a worker thread, a hop per request.
    return View(request)


ViewDep = Annotated[View, Depends(view_of)]


async def state_of(request: Request) -> WebState:
    return web_state(request)


StateDep = Annotated[WebState, Depends(state_of)]


async def check_csrf(request: Request) -> None:
    """Every state-changing form carries the session's token (a field, or a header for htmx)."""
    if request.method not in UNSAFE:
        return
    expected = session_of(request).csrf
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    if not same_token(expected, given):
        raise WebError(403, Problem("csrf"))


async def require_json(request: Request) -> None:
    """API writes are JSON: a page of another site cannot send them with a plain form."""
    if request.method in ("POST", "PUT", "PATCH"):
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise WebError(415, Problem("json-only"))


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


async def form_data(request: Request) -> dict[str, Any]:
    """The text fields of a posted form (files left out)."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


async def uploaded(request: Request, view: View) -> tuple[str, bytes, dict[str, str]]:
    """The file of a multipart form's `file` field: its name, its bytes, and the text fields."""
    form = await request.form()
    upload = form.get("file")
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if upload is None or isinstance(upload, str) or not upload.filename:
        raise WebError(422, Problem("no-file"), field="file")
    return upload.filename, await upload.read(), fields
