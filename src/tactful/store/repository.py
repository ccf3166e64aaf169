"""Reads and writes of the store. Keyword-only data functions over SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tactful.errors import Refused, no_such
from tactful.models import (
    Application,
    FollowUp,
    Interview,
    Person,
    Reply,
    StepKind,
    ThankYouNote,
    recipient_key,
)
from tactful.store import schema
from tactful.store.codec import date_out, instant_in, instant_out, people_out
from tactful.store.database import Database
from tactful.store.loader import load_applications, load_interviews
from tactful.validation import could_be_id

if TYPE_CHECKING:
    from tactful.store.bulk import BulkWriter

APPLICATION_FIELDS = (
    "company", "role", "url", "closing_date", "posted_date", "country", "subdivision", "notes",
    "requirements", "contact", "language",
)  # fmt: skip
INTERVIEW_FIELDS = (
    "starts_at", "timezone", "duration_minutes", "decision_date", "timeline", "many_candidates",
    "detail", "selling_point", "forgot", "interviewers", "ical_uid", "ical_sequence", "cancelled",
)  # fmt: skip


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _application_values(app: Application) -> dict[str, Any]:
    return {
        "company": app.company,
        "role": app.role,
        "contact_name": app.contact.name if app.contact else "",
        "contact_email": app.contact.email if app.contact else "",
        "url": app.url,
        "closing_date": date_out(app.closing_date, "closing_date"),
        "posted_date": date_out(app.posted_date, "posted_date"),
        "country": app.country,
        "subdivision": app.subdivision,
        "notes": app.notes,
        "requirements": app.requirements,
        "language": app.language,
    }


def _interview_values(iv: Interview) -> dict[str, Any]:
    return {
        "starts_at": instant_out(iv.starts_at, "starts_at"),
        "timezone": iv.timezone,
        "duration_minutes": iv.duration_minutes,
        "decision_date": date_out(iv.decision_date, "decision_date"),
        "timeline": iv.timeline,
        "many_candidates": iv.many_candidates,
        "detail": iv.detail,
        "selling_point": iv.selling_point,
        "forgot": iv.forgot,
        "skipped": ",".join(iv.skipped),
        "ical_uid": iv.ical_uid,
        "ical_sequence": iv.ical_sequence,
        "cancelled": iv.cancelled,
    }


def _follow_up_values(f: FollowUp, interview_id: int) -> dict[str, Any]:
    return {
        "interview_id": interview_id,
        "kind": str(f.kind),
        "channel": str(f.channel),
        "sent_at": instant_out(f.sent_at, "sent_at"),
        "recipients": people_out(f.recipients),
        "subject": f.subject,
        "body": f.body,
        "message_id": f.message_id,
    }


def _note_values(n: ThankYouNote, interview_id: int) -> dict[str, Any]:
    return {
        "interview_id": interview_id,
        "recipient_key": recipient_key(n.recipient),
        "name": n.recipient.name,
        "email": n.recipient.email,
        "state": str(n.state),
        "sent_at": instant_out(n.sent_at, "sent_at") if n.sent_at else None,
        "subject": n.subject,
        "body": n.body,
        "message_id": n.message_id,
    }


def _reply_values(r: Reply, interview_id: int) -> dict[str, Any]:
    return {
        "interview_id": interview_id,
        "received_at": instant_out(r.received_at, "received_at"),
        "outcome": str(r.outcome),
        "note": r.note,
    }


def _with_id(values: dict[str, Any], item_id: int | None, keep_id: bool) -> dict[str, Any]:
    """Keep an explicit id (an import into an empty store), else let the database choose."""
    if keep_id and item_id is not None:
        values["id"] = item_id
    return values


def _inserted(conn: sa.Connection, table: sa.Table, values: dict[str, Any]) -> int:
    result = conn.execute(sa.insert(table).values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def _insert_application(conn: sa.Connection, app: Application, *, keep_id: bool) -> int:
    values = _application_values(app)
    values["created_at"] = (
        instant_out(app.created_at, "created_at") if app.created_at else _now_text()
    )
    return _inserted(conn, schema.applications, _with_id(values, app.id, keep_id))


def _insert_interview(
    conn: sa.Connection, iv: Interview, application_id: int, round_: int, *, keep_id: bool
) -> int:
    values = _interview_values(iv)
    values.update(application_id=application_id, round=round_, created_at=_now_text())
    new_id = _inserted(conn, schema.interviews, _with_id(values, iv.id, keep_id))
    _write_interviewers(conn, new_id, iv.interviewers)
    return new_id


def _renumber_rounds(conn: sa.Connection, application_id: int) -> None:
    """Number an application's rounds in the order they start (the order of entry breaks
    ties). A later round supersedes the earlier ones (`tactful.policy.rounds.plan_all`): an
    interview added or moved before another must not take the later one's place."""
    table = schema.interviews
    rows = conn.execute(
        sa.select(table.c.id, table.c.round, table.c.starts_at, table.c.timezone).where(
            table.c.application_id == application_id
        )
    ).all()
    # instant_in: a store written before instants were checked may hold one without offset
    ordered = sorted(rows, key=lambda r: (instant_in(r.starts_at, r.timezone), r.round, r.id))
    wanted = {r.id: number for number, r in enumerate(ordered, 1)}
    moved = [r.id for r in rows if r.round != wanted[r.id]]
    # Two steps, so that no two rounds of the application share a number on the way.
    for interview_id in moved:
        conn.execute(sa.update(table).where(table.c.id == interview_id).values(round=-interview_id))
    for interview_id in moved:
        conn.execute(
            sa.update(table).where(table.c.id == interview_id).values(round=wanted[interview_id])
        )


