"""The `tactful` command: read commands run through a fast path, everything else through Typer.

`due`, `plan`, `list`, `show`, `check` and `ad check` are parsed by hand (tactful.cli.fast) and
run without importing Typer, Click or Rich when they can; `--help`, any option or argument the
fast path does not know, and every other command go through the Typer tree (tactful.cli.tree),
which prints the same output and the same errors. This module imports nothing heavy.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["main", "run"]


def main(argv: list[str] | None = None, *, fast: bool = True) -> int:
    """Run the CLI and return its exit status; errors become one line on stderr. `fast=False`
    sends every command through the Typer tree (tests compare the two)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if fast:
        import gc

        from tactful.cli.fast import dispatch

        # A read command allocates its modules and its plans once and keeps them to the end;
        # none of them forms a reference cycle, so the cycle collector's passes over the
        # growing heap (a tenth of the run) find nothing to free.
        collecting = gc.isenabled()
        gc.disable()
        try:
            status = dispatch(args)
        finally:
            if collecting:
                gc.enable()
        if status is not None:
            return status
    from tactful.cli.tree import main as tree_main

    return tree_main(args)


def run() -> None:
    sys.exit(main())


def __getattr__(name: str) -> Any:
    # The tree's names, for code and tests written when this module held the tree.
    if name in ("app", "build", "fresh_app", "FIELD_FLAGS", "COMMAND_MODULES", "FAST_COMMANDS"):
        from tactful.cli import tree

        return getattr(tree, name)
    raise AttributeError(f"module 'tactful.cli.main' has no attribute {name!r}")
