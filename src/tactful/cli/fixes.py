"""The command line's own words for the fix of a library error.

The library's messages are neutral ("no mail account is set up: set one up first") because the
web and the API show them too. Here the CLI keys on the error's `code` and builds its one line
from the error's `values`, naming the command or option that fixes it. An error whose values
lack what a fix needs keeps the library's message: a fix never guesses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tactful.errors import TactfulError

Fix = Callable[[dict[str, Any], str], str | None]
"""(values, library message) -> the CLI's line, or None to keep the library's message."""

FIXES: dict[str, Fix] = {}


def fix(code: str) -> Callable[[Fix], Fix]:
    def register(function: Fix) -> Fix:
        FIXES[code] = function
        return function

    return register


TEMPLATES: dict[str, str] = {
    "no-user": "no user {user}: see 'tactful user list'",
    "user-exists": "{email} already has an account: see 'tactful user list'",
    "skipped": "you skipped the {kind} of this round; run 'tactful unskip' to undo",
    "not-a-folder": "--out {path} is a file: give a directory",
    "cannot-create-folder": "cannot create --out {path}: {reason}",
    "no-posting": (
        "{source} has no job posting (no schema.org JobPosting in JSON-LD or microdata): add it "
        "with 'tactful application add --company C --role R --url URL'"
    ),
    "invite-whole-day": (
        "{where}: {property} is a whole day ({day}): an interview needs a start time; add it "
        "with 'tactful interview add --at'"
    ),
    "invite-unknown-zone": (
        '{where}: unknown time zone "{zone}" and no VTIMEZONE block describes it; ask for the '
        "invitation again or add the interview with 'tactful interview add'"
    ),
    "bad-now": (
        "cannot read TACTFUL_NOW / --now {value!r}: write it as YYYY-MM-DD HH:MM (ISO 8601, "
        "offset optional)"
    ),
    "cannot-write": "cannot create the tactful home {home}: {reason}; give another one with --home",
    "read-only": (
        "cannot write the database at {where}: it is read-only; 'tactful list' and 'tactful "
        "export' still work, or give a writable home with --home"
    ),
    "schema-not-current": (
        "the database is at schema {current}, this tactful needs {head}: run 'tactful db "
        "upgrade' once (one process, as the database's owner), then start the servers"
    ),
    "no-job-queue": (
        "the job queue's tables are missing from this database: run 'tactful db upgrade' once "
        "(one process, as the database's owner), then start the workers"
    ),
    "schema-too-new": (
        "the database is at schema {current}, newer than this tactful's {head}: install the "
        "tactful release that upgraded it (pip install --upgrade tactful), then start the "
        "servers again"
    ),
    "newer-schema": (
        "this database was made by a newer tactful (schema {current}; this tactful knows up to "
        "{head}): upgrade tactful (pip install --upgrade tactful), or with the newer one run "
        "'tactful export' and import that file here"
    ),
    "open-without-password": (
        "serving on {host} would let other machines reach your data: set a password first with "
        "'tactful web password', or serve on 127.0.0.1"
    ),
    "ai-unreachable": (
        "cannot reach the AI endpoint at {where}: {hint} Check the URL with `tactful ai status`"
    ),
    "ai-bad-url": (
        "the AI base URL {base_url!r} is not valid; fix it with `tactful ai configure --base-url "
        "URL`"
    ),
    "ai-no-key": (
        "the AI endpoint at {where} needs an API key (HTTP {status}); set TACTFUL_AI_API_KEY or "
        "run `tactful ai configure --api-key-from-stdin`"
    ),
    "ai-key-refused": (
        "the AI endpoint at {where} refused the API key (HTTP {status}); set the right one with "
        "TACTFUL_AI_API_KEY or `tactful ai configure --api-key-from-stdin`"
    ),
    "mail-not-set-up": "no mail account: run 'tactful mail setup --email you@example.com' first",
    "mail-account-unreadable": "cannot read {path}: {reason}; run 'tactful mail setup' again",
    "mail-account-damaged": "{path} is damaged ({reason}); run 'tactful mail setup' again",
    "bad-email": "{email!r} is not an email address: give --email name@example.com",
    "mail-insecure": (
        "--{protocol}-security none sends your password in clear: it is allowed only for a "
        "server on this machine (127.0.0.1, localhost), not {host}"
    ),
    "mail-bad-port": "--{protocol}-port {port}: give a port between 1 and 65535",
    "mail-bad-auth": "--auth {auth!r}: write password or xoauth2",
    "mail-no-token-command": (
        "--auth xoauth2 needs --password-command CMD that prints a fresh access token"
    ),
    "mail-no-ca-file": "--ca-file {ca_file}: no such file",
    "mail-no-password": (
        "no mail password for {email}: set {variable}, give --password-command CMD to 'tactful "
        "mail setup', or run 'tactful mail setup' in a terminal to keep it in the system keyring"
    ),
    "mail-no-sent-folder": (
        "cannot find your Sent folder: name it with 'tactful mail setup --sent-folder NAME'"
    ),
    "mail-token-refused": (
        "the {where} refused the access token for {user}: it may have expired; check that the "
        "--password-command prints a fresh one"
    ),
    "already-in-outbox": (
        "the {kind} to {recipient} is already in the outbox (being sent, or sent): see 'tactful "
        "mail outbox'"
    ),
}
"""Fixes that only fill the error's values into a line (str.format; a missing value keeps the
library's message)."""


