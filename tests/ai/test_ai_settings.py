"""Where the settings and the key come from; `configured_backend`."""

from __future__ import annotations

import pytest

from ai_server import MemoryKeyring, ScriptedChatServer
from tactful import Tactful
from tactful.ai import AISettings, OpenAICompatible, configured_backend, load_ai_settings
from tactful.ai.settings import KEYRING_SERVICE, normalize_base_url
from tactful.errors import BadInput


class FakeConfig(dict[str, str]):
    # ConfigLike's get(name, default) -> str, narrower than dict.get's overloads.
    def get(self, name: str, default: str = "") -> str:  # type: ignore[override]
        return super().get(name, default)


CONFIG = FakeConfig({"ai.base_url": "http://localhost:11434/v1/", "ai.model": "llama3.1"})


def test_nothing_configured() -> None:
    settings = load_ai_settings(FakeConfig(), {})
    assert not settings.configured
    assert (settings.base_url_source, settings.model_source, settings.key_source) == (
        "none",
        "none",
        "none",
    )


def test_config_values_are_used_and_normalized() -> None:
    settings = load_ai_settings(CONFIG, {})
    assert settings.base_url == "http://localhost:11434/v1"
    assert settings.model == "llama3.1"
    assert settings.base_url_source == settings.model_source == "config"
    assert settings.backend == "openai"


def test_environment_wins_over_config() -> None:
    env = {"TACTFUL_AI_BASE_URL": "https://api.openai.com/v1", "TACTFUL_AI_MODEL": "gpt-4o-mini"}
    settings = load_ai_settings(CONFIG, env)
    assert settings.base_url == "https://api.openai.com/v1"
    assert settings.model == "gpt-4o-mini"
    assert settings.base_url_source == settings.model_source == "environment"


def test_key_from_environment_first(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "http://localhost:11434/v1", "from-keyring")
    settings = load_ai_settings(CONFIG, {"TACTFUL_AI_API_KEY": "from-env"})
    assert (settings.api_key, settings.key_source) == ("from-env", "environment")


def test_key_from_keyring_under_the_base_url(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "http://localhost:11434/v1", "from-keyring")
    settings = load_ai_settings(CONFIG, {})
    assert (settings.api_key, settings.key_source) == ("from-keyring", "keyring")
    other = load_ai_settings(CONFIG, {"TACTFUL_AI_BASE_URL": "http://other:8000/v1"})
    assert (other.api_key, other.key_source) == ("", "none")


def test_empty_environment_key_means_no_key_and_no_keyring(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "http://localhost:11434/v1", "from-keyring")
    settings = load_ai_settings(CONFIG, {"TACTFUL_AI_API_KEY": ""})
    assert (settings.api_key, settings.key_source) == ("", "none")


def test_broken_keyring_reads_as_no_key(memory_keyring: MemoryKeyring) -> None:
    def explode(service: str, username: str) -> str:
        raise RuntimeError("D-Bus is not running")

    # A keyring whose backend fails on every read, as without D-Bus.
    memory_keyring.get_password = explode  # type: ignore[method-assign]
    assert load_ai_settings(CONFIG, {}).key_source == "none"


def test_timeouts_and_retries_from_environment() -> None:
    env = {
        "TACTFUL_AI_CONNECT_TIMEOUT": "1.5",
        "TACTFUL_AI_READ_TIMEOUT": "30",
        "TACTFUL_AI_MAX_TRIES": "5",
        "TACTFUL_AI_RETRY_DELAY": "0",
        "TACTFUL_AI_BACKEND": "custom",
    }
    settings = load_ai_settings(CONFIG, env)
    assert (settings.connect_timeout, settings.read_timeout) == (1.5, 30.0)
    assert (settings.max_tries, settings.retry_delay, settings.backend) == (5, 0.0, "custom")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("TACTFUL_AI_READ_TIMEOUT", "soon", "is not a number of seconds"),
        ("TACTFUL_AI_MAX_TRIES", "2.5", "is not a whole number"),
        ("TACTFUL_AI_MAX_TRIES", "0", "too small"),
        ("TACTFUL_AI_CONNECT_TIMEOUT", "0", "too small"),
        ("TACTFUL_AI_BASE_URL", "localhost:11434", "is not an http(s) URL"),
    ],
)
def test_bad_values_are_one_line_errors(name: str, value: str, message: str) -> None:
    with pytest.raises(BadInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_ai_settings(CONFIG, {name: value})


def test_normalize_base_url() -> None:
    assert normalize_base_url(" http://h:1/v1/chat/completions ") == "http://h:1/v1"
    assert normalize_base_url("https://api.openai.com/v1/") == "https://api.openai.com/v1"


def test_public_view_has_no_key() -> None:
    settings = AISettings(base_url="http://u:pw@h/v1", model="m", api_key="sk-zzz")
    public = settings.public()
    assert public["api_key"] == "none"
    assert "key_source" not in public
    assert "sk-zzz" not in repr(settings)
    assert "sk-zzz" not in str(public)
    assert public["base_url"] == "http://h/v1"


def test_configured_backend_without_configuration_says_how() -> None:
    api = Tactful.open()
    with pytest.raises(BadInput) as caught:
        configured_backend(api)
    message = caught.value.message
    assert "set the AI endpoint's base URL and model" in message
    assert "TACTFUL_AI_BASE_URL" in message
    assert caught.value.code == "ai-not-configured"


def test_configured_backend_from_config_talks_to_the_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    api = Tactful.open()
    with ScriptedChatServer(["Configured."]) as server:
        api.config.set("ai.base_url", server.base_url)
        api.config.set("ai.model", "from-config")
        backend = configured_backend(api)
        assert isinstance(backend, OpenAICompatible)
        assert backend.generate([{"role": "user", "content": "hi"}]) == "Configured."
    assert server.requests[0].body["model"] == "from-config"


def test_configured_backend_from_the_servers_env(monkeypatch: pytest.MonkeyPatch) -> None:
    with ScriptedChatServer(["From env."]) as server:
        server.configure(monkeypatch)
        backend = configured_backend(Tactful.open())
        assert backend.generate([{"role": "user", "content": "hi"}], on_token=print) == "From env."
    assert server.requests[0].body["model"] == server.model


def test_every_setting_variable_is_documented() -> None:
    from pathlib import Path

    from tactful.ai import settings as module

    doc = (Path(__file__).resolve().parents[2] / "docs" / "ai.md").read_text(encoding="utf-8")
    names = [value for key, value in vars(module).items() if key.startswith("ENV_")]
    assert len(names) == 8
    for name in names:
        assert f"`{name}`" in doc, f"{name} is missing from docs/ai.md"
