"""One ASGI middleware for every request: trusted Host, body size limits, the session cookie,
the password gate, cross-site refusal, HEAD wherever GET works, and the headers every response
carries (CSP without inline script; `Cache-Control: no-store` on pages and API answers, which
hold private data).

What it refuses itself (an unknown Host, a cross-site write, a body too large, a login needed)
it answers in the app's one error shape under /api/ and as a short page elsewhere, in the
reader's language. Plain ASGI rather than Starlette's BaseHTTPMiddleware: it adds almost nothing
to a request.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException

from tactful.web.i18n import choose, translator
from tactful.web.security import (
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    Session,
    Sessions,
    cookie_value,
    verify_password,
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self' mailto:"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
MAX_BODY = 1024 * 1024
"""Bytes in a form or JSON body."""
MAX_UPLOAD = 5 * 1024 * 1024
"""Bytes in a multipart upload (a saved job posting page, an invitation)."""
OPEN_PATHS = ("/login", "/static/", "/calendar.ics", "/favicon.ico")
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
NO_STORE = (b"cache-control", b"no-store")


class GateConfig:
    """What the middleware needs to know, mutable so that the app can reload the password."""

    def __init__(
        self,
        *,
        sessions: Sessions,
        password_hash: str | None,
        allowed_hosts: frozenset[str] | None,
        feed_token: str = "",
        secure_cookie: bool = False,
        config_lang: Callable[[], str] = lambda: "",
    ) -> None:
        self.config_lang = config_lang
        self.sessions = sessions
        self.feed_token = feed_token
        self.password_hash = password_hash
        self.allowed_hosts = allowed_hosts
        self.secure_cookie = secure_cookie

    @property
    def locked(self) -> bool:
        return self.password_hash is not None


class WebGate:
    def __init__(self, app: ASGIApp, config: GateConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        path: str = scope.get("path", "")
        method: str = scope.get("method", "GET")
        session = self.config.sessions.read(_session_cookie(headers))
        lang = choose(
            session.lang if session else "",
            headers.get("accept-language", ""),
            self.config.config_lang(),
        )
        limit = MAX_UPLOAD if "multipart/form-data" in headers.get("content-type", "") else MAX_BODY
        refusal = self._refusal(headers, method, limit)
        if refusal is not None:
            status, code, values = refusal
            await _refuse(send, path, status, code, lang, **values)
            return
        is_new = session is None
        if session is None:
            session = Sessions.fresh()
        original = session.to_json()
        scope.setdefault("state", {})["session"] = session
        if not await self._let_in(scope, headers, session, send, lang):
            return
        head = method == "HEAD"
        if head:
            # HEAD wherever GET works: the GET's status and headers, without its body.
            scope = {**scope, "method": "GET"}
        sender = self._sender(send, scope, head, changed=is_new, original=original)
        await self.app(scope, _limited(receive, limit), sender)

    def _refusal(
        self, headers: dict[str, str], method: str, limit: int
    ) -> tuple[int, str, dict[str, Any]] | None:
        """Why the request is refused before the app sees it (status, code, values), if it is."""
        host = headers.get("host", "")
        if not self._host_allowed(host):
            return 400, "unknown-host", {}
        if method in UNSAFE and _cross_site(headers, host):
            return 403, "cross-site", {}
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return 413, "too-large", {"kb": limit // 1024}
        return None

    async def _let_in(
        self, scope: Scope, headers: dict[str, str], session: Session, send: Send, lang: str
    ) -> bool:
        """Whether a locked server lets the request through; if not, it has answered it (a 401
        under /api/, a redirection to the login page elsewhere)."""
        path: str = scope.get("path", "")
        if not self.config.locked or session.user or path.startswith(OPEN_PATHS):
            return True
        if path.startswith("/api/") and self._basic_ok(headers.get("authorization", "")):
            scope["state"]["basic_auth"] = True
            return True
        if path.startswith("/api/") or path == "/openapi.json":
            # A client is told how to log in, and whether the password it sent was wrong.
            sent = headers.get("authorization", "").lower().startswith("basic ")
            words = "login-wrong-api" if sent else "login-required-api"
            await _refuse(send, "/api/", 401, "login-required", lang, words)
        else:
            query = scope.get("query_string")
            target = path + ("?" + query.decode() if query else "")
            await _redirect(send, "/login?next=" + quote(target, safe="/"))
        return False

    def _sender(
        self, send: Send, scope: Scope, head: bool, *, changed: bool, original: dict[str, Any]
    ) -> Send:
        """`send` with the security headers, the session cookie when the session changed, no
        caching of private answers, and no body for HEAD."""
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(SECURITY_HEADERS)
                current: Session = scope["state"]["session"]
                if changed or current.to_json() != original:
                    extra.append((b"set-cookie", self._cookie(current).encode("latin-1")))
                given = message.get("headers", [])
                if _private(path, given):
                    extra.append(NO_STORE)
                message["headers"] = [*given, *extra]
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        return send_with_headers

    def _host_allowed(self, host: str) -> bool:
        allowed = self.config.allowed_hosts
        if allowed is None:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.lower() in allowed

    def _basic_ok(self, authorization: str) -> bool:
        if not authorization.lower().startswith("basic ") or self.config.password_hash is None:
            return False
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return False
        _user, _, password = decoded.partition(":")
        return verify_password(self.config.password_hash, password)

    def _cookie(self, session: Session) -> str:
        value = self.config.sessions.dump(session)
        parts = [
            f"{SESSION_COOKIE}={value}",
            "Path=/",
            "HttpOnly",
            "SameSite=Lax",
            f"Max-Age={SESSION_MAX_AGE}",
        ]
        if self.config.secure_cookie:
            parts.append("Secure")
        return "; ".join(parts)


def _session_cookie(headers: dict[str, str]) -> str | None:
    return cookie_value(headers.get("cookie", ""), SESSION_COOKIE)


class TooLarge(HTTPException):
    """413 for a body that grew past `limit` bytes as it came (no Content-Length, or a wrong
    one), with the limit its message states, as for one refused by its Content-Length."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request is larger than {limit // 1024} KB")
        self.values = {"kb": limit // 1024}


def _limited(receive: Receive, limit: int) -> Receive:
    """`receive` that stops a body larger than `limit` bytes, whatever Content-Length said."""
    received = 0

    async def limited_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                # An HTTPException crosses FastAPI's body parsing unchanged (anything else
                # would become a 400), and the app's error handlers answer it.
                raise TooLarge(limit)
        return message

    return limited_receive


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cross_site(headers: dict[str, str], host: str) -> bool:
    """A browser tells where a request comes from: refuse state changes from other sites."""
    if headers.get("sec-fetch-site", "") == "cross-site":
        return True
    origin = headers.get("origin")
    if origin is None:
        return False
    if origin == "null":
        return True
    return origin.split("://", 1)[-1].lower() != host.lower()


def _private(path: str, headers: list[tuple[bytes, bytes]]) -> bool:
    """Pages and API answers hold the user's data: no cache may keep them. Static files and
    the calendar feed (revalidated with its ETag) set their own caching."""
    if path.startswith("/static/") or any(k.lower() == b"cache-control" for k, _ in headers):
        return False
    kind = next((v for k, v in headers if k.lower() == b"content-type"), b"")
    return kind.startswith((b"text/html", b"application/json"))


async def _refuse(
    send: Send, path: str, status: int, code: str, lang: str, words: str = "", **values: Any
) -> None:
    """The middleware's own refusals: the API's error shape under /api/, a short page elsewhere,
    in the reader's language (`words`: the catalogue entry, when not the code's own)."""
    from html import escape

    t = translator(lang)
    message = t(f"error.{words or code}", **values)
    extra: list[tuple[bytes, bytes]] = []
    if path.startswith("/api/") or path == "/openapi.json":
        item = {"code": code, "message": message, "field": None}
        body = json.dumps({"error": item, "errors": [item]}).encode()
        kind = b"application/json"
        if status == 401:
            extra.append((b"www-authenticate", b'Basic realm="tactful"'))
    else:
        title = escape(t("error.title"))
        body = (
            f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title} · tactful</title></head><body><main><h1>{title}</h1>"
            f"<p>{escape(message)}</p></main></body></html>"
        ).encode()
        kind = b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                NO_STORE,
                *extra,
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _redirect(send: Send, location: str) -> None:
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
