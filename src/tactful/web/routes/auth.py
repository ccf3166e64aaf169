"""Logging in and out (only when a password is configured), and the UI language switch."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.web.deps import ViewDep, form_data, see_other
from tactful.web.i18n import LANGUAGES
from tactful.web.security import Sessions, verify_password

router = APIRouter()


def _safe_next(target: str) -> str:
    """Only a path of this app: never another site (no open redirect)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
async def login_form(view: ViewDep, next: str = "/") -> Response:
    if not view.request.app.state.gate.locked:
        return see_other("/")
    return view.page("login.html", next=_safe_next(next), error="")


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, view: ViewDep) -> Response:
    gate = request.app.state.gate
    raw = await form_data(request)
    target = _safe_next(str(raw.get("next", "/")))
    if not gate.locked:
        return see_other(target)
    if not verify_password(gate.password_hash, str(raw.get("password", ""))):
        return view.page("login.html", status=401, next=target, error=view.t("login.wrong"))
    # A new session (and CSRF token) on login: a session fixed before cannot be reused.
    request.state.session = Sessions.fresh(user=True, lang=view.session.lang)
    return see_other(target)


@router.post("/logout")
async def logout(request: Request, view: ViewDep) -> Response:
    request.state.session = Sessions.fresh(lang=view.session.lang)
    return see_other("/login" if request.app.state.gate.locked else "/")


@router.post("/language")
async def language(request: Request, view: ViewDep) -> Response:
    raw = await form_data(request)
    lang = str(raw.get("lang", ""))
    if lang in LANGUAGES:
        view.session.lang = lang
    return see_other(_safe_next(str(raw.get("next", "/"))))
