"""`create_app(settings)`: the web app and the REST API, built on demand (nothing at import)."""

from __future__ import annotations

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
from tactful.errors import NotFound, Refused, TactfulError
from tactful.settings import Settings
from tactful.web.forms import FieldErrors
from tactful.web.middleware import GateConfig, WebGate
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
            f"serving on {host} would let other machines reach your data: set a password first "
            "with 'tactful web password', or serve on 127.0.0.1"
        )
    state = WebState(settings, now=now)
    secret = load_secret(settings.home)
    gate = GateConfig(
        sessions=Sessions(secret),
        feed_token=feed_token(secret),
        password_hash=stored,
        allowed_hosts=_allowed_hosts(host),
        secure_cookie=secure_cookie,
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
            "The same JSON as the command line's --json."
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
        from tactful.web.routes.accounts import router as accounts_router

        app.include_router(accounts_router)  # first: its /login replaces the password's
    _include_routers(app)
    return app


def _allowed_hosts(host: str) -> frozenset[str] | None:
    from tactful.web.security import is_loopback

    if is_loopback(host):
        return LOOPBACK_NAMES | {host.lower()}
    return None


def _include_routers(app: FastAPI) -> None:
    from tactful.web.api import api_router
    from tactful.web.routes import page_router

    app.include_router(api_router)
    app.include_router(page_router)


def _status(exc: TactfulError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Refused):
        return 409
    from tactful.ai import AIError

    if isinstance(exc, AIError):
        return 502
    return 422


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _add_error_handlers(app: FastAPI) -> None:
    async def tactful_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, TactfulError)
        status = _status(exc)
        if _is_api(request):
            if isinstance(exc, FieldErrors):
                detail: Any = [
                    {"loc": ["body", name], "msg": message, "type": "value_error"}
                    for name, message in exc.errors.items()
                ]
                return JSONResponse({"detail": detail}, status_code=422)
            return JSONResponse({"detail": exc.message}, status_code=status)
        return _error_page(request, status, exc.message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if _is_api(request) or request.url.path == "/openapi.json":
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return _error_page(request, exc.status_code, str(exc.detail))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        if _is_api(request):
            errors = [
                {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                for e in exc.errors()
            ]
            return JSONResponse({"detail": errors}, status_code=422)
        fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return _error_page(request, 422, f"invalid value for: {fields}")

    app.add_exception_handler(TactfulError, tactful_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


def _error_page(request: Request, status: int, message: str) -> Response:
    from tactful.web.deps import View

    view = View(request)
    return view.page("error.html", status=status, status_code=status, message=message)
