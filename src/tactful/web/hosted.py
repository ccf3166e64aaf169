"""The web app in multi-user mode: who is asking (`AccountGate`), and each user's `WebState`.

Every page and API handler reaches the data through `web_state(request)`; in multi-user mode
that is the state of the request's account, built over `Hosted.api_for(user)` (every query kept
to the user's rows), so no handler ever filters rows itself.

Nothing another web worker needs lives only here: sessions, login attempts and data live in
PostgreSQL, and a user's cached plans are keyed on the data version the database bumps at every
change (whichever worker, CLI or job made it), read once per request.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, quote

from tactful.accounts import Account, Hosted
from tactful.models import Application, Interview
from tactful.web.state import WebState

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("tactful.web")
ACCOUNT_COOKIE = "tactful_account"
OPEN_PATHS = (
    "/login",
    "/signup",
    "/reset",
    "/static/",
    "/favicon.ico",
    "/language",
    "/api/v1/login",
)
ROLE_PATHS = {"/admin": "admin", "/coach": "coach"}
NOBODY = 0
"""The state an anonymous request sees in multi-user mode: the rows of no user (it only ever
renders the login and sign-up pages; writes fail: user 0 does not exist)."""
CACHED_USERS = 256
"""Users whose plans one web worker keeps at a time (the least recent is dropped)."""


class UserState(WebState):
    """A `WebState` over one user's rows; its snapshot key is the database's data version."""

    def __init__(self, hosted: Hosted, user_id: int, now: datetime | str | None) -> None:
        super().__init__(hosted.settings, now=now)
        self.api = hosted.api_for(user_id)
        self.user_id = user_id
        self.data_version = -1
        self._loaded: tuple[int, tuple[list[Application], list[Interview], dict[str, Any]]] | None
        self._loaded = None

    def _files_key(self) -> tuple[Any, ...]:
        return (self.data_version,)

    def _read(self) -> tuple[list[Application], list[Interview], dict[str, Any]]:
        """Everything a member's first Today reads, in one transaction (one connection, one
        switch of role, statements the driver has prepared): their settings, rounds and the
        inbox's proposals. Kept until the data changes: when only the minute turns, the rounds
        are planned again, not read again."""
        # Keyed on `version`, taken before reading: a read still running when a change comes
        # in (`changed()`, on the event loop) is kept under the version it began with.
        version = self.version
        if self._loaded is not None and self._loaded[0] == version:
            return self._loaded[1]
        from tactful.web.api.mail import pending_proposals

        with self.api.store.database.transaction():
            _ = self.api.config.values  # the member's language and zone, for the page
            apps, interviews = self.api.snapshot()
            proposals = pending_proposals(self.api)
        read = (apps, interviews, {"proposals": proposals})
        self._loaded = (version, read)
        return read

    def refresh(self, version: int) -> None:
        """Another process changed the data (or the settings): read them again. Versions only
        grow; a request that read an older one (it began before a write) changes nothing."""
        if version > self.data_version:
            self.data_version = version
            self.changed()
            forget = getattr(self.api.config, "forget", None)
            if forget is not None:
                forget()


class HostedWeb:
    """What the multi-user app holds: the `Hosted` database and the users' states."""

    def __init__(self, hosted: Hosted, *, now: datetime | str | None, secret: bytes) -> None:
        self.hosted = hosted
        self.now = now
        self.secret = secret
        self._states: OrderedDict[int, UserState] = OrderedDict()
        self._lock = threading.Lock()

    def state_for(self, user_id: int, version: int | None = None) -> UserState:
        """The user's state, up to date with the data version (read now unless given)."""
        if version is None:
            version = self.hosted.data_version(user_id)
        with self._lock:
            state = self._states.get(user_id)
            if state is None:
                state = UserState(self.hosted, user_id, self.now)
                self._states[user_id] = state
                while len(self._states) > CACHED_USERS:
                    self._states.popitem(last=False)[1].close()
            self._states.move_to_end(user_id)
        state.refresh(version)
        return state

    def forget(self, user_id: int) -> None:
        with self._lock:
            state = self._states.pop(user_id, None)
        if state is not None:
            state.close()

    def feed_token(self, user_id: int) -> str:
        """The secret of a user's calendar feed address (calendar apps cannot log in)."""
        message = f"tactful calendar feed {user_id}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()[:32]

    def feed_url(self, base_url: str, user_id: int) -> str:
        """The user's own calendar feed address (with its secret: calendar apps cannot log in)."""
        return (
            f"{base_url.rstrip('/')}/calendar.ics?user={user_id}&token={self.feed_token(user_id)}"
        )

    def feed_account(self, query: str) -> Account | None:
        values = parse_qs(query)
        user, token = (values.get("user") or [""])[0], (values.get("token") or [""])[0]
        if not (user.isascii() and user.isdigit()) or not token:
            return None
        if not hmac.compare_digest(self.feed_token(int(user)), token):
            return None
        try:
            found = self.hosted.users.get(int(user))
        except Exception:
            return None
        return Account(found.id, found.email, found.role, session_id=0)

    def close(self) -> None:
        with self._lock:
            states = list(self._states.values())
            self._states.clear()
        for state in states:
            state.close()
        self.hosted.close()


