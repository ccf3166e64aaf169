"""Passwords (argon2id hashes, never the password) and the random tokens of sessions and one-time
links (only their SHA-256 is stored, so a copy of the database opens no session)."""

from __future__ import annotations

import hashlib
import secrets

from tactful.errors import BadInput

MIN_LENGTH = 10
MAX_LENGTH = 1024
_DUMMY_HASH: str | None = None


def check_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise BadInput(
            f"the password is too short: use at least {MIN_LENGTH} characters",
            code="password-too-short",
            field="password",
        )
    if len(password) > MAX_LENGTH:
        raise BadInput(
            f"the password is longer than {MAX_LENGTH} characters: shorten it",
            code="password-too-long",
            field="password",
        )
    return password


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return str(PasswordHasher().hash(check_password(password)))


def verify(stored: str | None, password: str) -> bool:
    """True when `password` matches; the same work is done when there is no account, so the
    time taken does not tell whether an email is registered."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    global _DUMMY_HASH
    if stored is None:
        if _DUMMY_HASH is None:
            _DUMMY_HASH = PasswordHasher().hash(secrets.token_hex(16))
        stored, password = _DUMMY_HASH, password + "\0"
    try:
        return bool(PasswordHasher().verify(stored, password[:MAX_LENGTH]))
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()