def without_ai(exc: TactfulError) -> TactfulError:
    """An AI failure said with the way around it (`draft --ai`, `send --ai`): the same error,
    its line ending with how to use the built-in templates instead."""
    return type(exc)(
        f"{cli_message(exc)}; or run without --ai to use the built-in templates",
        code=exc.code,
        field=exc.field,
    )


def cli_message(exc: TactfulError) -> str:
    """The line the CLI prints for `exc`: its own fix when it has one, else the message."""
    function = FIXES.get(exc.code)
    template = TEMPLATES.get(exc.code)
    try:
        if template is not None:
            return template.format(**exc.values)
        if function is not None:
            return function(exc.values, exc.message) or exc.message
    except (KeyError, IndexError, TypeError, ValueError):
        pass
    return exc.message


# Ids: where the CLI lists them

LISTED_BY = {
    "application": "run 'tactful list' to see the ids",
    "interview": "run 'tactful plan' or 'tactful list' to see the ids",
    "profile-item": "run 'tactful profile list' to see the ids",
    "proposal": "run 'tactful inbox' to see them",
    "outbox-entry": "run 'tactful mail outbox'",
}


@fix("too-early")
def _too_early(v: dict[str, Any], _: str) -> str | None:
    if v.get("sending"):
        return (
            f'the status inquiry window opens on {v["opens"]}: "{v["quote"]}" tactful send '
            f"never sends it before then, not even with --anyway: run it again on or after "
            f"{v['opens']}"
        )
    return (
        f'the status inquiry window opens on {v["opens"]}: "{v["quote"]}" If it already went '
        "out, add --anyway to record it"
    )


@fix("not-found")
def _not_found(v: dict[str, Any], _: str) -> str | None:
    listed = LISTED_BY.get(v["what"])
    return f"no {v['what'].replace('-', ' ')} {v['id']}: {listed}" if listed else None


@fix("duplicate")
def _duplicate(v: dict[str, Any], message: str) -> str:
    return f"{message}: see 'tactful show {v['application_id']}'"


# Rounds and follow-ups


@fix("unknown-recipient")
def _unknown_recipient(v: dict[str, Any], _: str) -> str:
    wanted = v["value"]
    if not v["names"]:
        iv = v["interview_id"]
        return (
            f"--to {wanted!r}: no interviewer or contact is recorded for interview {iv}; add one "
            f"with tactful interview edit {iv} --interviewer 'Name <email>'"
        )
    uniquely = " uniquely" if v["partial"] else ""
    return f"--to {wanted!r} matches no one{uniquely}: pick one of {'; '.join(v['names'])}"


@fix("no-address")
def _no_address(v: dict[str, Any], _: str) -> str:
    iv = v["interview_id"]
    return (
        f"no email address for {v['person'] or 'the hiring team'}: add one with "
        f"tactful interview edit {iv} --interviewer 'Name <email>', or record "
        f"a note sent another way with tactful sent {iv} thank-you --to NAME"
    )


@fix("one-email-many-notes")
def _one_email(v: dict[str, Any], _: str) -> str:
    return (
        f"--file holds one email and this round has {v['count']} notes "
        f"({'; '.join(v['names'])}): add --to NAME"
    )


@fix("required")
def _profile_text(v: dict[str, Any], _: str) -> str | None:
    if "kind" not in v:
        return None
    return 'a profile item needs its text: tactful profile add skill "PostgreSQL"'


@fix("empty")
def _empty_email(v: dict[str, Any], _: str) -> str | None:
    if v.get("what") != "email":
        return None
    return "the email is empty: give a file with the email's text, or '-' for stdin"


