"""Where the AI backend's settings come from: the environment first, then the config file; the
API key from the environment or the system keyring, never from the config or the database."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from tactful.errors import BadInput

KEYRING_SERVICE = "tactful"
"""Keyring service name; the keyring username is the endpoint's base URL."""

ENV_BASE_URL = "TACTFUL_AI_BASE_URL"
ENV_MODEL = "TACTFUL_AI_MODEL"
ENV_API_KEY = "TACTFUL_AI_API_KEY"
ENV_BACKEND = "TACTFUL_AI_BACKEND"
ENV_CONNECT_TIMEOUT = "TACTFUL_AI_CONNECT_TIMEOUT"
ENV_READ_TIMEOUT = "TACTFUL_AI_READ_TIMEOUT"
ENV_MAX_TRIES = "TACTFUL_AI_MAX_TRIES"
ENV_RETRY_DELAY = "TACTFUL_AI_RETRY_DELAY"

DEFAULT_BACKEND = "openai"

Source = Literal["environment", "config", "keyring", "none"]


class ConfigLike(Protocol):
    def get(self, name: str, default: str = "") -> str: ...


@dataclass(frozen=True)
class AISettings:
    """Everything a backend needs. `api_key` is hidden from `repr` and from `public()`."""

    base_url: str = ""
    model: str = ""
    api_key: str = field(default="", repr=False)
    backend: str = DEFAULT_BACKEND
    connect_timeout: float = 5.0
    """Seconds to open the connection."""
    read_timeout: float = 120.0
    """Seconds to wait for the next bytes of the answer (a local model may be slow to load)."""
    max_tries: int = 3
    """Tries in all when the endpoint answers 429 or 5xx."""
    retry_delay: float = 1.0
    """First backoff delay in seconds, doubled on each retry (unless Retry-After says)."""
    max_retry_wait: float = 60.0
    """Longest Retry-After tactful is willing to wait before giving up."""
    base_url_source: Source = "none"
    model_source: Source = "none"
    key_source: Source = "none"

    @property
    def configured(self) -> bool:
        return bool(self.base_url and self.model)

    @property
    def display_url(self) -> str:
        """The base URL without any user:password part, safe to print."""
        return display_url(self.base_url)

    def public(self) -> dict[str, Any]:
        """What `tactful ai status --json` prints: everything but the key."""
        data = asdict(self)
        data["api_key"] = data.pop("key_source")  # where the key comes from, never the key
        data["base_url"] = self.display_url
        data["configured"] = self.configured
        return data


def display_url(url: str) -> str:
    """The URL without any user name or password, safe to print (even when malformed)."""
    from tactful.secrets import mask_query_password, strip_userinfo

    try:
        parts = urlsplit(url)
        if parts.username is None and parts.password is None:
            return mask_query_password(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        return strip_userinfo(url)
    return mask_query_password(
        urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    )


def normalize_base_url(url: str) -> str:
    """Check an endpoint URL and drop a trailing slash or `/chat/completions`."""
    value = url.strip().rstrip("/")
    for suffix in ("/chat/completions", "/completions"):
        if value.endswith(suffix):
            value = value[: -len(suffix)]
    shown = " ".join(display_url(url).split())[:100]
    try:
        parts = urlsplit(value)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        valid = False
    if not valid:
        raise BadInput(
            f'AI base URL "{shown}" is not an http(s) URL; write e.g. http://localhost:11434/v1',
            code="bad-url",
            field="ai.base_url",
        )
    return value


def load_ai_settings(
    config: ConfigLike | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    use_keyring: bool = True,
) -> AISettings:
    """Read the settings: `TACTFUL_AI_*` variables first, then the config keys `ai.base_url`
    and `ai.model`. The key comes from `TACTFUL_AI_API_KEY` when it is set (set and empty
    means "no key, do not ask the keyring"), else from the system keyring (service "tactful",
    username the base URL)."""
    env = os.environ if environ is None else environ
    base_url, url_source = _pick(env.get(ENV_BASE_URL), config, "ai.base_url")
    model, model_source = _pick(env.get(ENV_MODEL), config, "ai.model")
    if base_url:
        base_url = normalize_base_url(base_url)
    backend = (env.get(ENV_BACKEND) or "").strip()
    if not backend and config is not None:
        backend = config.get("ai.backend", "").strip()

    api_key = ""
    key_source: Source = "none"
    if getattr(config, "per_member", False) and url_source != "environment":
        # A hosted member's own endpoint: the server's key (its environment, its keyring)
        # goes only to the server's endpoint, never to an address a member typed.
        pass
    elif ENV_API_KEY in env:
        api_key = env[ENV_API_KEY].strip()
        key_source = "environment" if api_key else "none"
    elif base_url and use_keyring:
        api_key = keyring_get(base_url) or ""
        key_source = "keyring" if api_key else "none"

    return AISettings(
        base_url=base_url,
        model=model,
        api_key=api_key,
        backend=backend or DEFAULT_BACKEND,
        connect_timeout=_number(env, ENV_CONNECT_TIMEOUT, 5.0),
        read_timeout=_number(env, ENV_READ_TIMEOUT, 120.0),
        max_tries=int(_number(env, ENV_MAX_TRIES, 3, minimum=1, integer=True)),
        retry_delay=_number(env, ENV_RETRY_DELAY, 1.0, minimum=0.0),
        base_url_source=url_source,
        model_source=model_source,
        key_source=key_source,
    )


def _pick(value: str | None, config: ConfigLike | None, key: str) -> tuple[str, Source]:
    if value and value.strip():
        return value.strip(), "environment"
    if config is not None:
        stored = config.get(key, "").strip()
        if stored:
            return stored, "config"
    return "", "none"


def _number(
    env: Mapping[str, str],
    name: str,
    default: float,
    *,
    minimum: float = 0.001,
    integer: bool = False,
) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(int(raw)) if integer else float(raw)
    except ValueError:
        kind = "a whole number" if integer else "a number of seconds"
        raise BadInput(f"{name}={raw!r} is not {kind}; fix or unset it") from None
    if value < minimum:
        raise BadInput(f"{name}={raw!r} is too small (at least {minimum:g}); fix or unset it")
    return value


# The system keyring. Any failure (no backend, locked, D-Bus missing) reads as "no key".


class KeyringUnavailable(Exception):
    """No usable system keyring: the message says why, in one line."""


def keyring_get(base_url: str) -> str | None:
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, base_url)
        return value if isinstance(value, str) else None
    except Exception:
        return None


def keyring_set(base_url: str, api_key: str) -> str:
    """Store the key; return the keyring's name. Raise `KeyringUnavailable` when it cannot."""
    try:
        import keyring

        backend = keyring.get_keyring()
        if _is_dummy(backend):
            raise KeyringUnavailable("no system keyring is available")
        keyring.set_password(KEYRING_SERVICE, base_url, api_key)
        if keyring.get_password(KEYRING_SERVICE, base_url) != api_key:
            raise KeyringUnavailable("the system keyring did not keep the key")
    except KeyringUnavailable:
        raise
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise KeyringUnavailable(f"the system keyring failed ({reason})") from None
    return type(backend).__name__ if not hasattr(backend, "name") else str(backend.name)


def keyring_delete(base_url: str) -> bool:
    """Forget the key stored for `base_url`; False when there was none (or no keyring)."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, base_url)
    except Exception:
        return False
    return True


def _is_dummy(backend: Any) -> bool:
    module = type(backend).__module__
    return module in ("keyring.backends.fail", "keyring.backends.null")
