"""What every command shares without importing Typer or Rich: the global options, the API
opened on first use, JSON output and the Rich console (created on first use)."""

from __future__ import annotations

import json
import sys

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    from rich.console import Console

    from tactful.core import Tactful


class State:
    """Global options, and the API opened on first use."""

    def __init__(self, home: str | None, database_url: str | None, now: str | None) -> None:
        self.home = home
        self.database_url = database_url
        self.now = now
        self._api: Tactful | None = None

    @property
    def api(self) -> Tactful:
        if self._api is None:
            from tactful.core import Tactful

            self._api = Tactful.open(self.home, self.database_url, now=self.now)
        return self._api

    def close(self) -> None:
        if self._api is not None:
            self._api.close()


def print_json(data: Any) -> None:
    """Indented for a person at a terminal; compact (and fast: the C encoder) for a pipe."""
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, indent=indent, ensure_ascii=False) + "\n")


_console: Console | None = None


def console() -> Console:
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console(highlight=False, soft_wrap=False)
    return _console
