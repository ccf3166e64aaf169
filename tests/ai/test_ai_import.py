"""The fake server is importable as documented, from any test directory."""

from __future__ import annotations

import ai_server
from ai_server import ScriptedChatServer


def test_ai_server_is_importable_from_tests_directory() -> None:
    assert ai_server.__file__.endswith("tests/ai_server.py")
    with ScriptedChatServer(["hi"]) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
