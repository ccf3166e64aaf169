"""Write docs/cli.md from the commands' own --help, so the reference cannot drift.

Run: .venv/bin/python scripts/cli_docs.py  (a test fails when docs/cli.md is out of date)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click
import typer

from tactful.cli.tree import build, fresh_app

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
HEADER = """# Command-line reference

Generated from each command's `--help` by `scripts/cli_docs.py`; a test keeps it current.
Global options (`--home`, `--database-url`, `--now`) go before the command:
`tactful --now 2026-12-01T09:00 due --json`.
"""


def commands(
    command: click.Command, path: list[str]
) -> Iterator[tuple[list[str], click.Command, click.Context]]:
    ctx = click.Context(
        command, info_name=" ".join(path), terminal_width=100, max_content_width=100
    )
    yield path, command, ctx
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from commands(sub, [*path, name])


def render() -> str:
    fresh_app()
    root = typer.main.get_command(build())
    parts = [HEADER]
    for path, _command, ctx in commands(root, ["tactful"]):
        title = " ".join(path)
        parts.append(f"\n## `{title}`\n\n```text\n{ctx.get_help().rstrip()}\n```\n")
    return "".join(parts)


def main() -> int:
    DOCS.write_text(render(), encoding="utf-8")
    print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
