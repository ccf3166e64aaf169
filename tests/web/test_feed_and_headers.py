"""The calendar feed is built once per change and revalidated with its ETag (304s), in a worker
thread that never holds the pages up; pages and API answers are never cached; the database is
the owner's only."""

from __future__ import annotations

import json
import stat
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import CLI, Live, serve

ROOT = Path(__file__).resolve().parents[2]


def test_the_feed_answers_304_until_the_data_changes(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    first = live.client.get("/calendar.ics")
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('"')
    assert modified.endswith("GMT")
    assert first.headers["cache-control"] == "private, no-cache"
    same = live.client.get("/calendar.ics", headers={"If-None-Match": etag})
    assert same.status_code == 304
    assert same.content == b""
    assert same.headers["etag"] == etag
    since = live.client.get("/calendar.ics", headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "thank-you"})
    changed = live.client.get("/calendar.ics", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert "Sent: thank-you email" in changed.text


def test_the_feed_is_built_off_the_event_loop(
    home: Path, cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a cold feed of 600 rounds is being built, Today still answers. The build is held
    until Today has answered: built on the event loop, it would hold Today too (a timeout),
    however fast this machine builds it."""
    sys.path.insert(0, str(ROOT))
    from bench.bench_web import typical

    export = tmp_path / "export.json"
    export.write_text(json.dumps(typical(600)))
    assert cli("import", str(export)).code == 0
    app, server = serve(home)
    state = app.state.web
    building, release = threading.Event(), threading.Event()
    build = state._build_feed

    def held_build(*args: Any) -> Any:
        building.set()
        assert release.wait(30), "the test never let the feed's build finish"
        return build(*args)

    monkeypatch.setattr(state, "_build_feed", held_build)
    feed_status: list[int] = []
    with server as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/").status_code == 200  # plans computed, Today drawn once
        state._feed = None  # cold: the next poll builds it

        def feed() -> None:
            feed_status.append(client.get("/calendar.ics").status_code)

        worker = threading.Thread(target=feed)
        worker.start()
        try:
            assert building.wait(30), "the feed's build never started"
            with httpx.Client(base_url=url, timeout=10) as other:
                assert other.get("/").status_code == 200  # answered while the build is held
        finally:
            release.set()
            worker.join(60)
    assert feed_status == [200]


def test_pages_and_api_answers_are_never_cached(live: Live) -> None:
    live.add_round(live.add_application())
    for path in ("/", "/applications", "/rounds/1", "/settings", "/api/v1/due", "/nowhere"):
        assert live.client.get(path).headers["cache-control"] == "no-store", path
    assert "no-store" not in live.client.get("/static/style.css").headers.get("cache-control", "")


def test_the_database_is_created_for_its_owner_only(live: Live) -> None:
    live.add_application()
    mode = stat.S_IMODE((live.home / "tactful.db").stat().st_mode)
    assert mode == 0o600, oct(mode)
