"""Every command has help text, and docs/cli.md is the current --help of every command."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import typer

from tactful.cli.tree import build, fresh_app

ROOT = Path(__file__).resolve().parents[2]


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_has_help_text() -> None:
    generator = load_generator()
    fresh_app()
    root = typer.main.get_command(build())
    missing = [
        " ".join(path)
        for path, command, _ in generator.commands(root, ["tactful"])
        if not (command.help or command.short_help)
    ]
    assert missing == []


def test_the_cli_reference_is_current() -> None:
    generator = load_generator()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == generator.render(), "docs/cli.md is stale: run scripts/cli_docs.py"


def test_the_package_exposes_every_capability() -> None:
    import tactful

    for name in tactful.__all__:
        assert getattr(tactful, name) is not None, name
