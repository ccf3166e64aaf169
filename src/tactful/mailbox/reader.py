"""`tactful inbox`: read what is new in INBOX and the Sent folder, match it, propose.

Read-only by construction: folders are opened with EXAMINE, bodies fetched with BODY.PEEK, so
nothing is marked as read, moved or deleted. What was read is remembered per folder as
UIDVALIDITY and the last UID, saved after each batch: a dropped connection loses nothing and
the next run goes on from there. Only matched messages are fetched beyond their headers, and a
large one only in the parts that matter (its text and calendar parts, through BODYSTRUCTURE):
an attachment is never loaded whole.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tactful.mailbox import outbox
from tactful.mailbox.account import MailAccount
from tactful.mailbox.connect import MailDropped, close_imap, open_imap
from tactful.mailbox.folders import sent_folder
from tactful.mailbox.matching import Index, Match
from tactful.mailbox.proposals import (
    Proposal,
    propose_incoming,
    propose_sent,
    save,
    seen_keys,
)
from tactful.mailbox.tables import folders
from tactful.models import Person

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from tactful.core import Tactful
    from tactful.policy import RoundPlan

HEADER_FIELDS = "FROM TO CC SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES"
HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"
HEADER_KEY = f"BODY[HEADER.FIELDS ({HEADER_FIELDS})]".encode()
BATCH = 500
WHOLE_LIMIT = 256 * 1024
"""A matched message up to this size is fetched whole; a larger one part by part."""
PART_LIMIT = 2_000_000
"""The most read of one text or calendar part."""
FIRST_SCAN_DAYS = 90
WANTED_TYPES = {("text", "plain"), ("text", "html"), ("text", "calendar"), ("application", "ics")}


@dataclass
class FolderScan:
    folder: str
    role: str
    uidvalidity: int
    reset: bool = False
    """The folder's UIDVALIDITY changed since the last scan: it was read again."""
    examined: int = 0
    matched: int = 0
    last_uid: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "role": self.role,
            "uidvalidity": self.uidvalidity,
            "reset": self.reset,
            "examined": self.examined,
            "matched": self.matched,
            "last_uid": self.last_uid,
        }


@dataclass
class ScanResult:
    folders: list[FolderScan] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)


def folder_states(api: Tactful, account: MailAccount) -> list[dict[str, Any]]:
    with api.store.database.begin() as conn:
        rows = conn.execute(
            sa.select(folders).where(folders.c.account == account.email).order_by(folders.c.id)
        )
        return [
            {
                "folder": r.folder,
                "uidvalidity": r.uidvalidity,
                "last_uid": r.last_uid,
                "scanned_at": r.scanned_at,
            }
            for r in rows
        ]


def _state(api: Tactful, account: str, folder: str) -> tuple[int, int] | None:
    with api.store.database.begin() as conn:
        row = conn.execute(
            sa.select(folders.c.uidvalidity, folders.c.last_uid).where(
                folders.c.account == account, folders.c.folder == folder
            )
        ).first()
    return (int(row[0]), int(row[1])) if row else None


