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


def _edited_top(text: str) -> tuple[dict[str, str], list[str], int]:
    """An edited draft's 'To:' and 'Subject:' lines at the top (the first To, the last
    Subject), its lines, and the index of the first line after them."""
    lines = text.replace("\r\n", "\n").split("\n")
    found: dict[str, str] = {}
    index = 0
    while index < len(lines):
        name, colon, value = lines[index].partition(":")
        key = name.lower()
        if not colon or key not in ("to", "subject"):
            break
        if key == "subject" or key not in found:
            found[key] = value.strip()
        index += 1
    return found, lines, index


def edited_to(text: str) -> str | None:
    """The `To:` line's value of an edited draft (see read_edited), or None without one."""
    return _edited_top(text)[0].get("to") or None


def read_edited(text: str) -> tuple[str | None, str]:
    """The subject and body of an edited draft: optional 'To:' and 'Subject:' lines at the
    top (as `tactful draft` prints them), a blank line, then the body."""
    found, lines, index = _edited_top(text)
    if index and index < len(lines) and not lines[index].strip():
        index += 1
    return found.get("subject"), "\n".join(lines[index:]).strip("\n")
