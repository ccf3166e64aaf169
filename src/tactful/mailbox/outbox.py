"""The outbox: every email is written here, with its Message-ID, before SMTP is spoken.

States, in order: prepared (written; SMTP not begun) → sending (the message is being handed
over: from here on it may have gone out) → sent (the server took it) → recorded (the follow-up
is in the store) → done (a copy is in the Sent folder). `dropped` ends a send that never went
out. The database allows one live entry per note, so nothing is sent twice by a rerun or by two
processes at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from tactful.errors import Refused, TactfulError
from tactful.mailbox.tables import outbox
from tactful.models import Person, StepKind, recipient_key
from tactful.store.database import Database, is_duplicate
from tactful.validation import could_be_id

UNFINISHED = ("prepared", "sending", "sent", "recorded")


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    interview_id: int
    kind: StepKind
    recipient: Person
    message_id: str
    subject: str
    body: str
    raw: bytes
    state: str
    error: str
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "interview_id": self.interview_id,
            "kind": str(self.kind),
            "to": {"name": self.recipient.name, "email": self.recipient.email},
            "message_id": self.message_id,
            "subject": self.subject,
            "state": self.state,
            "error": self.error,
            "created_at": self.created_at.isoformat(),
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(
        id=row.id,
        interview_id=row.interview_id,
        kind=StepKind(row.kind),
        recipient=Person(row.recipient_name, row.recipient_email),
        message_id=row.message_id,
        subject=row.subject,
        body=row.body,
        raw=row.raw.encode("utf-8"),
        state=row.state,
        error=row.error,
        created_at=datetime.fromisoformat(row.created_at),
    )


def prepare(
    db: Database,
    *,
    interview_id: int,
    kind: StepKind,
    recipient: Person,
    message_id: str,
    subject: str,
    body: str,
    raw: bytes,
) -> OutboxEntry:
    """Write the email to the outbox (state `prepared`); Refused when this note already has a
    live entry (being sent, or sent)."""
    now = _now()
    values = {
        "interview_id": interview_id,
        "kind": str(kind),
        "recipient_key": recipient_key(recipient),
        "recipient_name": recipient.name,
        "recipient_email": recipient.email,
        "message_id": message_id,
        "subject": subject,
        "body": body,
        "raw": raw.decode("utf-8"),
        "state": "prepared",
        "created_at": now,
        "updated_at": now,
    }
    try:
        with db.begin() as conn:
            new_id = conn.execute(sa.insert(outbox).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    except (sa.exc.IntegrityError, TactfulError) as exc:
        if not is_duplicate(exc):
            raise
        raise Refused(
            f"the {kind} to {recipient} is already in the outbox (being sent, or sent): "
            "look at the outbox",
            code="already-in-outbox",
            values={"kind": str(kind), "recipient": str(recipient)},
        ) from None
    found = get(db, int(new_id))
    assert found is not None
    return found


def set_state(db: Database, entry_id: int, state: str, error: str = "") -> None:
    with db.begin() as conn:
        conn.execute(
            sa.update(outbox)
            .where(outbox.c.id == entry_id)
            .values(state=state, error=error, updated_at=_now())
        )


def get(db: Database, entry_id: int) -> OutboxEntry | None:
    if not could_be_id(entry_id):
        return None
    with db.begin() as conn:
        row = conn.execute(sa.select(outbox).where(outbox.c.id == entry_id)).first()
    return _entry(row) if row is not None else None


def entries(db: Database, *, unfinished: bool = False) -> list[OutboxEntry]:
    query = sa.select(outbox).order_by(outbox.c.id)
    if unfinished:
        query = query.where(outbox.c.state.in_(UNFINISHED))
    with db.begin() as conn:
        return [_entry(r) for r in conn.execute(query)]


def live_for(db: Database, interview_id: int, kind: StepKind, person: Person) -> OutboxEntry | None:
    query = sa.select(outbox).where(
        outbox.c.interview_id == interview_id,
        outbox.c.kind == str(kind),
        outbox.c.recipient_key == recipient_key(person),
        outbox.c.state != "dropped",
    )
    with db.begin() as conn:
        row = conn.execute(query).first()
    return _entry(row) if row is not None else None


def message_ids(db: Database) -> dict[str, int]:
    """Every Message-ID tactful sent (or tried to), with its interview."""
    with db.begin() as conn:
        rows = conn.execute(
            sa.select(outbox.c.message_id, outbox.c.interview_id).where(outbox.c.state != "dropped")
        )
        return {r.message_id: r.interview_id for r in rows}
