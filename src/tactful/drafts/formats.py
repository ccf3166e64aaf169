"""A draft as a ready-to-open email: an RFC 5322 message (.eml) or an RFC 6068 `mailto:` link."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import quote

from tactful.drafts.model import Draft
from tactful.errors import BadInput
from tactful.files import write_atomically

FORMATS = ("text", "eml", "mailto")


def to_message(draft: Draft, *, now: datetime, domain: str = "tactful.invalid") -> EmailMessage:
    """The draft as a UTF-8 text/plain message with From (when known), To, Subject, Date,
    Message-ID and MIME-Version, CRLF line endings (`email.policy.SMTP`)."""
    message = EmailMessage(policy=SMTP)
    if draft.sender is not None and draft.sender.email:
        message["From"] = _address(draft.sender.name, draft.sender.email)
    if draft.to.email:
        message["To"] = _address(draft.to.name, draft.to.email)
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=_domain(draft, domain))
    message["X-Tactful-Kind"] = str(draft.kind)
    message.set_content(draft.body + "\n", charset="utf-8", cte="quoted-printable")
    return message


def _address(name: str, email: str) -> str:
    from email.headerregistry import Address

    username, _, domain = email.partition("@")
    return str(Address(display_name=name, username=username, domain=domain))


def _domain(draft: Draft, default: str) -> str:
    if draft.sender is not None and "@" in draft.sender.email:
        return draft.sender.email.rsplit("@", 1)[1]
    return default


def to_eml(draft: Draft, *, now: datetime) -> bytes:
    """The bytes of the .eml file (CRLF line endings, as RFC 5322 wants)."""
    return to_message(draft, now=now).as_bytes()


def to_mailto(draft: Draft) -> str:
    """`mailto:ADDRESS?subject=...&body=...`, percent-encoded per RFC 6068 (UTF-8, CRLF as
    %0D%0A). With no address known, `mailto:?subject=...`."""
    address = quote(draft.to.email, safe="@") if draft.to.email else ""
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{address}?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"


def eml_filename(draft: Draft) -> str:
    """'3-thank-you-ada-lovelace.eml': interview, kind, recipient."""
    who = draft.to.name or draft.to.email.split("@")[0] or "hiring-team"
    plain = unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "recipient"
    prefix = f"{draft.interview_id}-" if draft.interview_id is not None else ""
    return f"{prefix}{draft.kind}-{slug}.eml"


def write_eml_files(drafts: list[Draft], directory: Path, *, now: datetime) -> list[Path]:
    """One .eml file per draft in `directory` (created if needed), each written atomically."""
    if directory.exists() and not directory.is_dir():
        raise BadInput(
            f"{directory} is a file: give a folder for the .eml files",
            code="not-a-folder",
            field="out",
            values={"path": str(directory)},
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(
            f"cannot create the folder {directory}: {exc.strerror}",
            code="cannot-create-folder",
            field="out",
            values={"path": str(directory), "reason": str(exc.strerror)},
        ) from None
    names: list[str] = []
    for draft in drafts:
        name = eml_filename(draft)
        stem, number = name[: -len(".eml")], 2
        while name in names:
            name, number = f"{stem}-{number}.eml", number + 1
        names.append(name)
    written = []
    for draft, name in zip(drafts, names, strict=True):
        path = directory / name
        # The message is 7-bit (quoted-printable body, encoded headers): as text, it writes
        # back byte for byte, CRLF included.
        write_atomically(path, to_eml(draft, now=now).decode("utf-8"))
        written.append(path)
    return written
