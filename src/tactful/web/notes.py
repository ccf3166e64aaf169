"""Each interviewer's thank-you note as the pages show it: who, where it stands, what can be
done with it, and one sentence for the round ("Sent to Ada Lovelace, waiting for Grace
Hopper."). Pure: values in (a plan), values out.

The core tracks the notes (`RoundPlan.thank_you_notes`, `tactful.policy.notes`); the pages only
name them. A note is picked by what the forms post as `to`: the person's email, else their name
(what `Tactful.record_sent(..., to=)` reads first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tactful.errors import TactfulError
from tactful.models import Person, StepKind, StepState, recipient_key
from tactful.policy import RoundPlan
from tactful.web.i18n import Translate
from tactful.web.problems import Problem

PENDING = ("upcoming", "due", "late")


@dataclass(frozen=True)
class NoteView:
    """One interviewer's note on a page."""

    person: Person
    state: str
    """sent, skipped, or the step's own state (upcoming, due, late, cancelled)."""
    sent_at: datetime | None
    recorded: bool
    """The note has its own record (so it can be undone on its own); False when it only
    follows the round's step (a thank-you recorded for everyone at once)."""

    @property
    def to(self) -> str:
        """What a form posts to name this person."""
        return self.person.email or self.person.name

    @property
    def label(self) -> str:
        return self.person.name or self.person.email

    @property
    def pending(self) -> bool:
        return self.state in PENDING


def note_views(plan: RoundPlan) -> list[NoteView]:
    """Every expected recipient's note, in the order of the interviewers."""
    from tactful.policy.notes import note_of

    views = []
    for status in plan.thank_you_notes:
        own = note_of(plan.interview, status.recipient)
        views.append(NoteView(status.recipient, str(status.state), status.sent_at, own is not None))
    return views


def per_person(plan: RoundPlan) -> list[NoteView]:
    """The notes when the round has several people to thank (each then gets their own buttons),
    else none: with one person, the note is the step."""
    notes = note_views(plan)
    return notes if len(notes) > 1 else []


def find_note(notes: list[NoteView], to: str) -> NoteView | None:
    """The note `to` names as the core reads it (a full name or an email, else a unique part
    of a name, any case), or None."""
    from tactful.errors import BadInput
    from tactful.policy.notes import find_recipient

    if not " ".join(to.split()) or not notes:
        return None
    try:
        person = find_recipient([n.person for n in notes], to, None)
    except BadInput:
        return None
    return next((n for n in notes if recipient_key(n.person) == recipient_key(person)), None)


def first_pending(notes: list[NoteView]) -> NoteView | None:
    return next((n for n in notes if n.pending), None)


def _names(people: list[str], t: Translate) -> str:
    if len(people) < 2:
        return "".join(people)
    return t("notes.and", first=", ".join(people[:-1]), last=people[-1])


def summary(notes: list[NoteView], t: Translate) -> str:
    """One sentence: "Sent to Ada Lovelace, waiting for Grace Hopper." ("" with no notes)."""
    groups: dict[str, list[str]] = {}
    for note in notes:
        group = note.state if note.state in ("sent", "skipped") else "waiting"
        if note.state == "cancelled":
            group = "cancelled"
        groups.setdefault(group, []).append(note.label)
    parts = [
        t(f"notes.{group}", names=_names(groups[group], t))
        for group in ("sent", "skipped", "waiting", "cancelled")
        if group in groups
    ]
    if not parts:
        return ""
    sentence = t("notes.join").join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def note_problem(exc: TactfulError, plan: RoundPlan, to: str) -> Problem | None:
    """A refusal about one person's note in the reader's words; None for any other error. The
    code stays the core's (the API's clients key on it), the words say which person."""
    if exc.field != "to":
        return None
    note = find_note(note_views(plan), to)
    person = note.label if note is not None else to
    if exc.code == "unknown-recipient":
        return Problem("unknown-recipient", {"value": to})
    if exc.code == "already-recorded":
        words = "note-skipped" if note is not None and note.state == "skipped" else "note-sent"
        return Problem("already-recorded", {"person": person}, words=words)
    if exc.code in ("not-recorded", "not-skipped"):
        words = "note-not-sent" if exc.code == "not-recorded" else "note-not-skipped"
        return Problem(exc.code, {"person": person}, words=words)
    return None


def to_of(kind: StepKind, raw: object) -> str | None:
    """The person a posted form names for a thank-you (`to`), else None: a status inquiry is
    one email, and a thank-you posted without `to` (the hiring team, or everyone at once) is
    the step itself. A `to` that names nobody goes to the core, which refuses it."""
    to = " ".join(str(raw or "").split())
    return to if kind is StepKind.THANK_YOU and to else None


def complete(plan: RoundPlan) -> bool:
    """The round's thank-you step is done: sent, or every note sent or skipped."""
    return plan.step(StepKind.THANK_YOU).state in (StepState.SENT, StepState.SKIPPED)