# Imports of postings and invitations


@fix("incomplete-posting")
def _incomplete_posting(v: dict[str, Any], _: str) -> str:
    return (
        f"the job posting has no {' and no '.join(v['missing'])}: add the application with "
        "'tactful application add --company C --role R' instead"
    )


# The home and the database


@fix("cannot-read")
def _cannot_read(v: dict[str, Any], _: str) -> str | None:
    if "home" in v:
        return (
            f"cannot read the tactful home {v['home']}: {v['reason']}; check its permissions, or "
            "give another one with --home"
        )
    if v.get("what") == "config":
        return (
            f"cannot read {v['path']}: {v['reason']}; check the folder's permissions (or give "
            "another home with --home)"
        )
    return None


@fix("database-damaged")
def _damaged(v: dict[str, Any], _: str) -> str:
    if v.get("read"):
        found = (
            f"cannot read the database at {v['where']} ({v['reason']}): it is damaged or cut short;"
        )
    else:
        found = f"the database at {v['where']} is damaged ({v['reason']}):"
    return f"{found} restore a copy, or move it away and 'tactful import' your last export"


# AI


@fix("ai-not-configured")
def _ai_not_configured(v: dict[str, Any], _: str) -> str:
    return (
        f"no AI {' or '.join(v['missing'])} configured: run `tactful ai configure --base-url "
        "http://localhost:11434/v1 --model llama3.1` or set TACTFUL_AI_BASE_URL and "
        "TACTFUL_AI_MODEL"
    )


@fix("ai-unknown-model")
def _ai_unknown_model(v: dict[str, Any], _: str) -> str:
    model = v["model"]
    return (
        f"the model {model!r} is unknown at {v['where']}; pull it (Ollama: `ollama pull "
        f"{model}`) or pick another with `tactful ai configure --model NAME`"
    )


@fix("secret-in-url")
def _secret_in_url(v: dict[str, Any], message: str) -> str:
    return f"{message} or 'tactful ai configure --api-key-from-stdin'"


# Mail


@fix("mail-no-host")
def _no_host(v: dict[str, Any], _: str) -> str:
    return f"no {v['protocol'].upper()} server for {v['email']}: give --{v['protocol']}-host"


@fix("mail-bad-security")
def _bad_security(v: dict[str, Any], _: str) -> str:
    return f"--{v['protocol']}-security {v['security']!r}: write {', '.join(v['choices'])}"


@fix("mail-unknown-provider")
def _unknown_provider(v: dict[str, Any], _: str) -> str:
    return f"unknown --provider {v['provider']!r}: write one of {', '.join(v['choices'])}"


@fix("mail-password-command")
def _password_command(v: dict[str, Any], _: str) -> str | None:
    if v.get("fix") != "check-command":
        return None
    return f"cannot run the password command: {v['reason']}; check --password-command"


MAIL_TLS = {
    "ca-file-unusable": lambda v: f"cannot use --ca-file {v['ca_file']}: {v['reason']}",
    "ca-file": lambda v: (
        f"the {v['where']} has a certificate tactful cannot verify ({v['reason']}); "
        "for a private CA give --ca-file"
    ),
    "smtp-tls": lambda v: f"the {v['where']} does not offer STARTTLS: use --smtp-security tls",
}


@fix("mail-tls")
def _mail_tls(v: dict[str, Any], _: str) -> str | None:
    build = MAIL_TLS.get(v.get("fix", ""))
    return build(v) if build else None


@fix("mail-auth")
def _mail_auth(v: dict[str, Any], _: str) -> str | None:
    if v.get("fix") == "smtp-security":
        return f"the {v['where']} offers no login: check the port and --smtp-security"
    if v.get("fix") == "app-password":
        return (
            f"the {v['where']} refused the login for {v['user']}: wrong user or password (many "
            "providers want an app password; see 'tactful mail setup --help')"
        )
    return None


@fix("mail-dropped")
def _dropped(v: dict[str, Any], _: str) -> str:
    what = "failed" if v.get("failed") else "closed the connection"
    return (
        f"the IMAP server {what} during the scan ({v['reason']}); what was read is kept: run "
        "'tactful inbox' again"
    )


@fix("already-answered")
def _already_answered(v: dict[str, Any], message: str) -> str | None:
    if "proposal_id" not in v:
        return None
    p = v["proposal_id"]
    return f"{message} (tactful inbox dismiss {p})"
