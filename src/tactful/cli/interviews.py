"""`tactful interview …`: interview rounds of an application."""

from __future__ import annotations

from typing import Annotated

import typer

from tactful.cli.common import JsonOption, YesOption, api, confirm, parse_date, print_json

interview_app = typer.Typer(
    help="Add, list, edit and delete interview rounds.", no_args_is_help=True
)

InterviewerOption = Annotated[
    list[str] | None,
    typer.Option("--interviewer", help='"Name <email>"; repeat for each interviewer.'),
]


def _people(values: list[str] | None) -> list[object]:
    from tactful.models import Person

    return [Person.parse(v) for v in values or []]


@interview_app.command("add")
def add(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(help="The application this round belongs to.")],
    at: Annotated[str, typer.Option("--at", help='Start: "YYYY-MM-DD HH:MM" (local time).')],
    duration: Annotated[int, typer.Option("--duration", help="Minutes.")] = 60,
    tz: Annotated[
        str | None, typer.Option("--tz", help="Time zone of --at (IANA, e.g. Europe/Paris).")
    ] = None,
    interviewer: InterviewerOption = None,
    decision_by: Annotated[
        str | None, typer.Option("--decision-by", help="The employer's decision date.")
    ] = None,
    timeline: Annotated[
        str, typer.Option("--timeline", help='What they said: "two weeks", "d\'ici vendredi".')
    ] = "",
    many_candidates: Annotated[
        bool,
        typer.Option("--many-candidates", help="They are seeing many candidates or reviewing."),
    ] = False,
    detail: Annotated[
        str, typer.Option("--detail", help="A specific moment of the interview to refer to.")
    ] = "",
    selling_point: Annotated[
        str, typer.Option("--selling-point", help="Your key selling point for this job.")
    ] = "",
    forgot: Annotated[
        str, typer.Option("--forgot", help="A qualification you forgot to bring up.")
    ] = "",
    json: JsonOption = False,
) -> None:
    """Add an interview round; prints its id."""
    new_id = api(ctx).add_interview(
        application_id,
        at=at,
        duration_minutes=duration,
        timezone=tz,
        interviewers=_people(interviewer),  # type: ignore[arg-type]
        decision_date=parse_date(decision_by, "decision_date"),
        timeline=timeline,
        many_candidates=many_candidates,
        detail=detail,
        selling_point=selling_point,
        forgot=forgot,
    )
    if json:
        print_json({"id": new_id})
    else:
        typer.echo(new_id)
        typer.echo(f"Next: tactful plan {new_id}", err=True)


