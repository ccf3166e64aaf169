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


def cli_message(exc: TactfulError) -> str:
    """The line the CLI prints for `exc`: its own fix when it has one, else the message."""
    function = FIXES.get(exc.code)
    if function is None:
        return exc.message
    try:
        return function(exc.values, exc.message) or exc.message
    except (KeyError, TypeError, ValueError):
        return exc.message


# Ids: where the CLI lists them

LISTED_BY = {
    "application": "run 'tactful list' to see the ids",
    "interview": "run 'tactful plan' or 'tactful list' to see the ids",
    "profile-item": "run 'tactful profile list' to see the ids",
    "proposal": "run 'tactful inbox' to see them",
    "outbox-entry": "run 'tactful mail outbox'",
}


@fix("not-found")
def _not_found(v: dict[str, Any], _: str) -> str | None:
    listed = LISTED_BY.get(v["what"])
    return f"no {v['what'].replace('-', ' ')} {v['id']}: {listed}" if listed else None


@fix("no-user")
def _no_user(v: dict[str, Any], _: str) -> str:
    return f"no user {v['user']}: see 'tactful user list'"


@fix("user-exists")
def _user_exists(v: dict[str, Any], _: str) -> str:
    return f"{v['email']} already has an account: see 'tactful user list'"


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


@fix("skipped")
def _skipped(v: dict[str, Any], _: str) -> str:
    return f"you skipped the {v['kind']} of this round; run 'tactful unskip' to undo"


@fix("too-early")
def _too_early(v: dict[str, Any], _: str) -> str:
    return (
        f'the status inquiry window opens on {v["opens"]}: "{v["quote"]}" If it already went '
        "out, add --anyway to record it"
    )


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


@fix("not-a-folder")
def _not_a_folder(v: dict[str, Any], _: str) -> str:
    return f"--out {v['path']} is a file: give a directory"


@fix("cannot-create-folder")
def _cannot_create_folder(v: dict[str, Any], _: str) -> str:
    return f"cannot create --out {v['path']}: {v['reason']}"


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


@fix("no-posting")
def _no_posting(v: dict[str, Any], _: str) -> str:
    return (
        f"{v['source']} has no job posting (no schema.org JobPosting in JSON-LD or "
        "microdata): add it with 'tactful application add --company C --role R --url URL'"
    )


@fix("invite-whole-day")
def _whole_day(v: dict[str, Any], _: str) -> str:
    return (
        f"{v['where']}: {v['property']} is a whole day ({v['day']}): an interview needs a start "
        "time; add it with 'tactful interview add --at'"
    )


@fix("invite-unknown-zone")
def _unknown_zone(v: dict[str, Any], _: str) -> str:
    return (
        f'{v["where"]}: unknown time zone "{v["zone"]}" and no VTIMEZONE block describes it; '
        "ask for the invitation again or add the interview with 'tactful interview add'"
    )


