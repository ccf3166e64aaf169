"""The `site` fixture: a multi-user app on a fresh PostgreSQL database, served on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hosting.site import NOW, Site
from tactful.accounts import Hosted
from tactful.settings import Settings
from tactful.web import create_app
from web.conftest import LiveServer


@pytest.fixture
def site(pg_url: str, tmp_path: Path) -> Iterator[Site]:
    settings = Settings(tmp_path / "server", pg_url)
    app = create_app(settings, now=NOW, multi_user=True)
    with LiveServer(app) as url, Hosted(settings, now=NOW) as hosted:
        yield Site(url, app, hosted, settings)
