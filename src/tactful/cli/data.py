"""`tactful export` and `tactful import`: everything, losslessly, as JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from tactful.cli.common import JsonOption, api, print_json


def export(
    ctx: typer.Context,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Write to this file (default: stdout).")
    ] = None,
) -> None:
    """Export every application, round, follow-up, reply and profile item as JSON."""
    from tactful.cli.jsonout import write_object
    from tactful.cli.reads import json_indent
    from tactful.transfer import FORMAT, VERSION, export_data

    tactful = api(ctx)
    profile = [{"id": i, "kind": k, "text": t} for i, k, t in tactful.profile_rows()]
    count = 0

    def applications() -> Iterator[dict[str, object]]:
        # A batch of applications at a time: an export of any size in the memory of one.
        nonlocal count
        for apps, interviews in tactful.iter_rounds():
            count += len(apps)
            yield from export_data(apps, interviews, [])["applications"]

    members = [("format", FORMAT), ("version", VERSION), ("applications", None)]
    members.append(("profile", profile))
    if out is None:
        write_object(
            sys.stdout.write, members, "applications", applications(), indent=json_indent()
        )
        return
    from tactful.files import atomic_writer

    with atomic_writer(out) as write:
        pending: list[str] = []

        def buffered(text: str) -> None:
            pending.append(text)
            if len(pending) >= 256:
                write("".join(pending).encode("utf-8"))
                pending.clear()

        write_object(buffered, members, "applications", applications(), indent=2)
        write("".join(pending).encode("utf-8"))
    what = _count(count, "application")
    if profile:
        what += f" and {_count(len(profile), 'profile item')}"
    typer.echo(f"Exported {what} to {out}.", err=True)


def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="A file written by 'tactful export' ('-': stdin).")],
    json: JsonOption = False,
) -> None:
    """Import an export: all of it, or nothing when anything is wrong."""
    counts = api(ctx).import_file(file)
    if json:
        print_json(counts)
    else:
        parts = [
            _count(counts["applications"], "application"),
            _count(counts["interviews"], "round"),
            _count(counts["follow_ups"], "follow-up"),
            _count(counts["replies"], "reply", "replies"),
            _count(counts.get("profile", 0), "profile item"),
        ]
        typer.echo(f"Imported {', '.join(parts)}.")


def _count(number: int, one: str, many: str = "") -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
