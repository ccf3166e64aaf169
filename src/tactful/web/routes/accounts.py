"""Multi-user mode's own pages: log in and out, sign up from an invitation, reset a password,
and the account page (sessions, sharing with a coach, the coach's notes, download everything,
delete the account). Included before the other pages, only in multi-user mode."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from tactful.accounts import Account, TooManyAttempts
from tactful.accounts.sessions import SESSION_SECONDS
from tactful.errors import BadInput, NotFound, Refused, TactfulError
from tactful.web.deps import View, ViewDep, check_csrf, form_data, require_json, see_other
from tactful.web.hosted import HostedWeb, account_cookie
from tactful.web.routes.auth import _safe_next
from tactful.web.security import Sessions

pages = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
api = APIRouter(prefix="/api/v1", tags=["account"], dependencies=[Depends(require_json)])


def hosted_web(request: Request) -> HostedWeb:
    web: HostedWeb = request.app.state.hosted
    return web


def account_of(request: Request) -> Account:
    account: Account | None = getattr(request.state, "account", None)
    if account is None:
        raise HTTPException(status_code=401, detail="log in first")
    return account


def public_base(request: Request) -> str:
    """The server's address for links that leave by mail: TACTFUL_PUBLIC_URL when set (the
    request's Host header is the client's to choose: a reset link built from it could point
    at another site), else the address this request came to."""
    from tactful.settings import public_url

    return public_url() or str(request.base_url)


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def _with_cookie(response: Response, request: Request, token: str, max_age: int) -> Response:
    secure = bool(getattr(request.app.state, "secure_cookie", False))
    response.headers.append("set-cookie", account_cookie(token, secure=secure, max_age=max_age))
    return response


def _message(view: View, exc: TactfulError) -> str:
    """An account error in the reader's language, by its code."""
    if isinstance(exc, TooManyAttempts):
        key = "account.too_many" if exc.code == "too-many-attempts" else "account.too_many_here"
        return view.t(key, minutes=exc.wait_minutes)
    words = {
        "wrong-password": "account.wrong",
        "link-expired": "account.link_expired",
        "password-too-short": "account.too_short",
    }
    found = words.get(exc.code)
    return view.t(found) if found else exc.message


async def _log_in(request: Request, email: str, password: str) -> str:
    web = hosted_web(request)
    agent = request.headers.get("user-agent", "")
    return await run_in_threadpool(
        web.hosted.logins.log_in, email, password, address=_address(request), user_agent=agent
    )


# Logging in and out


@pages.get("/login", response_class=HTMLResponse)
async def login_form(view: ViewDep, next: str = "/") -> Response:
    if getattr(view.request.state, "account", None) is not None:
        return see_other(_safe_next(next))
    return view.page("account_login.html", next=_safe_next(next), error="", email="")


@pages.post("/login", response_class=HTMLResponse)
async def login(request: Request, view: ViewDep) -> Response:
    raw = await form_data(request)
    target = _safe_next(str(raw.get("next", "/")))
    email = str(raw.get("email", ""))
    try:
        token = await _log_in(request, email, str(raw.get("password", "")))
    except Refused as exc:
        status = 429 if isinstance(exc, TooManyAttempts) else 401
        return view.page(
            "account_login.html", status=status, next=target, error=_message(view, exc), email=email
        )
    # A new CSRF session on login: a session fixed before cannot be reused.
    request.state.session = Sessions.fresh(user=True, lang=view.session.lang)
    return _with_cookie(see_other(target), request, token, SESSION_SECONDS)


@pages.post("/logout")
async def logout(request: Request, view: ViewDep) -> Response:
    account = getattr(request.state, "account", None)
    if account is not None:
        web = hosted_web(request)
        await run_in_threadpool(web.hosted.logins.revoke, account.user_id, account.session_id)
    request.state.session = Sessions.fresh(lang=view.session.lang)
    return _with_cookie(see_other("/login"), request, "", 0)


