"""`tactful inbox`: read new mail, match it to applications, propose what to record."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from tactful.cli.common import JsonOption, YesOption, api, parse_date, print_json
from tactful.errors import BadInput, TactfulError

if TYPE_CHECKING:
    from tactful.mailbox.proposals import Proposal
    from tactful.mailbox.reader import ScanResult
    from tactful.mailbox.recovery import Recovered
    from tactful.mailbox.service import Mailbox

inbox_app = typer.Typer(
    help="Read new mail in INBOX and Sent, match it to your applications, propose actions.",
    invoke_without_command=True,
)


@inbox_app.callback()
def inbox(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option("--since", help="Read again from this date (YYYY-MM-DD).")
    ] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Apply the proposals the classifier is sure of.")
    ] = False,
    yes: YesOption = False,
    json: JsonOption = False,
) -> None:
    """Read what is new since the last run (never marking, moving or deleting anything) and
    list the proposals; --apply applies the confident ones and lists the rest. Without it,
    nothing is written to your applications."""
    if ctx.invoked_subcommand is not None:
        return
    tactful = api(ctx)
    box = tactful.mailbox()
    if apply and not yes and not sys.stdin.isatty():
        # Refused before reading: a scan moves the folders' positions and shows the mail it
        # only notes (an out-of-office) once, so a refusal after it would lose that report.
        raise BadInput(
            "--apply asks before applying, and there is no terminal to answer: add --yes "
            "(nothing was read)"
        )
    recovered = box.recover()
    result = box.scan(since=parse_date(since, "--since"))
    pending = box.proposals()
    applied: list[Proposal] = []
    if apply:
        applied = _apply_confident(box, pending, yes=yes)
        pending = box.proposals()
    lang = tactful.lang
    if json:
        print_json(
            {
                "folders": [f.to_json() for f in result.folders],
                "new": [p.to_json(lang) for p in result.proposals],
                "applied": [p.to_json(lang) for p in applied],
                "proposals": [p.to_json(lang) for p in pending],
                "recovered": [r.to_json() for r in recovered],
            }
        )
        return
    _print_scan(recovered, result, lang)
    _print_proposals(applied, pending, lang)


def _apply_confident(box: Mailbox, pending: list[Proposal], *, yes: bool) -> list[Proposal]:
    """Apply the proposals the classifier is sure of (asking first unless --yes); one that
    fails is said on stderr and the others still go ahead."""
    applied: list[Proposal] = []
    sure = [p for p in pending if p.confident]
    # The question goes to stderr: stdout is the answer (--json, or a file it is sent to).
    question = f"Apply {len(sure)} proposal(s)?"
    if sure and not yes and not typer.confirm(question, default=True, err=True):
        return []  # no: they stay proposed, and what was read is still reported
    for proposal in sure:
        try:
            applied.append(box.apply(proposal.id or 0))
        except TactfulError as exc:
            from tactful.cli.fixes import cli_message

            typer.echo(f"tactful: proposal {proposal.id} not applied: {cli_message(exc)}", err=True)
    return applied


def _print_scan(recovered: list[Recovered], result: ScanResult, lang: str) -> None:
    """What this run read: recovered sends (stderr), each folder, and the mail only noted."""
    for line in recovered:
        typer.echo(f"tactful: {line.line()}", err=True)
    for folder in result.folders:
        again = " (UIDVALIDITY changed: read again)" if folder.reset else ""
        typer.echo(f"{folder.folder}: {folder.examined} new, {folder.matched} matched{again}")
    for proposal in result.proposals:
        if proposal.status == "info":
            typer.echo(f"- {_head(proposal)}: {proposal.describe(lang)}")


def _print_proposals(applied: list[Proposal], pending: list[Proposal], lang: str) -> None:
    """What was applied, what waits for a decision, and how to decide."""
    for proposal in applied:
        typer.echo(f"Applied {proposal.id}: {_head(proposal)}: {proposal.describe(lang)}")
    for proposal in pending:
        doubt = "" if proposal.confident else " (not sure: check it)"
        typer.echo(f"Proposal {proposal.id}{doubt}: {_head(proposal)}: {proposal.describe(lang)}")
    if pending:
        typer.echo("Apply one: tactful inbox apply ID; dismiss: tactful inbox dismiss ID")


def _head(p: Proposal) -> str:
    return f"{p.received_at:%Y-%m-%d} {p.mail_kind} from {p.sender} {p.subject!r}"


@inbox_app.command("apply")
def apply_one(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(help="Proposal id (see 'tactful inbox').")],
    json: JsonOption = False,
) -> None:
    """Apply one proposal (record the reply, add the round, record the follow-up)."""
    tactful = api(ctx)
    done = tactful.mailbox().apply(proposal_id)
    if json:
        print_json(done.to_json(tactful.lang))
    else:
        typer.echo(f"Applied {proposal_id}: {done.describe(tactful.lang)}")


@inbox_app.command("dismiss")
def dismiss_one(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(help="Proposal id (see 'tactful inbox').")],
) -> None:
    """Dismiss a proposal: nothing is recorded, and it is not proposed again."""
    api(ctx).mailbox().dismiss(proposal_id)
    typer.echo(f"Dismissed proposal {proposal_id}.")


def register(app: typer.Typer) -> None:
    app.add_typer(inbox_app, name="inbox")
