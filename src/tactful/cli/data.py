"""`tactful export` and `tactful import`: everything, losslessly, as JSON."""

from __future__ import annotations

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
    import json

    data = api(ctx).export_data()
    if out is None:
        print_json(data)
        return
    from tactful.files import write_atomically

    write_atomically(out, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    typer.echo(f"Exported {len(data['applications'])} applications to {out}.", err=True)


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
        typer.echo(
            f"Imported {counts['applications']} applications, {counts['interviews']} rounds, "
            f"{counts['follow_ups']} follow-ups, {counts['replies']} replies."
        )


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
