"""Backends are a plugin point: one base class, registered the same way as the built-in one."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tactful import Tactful
from tactful.ai import (
    AISettings,
    Message,
    OpenAICompatible,
    TextBackend,
    backend_class,
    backends,
    configured_backend,
    register_backend,
)
from tactful.ai.base import TokenCallback, broken_backends, reset_entry_points, unregister_backend
from tactful.errors import BadInput


class Shouter(TextBackend):
    """A custom backend: answers the last user message in capitals, word by word."""

    name: ClassVar[str] = "shouter"

    def generate(
        self,
        messages: list[Message],
        *,
        on_token: TokenCallback | None = None,
        temperature: float = 0.4,
        max_tokens: int = 800,
    ) -> str:
        text = messages[-1]["content"].upper()
        if on_token is not None:
            for word in text.split(" "):
                on_token(word + " ")
        return text


@pytest.fixture
def clean_registry() -> Iterator[None]:
    yield
    for name in ("shouter", "echo"):
        unregister_backend(name)
    reset_entry_points()


def test_the_builtin_backend_is_registered_like_a_plugin() -> None:
    assert backends()["openai"] is OpenAICompatible
    assert backend_class("openai") is OpenAICompatible


@pytest.mark.usefixtures("clean_registry")
def test_registered_backend_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert register_backend(Shouter) is Shouter
    assert backends()["shouter"] is Shouter
    monkeypatch.setenv("TACTFUL_AI_BACKEND", "shouter")
    backend = configured_backend(Tactful.open())  # no URL, no model: this backend needs none
    assert isinstance(backend, Shouter)
    assert backend.generate([{"role": "user", "content": "hello"}]) == "HELLO"


@pytest.mark.usefixtures("clean_registry")
def test_cli_ai_test_runs_a_registered_backend(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    register_backend(Shouter)
    monkeypatch.setenv("TACTFUL_AI_BACKEND", "shouter")
    r = cli("ai", "test")
    assert r.code == 0, r.err
    assert "SAYS THE CONNECTION WORKS" in r.out


def test_unknown_backend_is_one_line_bad_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_AI_BACKEND", "nope")
    with pytest.raises(BadInput, match=r"unknown AI backend 'nope'; known backends: .*openai"):
        configured_backend(Tactful.open())


def test_register_backend_rejects_what_is_not_a_backend() -> None:
    class Nameless(Shouter):
        name: ClassVar[str] = ""

    with pytest.raises(TypeError, match="no `name`"):
        register_backend(Nameless)
    with pytest.raises(TypeError, match="not a TextBackend"):
        # On purpose: what a typo in a plugin would register.
        register_backend(dict)  # type: ignore[type-var]


def test_textbackend_needs_generate() -> None:
    class Incomplete(TextBackend):
        name: ClassVar[str] = "incomplete"

    with pytest.raises(TypeError):
        # On purpose: the check the type checker also makes.
        Incomplete()  # type: ignore[abstract]
    assert Shouter().settings == AISettings()


@pytest.mark.usefixtures("clean_registry")
def test_entry_point_backends_load_lazily(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    (site / "tactful_echo-1.0.dist-info").mkdir(parents=True)
    (site / "tactful_echo-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: tactful-echo\nVersion: 1.0\n"
    )
    (site / "tactful_echo-1.0.dist-info" / "entry_points.txt").write_text(
        "[tactful.ai_backends]\n"
        "echo = tactful_echo_plugin:Echo\n"
        "broken = tactful_missing_module:Nope\n"
        "notabackend = tactful_echo_plugin:helper\n"
    )
    (site / "tactful_echo_plugin.py").write_text(
        textwrap.dedent(
            """
            from tactful.ai import TextBackend

            class Echo(TextBackend):
                name = "echo"
                def generate(self, messages, *, on_token=None, temperature=0.4, max_tokens=800):
                    return messages[-1]["content"]

            def helper():
                return None
            """
        )
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "tactful_echo_plugin", raising=False)
    reset_entry_points()

    assert "tactful_echo_plugin" not in sys.modules
    assert backend_class("openai") is OpenAICompatible  # built-in: entry points not read
    assert "tactful_echo_plugin" not in sys.modules

    echo = backend_class("echo")
    assert echo.name == "echo"
    assert "tactful_echo_plugin" in sys.modules
    assert echo().generate([{"role": "user", "content": "ping"}]) == "ping"
    broken = broken_backends()
    assert "ModuleNotFoundError" in broken["broken"]
    assert "not a TextBackend subclass" in broken["notabackend"]
    with pytest.raises(BadInput, match="the AI backend 'broken' failed to load"):
        backend_class("broken")
    assert "echo" in backends()
    assert "broken" not in backends()