@fix("bad-now")
def _bad_now(v: dict[str, Any], _: str) -> str:
    return (
        f"cannot read TACTFUL_NOW / --now {v['value']!r}: write it as YYYY-MM-DD HH:MM "
        "(ISO 8601, offset optional)"
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


@fix("cannot-write")
def _cannot_write(v: dict[str, Any], _: str) -> str:
    return (
        f"cannot create the tactful home {v['home']}: {v['reason']}; give another one with --home"
    )


@fix("read-only")
def _read_only(v: dict[str, Any], _: str) -> str:
    return (
        f"cannot write the database at {v['where']}: it is read-only; 'tactful list' and "
        "'tactful export' still work, or give a writable home with --home"
    )


@fix("database-damaged")
def _damaged(v: dict[str, Any], _: str) -> str:
    if v.get("read"):
        found = (
            f"cannot read the database at {v['where']} ({v['reason']}): it is damaged or cut short;"
        )
    else:
        found = f"the database at {v['where']} is damaged ({v['reason']}):"
    return f"{found} restore a copy, or move it away and 'tactful import' your last export"


@fix("schema-not-current")
def _schema_not_current(v: dict[str, Any], _: str) -> str:
    return (
        f"the database is at schema {v['current']}, this tactful needs {v['head']}: run "
        "'tactful db upgrade' once (one process, as the database's owner), then start the servers"
    )


@fix("newer-schema")
def _newer_schema(v: dict[str, Any], _: str) -> str:
    return (
        f"this database was made by a newer tactful (schema {v['current']}; this tactful knows "
        f"up to {v['head']}): upgrade tactful (pip install --upgrade tactful), or with the newer "
        "one run 'tactful export' and import that file here"
    )


@fix("open-without-password")
def _open_without_password(v: dict[str, Any], _: str) -> str:
    return (
        f"serving on {v['host']} would let other machines reach your data: set a password first "
        "with 'tactful web password', or serve on 127.0.0.1"
    )


# AI


@fix("ai-not-configured")
def _ai_not_configured(v: dict[str, Any], _: str) -> str:
    return (
        f"no AI {' or '.join(v['missing'])} configured: run `tactful ai configure --base-url "
        "http://localhost:11434/v1 --model llama3.1` or set TACTFUL_AI_BASE_URL and "
        "TACTFUL_AI_MODEL"
    )


@fix("ai-unreachable")
def _ai_unreachable(v: dict[str, Any], _: str) -> str:
    return (
        f"cannot reach the AI endpoint at {v['where']}: {v['hint']} "
        "Check the URL with `tactful ai status`"
    )


@fix("ai-bad-url")
def _ai_bad_url(v: dict[str, Any], _: str) -> str:
    return (
        f"the AI base URL {v['base_url']!r} is not valid; fix it with "
        "`tactful ai configure --base-url URL`"
    )


@fix("ai-no-key")
def _ai_no_key(v: dict[str, Any], _: str) -> str:
    return (
        f"the AI endpoint at {v['where']} needs an API key (HTTP {v['status']}); set "
        "TACTFUL_AI_API_KEY or run `tactful ai configure --api-key-from-stdin`"
    )


@fix("ai-key-refused")
def _ai_key_refused(v: dict[str, Any], _: str) -> str:
    return (
        f"the AI endpoint at {v['where']} refused the API key (HTTP {v['status']}); set the "
        "right one with TACTFUL_AI_API_KEY or `tactful ai configure --api-key-from-stdin`"
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


@fix("mail-not-set-up")
def _mail_not_set_up(v: dict[str, Any], _: str) -> str:
    return "no mail account: run 'tactful mail setup --email you@example.com' first"


@fix("mail-account-unreadable")
def _mail_unreadable(v: dict[str, Any], _: str) -> str:
    return f"cannot read {v['path']}: {v['reason']}; run 'tactful mail setup' again"


@fix("mail-account-damaged")
def _mail_damaged(v: dict[str, Any], _: str) -> str:
    return f"{v['path']} is damaged ({v['reason']}); run 'tactful mail setup' again"


@fix("bad-email")
def _bad_email(v: dict[str, Any], _: str) -> str:
    return f"{v['email']!r} is not an email address: give --email name@example.com"


@fix("mail-no-host")
def _no_host(v: dict[str, Any], _: str) -> str:
    return f"no {v['protocol'].upper()} server for {v['email']}: give --{v['protocol']}-host"


@fix("mail-bad-security")
def _bad_security(v: dict[str, Any], _: str) -> str:
    return f"--{v['protocol']}-security {v['security']!r}: write {', '.join(v['choices'])}"


@fix("mail-insecure")
def _insecure(v: dict[str, Any], _: str) -> str:
    return (
        f"--{v['protocol']}-security none sends your password in clear: it is allowed only for "
        f"a server on this machine (127.0.0.1, localhost), not {v['host']}"
    )


@fix("mail-bad-port")
def _bad_port(v: dict[str, Any], _: str) -> str:
    return f"--{v['protocol']}-port {v['port']}: give a port between 1 and 65535"


@fix("mail-bad-auth")
def _bad_auth(v: dict[str, Any], _: str) -> str:
    return f"--auth {v['auth']!r}: write password or xoauth2"


@fix("mail-no-token-command")
def _no_token_command(v: dict[str, Any], _: str) -> str:
    return "--auth xoauth2 needs --password-command CMD that prints a fresh access token"


@fix("mail-no-ca-file")
def _no_ca_file(v: dict[str, Any], _: str) -> str:
    return f"--ca-file {v['ca_file']}: no such file"


@fix("mail-unknown-provider")
def _unknown_provider(v: dict[str, Any], _: str) -> str:
    return f"unknown --provider {v['provider']!r}: write one of {', '.join(v['choices'])}"


@fix("mail-no-password")
def _no_password(v: dict[str, Any], _: str) -> str:
    return (
        f"no mail password for {v['email']}: set {v['variable']}, give --password-command CMD "
        "to 'tactful mail setup', or run 'tactful mail setup' in a terminal to keep it in the "
        "system keyring"
    )


@fix("mail-password-command")
def _password_command(v: dict[str, Any], _: str) -> str | None:
    if v.get("fix") != "check-command":
        return None
    return f"cannot run the password command: {v['reason']}; check --password-command"


@fix("mail-no-sent-folder")
def _no_sent_folder(v: dict[str, Any], _: str) -> str:
    return "cannot find your Sent folder: name it with 'tactful mail setup --sent-folder NAME'"


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


@fix("mail-token-refused")
def _token_refused(v: dict[str, Any], _: str) -> str:
    return (
        f"the {v['where']} refused the access token for {v['user']}: it may have expired; "
        "check that the --password-command prints a fresh one"
    )


@fix("mail-dropped")
def _dropped(v: dict[str, Any], _: str) -> str:
    what = "failed" if v.get("failed") else "closed the connection"
    return (
        f"the IMAP server {what} during the scan ({v['reason']}); what was read is kept: run "
        "'tactful inbox' again"
    )


@fix("already-in-outbox")
def _already_in_outbox(v: dict[str, Any], _: str) -> str:
    return (
        f"the {v['kind']} to {v['recipient']} is already in the outbox (being sent, or sent): "
        "see 'tactful mail outbox'"
    )


@fix("already-answered")
def _already_answered(v: dict[str, Any], message: str) -> str | None:
    if "proposal_id" not in v:
        return None
    p = v["proposal_id"]
    return f"{message} (tactful inbox dismiss {p})"
