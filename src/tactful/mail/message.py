"""One received email read into values: who, when, what it says (without the quoted reply),
its calendar invitations and its attachments. Pure: bytes in, values out, never raises.

The standard `email` package (policy.default) splits the MIME structure; headers and text are
then decoded here, defensively, because mail in the wild breaks every rule: 8-bit headers,
broken RFC 2047 words, unknown or wrong charsets, truncated base64. A part larger than
`max_part_bytes` is never decoded: it is listed in `attachments` with its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from types import MappingProxyType

from tactful.mail.quotes import html_to_text_and_quoted, split_quoted
from tactful.models import Person

MAX_PARTS = 500
"""Parts read at most: a message with more is read up to there (a MIME bomb stays cheap)."""
MAX_DEPTH = 20
MAX_HEADER_CHARS = 10_000
_STUB_BODY = 40
"""A text/plain part shorter than this is a stub ("view this email in HTML") when HTML exists."""

_ID_RE = re.compile(r"<([^<>\s]+)>")
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    """Decoded size in bytes (computed from the encoded length; the part is not decoded)."""


@dataclass(frozen=True, slots=True)
class IncomingMail:
    message_id: str
    """Without the angle brackets; "" when absent."""
    in_reply_to: str
    references: tuple[str, ...]
    sender: Person
    to: tuple[Person, ...]
    cc: tuple[Person, ...]
    subject: str
    date: datetime | None
    """Aware; a date without a zone (-0000) is read as UTC; None when absent or unreadable."""
    text: str
    """The new text: text/plain preferred, else the HTML as text; the quoted reply removed."""
    quoted: str
    """The quoted earlier message(s), if any."""
    headers: Mapping[str, str]
    """Lower-case header names to decoded values (the first occurrence of each)."""
    calendars: tuple[bytes, ...]
    """text/calendar parts and .ics attachments no larger than max_part_bytes."""
    attachments: tuple[Attachment, ...]


def parse_message(raw: bytes, *, max_part_bytes: int = 2_000_000) -> IncomingMail:
    """Read one RFC 5322 message. Malformed input degrades (replacement characters, empty
    fields); it never raises."""
    message: Message
    try:
        message = BytesParser(policy=policy.default).parsebytes(bytes(raw))
    except Exception:  # the parser is lenient; this guards against its own bugs
        message = Message()
    headers = _headers(message)
    reader = _BodyReader(max_part_bytes)
    reader.read(message)
    text, quoted = reader.text_and_quoted()
    return IncomingMail(
        message_id=_first_id(headers.get("message-id", "")),
        in_reply_to=_first_id(headers.get("in-reply-to", "")),
        references=_ids(headers.get("references", "")),
        sender=next(iter(_people(_raw_header(message, "from"))), Person()),
        to=_people(_raw_header(message, "to")),
        cc=_people(_raw_header(message, "cc")),
        subject=" ".join(headers.get("subject", "").split()),
        date=_date(headers.get("date", "")),
        text=text,
        quoted=quoted,
        headers=MappingProxyType(headers),
        calendars=tuple(reader.calendars),
        attachments=tuple(reader.attachments),
    )


# Headers


def _raw_header(message: Message, name: str) -> str:
    for key, value in _raw_items(message):
        if key.lower() == name:
            return str(value)
    return ""


def _raw_items(message: Message) -> Iterator[tuple[str, str]]:
    try:
        items = message.raw_items()
    except Exception:
        return iter(())
    return ((str(k), str(v)) for k, v in items)


def _headers(message: Message) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in _raw_items(message):
        name = key.strip().lower()
        if name and name not in out:
            out[name] = decode_words(value)[:MAX_HEADER_CHARS]
    return out


def _bytes_of(text: str) -> bytes:
    """The original bytes of a header the parser read with surrogateescape."""
    return text.encode("utf-8", "surrogateescape")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from bytes: the declared charset, else UTF-8, else Windows-1252 (which most
    "ISO-8859-1" really is), else UTF-8 with replacement characters."""
    tried: list[str] = []
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate or candidate in tried:
            continue
        tried.append(candidate)
        name = "cp1252" if candidate.lower() in ("iso-8859-1", "latin-1", "latin1") else candidate
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    return data.decode("utf-8", "replace")


def decode_words(value: str) -> str:
    """A header value with its RFC 2047 encoded words decoded and its folding undone."""
    unfolded = re.sub(r"\r?\n[ \t]+", " ", value)
    raw = _bytes_of(unfolded)
    text = decode_bytes(raw) if not raw.isascii() else unfolded
    try:
        pieces = decode_header(text)
    except Exception:
        return text
    if all(isinstance(piece, str) for piece, _ in pieces):
        return text
    try:
        return str(make_header(pieces))
    except Exception:  # an unknown charset or bytes that do not fit it: degrade piece by piece
        pass
    out: list[str] = []
    for piece, charset in pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif charset:
            out.append(decode_bytes(piece, charset))
        else:
            out.append(piece.decode("raw-unicode-escape", "replace"))
    return "".join(out)


