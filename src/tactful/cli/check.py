"""`tactful check`: check a follow-up email before sending it."""

from __future__ import annotations

from typing import Annotated

import typer

from tactful.cli import reads
from tactful.cli.common import JsonOption, state
from tactful.cli.inputs import read_email

__all__ = ["read_email", "register"]


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check(
        ctx: typer.Context,
        source: Annotated[str, typer.Argument(metavar="FILE|-", help="The email, or - for stdin.")],
        kind: Annotated[
            str | None,
            typer.Option(
                "--kind",
                metavar="thank-you|status",
                help="Which follow-up it is (default: generic checks, or the step due with "
                "--interview).",
            ),
        ] = None,
        interview: Annotated[
            int | None,
            typer.Option("--interview", help="Check against this round: timing and its detail."),
        ] = None,
        lang: Annotated[
            str | None,
            typer.Option("--lang", metavar="en|fr", help="The email's language (default: detect)."),
        ] = None,
        as_json: JsonOption = False,
    ) -> None:
        """Check a follow-up email: findings with their spans, and a verdict (exit 1: revise)."""
        status = reads.check(
            state(ctx), source, kind=kind, interview=interview, lang=lang, as_json=as_json
        )
        if status:
            raise typer.Exit(status)
