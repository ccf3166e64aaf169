"""User preferences in `HOME/config.json`: default country, language, time zone, who "me" is.

Secrets never live here: an AI API key comes from the environment or the system keyring.
"""

from __future__ import annotations

import json
import os

from tactful.errors import BadInput
from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path
    from typing import Any


class ConfigKey(Frozen):
    """A setting `tactful config` knows: its name, its help and the values it accepts.

    A read-only value over `tactful.text.values.Frozen`, as the frozen dataclass it was:
    every command imports this module, and `dataclasses` brings `inspect` and costs a read
    command about 10 ms of startup."""

    __slots__ = ("choices", "help", "name")
    _fields = ("name", "help", "choices")
    name: str
    help: str
    choices: tuple[str, ...]

    def __init__(self, name: str, help: str, choices: tuple[str, ...] = ()) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "help", help)
        object.__setattr__(self, "choices", choices)


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
URL_KEYS = frozenset({"ai.base_url"})


class Config:
    """A small JSON file of preferences; written atomically so a crash never half-writes it."""

    def __init__(self, home: str | PathLike[str]) -> None:
        # Text, not a Path: a read command reads this file and `pathlib` costs its start a few
        # milliseconds (docs/benchmarks.md).
        self.file = os.path.join(home, "config.json")
        self._values: dict[str, Any] | None = None

    @property
    def path(self) -> Path:
        from pathlib import Path

        return Path(self.file)

    @property
    def values(self) -> dict[str, Any]:
        if self._values is None:
            try:
                with open(self.file, encoding="utf-8") as stream:
                    self._values = json.loads(stream.read())
            except FileNotFoundError:
                self._values = {}
            except OSError as exc:
                raise BadInput(
                    f"cannot read {self.file}: {exc.strerror or exc}; check the folder's "
                    "permissions (or use another tactful home)",
                    code="cannot-read",
                    field="config",
                    values={
                        "what": "config",
                        "path": self.file,
                        "reason": str(exc.strerror or exc),
                    },
                ) from None
            except ValueError:
                raise BadInput(
                    f"cannot read {self.file}: it is not JSON; fix or delete the file",
                    code="bad-config",
                    field="config",
                ) from None
            if not isinstance(self._values, dict):
                self._values = None
                raise BadInput(
                    f"cannot read {self.file}: it is not a JSON object; fix or delete the file",
                    code="bad-config",
                    field="config",
                )
        return self._values

    def get(self, name: str, default: str = "") -> str:
        value = self.values.get(name, default)
        return str(value) if value is not None else default

    def shown(self, name: str) -> str:
        """A value safe to print: a URL's user name and password are masked."""
        from tactful.secrets import redact_url

        value = self.get(name)
        return redact_url(value) if name in URL_KEYS else value

    def check(self, name: str, value: str) -> str:
        """The value as `set` would store it, or BadInput (nothing is written)."""
        key = _known(name)
        if key.choices and value not in key.choices and value.strip().lower() in key.choices:
            value = value.strip().lower()  # "FR" is fr, as --lang and --language take it
        if key.choices and value not in key.choices:
            raise BadInput(
                f'{name} must be one of {", ".join(key.choices)}, not "{value}"',
                code="not-a-choice",
                field=name,
            )
        if name == "country":
            value = value.upper()
        if name in URL_KEYS:
            from tactful.secrets import has_userinfo

            if has_userinfo(value):
                raise BadInput(
                    f"{name} holds a user name or password: tactful never stores secrets in "
                    "its config; give the address without them and the key with "
                    "TACTFUL_AI_API_KEY",
                    code="secret-in-url",
                    field=name,
                    values={"name": name},
                )
        return value

    def set(self, name: str, value: str) -> None:
        value = self.check(name, value)
        self.values[name] = value
        self._save()

    def unset(self, name: str) -> None:
        _known(name)
        self.values.pop(name, None)
        self._save()

    def _save(self) -> None:
        from tactful.files import write_atomically

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadInput(
                f"cannot create the tactful home {self.path.parent}: {exc.strerror or exc}",
                code="cannot-write",
                field="home",
            ) from None
        write_atomically(self.path, json.dumps(self.values, indent=2, sort_keys=True) + "\n")


def _known(name: str) -> ConfigKey:
    shown = " ".join(name.split())[:60]
    if any(word in name.lower() for word in FORBIDDEN):
        raise BadInput(
            f'"{shown}" looks like a secret: tactful never stores secrets in its config; '
            "set TACTFUL_AI_API_KEY or use the system keyring",
            code="secret-setting",
            field="name",
        )
    try:
        return KEYS[name]
    except KeyError:
        raise BadInput(
            f'unknown setting "{shown}"; known settings: {", ".join(KEYS)}',
            code="unknown-setting",
            field="name",
        ) from None


def known(name: str) -> ConfigKey:
    """The setting called `name`, or BadInput naming the known ones."""
    return _known(name)
