"""Logging in: rate-limited password checks, and sessions that expire and can be revoked.

Everything lives in the database, so any web worker can check any session and every worker
counts the same failed attempts: nothing one process needs is held in another's memory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from tactful.accounts.passwords import new_token, token_hash, verify
from tactful.accounts.users import User, Users
from tactful.errors import Refused
from tactful.store import schema
from tactful.validation import could_be_id

SESSION_SECONDS = 14 * 24 * 3600
"""A session ends two weeks after login, whatever happens."""
IDLE_SECONDS = 3 * 24 * 3600
"""...or after three days without a request."""
TOUCH_EVERY = 300
"""Seconds between two writes of a session's last use (not one write per request)."""
WINDOW = 15 * 60
ACCOUNT_LIMIT = 5
"""Failed logins per account in the window before the account refuses passwords."""
ADDRESS_LIMIT = 20
"""Failed logins from one address in the window (whatever the accounts tried)."""


class TooManyAttempts(Refused):
    """Carries how long to wait; the web says it in the reader's language by its code."""

    default_code = "too-many-attempts"

    def __init__(self, message: str, *, code: str, wait_minutes: int) -> None:
        super().__init__(message, code=code, field="email")
        self.wait_minutes = wait_minutes


@dataclass(frozen=True)
class Account:
    """Who a request comes from: the user and their session."""

    user_id: int
    email: str
    role: str
    session_id: int
    data_version: int | None = None
    """The user's data version when the session was read (saves a query per request)."""


@dataclass(frozen=True)
class SessionInfo:
    id: int
    created_at: float
    last_seen_at: float
    expires_at: float
    address: str
    user_agent: str
    current: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "last_seen_at": self.last_seen_at,
            "expires_at": self.expires_at,
            "address": self.address,
            "user_agent": self.user_agent,
            "current": self.current,
        }


class Logins:
    def __init__(self, users: Users) -> None:
        self.users = users
        self.database = users.database

    def _failures(self, column: sa.Column[str], value: str, now: float) -> tuple[int, float]:
        t = schema.login_attempts
        with self.database.begin() as conn:
            row = conn.execute(
                sa.select(sa.func.count(), sa.func.min(t.c.at)).where(
                    column == value, t.c.at > now - WINDOW
                )
            ).first()
        assert row is not None
        return int(row[0]), float(row[1] or now)

    def _check_limits(self, email: str, address: str, now: float) -> None:
        t = schema.login_attempts
        for column, value, limit, code, what in (
            (t.c.account, email, ACCOUNT_LIMIT, "too-many-attempts", "for this account"),
            (t.c.address, address, ADDRESS_LIMIT, "too-many-attempts-address", "from here"),
        ):
            count, oldest = self._failures(column, value, now)
            if count >= limit:
                wait = max(1, math.ceil((oldest + WINDOW - now) / 60))
                raise TooManyAttempts(
                    f"too many failed logins {what}: wait {wait} minutes and try again, or "
                    "reset your password",
                    code=code,
                    wait_minutes=wait,
                )

    def log_in(self, email: str, password: str, *, address: str, user_agent: str = "") -> str:
        """A new session's token, or Refused (a wrong password, too many attempts)."""
        email = " ".join(email.split()).lower()
        now = self.users.clock()
        self._check_limits(email, address, now)
        user = self.users.find(email)
        stored = self.users.password_hash(user.id) if user is not None else None
        if user is None or stored is None or not verify(stored, password):
            with self.database.begin() as conn:
                conn.execute(
                    sa.insert(schema.login_attempts).values(account=email, address=address, at=now)
                )
            raise Refused(
                "wrong email or password: try again, or reset your password",
                code="wrong-password",
                field="password",
            )
        with self.database.begin() as conn:
            t = schema.login_attempts
            conn.execute(sa.delete(t).where(t.c.account == email))
            conn.execute(sa.delete(t).where(t.c.at < now - WINDOW))
        self.users.touch_login(user.id)
        return self.start(user, address=address, user_agent=user_agent)

    def start(self, user: User, *, address: str = "", user_agent: str = "") -> str:
        token, now = new_token(), self.users.clock()
        with self.database.begin() as conn:
            conn.execute(
                sa.insert(schema.sessions).values(
                    user_id=user.id,
                    token_hash=token_hash(token),
                    created_at=now,
                    expires_at=now + SESSION_SECONDS,
                    last_seen_at=now,
                    address=address[:64],
                    user_agent=user_agent[:200],
                )
            )
        return token

    def resolve(self, token: str | None) -> Account | None:
        """The account of a live session token, else None (unknown, expired, idle, revoked).
        One round trip (the `tactful_session` function of migration 0005): every request asks,
        so it runs on the driver's own cursor (SQLAlchemy's statement and result objects cost
        twice the CPU of the query: 0.6 against 0.3 ms)."""
        if not token:
            return None
        now = self.users.clock()
        engine = self.database.engine
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            cursor = conn.connection.cursor()
            cursor.execute(
                "SELECT session_id, user_id, email, role, last_seen_at, version "
                "FROM tactful_session(%s, %s, %s)",
                (token_hash(token), now, float(IDLE_SECONDS)),
            )
            row = cursor.fetchone()
        if row is None:
            return None
        session_id, user_id, email, role, last_seen_at, version = row
        if now - float(last_seen_at) > TOUCH_EVERY:
            s = schema.sessions
            with self.database.begin() as conn:
                conn.execute(sa.update(s).where(s.c.id == session_id).values(last_seen_at=now))
        return Account(int(user_id), str(email), str(role), int(session_id), int(version))

    def sessions(self, user_id: int, current: int | None = None) -> list[SessionInfo]:
        s = schema.sessions
        now = self.users.clock()
        with self.database.begin() as conn:
            rows = conn.execute(
                sa.select(s)
                .where(
                    s.c.user_id == user_id,
                    s.c.revoked_at.is_(None),
                    s.c.expires_at > now,
                    s.c.last_seen_at > now - IDLE_SECONDS,
                )
                .order_by(s.c.id)
            ).all()
        return [
            SessionInfo(
                int(r.id),
                float(r.created_at),
                float(r.last_seen_at),
                float(r.expires_at),
                str(r.address),
                str(r.user_agent),
                current=int(r.id) == current,
            )
            for r in rows
        ]

    def revoke(self, user_id: int, session_id: int | None = None) -> int:
        """End one session of the user, or all of them; how many ended."""
        s = schema.sessions
        where = [s.c.user_id == user_id, s.c.revoked_at.is_(None)]
        if session_id is not None:
            if not could_be_id(session_id):  # it would overflow the column: no such session
                return 0
            where.append(s.c.id == session_id)
        with self.database.begin() as conn:
            result = conn.execute(sa.update(s).where(*where).values(revoked_at=self.users.clock()))
            return int(result.rowcount)
