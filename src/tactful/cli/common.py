"""What every command shares: the API handle, options, JSON and Rich output."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tactful.cli.state import State, console, print_json
from tactful.errors import BadInput

if TYPE_CHECKING:
    from tactful.core import Tactful

__all__ = ["JsonOption", "State", "YesOption", "api", "confirm", "console", "print_json", "state"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State(None, None, None)
    return root.obj


def api(ctx: typer.Context) -> Tactful:
    return state(ctx).api


def confirm(question: str, yes: bool, *, default: bool = False) -> None:
    """Ask before destroying data; refuse when no one can answer (no terminal, no --yes)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise BadInput(f"{question} Add --yes to confirm without a terminal")
    if not typer.confirm(question, default=default, err=True):  # stdout is the answer
        raise typer.Exit(1)


def parse_date(value: str | None, field: str) -> Any:
    """A typed date (YYYY-MM-DD; "" clears it), checked by the one gate; `field` is the
    API's name for it (closing_date, decision_date)."""
    from tactful.validation import parse_date as parse

    return parse(value, field)
