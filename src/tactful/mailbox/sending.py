"""`tactful send`: build the follow-ups to send, check them, then send each at most once.

    outgoing = prepare_outgoing(api, 3, "thank-you")          # checked, nothing written
    results = MailSender(api, account, secret).send(outgoing)  # outbox → SMTP → record → Sent

Each email goes through the outbox (see tactful.mailbox.outbox) so that a crash, a dropped
connection or a second process never sends it twice.
"""

from __future__ import annotations

import os
import smtplib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput, Refused
from tactful.mailbox import outbox
from tactful.mailbox.account import MailAccount
from tactful.mailbox.compose import (
    compose,
    edited_to,
    new_message_id,
    placeholders,
    read_edited,
)
from tactful.mailbox.connect import MailDropped, MailError, close_imap, close_smtp, open_smtp
from tactful.mailbox.secrets import redact
from tactful.models import Channel, NoteState, Person, StepKind, recipient_key
from tactful.policy import check_can_record

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from tactful.core import Tactful
    from tactful.mailbox.outbox import OutboxEntry

_REFUSALS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)
FAULT_ENV = "TACTFUL_FAULT_STOP_AT"
"""Tests stop the sender at a stage (prepared, sending, sent, recorded) and kill it there."""


def checkpoint(stage: str) -> None:
    if os.environ.get(FAULT_ENV) == stage:
        sys.stderr.write(f"tactful: stopped at {stage}\n")
        sys.stderr.flush()
        while True:
            time.sleep(60)


@dataclass(slots=True)
class Outgoing:
    """One email to send, checked."""

    interview_id: int
    kind: StepKind
    recipient: Person
    subject: str
    body: str
    lang: str
    check: dict[str, Any] = field(default_factory=dict)
    in_reply_to: str = ""
    notes: list[str] = field(default_factory=list)
    """What the user should read before sending (the draft's notes: an AI draft that failed
    the check twice and was replaced by the template, a profile item used for 'forgot'...)."""

    @property
    def errors(self) -> list[str]:
        # A leftover placeholder first: the one-line refusal names the first problem, and
        # that is the one the writer can fix at once.
        found = [f"leftover placeholder {p}" for p in placeholders(self.subject, self.body)]
        found += [
            f"{f.get('message')} [{f.get('rule')}]"
            for f in self.check.get("findings", [])
            if f.get("severity") == "error"
        ]
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "interview_id": self.interview_id,
            "kind": str(self.kind),
            "to": {"name": self.recipient.name, "email": self.recipient.email},
            "subject": self.subject,
            "body": self.body,
            "lang": self.lang,
            "in_reply_to": self.in_reply_to,
            "check": self.check,
            "errors": self.errors,
            "notes": self.notes,
        }


