"""`tactful user add|list|remove|invite|reset|logout` and `tactful db upgrade`: the hosted
server's accounts (PostgreSQL; see docs/hosting.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from tactful.cli.common import JsonOption, YesOption, confirm, print_json, state

if TYPE_CHECKING:
    from tactful.accounts import Hosted, Link

user_app = typer.Typer(help="Accounts of a multi-user server (PostgreSQL).", no_args_is_help=True)
db_app = typer.Typer(help="The hosted database's schema.", no_args_is_help=True)

RoleOption = Annotated[
    str, typer.Option("--role", help="member (default), coach or admin.", show_default=False)
]
BaseOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        envvar="TACTFUL_PUBLIC_URL",
        help="The server's address as members reach it (for links).",
    ),
]


def _mail_language(value: str) -> str:
    """en or fr, checked before anything is written (an account added, then its link's mail
    refused, would be half done)."""
    from tactful.errors import BadInput

    language = value.strip().lower()
    if language not in ("en", "fr"):
        raise BadInput(
            f'--lang "{value}": the mail is written in en or fr', code="unknown-language"
        )
    return language


LangOption = Annotated[
    str, typer.Option("--lang", help="Language of the mail: en or fr.", callback=_mail_language)
]


def _hosted(ctx: typer.Context) -> Hosted:
    from tactful.accounts import Hosted
    from tactful.settings import Settings

    st = state(ctx)
    return Hosted(Settings.load(st.home, st.database_url), now=st.now)


def _deliver(link: Link, base: str | None, lang: str, as_json: bool) -> None:
    """Mail the link when the server has a mail account, else print it for the operator."""
    from tactful.hosting.notices import link_mail
    from tactful.hosting.outbound import SendFailed, ServerMail

    base = base or "http://127.0.0.1:8765"
    url = link.url(base)
    mail = ServerMail.from_env()
    sent = False
    if mail is not None:
        subject, body = link_mail(link, base, lang)
        try:
            mail.send(mail.message(link.email, subject, body))
            sent = True
        except SendFailed as exc:
            typer.echo(f"tactful: warning: the link was not mailed ({exc}); pass it on:", err=True)
    if as_json:
        print_json({"email": link.email, "purpose": link.purpose, "mailed": sent, "url": url})
    elif sent:
        typer.echo(f"Mailed a one-time link to {link.email}.")
    else:
        typer.echo(f"One-time link for {link.email} (no server mail account: pass it on):")
        typer.echo(url)


@user_app.command("add")
def add(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The person's email address.")],
    role: RoleOption = "member",
    base_url: BaseOption = None,
    lang: LangOption = "en",
    as_json: JsonOption = False,
) -> None:
    """Create an account and send (or print) its one-time link to choose a password."""
    with _hosted(ctx) as hosted:
        user = hosted.users.add(email, role)
        link = hosted.users.invite(user.email, user.role)
    if not as_json:
        typer.echo(f"Added {user.email} ({user.role}).")
    _deliver(link, base_url, lang, as_json)


@user_app.command("invite")
def invite(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The person's email address.")],
    role: RoleOption = "member",
    base_url: BaseOption = None,
    lang: LangOption = "en",
    as_json: JsonOption = False,
) -> None:
    """A one-time sign-up link (seven days): mailed when the server has a mail account."""
    with _hosted(ctx) as hosted:
        link = hosted.users.invite(email, role)
    _deliver(link, base_url, lang, as_json)


@user_app.command("reset")
def reset(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    base_url: BaseOption = None,
    lang: LangOption = "en",
    as_json: JsonOption = False,
) -> None:
    """A one-time password reset link (one hour)."""
    from tactful.errors import NotFound

    with _hosted(ctx) as hosted:
        link = hosted.users.reset_link(email)
    if link is None:
        raise NotFound(f"no user {email.strip()[:80]}: see 'tactful user list'", code="no-user")
    _deliver(link, base_url, lang, as_json)


@user_app.command("list")
def list_users(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Every account: email, role, when it was made and last logged in."""
    with _hosted(ctx) as hosted:
        users = hosted.users.list()
    if as_json:
        print_json({"users": [u.to_json() for u in users]})
        return
    if not users:
        typer.echo("No accounts yet: tactful user add EMAIL")
        return
    for u in users:
        state_text = "active" if u.has_password else "invited"
        typer.echo(f"{u.id}\t{u.email}\t{u.role}\t{state_text}\t{u.last_login_at or '-'}")


@user_app.command("remove")
def remove(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    yes: YesOption = False,
) -> None:
    """Delete an account and all of its data (applications, rounds, settings, mail)."""
    with _hosted(ctx) as hosted:
        user = hosted.users.by_email(email)
        # As every command that destroys data: without a terminal to answer, --yes or nothing.
        confirm(f"Delete {user.email} and all of their data?", yes)
        hosted.delete_account(user)
    typer.echo(f"Removed {user.email} and their data.")


@user_app.command("logout")
def logout(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="The account's email address.")],
) -> None:
    """End every session of an account (a lost laptop, a shared computer)."""
    with _hosted(ctx) as hosted:
        user = hosted.users.by_email(email)
        ended = hosted.logins.revoke(user.id)
    typer.echo(f"Ended {ended} session{'s' if ended != 1 else ''} of {user.email}.")


@db_app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Migrate the hosted database (run once per release, as its owner, before the servers)."""
    from tactful.hosting.upgrade import upgrade as run_upgrade
    from tactful.settings import Settings

    st = state(ctx)
    typer.echo(run_upgrade(Settings.load(st.home, st.database_url)).capitalize() + ".")


@db_app.command("new-key")
def new_key() -> None:
    """Print a new server key for TACTFUL_SECRET_KEY (it encrypts members' mail passwords)."""
    from tactful.hosting.vault import new_key as make

    typer.echo(make())


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
    app.add_typer(db_app, name="db")
