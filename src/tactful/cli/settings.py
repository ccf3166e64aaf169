"""`tactful config …`: preferences kept in the home directory."""

from __future__ import annotations

from typing import Annotated

import typer

from tactful.cli.common import JsonOption, api, print_json

config_app = typer.Typer(
    help="Preferences: default country, language, time zone, you.", no_args_is_help=True
)


@config_app.command("set")
def set_(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Setting name (see 'tactful config list').")],
    value: Annotated[str, typer.Argument(help="Its value.")],
) -> None:
    """Set a preference."""
    tactful = api(ctx)
    tactful.set_setting(name, value)
    typer.echo(f"{name} = {tactful.config.shown(name)}")


@config_app.command("get")
def get(ctx: typer.Context, name: Annotated[str, typer.Argument()]) -> None:
    """Print a preference."""
    from tactful.config import known

    known(name)
    typer.echo(api(ctx).config.shown(name))


@config_app.command("unset")
def unset(ctx: typer.Context, name: Annotated[str, typer.Argument()]) -> None:
    """Remove a preference."""
    api(ctx).config.unset(name)
    typer.echo(f"{name} unset")


@config_app.command("list")
def list_(ctx: typer.Context, json: JsonOption = False) -> None:
    """Every preference with its value, and where tactful keeps its data."""
    from tactful.config import KEYS
    from tactful.secrets import redact_url

    tactful = api(ctx)
    values = {name: tactful.config.shown(name) for name in KEYS}
    database_url = redact_url(tactful.settings.database_url)
    if json:
        print_json(
            {"home": str(tactful.settings.home), "database_url": database_url, "settings": values}
        )
        return
    typer.echo(f"home: {tactful.settings.home}")
    typer.echo(f"database: {database_url}")
    for name, key in KEYS.items():
        typer.echo(f"{name} = {values[name]}    # {key.help}")


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
