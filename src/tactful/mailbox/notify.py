"""Telling the user a step is due: a desktop notification where one is available, and/or one
reminder email to themselves. Each step is reminded at most once: the reminder is written to
the store (one per step, a database constraint) before it goes out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

from tactful.errors import TactfulError
from tactful.mailbox.tables import reminders
from tactful.models import COMMAND_WORDS, StepKind
from tactful.store.database import is_duplicate

if TYPE_CHECKING:
    from tactful.core import Tactful
    from tactful.mailbox.account import MailAccount
    from tactful.policy import RoundPlan, Step


def claim(api: Tactful, interview_id: int, kind: StepKind, how: str) -> bool:
    """Reserve the one reminder of this step; False when it was already given."""
    try:
        with api.store.database.begin() as conn:
            conn.execute(
                sa.insert(reminders).values(
                    interview_id=interview_id,
                    kind=str(kind),
                    how=how,
                    reminded_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
    except (sa.exc.IntegrityError, TactfulError) as exc:
        if not is_duplicate(exc):
            raise
        return False
    return True


def reminder_text(plan: RoundPlan, step: Step, lang: str) -> tuple[str, str]:
    """(subject, body) of a reminder, in English or French."""
    app, iv = plan.application, plan.interview
    word = COMMAND_WORDS[step.kind]
    command = f"tactful send {iv.id} {word}"
    if lang == "fr":
        what = "le remerciement" if step.kind is StepKind.THANK_YOU else "le message de suivi"
        subject = f"tactful : envoyez {what} à {app.company} (entretien {iv.id})"
        body = (
            f"{app.company}, {app.role}, tour {iv.round} : {what} est à envoyer avant le "
            f"{step.latest:%d/%m/%Y %H:%M}.\n\n{step.reason_in('fr')}\n\n"
            f"Pour l'envoyer : {command}\n"
        )
    else:
        what = "the thank-you" if step.kind is StepKind.THANK_YOU else "the status email"
        subject = f"tactful: send {what} to {app.company} (interview {iv.id})"
        body = (
            f"{app.company}, {app.role}, round {iv.round}: {what} is due by "
            f"{step.latest:%Y-%m-%d %H:%M}.\n\n{step.reason_in('en')}\n\nTo send it: {command}\n"
        )
    return subject, body


def desktop_available() -> bool:
    if sys.platform == "darwin":
        return shutil.which("osascript") is not None
    has_session = any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    )
    return has_session and shutil.which("notify-send") is not None


def desktop_notify(title: str, body: str) -> bool:
    """Show a desktop notification; False when none could be shown."""
    if not desktop_available():
        return False
    try:
        if sys.platform == "darwin":
            script = f"display notification {_quote(body)} with title {_quote(title)}"
            done = subprocess.run(["osascript", "-e", script], capture_output=True, timeout=10)
        else:
            done = subprocess.run(
                ["notify-send", "--app-name=tactful", title, body], capture_output=True, timeout=10
            )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def email_reminder(
    account: MailAccount, secret: str, subject: str, body: str, now: datetime
) -> str:
    """Send the reminder to the user's own address; its Message-ID."""
    from tactful.mailbox.compose import compose, new_message_id
    from tactful.mailbox.connect import close_smtp, open_smtp

    message_id = new_message_id(account.sender)
    message = compose(
        sender=account.sender,
        to=account.sender,
        subject=subject,
        body=body,
        at=now,
        message_id=message_id,
        kind="reminder",
    )
    smtp = open_smtp(account, secret)
    try:
        smtp.sendmail(account.email, [account.email], message.as_bytes())
    finally:
        close_smtp(smtp)
    return message_id
