"""`tactful plan`, `due`, `sent`, `reply`, `skip`: the follow-up plan and what happened."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from tactful.cli import reads
from tactful.cli.common import JsonOption, api, print_json, state
from tactful.models import Channel, Outcome


class KindArg(StrEnum):
    THANK_YOU = "thank-you"
    STATUS = "status"
    STATUS_INQUIRY = "status-inquiry"


def step_kind(kind: KindArg) -> object:
    from tactful.models import StepKind

    return StepKind.THANK_YOU if kind is KindArg.THANK_YOU else StepKind.STATUS_INQUIRY


KindArgument = Annotated[KindArg, typer.Argument(help="thank-you or status.")]
InterviewArgument = Annotated[int, typer.Argument(help="Interview id (see 'tactful plan').")]
ToOption = Annotated[
    str | None,
    typer.Option("--to", help="A thank-you: only this interviewer's note (name or email)."),
]


def plan(
    ctx: typer.Context,
    interview_id: Annotated[
        int | None, typer.Argument(help="One interview round; default: all.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """The follow-up plan of every interview round (or one), with the reasons."""
    reads.plan(state(ctx), interview_id, json)


def due(ctx: typer.Context, json: JsonOption = False) -> None:
    """What to send now (due or late), most urgent first."""
    reads.due(state(ctx), json)


def sent(
    ctx: typer.Context,
    interview_id: InterviewArgument,
    kind: KindArgument,
    at: Annotated[str | None, typer.Option("--at", help="When it was sent (default: now).")] = None,
    channel: Annotated[Channel, typer.Option("--channel", help="Email only.")] = Channel.EMAIL,
    subject: Annotated[str, typer.Option("--subject")] = "",
    body_file: Annotated[
        str | None, typer.Option("--body-file", help="A file with the email sent ('-': stdin).")
    ] = None,
    anyway: Annotated[
        bool, typer.Option("--anyway", help="Record a status email sent before its window.")
    ] = False,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="A thank-you: only this interviewer's note; a status inquiry: who it went to "
            "(name or email).",
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Record that a follow-up email went out (a thank-you: to everyone, or one with --to)."""
    body = _read_body(body_file)
    tactful = api(ctx)
    follow_up_id = tactful.record_sent(
        interview_id,
        step_kind(kind),  # type: ignore[arg-type]
        at=at,
        channel=channel,
        subject=subject,
        body=body,
        anyway=anyway,
        to=to,
    )
    if json:
        print_json({"id": follow_up_id})
        return
    who = f" to {to}" if to else ""
    typer.echo(f"Recorded the {step_kind(kind)}{who} of interview {interview_id}.")
    after = tactful.plan(interview_id)
    typer.echo(after.advice_in(tactful.lang))


def _read_body(path: str | None) -> str:
    if path is None:
        return ""
    import sys
    from pathlib import Path

    from tactful.errors import BadInput

    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path} is not UTF-8 text") from None


def reply(
    ctx: typer.Context,
    interview_id: InterviewArgument,
    at: Annotated[str | None, typer.Option("--at", help="When it came (default: now).")] = None,
    outcome: Annotated[Outcome, typer.Option("--outcome")] = Outcome.OTHER,
    note: Annotated[str, typer.Option("--note")] = "",
    json: JsonOption = False,
) -> None:
    """Record the employer's reply: it cancels the follow-ups still pending."""
    from tactful.models import Outcome

    tactful = api(ctx)
    reply_id = tactful.record_reply(interview_id, at=at, outcome=outcome, note=note)
    if json:
        print_json({"id": reply_id})
        return
    typer.echo(f"Recorded the reply ({outcome.value}). Pending follow-ups are cancelled.")
    if outcome is Outcome.NEXT_ROUND:
        iv = tactful.interview(interview_id)
        typer.echo(
            f'Next: tactful interview add {iv.application_id} --at "YYYY-MM-DD HH:MM" '
            "for the next round."
        )


def skip(
    ctx: typer.Context, interview_id: InterviewArgument, kind: KindArgument, to: ToOption = None
) -> None:
    """Decide not to send a follow-up (the status inquiry is optional)."""
    api(ctx).skip(interview_id, step_kind(kind), to=to)  # type: ignore[arg-type]
    who = f" to {to}" if to else ""
    typer.echo(f"Skipped the {step_kind(kind)}{who} of interview {interview_id}.")


def unskip(
    ctx: typer.Context, interview_id: InterviewArgument, kind: KindArgument, to: ToOption = None
) -> None:
    """Undo 'tactful skip' (a thank-you: every skipped note, or one with --to)."""
    api(ctx).unskip(interview_id, step_kind(kind), to=to)  # type: ignore[arg-type]
    who = f" to {to}" if to else ""
    typer.echo(f"The {step_kind(kind)}{who} of interview {interview_id} is planned again.")


def unsend(
    ctx: typer.Context, interview_id: InterviewArgument, kind: KindArgument, to: ToOption = None
) -> None:
    """Remove a follow-up recorded by mistake (a thank-you: every note, or one with --to)."""
    api(ctx).undo_sent(interview_id, step_kind(kind), to=to)  # type: ignore[arg-type]
    who = f" to {to}" if to else ""
    typer.echo(f"Removed the {step_kind(kind)}{who} recorded for interview {interview_id}.")


def register(app: typer.Typer) -> None:
    for command in (plan, due, sent, reply, skip, unskip, unsend):
        app.command(command.__name__)(command)
