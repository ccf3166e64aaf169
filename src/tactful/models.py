"""The values tactful works with. Plain dataclasses: the store loads them, the rules read them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tactful.errors import BadInput
from tactful.kinds import COMMAND_WORDS as COMMAND_WORDS
from tactful.kinds import Channel as Channel
from tactful.kinds import Outcome as Outcome
from tactful.kinds import RoundState as RoundState
from tactful.kinds import StepKind as StepKind
from tactful.kinds import StepState as StepState

_PERSON_RE = re.compile(r"^\s*(?P<name>[^<>]*?)\s*<\s*(?P<email>[^<>\s]+@[^<>\s]+)\s*>\s*$")
_EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_LAST_FIRST = re.compile(r"^(?P<last>[^,\s][^,]*),\s*(?P<first>[^,]+)$")
_LEGAL = frozenset({"inc", "ltd", "llc", "sa", "sas", "gmbh", "plc", "co", "corp", "ag", "bv"})


def first_last(name: str) -> str:
    """Outlook's "Doe, Jane" as Jane Doe (but "Acme, Inc." stays): the drafts greet the first
    word of a name."""
    if (match := _LAST_FIRST.match(name)) and match["first"].strip(" .").casefold() not in _LEGAL:
        return f"{match['first'].strip()} {match['last'].strip()}"
    return name


@dataclass(frozen=True, slots=True)
class Person:
    """Someone to write to: a name, an email address, or both."""

    name: str = ""
    email: str = ""

    @classmethod
    def parse(cls, text: str) -> Person:
        """'Ada Lovelace <ada@example.com>', 'ada@example.com' or a bare name."""
        text = text.strip()
        if text.count("@") > 1 and not _PERSON_RE.match(text):
            raise BadInput(
                f"{text!r} names several people: give one at a time, as 'Name <name@example.com>'",
                code="several-people",
                values={"value": text},
            )
        if match := _PERSON_RE.match(text):
            email = match["email"]
            if not _EMAIL_RE.match(email):
                raise BadInput(
                    f"{email!r} is not an email address: write 'Name <name@example.com>'"
                )
            return cls(first_last(match["name"].strip().strip('"').strip()), email)
        if "@" in text:
            if not _EMAIL_RE.match(text):
                raise BadInput(f"{text!r} is not an email address: write 'Name <name@example.com>'")
            return cls("", text)
        if not text or "<" in text or ">" in text:
            raise BadInput(f"cannot read person {text!r}: write 'Name <name@example.com>'")
        return cls(first_last(text), "")

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email

    @property
    def first_name(self) -> str:
        # "Acme, Inc." greets "Acme", not "Acme,"
        return self.name.split()[0].rstrip(",;:") if self.name.strip() else ""


@dataclass(slots=True)
class Application:
    """A job applied for: the company, the role, who to write to and the posting's dates."""

    company: str
    role: str
    id: int | None = None
    contact: Person | None = None
    url: str = ""
    closing_date: date | None = None
    country: str = ""
    subdivision: str = ""
    notes: str = ""
    posted_date: date | None = None
    requirements: str = ""
    created_at: datetime | None = None
    language: str = ""
    """The language of this application's emails ("en", "fr"); "" follows `config lang`."""


@dataclass(slots=True)
class FollowUp:
    """A follow-up the candidate sent."""

    kind: StepKind
    sent_at: datetime
    channel: Channel = Channel.EMAIL
    recipients: list[Person] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    id: int | None = None
    interview_id: int | None = None
    message_id: str = ""
    """The Message-ID of the email, when tactful sent it (or found it in the Sent folder)."""


class NoteState(StrEnum):
    SENT = "sent"
    SKIPPED = "skipped"


def recipient_key(person: Person) -> str:
    """How one interviewer's note is told apart: the email, else the name, case-folded."""
    return " ".join((person.email or person.name).split()).casefold()


@dataclass(slots=True)
class ThankYouNote:
    """One interviewer's thank-you note. The round's thank-you step is sent when every
    interviewer's note is sent or skipped."""

    recipient: Person
    state: NoteState
    sent_at: datetime | None = None
    subject: str = ""
    body: str = ""
    message_id: str = ""
    id: int | None = None
    interview_id: int | None = None


@dataclass(slots=True)
class Reply:
    """The employer's answer: it ends the follow-ups of its round."""

    received_at: datetime
    outcome: Outcome = Outcome.OTHER
    note: str = ""
    id: int | None = None
    interview_id: int | None = None


@dataclass(slots=True)
class Interview:
    """One interview round of an application."""

    application_id: int
    starts_at: datetime
    duration_minutes: int = 60
    id: int | None = None
    round: int = 1
    timezone: str = ""
    interviewers: list[Person] = field(default_factory=list)
    decision_date: date | None = None
    timeline: str = ""
    many_candidates: bool = False
    detail: str = ""
    selling_point: str = ""
    forgot: str = ""
    skipped: list[StepKind] = field(default_factory=list)
    ical_uid: str = ""
    ical_sequence: int = 0
    cancelled: bool = False
    follow_ups: list[FollowUp] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    notes: list[ThankYouNote] = field(default_factory=list)
    """Each interviewer's thank-you note recorded so far (sent or skipped)."""
