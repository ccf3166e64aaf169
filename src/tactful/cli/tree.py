"""The `tactful` command tree (Typer): global options, the command groups, one-line errors.

Every command goes through it except the read commands that tactful.cli.fast runs alone."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Annotated, Any

import typer
from click import exceptions as click_errors

from tactful.cli.failures import FIELD_FLAGS, error, with_flag
from tactful.cli.state import State
from tactful.errors import ExitStatus, TactfulError

_APP_OPTIONS: dict[str, Any] = {
    "name": "tactful",
    "help": (
        "Follow up after job interviews the way employers like it; write job ads candidates answer."
    ),
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_APP_OPTIONS)

# Command modules: each defines `register(app)`. Heavy imports stay inside command bodies so
# that `tactful due` starts fast.
COMMAND_MODULES = (
    "tactful.cli.applications",
    "tactful.cli.interviews",
    "tactful.cli.followups",
    "tactful.cli.data",
    "tactful.cli.settings",
    "tactful.cli.ai",
    "tactful.cli.drafts",
    "tactful.cli.calendar",
    "tactful.cli.check",
    "tactful.cli.ads",
    "tactful.cli.serve",
    "tactful.cli.mail",
    "tactful.cli.send",
    "tactful.cli.inbox",
    "tactful.cli.watch",
    "tactful.cli.users",
    "tactful.cli.worker",
)


def _version(value: bool) -> None:
    if value:
        from tactful import __version__

        typer.echo(f"tactful {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    home: Annotated[
        str | None,
        typer.Option("--home", envvar="TACTFUL_HOME", help="Data directory (default: per user)."),
    ] = None,
    database_url: Annotated[
        str | None,
        typer.Option("--database-url", envvar="TACTFUL_DATABASE_URL", help="SQLAlchemy URL."),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option("--now", envvar="TACTFUL_NOW", help="Pretend it is this ISO 8601 time."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    ctx.obj = State(home, database_url, now)


# Commands that scripts call often are built alone: Typer inspects every command's signature
# when it builds the tree, which costs more than the command itself.
FAST_COMMANDS = {"due": "tactful.cli.followups", "plan": "tactful.cli.followups"}
_GLOBAL_OPTIONS_WITH_VALUE = {"--home", "--database-url", "--now"}


def _command_name(argv: list[str]) -> str | None:
    args = iter(argv)
    for arg in args:
        if arg in _GLOBAL_OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def build(argv: list[str] | None = None) -> typer.Typer:
    """The command tree: every command, or only the module a fast command needs."""
    name = _command_name(argv or [])
    modules = [FAST_COMMANDS[name]] if name in FAST_COMMANDS else COMMAND_MODULES
    for module in modules:
        import_module(module).register(app)
    return app


def fresh_app() -> typer.Typer:
    """A new, empty root (tests build the tree many times in one process)."""
    global app
    root_info = app.registered_callback
    app = typer.Typer(**_APP_OPTIONS)
    app.registered_callback = root_info
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit status; errors become one line on stderr."""
    args = list(sys.argv[1:] if argv is None else argv)
    fresh_app()
    command = typer.main.get_command(build(args))
    try:
        with command.make_context("tactful", args) as ctx:
            try:
                command.invoke(ctx)
            finally:
                if isinstance(ctx.obj, State):
                    ctx.obj.close()
    except TactfulError as exc:
        _error(_with_flag(exc, args))
        return int(exc.exit_status)
    except RecursionError:
        _error("the input is nested too deeply to read: give a flatter file")
        return int(ExitStatus.BAD_INPUT)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        _error("aborted")
        return int(ExitStatus.REFUSED)
    except click_errors.NoArgsIsHelpError as exc:
        sys.stdout.write(exc.ctx.get_help() + "\n" if exc.ctx else "")
        return int(ExitStatus.BAD_INPUT)
    except click_errors.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        _error(f"{_usage_message(exc)}{hint}")
        return int(ExitStatus.BAD_INPUT)
    except click_errors.ClickException as exc:
        _error(exc.format_message())
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    return 0


def _usage_message(exc: click_errors.UsageError) -> str:
    """Click's message, with one "Did you mean" for a mistyped command: Click (8.4+) suggests
    the close commands itself, and Typer has already added its own to the message."""
    no_such = getattr(click_errors, "NoSuchCommand", None)
    close = getattr(exc, "possibilities", None)
    if no_such is None or not isinstance(exc, no_such) or not close:
        return exc.format_message()
    names = [repr(name) for name in close]
    choices = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"No such command {exc.command_name!r}. Did you mean {choices}?"


__all__ = ["FIELD_FLAGS", "app", "build", "fresh_app", "main"]

_with_flag = with_flag
_error = error
