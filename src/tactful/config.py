"""User preferences in `HOME/config.json`: default country, language, time zone, who "me" is.

Secrets never live here: an AI API key comes from the environment or the system keyring.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tactful.errors import BadInput


@dataclass(frozen=True)
class ConfigKey:
    name: str
    help: str
    choices: tuple[str, ...] = ()


KEYS: dict[str, ConfigKey] = {
    k.name: k
    for k in (
        ConfigKey("country", "default country for public holidays (ISO 3166 code: FR, US, DE)"),
        ConfigKey("subdivision", "default state or region for public holidays (CA, BY, ...)"),
        ConfigKey("timezone", "time zone for times given without one (IANA: Europe/Paris)"),
        ConfigKey("lang", "language of drafts and messages", ("en", "fr")),
        ConfigKey("me.name", "your name, to sign drafts"),
        ConfigKey("me.email", "your email, left out of interviewers imported from invitations"),
        ConfigKey("ai.base_url", "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1"),
        ConfigKey("ai.model", "model name at that endpoint, e.g. llama3.1"),
        ConfigKey("ai.backend", "AI backend name (default: openai)"),
    )
}
FORBIDDEN = ("key", "token", "secret", "password")


class Config:
    """A small JSON file of preferences; written atomically so a crash never half-writes it."""

    def __init__(self, home: Path) -> None:
        self.path = home / "config.json"
        self._values: dict[str, Any] | None = None

    @property
    def values(self) -> dict[str, Any]:
        if self._values is None:
            try:
                self._values = json.loads(self.path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                self._values = {}
            except (OSError, ValueError) as exc:
                raise BadInput(f"cannot read {self.path}: {exc}; fix or delete the file") from None
        return self._values

    def get(self, name: str, default: str = "") -> str:
        value = self.values.get(name, default)
        return str(value) if value is not None else default

    def set(self, name: str, value: str) -> None:
        key = _known(name)
        if key.choices and value not in key.choices:
            raise BadInput(f"{name} must be one of {', '.join(key.choices)}, not {value!r}")
        if name == "country":
            value = value.upper()
        self.values[name] = value
        self._save()

    def unset(self, name: str) -> None:
        _known(name)
        self.values.pop(name, None)
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".config-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self.values, handle, indent=2, sort_keys=True)
        os.replace(tmp, self.path)


def _known(name: str) -> ConfigKey:
    if any(word in name.lower() for word in FORBIDDEN):
        raise BadInput(
            f"{name!r} looks like a secret: tactful never stores secrets in its config; "
            "set TACTFUL_AI_API_KEY or use the system keyring"
        )
    try:
        return KEYS[name]
    except KeyError:
        raise BadInput(f"unknown setting {name!r}; known settings: {', '.join(KEYS)}") from None
