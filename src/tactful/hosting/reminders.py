"""One reminder per step, never two, whichever worker sends it and however it fails.

The outbox rule of the mail loop, for the server's reminders: the `reminders` row (unique per
round and step) is claimed and committed as `sending`, with its Message-ID, before SMTP is
spoken; then it becomes `sent`. A refusal before the message was handed over puts it back to
`prepared` and the job is retried with backoff. When the message may have gone (the connection
dropped after DATA) or a worker died while sending, the row becomes `unknown` and is never sent
again: a missed reminder is better than a duplicate.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import make_msgid
from typing import TYPE_CHECKING

import sqlalchemy as sa

from tactful.hosting.outbound import SendFailed, ServerMail
from tactful.store import schema
from tactful.store.scope import Scope

if TYPE_CHECKING:
    from tactful.accounts import Hosted
    from tactful.hosting.due import DueStep

log = logging.getLogger("tactful.worker")
STALE_SECONDS = 600
"""A `sending` row older than this was left by a worker that died mid-send."""


class RetryLater(Exception):
    """The reminder was not sent and can safely be tried again."""


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _claim(hosted: Hosted, step: DueStep, message_id: str) -> bool:
    """Mark the step's reminder as being sent by us; False when it must not be sent."""
    t = schema.reminders
    database = hosted.database.scoped(Scope.of(step.owner_id))
    with database.begin() as conn:
        # Hosted mode is PostgreSQL: a second claimer finds the row and stops below.
        conn.execute(_insert_ignore(step, message_id))
        row = conn.execute(
            sa.select(t.c.state, t.c.updated_at)
            .where(t.c.interview_id == step.interview_id, t.c.kind == str(step.kind))
            .with_for_update()
        ).first()
        if row is None:
            return False
        if row.state == "sending":
            age = datetime.now(UTC) - datetime.fromisoformat(row.updated_at)
            if age.total_seconds() > STALE_SECONDS:
                conn.execute(
                    sa.update(t)
                    .where(t.c.interview_id == step.interview_id, t.c.kind == str(step.kind))
                    .values(state="unknown", error="a worker stopped while sending")
                )
            return False
        if row.state != "prepared":
            return False
        conn.execute(
            sa.update(t)
            .where(t.c.interview_id == step.interview_id, t.c.kind == str(step.kind))
            .values(
                state="sending",
                message_id=message_id,
                attempts=t.c.attempts + 1,
                updated_at=_stamp(),
            )
        )
    return True


def _insert_ignore(step: DueStep, message_id: str) -> sa.Insert:
    from sqlalchemy.dialects.postgresql import insert

    return (
        insert(schema.reminders)
        .values(
            interview_id=step.interview_id,
            kind=str(step.kind),
            state="prepared",
            message_id=message_id,
            created_at=_stamp(),
            updated_at=_stamp(),
        )
        .on_conflict_do_nothing(index_elements=["interview_id", "kind"])
    )


def _finish(hosted: Hosted, step: DueStep, state: str, error: str = "") -> None:
    t = schema.reminders
    with hosted.database.scoped(Scope.of(step.owner_id)).begin() as conn:
        conn.execute(
            sa.update(t)
            .where(t.c.interview_id == step.interview_id, t.c.kind == str(step.kind))
            .values(state=state, error=error[:500], updated_at=_stamp())
        )


def send_reminder(hosted: Hosted, step: DueStep, mail: ServerMail, base_url: str) -> str:
    """Remind the member of one due step; what happened, in one word."""
    from tactful.hosting.notices import text

    user = hosted.users.get(step.owner_id)
    message_id = make_msgid(domain=mail.sender.split("@")[-1])
    if not _claim(hosted, step, message_id):
        return "skipped"
    with hosted.api_for(step.owner_id) as api:
        lang = api.lang
    kind = text(lang, str(step.kind))
    until = step.latest.strftime("%Y-%m-%d %H:%M")
    values = {"company": step.company, "role": step.role, "step": kind, "until": until}
    subject = text(lang, "remind.subject", **values)
    body = text(
        lang,
        "remind.late" if step.late else "remind.body",
        url=base_url.rstrip("/") + "/",
        **values,
    )
    try:
        mail.send(mail.message(user.email, subject, body, message_id))
    except SendFailed as exc:
        if exc.maybe_sent:
            _finish(hosted, step, "unknown", str(exc))
            log.warning("reminder %s %s may have gone (%s): not resent", step.interview_id,
                        step.kind, exc)  # fmt: skip
            return "unknown"
        _finish(hosted, step, "prepared", str(exc))
        raise RetryLater(str(exc)) from None
    _finish(hosted, step, "sent")
    log.info("reminded user %s of the %s of round %s", step.owner_id, step.kind, step.interview_id)
    return "sent"