def prepare_outgoing(
    api: Tactful,
    interview_id: int,
    kind: StepKind | str,
    *,
    to: str | None = None,
    lang: str | None = None,
    ai: bool = False,
    text: str | None = None,
) -> list[Outgoing]:
    """The checked emails `tactful send` would send. Refused (exit 1) for everything
    `tactful sent` refuses; BadInput for a recipient without an address."""
    from tactful.drafts import check_draft, draft_follow_up, parse_kind

    step = parse_kind(kind)
    plan = api.plan(interview_id)
    now = api.now()
    try:
        check_can_record(plan, step, Channel.EMAIL, now)
    except Refused as refused:
        if refused.code != "too-early":
            raise
        # The rule's own line ends "if it already went out, record it anyway": sending
        # anyway is no answer, the email waits for its window.
        values = {**refused.values, "sending": True}
        raise Refused(
            f'the status inquiry window opens on {values["opens"]}: "{values["quote"]}" '
            f"An email is never sent before then: send it on or after {values['opens']}",
            code="too-early",
            values=values,
        ) from None
    check_no_answer_waiting(api, interview_id)
    done = {recipient_key(n.recipient): n for n in plan.interview.notes}
    drafts = draft_follow_up(api, interview_id, step, lang=lang, to=to, ai=ai, plan=plan)
    # One note picked (by --to or the edited email's To: line): a note already recorded is
    # refused, not skipped.
    picked = to is not None
    if text is not None:
        drafts = _addressed(drafts, text)
        picked = picked or edited_to(text) is not None
    found: list[Outgoing] = []
    for draft in drafts:
        person = Person(draft.to.name, draft.to.email)
        note = done.get(recipient_key(person))
        if step is StepKind.THANK_YOU and note is not None:
            if picked:
                raise Refused(
                    f"the thank-you to {person} is already recorded as {note.state}",
                    code="already-recorded",
                    field="to",
                )
            continue
        if not person.email:
            raise BadInput(
                f"no email address for {person or 'the hiring team'}: add one to interview "
                f"{interview_id}'s interviewer, or record a note sent another way as sent",
                code="no-address",
                field="to",
                values={"interview_id": interview_id, "person": str(person or "")},
            )
        if text is not None:
            if len(drafts) > 1:
                names = "; ".join(d.to.address for d in drafts)
                raise BadInput(
                    f"the edited email is one email and this round has {len(drafts)} notes "
                    f"({names}): say which person it is for",
                    code="one-email-many-notes",
                    field="to",
                    values={"count": len(drafts), "names": [d.to.address for d in drafts]},
                )
            subject, body = read_edited(text)
            draft.subject, draft.body = subject or draft.subject, body
            draft.check = check_draft(draft, plan, now)
        found.append(
            Outgoing(
                interview_id=interview_id,
                kind=step,
                recipient=person,
                subject=draft.subject,
                body=draft.body,
                lang=draft.lang,
                check=dict(draft.check or {}),
                in_reply_to=thread_of(plan.interview, person)
                if step is not StepKind.THANK_YOU
                else "",
                # The draft's notes speak of the draft's text: not of an edited one.
                notes=list(draft.notes) if text is None else [],
            )
        )
    if not found:
        raise Refused(
            f"every interviewer's thank-you of interview {interview_id} is already sent or skipped",
            code="nothing-to-send",
        )
    return found


def check_no_answer_waiting(api: Tactful, interview_id: int) -> None:
    """Refused while the inbox holds an answer of the employer to this round that the user
    has not applied or dismissed yet: no follow-up after the employer's reply, and that one
    is already read, only not recorded."""
    from tactful.mailbox.proposals import answers_waiting

    waiting = answers_waiting(api, interview_id)
    if not waiting:
        return
    first = waiting[0]
    raise Refused(
        f"the inbox holds what looks like the employer's answer to this round: proposal "
        f"{first.id} ({first.mail_kind} from {first.sender}, {first.received_at:%Y-%m-%d}); "
        "apply it, or dismiss it if it is not an answer, before sending a follow-up",
        code="answer-waiting",
        values={"interview_id": interview_id, "proposal_id": first.id},
    )


def _addressed(drafts: list[Any], text: str) -> list[Any]:
    """The draft an edited email's `To:` line names (it picks the note, as a name given with
    `to` does). An address that is none of the recipients is refused: the email would go to
    the recorded address, not to the one the user wrote."""
    from email.utils import getaddresses

    written = edited_to(text)
    if written is None:
        return drafts
    emails = [e.strip().lower() for _, e in getaddresses([written]) if e.strip()]
    chosen = [d for d in drafts if d.to.email and d.to.email.strip().lower() in emails]
    if len(emails) == 1 and chosen:
        return chosen
    names = "; ".join(d.to.address for d in drafts)
    raise BadInput(
        f"the edited email's To: line ({written}) names no one this email can go to, or more "
        f"than one ({names}): give one of their addresses, or change the interviewer's address "
        "first",
        code="edited-to-unknown",
        field="to",
        values={"to": written, "names": [d.to.address for d in drafts]},
    )


def thread_of(interview: Any, person: Person) -> str:
    """The Message-ID of the thank-you this person received, so the status inquiry answers
    its thread."""
    key = recipient_key(person)
    for note in interview.notes:
        if (
            note.message_id
            and note.state is NoteState.SENT
            and recipient_key(note.recipient) == key
        ):
            return str(note.message_id)
    return ""


