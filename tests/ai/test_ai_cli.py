"""`tactful ai configure | status | test` through the real entry point."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from ai_server import (
    Delay,
    Malformed,
    MemoryKeyring,
    ScriptedChatServer,
    Status,
    UnknownModel,
    closed_port_url,
)
from tactful.ai.settings import KEYRING_SERVICE

CLI = Callable[..., Any]
KEY = "sk-cli-secret-9f8e7d6c5b4a"
OLLAMA = "http://localhost:11434/v1"


def test_configure_saves_url_and_model_in_config(cli: CLI, home: Path) -> None:
    r = cli("ai", "configure", "--base-url", OLLAMA + "/", "--model", "llama3.1")
    assert r.code == 0, r.err
    assert "AI endpoint: http://localhost:11434/v1" in r.out
    config = json.loads((home / "config.json").read_text())
    assert config["ai.base_url"] == OLLAMA
    assert config["ai.model"] == "llama3.1"
    status = cli("ai", "status", "--json").json()
    assert status["configured"] is True
    assert status["base_url"] == OLLAMA
    assert status["base_url_source"] == "config"
    assert status["model"] == "llama3.1"
    assert status["api_key"] == "none"
    assert "openai" in status["backends"]


def test_configure_needs_both_values(cli: CLI) -> None:
    r = cli("ai", "configure", "--model", "llama3.1")
    assert r.code == 2
    assert r.err.startswith("tactful: error: give --base-url")
    assert r.err.count("\n") == 1
    bad = cli("ai", "configure", "--base-url", "localhost:11434", "--model", "m")
    assert bad.code == 2
    assert "is not an http(s) URL" in bad.err


def test_api_key_goes_to_the_keyring_only(
    cli: CLI, home: Path, memory_keyring: MemoryKeyring
) -> None:
    r = cli(
        "ai",
        "configure",
        "--base-url",
        OLLAMA,
        "--model",
        "m",
        "--api-key-from-stdin",
        input=KEY + "\n",
    )
    assert r.code == 0, r.err
    assert "stored in the system keyring" in r.out
    assert memory_keyring.passwords == {(KEYRING_SERVICE, OLLAMA): KEY}
    assert KEY not in r.out + r.err
    assert KEY not in "".join(p.read_text(errors="replace") for p in home.rglob("*") if p.is_file())

    status = cli("ai", "status")
    assert "API key: keyring" in status.out
    assert KEY not in status.out + status.err
    assert cli("ai", "status", "--json").json()["api_key"] == "keyring"

    forget = cli("ai", "configure", "--forget-key")
    assert forget.code == 0
    assert "removed from the keyring" in forget.out
    assert memory_keyring.passwords == {}


def test_no_keyring_says_use_the_environment(
    cli: CLI, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the previous one
    r = cli(
        "ai",
        "configure",
        "--base-url",
        OLLAMA,
        "--model",
        "m",
        "--api-key-from-stdin",
        input=KEY,
    )
    assert r.code == 2
    assert r.err.count("\n") == 1
    assert "no system keyring is available" in r.err
    assert "TACTFUL_AI_API_KEY" in r.err
    assert KEY not in r.out + r.err
    assert not (home / "config.json").exists()  # nothing half-saved


def test_empty_key_on_stdin(cli: CLI) -> None:
    r = cli("ai", "configure", "--base-url", OLLAMA, "--model", "m", "--api-key-from-stdin")
    assert r.code == 2
    assert "no API key on stdin" in r.err


def test_status_when_nothing_is_configured(cli: CLI) -> None:
    r = cli("ai", "status")
    assert r.code == 0
    assert "not configured" in r.out
    assert "tactful ai configure --base-url" in r.out
    data = cli("ai", "status", "--json").json()
    assert data["configured"] is False
    assert data["api_key"] == "none"


def test_status_shows_environment_sources_never_the_key(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TACTFUL_AI_BASE_URL", "https://api.openai.com/v1")
    monkeypatch.setenv("TACTFUL_AI_MODEL", "gpt-4o-mini")
    monkeypatch.setenv("TACTFUL_AI_API_KEY", KEY)
    r = cli("ai", "status")
    assert "base URL: https://api.openai.com/v1 (environment)" in r.out
    assert "API key: environment" in r.out
    data = cli("ai", "status", "--json")
    assert data.json()["api_key"] == "environment"
    assert KEY not in r.out + r.err + data.out + data.err


def test_ai_test_streams_the_answer(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, chat_server: ScriptedChatServer
) -> None:
    chat_server.configure(monkeypatch, TACTFUL_AI_API_KEY=KEY)
    chat_server.add("The connection works.", "Still works.")
    r = cli("ai", "test")
    assert r.code == 0, r.err
    assert r.out == "The connection works.\n"
    assert "asking openai scripted-model at http://127.0.0.1:" in r.err
    request = chat_server.requests[0]
    assert request.stream
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.body["max_tokens"] == 60

    data = cli("ai", "test", "--json")
    assert data.code == 0
    assert data.json()["answer"] == "Still works."
    assert data.json()["ok"] is True
    assert KEY not in r.out + r.err + data.out + data.err


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (UnknownModel(), "the model 'scripted-model' is unknown"),
        (Status(401), "refused the API key (HTTP 401)"),
    ],
)
def test_ai_test_errors_are_one_line_exit_2(
    cli: CLI,
    monkeypatch: pytest.MonkeyPatch,
    chat_server: ScriptedChatServer,
    item: object,
    expected: str,
) -> None:
    chat_server.configure(monkeypatch, TACTFUL_AI_API_KEY=KEY)
    chat_server.add(item)
    r = cli("ai", "test")
    assert r.code == 2
    lines = r.err.splitlines()
    assert lines[-1].startswith("tactful: error: ")
    assert expected in lines[-1]
    assert "Traceback" not in r.err
    assert KEY not in r.out + r.err


def test_ai_test_waits_out_a_429_and_a_503_then_answers(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, chat_server: ScriptedChatServer
) -> None:
    chat_server.configure(monkeypatch)
    chat_server.add(Status(429, retry_after=0), Status(503), "Works after all.")
    r = cli("ai", "test")
    assert r.code == 0, r.err
    assert r.out == "Works after all.\n"
    assert len(chat_server.chat_requests) == 3


@pytest.mark.parametrize(
    ("item", "expected", "requests"),
    [
        (Delay(3, "too late"), "did not answer within 0.3 s", 1),
        (Malformed(), "sent a malformed answer (a streamed event is not JSON)", 1),
        (Status(429), "rate limiting requests (HTTP 429, 3 tries)", 3),
    ],
)
def test_ai_test_timeout_malformed_and_rate_limit_are_one_line_exit_2(
    cli: CLI,
    monkeypatch: pytest.MonkeyPatch,
    chat_server: ScriptedChatServer,
    item: object,
    expected: str,
    requests: int,
) -> None:
    chat_server.configure(monkeypatch, TACTFUL_AI_READ_TIMEOUT="0.3")
    chat_server.add(*[item] * requests)
    r = cli("ai", "test")
    assert r.code == 2
    last = r.err.splitlines()[-1]
    assert last.startswith("tactful: error: ")
    assert expected in last
    assert "Traceback" not in r.err
    assert len(chat_server.chat_requests) == requests


def test_ai_test_endpoint_down(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    url = closed_port_url()
    monkeypatch.setenv("TACTFUL_AI_BASE_URL", url)
    monkeypatch.setenv("TACTFUL_AI_MODEL", "m")
    r = cli("ai", "test")
    assert r.code == 2
    assert f"tactful: error: cannot reach the AI endpoint at {url}: is Ollama" in r.err


def test_ai_test_unconfigured(cli: CLI) -> None:
    r = cli("ai", "test")
    assert r.code == 2
    assert r.err.startswith("tactful: error: no AI base URL or model configured")


def test_ai_test_in_a_real_process(tactful_process: CLI) -> None:
    with ScriptedChatServer(["Hello from the loopback."]) as server:
        r = tactful_process("ai", "test", env=server.env(TACTFUL_AI_API_KEY=KEY))
    assert r.code == 0, r.err
    assert r.out == "Hello from the loopback.\n"
    assert KEY not in r.out + r.err
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"