# Sign-up from an invitation, password reset


@pages.get("/signup", response_class=HTMLResponse)
async def signup_form(view: ViewDep, token: str = "") -> Response:
    email = await run_in_threadpool(
        hosted_web(view.request).hosted.users.link_email, token, "invite"
    )
    return view.page("account_password.html", purpose="signup", token=token, email=email, error="")


@pages.post("/signup", response_class=HTMLResponse)
async def signup(request: Request, view: ViewDep) -> Response:
    return await _set_password(request, view, "signup")


@pages.get("/reset", response_class=HTMLResponse)
async def reset_form(view: ViewDep, token: str = "") -> Response:
    if not token:
        return view.page("account_reset.html", sent=False)
    email = await run_in_threadpool(
        hosted_web(view.request).hosted.users.link_email, token, "reset"
    )
    return view.page("account_password.html", purpose="reset", token=token, email=email, error="")


@pages.post("/reset", response_class=HTMLResponse)
async def reset_request(request: Request, view: ViewDep) -> Response:
    """Mail a reset link; the page says the same whether or not the account exists."""
    from tactful.hosting.notices import link_mail
    from tactful.hosting.outbound import SendFailed, ServerMail

    raw = await form_data(request)
    web = hosted_web(request)
    link = await run_in_threadpool(web.hosted.users.reset_link, str(raw.get("email", "")))
    mail = ServerMail.from_env()
    if link is not None and mail is not None:
        subject, body = link_mail(link, public_base(request), view.lang)
        # A failure is not shown: the page must not tell whether the account exists.
        with contextlib.suppress(SendFailed):
            await run_in_threadpool(mail.send, mail.message(link.email, subject, body))
    return view.page("account_reset.html", sent=True)


@pages.post("/reset/confirm", response_class=HTMLResponse)
async def reset_confirm(request: Request, view: ViewDep) -> Response:
    return await _set_password(request, view, "reset")


async def _set_password(request: Request, view: View, purpose: str) -> Response:
    raw = await form_data(request)
    token, password = str(raw.get("token", "")), str(raw.get("password", ""))
    users = hosted_web(request).hosted.users
    if password != str(raw.get("repeat", "")):
        email = await run_in_threadpool(
            users.link_email, token, "invite" if purpose == "signup" else "reset"
        )
        return view.page(
            "account_password.html",
            status=422,
            purpose=purpose,
            token=token,
            email=email,
            error=view.t("account.differ"),
        )
    accept = users.accept_invite if purpose == "signup" else users.reset_password
    try:
        user = await run_in_threadpool(accept, token, password)
    except (BadInput, Refused) as exc:
        return view.page(
            "account_password.html",
            status=422,
            purpose=purpose,
            token=token,
            email=None if exc.code == "link-expired" else "",
            error=_message(view, exc),
        )
    token = await _log_in(request, user.email, password)
    request.state.session = Sessions.fresh(user=True, lang=view.session.lang)
    return _with_cookie(see_other("/"), request, token, SESSION_SECONDS)


# The account page


@pages.get("/account", response_class=HTMLResponse)
async def account_page(request: Request, view: ViewDep, done: str = "") -> Response:
    account = account_of(request)
    web = hosted_web(request)

    def gather() -> dict[str, Any]:
        sharing = web.hosted.sharing(account.user_id)
        return {
            "sessions": web.hosted.logins.sessions(account.user_id, account.session_id),
            "coaches": sharing.coaches(),
            "shared": sharing.shared_with(),
            "notes": sharing.notes_for_me(),
        }

    found = await run_in_threadpool(gather)
    feed = web.feed_url(str(request.base_url), account.user_id)
    return view.page("account.html", me=account, feed=feed, done=done, error="", **found)


