"""`tactful calendar export`, `tactful interview import` and `tactful application import`:
data in from the calendar and the job posting, reminders out to the calendar."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tactful.cli.common import JsonOption, YesOption, api, confirm, print_json
from tactful.errors import BadInput

if TYPE_CHECKING:
    from tactful.calendars import Guess, ImportItem
    from tactful.core import Tactful
    from tactful.postings import PostingDraft

calendar_app = typer.Typer(
    help="Your follow-up reminders as a calendar file (.ics).", no_args_is_help=True
)


@calendar_app.command("export")
def export(
    ctx: typer.Context,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the calendar to this file (default: standard output)."),
    ] = None,
) -> None:
    """One .ics calendar with an event per follow-up window, each with a reminder."""
    tactful = api(ctx)
    plans = tactful.plans()
    from tactful.calendars import calendar_ics

    text = calendar_ics(plans, tactful.now())
    if out is None:
        _write_stdout(text)
        return
    from tactful.files import write_atomically

    write_atomically(out, text)
    events = sum(len(plan.steps) for plan in plans)
    typer.echo(
        f"Wrote {events} event{'s' * (events != 1)} to {out}: import it into your calendar app; "
        "importing a newer export updates the same events.",
        err=True,
    )


def _write_stdout(text: str) -> None:
    """Bytes as they are: CRLF line ends must survive on every platform."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def import_invite(
    ctx: typer.Context,
    invite: Annotated[str, typer.Argument(metavar="INVITE.ics", help="The invitation file.")],
    application: Annotated[
        int | None,
        typer.Option(
            "--application",
            metavar="ID",
            help="Add the round to this application (see 'tactful list').",
        ),
    ] = None,
    yes: YesOption = False,
    json: JsonOption = False,
) -> None:
    """Create (or update, or cancel) interview rounds from a calendar invitation (.ics)."""
    from tactful.calendars import Action, item_json
    from tactful.files import MAX_INVITE_BYTES, read_bytes

    tactful = api(ctx)
    data = read_bytes(invite, MAX_INVITE_BYTES, what="the invitation file (.ics)")
    name = "<stdin>" if invite == "-" else Path(invite).name
    items = tactful.preview_invitations(data, source=name, application_id=application)
    done = tactful.import_invitations(items, rename=lambda g: _confirm_guess(g, items, yes))
    me_email = tactful.config.get("me.email")
    if not me_email and any(i.action in (Action.CREATE, Action.UPDATE) for i in done):
        typer.echo(
            "Tip: 'tactful config set me.email YOU@EXAMPLE.COM' leaves you out of the "
            "interviewers of the next invitations.",
            err=True,
        )
    if json:
        print_json({"imported": [item_json(item, me_email) for item in done]})
        return
    for item in done:
        typer.echo(_describe(tactful, item, me_email))
    rounds = sorted({i.interview_id for i in done if i.interview_id is not None})
    if rounds:
        typer.echo(f"Next: tactful plan {rounds[0]}" if len(rounds) == 1 else "Next: tactful plan")


def _confirm_guess(guess: Guess, items: list[ImportItem], yes: bool) -> Guess:
    """Show the guessed application; ask (terminal), accept (--yes) or refuse (neither)."""
    from dataclasses import replace

    title = next((i.invite.summary for i in items if i.guess == guess), "") or "(no title)"
    shown = f"{guess.role or '?'} at {guess.company or '?'}"
    if yes:
        if not guess.complete:
            raise BadInput(
                f"cannot tell the company and role of the invitation {title!r} (guessed: {shown}): "
                "add --application ID, or run it in a terminal to type them"
            )
        typer.echo(f"New application: {shown} (guessed from {guess.basis}).", err=True)
        return guess
    if not sys.stdin.isatty():
        raise BadInput(
            f"the invitation {title!r} looks like {shown} (guessed from {guess.basis}): add --yes "
            "to create that application, or --application ID to use one you have"
        )
    typer.echo(f"The invitation {title!r} looks like {shown} (guessed from {guess.basis}).")
    company = typer.prompt("Company", default=guess.company or None).strip()
    role = typer.prompt("Role", default=guess.role or None).strip()
    if not typer.confirm(f"Create the application {role} at {company}?", default=True):
        typer.echo("Nothing imported. Use --application ID to add the round to an application.")
        raise typer.Exit(1)
    return replace(guess, company=company, role=role)


