"""An outgoing follow-up as an RFC 5322 message: the standard `email` package with its default
policy (RFC 2047 for a French subject or name, quoted-printable UTF-8 body, CRLF), a
Message-ID made before sending, and the thread headers when it answers an earlier email."""

from __future__ import annotations

import re
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from tactful.models import Person

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{2,80}\]")
"""A leftover [placeholder] of a draft: '[the date they gave]'."""


def address(person: Person) -> Address:
    username, _, domain = person.email.partition("@")
    return Address(display_name=person.name, username=username, domain=domain)


def new_message_id(sender: Person) -> str:
    """`<…@sender's domain>`, unique (time, pid and random bits)."""
    domain = sender.email.rpartition("@")[2] or "tactful.invalid"
    return make_msgid(domain=domain)


def compose(
    *,
    sender: Person,
    to: Person,
    subject: str,
    body: str,
    at: datetime,
    message_id: str,
    kind: str,
    in_reply_to: str = "",
    references: tuple[str, ...] = (),
) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["From"] = address(sender)
    message["To"] = address(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join(dict.fromkeys([*references, in_reply_to]))
    message["X-Tactful-Kind"] = kind
    message.set_content(body.rstrip("\n") + "\n", charset="utf-8", cte="quoted-printable")
    return message


def placeholders(*texts: str) -> list[str]:
    return [m.group(0) for text in texts for m in PLACEHOLDER.finditer(text)]


def edited_to(text: str) -> str | None:
    """The `To:` line's value of an edited draft (see read_edited), or None without one."""
    for line in text.replace("\r\n", "\n").split("\n"):
        lowered = line.lower()
        if lowered.startswith("to:"):
            return line.split(":", 1)[1].strip() or None
        if not lowered.startswith("subject:"):
            return None
    return None


def read_edited(text: str) -> tuple[str | None, str]:
    """The subject and body of an edited draft: optional 'To:' and 'Subject:' lines at the
    top (as `tactful draft` prints them), a blank line, then the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    subject: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        lowered = line.lower()
        if lowered.startswith("subject:"):
            subject = line.split(":", 1)[1].strip()
        elif not lowered.startswith("to:"):
            break
        index += 1
    if index and index < len(lines) and not lines[index].strip():
        index += 1
    return subject, "\n".join(lines[index:]).strip("\n")