@dataclass(frozen=True, slots=True)
class SendResult:
    outgoing: Outgoing | None
    entry_id: int
    message_id: str
    state: str
    """done, recorded (sent and recorded; the Sent copy failed), uncertain, failed."""
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "outbox_id": self.entry_id,
            "message_id": self.message_id,
            "state": self.state,
            "detail": self.detail,
            **(self.outgoing.to_json() if self.outgoing else {}),
        }


class MailSender:
    """Sends through one SMTP session and files copies through one IMAP session."""

    def __init__(self, api: Tactful, account: MailAccount, secret: str) -> None:
        self.api = api
        self.account = account
        self.secret = secret
        self._smtp: smtplib.SMTP | None = None
        self._imap: IMAPClient | None = None

    @property
    def db(self) -> Any:
        return self.api.store.database

    def close(self) -> None:
        if self._smtp is not None:
            close_smtp(self._smtp)
            self._smtp = None
        if self._imap is not None:
            close_imap(self._imap)
            self._imap = None

    def __enter__(self) -> MailSender:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def imap(self) -> IMAPClient:
        if self._imap is None:
            from tactful.mailbox.connect import open_imap

            self._imap = open_imap(self.account, self.secret)
        return self._imap

    # Sending

    def send(
        self, items: list[Outgoing], on_result: Callable[[SendResult], None] | None = None
    ) -> list[SendResult]:
        results = []
        for item in items:
            result = self.send_one(item)
            results.append(result)
            if on_result is not None:
                on_result(result)
            if result.state in ("uncertain", "failed"):
                break
        return results

    def send_one(self, item: Outgoing) -> SendResult:
        now = self.api.now()
        message_id = new_message_id(self.account.sender)
        message = compose(
            sender=self.account.sender,
            to=item.recipient,
            subject=item.subject,
            body=item.body,
            at=now,
            message_id=message_id,
            kind=str(item.kind),
            in_reply_to=item.in_reply_to,
        )
        raw = message.as_bytes()
        entry = outbox.prepare(
            self.db,
            interview_id=item.interview_id,
            kind=item.kind,
            recipient=item.recipient,
            message_id=message_id,
            subject=item.subject,
            body=item.body,
            raw=raw,
        )
        checkpoint("prepared")
        try:
            smtp = self._smtp_session()
        except MailError as exc:
            outbox.set_state(self.db, entry.id, "dropped", exc.message)
            raise
        outbox.set_state(self.db, entry.id, "sending")
        checkpoint("sending")
        try:
            smtp.sendmail(self.account.email, [item.recipient.email], raw)
        except (
            smtplib.SMTPRecipientsRefused,
            smtplib.SMTPSenderRefused,
            smtplib.SMTPDataError,
        ) as exc:
            # The server said no: nothing went out.
            detail = redact(_smtp_reason(exc), self.secret)
            outbox.set_state(self.db, entry.id, "dropped", detail)
            self._smtp = None
            raise MailError(
                f"the SMTP server refused the email to {item.recipient}: {detail}",
                code="mail-refused",
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            # The connection broke while the message was handed over: it may have gone out.
            self._smtp = None
            detail = f"the connection dropped while sending ({type(exc).__name__})"
            outbox.set_state(self.db, entry.id, "sending", detail)
            return self._settle_uncertain(item, outbox.get(self.db, entry.id) or entry, detail)
        outbox.set_state(self.db, entry.id, "sent")
        checkpoint("sent")
        self.record(entry, now)
        checkpoint("recorded")
        return SendResult(item, entry.id, message_id, *self.file_copy(entry))

    def _smtp_session(self) -> smtplib.SMTP:
        if self._smtp is not None:
            try:
                if self._smtp.noop()[0] == 250:
                    return self._smtp
            except (OSError, smtplib.SMTPException):
                pass
            self._smtp = None
        self._smtp = open_smtp(self.account, self.secret)
        return self._smtp

    def _settle_uncertain(
        self, item: Outgoing | None, entry: OutboxEntry, detail: str
    ) -> SendResult:
        """After a drop during DATA: look for the message in Sent; found, it went out."""
        try:
            found = self.in_sent(entry.message_id)
        except MailError as exc:
            found, detail = False, f"{detail}; {exc.message}"
        if found:
            self.record(entry, entry.created_at)
            outbox.set_state(self.db, entry.id, "done")
            return SendResult(item, entry.id, entry.message_id, "done", "found in Sent")
        return SendResult(
            item,
            entry.id,
            entry.message_id,
            "uncertain",
            f"{detail}; it is not in your Sent folder: check, then run 'tactful mail resolve "
            f"{entry.id} sent' or 'tactful mail resolve {entry.id} not-sent'",
        )

    # Recording and filing

    def record(self, entry: OutboxEntry, at: datetime) -> None:
        """Record the follow-up as sent, and the outbox entry as recorded, in one transaction.
        When it is already recorded (by hand, or by an earlier run), only the entry moves."""
        # The outbox keeps the machine's clock; tactful's own "now" may be pinned (TACTFUL_NOW),
        # and nothing is recorded as sent later than now.
        at = min(at, self.api.now())
        with self.api.atomic():
            try:
                if entry.kind is StepKind.THANK_YOU:
                    self.api.record_sent(
                        entry.interview_id,
                        entry.kind,
                        at=at,
                        to=entry.recipient,
                        subject=entry.subject,
                        body=entry.body,
                        message_id=entry.message_id,
                    )
                else:
                    self.api.record_sent(
                        entry.interview_id,
                        entry.kind,
                        at=at,
                        recipients=[entry.recipient],
                        subject=entry.subject,
                        body=entry.body,
                        message_id=entry.message_id,
                        anyway=True,
                    )
            except Refused as exc:
                if "already" not in exc.message:
                    outbox.set_state(self.db, entry.id, "recorded", f"not recorded: {exc.message}")
                    return
            outbox.set_state(self.db, entry.id, "recorded")

    def file_copy(self, entry: OutboxEntry) -> tuple[str, str]:
        """APPEND a copy to Sent unless the provider files it itself; (state, detail)."""
        if self.account.files_sent:
            outbox.set_state(self.db, entry.id, "done")
            return "done", "the provider files a copy in Sent"
        try:
            if not self.in_sent(entry.message_id):
                from imapclient import SEEN

                self.imap().append(
                    self.sent_folder(), entry.raw, flags=[SEEN], msg_time=entry.created_at
                )
        except MailError as exc:
            outbox.set_state(self.db, entry.id, "recorded", exc.message)
            return (
                "recorded",
                f"sent and recorded; no copy in Sent yet ({exc.message}): "
                "tactful will file it next time",
            )
        except imap_errors() as exc:  # an IMAP error reply, a dropped connection
            self._imap = None
            outbox.set_state(self.db, entry.id, "recorded", type(exc).__name__)
            return "recorded", f"sent and recorded; no copy in Sent yet ({type(exc).__name__})"
        outbox.set_state(self.db, entry.id, "done")
        return "done", "filed in Sent"

    def sent_folder(self) -> str:
        from tactful.mailbox.folders import sent_folder

        return sent_folder(self.imap(), self.account)

    def in_sent(self, message_id: str) -> bool:
        from tactful.mailbox.folders import find_message_id

        try:
            return find_message_id(self.imap(), self.sent_folder(), message_id)
        except MailError:
            raise
        except imap_errors() as exc:
            self._imap = None
            raise MailDropped(
                f"the IMAP server failed while looking in Sent ({type(exc).__name__})"
            ) from None


def imap_errors() -> tuple[type[BaseException], ...]:
    """What a failing IMAP session raises: its error replies, a dropped connection."""
    import imaplib

    from imapclient.exceptions import IMAPClientError

    return (OSError, IMAPClientError, imaplib.IMAP4.error, EOFError)


def _smtp_reason(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [
            f"{code} {msg.decode('utf-8', 'replace')}" for code, msg in exc.recipients.values()
        ]
        return "; ".join(codes)
    code = getattr(exc, "smtp_code", "")
    error = getattr(exc, "smtp_error", b"")
    text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
    return f"{code} {text}".strip()
