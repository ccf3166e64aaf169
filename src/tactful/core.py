"""`Tactful`: the public API that the CLI, the web app and the REST API all call."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tactful.clock import local_zone, resolve_now, zone_name, zone_named
from tactful.config import Config
from tactful.errors import BadInput, Refused
from tactful.holiday_calendar import HolidayCalendars
from tactful.models import (
    Application,
    Channel,
    FollowUp,
    Interview,
    NoteState,
    Outcome,
    Person,
    Reply,
    StepKind,
    ThankYouNote,
)
from tactful.policy import (
    BusinessCalendar,
    RoundPlan,
    Step,
    check_can_record,
    check_can_skip,
    due_steps,
    parse_timeline,
    plan_round,
)
from tactful.settings import Settings
from tactful.store.loader import Rows, load_applications, load_interviews

if TYPE_CHECKING:
    from tactful.mailbox.service import Mailbox
    from tactful.store.repository import Store


class Tactful:
    """One user's follow-ups: open it on a home directory, then call its methods."""

    def __init__(self, settings: Settings, *, now: datetime | str | None = None) -> None:
        self.settings = settings
        self._now = now
        self.config = Config(settings.home)
        self.holidays = HolidayCalendars(settings.home / "cache")

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
    def zone(self) -> Any:
        name = self.config.get("timezone")
        return zone_named(name) if name else local_zone()

    # Settings

    def check_setting(self, name: str, value: str, others: Mapping[str, str] | None = None) -> str:
        """A preference's value, normalised, or BadInput saying what is wrong. `others` holds
        settings being saved with it (a country with its subdivision)."""

        def current(key: str) -> str:
            return (others or {}).get(key, self.config.get(key))

        value = " ".join(value.split())
        if not value:
            return value
        if name == "country":
            value = value.upper()
            self.holidays.validate(value, current("subdivision"))
        elif name == "subdivision" and current("country"):
            self.holidays.validate(current("country").upper(), value)
        elif name == "timezone":
            zone_named(value)
        elif name == "me.email" and Person.parse(value).email != value:
            raise BadInput(f"{value!r} is not an email address: write name@example.com")
        elif name == "ai.base_url":
            from tactful.ai.settings import normalize_base_url

            normalize_base_url(value)
        return value

    def set_setting(self, name: str, value: str) -> None:
        self.config.set(name, self.check_setting(name, value))

    # Store

    @cached_property
    def store(self) -> Store:
        from tactful.store.database import open_database
        from tactful.store.repository import Store

        return Store(open_database(self.settings))

    def close(self) -> None:
        if "store" in self.__dict__:
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
        """A way to run read-only SQL: the stdlib fast path when the store is not open yet (read
        commands start quickly), else the open store; None when no database exists yet."""
        if "store" not in self.__dict__:
            from tactful.store.database import fast_sqlite_rows

            connection = fast_sqlite_rows(self.settings)
            if connection is not None:
                try:
                    yield lambda sql: connection.execute(sql).fetchall()
                finally:
                    connection.close()
                return
            path = self.settings.sqlite_path
            if path is not None and not path.exists():
                yield None
                return
        yield self.store.database.rows

    def snapshot(
        self, interview_id: int | None = None
    ) -> tuple[list[Application], list[Interview]]:
        """Everything; or, for one interview, its application and that application's rounds
        (a later round changes an earlier one's plan)."""
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
    ) -> int:
        company, role = company.strip(), role.strip()
        if not company or not role:
            raise BadInput("an application needs a company and a role: give --company and --role")
        country = (country if country is not None else self.config.get("country")).upper()
        subdivision = subdivision if subdivision is not None else self.config.get("subdivision")
        self.holidays.validate(country, subdivision)
        app = Application(
            company=company,
            role=role,
            closing_date=closing_date,
            country=country,
            subdivision=subdivision if country else "",
            contact=contact,
            url=url,
            notes=notes,
            posted_date=posted_date,
            requirements=requirements,
        )
        return int(self.store.add_application(app))

    def application(self, application_id: int) -> Application:
        return self.store.application(application_id)

    def applications(self) -> list[Application]:
        return self.store.applications()

    def edit_application(self, application_id: int, **changes: Any) -> Application:
        app = self.application(application_id)
        unknown = set(changes) - set(Application.__dataclass_fields__)
        if unknown:
            raise BadInput(f"cannot edit {', '.join(sorted(unknown))} of an application")
        updated = replace(app, **changes)
        if "country" in changes or "subdivision" in changes:
            updated.country = updated.country.upper()
            self.holidays.validate(updated.country, updated.subdivision)
        if not updated.company.strip() or not updated.role.strip():
            raise BadInput("an application needs a company and a role")
        self.store.update_application(updated)
        return updated

    def delete_application(self, application_id: int) -> None:
        self.store.delete_application(application_id)

    # Interview rounds

    def calendar_for(self, application: Application, around: date) -> BusinessCalendar:
        years = range(around.year - 1, around.year + 2)
        return self.holidays.calendar(application.country, application.subdivision, years)

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
        ical_uid: str = "",
        ical_sequence: int = 0,
    ) -> int:
        app = self.application(application_id)
        starts_at = self._instant(at, timezone)
        if duration_minutes <= 0 or duration_minutes > 24 * 60:
            raise BadInput("--duration must be between 1 and 1440 minutes")
        if decision_date and timeline:
            raise BadInput("give either --decision-by or --timeline, not both")
        if timeline:
            decision_date = parse_timeline(
                timeline, starts_at.date(), self.calendar_for(app, starts_at.date())
            )
        iv = Interview(
            application_id=application_id,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
            timezone=zone_name(starts_at.tzinfo),  # type: ignore[arg-type]
            interviewers=list(interviewers or []),
            decision_date=decision_date,
            timeline=timeline.strip(),
            many_candidates=many_candidates,
            detail=detail.strip(),
            selling_point=selling_point.strip(),
            forgot=forgot.strip(),
            ical_uid=ical_uid,
            ical_sequence=ical_sequence,
        )
        return int(self.store.add_interview(iv))

    def _instant(self, at: datetime | str, timezone: str | None) -> datetime:
        from tactful.clock import parse_datetime

        zone = zone_named(timezone) if timezone else self.zone
        if isinstance(at, datetime):
            return at if at.tzinfo else at.replace(tzinfo=zone)
        value = parse_datetime(at, zone=zone, what="--at")
        return value.astimezone(zone) if timezone else value

    def interview(self, interview_id: int) -> Interview:
        return self.store.interview(interview_id)

    def interviews(self, application_id: int | None = None) -> list[Interview]:
        return self.store.interviews(application_id=application_id)

    def edit_interview(self, interview_id: int, **changes: Any) -> Interview:
        iv = self.interview(interview_id)
        if "at" in changes:
            changes["starts_at"] = self._instant(changes.pop("at"), changes.get("timezone"))
        unknown = set(changes) - set(Interview.__dataclass_fields__)
        if unknown:
            raise BadInput(f"cannot edit {', '.join(sorted(unknown))} of an interview")
        updated = replace(iv, **changes)
        if "starts_at" in changes:
            updated.timezone = zone_name(updated.starts_at.tzinfo)  # type: ignore[arg-type]
        if changes.get("timeline"):
            app = self.application(iv.application_id)
            day = updated.starts_at.date()
            updated.decision_date = parse_timeline(
                updated.timeline, day, self.calendar_for(app, day)
            )
        if updated.duration_minutes <= 0:
            raise BadInput("--duration must be a positive number of minutes")
        self.store.update_interview(updated)
        return updated

    def delete_interview(self, interview_id: int) -> None:
        self.store.delete_interview(interview_id)

    # Plans

    def plans(self, interview_id: int | None = None) -> list[RoundPlan]:
        """The plan of every round (or one), at `now`."""
        applications, interviews = self.snapshot(interview_id)
        if interview_id is not None and not any(iv.id == interview_id for iv in interviews):
            raise BadInput(
                f"no interview {interview_id}: run 'tactful plan' or 'tactful list' to see the ids"
            )
        plans = plan_all(applications, interviews, self.now(), self.calendar_for)
        self.holidays.save()
        if interview_id is not None:
            return [p for p in plans if p.interview.id == interview_id]
        return plans

    def plan(self, interview_id: int) -> RoundPlan:
        return self.plans(interview_id)[0]

    def due(self) -> list[tuple[RoundPlan, Step]]:
        """Steps due or late now, most urgent first."""
        return due_steps(self.plans())

    # Recording what happened

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
        plan = self.plan(interview_id)
        when = self._instant(at, None) if at is not None else self.now()
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

    def undo_sent(self, interview_id: int, kind: StepKind) -> None:
        self.interview(interview_id)
        if not self.store.delete_follow_up(interview_id, kind):
            raise Refused(f"no {kind} is recorded for interview {interview_id}")

    def record_reply(
        self,
        interview_id: int,
        *,
        at: datetime | str | None = None,
        outcome: Outcome = Outcome.OTHER,
        note: str = "",
    ) -> int:
        self.interview(interview_id)
        when = self._instant(at, None) if at is not None else self.now()
        reply = Reply(received_at=when, outcome=outcome, note=note, interview_id=interview_id)
        return int(self.store.add_reply(reply))

    def skip(self, interview_id: int, kind: StepKind, *, to: str | Person | None = None) -> None:
        """Decide not to send a follow-up; for a thank-you, `to` skips one interviewer's note."""
        iv = self.interview(interview_id)
        check_can_skip(iv, kind)
        if to is not None and kind is StepKind.THANK_YOU:
            self._record_notes(self.plan(interview_id), NoteState.SKIPPED, self.now(), to=to)
            return
        self.store.set_skipped(interview_id, [*iv.skipped, kind])

    def unskip(self, interview_id: int, kind: StepKind) -> None:
        iv = self.interview(interview_id)
        skipped_notes = [n for n in iv.notes if n.state is NoteState.SKIPPED]
        if kind not in iv.skipped and not (kind is StepKind.THANK_YOU and skipped_notes):
            raise Refused(f"the {kind} of interview {interview_id} is not skipped")
        with self.atomic():
            if kind is StepKind.THANK_YOU:
                self.store.delete_skipped_notes(interview_id)
            self.store.set_skipped(interview_id, [k for k in iv.skipped if k is not kind])

    # Calendar feed and profile

    def calendar_ics(self) -> str:
        """An iCalendar file with an event per follow-up window (see docs/calendar.md)."""
        from tactful.calendars import calendar_ics

        return calendar_ics(self.plans(), self.now())

    def profile(self) -> list[tuple[int, str, str]]:
        """Your skills and accomplishments: (id, kind, text)."""
        return self.store.profile()

    # Export and import

    def export_data(self) -> dict[str, Any]:
        from tactful.transfer import export_data

        return export_data(self)

    def import_data(self, data: Any) -> dict[str, int]:
        from tactful.transfer import import_data

        return import_data(self, data)

    # Mailbox: sending, reading and reminders over the user's own IMAP and SMTP servers

    def mailbox(self) -> Mailbox:
        """The mail capability (see tactful.mailbox): account, send, inbox, proposals."""
        from tactful.mailbox.service import Mailbox

        return Mailbox(self)


