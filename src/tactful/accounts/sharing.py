"""A member shares their rounds with a coach; the coach reads them (read-only) and leaves notes
that the member sees. Shares and notes name both people, so this service filters by both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from tactful.errors import BadInput, NotFound, Refused
from tactful.store import schema
from tactful.store.database import Database
from tactful.validation import could_be_id

MAX_NOTE = 2000


@dataclass(frozen=True)
class Person:
    id: int
    email: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "email": self.email}


@dataclass(frozen=True)
class Note:
    id: int
    coach: str
    member_id: int
    interview_id: int
    text: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "coach": self.coach,
            "interview_id": self.interview_id,
            "text": self.text,
            "created_at": self.created_at,
        }


class Sharing:
    """One user's side of sharing (`database` is kept to that user's scope)."""

    def __init__(self, database: Database, user_id: int) -> None:
        self.database = database
        self.user_id = user_id

    # A member's side

    def coaches(self) -> list[Person]:
        """The coaches of the server, to choose from."""
        u = schema.users
        with self.database.begin() as conn:
            rows = conn.execute(
                sa.select(u.c.id, u.c.email).where(u.c.role == "coach").order_by(u.c.email)
            )
            return [Person(int(r.id), str(r.email)) for r in rows]

    def shared_with(self) -> list[Person]:
        s, u = schema.shares, schema.users
        with self.database.begin() as conn:
            rows = conn.execute(
                sa.select(u.c.id, u.c.email)
                .select_from(s.join(u, u.c.id == s.c.coach_id))
                .where(s.c.member_id == self.user_id)
                .order_by(u.c.email)
            )
            return [Person(int(r.id), str(r.email)) for r in rows]

    def share(self, coach_email: str) -> Person:
        email = coach_email.strip().lower()
        coach = next((c for c in self.coaches() if c.email == email), None)
        if coach is None:
            raise NotFound(
                f"no coach {email[:80]} on this server: ask your career office for their address",
                code="no-coach",
                values={"email": email[:80]},
                field="coach",
            )
        if any(c.id == coach.id for c in self.shared_with()):
            return coach
        with self.database.begin() as conn:
            conn.execute(
                sa.insert(schema.shares).values(
                    member_id=self.user_id,
                    coach_id=coach.id,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
        return coach

    def unshare(self, coach_id: int) -> bool:
        s = schema.shares
        if not could_be_id(coach_id):  # it would overflow the column: no such coach
            return False
        with self.database.begin() as conn:
            result = conn.execute(
                sa.delete(s).where(s.c.member_id == self.user_id, s.c.coach_id == coach_id)
            )
            return bool(result.rowcount)

    def notes_for_me(self, interview_id: int | None = None) -> list[Note]:
        """Coaches' notes on my rounds."""
        n = schema.coach_notes
        where = [n.c.member_id == self.user_id]
        if interview_id is not None:
            where.append(n.c.interview_id == interview_id)
        return self._notes(where)

    # A coach's side

    def members(self) -> list[Person]:
        """The members who share their rounds with me."""
        s, u = schema.shares, schema.users
        with self.database.begin() as conn:
            rows = conn.execute(
                sa.select(u.c.id, u.c.email)
                .select_from(s.join(u, u.c.id == s.c.member_id))
                .where(s.c.coach_id == self.user_id)
                .order_by(u.c.email)
            )
            return [Person(int(r.id), str(r.email)) for r in rows]

    def check_member(self, member_id: int) -> Person:
        found = next((m for m in self.members() if m.id == member_id), None)
        if found is None:
            raise NotFound(
                f"member {member_id} does not share their rounds with you",
                code="not-shared",
                field="member_id",
            )
        return found

    def notes_by_me(self, member_id: int, interview_id: int | None = None) -> list[Note]:
        n = schema.coach_notes
        where = [n.c.coach_id == self.user_id, n.c.member_id == member_id]
        if interview_id is not None:
            where.append(n.c.interview_id == interview_id)
        return self._notes(where)

    def add_note(self, member_id: int, interview_id: int, text: str) -> Note:
        """A note on a member's round; the caller has checked the round is theirs and shared."""
        self.check_member(member_id)
        text = text.strip()
        if not text:
            raise BadInput("the note is empty: write something", code="required", field="text")
        if len(text) > MAX_NOTE:
            raise BadInput(
                f"a note is at most {MAX_NOTE} characters: shorten it",
                code="too-long",
                field="text",
            )
        with self.database.begin() as conn:
            new_id = conn.execute(
                sa.insert(schema.coach_notes).values(
                    coach_id=self.user_id,
                    member_id=member_id,
                    interview_id=interview_id,
                    text=text,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            ).inserted_primary_key
        if new_id is None:
            raise Refused("the note was not written", code="not-written")
        return self.notes_by_me(member_id, interview_id)[-1]

    def _notes(self, where: list[Any]) -> list[Note]:
        n, u = schema.coach_notes, schema.users
        with self.database.begin() as conn:
            rows = conn.execute(
                sa.select(n, u.c.email)
                .select_from(n.join(u, u.c.id == n.c.coach_id))
                .where(*where)
                .order_by(n.c.id)
            )
            return [
                Note(
                    int(r.id),
                    str(r.email),
                    int(r.member_id),
                    int(r.interview_id),
                    str(r.text),
                    str(r.created_at),
                )
                for r in rows
            ]
