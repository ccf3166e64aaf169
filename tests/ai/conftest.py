"""Fixtures for the AI tests: a scripted chat server and an in-memory system keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ai_server import MemoryKeyring, ScriptedChatServer, use_memory_keyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    with use_memory_keyring() as backend:
        yield backend


@pytest.fixture
def chat_server() -> Iterator[ScriptedChatServer]:
    with ScriptedChatServer() as server:
        yield server
