"""One ASGI middleware for every request: trusted Host, body size limits, the session cookie,
the password gate, cross-site refusal, and the security headers (CSP without inline script).

Plain ASGI rather than Starlette's BaseHTTPMiddleware: it adds almost nothing to a request.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import quote

from fastapi import HTTPException

from tactful.web.security import (
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    Session,
    Sessions,
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
    ) -> None:
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
        host = headers.get("host", "")
        if not self._host_allowed(host):
            await _plain(send, 400, "unknown Host header: open tactful at http://127.0.0.1")
            return
        if method in UNSAFE and _cross_site(headers, host):
            await _plain(send, 403, "cross-site request refused")
            return
        limit = MAX_UPLOAD if "multipart/form-data" in headers.get("content-type", "") else MAX_BODY
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await _plain(send, 413, f"the request is larger than {limit // 1024} KB")
            return
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed Cookie header is treated as no cookie
            cookie = SimpleCookie()
        raw = cookie[SESSION_COOKIE].value if SESSION_COOKIE in cookie else None
        session = self.config.sessions.read(raw)
        is_new = session is None
        if session is None:
            session = Sessions.fresh()
        original = session.to_json()
        scope.setdefault("state", {})["session"] = session
        if self.config.locked and not session.user and not path.startswith(OPEN_PATHS):
            if path.startswith("/api/") and self._basic_ok(headers.get("authorization", "")):
                scope["state"]["basic_auth"] = True
            elif path.startswith("/api/") or path == "/openapi.json":
                await _json(send, 401, {"detail": "log in first: POST /login, or HTTP Basic auth"})
                return
            else:
                target = path + (
                    "?" + scope["query_string"].decode() if scope.get("query_string") else ""
                )
                await _redirect(send, "/login?next=" + quote(target, safe="/"))
                return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # An HTTPException crosses FastAPI's body parsing unchanged (anything else
                    # would become a 400), and the app's error handlers answer it.
                    raise HTTPException(413, f"the request is larger than {limit // 1024} KB")
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(SECURITY_HEADERS)
                current: Session = scope["state"]["session"]
                if is_new or current.to_json() != original:
                    extra.append((b"set-cookie", self._cookie(current).encode("latin-1")))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)

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


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _json(send: Send, status: int, data: Any) -> None:
    body = json.dumps(data).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"www-authenticate", b'Basic realm="tactful"'),
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