def _insert_follow_up(conn: sa.Connection, f: FollowUp, interview_id: int, *, keep_id: bool) -> int:
    values = _with_id(_follow_up_values(f, interview_id), f.id, keep_id)
    return _inserted(conn, schema.follow_ups, values)


def _insert_reply(conn: sa.Connection, r: Reply, interview_id: int, *, keep_id: bool) -> int:
    return _inserted(conn, schema.replies, _with_id(_reply_values(r, interview_id), r.id, keep_id))


def _write_interviewers(conn: sa.Connection, interview_id: int, people: list[Person]) -> None:
    if people:
        conn.execute(
            sa.insert(schema.interviewers),
            [
                {"interview_id": interview_id, "position": i, "name": p.name, "email": p.email}
                for i, p in enumerate(people)
            ],
        )


class Store:
    """The data functions the API uses; every write is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # Applications

    def applications(self) -> list[Application]:
        return load_applications(self.database.rows)

    def application(self, application_id: int) -> Application:
        found = load_applications(self.database.rows, application_id)
        if not found:
            raise no_such("application", application_id)
        return found[0]

    def add_application(self, app: Application) -> int:
        with self.database.begin() as conn:
            return _insert_application(conn, app, keep_id=False)

    def update_application(self, app: Application) -> None:
        assert app.id is not None
        with self.database.begin() as conn:
            conn.execute(
                sa.update(schema.applications)
                .where(schema.applications.c.id == app.id)
                .values(**_application_values(app))
            )

    def delete_application(self, application_id: int) -> None:
        self.application(application_id)
        with self.database.begin() as conn:
            conn.execute(
                sa.delete(schema.applications).where(schema.applications.c.id == application_id)
            )

    # Interview rounds

    def interviews(self, *, application_id: int | None = None) -> list[Interview]:
        return load_interviews(self.database.rows, application_id=application_id)

    def interview(self, interview_id: int) -> Interview:
        found = load_interviews(self.database.rows, interview_id=interview_id)
        if not found:
            raise no_such("interview", interview_id)
        return found[0]

    def interview_by_uid(self, uid: str) -> Interview | None:
        with self.database.begin() as conn:
            found = conn.execute(
                sa.select(schema.interviews.c.id).where(schema.interviews.c.ical_uid == uid)
            ).scalar()
        return self.interview(found) if found is not None else None

    def add_interview(self, iv: Interview) -> int:
        """Add the next round of its application."""
        self.application(iv.application_id)
        table = schema.interviews
        with self.database.begin() as conn:
            last = conn.execute(
                sa.select(sa.func.max(table.c.round)).where(
                    table.c.application_id == iv.application_id
                )
            ).scalar()
            new_id = _insert_interview(conn, iv, iv.application_id, (last or 0) + 1, keep_id=False)
            _renumber_rounds(conn, iv.application_id)
            return new_id

    def update_interview(self, iv: Interview) -> None:
        assert iv.id is not None
        with self.database.begin() as conn:
            conn.execute(
                sa.update(schema.interviews)
                .where(schema.interviews.c.id == iv.id)
                .values(**_interview_values(iv))
            )
            conn.execute(
                sa.delete(schema.interviewers).where(schema.interviewers.c.interview_id == iv.id)
            )
            _write_interviewers(conn, iv.id, iv.interviewers)
            _renumber_rounds(conn, iv.application_id)

    def delete_interview(self, interview_id: int) -> None:
        self.interview(interview_id)
        with self.database.begin() as conn:
            conn.execute(sa.delete(schema.interviews).where(schema.interviews.c.id == interview_id))

    # Follow-ups and replies

    def add_follow_up(self, follow_up: FollowUp) -> int:
        assert follow_up.interview_id is not None
        # The constraints and the trigger of migration 0002 are the last word when two
        # processes race past the rule check: `Database` words their refusal.
        with self.database.begin() as conn:
            return _insert_follow_up(conn, follow_up, follow_up.interview_id, keep_id=False)

    def delete_follow_up(self, interview_id: int, kind: StepKind) -> bool:
        table, notes = schema.follow_ups, schema.thank_you_notes
        with self.database.begin() as conn:
            result = conn.execute(
                sa.delete(table).where(table.c.interview_id == interview_id, table.c.kind == kind)
            )
            removed = 0
            if kind is StepKind.THANK_YOU:
                removed = conn.execute(
                    sa.delete(notes).where(notes.c.interview_id == interview_id)
                ).rowcount
            return bool(result.rowcount or removed)

    def add_notes(
        self,
        interview_id: int,
        notes: list[ThankYouNote],
        *,
        follow_up: FollowUp | None = None,
        skip_thank_you: bool = False,
    ) -> list[int]:
        """Record interviewers' thank-you notes, and with them the round's thank-you follow-up
        (or its skip) when they complete it: one transaction."""
        try:
            with self.database.begin() as conn:
                ids = [
                    _inserted(conn, schema.thank_you_notes, _note_values(n, interview_id))
                    for n in notes
                ]
                if follow_up is not None:
                    _insert_follow_up(conn, follow_up, interview_id, keep_id=False)
                if skip_thank_you:
                    table = schema.interviews
                    current = conn.execute(
                        sa.select(table.c.skipped).where(table.c.id == interview_id)
                    ).scalar()
                    kinds = [k for k in str(current or "").split(",") if k]
                    kinds.append(str(StepKind.THANK_YOU))
                    conn.execute(
                        sa.update(table)
                        .where(table.c.id == interview_id)
                        .values(skipped=",".join(dict.fromkeys(kinds)))
                    )
                return ids
        except sa.exc.IntegrityError:
            raise Refused(
                f"this thank-you is already recorded for interview {interview_id}: "
                "one note per interviewer, one thank-you per round",
                code="already-recorded",
            ) from None

    def delete_note(self, interview_id: int, note_id: int) -> bool:
        """Remove one interviewer's note. The round's thank-you step counted it, so the step is
        no longer complete: its follow-up, or its skip, goes in the same transaction."""
        notes, follow_ups, rounds = schema.thank_you_notes, schema.follow_ups, schema.interviews
        with self.database.begin() as conn:
            removed = conn.execute(
                sa.delete(notes).where(notes.c.id == note_id, notes.c.interview_id == interview_id)
            ).rowcount
            if not removed:
                return False
            conn.execute(
                sa.delete(follow_ups).where(
                    follow_ups.c.interview_id == interview_id,
                    follow_ups.c.kind == str(StepKind.THANK_YOU),
                )
            )
            current = conn.execute(
                sa.select(rounds.c.skipped).where(rounds.c.id == interview_id)
            ).scalar()
            kinds = [k for k in str(current or "").split(",") if k and k != StepKind.THANK_YOU]
            conn.execute(
                sa.update(rounds).where(rounds.c.id == interview_id).values(skipped=",".join(kinds))
            )
            return True

    def delete_skipped_notes(self, interview_id: int) -> None:
        notes = schema.thank_you_notes
        with self.database.begin() as conn:
            conn.execute(
                sa.delete(notes).where(
                    notes.c.interview_id == interview_id, notes.c.state == "skipped"
                )
            )

    def follow_up_id(self, interview_id: int, kind: StepKind) -> int:
        table = schema.follow_ups
        with self.database.begin() as conn:
            found = conn.execute(
                sa.select(table.c.id).where(
                    table.c.interview_id == interview_id, table.c.kind == str(kind)
                )
            ).scalar()
        return int(found or 0)

    def add_reply(self, reply: Reply) -> int:
        assert reply.interview_id is not None
        with self.database.begin() as conn:
            return _insert_reply(conn, reply, reply.interview_id, keep_id=False)

    def set_skipped(self, interview_id: int, skipped: list[StepKind]) -> None:
        with self.database.begin() as conn:
            conn.execute(
                sa.update(schema.interviews)
                .where(schema.interviews.c.id == interview_id)
                .values(skipped=",".join(skipped))
            )

    # Profile

    def profile(self) -> list[tuple[int, str, str]]:
        return [
            (int(r[0]), str(r[1]), str(r[2]))
            for r in self.database.rows("SELECT id, kind, text FROM profile_items ORDER BY id")
        ]

    def add_profile_item(self, kind: str, text: str) -> int:
        with self.database.begin() as conn:
            result = conn.execute(sa.insert(schema.profile_items).values(kind=kind, text=text))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def delete_profile_item(self, item_id: int) -> bool:
        if not could_be_id(item_id):
            return False
        with self.database.begin() as conn:
            result = conn.execute(
                sa.delete(schema.profile_items).where(schema.profile_items.c.id == item_id)
            )
            return bool(result.rowcount)

    def is_empty(self) -> bool:
        counts = self.database.rows(
            "SELECT (SELECT COUNT(*) FROM applications) + (SELECT COUNT(*) FROM profile_items)"
        )
        return bool(counts[0][0] == 0)

    def keeps_ids(self) -> bool:
        """Whether an import keeps the ids of its file: into an empty single-user store, so that
        an export imports back to the same export. Never in hosted mode: ids are numbered for
        every user together (another user's rows may hold the file's ids, and moving the
        sequences to the importer's largest id would hand out ids already taken)."""
        return self.database.scope is None and self.is_empty()

    def reset_sequences(self) -> None:
        """After inserting explicit ids on PostgreSQL, move each id sequence past the maximum."""
        if self.database.engine.dialect.name != "postgresql":
            return
        with self.database.begin() as conn:
            for table in schema.metadata.sorted_tables:
                if "id" not in table.c or not table.c.id.autoincrement:
                    continue
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )

    # Import

    def import_all(
        self,
        applications: list[tuple[Application, list[Interview]]],
        profile: list[tuple[int | None, str, str]],
        *,
        keep_ids: bool,
    ) -> dict[str, int]:
        """Insert a whole export in one transaction: all of it lands, or none."""
        with self.bulk(keep_ids=keep_ids) as writer:
            for app, interviews in applications:
                writer.add(app, interviews)
            writer.flush()
            for item_id, kind, text in profile:
                writer.add_profile_item(item_id, kind, text)
        return writer.counts

    @contextmanager
    def bulk(self, *, keep_ids: bool) -> Iterator[BulkWriter]:
        """A writer of whole applications in one transaction (tactful.store.bulk): all of it
        lands when the block ends, or none of it when the block raises."""
        from tactful.store.bulk import BulkWriter

        with self.database.begin() as conn:
            writer = BulkWriter(conn, self.database, keep_ids=keep_ids)
            yield writer
            writer.flush()
        if keep_ids:
            self.reset_sequences()
