"""`tactful draft`, `tactful suggest` and `tactful profile …`: follow-up drafts and what to
mention in them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tactful.cli.common import JsonOption, api, console, print_json
from tactful.errors import BadInput

if TYPE_CHECKING:
    from tactful.core import Tactful
    from tactful.drafts import Draft

profile_app = typer.Typer(
    help="Your skills and accomplishments, matched against a posting's requirements.",
    no_args_is_help=True,
)


def _err(line: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def draft(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Interview id (see tactful plan).")],
    kind: Annotated[str, typer.Argument(help="thank-you or status.", metavar="thank-you|status")],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help="en or fr (default: the application's, else config lang, else en)."
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", help="Only the note to this person (name or email)."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", help="text, eml (RFC 5322 message) or mailto (a link)."),
    ] = "text",
    out: Annotated[
        Path | None,
        typer.Option("--out", help="With --format eml: write one .eml file per note here."),
    ] = None,
    ai: Annotated[
        bool, typer.Option("--ai", help="Let the configured AI model write it (checked).")
    ] = False,
    json: JsonOption = False,
) -> None:
    """Draft a thank-you note or a status inquiry, checked before it is shown.

    One thank-you note per interviewer; one status inquiry per round. Missing facts stay as
    visible [placeholders] and the command says how to record them.
    """
    _check_format_options(fmt, json=json, out=out)
    tactful = api(ctx)
    stream = ai and not json
    drafts = _make_drafts(tactful, interview_id, kind, lang=lang, to=to, ai=ai, stream=stream)
    if stream:
        _err("")
    if json:
        print_json({"drafts": [d.to_json() for d in drafts]})
        return
    _print_drafts(drafts, fmt, out, tactful)
    _notes(drafts)


def _check_format_options(fmt: str, *, json: bool, out: Path | None) -> None:
    """--format, --json and --out agree with each other (before anything is drafted)."""
    from tactful.drafts import FORMATS

    if fmt not in FORMATS:
        raise BadInput(f"--format {fmt!r}: write text, eml or mailto")
    if json and fmt != "text":
        raise BadInput("--json prints the drafts as JSON: leave out --format")
    if out is not None and fmt != "eml":
        raise BadInput("--out writes .eml files: add --format eml")


def _make_drafts(
    tactful: Tactful,
    interview_id: int,
    kind: str,
    *,
    lang: str | None,
    to: str | None,
    ai: bool,
    stream: bool,
) -> list[Draft]:
    """The drafts; an AI draft streams to stderr, and an AI failure says how to do without."""
    from tactful.ai.base import AIError

    try:
        return tactful.drafts(
            interview_id,
            kind,
            lang=lang,
            to=to,
            ai=ai,
            on_token=_stream_token if stream else None,
            on_retry=_say_retry if stream else None,
        )
    except AIError as exc:
        from tactful.cli.fixes import without_ai

        raise without_ai(exc) from None


def _print_drafts(drafts: list[Draft], fmt: str, out: Path | None, tactful: Tactful) -> None:
    """The drafts in the chosen format on stdout, each one's check findings on stderr."""
    if fmt == "text":
        _print_text(drafts)
        return
    if fmt == "eml":
        _print_eml(drafts, out, tactful.now())
    elif fmt == "mailto":
        from tactful.drafts import to_mailto

        for d in drafts:
            typer.echo(to_mailto(d))
    for d in drafts:
        _report(d)


def _print_text(drafts: list[Draft]) -> None:
    for number, d in enumerate(drafts):
        if number:
            typer.echo("\n" + "-" * 72 + "\n")
        typer.echo(_as_text(d))
        _report(d)


def _stream_token(piece: str) -> None:
    sys.stderr.write(piece)
    sys.stderr.flush()


def _say_retry(rules: str) -> None:
    _err(f"\ntactful: the AI draft failed the check ({rules}): asking once more")


def _as_text(d: Draft) -> str:
    lines = []
    if d.to.role != "team" or d.to.email:
        lines.append(f"To: {d.to.address}")
    lines.append(f"Subject: {d.subject}")
    return "\n".join(lines) + "\n\n" + d.body


