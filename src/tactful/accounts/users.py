"""Accounts: adding, listing and removing users, one-time sign-up and reset links.

`Users` runs in the accounts scope (`Scope.accounts()`): on PostgreSQL it acts as the
`tactful_accounts` role, which may read and write the accounts tables and nothing of a member's
data; the scope's code wall refuses any statement on a data table as well.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from tactful.accounts.passwords import hash_password, new_token, token_hash
from tactful.errors import BadInput, NotFound, Refused
from tactful.models import Person
from tactful.store import schema
from tactful.store.database import Database
from tactful.validation import could_be_id

ROLES = ("member", "coach", "admin")
INVITE_SECONDS = 7 * 24 * 3600
RESET_SECONDS = 3600


@dataclass(frozen=True)
class User:
    id: int
    email: str
    role: str
    created_at: str
    last_login_at: str | None = None
    has_password: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "email": self.email,
            "role": self.role,
            "created_at": self.created_at,
            "last_login_at": self.last_login_at,
            "active": self.has_password,
        }


@dataclass(frozen=True)
class Link:
    """A one-time link's token (shown or mailed once; only its hash is kept)."""

    token: str
    purpose: str
    email: str
    expires_at: float

    def url(self, base: str) -> str:
        page = "signup" if self.purpose == "invite" else "reset"
        return f"{base.rstrip('/')}/{page}?token={self.token}"


def normalize_email(email: str) -> str:
    value = " ".join(email.split()).lower()
    try:
        parsed = Person.parse(value).email
    except BadInput:  # its words are for an interviewer ("write 'Name <email>'"), not an account
        parsed = None
    if parsed != value or len(value) > 254:
        raise BadInput(
            f'"{email.strip()[:80]}" is not an email address: write name@example.com',
            code="not-an-email",
            field="email",
        )
    return value


def check_role(role: str) -> str:
    if role not in ROLES:
        raise BadInput(
            f'the role must be one of {", ".join(ROLES)}, not "{role}"',
            code="not-a-choice",
            field="role",
        )
    return role


def _link_expired() -> Refused:
    return Refused(
        "this link has expired or was already used: ask for a new one",
        code="link-expired",
        field="token",
    )


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _user(row: Any) -> User:
    return User(
        id=int(row.id),
        email=str(row.email),
        role=str(row.role),
        created_at=str(row.created_at),
        last_login_at=row.last_login_at,
        has_password=row.password_hash is not None,
    )