@interview_app.command("list")
def list_interviews(
    ctx: typer.Context,
    application_id: Annotated[
        int | None, typer.Option("--application", help="Only this application's rounds.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """List interview rounds."""
    from tactful.serialize import interview_json

    tactful = api(ctx)
    if application_id is not None:
        tactful.application(application_id)
    rounds = tactful.interviews(application_id)
    if json:
        print_json({"interviews": [interview_json(iv) for iv in rounds]})
        return
    if not rounds:
        typer.echo("No interview rounds yet: tactful interview add APPLICATION_ID --at ...")
        return
    from rich.table import Table

    from tactful.cli.common import console
    from tactful.cli.render import when

    table = Table(title="Interview rounds")
    for column in ("id", "application", "round", "starts", "interviewers"):
        table.add_column(column)
    for iv in rounds:
        table.add_row(
            str(iv.id),
            str(iv.application_id),
            str(iv.round),
            when(iv.starts_at) + (" (cancelled)" if iv.cancelled else ""),
            ", ".join(str(p) for p in iv.interviewers),
        )
    console().print(table)


@interview_app.command("show")
def show(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Interview id.")],
    json: JsonOption = False,
) -> None:
    """Show an interview round with its plan."""
    from tactful.serialize import round_json

    tactful = api(ctx)
    iv = tactful.interview(interview_id)
    plan = tactful.plan(interview_id)
    if json:
        print_json(round_json(plan, tactful.lang))
        return
    from tactful.cli.common import console
    from tactful.cli.render import render_plans

    out = console()
    facts = [
        ("Interviewers", ", ".join(str(p) for p in iv.interviewers)),
        ("Decision date", iv.decision_date.isoformat() if iv.decision_date else ""),
        ("They said", iv.timeline),
        ("Many candidates", "yes" if iv.many_candidates else ""),
        ("Detail", iv.detail),
        ("Selling point", iv.selling_point),
        ("Forgot to mention", iv.forgot),
    ]
    for label, value in facts:
        if value:
            out.print(f"{label}: {value}", markup=False)
    render_plans([plan], tactful.lang)


@interview_app.command("edit")
def edit(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Interview id.")],
    at: Annotated[str | None, typer.Option("--at")] = None,
    tz: Annotated[
        str | None,
        typer.Option("--tz", help="Time zone of --at (IANA, e.g. Europe/Paris); only with --at."),
    ] = None,
    duration: Annotated[int | None, typer.Option("--duration")] = None,
    interviewer: Annotated[
        list[str] | None,
        typer.Option(
            "--interviewer", help="\"Name <email>\"; repeat for each interviewer; '' to clear."
        ),
    ] = None,
    decision_by: Annotated[
        str | None, typer.Option("--decision-by", help="YYYY-MM-DD, or '' to clear.")
    ] = None,
    timeline: Annotated[str | None, typer.Option("--timeline")] = None,
    many_candidates: Annotated[
        bool | None, typer.Option("--many-candidates/--not-many-candidates")
    ] = None,
    detail: Annotated[str | None, typer.Option("--detail")] = None,
    selling_point: Annotated[str | None, typer.Option("--selling-point")] = None,
    forgot: Annotated[str | None, typer.Option("--forgot")] = None,
    json: JsonOption = False,
) -> None:
    """Change fields of an interview round."""
    from tactful.errors import BadInput
    from tactful.serialize import interview_json

    changes: dict[str, object] = {
        k: v
        for k, v in {
            "duration_minutes": duration,
            "many_candidates": many_candidates,
            "detail": detail,
            "selling_point": selling_point,
            "forgot": forgot,
        }.items()
        if v is not None
    }
    if tz and at is None:
        raise BadInput(
            f"--tz is the time zone of --at: give the start with it, e.g. --at "
            f'"YYYY-MM-DD HH:MM" --tz {tz} (see tactful interview show {interview_id})',
            code="tz-without-at",
            field="tz",
        )
    if at is not None:
        changes["at"] = at
        if tz:
            changes["timezone"] = tz
    if interviewer is not None:
        # --interviewer '' alone clears them, as --contact '' clears the contact
        given = [v for v in interviewer if v.strip()] if len(interviewer) == 1 else interviewer
        changes["interviewers"] = _people(given)
    if decision_by is not None and timeline and timeline.strip():
        raise BadInput("give either --decision-by or --timeline, not both")
    if decision_by is not None:
        changes["decision_date"] = parse_date(decision_by, "decision_date")
        changes["timeline"] = ""
    elif timeline is not None:
        # --timeline '' clears what they said and the date it gave; with --decision-by, the
        # date given stays (as on 'interview add').
        changes["timeline"] = timeline
        if not timeline.strip():
            changes["decision_date"] = None
    if not changes:
        raise BadInput('nothing to change: give at least one option, e.g. --detail "..."')
    updated = api(ctx).edit_interview(interview_id, **changes)
    if json:
        print_json(interview_json(updated))
    else:
        typer.echo(f"Interview {interview_id} updated. See: tactful plan {interview_id}")


@interview_app.command("delete")
def delete(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Interview id.")],
    yes: YesOption = False,
) -> None:
    """Delete an interview round with its follow-ups and replies."""
    tactful = api(ctx)
    iv = tactful.interview(interview_id)
    confirm(f"Delete interview {iv.id} (round {iv.round} of application {iv.application_id})?", yes)
    tactful.delete_interview(interview_id)
    typer.echo(f"Interview {interview_id} deleted.")


def register(app: typer.Typer) -> None:
    app.add_typer(interview_app, name="interview")
