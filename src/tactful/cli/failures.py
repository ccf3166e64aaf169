"""One-line errors on stderr, shared by the Typer tree and the fast path of read commands."""

from __future__ import annotations

import sys

from tactful.errors import TactfulError

FIELD_FLAGS = {
    "starts_at": ("--at",),
    "sent_at": ("--at",),
    "received_at": ("--at",),
    "decision_date": ("--decision-by", "--timeline"),
    "timeline": ("--timeline",),
    "closing_date": ("--closing-date",),
    "duration_minutes": ("--duration",),
    "timezone": ("--tz",),
    "company": ("--company",),
    "role": ("--role",),
    "country": ("--country",),
    "subdivision": ("--subdivision",),
    "contact": ("--contact",),
    "application_id": ("--application",),
    "index": ("--index",),
}
"""The core names the field an error is about; the CLI names the option the user typed."""


def with_flag(exc: TactfulError, args: list[str]) -> str:
    """The message in the CLI's words (its own fix, by code), led by the option it is about
    when the user gave that option."""
    from tactful.cli.fixes import cli_message

    message = cli_message(exc)
    for flag in FIELD_FLAGS.get(exc.field or "", ()):
        if any(a == flag or a.startswith(flag + "=") for a in args):
            return f"{flag}: {message}"
    return message


def error(message: str) -> None:
    from tactful.secrets import redact

    first = redact(" ".join(message.split()))
    sys.stderr.write(f"tactful: error: {first}\n")
