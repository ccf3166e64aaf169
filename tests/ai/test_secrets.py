"""Secrets never reach the screen, the logs or config.json: URL credentials are masked
everywhere, and a key a server echoes back is redacted whatever shape it comes back in."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import pytest

from ai_server import ScriptedChatServer, Status
from conftest import CLI
from tactful.ai import AIError, OpenAICompatible, load_ai_settings
from tactful.secrets import REDACTED, has_userinfo, redact, redact_url, strip_userinfo

KEY = "sk-proj-Zx81Qw7YtE3rU5iO0pLk"
HELLO = [{"role": "user", "content": "Say hello."}]


def test_config_never_stores_url_credentials(cli: CLI, home: Path) -> None:
    for args in (
        ("config", "set", "ai.base_url", "http://sam:hunter2pw@llm.example/v1"),
        ("ai", "configure", "--base-url", "https://sam:hunter2pw@llm.example/v1", "--model", "m"),
    ):
        r = cli(*args)
        assert r.code == 2
        assert "never stores secrets" in r.err
        assert "hunter2pw" not in r.err
    assert (
        not (home / "config.json").exists() or "hunter2pw" not in (home / "config.json").read_text()
    )


def test_credentials_already_in_a_config_file_are_masked_when_shown(cli: CLI, home: Path) -> None:
    home.mkdir()
    (home / "config.json").write_text(
        json.dumps({"ai.base_url": "http://sam:hunter2pw@llm.example/v1", "ai.model": "m"})
    )
    shown = [cli("config", "get", "ai.base_url"), cli("config", "list"), cli("ai", "status")]
    shown.append(cli("config", "list", "--json"))
    for r in shown:
        assert r.code == 0, r.err
        assert "hunter2pw" not in r.out + r.err
    assert "http://***@llm.example/v1" in shown[0].out


def test_the_database_password_is_masked_in_config_list_and_errors(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://tactful:s3cretDBpw@127.0.0.1:1/tactful"
    monkeypatch.setenv("TACTFUL_DATABASE_URL", url)
    listed = cli("config", "list", "--json")
    assert listed.code == 0
    assert listed.json()["database_url"] == "postgresql+psycopg://***@127.0.0.1:1/tactful"
    failed = cli("list")  # nothing listens on port 1
    assert failed.code == 2
    assert failed.err.count("\n") == 1
    assert "s3cretDBpw" not in failed.err
    assert "***@127.0.0.1" in failed.err


def test_a_database_password_given_as_a_query_parameter_is_masked_too(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libpq and SQLAlchemy also take the password as `?password=`: it was printed whole in
    'config list' and in every 'cannot use the database at …' line (db upgrade, user, worker)."""
    url = "postgresql+psycopg:///tactful?host=127.0.0.1&port=1&user=tactful&password=s3cretDBpw"
    monkeypatch.setenv("TACTFUL_DATABASE_URL", url)
    listed = cli("config", "list", "--json")
    assert listed.code == 0
    assert listed.json()["database_url"].endswith("&password=***")
    for command in (("list",), ("user", "list"), ("db", "upgrade")):
        failed = cli(*command)  # nothing listens on port 1
        assert failed.code == 2, failed.err
        assert failed.err.count("\n") == 1, failed.err
        assert "s3cretDBpw" not in failed.err
        assert "password=***" in failed.err
    assert (
        redact_url("postgresql:///d?sslpassword=k3y&x=1") == "postgresql:///d?sslpassword=***&x=1"
    )


@pytest.mark.parametrize(
    "echo",
    [
        KEY,
        KEY.upper(),
        quote(KEY),
        json.dumps(KEY)[1:-1],
        base64.b64encode(f"user:{KEY}".encode()).decode(),
        "sk-proj-****" + KEY[-12:],
        KEY[:14] + "...",
        f"Bearer {KEY}",
    ],
)
def test_an_echoed_key_is_redacted_in_any_shape(echo: str) -> None:
    text = f"invalid api key provided: {echo} (see https://u:p4ssw0rd@h.example/x)"
    cleaned = redact(text, [KEY])
    for piece in (KEY, KEY[-12:], KEY[:14], "p4ssw0rd"):
        assert piece not in cleaned
    assert "invalid api key provided:" in cleaned
    if "Basic" not in echo and echo.startswith("Bearer"):
        assert REDACTED in cleaned


def test_url_helpers() -> None:
    assert has_userinfo("https://a:b@h/x")
    assert has_userinfo("https://token@h/x")
    assert not has_userinfo("https://h/x")
    assert (
        redact_url("postgresql://u:p@h/db and http://x@y/")
        == "postgresql://***@h/db and http://***@y/"
    )
    assert strip_userinfo("http://u:p@h:8080/v1") == "http://h:8080/v1"
    assert redact("an ordinary message about keys", ["abc"]) == "an ordinary message about keys"


def test_the_ai_backend_redacts_a_partially_echoed_key(chat_server: ScriptedChatServer) -> None:
    chat_server.add(
        Status(
            401,
            body=json.dumps({"error": {"message": f"Incorrect API key: sk-proj-***{KEY[-10:]}"}}),
        ),
        Status(400, body=json.dumps({"error": {"message": f"bad header: {KEY.lower()}"}})),
    )
    settings = load_ai_settings(environ=chat_server.env(TACTFUL_AI_MODEL="m"), use_keyring=False)
    backend = OpenAICompatible(replace(settings, api_key=KEY, max_tries=1))
    for _ in range(2):
        with pytest.raises(AIError) as caught:
            backend.generate(HELLO)  # type: ignore[arg-type]
        assert KEY[-10:].lower() not in caught.value.message.lower()
