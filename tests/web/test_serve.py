"""`tactful serve` as a user starts it: a real process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_tactful_serve_answers_on_loopback(home: Path) -> None:
    port = _free_port()
    env = {**os.environ, "TACTFUL_NOW": "2026-11-25T17:00:00+01:00"}
    server = subprocess.Popen(
        [sys.executable, "-m", "tactful", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        page = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                page = httpx.get(url + "/")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert page is not None, server.poll()
        assert page.status_code == 200, server.poll()
        assert "As of Wed 25 Nov, 17:00 CET." in page.text
        assert httpx.get(url + "/", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=10)
    assert f"tactful is at http://127.0.0.1:{port}/" in err
    assert not (home / "tactful.db").exists(), "looking at Today creates no database"
