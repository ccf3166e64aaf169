"""`tactful mail …`: the mail account (setup, test, status, forget, remind) and the outbox."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from tactful.cli.common import JsonOption, api, print_json

mail_app = typer.Typer(
    help="Your mail account: tactful sends follow-ups and reads replies over IMAP and SMTP.",
    no_args_is_help=True,
)

Opt = typer.Option


@mail_app.command("setup")
def setup(
    ctx: typer.Context,
    email: Annotated[str | None, Opt("--email", help="Your address.")] = None,
    user: Annotated[str | None, Opt("--user", help="Login name (default: the email).")] = None,
    provider: Annotated[
        str | None,
        Opt("--provider", help="A preset for hosted domains: microsoft365, ovh, gmail…"),
    ] = None,
    smtp_host: Annotated[str | None, Opt("--smtp-host")] = None,
    smtp_port: Annotated[int | None, Opt("--smtp-port")] = None,
    smtp_security: Annotated[
        str | None, Opt("--smtp-security", help="starttls, tls, none.")
    ] = None,
    imap_host: Annotated[str | None, Opt("--imap-host")] = None,
    imap_port: Annotated[int | None, Opt("--imap-port")] = None,
    imap_security: Annotated[
        str | None, Opt("--imap-security", help="tls, starttls, none.")
    ] = None,
    security: Annotated[
        str | None, Opt("--security", help="Both servers' security (none: loopback only).")
    ] = None,
    auth: Annotated[str | None, Opt("--auth", help="password (default) or xoauth2.")] = None,
    password_command: Annotated[
        str | None,
        Opt("--password-command", help="A command printing the password or OAuth2 token."),
    ] = None,
    ca_file: Annotated[str | None, Opt("--ca-file", help="A private CA certificate.")] = None,
    sent_folder: Annotated[str | None, Opt("--sent-folder", help="Default: \\Sent.")] = None,
    files_sent: Annotated[
        bool | None,
        Opt("--files-sent/--no-files-sent", help="The provider files sent mail itself."),
    ] = None,
) -> None:
    """Set up the mail account; the provider's servers are filled in from your address.

    The password is never stored by tactful: it comes from TACTFUL_MAIL_PASSWORD, from
    --password-command, or from the system keyring (asked once here, in a terminal).
    """
    from tactful.mailbox.account import build_account, save_account
    from tactful.mailbox.presets import preset_for
    from tactful.mailbox.secrets import ENV, keyring_set, keyring_usable

    tactful = api(ctx)
    if email is None:
        if not sys.stdin.isatty():
            from tactful.errors import BadInput

            raise BadInput("give --email (no terminal to ask)", field="email")
        email = typer.prompt("Your email address")
    account = build_account(
        email,
        provider=provider,
        user=user,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
        smtp_security=smtp_security,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_security=imap_security,
        auth=auth,
        password_command=password_command,
        ca_file=ca_file,
        security=security,
        name=tactful.config.get("me.name"),
        files_sent=files_sent,
        sent_folder=sent_folder,
    )
    save_account(tactful.settings.home, account)
    preset = preset_for(account.email, account.provider or None)
    typer.echo(
        f"Mail account {account.email}: SMTP {account.smtp_host}:{account.smtp_port} "
        f"({account.smtp_security}), IMAP {account.imap_host}:{account.imap_port} "
        f"({account.imap_security})."
    )
    if preset and preset.note:
        typer.echo(preset.note_fr if tactful.lang == "fr" else preset.note)
    import os

    if not account.password_command and not os.environ.get(ENV) and sys.stdin.isatty():
        import getpass

        if not keyring_usable():
            # Asked, the password could only be thrown away: say so before it is typed.
            typer.echo(f"No system keyring here: set {ENV} or use --password-command.")
            typer.echo("Next: tactful mail test")
            return
        secret = getpass.getpass("Password (kept in the system keyring): ")
        if secret and keyring_set(account.email, secret):
            typer.echo("Password kept in the system keyring.")
        elif secret:
            typer.echo(f"No system keyring here: set {ENV} or use --password-command.")
    typer.echo("Next: tactful mail test")


@mail_app.command("test")
def test(ctx: typer.Context, json: JsonOption = False) -> None:
    """Log in to both servers and say what works, one line each."""
    checks = api(ctx).mailbox().test()
    if json:
        print_json({"checks": [c.to_json() for c in checks]})
    else:
        from tactful.cli.fixes import cli_message

        for check in checks:
            line = check.lead + cli_message(check.error) if check.error else check.line
            typer.echo(("ok: " if check.ok else "failed: ") + line)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


@mail_app.command("status")
def status(ctx: typer.Context, json: JsonOption = False) -> None:
    """The account, where its password comes from, the outbox and the folders read."""
    data = api(ctx).mailbox().status()
    if json:
        print_json(data)
        return
    if not data["configured"]:
        typer.echo("No mail account: tactful mail setup --email you@example.com")
        return
    account = data["account"]
    typer.echo(f"Account: {account['email']} (password: {data['password']})")
    typer.echo(f"SMTP: {account['smtp_host']}:{account['smtp_port']} ({account['smtp_security']})")
    typer.echo(f"IMAP: {account['imap_host']}:{account['imap_port']} ({account['imap_security']})")
    typer.echo(f"Reminder emails: {'on' if data['remind'] else 'off'}")
    typer.echo(
        f"Outbox: {data['outbox']['sent']} sent, {data['outbox']['unfinished']} unfinished; "
        f"{data['pending_proposals']} proposal(s) waiting (tactful inbox)"
    )
    for folder in data["folders"]:
        typer.echo(
            f"Folder {folder['folder']}: read up to UID {folder['last_uid']} "
            f"(UIDVALIDITY {folder['uidvalidity']}) at {folder['scanned_at']}"
        )


@mail_app.command("forget")
def forget(ctx: typer.Context) -> None:
    """Forget the mail account and its password in the keyring (the history stays)."""
    from tactful.mailbox.account import forget_account, load_account
    from tactful.mailbox.secrets import keyring_delete

    home = api(ctx).settings.home
    account = load_account(home)
    if account is not None:
        keyring_delete(account.email)
    typer.echo("Mail account forgotten." if forget_account(home) else "No mail account was set up.")


class OnOff(StrEnum):
    ON = "on"
    OFF = "off"


@mail_app.command("remind")
def remind(ctx: typer.Context, value: Annotated[OnOff, typer.Argument(help="on or off.")]) -> None:
    """Turn reminder emails to yourself on or off (one per step, sent by 'tactful watch')."""
    from tactful.mailbox.account import require_account, save_account, with_remind

    home = api(ctx).settings.home
    account = with_remind(require_account(home), value is OnOff.ON)
    save_account(home, account)
    typer.echo(f"Reminder emails to {account.email}: {value.value}.")


@mail_app.command("outbox")
def outbox(ctx: typer.Context, json: JsonOption = False) -> None:
    """Every email tactful sent or tried to send, with its state."""
    entries = api(ctx).mailbox().outbox()
    if json:
        print_json({"outbox": [e.to_json() for e in entries]})
        return
    if not entries:
        typer.echo("The outbox is empty.")
    for e in entries:
        extra = f" ({e.error})" if e.error else ""
        typer.echo(
            f"{e.id}  interview {e.interview_id}  {e.kind} to {e.recipient}: {e.state}{extra}"
        )


class Answer(StrEnum):
    SENT = "sent"
    NOT_SENT = "not-sent"


@mail_app.command("resolve")
def resolve(
    ctx: typer.Context,
    entry_id: Annotated[int, typer.Argument(help="Outbox id (see 'tactful mail outbox').")],
    answer: Annotated[Answer, typer.Argument(help="sent or not-sent.")],
    json: JsonOption = False,
) -> None:
    """Say whether an uncertain send went out: record it, or let it be sent again."""
    done = api(ctx).mailbox().resolve(entry_id, answer is Answer.SENT)
    if json:
        print_json(done.to_json())
    else:
        typer.echo(done.line())


def register(app: typer.Typer) -> None:
    app.add_typer(mail_app, name="mail")
