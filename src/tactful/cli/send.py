"""`tactful send ID thank-you|status`: draft (or your edited text), check, confirm, send by
SMTP, record, file a copy in Sent — each email at most once."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tactful.cli.common import JsonOption, YesOption, api, print_json
from tactful.errors import Refused

if TYPE_CHECKING:
    from tactful.mailbox.outbox import OutboxEntry
    from tactful.mailbox.sending import Outgoing, SendResult
    from tactful.mailbox.service import Mailbox


def _err(line: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def ask_went_out(entry: OutboxEntry) -> bool | None:
    """In a terminal: did this uncertain email go out?"""
    if not sys.stdin.isatty():
        return None
    answer = typer.prompt(
        f"The {entry.kind} to {entry.recipient} ({entry.created_at:%Y-%m-%d %H:%M}) may have "
        "gone out before the connection dropped, and it is not in your Sent folder. Did it "
        "arrive? [sent/not-sent/later]",
        default="later",
    )
    return {"sent": True, "not-sent": False}.get(answer.strip().lower())


def send(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Interview id (see 'tactful plan').")],
    kind: Annotated[str, typer.Argument(help="thank-you or status.", metavar="thank-you|status")],
    to: Annotated[
        str | None, typer.Option("--to", help="Only the note to this person (name or email).")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="en or fr.")] = None,
    ai: Annotated[bool, typer.Option("--ai", help="Let the configured AI write it.")] = False,
    file: Annotated[
        str | None,
        typer.Option("--file", help="Send your edited text (Subject: line, blank line, body)."),
    ] = None,
    anyway: Annotated[
        bool, typer.Option("--anyway", help="Send despite error findings or [placeholders].")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show and check; send nothing.")
    ] = False,
    yes: YesOption = False,
    json: JsonOption = False,
) -> None:
    """Send a follow-up from your mailbox: one thank-you per interviewer, or the status email.

    It refuses what 'tactful sent' refuses (too early, a third follow-up, after a reply), and an
    email with an error finding or a leftover [placeholder] unless --anyway. An email cut off by
    a crash or a dropped connection is never sent blindly again.
    """
    from tactful.files import read_text

    tactful = api(ctx)
    box = tactful.mailbox()
    text = read_text(file) if file is not None else None
    if not dry_run:
        for line in box.recover(ask_went_out):
            _err(f"tactful: {line.line()}")
    items = _prepare(box, interview_id, kind, to=to, lang=lang, ai=ai, text=text)
    blocked = [(item, item.errors) for item in items if item.errors]
    if not json:
        _print_emails(items)
        _notes(items)
    if dry_run:
        _report_dry_run(items, blocked, json=json)
        return
    if blocked and not anyway:
        raise _check_failed(*blocked[0])
    if not yes:
        from tactful.cli.common import confirm

        names = ", ".join(str(i.recipient) for i in items)
        confirm(f"Send {len(items)} email(s) to {names}?", yes, default=False)
    results = _send_all(box, items, json=json)
    if json:
        print_json({"sent": [r.to_json() for r in results]})
    if any(r.state == "uncertain" for r in results):
        raise typer.Exit(1)
    if not json:
        typer.echo(tactful.plan(interview_id).advice_in(tactful.lang))


def _prepare(box: Mailbox, interview_id: int, kind: str, **options: Any) -> list[Outgoing]:
    """The checked emails; an AI failure says how to do without, as `tactful draft --ai`."""
    from tactful.ai.base import AIError

    try:
        return box.prepare(interview_id, kind, **options)
    except AIError as exc:
        from tactful.cli.fixes import without_ai

        raise without_ai(exc) from None


def _notes(items: list[Outgoing]) -> None:
    """The drafts' notes (an AI draft replaced by the template...), each said once, on
    stderr before the question."""
    said: set[str] = set()
    for line in (n for item in items for n in item.notes):
        if line not in said:
            said.add(line)
            _err(f"tactful: {line}")


def _print_emails(items: list[Outgoing]) -> None:
    for number, item in enumerate(items):
        if number:
            typer.echo("\n" + "-" * 72 + "\n")
        typer.echo(_shown(item))


def _report_dry_run(
    items: list[Outgoing], blocked: list[tuple[Outgoing, list[str]]], *, json: bool
) -> None:
    """--dry-run: the emails as JSON when asked, and every error finding on stderr."""
    if json:
        print_json({"dry_run": True, "emails": [i.to_json() for i in items]})
    for item, errors in blocked:
        for error in errors:
            _err(f"check: error: {item.recipient}: {error}")


def _check_failed(item: Outgoing, errors: list[str]) -> Refused:
    """The refusal of an email with error findings or [placeholders] (without --anyway)."""
    return Refused(
        f"the email to {item.recipient} has {len(errors)} problem(s): {errors[0]}; fix it "
        "(edit the draft and give --file) or add --anyway",
        code="check-failed",
    )


def _send_all(box: Mailbox, items: list[Outgoing], *, json: bool) -> list[SendResult]:
    """Send each email once, saying how each went as it goes unless the answer is JSON. When
    one fails (a refused recipient, a lost server), those already sent are said first: with
    --json, as the answer, before the error."""
    from tactful.errors import TactfulError

    results: list[SendResult] = []

    def said(result: SendResult) -> None:
        results.append(result)
        if not json:
            _say(result)

    try:
        with box.sender() as sender:
            sender.send(items, on_result=said)
    except TactfulError:
        if json and results:
            print_json({"sent": [r.to_json() for r in results]})
        raise
    return results


def _shown(item: Outgoing) -> str:
    thread = f"\nIn-Reply-To: {item.in_reply_to}" if item.in_reply_to else ""
    return f"To: {item.recipient}\nSubject: {item.subject}{thread}\n\n{item.body}"


def _say(result: object) -> None:
    from tactful.mailbox.sending import SendResult

    assert isinstance(result, SendResult)
    who = result.outgoing.recipient if result.outgoing else "?"
    if result.state == "done":
        typer.echo(f"Sent to {who} and recorded ({result.detail}).")
    elif result.state == "recorded":
        typer.echo(f"Sent to {who} and recorded; {result.detail}.")
    else:
        _err(f"tactful: the email to {who} {result.detail}")


def register(app: typer.Typer) -> None:
    app.command("send")(send)
