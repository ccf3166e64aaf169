"""The ASGI factory each web worker process calls (`tactful serve --multi-user --workers N`, or
`uvicorn --factory tactful.web.hosted_app:app_from_env` under systemd): the app is built from
the environment, so that every worker process builds the same one."""

from __future__ import annotations

import os

from fastapi import FastAPI


def app_from_env() -> FastAPI:
    from tactful.settings import Settings
    from tactful.web import create_app
    from tactful.web.memory import settle_memory, warm_up

    app = create_app(
        Settings.load(),
        now=os.environ.get("TACTFUL_NOW") or None,
        host=os.environ.get("TACTFUL_SERVE_HOST", "127.0.0.1"),
        secure_cookie=os.environ.get("TACTFUL_SECURE_COOKIE", "") == "1",
        multi_user=True,
    )
    warm_up(app)
    settle_memory()  # once per worker process, before its first request
    return app
