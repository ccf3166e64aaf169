"""A real app on 127.0.0.1 for each test: uvicorn in a thread, httpx as the client."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from tactful.settings import Settings
from tactful.web import create_app

CLI = Callable[..., Any]
"""The `cli` fixture of tests/conftest.py."""
NOW = "2026-11-25T17:00:00+01:00"
"""Wednesday 25 November 2026, 17:00 in Paris."""
_TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
CLI_WORDS = re.compile(
    r"\btactful (?:list|show|plan|due|draft|sent|unsend|skip|unskip|reply|interview|application"
    r"|config|web|ai|serve|calendar|import|export|check|ad|profile)\b|(?<![\w-])--[a-z]|'-' for"
)
"""Command-line words the web and the API never say."""


class LiveServer:
    """uvicorn serving `app` on a free loopback port, in a background thread."""

    def __init__(self, app: Any, host: str = "127.0.0.1") -> None:
        self.server = uvicorn.Server(
            uvicorn.Config(app, host=host, port=0, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@dataclass
class Live:
    url: str
    client: httpx.Client
    home: Path
    app: Any

    def token(self, path: str = "/") -> str:
        """The CSRF token of this client's session, read from a page's form."""
        page = self.client.get(path)
        found = _TOKEN_RE.search(page.text)
        assert found, f"no CSRF token on {path}"
        return found.group(1)

    def submit(self, path: str, data: dict[str, Any], **kwargs: Any) -> httpx.Response:
        """POST a form the way a browser does: with the session's CSRF token."""
        return self.client.post(path, data={"csrf_token": self.token(), **data}, **kwargs)

    def submit_raw(self, path: str, data: dict[str, str]) -> tuple[int, dict[str, str]]:
        """The same, through http.client: httpx cannot represent a redirect to mailto:."""
        import http.client
        from urllib.parse import urlencode, urlsplit

        token = self.token()
        cookie = "; ".join(f"{k}={v}" for k, v in self.client.cookies.items())
        where = urlsplit(self.url)
        connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=30)
        try:
            connection.request(
                "POST",
                path,
                body=urlencode({"csrf_token": token, **data}),
                headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
            )
            response = connection.getresponse()
            response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}
        finally:
            connection.close()

    def add_application(self, **fields: Any) -> int:
        body = {"company": "Acme", "role": "Data Engineer", "country": "FR", **fields}
        r = self.client.post("/api/v1/applications", json=body)
        assert r.status_code == 201, r.text
        return int(r.json()["id"])

    def add_round(self, application_id: int, **fields: Any) -> int:
        body = {
            "at": "2026-11-25 10:00",
            "interviewers": ["Ada Lovelace <ada@acme.example>"],
            "detail": "the streaming pipeline demo",
            "selling_point": "five years of Kafka in production",
            **fields,
        }
        r = self.client.post(f"/api/v1/applications/{application_id}/rounds", json=body)
        assert r.status_code == 201, r.text
        return int(r.json()["id"])


def serve(home: Path, now: str | None = NOW, **options: Any) -> tuple[Any, LiveServer]:
    app = create_app(Settings.load(home), now=now, **options)
    return app, LiveServer(app, host=options.get("host", "127.0.0.1"))


@pytest.fixture
def live(home: Path) -> Iterator[Live]:
    app, server = serve(home)
    with server as url, httpx.Client(base_url=url, timeout=30) as client:
        yield Live(url, client, home, app)
