"""`Tactful`: the public API that the CLI, the web app and the REST API all call.

It holds one home's settings, config, holiday calendars and store, and hands them to the
services that do the work (`tactful.records`, `tactful.transfer`, the calendar and posting
imports, the checker, the drafts); none of them imports this module back.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property

from tactful.clock import resolve_now, zone_named
from tactful.config import Config
from tactful.errors import BadInput, Refused, no_such
from tactful.holiday_calendar import HolidayCalendars
from tactful.kinds import Channel, Outcome, StepKind
from tactful.lazy import lazy_names
from tactful.settings import Settings

# The models, the planning code and the loader are imported where they are used: a read
# command opens this API and uses one or two of its methods, and the models' dataclasses and
# the planning modules cost its startup about 20 ms. `due` needs neither.

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from datetime import date, tzinfo
    from pathlib import Path
    from typing import Any, TypeVar

    from tactful.calendars import Guess, ImportItem, InviteFile
    from tactful.checks import CheckReport
    from tactful.drafts import Draft, ProfileItem, Suggestion
    from tactful.kinds import RoundState
    from tactful.mailbox.service import Mailbox
    from tactful.models import Application, Interview, NoteState, Person
    from tactful.policy import BusinessCalendar, RoundPlan, Step, plan_all
    from tactful.policy.due import RoundValues
    from tactful.postings import PostingDraft, Postings
    from tactful.records import Records
    from tactful.store.database import Database
    from tactful.store.loader import Rows
    from tactful.store.repository import Store
    from tactful.store.scope import Scope
    from tactful.store.state_reading import ApplicationHead

    RoundStateRow = tuple[int, int, int, RoundState]
    """A round in `tactful list`: application id, interview id, round, state."""
    _Head = TypeVar("_Head")

__all__ = ["Tactful", "plan_all"]


# `plan_all` is exported here too (the web app and older code import it from here).
__getattr__, __dir__ = lazy_names(__name__, {"plan_all": "tactful.policy.rounds"}, globals())


BATCH = 2000
"""Applications read (and planned) at a time by the commands that read the whole store."""
DUE_BATCH = 10000
"""Applications read at a time by `iter_due`, which keeps only a few values of each."""


def _spans(rows: Rows, batch: int) -> Iterator[tuple[int, int]]:
    """The first and last application id of each `batch` applications, in id order."""
    ids = [int(r[0]) for r in rows("SELECT id FROM applications ORDER BY id")]
    for first in range(0, len(ids), batch):
        yield ids[first], ids[min(first + batch, len(ids)) - 1]


def _to_for_a_note(kind: StepKind | str, to: object) -> None:
    """`to` picks one interviewer's thank-you note; the status inquiry is one email per round,
    skipped or planned as a whole: a `to` there would be ignored, so it is refused."""
    if to is not None and StepKind(kind) is not StepKind.THANK_YOU:
        raise BadInput(
            "only a thank-you note is skipped person by person: the status inquiry is one "
            "email per round; skip it or plan it again without naming anyone",
            code="to-for-a-note",
            field="to",
        )


class Tactful:
    """One user's follow-ups: open it on a home directory, then call its methods."""

    def __init__(
        self,
        settings: Settings,
        *,
        now: datetime | str | None = None,
        database: Database | None = None,
    ) -> None:
        """`database`: an open database kept to one user's rows (hosted mode, see
        `tactful.accounts.Hosted`); its user's settings then live in the database too."""
        self.settings = settings
        self._now = now
        self._database = database
        self.config = Config(settings.folder)
        if database is not None and database.scope is not None:
            from tactful.accounts.settings import OwnerConfig

            self.config = OwnerConfig(database)
        self.holidays = HolidayCalendars(os.path.join(settings.folder, "cache"))

    @classmethod
    def open(
        cls,
        home: Path | str | None = None,
        database_url: str | None = None,
        *,
        now: datetime | str | None = None,
    ) -> Tactful:
        return cls(Settings.load(home, database_url), now=now)

    # Time

    def now(self) -> datetime:
        """`now` as given, else TACTFUL_NOW, else the clock."""
        if isinstance(self._now, datetime):
            return self._now
        return resolve_now(self._now)

    @property
    def lang(self) -> str:
        """The language of plans and drafts: `tactful config set lang fr`, else English."""
        return self.config.get("lang") or "en"

    @property
    def zone(self) -> tzinfo:
        from tactful.clock import local_zone

        name = self.config.get("timezone")
        return zone_named(name) if name else local_zone()

    # Settings

    def check_setting(self, name: str, value: str, others: Mapping[str, str] | None = None) -> str:
        """A preference's value, normalised, or BadInput saying what is wrong. `others` holds
        settings being saved with it (a country with its subdivision)."""
        from tactful.models import Person

        def current(key: str) -> str:
            return (others or {}).get(key, self.config.get(key))

        value = " ".join(value.split())
        if not value:
            return value
        if name == "country":
            value = value.upper()
            self.holidays.validate(value, current("subdivision"))
        elif name == "subdivision" and current("country"):
            value = self.holidays.subdivision_code(current("country").upper(), value)
        elif name == "timezone":
            zone_named(value)
        elif name == "me.email" and Person.parse(value).email != value:
            raise BadInput(
                f'"{value}" is not an email address: write name@example.com',
                code="not-an-email",
                field=name,
            )
        elif name == "ai.base_url":
            from tactful.ai.settings import normalize_base_url

            value = normalize_base_url(value)
        # The config's own rules too (no secret in a URL, a choice among its values), so that
        # a form checks every value before it writes any.
        return self.config.check(name, value)

    def set_setting(self, name: str, value: str) -> None:
        self.config.set(name, self.check_setting(name, value))

    # Store

    @cached_property
    def store(self) -> Store:
        from tactful.store.database import open_database
        from tactful.store.repository import Store

        return Store(self._database or open_database(self.settings))

    @property
    def scope(self) -> Scope | None:
        """Whose rows this API reaches in hosted mode (tactful.store.scope); None: one home."""
        return self._database.scope if self._database is not None else None

    @cached_property
    def records(self) -> Records:
        """The checked writes of applications and rounds, shared with the imports."""
        from tactful.records import Records

        return Records(self.store, self.config, self.holidays)

    def close(self) -> None:
        if "store" in self.__dict__ and self._database is None:
            self.store.database.close()
        self.holidays.save()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Group several calls into one transaction: on any error, none of them is kept."""
        with self.store.database.transaction():
            yield

    def __enter__(self) -> Tactful:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _rows(self) -> Iterator[Rows | None]:
        from tactful.store.reading import read_rows

        # A database kept to one user's rows (hosted mode) is always read through its scope,
        # never through the stdlib's direct read of a SQLite file.
        opened = "store" in self.__dict__ or self._database is not None
        with read_rows(self.settings, lambda: self.store, opened=opened) as rows:
            yield rows

    def snapshot(
        self, interview_id: int | None = None
    ) -> tuple[list[Application], list[Interview]]:
        """Everything; or, for one interview, its application and that application's rounds
        (a later round changes an earlier one's plan). Read-only: works on a read-only home."""
        from tactful.store.loader import load_applications, load_interviews

        with self._rows() as rows:
            if rows is None:
                return [], []
            if interview_id is None:
                return load_applications(rows), load_interviews(rows)
            found = load_interviews(rows, interview_id=interview_id)
            if not found:
                return [], []
            app_id = found[0].application_id
            return load_applications(rows, app_id), load_interviews(rows, application_id=app_id)

    # Applications

    def add_application(
        self,
        *,
        company: str,
        role: str,
        closing_date: date | None = None,
        country: str | None = None,
        subdivision: str | None = None,
        contact: Person | None = None,
        url: str = "",
        notes: str = "",
        posted_date: date | None = None,
        requirements: str = "",
        language: str = "",
    ) -> int:
        """Add an application; country and subdivision default to the configured ones, the
        language of its emails ("en", "fr") to `config lang` when ""."""
        return self.records.add_application(
            company=company,
            role=role,
            closing_date=closing_date,
            country=country,
            subdivision=subdivision,
            contact=contact,
            url=url,
            notes=notes,
            posted_date=posted_date,
            requirements=requirements,
            language=language,
        )

    def application(self, application_id: int) -> Application:
        from tactful.store.loader import load_applications

        with self._rows() as rows:
            found = load_applications(rows, application_id) if rows is not None else []
        if not found:
            raise no_such("application", application_id, field="application_id")
        return found[0]

    def applications(self) -> list[Application]:
        from tactful.store.loader import load_applications

        with self._rows() as rows:
            return load_applications(rows) if rows is not None else []

    def edit_application(self, application_id: int, **changes: Any) -> Application:
        return self.records.edit_application(application_id, **changes)

    def delete_application(self, application_id: int) -> None:
        self.store.delete_application(application_id)

    # Interview rounds

    def calendar_for(self, application: Application, around: date) -> BusinessCalendar:
        return self._calendar_of(application.country, application.subdivision, around)

    def _calendar_of(self, country: str, subdivision: str, around: date) -> BusinessCalendar:
        years = range(around.year - 1, around.year + 2)
        return self.holidays.calendar(country, subdivision, years)

    def add_interview(
        self,
        application_id: int,
        *,
        at: datetime | str,
        duration_minutes: int = 60,
        timezone: str | None = None,
        interviewers: list[Person] | None = None,
        decision_date: date | None = None,
        timeline: str = "",
        many_candidates: bool = False,
        detail: str = "",
        selling_point: str = "",
        forgot: str = "",
    ) -> int:
        """Add the next interview round of an application. `at` without an offset is read in
        `timezone`, else the configured zone; `timeline` ("two weeks") sets the decision date."""
        return self.records.add_interview(
            application_id,
            at=at,
            duration_minutes=duration_minutes,
            timezone=timezone,
            interviewers=interviewers,
            decision_date=decision_date,
            timeline=timeline,
            many_candidates=many_candidates,
            detail=detail,
            selling_point=selling_point,
            forgot=forgot,
        )

    def interview(self, interview_id: int) -> Interview:
        return self.store.interview(interview_id)

    def interviews(self, application_id: int | None = None) -> list[Interview]:
        return self.store.interviews(application_id=application_id)

    def edit_interview(self, interview_id: int, **changes: Any) -> Interview:
        return self.records.edit_interview(interview_id, **changes)

    def delete_interview(self, interview_id: int) -> None:
        self.store.delete_interview(interview_id)

    # Plans

    def plans(self, interview_id: int | None = None) -> list[RoundPlan]:
        """The plan of every round (or one), at `now`."""
        from tactful.policy.rounds import plan_all

        applications, interviews = self.snapshot(interview_id)
        if interview_id is not None and not any(iv.id == interview_id for iv in interviews):
            raise no_such("interview", interview_id, field="interview_id")
        plans = plan_all(applications, interviews, self.now(), self.calendar_for)
        self.holidays.save()
        if interview_id is not None:
            return [p for p in plans if p.interview.id == interview_id]
        return plans

    def iter_rounds(self, batch: int = 0) -> Iterator[tuple[list[Application], list[Interview]]]:
        """Every application with its rounds, `batch` applications at a time, in id order
        (applications, and their rounds by application and round): memory stays that of one
        batch, whatever the size of the store. Read-only, in one snapshot of a SQLite store.
        `batch` 0 means `BATCH`, read when called (so that tests can make batches tiny)."""
        from tactful.store.loader import load_applications, load_interviews

        with self._rows() as rows:
            if rows is None:
                return
            for span in _spans(rows, batch or BATCH):
                yield load_applications(rows, between=span), load_interviews(rows, between=span)

    def iter_plans(self, batch: int = 0) -> Iterator[tuple[list[Application], list[RoundPlan]]]:
        """`iter_rounds` planned: each batch's applications and the plans of their rounds, in
        the order `plans()` gives them."""
        from tactful.policy.rounds import plan_all

        now = self.now()
        for applications, interviews in self.iter_rounds(batch):
            yield applications, plan_all(applications, interviews, now, self.calendar_for)
        self.holidays.save()

    def plan(self, interview_id: int) -> RoundPlan:
        return self.plans(interview_id)[0]

    def application_plans(self, application_id: int) -> list[RoundPlan]:
        """The plans of one application's rounds (the same as `plans()` gives for them: a
        round's plan depends only on its application's rounds)."""
        from tactful.policy.rounds import plan_all
        from tactful.store.loader import load_applications, load_interviews

        with self._rows() as rows:
            if rows is None:
                return []
            applications = load_applications(rows, application_id)
            interviews = load_interviews(rows, application_id=application_id)
        if not applications:
            return []
        plans = plan_all(applications, interviews, self.now(), self.calendar_for)
        self.holidays.save()
        return plans

    def due(self) -> list[tuple[RoundPlan, Step]]:
        """Steps due or late now, most urgent first."""
        from tactful.policy.plan import due_steps

        return due_steps(self.plans())

    def due_now(self) -> list[tuple[RoundValues, Step]]:
        """`due()`'s steps in `due()`'s order, each with its round's values instead of its
        plan (`tactful.policy.due.RoundValues`), planned without building plans."""
        from tactful.policy.due import due_order

        found = [item for steps in self.iter_due() for item in steps]
        found.sort(key=due_order)
        return found

    def iter_due(self, batch: int = 0) -> Iterator[list[tuple[RoundValues, Step]]]:
        """The steps due or late now, without building plans: `batch` applications at a time
        (0: `DUE_BATCH`) in id order, each batch's steps in the order of its plans (rounds by
        application and round, the thank-you first). Each step comes with its round's values
        (`tactful.policy.due.RoundValues`: ids, company, role, round…). Sorted stably as
        `due_steps` sorts, they are `due()`'s steps. Read-only, in one snapshot."""
        from tactful.policy.due import DuePlanner
        from tactful.store.due_reading import load_due_rounds

        planner = DuePlanner(self.now(), self._calendar_of)
        with self._rows() as rows:
            if rows is None:
                return
            for span in _spans(rows, batch or DUE_BATCH):
                rounds, superseded_by_later = load_due_rounds(rows, span)
                steps = planner.steps
                yield [
                    (r, step)
                    for r, superseded in zip(rounds, superseded_by_later, strict=True)
                    for step in steps(r, superseded)
                ]
        self.holidays.save()

    def iter_overview(
        self, batch: int = 0
    ) -> Iterator[tuple[list[ApplicationHead], list[RoundStateRow]]]:
        """Every application's id, company, role and closing date, with the state of each of
        its rounds, `batch` applications at a time (0: `BATCH`) in id order; rounds as
        (application id, interview id, round, state), in the order of `plans()`. The states
        are the plans' (`RoundPlan.state`), computed without building plans. Read-only."""
        from tactful.store.state_reading import load_application_heads

        return self._overview(load_application_heads, batch)

    def iter_overview_json(self, batch: int = 0) -> Iterator[list[dict[str, Any]]]:
        """What `tactful list --json` prints, `batch` applications at a time (0: `BATCH`):
        each application as `application_json` gives it, with its rounds' interview ids,
        numbers and states (as `applications_json(applications(), plans())` gives them),
        computed without building models or plans. Read-only."""
        from tactful.serialize import application_row_json, application_states_json
        from tactful.store.state_reading import load_application_rows

        def read(rows: Rows, span: tuple[int, int]) -> list[dict[str, Any]]:
            return [application_row_json(r) for r in load_application_rows(rows, span)]

        for apps, states in self._overview(read, batch):
            yield application_states_json(apps, states)

    def _overview(
        self, read: Callable[[Rows, tuple[int, int]], list[_Head]], batch: int
    ) -> Iterator[tuple[list[_Head], list[RoundStateRow]]]:
        from tactful.policy.states import StatePlanner, superseded_rounds
        from tactful.store.state_reading import load_state_rounds

        planner = StatePlanner(self.now(), self._calendar_of)
        with self._rows() as rows:
            if rows is None:
                return
            for span in _spans(rows, batch or BATCH):
                rounds = load_state_rounds(rows, span)
                state = planner.state
                yield (
                    read(rows, span),
                    [
                        (r[1], r[0], r[2], state(r, superseded))
                        for r, superseded in zip(rounds, superseded_rounds(rounds), strict=True)
                    ],
                )
        self.holidays.save()

    # Recording what happened

    def _when(self, at: datetime | str | None, interview: Interview, field: str) -> datetime:
        from tactful.validation import check_after_interview

        now = self.now()
        if at is None:
            return now
        when = self.records.instant(at, None, field)
        return check_after_interview(when, interview.starts_at, now, field)

    def record_sent(
        self,
        interview_id: int,
        kind: StepKind,
        *,
        at: datetime | str | None = None,
        channel: Channel = Channel.EMAIL,
        recipients: list[Person] | None = None,
        subject: str = "",
        body: str = "",
        anyway: bool = False,
        to: str | Person | None = None,
        message_id: str = "",
    ) -> int:
        """Record a follow-up as sent. For a thank-you, `to` records one interviewer's note
        (the round's step is sent once every interviewer's note is sent or skipped); without
        it, every interviewer's note at once."""
        from tactful.models import FollowUp, NoteState
        from tactful.policy.guards import check_can_record
        from tactful.validation import check_characters

        check_characters(subject, "subject")
        check_characters(body, "body")
        plan = self.plan(interview_id)
        when = self._when(at, plan.interview, "sent_at")
        check_can_record(plan, kind, channel, when, anyway=anyway)
        if kind is StepKind.THANK_YOU:
            return self._record_notes(
                plan, NoteState.SENT, when, to=to, recipients=recipients,
                subject=subject, body=body, message_id=message_id,
            )  # fmt: skip
        if to is not None and recipients is None:
            recipients = [self._recipient(plan, to)]
        follow_up = FollowUp(
            kind=kind,
            sent_at=when,
            channel=channel,
            recipients=list(recipients or plan.interview.interviewers),
            subject=subject,
            body=body,
            interview_id=interview_id,
            message_id=message_id,
        )
        return int(self.store.add_follow_up(follow_up))

    def _recipient(self, plan: RoundPlan, to: str | Person) -> Person:
        from tactful.models import Person
        from tactful.policy.notes import candidates, find_recipient

        if isinstance(to, Person):
            return to
        people = candidates(plan.interview, plan.application)
        return find_recipient(people, to, plan.interview.id)

    def _record_notes(
        self,
        plan: RoundPlan,
        state: NoteState,
        when: datetime,
        *,
        to: str | Person | None,
        recipients: list[Person] | None = None,
        subject: str = "",
        body: str = "",
        message_id: str = "",
    ) -> int:
        """Write interviewers' notes and, when they complete the round's thank-you step, its
        follow-up (or its skip), in one transaction. Returns the follow-up's id when one was
        written, else the note's."""
        from tactful.models import FollowUp, NoteState, ThankYouNote
        from tactful.policy.notes import completion, expected_recipients, note_of

        iv, app = plan.interview, plan.application
        if to is not None:
            person = self._recipient(plan, to)
            if (note := note_of(iv, person)) is not None:
                raise Refused(
                    f"the thank-you to {person} is already recorded as {note.state}: "
                    "one note per interviewer",
                    code="already-recorded",
                    field="to",
                )
            people = [person]
        else:
            people = [p for p in expected_recipients(iv, app) if note_of(iv, p) is None]
        sent_at = when if state is NoteState.SENT else None
        notes = [
            ThankYouNote(p, state, sent_at, subject, body, message_id if to is not None else "")
            for p in people
        ]
        done = completion(iv, app, notes) if to is not None else state
        follow_up = None
        if done is NoteState.SENT:
            everyone = [*iv.notes, *notes]
            sent = [n.recipient for n in everyone if n.state is NoteState.SENT]
            follow_up = FollowUp(
                kind=StepKind.THANK_YOU,
                sent_at=when,
                recipients=list(recipients or sent or iv.interviewers),
                subject=subject,
                body=body,
                interview_id=iv.id,
                message_id=message_id,
            )
        assert iv.id is not None
        with self.atomic():
            ids = self.store.add_notes(
                iv.id, notes, follow_up=follow_up, skip_thank_you=done is NoteState.SKIPPED
            )
            if follow_up is not None:
                return self.store.follow_up_id(iv.id, StepKind.THANK_YOU)
        return ids[0] if ids else 0

    def undo_sent(
        self, interview_id: int, kind: StepKind, *, to: str | Person | None = None
    ) -> None:
        """Remove a follow-up recorded by mistake. For a thank-you, `to` removes one
        interviewer's note only: the others stay, and the round's thank-you step is due again
        until that person's note is sent or skipped."""
        from tactful.models import NoteState

        if to is not None and kind is StepKind.THANK_YOU:
            self._undo_note(interview_id, to, NoteState.SENT)
            return
        self.interview(interview_id)
        if not self.store.delete_follow_up(interview_id, kind):
            raise Refused(
                f"no {kind} is recorded for interview {interview_id}", code="not-recorded"
            )

    def record_reply(
        self,
        interview_id: int,
        *,
        at: datetime | str | None = None,
        outcome: Outcome = Outcome.OTHER,
        note: str = "",
    ) -> int:
        """Record the employer's answer: it cancels what is still pending. Refused (code
        `already-answered`) when the round already has one."""
        from tactful.models import Reply
        from tactful.policy.guards import check_can_reply
        from tactful.validation import check_characters

        check_characters(note, "note")
        iv = self.interview(interview_id)
        check_can_reply(iv)
        when = self._when(at, iv, "received_at")
        reply = Reply(received_at=when, outcome=outcome, note=note, interview_id=interview_id)
        return int(self.store.add_reply(reply))

    def skip(self, interview_id: int, kind: StepKind, *, to: str | Person | None = None) -> None:
        """Decide not to send a follow-up; for a thank-you, `to` skips one interviewer's note."""
        from tactful.models import NoteState
        from tactful.policy.guards import check_can_skip

        _to_for_a_note(kind, to)
        iv = self.interview(interview_id)
        check_can_skip(iv, kind)
        if to is not None and kind is StepKind.THANK_YOU:
            self._record_notes(self.plan(interview_id), NoteState.SKIPPED, self.now(), to=to)
            return
        self.store.set_skipped(interview_id, [*iv.skipped, kind])

    def unskip(self, interview_id: int, kind: StepKind, *, to: str | Person | None = None) -> None:
        """Plan a skipped follow-up again; for a thank-you, `to` plans one interviewer's note
        again (without it, every skipped note)."""
        from tactful.models import NoteState

        _to_for_a_note(kind, to)
        if to is not None and kind is StepKind.THANK_YOU:
            self._undo_note(interview_id, to, NoteState.SKIPPED)
            return
        iv = self.interview(interview_id)
        skipped_notes = [n for n in iv.notes if n.state is NoteState.SKIPPED]
        if kind not in iv.skipped and not (kind is StepKind.THANK_YOU and skipped_notes):
            raise Refused(
                f"the {kind} of interview {interview_id} is not skipped", code="not-skipped"
            )
        with self.atomic():
            if kind is StepKind.THANK_YOU:
                self.store.delete_skipped_notes(interview_id)
            self.store.set_skipped(interview_id, [k for k in iv.skipped if k is not kind])

    def _undo_note(self, interview_id: int, to: str | Person, state: NoteState) -> None:
        """Remove one interviewer's note recorded as `state`, in one transaction with the
        round's thank-you step it completed (its follow-up, or its skip)."""
        from tactful.models import NoteState
        from tactful.policy.notes import note_of

        plan = self.plan(interview_id)
        person = self._recipient(plan, to)
        note = note_of(plan.interview, person)
        if note is None or note.state is not state or note.id is None:
            sent = state is NoteState.SENT
            raise Refused(
                f"no thank-you to {person} is recorded as {state} for interview "
                f"{interview_id}: nothing to undo",
                code="not-recorded" if sent else "not-skipped",
                field="to",
            )
        self.store.delete_note(interview_id, note.id)

    # Calendar feed, invitations and postings

    def calendar_ics(self) -> str:
        """An iCalendar file with an event per follow-up window (see docs/calendar.md)."""
        from tactful.calendars import calendar_ics

        return calendar_ics(self.plans(), self.now())

    def read_invitations(self, data: bytes, *, source: str) -> InviteFile:
        """The events of an invitation file (.ics), at most `MAX_INVITE_BYTES`."""
        from tactful.calendars import read_invites
        from tactful.files import MAX_INVITE_BYTES, too_large

        if len(data) > MAX_INVITE_BYTES:
            raise too_large(source, MAX_INVITE_BYTES, "the invitation file")
        return read_invites(data, source=source, default_zone=self.zone, now=self.now())

    def preview_invitations(
        self, data: bytes, *, source: str, application_id: int | None = None
    ) -> list[ImportItem]:
        """What importing an invitation file would do (nothing is written)."""
        from tactful.calendars import prepare_import

        invites = self.read_invitations(data, source=source)
        return prepare_import(self.records, invites, application_id=application_id)

    def import_invitations(
        self,
        items: list[ImportItem],
        *,
        rename: Mapping[Guess, Guess] | Callable[[Guess], Guess] | None = None,
    ) -> list[ImportItem]:
        """Write a previewed import (all of it, or nothing). `rename` replaces the guessed
        company and role of the applications it creates (a mapping, or a function asked once
        per guess)."""
        from tactful.calendars import apply_import, new_applications

        if callable(rename):
            rename = {guess: rename(guess) for guess in new_applications(items)}
        return apply_import(self.records, items, rename=rename)

    def postings(self, source: str) -> Postings:
        """The job postings of a saved page or a URL (nothing is written)."""
        from tactful.postings import load_page, read_postings

        return read_postings(load_page(source))

    def import_posting(self, draft: PostingDraft) -> int:
        """Create the application a posting describes; refused when it is already one."""
        from tactful.postings import application_fields

        if draft.url:
            for app in self.applications():
                if app.url == draft.url:
                    raise BadInput(
                        f"this posting is already application {app.id} ({app.company}, {app.role})",
                        code="duplicate",
                        field="url",
                        values={"application_id": app.id},
                    )
        return self.add_application(**application_fields(draft))

    # Checking and drafting (thin: the checks and drafts packages do the work)

    def check(
        self,
        text: str,
        *,
        kind: str | None = None,
        lang: str | None = None,
        interview_id: int | None = None,
    ) -> CheckReport:
        """Check a follow-up email; against a round's plan (timing) with `interview_id`."""
        from tactful.checks import EmailContext, check_email, kind_for

        context = None
        if interview_id is not None:
            context = EmailContext(plan=self.plan(interview_id), now=self.now())
            kind = kind or kind_for(context)
        return check_email(text, kind=kind, lang=lang, context=context)

    def drafts(self, interview_id: int, kind: StepKind | str, **options: Any) -> list[Draft]:
        """The checked drafts of a round's follow-up (see `tactful.drafts.draft_follow_up`)."""
        from tactful.drafts import draft_follow_up

        return draft_follow_up(self, interview_id, kind, **options)

    def suggest(self, interview_id: int) -> list[Suggestion]:
        """What to mention in the status inquiry, from the profile and the posting."""
        from tactful.drafts import forgot_suggestions

        return forgot_suggestions(self, self.plan(interview_id))

    # Profile

    def profile(self) -> list[ProfileItem]:
        """Your skills and accomplishments."""
        from tactful.drafts import profile_items

        return profile_items(self)

    def add_profile_item(self, kind: str, text: str) -> ProfileItem:
        from tactful.drafts import add_profile_item
        from tactful.validation import check_characters

        check_characters(text, "text")

        return add_profile_item(self, kind, text)

    def remove_profile_item(self, item_id: int) -> None:
        from tactful.drafts import remove_profile_item

        remove_profile_item(self, item_id)

    # Export and import

    def export_data(self) -> dict[str, Any]:
        """Everything, as the export format; read-only (works on a read-only home)."""
        from tactful.store.loader import load_applications, load_interviews
        from tactful.transfer import export_data

        with self._rows() as rows:
            if rows is None:
                return export_data([], [], [])
            profile = [
                (int(r[0]), str(r[1]), str(r[2]))
                for r in rows("SELECT id, kind, text FROM profile_items ORDER BY id")
            ]
            return export_data(load_applications(rows), load_interviews(rows), profile)

    def profile_rows(self) -> list[tuple[int, str, str]]:
        """The profile items as (id, kind, text), for the export."""
        with self._rows() as rows:
            if rows is None:
                return []
            return [
                (int(r[0]), str(r[1]), str(r[2]))
                for r in rows("SELECT id, kind, text FROM profile_items ORDER BY id")
            ]

    def import_data(self, data: Any) -> dict[str, int]:
        from tactful.transfer import import_data

        return import_data(self.store, data, now=self.now(), holidays=self.holidays)

    def import_file(self, source: str) -> dict[str, int]:
        """Import an export file (or stdin for "-") of any size, read as it streams: all of it,
        or nothing (see `tactful.transfer.import_stream`)."""
        from tactful.files import open_text
        from tactful.transfer import import_stream

        with open_text(source) as stream:
            return import_stream(
                self.store, stream.read, name=source, now=self.now(), holidays=self.holidays
            )

    # Mailbox: sending, reading and reminders over the user's own IMAP and SMTP servers

    def mailbox(self) -> Mailbox:
        """The mail capability (see tactful.mailbox): account, send, inbox, proposals."""
        from tactful.mailbox.service import Mailbox

        return Mailbox(self)
