"""`create_app(settings)`: the web app and the REST API, built on demand (nothing at import)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from tactful import __version__
from tactful.errors import Refused, TactfulError
from tactful.settings import Settings, public_url
from tactful.web.middleware import GateConfig, WebGate
from tactful.web.problems import (
    HTTP_CODES,
    FieldErrors,
    Problem,
    WebError,
    error_body,
    http_body,
    problems_of,
    status_of,
)
from tactful.web.security import Sessions, feed_token, load_secret, password_hash
from tactful.web.state import WebState

STATIC = Path(__file__).parent / "static"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})


def create_app(
    settings: Settings,
    *,
    now: datetime | str | None = None,
    host: str = "127.0.0.1",
    secure_cookie: bool = False,
    multi_user: bool = False,
) -> FastAPI:
    """The web app over the tactful home in `settings`.

    `now` pins the clock (tests, demos); `host` is the address it is served on: on a loopback
    address only loopback Host headers are accepted (no DNS rebinding). When a password is
    configured (`tactful web password`), every page, API call and the feed require it.
    `multi_user`: accounts on PostgreSQL instead (tactful.web.hosted; docs/hosting.md).
    """
    from tactful.web.security import is_loopback

    stored = None if multi_user else password_hash(settings.home)
    if stored is None and not is_loopback(host) and not multi_user:
        raise Refused(
            f"serving on {host} would let other machines reach your data: set a web password "
            "first, or serve on 127.0.0.1",
            code="open-without-password",
            field="host",
            values={"host": host},
        )
    state = WebState(settings, now=now)
    secret = load_secret(settings.home)
    gate = GateConfig(
        sessions=Sessions(secret),
        feed_token=feed_token(secret),
        password_hash=stored,
        allowed_hosts=_allowed_hosts(host, public_url() if multi_user else ""),
        secure_cookie=secure_cookie,
        config_lang=lambda: state.api.config.get("lang"),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()
        if getattr(app.state, "hosted", None) is not None:
            app.state.hosted.close()

    app = FastAPI(
        title="tactful",
        version=__version__,
        description=(
            "Follow-up plans, drafts and checks for job seekers; a job-ad studio for employers. "
            'Every error answers {"error": {"code", "message", "field"}, "errors": [...]}.'
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.web = state
    app.state.gate = gate
    if multi_user:
        from tactful.accounts import Hosted
        from tactful.web.hosted import AccountGate, HostedWeb

        web = HostedWeb(Hosted(settings, now=now), now=now, secret=secret)
        app.state.hosted = web
        app.state.secure_cookie = secure_cookie
        app.add_middleware(AccountGate, web=web)
    app.add_middleware(WebGate, config=gate)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_error_handlers(app)
    if multi_user:
        from tactful.web.routes import include_today
        from tactful.web.routes.accounts import router as accounts_router

        include_today(app)  # the page asked for most is matched first
        app.include_router(accounts_router)  # before the pages: its /login replaces theirs
    _include_routers(app, with_today=not multi_user)
    return app


def _allowed_hosts(host: str, public_url: str = "") -> frozenset[str] | None:
    """The Host headers served: on a loopback address, loopback names (no DNS rebinding) and,
    in multi-user mode behind a reverse proxy, the host of TACTFUL_PUBLIC_URL, the name
    members reach the server by (the proxy passes it on: docs/hosting.md)."""
    from urllib.parse import urlsplit

    from tactful.web.security import is_loopback

    if not is_loopback(host):
        return None
    names = LOOPBACK_NAMES | {host.lower()}
    try:
        public = urlsplit(public_url).hostname if public_url else None
    except ValueError:
        public = None
    if public:
        names |= {public.lower(), f"[{public.lower()}]"}
    return names


def _include_routers(app: FastAPI, *, with_today: bool = True) -> None:
    from tactful.web.api import include_api
    from tactful.web.routes import include_pages

    include_pages(app, with_today=with_today)
    include_api(app)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _say(request: Request) -> Any:
    """Words a problem in the language of the request (the UI's, for the API too)."""
    from tactful.web.deps import lang_of
    from tactful.web.i18n import error_translator

    year = request.app.state.web.api.now().year
    return error_translator(lang_of(request), year)


# Pydantic's error types, as the API's codes.
_VALIDATION_CODES = {
    "missing": "required",
    "extra_forbidden": "unknown-field",
    "json_invalid": "bad-json",
    "literal_error": "not-one-of",
    "enum": "not-one-of",
    "greater_than_equal": "out-of-range",
    "less_than_equal": "out-of-range",
    "greater_than": "out-of-range",
    "less_than": "out-of-range",
    "string_too_long": "too-long",
    "string_too_short": "required",
    "too_short": "required",
    "too_long": "too-long",
    "string_pattern_mismatch": "wrong-format",
    "model_attributes_type": "wrong-type",
    "dict_type": "wrong-type",
}


# What each type of value must be, by Pydantic's error types (the code stays the API's own).
_EXPECTED_WORDS = {
    "string_type": "want-text",
    "int_type": "want-integer",
    "int_parsing": "want-integer",
    "int_from_float": "want-integer",
    "bool_type": "want-boolean",
    "bool_parsing": "want-boolean",
    "list_type": "want-list",
    "model_attributes_type": "want-object",
    "model_type": "want-object",
    "dict_type": "want-object",
    "date_type": "want-date",
    "date_parsing": "want-date",
    "date_from_datetime_parsing": "want-date",
    "date_from_datetime_inexact": "want-date",
    "date_past": "want-date",
    "date_future": "want-date",
}
_QUOTED = re.compile(r"'([^']*)'")
_UNION_TAG = re.compile(r"[A-Z]|.*[-\[]|(?:str|int|bool|float|list|dict|none)$")
"""A step of an error's location that names a branch of a union ("constrained-str",
"PersonIn"), not a field: the field is the step before it."""


def _pattern_words(pattern: str) -> str:
    """The words of a string that does not match the schema's pattern, from what it asks."""
    if r"\d{4}-\d{2}-\d{2}" in pattern:
        return "not-a-datetime"
    if "EU" in pattern:
        return "want-jurisdiction"
    if r"[^\r\n]" in pattern:
        return "want-one-line" if r"\S" not in pattern else "want-line"
    if r"\S" in pattern:
        return "required"
    return ""


def _validation_problems(exc: RequestValidationError) -> dict[str, Problem]:
    problems: dict[str, Problem] = {}
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ()) if not isinstance(part, int)]
        parts = [part for part in loc[1:] if not _UNION_TAG.match(part)]
        name = ".".join(parts) if len(loc) > 1 else (loc[0] if loc else "body")
        name = name or "body"
        kind = str(error.get("type", ""))
        code = _VALIDATION_CODES.get(kind, "wrong-type" if kind.endswith("_type") else "invalid")
        context = error.get("ctx") or {}
        given = error.get("input")
        expected = str(context.get("expected", ""))
        values = {
            # Pydantic's "'a', 'b' or 'c'", as the choices, joined in the reader's language.
            "expected": tuple(_QUOTED.findall(expected)) or expected,
            "max": context.get("max_length", context.get("le", context.get("lt", ""))),
            "min": context.get("ge", context.get("gt", "")),
            "value": given if isinstance(given, str | int | float) else "",
        }
        words = _EXPECTED_WORDS.get(kind, "")
        if code == "out-of-range":
            # Pydantic names only the bound that was crossed: say that one, not "from  to 200".
            words = "at-least" if values["min"] != "" else "at-most"
        elif code == "required" and name == "body":
            words = "want-object"
        elif code == "wrong-format":
            words = _pattern_words(str(context.get("pattern", "")))
        problems.setdefault(
            name, Problem(code, values, text=str(error.get("msg", "")), words=words)
        )
    return problems or {"body": Problem("invalid")}