def _first_id(value: str) -> str:
    found = _ids(value)
    return found[0] if found else ""


def _ids(value: str) -> tuple[str, ...]:
    found = _ID_RE.findall(value)
    if not found:
        found = [v.strip("<>") for v in value.split() if "@" in v]
    return tuple(dict.fromkeys(found))


def _people(raw: str) -> tuple[Person, ...]:
    if not raw:
        return ()
    unfolded = re.sub(r"\r?\n[ \t]+", " ", raw)
    try:
        pairs = getaddresses([unfolded])
    except Exception:
        return ()
    people: list[Person] = []
    for name, address in pairs:
        address = decode_words(address).strip().lower()
        if "@" not in address:
            address = ""
        person = Person(" ".join(decode_words(name).split()).strip('"'), address)
        if person.name or person.email:
            people.append(person)
    return tuple(people)


def _date(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        when = parsedate_to_datetime(value)
    except Exception:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


# Body


class _BodyReader:
    """Walks the MIME tree once, decoding only text and calendar parts within the size cap."""

    def __init__(self, max_part_bytes: int) -> None:
        self.max_part_bytes = max_part_bytes
        self.plain: list[str] = []
        self.html: list[str] = []
        self.calendars: list[bytes] = []
        self.attachments: list[Attachment] = []
        self.parts = 0

    def read(self, part: Message, depth: int = 0) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS or depth > MAX_DEPTH:
            return
        content_type = _content_type(part)
        if content_type.startswith("multipart/"):
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    if isinstance(sub, Message):
                        self.read(sub, depth + 1)
            return
        self._leaf(part, content_type)

    def _leaf(self, part: Message, content_type: str) -> None:
        filename = _filename(part)
        size = _decoded_size(part)
        is_attachment = bool(filename) or _disposition(part) == "attachment"
        is_calendar = content_type in _CALENDAR_TYPES or filename.lower().endswith(".ics")
        if content_type == "message/rfc822":  # a forwarded message: listed, not read
            self.attachments.append(Attachment(filename or "message.eml", content_type, size))
            return
        if is_attachment or size > self.max_part_bytes or not content_type.startswith("text/"):
            self.attachments.append(Attachment(filename, content_type, size))
            if not is_calendar or size > self.max_part_bytes:
                return
        if is_calendar:
            data = _payload_bytes(part)
            if data:
                self.calendars.append(data)
            return
        if content_type == "text/plain":
            self.plain.append(decode_bytes(_payload_bytes(part), _charset(part)))
        elif content_type == "text/html":
            self.html.append(decode_bytes(_payload_bytes(part), _charset(part)))

    def text_and_quoted(self) -> tuple[str, str]:
        plain = "\n".join(p.replace("\r\n", "\n") for p in self.plain).strip()
        if self.html and len(plain) < _STUB_BODY:
            new, quoted_html = html_to_text_and_quoted("\n".join(self.html))
            if len(new) > len(plain):
                text, quoted = split_quoted(new)
                return text, "\n\n".join(q for q in (quoted_html, quoted) if q)
        return split_quoted(plain)


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _disposition(part: Message) -> str:
    try:
        return (part.get_content_disposition() or "").lower()
    except Exception:
        return ""


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        return ""
    return " ".join(decode_words(str(name)).split())


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except Exception:
        return None
    return str(charset) if charset else None


def _encoding(part: Message) -> str:
    try:
        return str(part.get("content-transfer-encoding", "") or "").strip().lower()
    except Exception:
        return ""


def _decoded_size(part: Message) -> int:
    """The size once decoded, from the encoded text alone (nothing is decoded here)."""
    try:
        payload = part.get_payload(decode=False)
    except Exception:
        return 0
    if not isinstance(payload, str):
        return 0
    encoding = _encoding(part)
    if encoding == "base64":
        significant = len(payload) - sum(payload.count(c) for c in "\r\n\t =")
        return significant * 3 // 4
    if encoding == "quoted-printable":
        soft_breaks = payload.count("=\n") + payload.count("=\r\n")
        escapes = len(re.findall(r"=[0-9A-Fa-f]{2}", payload))
        return max(len(payload) - 2 * escapes - 2 * soft_breaks, 0)
    return len(payload)


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return b""
    return data if isinstance(data, bytes) else b""
