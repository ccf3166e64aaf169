"""`tactful application …`, `tactful list` and `tactful show`."""

from __future__ import annotations

from typing import Annotated

import typer

from tactful.cli import reads
from tactful.cli.common import JsonOption, YesOption, api, confirm, parse_date, print_json, state

application_app = typer.Typer(
    help="Add, list, edit and delete job applications.", no_args_is_help=True
)


def _person(value: str | None) -> object:
    from tactful.models import Person

    return Person.parse(value) if value else None


@application_app.command("add")
def add(
    ctx: typer.Context,
    company: Annotated[str, typer.Option("--company", help="The employer.")],
    role: Annotated[str, typer.Option("--role", help="The job title.")],
    closing_date: Annotated[
        str | None, typer.Option("--closing-date", help="When applications close (YYYY-MM-DD).")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Country whose holidays count (FR, US…).")
    ] = None,
    subdivision: Annotated[
        str | None, typer.Option("--subdivision", help="State or region for holidays.")
    ] = None,
    contact: Annotated[
        str | None, typer.Option("--contact", help='Recruiter: "Name <email>".')
    ] = None,
    url: Annotated[str, typer.Option("--url", help="The job posting's address.")] = "",
    notes: Annotated[str, typer.Option("--notes", help="Anything to remember.")] = "",
    requirements: Annotated[
        str, typer.Option("--requirements", help="The posting's requirements, as text.")
    ] = "",
    language: Annotated[
        str,
        typer.Option(
            "--language",
            metavar="en|fr",
            help="The language of its emails (default: config lang, else en).",
        ),
    ] = "",
    json: JsonOption = False,
) -> None:
    """Add an application; prints its id."""
    new_id = api(ctx).add_application(
        company=company,
        role=role,
        closing_date=parse_date(closing_date, "closing_date"),
        country=country,
        subdivision=subdivision,
        contact=_person(contact),  # type: ignore[arg-type]
        url=url,
        notes=notes,
        requirements=requirements,
        language=language,
    )
    if json:
        print_json({"id": new_id})
    else:
        typer.echo(new_id)
        typer.echo(
            f'Next: tactful interview add {new_id} --at "YYYY-MM-DD HH:MM" once you have one.',
            err=True,
        )


@application_app.command("list")
def list_applications(ctx: typer.Context, json: JsonOption = False) -> None:
    """List applications with their interview rounds."""
    show_overview(ctx, json)


@application_app.command("show")
def show(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(help="Application id.")],
    json: JsonOption = False,
) -> None:
    """Show an application, its rounds and their plans."""
    reads.show(state(ctx), application_id, json)


@application_app.command("edit")
def edit(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(help="Application id.")],
    company: Annotated[str | None, typer.Option("--company")] = None,
    role: Annotated[str | None, typer.Option("--role")] = None,
    closing_date: Annotated[
        str | None, typer.Option("--closing-date", help="YYYY-MM-DD, or '' to clear.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country")] = None,
    subdivision: Annotated[str | None, typer.Option("--subdivision")] = None,
    contact: Annotated[str | None, typer.Option("--contact", help='"Name <email>"')] = None,
    url: Annotated[str | None, typer.Option("--url")] = None,
    notes: Annotated[str | None, typer.Option("--notes")] = None,
    requirements: Annotated[str | None, typer.Option("--requirements")] = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language", metavar="en|fr", help="Its emails' language, or '' for config lang."
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Change fields of an application."""
    from tactful.serialize import application_json

    changes: dict[str, object] = {
        k: v
        for k, v in {
            "company": company,
            "role": role,
            "country": country,
            "subdivision": subdivision,
            "url": url,
            "notes": notes,
            "requirements": requirements,
            "language": language,
        }.items()
        if v is not None
    }
    if closing_date is not None:
        changes["closing_date"] = parse_date(closing_date, "closing_date")
    if contact is not None:
        changes["contact"] = _person(contact)
    if not changes:
        from tactful.errors import BadInput

        raise BadInput(
            "nothing to change: give at least one option, e.g. --closing-date 2026-12-01"
        )
    updated = api(ctx).edit_application(application_id, **changes)
    if json:
        print_json(application_json(updated))
    else:
        typer.echo(f"Application {application_id} updated.")


@application_app.command("delete")
def delete(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(help="Application id.")],
    yes: YesOption = False,
) -> None:
    """Delete an application with its rounds, follow-ups and replies."""
    tactful = api(ctx)
    app = tactful.application(application_id)
    confirm(f"Delete application {app.id} ({app.company}, {app.role}) and all its rounds?", yes)
    tactful.delete_application(application_id)
    typer.echo(f"Application {application_id} deleted.")


def show_overview(ctx: typer.Context, json: bool) -> None:
    reads.overview(state(ctx), json)


def register(app: typer.Typer) -> None:
    app.add_typer(application_app, name="application")

    @app.command("list")
    def list_all(ctx: typer.Context, json: JsonOption = False) -> None:
        """List applications with their interview rounds."""
        show_overview(ctx, json)

    @app.command("show")
    def show_one(
        ctx: typer.Context,
        application_id: Annotated[int, typer.Argument(help="Application id.")],
        json: JsonOption = False,
    ) -> None:
        """Show an application, its rounds and their plans."""
        show(ctx, application_id, json)