def _add_error_handlers(app: FastAPI) -> None:
    async def tactful_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, TactfulError)
        status = status_of(exc)
        say = _say(request)
        if _is_api(request):
            return JSONResponse(error_body(exc, say), status_code=status)
        if isinstance(exc, WebError):
            return _error_page(request, status, say(exc.problem))
        problems = problems_of(exc)
        return _error_page(request, status, " ".join(say(p) for p in problems.values()))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        say = _say(request)
        headers = dict(exc.headers or {})
        if exc.status_code == 405 and (allowed := _allowed_methods(request)):
            headers = {k: v for k, v in headers.items() if k.lower() != "allow"}
            headers["Allow"] = allowed
        values = getattr(exc, "values", {})  # a body too large as it came: its limit
        if _is_api(request):
            body = http_body(exc.status_code, say, values)
            return JSONResponse(body, status_code=exc.status_code, headers=headers)
        code = HTTP_CODES.get(exc.status_code, f"http-{exc.status_code}")
        message = say(Problem(code, values))
        return _error_page(request, exc.status_code, message, headers=headers)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = FieldErrors(_validation_problems(exc))
        if _is_api(request):
            return JSONResponse(error_body(problems, _say(request)), status_code=422)
        return _error_page(request, 422, _say(request)(Problem("invalid-address")))

    app.add_exception_handler(TactfulError, tactful_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


def _allowed_methods(request: Request) -> str:
    """Every method the path takes, from all its routes: Starlette's 405 names only the first
    route's (PUT /api/v1/applications said "GET", not "GET, HEAD, POST")."""
    from starlette.routing import Match

    methods: set[str] = set()
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            methods.add(method)
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _error_page(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    from tactful.web.deps import View

    view = View(request)
    page = view.page("error.html", status=status, status_code=status, message=message)
    page.headers.update(headers or {})
    return page
