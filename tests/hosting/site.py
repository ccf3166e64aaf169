"""A multi-user app on a fresh PostgreSQL database, served on loopback, and its people."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from tactful.accounts import Hosted
from tactful.settings import Settings

NOW = "2026-11-26T10:00:00+01:00"
PASSWORD = "correct horse battery staple"
_TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Site:
    url: str
    app: Any
    hosted: Hosted
    settings: Settings

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def person(self, email: str, role: str = "member") -> Person:
        self.hosted.users.add(email, role, password=PASSWORD)
        person = Person(self.client(), email)
        person.log_in()
        return person


@dataclass
class Person:
    client: httpx.Client
    email: str

    def token(self, path: str = "/account") -> str:
        page = self.client.get(path)
        found = _TOKEN_RE.search(page.text)
        assert found, f"no CSRF token on {path}: {page.status_code}"
        return found.group(1)

    def log_in(self, password: str = PASSWORD) -> httpx.Response:
        token = self.token("/login")
        return self.client.post(
            "/login", data={"csrf_token": token, "email": self.email, "password": password}
        )

    def submit(self, path: str, data: dict[str, Any] | None = None) -> httpx.Response:
        return self.client.post(path, data={"csrf_token": self.token(), **(data or {})})
