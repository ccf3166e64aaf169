"""One thank-you note per interviewer: who should get one, where each stands, when the round's
thank-you step is complete. Pure: values in, values out.

The article's first follow-up is "the thank you note that you send": when several people
interviewed you, each gets their own note, and the round's thank-you step counts as sent once
every interviewer's note is sent (or skipped). The notes are parts of that one step, so a round
still has at most two follow-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tactful.errors import BadInput
from tactful.models import (
    Application,
    Interview,
    NoteState,
    Person,
    StepState,
    ThankYouNote,
    recipient_key,
)


@dataclass(frozen=True, slots=True)
class NoteStatus:
    """Where one interviewer's note stands."""

    recipient: Person
    state: StepState
    sent_at: datetime | None = None
    message_id: str = ""

    def to_json(self) -> dict[str, str | None]:
        return {
            "name": self.recipient.name,
            "email": self.recipient.email,
            "state": str(self.state),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "message_id": self.message_id,
        }


def expected_recipients(interview: Interview, application: Application) -> list[Person]:
    """Who gets a note: each interviewer; with none recorded, the application's contact; with
    neither, nobody in particular (one note to the hiring team, tracked as the step itself)."""
    people = [p for p in interview.interviewers if p.name or p.email]
    if not people and application.contact is not None:
        people = [application.contact]
    unique: dict[str, Person] = {}
    for person in people:
        unique.setdefault(recipient_key(person), person)
    return list(unique.values())


def candidates(interview: Interview, application: Application) -> list[Person]:
    """Everyone `--to` may name: the interviewers, then the contact."""
    people = list(interview.interviewers)
    if application.contact is not None:
        people.append(application.contact)
    return [p for p in people if p.name or p.email]


def find_recipient(people: list[Person], wanted: str, interview_id: int | None) -> Person:
    """The one person `wanted` names: a full name or an email, else a unique part of a name.
    BadInput (field `to`) otherwise."""
    key = name_key(wanted)
    exact = [p for p in people if key in (name_key(p.name), p.email.casefold())]
    if exact:
        return exact[0]
    partial = [p for p in people if key and key in name_key(p.name)]
    if len(partial) == 1:
        return partial[0]
    if not people:
        raise no_one_recorded(wanted, interview_id)
    raise matches_no_one(wanted, [str(p) for p in people], partial=bool(partial))


def name_key(text: str) -> str:
    """How `--to` compares names: spaces collapsed, case and accents ignored ("edouard" names
    Édouard Noël, as a keyboard without accents types it)."""
    from tactful.text import strip_accents

    return strip_accents(" ".join(text.split())).casefold()


def no_one_recorded(wanted: str, interview_id: int | None) -> BadInput:
    """A recipient named on a round that records nobody (`unknown-recipient`, no `names`)."""
    return BadInput(
        f"no interviewer or contact is recorded for interview {interview_id} to match "
        f"{wanted!r}: add one to the round first",
        code="unknown-recipient",
        field="to",
        values={"value": wanted, "interview_id": interview_id, "names": []},
    )


def matches_no_one(wanted: str, names: list[str], *, partial: bool) -> BadInput:
    """A recipient that names no one of the round, or more than one (`unknown-recipient`)."""
    return BadInput(
        f"{wanted!r} matches no one{' uniquely' if partial else ''} of this round: pick one of "
        f"{'; '.join(names)}",
        code="unknown-recipient",
        field="to",
        values={"value": wanted, "names": names, "partial": partial},
    )


def note_of(interview: Interview, person: Person) -> ThankYouNote | None:
    key = recipient_key(person)
    return next((n for n in interview.notes if recipient_key(n.recipient) == key), None)


def note_statuses(
    interview: Interview, application: Application, step_state: StepState
) -> list[NoteStatus]:
    """Each expected recipient's note: its own record, else the round's thank-you step's state
    (a thank-you recorded for the whole round counts for everyone)."""
    found: list[NoteStatus] = []
    for person in expected_recipients(interview, application):
        note = note_of(interview, person)
        if note is not None:
            state = StepState.SENT if note.state is NoteState.SENT else StepState.SKIPPED
            found.append(NoteStatus(person, state, note.sent_at, note.message_id))
        else:
            found.append(NoteStatus(person, step_state))
    return found


def completion(
    interview: Interview, application: Application, adding: list[ThankYouNote]
) -> NoteState | None:
    """After `adding` these notes, is the round's thank-you step complete? SENT when every
    expected recipient has a note and at least one was sent, SKIPPED when all were skipped,
    None while someone is still waiting for theirs."""
    notes = {recipient_key(n.recipient): n for n in [*interview.notes, *adding]}
    expected = expected_recipients(interview, application) or [n.recipient for n in adding]
    if any(recipient_key(p) not in notes for p in expected):
        return None
    states = {notes[recipient_key(p)].state for p in expected}
    return NoteState.SENT if NoteState.SENT in states else NoteState.SKIPPED