class Users:
    """The accounts of one hosted server."""

    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.clock = clock

    # Reading

    def list(self) -> list[User]:
        t = schema.users
        with self.database.begin() as conn:
            rows = conn.execute(sa.select(t).where(t.c.role != "local").order_by(t.c.id))
            return [_user(r) for r in rows]

    def get(self, user_id: int) -> User:
        t = schema.users
        row = None
        if could_be_id(user_id):  # a larger number would overflow the column, not find nothing
            with self.database.begin() as conn:
                row = conn.execute(
                    sa.select(t).where(t.c.id == user_id, t.c.role != "local")
                ).first()
        if row is None:
            raise NotFound(
                f"no user {user_id}: see the list of users",
                code="no-user",
                values={"user": user_id},
            )
        return _user(row)

    def find(self, email: str) -> User | None:
        t = schema.users
        with self.database.begin() as conn:
            row = conn.execute(
                sa.select(t).where(t.c.email == email.strip().lower(), t.c.role != "local")
            ).first()
        return _user(row) if row is not None else None

    def by_email(self, email: str) -> User:
        found = self.find(email)
        if found is None:
            raise NotFound(
                f"no user {email.strip()[:80]}: see the list of users",
                code="no-user",
                field="email",
                values={"user": email.strip()[:80]},
            )
        return found

    def password_hash(self, user_id: int) -> str | None:
        t = schema.users
        with self.database.begin() as conn:
            value = conn.execute(sa.select(t.c.password_hash).where(t.c.id == user_id)).scalar()
        return None if value is None else str(value)

    # Writing

    def add(self, email: str, role: str = "member", *, password: str | None = None) -> User:
        email, role = normalize_email(email), check_role(role)
        if self.find(email) is not None:
            raise Refused(
                f"{email} already has an account: see the list of users",
                code="user-exists",
                field="email",
                values={"email": email},
            )
        values: dict[str, Any] = {"email": email, "role": role, "created_at": _stamp()}
        if password is not None:
            values["password_hash"] = hash_password(password)
        with self.database.begin() as conn:
            new_id = conn.execute(sa.insert(schema.users).values(**values)).inserted_primary_key
        return self.get(int(new_id[0]))  # type: ignore[index]

    def remove(self, email: str) -> User:
        """Delete an account and, by the database's cascades, every row of its data."""
        user = self.by_email(email)
        with self.database.begin() as conn:
            conn.execute(sa.delete(schema.users).where(schema.users.c.id == user.id))
            # Its sign-up links too (they name the address, not the account): a link left
            # over would make the account again, with the link's role.
            conn.execute(
                sa.delete(schema.one_time_tokens).where(
                    schema.one_time_tokens.c.email == user.email
                )
            )
            conn.execute(
                sa.delete(schema.data_versions).where(schema.data_versions.c.owner_id == user.id)
            )
        return user

    def set_password(self, user_id: int, password: str) -> None:
        """A new password ends every session of the account."""
        t = schema.users
        with self.database.begin() as conn:
            conn.execute(
                sa.update(t).where(t.c.id == user_id).values(password_hash=hash_password(password))
            )
            s = schema.sessions
            conn.execute(
                sa.update(s)
                .where(s.c.user_id == user_id, s.c.revoked_at.is_(None))
                .values(revoked_at=self.clock())
            )

    def touch_login(self, user_id: int) -> None:
        t = schema.users
        with self.database.begin() as conn:
            conn.execute(sa.update(t).where(t.c.id == user_id).values(last_login_at=_stamp()))

    # One-time links

    def _link(self, purpose: str, email: str, role: str, user_id: int | None, ttl: int) -> Link:
        token, now = new_token(), self.clock()
        with self.database.begin() as conn:
            conn.execute(
                sa.insert(schema.one_time_tokens).values(
                    token_hash=token_hash(token),
                    purpose=purpose,
                    email=email,
                    role=role,
                    user_id=user_id,
                    created_at=now,
                    expires_at=now + ttl,
                )
            )
        return Link(token, purpose, email, now + ttl)

    def invite(self, email: str, role: str = "member") -> Link:
        """A one-time sign-up link for someone without an account yet."""
        email, role = normalize_email(email), check_role(role)
        if (user := self.find(email)) is not None and user.has_password:
            raise Refused(
                f"{email} already has an account: send a password reset instead",
                code="user-exists",
                field="email",
            )
        return self._link("invite", email, role, None, INVITE_SECONDS)

    def reset_link(self, email: str) -> Link | None:
        """A one-time password reset link, or None when no such account (the caller says the
        same either way, so that the form does not reveal who has an account)."""
        user = self.find(email)
        if user is None:
            return None
        return self._link("reset", user.email, user.role, user.id, RESET_SECONDS)

    def _redeem(self, token: str, purpose: str) -> Any:
        t = schema.one_time_tokens
        now = self.clock()
        with self.database.begin() as conn:
            # Marked used in the same statement that finds it: two uses racing cannot both win.
            row = conn.execute(
                sa.update(t)
                .where(
                    t.c.token_hash == token_hash(token),
                    t.c.purpose == purpose,
                    t.c.used_at.is_(None),
                    t.c.expires_at > now,
                )
                .values(used_at=now)
                .returning(t.c.email, t.c.role, t.c.user_id)
            ).first()
        if row is None:
            raise _link_expired()
        return row

    def link_email(self, token: str, purpose: str) -> str | None:
        """The email a valid, unused link is for (to show on its form), else None."""
        t = schema.one_time_tokens
        with self.database.begin() as conn:
            value = conn.execute(
                sa.select(t.c.email).where(
                    t.c.token_hash == token_hash(token),
                    t.c.purpose == purpose,
                    t.c.used_at.is_(None),
                    t.c.expires_at > self.clock(),
                )
            ).scalar()
        return None if value is None else str(value)

    def accept_invite(self, token: str, password: str) -> User:
        from tactful.accounts.passwords import check_password

        check_password(password)
        with self.database.transaction():
            row = self._redeem(token, "invite")
            existing = self.find(row.email)
            if existing is not None:
                if existing.has_password:
                    # Set up since, with another link: a sign-up link left over (in a mailbox,
                    # a terminal) must not choose a new password for an account in use.
                    raise _link_expired()
                self.set_password(existing.id, password)
                return existing
            return self.add(row.email, row.role, password=password)

    def reset_password(self, token: str, password: str) -> User:
        from tactful.accounts.passwords import check_password

        check_password(password)
        with self.database.transaction():
            row = self._redeem(token, "reset")
            self.set_password(int(row.user_id), password)
            return self.get(int(row.user_id))