class AccountGate:
    """Resolves the account cookie into `request.state.account`; anonymous requests get the
    login page (pages) or a 401 (API), and nothing else; coach and admin pages need the role."""

    def __init__(self, app: ASGIApp, web: HostedWeb) -> None:
        self.app = app
        self.web = web

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from anyio import to_thread
        from sqlalchemy.exc import DBAPIError

        path: str = scope.get("path", "")
        token = _cookie(scope, ACCOUNT_COOKIE)
        try:
            account = await to_thread.run_sync(self.web.hosted.logins.resolve, token)
            if account is None and path == "/calendar.ics" and scope.get("method") == "GET":
                query = scope.get("query_string", b"").decode("latin-1")
                account = await to_thread.run_sync(self.web.feed_account, query)
        except DBAPIError:
            # PostgreSQL is down or restarting: say so (the pool reconnects by itself), without
            # a 500, a traceback per request, or the database's address.
            log.warning("cannot reach the database to check a session; answered 503")
            await _json(
                send,
                503,
                "database-unavailable",
                "the server cannot reach its database right now: try again in a minute",
            )
            return
        scope.setdefault("state", {})["account"] = account
        if account is None and not path.startswith(OPEN_PATHS):
            if path.startswith("/api/") or path == "/openapi.json" or path == "/calendar.ics":
                await _json(
                    send,
                    401,
                    "not-logged-in",
                    'log in first: POST /api/v1/login with {"email": …, "password": …} (JSON); '
                    "it sets the session cookie",
                )
                return
            query = scope.get("query_string", b"").decode("latin-1")
            target = path + (f"?{query}" if query else "")
            await _redirect(send, "/login?next=" + quote(target, safe="/"))
            return
        for prefix, role in ROLE_PATHS.items():
            if (path == prefix or path.startswith(prefix + "/")) and (
                account is None or account.role != role
            ):
                await _wrong_role(scope, send, role)
                return
        await self.app(scope, receive, send)


async def _wrong_role(scope: Scope, send: Send, role: str) -> None:
    """A page of another role: a short page in the reader's language (it was JSON for a
    browser), the same words the API's shape carries elsewhere."""
    from tactful.web.i18n import choose, translator
    from tactful.web.middleware import _refuse

    session = scope.get("state", {}).get("session")
    accept = next(
        (v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"accept-language"), ""
    )
    lang = choose(str(getattr(session, "lang", "") or ""), accept, "")
    path = str(scope.get("path", ""))
    await _refuse(send, path, 403, "wrong-role", lang, role=translator(lang)(f"role.{role}"))


def _cookie(scope: Scope, name: str) -> str | None:
    from tactful.web.security import cookie_value

    for key, value in scope.get("headers", []):
        if key == b"cookie":
            return cookie_value(value.decode("latin-1"), name)
    return None


async def _json(send: Send, status: int, code: str, message: str) -> None:
    from tactful.web.middleware import SECURITY_HEADERS

    body = json.dumps(
        {"detail": message, "error": {"code": code, "message": message, "field": None}}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _redirect(send: Send, location: str) -> None:
    from tactful.web.middleware import SECURITY_HEADERS

    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", location.encode("latin-1")),
                (b"content-length", b"0"),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})


def account_cookie(token: str, *, secure: bool, max_age: int) -> str:
    parts = [f"{ACCOUNT_COOKIE}={token}", "Path=/", "HttpOnly", "SameSite=Lax"]
    parts.append(f"Max-Age={max_age}")
    if secure:
        parts.append("Secure")
    return "; ".join(parts)
