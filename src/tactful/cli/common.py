"""What every command shares: the API handle, options, JSON and Rich output."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tactful.errors import BadInput

if TYPE_CHECKING:
    from rich.console import Console

    from tactful.core import Tactful

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


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


def state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State(None, None, None)
    return root.obj


def api(ctx: typer.Context) -> Tactful:
    return state(ctx).api


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


def confirm(question: str, yes: bool, *, default: bool = False) -> None:
    """Ask before destroying data; refuse when no one can answer (no terminal, no --yes)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise BadInput(f"{question} Add --yes to confirm without a terminal")
    if not typer.confirm(question, default=default):
        raise typer.Exit(1)


def parse_date(value: str | None, field: str) -> Any:
    """A typed date (YYYY-MM-DD; "" clears it), checked by the one gate; `field` is the
    API's name for it (closing_date, decision_date)."""
    from tactful.validation import parse_date as parse

    return parse(value, field)
