"""After a crash or a dropped connection: finish what the outbox says was started, and never
send anything twice.

- prepared: SMTP never began, nothing went out: the entry is dropped (a new send may go).
- sending: it may have gone out. Found in the Sent folder, it is recorded; otherwise the user
  is asked (in a terminal) or told how to resolve it; until then the note cannot be sent again.
- sent: it went out: record it, then file the copy.
- recorded: file the copy in Sent (unless it is already there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput, Refused
from tactful.mailbox import outbox
from tactful.mailbox.connect import MailError

if TYPE_CHECKING:
    from tactful.core import Tactful
    from tactful.mailbox.outbox import OutboxEntry
    from tactful.mailbox.sending import MailSender

Ask = Callable[["OutboxEntry"], bool | None]
"""Did this email go out? True, False, or None when nobody can answer."""


@dataclass(frozen=True, slots=True)
class Recovered:
    entry_id: int
    to: str
    kind: str
    state: str
    detail: str

    def line(self) -> str:
        return f"outbox {self.entry_id} ({self.kind} to {self.to}): {self.detail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "outbox_id": self.entry_id,
            "to": self.to,
            "kind": self.kind,
            "state": self.state,
            "detail": self.detail,
        }


def recover(sender: MailSender, ask: Ask | None = None) -> list[Recovered]:
    """Settle every unfinished outbox entry; what was done, one item each."""
    db = sender.db
    done: list[Recovered] = []
    for entry in outbox.entries(db, unfinished=True):

        def report(state: str, detail: str, entry: OutboxEntry = entry) -> None:
            done.append(Recovered(entry.id, str(entry.recipient), str(entry.kind), state, detail))

        if entry.state == "prepared":
            outbox.set_state(db, entry.id, "dropped", "never handed to the SMTP server")
            report("dropped", "never handed to the SMTP server: it can be sent again")
            continue
        if entry.state == "sending":
            try:
                found = sender.in_sent(entry.message_id)
            except MailError as exc:
                report("sending", f"cannot look in Sent yet ({exc.message})")
                continue
            if not found:
                answer = ask(entry) if ask is not None else None
                if answer is None:
                    report(
                        "uncertain",
                        "may have gone out (the connection dropped while it was handed over) "
                        "and is not in your Sent folder: check, then run "
                        f"'tactful mail resolve {entry.id} sent' or '... not-sent'",
                    )
                    continue
                if not answer:
                    outbox.set_state(db, entry.id, "dropped", "the user said it did not go out")
                    report("dropped", "marked as not sent: it can be sent again")
                    continue
            sender.record(entry, entry.created_at)
            if found:
                outbox.set_state(db, entry.id, "done")
                report("done", "found in your Sent folder: recorded as sent")
                continue
            state, detail = sender.file_copy(entry)
            report(state, f"recorded as sent; {detail}")
            continue
        if entry.state == "sent":
            sender.record(entry, entry.created_at)
        try:
            state, detail = sender.file_copy(entry)
        except MailError as exc:
            report(entry.state, exc.message)
            continue
        report(state, f"recorded as sent; {detail}")
    return done


def resolve(
    api: Tactful, sender_factory: Callable[[], MailSender], entry_id: int, went_out: bool
) -> Recovered:
    """The user's answer for an uncertain entry: it went out (record it, file the copy) or not
    (drop it, so it may be sent again)."""
    entry = outbox.get(api.store.database, entry_id)
    if entry is None:
        raise BadInput(
            f"no outbox entry {entry_id}: look at the outbox for the ids",
            code="not-found",
            field="entry",
            values={"what": "outbox-entry", "id": entry_id},
        )
    if entry.state not in ("sending", "prepared"):
        raise Refused(
            f"outbox entry {entry_id} is {entry.state}: only an uncertain send can be resolved",
            code="not-uncertain",
        )
    label = (entry.id, str(entry.recipient), str(entry.kind))
    if not went_out:
        outbox.set_state(api.store.database, entry.id, "dropped", "the user said it did not go out")
        return Recovered(*label, "dropped", "marked as not sent: it can be sent again")
    with sender_factory() as sender:
        sender.record(entry, entry.created_at)
        state, detail = sender.file_copy(entry)
    return Recovered(*label, state, f"recorded as sent; {detail}")
