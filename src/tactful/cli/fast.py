"""The read commands without the command tree: `due`, `plan`, `list`, `show`, `check` and
`ad check`, parsed by hand and run without importing Typer or Click.

Building the Typer tree costs more than answering a read command, and scripts call these often.
The parser below accepts exactly what the Typer commands accept in the usual forms: the global
options before the command (`--home`, `--database-url`, `--now`, also as `--opt=value`, with
their environment variables), then the command's own options and arguments in any order. Any
other form (`--help`, `--version`, an unknown option, a missing or extra argument, a value
that is not a number, `--`) returns None, and the caller runs the Typer tree, which prints
the help or the usage error exactly as documented in docs/cli.md. The commands' bodies are
shared with the tree (tactful.cli.reads), so both print the same output and the same errors.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from tactful.cli.state import State

_GLOBALS = {"--home": "home", "--database-url": "database_url", "--now": "now"}
_ENVIRONMENT = {
    "home": "TACTFUL_HOME",
    "database_url": "TACTFUL_DATABASE_URL",
    "now": "TACTFUL_NOW",
}


class _Unknown(Exception):
    """A form this parser leaves to Typer."""


class _Parsed:
    """A command's arguments, flags and option values, as Click would read them. A plain
    class: importing `dataclasses` costs `check` and `ad check` more startup than parsing."""

    def __init__(self) -> None:
        self.arguments: list[str] = []
        self.flags: set[str] = set()
        self.values: dict[str, list[str]] = {}

    def value(self, option: str) -> str | None:
        found = self.values.get(option)
        return found[-1] if found else None


def _parse(args: list[str], flags: frozenset[str], valued: frozenset[str]) -> _Parsed:
    """A command's options and arguments, as Click reads them (options anywhere)."""
    parsed = _Parsed()
    rest = iter(args)
    for arg in rest:
        if arg == "-" or not arg.startswith("-"):
            parsed.arguments.append(arg)
            continue
        name, equals, value = arg.partition("=")
        if name in valued:
            if not equals:
                following = next(rest, None)
                if following is None:
                    raise _Unknown(arg)
                value = following
            parsed.values.setdefault(name, []).append(value)
        elif arg in flags:
            parsed.flags.add(arg)
        else:
            raise _Unknown(arg)
    return parsed


def _number(text: str | None) -> int | None:
    """An integer as Click converts one (`int(text)`); a value Click refuses goes to Typer."""
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise _Unknown(text) from None


def _one(parsed: _Parsed, *, optional: bool = False) -> str | None:
    if len(parsed.arguments) > 1 or (not parsed.arguments and not optional):
        raise _Unknown("arguments")
    return parsed.arguments[0] if parsed.arguments else None


def _none(parsed: _Parsed) -> None:
    if parsed.arguments:
        raise _Unknown("arguments")


_JSON = frozenset({"--json"})
_NOTHING: frozenset[str] = frozenset()


def _due(state: State, args: list[str]) -> int:
    from tactful.cli import reads

    parsed = _parse(args, _JSON, _NOTHING)
    _none(parsed)
    return _done(lambda: reads.due(state, "--json" in parsed.flags))


def _plan(state: State, args: list[str]) -> int:
    from tactful.cli import reads

    parsed = _parse(args, _JSON, _NOTHING)
    interview = _number(_one(parsed, optional=True))
    return _done(lambda: reads.plan(state, interview, "--json" in parsed.flags))


def _list(state: State, args: list[str]) -> int:
    from tactful.cli import reads

    parsed = _parse(args, _JSON, _NOTHING)
    _none(parsed)
    return _done(lambda: reads.overview(state, "--json" in parsed.flags))


def _show(state: State, args: list[str]) -> int:
    from tactful.cli import reads

    parsed = _parse(args, _JSON, _NOTHING)
    application = _number(_one(parsed))
    assert application is not None
    return _done(lambda: reads.show(state, application, "--json" in parsed.flags))


def _check(state: State, args: list[str]) -> int:
    from tactful.cli import reads

    parsed = _parse(args, _JSON, frozenset({"--kind", "--interview", "--lang"}))
    source = _one(parsed)
    assert source is not None
    interview = _number(parsed.value("--interview"))
    return reads.check(
        state,
        source,
        kind=parsed.value("--kind"),
        interview=interview,
        lang=parsed.value("--lang"),
        as_json="--json" in parsed.flags,
    )


def _ad(state: State, args: list[str]) -> int:
    from tactful.cli import reads

    if not args or args[0] != "check":
        raise _Unknown("ad")
    parsed = _parse(args[1:], _JSON, frozenset({"--lang", "--jurisdiction"}))
    file = _one(parsed)
    assert file is not None
    return _done(
        lambda: reads.ad_check(
            state,
            file,
            lang=parsed.value("--lang"),
            jurisdictions=parsed.values.get("--jurisdiction", []),
            as_json="--json" in parsed.flags,
        )
    )


def _done(run: Callable[[], None]) -> int:
    run()
    return 0


COMMANDS: dict[str, Callable[[State, list[str]], int]] = {
    "due": _due,
    "plan": _plan,
    "list": _list,
    "show": _show,
    "check": _check,
    "ad": _ad,
}


def _globals(argv: list[str]) -> tuple[dict[str, str], int]:
    """The global options given before the command, and where the command starts."""
    given: dict[str, str] = {}
    index = 0
    while index < len(argv):
        arg = argv[index]
        name, equals, value = arg.partition("=")
        if name not in _GLOBALS:
            break
        if not equals:
            if index + 1 >= len(argv):
                raise _Unknown(arg)
            index += 1
            value = argv[index]
        given[_GLOBALS[name]] = value
        index += 1
    return given, index


def dispatch(argv: list[str]) -> int | None:
    """Run a read command and return its exit status, or None when Typer should run `argv`."""
    try:
        given, index = _globals(argv)
    except _Unknown:
        return None
    if index >= len(argv) or argv[index] not in COMMANDS:
        return None
    if any(a in ("-h", "--help", "--") for a in argv[index:]):
        return None
    # Click: a value on the command line wins (even ""), else a non-empty variable.
    values = {
        key: given[key] if key in given else (os.environ.get(env) or None)
        for key, env in _ENVIRONMENT.items()
    }
    state = State(values["home"], values["database_url"], values["now"])
    try:
        return _run(COMMANDS[argv[index]], state, argv[index + 1 :], argv)
    finally:
        state.close()


def _run(
    command: Callable[[State, list[str]], int], state: State, args: list[str], argv: list[str]
) -> int | None:
    from tactful.errors import ExitStatus, TactfulError

    try:
        return command(state, args)
    except _Unknown:
        return None
    except TactfulError as exc:
        from tactful.cli.failures import error, with_flag

        error(with_flag(exc, argv))
        return int(exc.exit_status)
    except RecursionError:
        from tactful.cli.failures import error

        error("the input is nested too deeply to read: give a flatter file")
        return int(ExitStatus.BAD_INPUT)
    except KeyboardInterrupt:
        from tactful.cli.failures import error

        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