def _describe(tactful: Tactful, item: ImportItem, me_email: str) -> str:
    from tactful.calendars import Action

    invite = item.invite
    what = f"{item.company}, {item.role}" if item.company else ""
    if item.action is Action.CREATE:
        iv = tactful.interview(item.interview_id or 0)
        people = ", ".join(str(p) for p in iv.interviewers) or "no interviewer named"
        text = (
            f"Interview {iv.id} created: round {iv.round} of application {iv.application_id} "
            f"({what}), {_when(iv.starts_at)}, {iv.duration_minutes} min, with {people}."
        )
        if item.application_created:
            text = f"Application {item.application_id} created: {what}.\n{text}"
        if invite.zone not in ("floating", "UTC", iv.timezone):
            text += f" (The invitation says {_when(invite.starts_at)}.)"
        return text
    if item.action is Action.UPDATE:
        iv = tactful.interview(item.interview_id or 0)
        return (
            f"Interview {iv.id} updated ({what}): {item.note}; now {_when(iv.starts_at)}, "
            f"{iv.duration_minutes} min."
        )
    if item.action is Action.CANCEL:
        return f"Interview {item.interview_id} cancelled ({what}): {item.note}."
    label = invite.summary or invite.uid
    return f"Nothing to do for {label!r}: {item.note}."


def _when(moment: Any) -> str:
    zone = getattr(moment.tzinfo, "key", None) or moment.strftime("%z")
    return f"{moment:%a %Y-%m-%d %H:%M} {zone}"


def import_posting(
    ctx: typer.Context,
    source: Annotated[
        str, typer.Argument(metavar="PAGE.html|URL", help="A saved job posting page, or its URL.")
    ],
    index: Annotated[
        int | None,
        typer.Option("--index", min=1, help="Which posting of a page listing several (from 1)."),
    ] = None,
    yes: YesOption = False,
    json: JsonOption = False,
) -> None:
    """Create an application from a job posting (schema.org JobPosting in the page)."""
    from tactful.postings import draft_json

    tactful = api(ctx)
    postings = tactful.postings(source)
    number = index if index is not None else _choose(postings, yes)
    draft = postings.draft(number, today=tactful.now().date())
    duplicate = next((a for a in tactful.applications() if draft.url and a.url == draft.url), None)
    if duplicate is not None:
        tactful.import_posting(draft)  # refused: says which application it already is
    for warning in draft.warnings:
        typer.echo(f"tactful: warning: {warning}", err=True)
    if not json:
        typer.echo(_posting_summary(draft))
    _confirm_posting(draft, yes)
    new_id = tactful.import_posting(draft)
    app = tactful.application(new_id)
    if json:
        print_json({"id": new_id, **draft_json(draft), "country": app.country})
        return
    typer.echo(f"Application {new_id} created: {app.company}, {app.role}.")
    typer.echo(
        f"Next: tactful interview import INVITE.ics (or tactful interview add {new_id} --at ...)"
    )


def _choose(postings: Any, yes: bool) -> int:
    """The posting to import when the page lists several: ask, or say to add --index."""
    count = len(postings.items)
    if count == 1:
        return 1
    listing = "; ".join(f"{n}. {label}" for n, label in enumerate(postings.labels(), start=1))
    if not sys.stdin.isatty():
        raise BadInput(f"the page lists {count} job postings ({listing}): add --index N")
    for n, label in enumerate(postings.labels(), start=1):
        typer.echo(f"  {n}. {label}")
    import click

    number: int = typer.prompt(f"Which posting (1-{count})?", type=click.IntRange(1, count))
    return number


def _posting_summary(draft: PostingDraft) -> str:
    rows = [
        ("Role", draft.role),
        ("Company", draft.company),
        ("Closing date", draft.closing_date.isoformat() if draft.closing_date else ""),
        ("Posted", draft.posted_date.isoformat() if draft.posted_date else ""),
        ("Holidays of", "-".join(x for x in (draft.country, draft.subdivision) if x)),
        ("Posting", draft.url),
        ("Requirements", f"{len(draft.requirements.split())} words" if draft.requirements else ""),
    ]
    return "\n".join(f"  {label}: {value}" for label, value in rows if value)


def _confirm_posting(draft: PostingDraft, yes: bool) -> None:
    confirm(f"Create the application {draft.role} at {draft.company}?", yes, default=True)


def register(app: typer.Typer) -> None:
    from tactful.cli.applications import application_app
    from tactful.cli.interviews import interview_app

    # `build()` may run more than once in a process (tests): register each command once.
    if not any(g.typer_instance is calendar_app for g in app.registered_groups):
        app.add_typer(calendar_app, name="calendar")
    for group, command in ((interview_app, import_invite), (application_app, import_posting)):
        if not any(c.callback is command for c in group.registered_commands):
            group.command("import")(command)
