"""`tactful check`: check a follow-up email before sending it."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from tactful.cli.common import JsonOption, api, print_json
from tactful.errors import BadInput


def read_email(source: str) -> tuple[str, str]:
    """The email's text from a file or '-' (stdin), and a name to show for it."""
    from tactful.files import read_text

    name = "<stdin>" if source == "-" else source
    try:
        text = read_text(source)
    except UnicodeDecodeError:  # only stdin: read_text turns a file's into BadInput
        raise BadInput("stdin is not UTF-8 text: convert the email to UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise BadInput(f"{name} is empty: give the email's text")
    return text, name


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
        from tactful.checks import EmailContext, check_email, kind_for
        from tactful.checks.model import normalise_kind, normalise_lang
        from tactful.checks.render import render_report

        kind = normalise_kind(kind)
        lang = normalise_lang(lang)
        text, name = read_email(source)
        context = None
        if interview is not None:
            tactful = api(ctx)
            context = EmailContext(plan=tactful.plan(interview), now=tactful.now())
            if kind is None:
                kind = kind_for(context)
        report = check_email(text, kind=kind, lang=lang, context=context)
        if as_json:
            print_json(report.to_json())
        else:
            sys.stdout.write(render_report(text, report, name))
        if report.errors:
            raise typer.Exit(1)
