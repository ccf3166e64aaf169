"""Where the mail password (or OAuth2 access token) comes from: TACTFUL_MAIL_PASSWORD, the
account's password command, or the system keyring. Never the database, the config file, an
export, a log or an error message."""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping

from tactful.errors import BadInput

KEYRING_SERVICE = "tactful-mail"
ENV = "TACTFUL_MAIL_PASSWORD"


def secret_for(
    email: str, password_command: str = "", *, env: Mapping[str, str] | None = None
) -> str:
    """The secret to log in with, or BadInput saying how to give one."""
    env = os.environ if env is None else env
    if value := env.get(ENV, ""):
        return value
    if password_command.strip():
        return run_password_command(password_command)
    if value := keyring_get(email):
        return value
    raise BadInput(
        f"no mail password for {email}: set {ENV}, give a password command that prints it, "
        "or keep it in the system keyring",
        code="mail-no-password",
        field="password",
        values={"email": email, "variable": ENV},
    )


def run_password_command(command: str) -> str:
    """The first line the command prints (a password or an access token). Its output is never
    repeated in an error."""
    try:
        done = subprocess.run(shlex.split(command), capture_output=True, timeout=60, check=False)
    except (OSError, ValueError) as exc:
        raise BadInput(
            f"cannot run the password command: {type(exc).__name__}; check the command",
            code="mail-password-command",
            field="password_command",
            values={"reason": type(exc).__name__, "fix": "check-command"},
        ) from None
    except subprocess.TimeoutExpired:
        raise BadInput(
            "the password command did not finish within 60 seconds",
            code="mail-password-command",
            field="password_command",
        ) from None
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if done.returncode != 0 or not lines or not lines[0].strip():
        raise BadInput(
            f"the password command failed (exit {done.returncode}) or printed nothing: run it "
            "by hand to see why",
            code="mail-password-command",
            field="password_command",
        )
    return lines[0].strip()


def keyring_get(email: str) -> str:
    try:
        import keyring

        return str(keyring.get_password(KEYRING_SERVICE, email) or "")
    except Exception:  # a broken keyring backend: no password there
        return ""


def keyring_usable() -> bool:
    """Whether a system keyring can keep a password here (not the fail or null backend)."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as FailKeyring

        backend = keyring.get_keyring()
        return not (isinstance(backend, FailKeyring) or "null" in type(backend).__module__)
    except Exception:
        return False


def keyring_set(email: str, secret: str) -> bool:
    """Keep the password in the system keyring; False when no usable keyring exists."""
    try:
        import keyring

        if not keyring_usable():
            return False
        keyring.set_password(KEYRING_SERVICE, email, secret)
        return True
    except Exception:
        return False


def keyring_delete(email: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, email)
    except Exception:  # nothing stored is fine
        pass


def redact(text: str, *secrets: str) -> str:
    """A server's message with any secret in it replaced (some echo what they were sent)."""
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, "[secret]")
    return text