@pages.get("/account/export")
async def export(request: Request) -> Response:
    account = account_of(request)
    data = await run_in_threadpool(hosted_web(request).hosted.export, account.user_id)
    day = datetime.now(UTC).date().isoformat()
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
        media_type="application/json",
        headers={
            "content-disposition": f'attachment; filename="tactful-export-{day}.json"',
            "cache-control": "no-store",
        },
    )


@pages.post("/account/sessions/{session_id}/revoke")
async def revoke(request: Request, session_id: int) -> Response:
    account = account_of(request)
    logins = hosted_web(request).hosted.logins
    await run_in_threadpool(logins.revoke, account.user_id, session_id)
    return see_other("/account?done=revoked")


@pages.post("/account/share")
async def share(request: Request, view: ViewDep) -> Response:
    account = account_of(request)
    raw = await form_data(request)
    sharing = hosted_web(request).hosted.sharing(account.user_id)
    await run_in_threadpool(sharing.share, str(raw.get("coach", "")))
    return see_other("/account?done=shared")


@pages.post("/account/unshare/{coach_id}")
async def unshare(request: Request, coach_id: int) -> Response:
    account = account_of(request)
    sharing = hosted_web(request).hosted.sharing(account.user_id)
    if not await run_in_threadpool(sharing.unshare, coach_id):
        raise NotFound("you do not share your rounds with this coach", code="not-shared")
    return see_other("/account?done=unshared")


@pages.post("/account/delete", response_class=HTMLResponse)
async def delete_account(request: Request, view: ViewDep) -> Response:
    """Delete the account and all of its data, once the password is typed again."""
    account = account_of(request)
    raw = await form_data(request)
    web = hosted_web(request)
    hash_ = await run_in_threadpool(web.hosted.users.password_hash, account.user_id)
    from tactful.accounts.passwords import verify

    if not verify(hash_, str(raw.get("password", ""))):
        raise Refused(view.t("account.delete_wrong"), code="wrong-password", field="password")
    user = await run_in_threadpool(web.hosted.users.get, account.user_id)
    await run_in_threadpool(web.hosted.delete_account, user)
    web.forget(account.user_id)
    request.state.session = Sessions.fresh(lang=view.session.lang)
    return _with_cookie(see_other("/login"), request, "", 0)


# The same over JSON, for API clients


@api.post("/login", summary="Log in: sets the session cookie")
async def api_login(request: Request) -> Response:
    try:
        body = await request.json()
    except ValueError:  # not JSON, or not UTF-8 (json.JSONDecodeError, UnicodeDecodeError)
        raise BadInput(
            "the body is not valid JSON: send {email, password}", code="bad-json"
        ) from None
    if not isinstance(body, dict):
        raise BadInput("send {email, password}", code="bad-body")
    try:
        token = await _log_in(request, str(body.get("email", "")), str(body.get("password", "")))
    except Refused as exc:
        status = 429 if isinstance(exc, TooManyAttempts) else 401
        return Response(
            json.dumps({"detail": exc.message, "error": exc.as_dict()}),
            status_code=status,
            media_type="application/json",
        )
    account = await run_in_threadpool(hosted_web(request).hosted.logins.resolve, token)
    assert account is not None
    response = Response(
        json.dumps({"email": account.email, "role": account.role}),
        media_type="application/json",
    )
    return _with_cookie(response, request, token, SESSION_SECONDS)


@api.get("/account", summary="Who is logged in")
async def api_account(request: Request) -> dict[str, Any]:
    account = account_of(request)
    return {"id": account.user_id, "email": account.email, "role": account.role}


@api.get("/account/export", summary="All of my data, in the export format")
async def api_export(request: Request) -> dict[str, Any]:
    account = account_of(request)
    data: dict[str, Any] = await run_in_threadpool(
        hosted_web(request).hosted.export, account.user_id
    )
    return data


router = APIRouter()
router.include_router(api)
router.include_router(pages)

from tactful.web.routes import account_mail, coaching  # noqa: E402 - their pages join

router.include_router(account_mail.router)
router.include_router(coaching.router)
