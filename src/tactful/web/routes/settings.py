"""Settings: the home and database in use, preferences, the AI endpoint and its test, the feed."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from tactful.errors import BadInput
from tactful.web.deps import View, ViewDep, form_data, see_other
from tactful.web.problems import FieldErrors, Problem

if TYPE_CHECKING:
    from tactful.core import Tactful

router = APIRouter()
PREFERENCES = (
    "country",
    "subdivision",
    "timezone",
    "lang",
    "me.name",
    "me.email",
    "ai.base_url",
    "ai.model",
)
TEST_PROMPT = "Reply with the single word OK."


def field_name(key: str) -> str:
    """A config key as a form field name ("me.name" → "me_name")."""
    return key.replace(".", "_")


def _ai_status(view: View) -> dict[str, Any]:
    from tactful.ai import load_ai_settings

    try:
        settings = load_ai_settings(view.state.api.config)
    except BadInput as exc:
        return {"configured": False, "error": exc.message, "key_source": "none"}
    return {
        "configured": settings.configured,
        "base_url": settings.display_url,
        "model": settings.model,
        "key_source": settings.key_source,
        "from_environment": "environment" in (settings.base_url_source, settings.model_source),
        "error": "",
    }


async def _page(
    view: View,
    *,
    values: dict[str, str],
    errors: dict[str, Problem],
    done: str = "",
    test: dict[str, Any] | None = None,
    status: int = 200,
) -> HTMLResponse:
    from tactful.ai.settings import display_url
    from tactful.web.choices import countries, regions, time_zones
    from tactful.web.security import feed_address

    gate = view.request.app.state.gate
    feed = feed_address(str(view.request.base_url), gate.feed_token if gate.locked else None)
    # Multi-user mode: the member's own feed, and nothing of the server (its home, database,
    # or the single-user access line).
    hosted = getattr(view.request.app.state, "hosted", None)
    account = getattr(view.request.state, "account", None)
    if hosted is not None and account is not None:
        feed = hosted.feed_url(str(view.request.base_url), account.user_id)
    settings = view.state.settings
    country = values.get("country", "").upper()
    names, subs, zones = await view.state.run(
        lambda: (countries(view.lang), regions(country), time_zones())
    )
    return view.page(
        "settings.html",
        status=status,
        values=values,
        errors=errors,
        done=done,
        test=test,
        home=str(settings.home),
        database=display_url(settings.database_url),
        feed=feed,
        hosted=hosted is not None,
        ai=_ai_status(view),
        field_name=field_name,
        countries=list(names),
        regions=list(subs),
        zones=list(zones),
    )


def _current(view: View) -> dict[str, str]:
    config = view.state.api.config
    return {field_name(k): config.get(k) for k in PREFERENCES}


@router.get("/settings", response_class=HTMLResponse)
async def settings_page(view: ViewDep, done: str = "") -> HTMLResponse:
    return await _page(view, values=_current(view), errors={}, done=done)


_CODES = {"timezone": "unknown-timezone", "me.email": "not-an-email", "lang": "unknown-language"}


def _validate(api: Tactful, raw: dict[str, Any]) -> dict[str, str]:
    from tactful.web.forms import region_problems

    errors: dict[str, Problem] = {}
    values = {k: " ".join(str(raw.get(field_name(k), "")).split()) for k in PREFERENCES}
    values["country"] = values["country"].upper()
    values["subdivision"] = region_problems(values["country"], values["subdivision"], errors)
    if values["lang"] not in ("", "en", "fr"):
        errors["lang"] = Problem("unknown-language", {"value": values["lang"]})
    for key in PREFERENCES:
        if field_name(key) in errors:
            continue
        try:
            values[key] = api.check_setting(key, values[key], values)
        except BadInput as exc:
            # On the field the core names (a country checked with its region: the region),
            # once: a field the form already refused keeps the form's own words.
            name = field_name(exc.field) if exc.field in PREFERENCES else field_name(key)
            if name in errors:
                continue
            value = values[exc.field] if exc.field in PREFERENCES else values[key]
            code = _CODES.get(exc.field or key, exc.code)
            errors[name] = Problem(code, {"value": value}, text=exc.message)
    if errors:
        raise FieldErrors(errors)
    return values


@router.post("/settings", response_class=HTMLResponse)
async def save_settings(request: Request, view: ViewDep) -> Response:
    raw = await form_data(request)
    try:
        values = await view.state.run(_validate, view.state.api, raw)
    except FieldErrors as exc:
        shown = {field_name(k): str(raw.get(field_name(k), "")) for k in PREFERENCES}
        return await _page(view, values=shown, errors=exc.errors, status=422)
    config = view.state.api.config
    for key, value in values.items():
        if value != config.get(key):
            if value:
                config.set(key, value)
            else:
                config.unset(key)
    view.state.changed()
    return see_other("/settings?done=saved")


@router.post("/settings/ai-test", response_class=HTMLResponse)
async def ai_test(view: ViewDep) -> HTMLResponse:
    """Send a tiny prompt to the configured endpoint; say what came back, or why not."""
    from tactful.ai import AIError, Message, configured_backend

    test: dict[str, Any]
    started = time.monotonic()
    try:
        backend = configured_backend(view.state.api)
        messages: list[Message] = [
            {"role": "system", "content": "You are a connection test. Answer in one word."},
            {"role": "user", "content": TEST_PROMPT},
        ]
        answer = await run_in_threadpool(backend.generate, messages, max_tokens=20, temperature=0.0)
        test = {
            "ok": True,
            "answer": " ".join(answer.split())[:200],
            "seconds": round(time.monotonic() - started, 1),
            "backend": backend.describe(),
        }
    except (AIError, BadInput) as exc:
        test = {"ok": False, "error": view.te(Problem(exc.code, text=exc.message))}
    if view.htmx:
        return HTMLResponse(view.html("ai_test.html", test=test))
    return await _page(view, values=_current(view), errors={}, test=test)