def _save_state(api: Tactful, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with api.store.database.begin() as conn:
        updated = conn.execute(
            sa.update(folders)
            .where(folders.c.account == account, folders.c.folder == folder)
            .values(uidvalidity=uidvalidity, last_uid=last_uid, scanned_at=now)
        ).rowcount
        if not updated:
            conn.execute(
                sa.insert(folders).values(
                    account=account,
                    folder=folder,
                    uidvalidity=uidvalidity,
                    last_uid=last_uid,
                    scanned_at=now,
                )
            )


def scan(
    api: Tactful,
    account: MailAccount,
    secret: str,
    *,
    since: date | None = None,
    batch: int = BATCH,
) -> ScanResult:
    """Read INBOX and the Sent folder since the last scan (or `since`), keep the proposals."""
    applications, interviews = api.snapshot()
    index = Index.build(applications, interviews, outbox.message_ids(api.store.database))
    plans = {p.interview.id: p for p in api.plans()}
    first_day = since
    if first_day is None:
        starts = [iv.starts_at.date() for iv in interviews]
        floor = api.now().date() - timedelta(days=FIRST_SCAN_DAYS)
        first_day = max([floor, min(starts)]) if starts else api.now().date()
    result = ScanResult()
    client = open_imap(account, secret)
    try:
        for folder, role in (("INBOX", "inbox"), (sent_folder(client, account), "sent")):
            scanner = _FolderScanner(api, account, client, index, plans, result, batch)
            result.folders.append(scanner.run(folder, role, first_day, since is not None))
    except (TimeoutError, OSError, EOFError) as exc:
        raise MailDropped(
            f"the IMAP server closed the connection during the scan ({type(exc).__name__}); "
            "what was read is kept: read the inbox again",
            code="mail-dropped",
            values={"reason": type(exc).__name__},
        ) from None
    except Exception as exc:
        if type(exc).__module__.startswith(("imapclient", "imaplib")):
            raise MailDropped(
                f"the IMAP server failed during the scan ({type(exc).__name__}); what was read "
                "is kept: read the inbox again",
                code="mail-dropped",
                values={"reason": type(exc).__name__, "failed": True},
            ) from None
        raise
    finally:
        close_imap(client)
    return result


class _FolderScanner:
    def __init__(
        self,
        api: Tactful,
        account: MailAccount,
        client: IMAPClient,
        index: Index,
        plans: dict[int | None, RoundPlan],
        result: ScanResult,
        batch: int,
    ) -> None:
        self.api, self.account, self.client = api, account, client
        self.index, self.plans, self.result, self.batch = index, plans, result, batch
        self.seen: set[str] = set()

    def run(self, folder: str, role: str, first_day: date, explicit_since: bool) -> FolderScan:
        self.seen = seen_keys(self.api, self.account.email, folder)
        info = self.client.select_folder(folder, readonly=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        known = _state(self.api, self.account.email, folder)
        scan = FolderScan(folder, role, uidvalidity)
        if known is not None and known[0] == uidvalidity and not explicit_since:
            last = known[1]
            uids = [u for u in self.client.search(["UID", f"{last + 1}:*"]) if u > last]
        else:
            scan.reset = known is not None and known[0] != uidvalidity
            last = 0
            uids = self.client.search(["SINCE", first_day])
        uids = sorted(int(u) for u in uids)
        if known is not None and known[0] == uidvalidity:
            last = max(last, known[1])
        for chunk in _chunks(uids, self.batch):
            fetched = self.client.fetch(chunk, [HEADER_ITEM, "RFC822.SIZE", "INTERNALDATE"])
            for uid in chunk:
                data = fetched.get(uid)
                if data is not None:
                    scan.examined += 1
                    scan.matched += self._message(folder, role, uidvalidity, uid, data)
            last = max(last, chunk[-1])
            _save_state(self.api, self.account.email, folder, uidvalidity, last)
        if not uids:
            _save_state(self.api, self.account.email, folder, uidvalidity, last)
        scan.last_uid = last
        return scan

    def _message(self, folder: str, role: str, uidvalidity: int, uid: int, data: Any) -> int:
        headers = _headers(data.get(HEADER_KEY, b""))
        message_id = _one_id(headers.get("message-id", ""))
        key = message_id or f"uid:{uidvalidity}:{uid}"
        if key in self.seen:
            return 0
        self.seen.add(key)
        internal = data.get(b"INTERNALDATE")
        when = _date(headers.get("date", "")) or _aware(internal)
        base = Proposal(
            folder=folder,
            message_key=key,
            received_at=when or self.api.now(),
            action="none",
            message_id=message_id,
            sender=headers.get("from", "")[:300],
            subject=headers.get("subject", "")[:300],
            account=self.account.email,
        )
        if role == "sent":
            if self.index.is_ours(message_id):
                return 0
            people = _people(headers.get("to", "")) + _people(headers.get("cc", ""))
            found = 0
            for sent_to in self.index.match_sent(people, base.received_at):
                plan = self.plans.get(sent_to.interview_id)
                proposal = propose_sent(sent_to, plan, base) if plan is not None else None
                if proposal is not None:
                    self.result.proposals.append(save(self.api, proposal))
                    found = 1
            return found
        senders = _people(headers.get("from", ""))
        sender = senders[0] if senders else Person()
        references = tuple(_ids(headers.get("references", "")))
        in_reply_to = _one_id(headers.get("in-reply-to", ""))
        match: Match | None = self.index.match_incoming(
            sender,
            in_reply_to=in_reply_to,
            references=references,
            when=base.received_at,
            text=base.subject,
        )
        mail = None
        if match is None and self.index.wants_text(sender):
            mail = self._read(uid, int(data.get(b"RFC822.SIZE", 0)))
            match = self.index.match_incoming(
                sender, when=base.received_at, text=f"{base.subject}\n{mail.text}"
            )
        if match is None:
            return 0
        plan = self.plans.get(match.interview_id)
        if plan is None:
            return 0
        if mail is None:
            mail = self._read(uid, int(data.get(b"RFC822.SIZE", 0)))
        from tactful.mail.classify import classify

        classification = classify(mail, zone=self.api.zone)
        calendar = mail.calendars[0] if mail.calendars else None
        proposal = propose_incoming(match, plan, classification, calendar, base)
        self.result.proposals.append(save(self.api, proposal))
        return 1

    def _read(self, uid: int, size: int) -> Any:
        """The message as IncomingMail: whole when small, else only its text and calendar
        parts."""
        from tactful.mail.message import parse_message

        if size <= WHOLE_LIMIT:
            raw = self.client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
            return parse_message(bytes(raw), max_part_bytes=PART_LIMIT)
        return parse_message(self._parts(uid), max_part_bytes=PART_LIMIT)

    def _parts(self, uid: int) -> bytes:
        structure = self.client.fetch([uid], ["BODYSTRUCTURE"])[uid][b"BODYSTRUCTURE"]
        wanted = [p for p, kind, size in _leaves(structure) if kind in WANTED_TYPES]
        items = ["BODY.PEEK[HEADER]"]
        for part in wanted:
            items += [f"BODY.PEEK[{part}.MIME]", f"BODY.PEEK[{part}]<0.{PART_LIMIT}>"]
        data = self.client.fetch([uid], items)[uid]
        header = bytes(data.get(b"BODY[HEADER]", b""))
        parts = [(_bytes(data, f"BODY[{p}.MIME]"), _bytes(data, f"BODY[{p}]<0>")) for p in wanted]
        return assemble(header, parts)


def _bytes(data: dict[bytes, Any], key: str) -> bytes:
    return bytes(data.get(key.encode()) or b"")


def assemble(header: bytes, parts: list[tuple[bytes, bytes]]) -> bytes:
    """A multipart/mixed message made of the original headers and the parts fetched."""
    boundary = b"tactful-parts-7f3a9c"
    kept = []
    skip = False
    for line in header.replace(b"\r\n", b"\n").split(b"\n"):
        if not line.strip():
            continue
        if line[:1] in (b" ", b"\t"):
            if not skip:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        skip = name in (b"content-type", b"content-transfer-encoding", b"mime-version")
        if not skip:
            kept.append(line)
    out = [
        *kept,
        b"MIME-Version: 1.0",
        b'Content-Type: multipart/mixed; boundary="' + boundary + b'"',
        b"",
    ]
    for mime, body in parts:
        out.append(b"--" + boundary)
        out.extend(mime.replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n"))
        out.append(b"")
        out.append(body.replace(b"\r\n", b"\n"))
    out.append(b"--" + boundary + b"--")
    return b"\r\n".join(out) + b"\r\n"


def _leaves(structure: Any, prefix: str = "") -> Iterator[tuple[str, tuple[str, str], int]]:
    """(part number, (type, subtype), size) of each non-multipart part of a BODYSTRUCTURE."""
    if getattr(structure, "is_multipart", False):
        for number, part in enumerate(structure[0], 1):
            yield from _leaves(part, f"{prefix}.{number}" if prefix else str(number))
        return
    kind = (_text(structure[0]).lower(), _text(structure[1]).lower())
    size = structure[6] if len(structure) > 6 and isinstance(structure[6], int) else 0
    yield prefix or "1", kind, size


def _text(value: Any) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else str(value or "")


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


_NAMES = ("from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references")
_HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.default)


def _headers(raw: bytes) -> dict[str, str]:
    """Header fields as text; RFC 2047 decoded, undecodable bytes replaced, never raising."""
    found: dict[str, str] = {}
    try:
        message = _HEADER_PARSER.parsebytes(bytes(raw))
        for name in (
            "from",
            "to",
            "cc",
            "subject",
            "date",
            "message-id",
            "in-reply-to",
            "references",
        ):
            value = message.get(name)
            if value is not None:
                try:
                    found[name] = " ".join(str(value).split())
                except Exception:  # a header the policy cannot decode
                    found[name] = " ".join(str(value.__class__.__str__(value)).split())
    except Exception:  # a header block too broken to parse: treat as empty
        return found
    return found


def _people(value: str) -> list[Person]:
    from email.utils import getaddresses

    found = []
    for name, address in getaddresses([value]):
        if "@" in address:
            found.append(Person(name.strip(), address.strip().lower()))
    return found


def _ids(value: str) -> list[str]:
    import re

    return re.findall(r"<([^<>\s]+)>", value)


def _one_id(value: str) -> str:
    found = _ids(value)
    return f"<{found[0]}>" if found else value.strip()


def _date(value: str) -> datetime | None:
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _aware(moment)


def _aware(moment: Any) -> datetime | None:
    if not isinstance(moment, datetime):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
