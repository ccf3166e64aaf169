"""docs/drafts.md stays honest: every option and command of this area is documented."""

from __future__ import annotations

from pathlib import Path

import click
import typer

from tactful.cli.tree import build

DOC = (Path(__file__).resolve().parents[2] / "docs" / "drafts.md").read_text(encoding="utf-8")


def test_every_option_of_draft_suggest_and_profile_is_documented() -> None:
    command = typer.main.get_command(build())
    for path in (["draft"], ["suggest"], ["profile", "add"], ["profile", "list"]):
        cmd = command
        for name in path:
            assert isinstance(cmd, click.Group), path
            cmd = cmd.commands[name]
        assert cmd.help, path
        for param in cmd.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and option != "--help":
                    assert option in DOC, (path, option)
    for line in ("tactful profile remove ID", "tactful suggest INTERVIEW_ID"):
        assert line in DOC
