"""The web app's secrets: the password (an argon2 hash in the home, never the password), the
signing secret of session cookies, CSRF tokens, and the calendar feed's token.

Files in the tactful home, each written atomically and readable by the owner only:
- `web-password`: the argon2 hash of the password (absent: no password is configured);
- `web-secret`: random bytes that sign cookies and derive the feed token. Setting or removing the
  password replaces it, which logs every browser out and changes the feed's address.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tactful.errors import BadInput

PASSWORD_FILE = "web-password"
SECRET_FILE = "web-secret"
MIN_PASSWORD_LENGTH = 8
SESSION_COOKIE = "tactful_session"
SESSION_MAX_AGE = 30 * 24 * 3600
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def _write_private(path: Path, text: str) -> None:
    """Owner-only file, all or nothing."""
    from tactful.files import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text, mode=0o600)


def password_hash(home: Path) -> str | None:
    """The stored argon2 hash, or None when no password is configured."""
    try:
        text = (home / PASSWORD_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BadInput(f"cannot read {home / PASSWORD_FILE}: {exc.strerror}") from None
    return text or None


def set_password(home: Path, password: str) -> None:
    """Store the argon2 hash of `password` and a new signing secret (old sessions end)."""
    from argon2 import PasswordHasher

    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(f"the password is too short: use at least {MIN_PASSWORD_LENGTH} characters")
    if password != password.strip() or "\n" in password:
        raise BadInput("the password starts or ends with a space or holds a line break: retype it")
    _write_private(home / PASSWORD_FILE, PasswordHasher().hash(password) + "\n")
    new_secret(home)


def remove_password(home: Path) -> bool:
    """Forget the password (the app then only serves 127.0.0.1); True if there was one."""
    path = home / PASSWORD_FILE
    if not path.exists():
        return False
    path.unlink()
    new_secret(home)
    return True


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(PasswordHasher().verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def new_secret(home: Path) -> bytes:
    secret = secrets.token_bytes(32)
    _write_private(home / SECRET_FILE, secret.hex() + "\n")
    return secret


def load_secret(home: Path) -> bytes:
    """The signing secret, created on first use."""
    try:
        return bytes.fromhex((home / SECRET_FILE).read_text(encoding="utf-8").strip())
    except (FileNotFoundError, ValueError):
        return new_secret(home)
    except OSError as exc:
        raise BadInput(f"cannot read {home / SECRET_FILE}: {exc.strerror}") from None


def feed_token(secret: bytes) -> str:
    """The secret token in the calendar feed's URL (changes with the password)."""
    return hmac.new(secret, b"tactful calendar feed", hashlib.sha256).hexdigest()[:32]


def feed_address(base: str, token: str | None) -> str:
    """The calendar feed's URL under `base`, with its secret token when a password is set."""
    return base.rstrip("/") + "/calendar.ics" + (f"?token={token}" if token else "")


def is_loopback(host: str) -> bool:
    """127.0.0.1, ::1 or localhost: reachable only from this machine."""
    if host.strip("[]") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Session:
    """What the signed session cookie holds: a CSRF token, and whether the user logged in."""

    csrf: str
    user: bool = False
    lang: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"csrf": self.csrf, "user": self.user, "lang": self.lang}


class Sessions:
    """Signs and reads session cookies (itsdangerous, with a timestamp: 30 days at most).

    A cookie's signature is checked once: what it held is kept by the exact cookie text (at
    most `KNOWN` of them), and each read builds a new `Session` from it, so a handler that
    changes its session (logging in) changes nothing for the cookie it came with. Checking a
    signature cost about 0.1 ms of every request, more than the rest of the session's work."""

    KNOWN = 4096

    def __init__(self, secret: bytes, *, clock: Callable[[], float] = time.time) -> None:
        from itsdangerous import URLSafeTimedSerializer

        self._serializer = URLSafeTimedSerializer(secret, salt="tactful-session")
        self._clock = clock
        self._known: dict[str, tuple[float, str, bool, str]] = {}

    def read(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        known = self._known.get(cookie)
        if known is None:
            known = self._check(cookie)
            if known is None:
                return None
            if len(self._known) >= self.KNOWN:
                self._known.clear()
            self._known[cookie] = known
        signed, csrf, user, lang = known
        if self._clock() - signed > SESSION_MAX_AGE:
            return None
        return Session(csrf=csrf, user=user, lang=lang)

    def _check(self, cookie: str) -> tuple[float, str, bool, str] | None:
        from itsdangerous import BadSignature

        try:
            data, signed = self._serializer.loads(
                cookie, max_age=SESSION_MAX_AGE, return_timestamp=True
            )
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        return signed.timestamp(), data["csrf"], bool(data.get("user")), str(data.get("lang") or "")

    def dump(self, session: Session) -> str:
        return str(self._serializer.dumps(session.to_json()))

    @staticmethod
    def fresh(*, user: bool = False, lang: str = "") -> Session:
        return Session(csrf=secrets.token_urlsafe(24), user=user, lang=lang)


def cookie_value(header: str, name: str) -> str | None:
    """One cookie's value in a Cookie header, as `http.cookies` reads it (a quoted value is
    left to it), without building a cookie jar for every request (50 µs each)."""
    for part in header.split(";"):
        key, equals, value = part.strip().partition("=")
        if equals and key == name:
            if value.startswith('"'):
                from http.cookies import SimpleCookie

                jar: SimpleCookie = SimpleCookie()
                try:
                    jar.load(header)
                except Exception:  # a malformed Cookie header is no cookie
                    return None
                return jar[name].value if name in jar else None
            return value
    return None


def same_token(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())