def _print_eml(drafts: list[Draft], out: Path | None, now: Any) -> None:
    from tactful.drafts import to_eml, write_eml_files

    if out is not None:
        for path in write_eml_files(drafts, out, now=now):
            typer.echo(str(path))
        return
    if len(drafts) > 1:
        names = "; ".join(d.to.address for d in drafts)
        raise BadInput(
            f"{len(drafts)} notes ({names}): pick one with --to NAME, or write one .eml file "
            f"each with --out DIR"
        )
    sys.stdout.write(to_eml(drafts[0], now=now).decode("ascii"))


def _report(d: Draft) -> None:
    """The check's findings, under the draft (on stderr, so stdout stays the email). A
    too-early finding is left to the one-line timing note said after the drafts."""
    report = d.check or {}
    for f in report.get("findings", []):
        if f.get("rule") == "too-early" and any(n.startswith("too early") for n in d.notes):
            continue
        where = f"line {f.get('line')}" if f.get("line") else ""
        advice = f" {f['suggestion']}" if f.get("suggestion") else ""
        _err(f"check: {f.get('severity')}: {where}: {f.get('message')}{advice} [{f.get('rule')}]")


def _notes(drafts: list[Draft]) -> None:
    """Notes and placeholder hints, each said once."""
    said: set[str] = set()
    lines = [n for d in drafts for n in d.notes]
    lines += [f"to {p.hint}" for d in drafts for p in d.placeholders]
    for line in lines:
        if line not in said:
            said.add(line)
            _err(f"tactful: {line}")


def suggest(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Interview id.")],
    json: JsonOption = False,
) -> None:
    """Suggest what to mention in the status inquiry: a requirement of the posting your
    profile meets that the interview notes never mention."""
    tactful = api(ctx)
    plan = tactful.plan(interview_id)
    found = tactful.suggest(interview_id)
    hints = []
    app_id = plan.application.id
    if not plan.application.requirements.strip():
        hints.append(
            f"application {app_id} has no posting requirements: add them with "
            f'tactful application edit {app_id} --requirements "..."'
        )
    if not tactful.profile():
        hints.append('your profile is empty: add items with tactful profile add skill "..."')
    if json:
        print_json({"suggestions": [s.to_json() for s in found], "hints": hints})
        return
    if not found:
        typer.echo(
            "No suggestion: "
            + (
                "; ".join(hints)
                or (
                    "no requirement of the posting matches your profile without being already "
                    "mentioned in your interview notes"
                )
            )
        )
        return
    for number, s in enumerate(found, 1):
        typer.echo(f"{number}. {s.text}")
        typer.echo(f"   meets: {s.requirement}  (shared words: {', '.join(s.matched)})")
    typer.echo(f'\nRecord it: tactful interview edit {interview_id} --forgot "{found[0].text}"')


@profile_app.command("add")
def profile_add(
    ctx: typer.Context,
    kind: Annotated[str, typer.Argument(help="skill or accomplishment.", metavar="KIND")],
    text: Annotated[str, typer.Argument(help='What it is: "Led the move to Kubernetes".')],
    json: JsonOption = False,
) -> None:
    """Add a skill or an accomplishment; prints its id."""
    item = api(ctx).add_profile_item(kind, text)
    if json:
        print_json(item.to_json())
    else:
        typer.echo(item.id)


@profile_app.command("list")
def profile_list(ctx: typer.Context, json: JsonOption = False) -> None:
    """List your skills and accomplishments."""
    items = api(ctx).profile()
    if json:
        print_json({"profile": [i.to_json() for i in items]})
        return
    if not items:
        typer.echo('Your profile is empty: tactful profile add skill "PostgreSQL"')
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Profile")
    for column in ("id", "kind", "text"):
        table.add_column(column)
    for i in items:
        table.add_row(str(i.id), i.kind, Text(i.text))
    console().print(table)


@profile_app.command("remove")
def profile_remove(
    ctx: typer.Context, item_id: Annotated[int, typer.Argument(help="Profile item id.")]
) -> None:
    """Remove a profile item."""
    api(ctx).remove_profile_item(item_id)
    typer.echo(f"Removed profile item {item_id}.")


def register(app: typer.Typer) -> None:
    app.command("draft")(draft)
    app.command("suggest")(suggest)
    app.add_typer(profile_app, name="profile")