def plan_all(
    applications: list[Application],
    interviews: list[Interview],
    now: datetime,
    calendar_for: Any,
) -> list[RoundPlan]:
    """Plans for many rounds: a later round of the same application supersedes earlier ones."""
    by_id = {a.id: a for a in applications}
    last_round: dict[int, int] = {}
    for iv in interviews:
        if not iv.cancelled:
            last_round[iv.application_id] = max(last_round.get(iv.application_id, 0), iv.round)
    plans: list[RoundPlan] = []
    calendars: dict[tuple[str, str, int], BusinessCalendar] = {}
    with _without_cyclic_gc():
        _plan_each(interviews, by_id, last_round, calendars, calendar_for, now, plans)
    return plans


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause the cycle collector while plans are built: they form no cycles (reference
    counting frees them), and its passes over a heap of 100,000 new plans cost twice the
    planning itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _plan_each(
    interviews: list[Interview],
    by_id: dict[int | None, Application],
    last_round: dict[int, int],
    calendars: dict[tuple[str, str, int], BusinessCalendar],
    calendar_for: Any,
    now: datetime,
    plans: list[RoundPlan],
) -> None:
    for iv in interviews:
        app = by_id[iv.application_id]
        later = last_round.get(iv.application_id, 0)
        day = iv.starts_at.date()
        key = (app.country, app.subdivision, day.year)
        calendar = calendars.get(key)
        if calendar is None:
            calendar = calendars[key] = calendar_for(app, day)
        plans.append(
            plan_round(iv, app, calendar, now, superseded_by=later if later > iv.round else None)
        )
