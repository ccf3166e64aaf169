"""Applications and interview rounds, written through one checked path.

`Records` is the service that `Tactful`, the invitation import and the posting import share: it
takes the store, the config and the holiday calendars (never the `Tactful` facade), checks every
value with `tactful.validation` and the holiday regions, and writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from tactful.clock import local_zone, zone_name, zone_named
from tactful.config import Config
from tactful.errors import BadInput
from tactful.holiday_calendar import HolidayCalendars
from tactful.models import Application, Interview, Person
from tactful.policy import BusinessCalendar, parse_timeline
from tactful.validation import (
    MAX_LINE,
    MAX_TEXT,
    check_characters,
    check_date,
    check_language,
    check_length,
    localize,
    parse_instant,
)

if TYPE_CHECKING:
    from tactful.store.repository import Store

MAX_DURATION_MINUTES = 24 * 60


def _required(company: str, role: str) -> None:
    for name, value in (("company", company), ("role", role)):
        if not value.strip():
            raise BadInput(
                f"an application needs a company and a role: the {name} is empty",
                code="required",
                field=name,
            )


def _subdivision_without_country(subdivision: str) -> None:
    raise BadInput(
        f"the subdivision {subdivision.strip()!r} is a state or region of a country: give the "
        "country too (US with CA, DE with BY)",
        code="subdivision-without-country",
        field="subdivision",
        values={"subdivision": subdivision.strip()},
    )


def _not_after_what_happened(iv: Interview) -> None:
    """A round cannot start after a follow-up went out or the employer answered: the store
    (and an import of its export) refuses those before the interview."""
    happened = [
        *((f.sent_at, "a follow-up was recorded as sent") for f in iv.follow_ups),
        *((n.sent_at, "a thank-you note was recorded as sent") for n in iv.notes if n.sent_at),
        *((r.received_at, "the employer's reply was recorded") for r in iv.replies),
    ]
    if not happened:
        return
    first, what = min(happened, key=lambda item: item[0])
    if iv.starts_at > first:
        raise BadInput(
            f"the interview cannot start at {iv.starts_at.isoformat(sep=' ', timespec='minutes')}"
            f": {what} on {first.isoformat(sep=' ', timespec='minutes')}, before it; give a "
            "start before that, or remove what was recorded by mistake first",
            code="after-its-records",
            field="starts_at",
            values={"when": first},
        )


_LIMITS = {
    "company": MAX_LINE, "role": MAX_LINE, "timeline": MAX_LINE,
    "detail": MAX_TEXT, "selling_point": MAX_TEXT, "forgot": MAX_TEXT,
}  # fmt: skip
"""The lengths the web's forms allow, for what goes into an email or a heading (notes and a
posting's requirements, which an import may bring long, are read whole)."""


def _plain_text(record: Application | Interview) -> None:
    """Every text of an application or a round, its people's too, holds no control character;
    what goes into an email or a heading has the length the web's forms allow."""
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, str):
            check_characters(value, field.name)
            if field.name in _LIMITS:
                check_length(value, field.name, _LIMITS[field.name])
    people = [record.contact] if isinstance(record, Application) else record.interviewers
    field_name = "contact" if isinstance(record, Application) else "interviewers"
    for person in people:
        if person is not None:
            for value in (person.name, person.email):
                check_characters(value, field_name)
                check_length(value, field_name, MAX_LINE)


def _duration(minutes: Any) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise BadInput(
            "the duration is a whole number of minutes",
            code="not-a-number",
            field="duration_minutes",
        )
    if not 1 <= minutes <= MAX_DURATION_MINUTES:
        raise BadInput(
            f"the duration must be between 1 and {MAX_DURATION_MINUTES} minutes, not {minutes}",
            code="bad-duration",
            field="duration_minutes",
        )
    return minutes


class Records:
    """Checked reads and writes of applications and rounds."""

    def __init__(self, store: Store, config: Config, holidays: HolidayCalendars) -> None:
        self.store = store
        self.config = config
        self.holidays = holidays

    @property
    def zone(self) -> tzinfo:
        """The configured time zone, else the machine's."""
        name = self.config.get("timezone")
        return zone_named(name) if name else local_zone()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.store.database.transaction():
            yield

    def calendar_for(self, application: Application, around: date) -> BusinessCalendar:
        years = range(around.year - 1, around.year + 2)
        return self.holidays.calendar(application.country, application.subdivision, years)

    def instant(self, at: datetime | str, timezone: str | None, field: str) -> datetime:
        """A typed or given start: read in `timezone` (else the configured zone) when it has
        no offset; checked by the one gate."""
        zone = zone_named(timezone) if timezone else self.zone
        if isinstance(at, datetime):
            return localize(at, zone, field)
        day = at.strip()
        if field == "starts_at" and len(day) in (8, 10) and day.replace("-", "").isdigit():
            # A day alone would be read as midnight, and the thank-you window counted from
            # there; an invitation with no start time is refused the same way.
            raise BadInput(
                f"the interview's start {day!r} has no time: an interview needs its start "
                f'time, such as "{day} 14:00"',
                code="no-start-time",
                field=field,
                values={"value": day},
            )
        value = parse_instant(at, field, zone=zone)
        return value.astimezone(zone) if timezone else value

    # Applications

    def application(self, application_id: int) -> Application:
        return self.store.application(application_id)

    def applications(self) -> list[Application]:
        return self.store.applications()

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
        company, role = company.strip(), role.strip()
        _required(company, role)
        country = (country if country is not None else self.config.get("country")).strip().upper()
        if subdivision is not None and subdivision.strip() and not country:
            _subdivision_without_country(subdivision)  # never dropped without a word
        subdivision = subdivision if subdivision is not None else self.config.get("subdivision")
        subdivision = subdivision.strip()
        if country and subdivision:
            subdivision = self.holidays.subdivision_code(country, subdivision)
        self.holidays.validate(country, subdivision)
        app = Application(
            company=company,
            role=role,
            closing_date=check_date(closing_date, "closing_date"),
            country=country,
            subdivision=subdivision if country else "",
            contact=contact,
            url=url,
            notes=notes,
            posted_date=check_date(posted_date, "posted_date"),
            requirements=requirements,
            language=check_language(language),
        )
        _plain_text(app)
        return int(self.store.add_application(app))

    def edit_application(self, application_id: int, **changes: Any) -> Application:
        app = self.application(application_id)
        unknown = set(changes) - set(Application.__dataclass_fields__)
        if unknown:
            raise BadInput(
                f"cannot edit {', '.join(sorted(unknown))} of an application",
                code="unknown-field",
                field=sorted(unknown)[0],
            )
        updated = replace(app, **changes)
        if "country" in changes or "subdivision" in changes:
            updated.country = updated.country.strip().upper()
            updated.subdivision = updated.subdivision.strip()
            if not updated.country and updated.subdivision:
                if (changes.get("subdivision") or "").strip():
                    _subdivision_without_country(updated.subdivision)
                updated.subdivision = ""  # the country was cleared: its region goes with it
            if updated.country and updated.subdivision:
                updated.subdivision = self.holidays.subdivision_code(
                    updated.country, updated.subdivision
                )
            self.holidays.validate(updated.country, updated.subdivision)
        if "language" in changes:
            updated.language = check_language(updated.language)
        _required(updated.company, updated.role)
        check_date(updated.closing_date, "closing_date")
        check_date(updated.posted_date, "posted_date")
        _plain_text(updated)
        self.store.update_application(updated)
        return updated

    # Interview rounds

    def interview(self, interview_id: int) -> Interview:
        return self.store.interview(interview_id)

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
        starts_at = self.instant(at, timezone, "starts_at")
        _duration(duration_minutes)
        if decision_date and timeline.strip():
            raise BadInput(
                "give either a decision date or what they said (the timeline), not both",
                code="decision-and-timeline",
                field="timeline",
            )
        if timeline.strip():
            decision_date = parse_timeline(
                timeline, starts_at.date(), self.calendar_for(app, starts_at.date())
            )
        iv = Interview(
            application_id=application_id,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
            timezone=zone_name(starts_at.tzinfo),  # type: ignore[arg-type]
            interviewers=list(interviewers or []),
            decision_date=check_date(decision_date, "decision_date"),
            timeline=timeline.strip(),
            many_candidates=many_candidates,
            detail=detail.strip(),
            selling_point=selling_point.strip(),
            forgot=forgot.strip(),
            ical_uid=ical_uid,
            ical_sequence=ical_sequence,
        )
        _plain_text(iv)
        return int(self.store.add_interview(iv))

    def edit_interview(self, interview_id: int, **changes: Any) -> Interview:
        iv = self.interview(interview_id)
        if "at" in changes:
            changes["starts_at"] = changes.pop("at")
        if "starts_at" in changes:
            changes["starts_at"] = self.instant(
                changes["starts_at"], changes.get("timezone"), "starts_at"
            )
        unknown = set(changes) - set(Interview.__dataclass_fields__)
        if unknown:
            raise BadInput(
                f"cannot edit {', '.join(sorted(unknown))} of an interview",
                code="unknown-field",
                field=sorted(unknown)[0],
            )
        updated = replace(iv, **changes)
        if "starts_at" in changes:
            updated.timezone = zone_name(updated.starts_at.tzinfo)  # type: ignore[arg-type]
            _not_after_what_happened(updated)
        if "timeline" in changes:
            updated.timeline = updated.timeline.strip()
        # What they said ("two weeks") counts from the day of the interview: a round moved to
        # another day moves the decision date it gives.
        moved = updated.starts_at.date() != iv.starts_at.date()
        if updated.timeline and ("timeline" in changes or moved):
            app = self.application(iv.application_id)
            day = updated.starts_at.date()
            updated.decision_date = parse_timeline(
                updated.timeline, day, self.calendar_for(app, day)
            )
        _duration(updated.duration_minutes)
        check_date(updated.decision_date, "decision_date")
        _plain_text(updated)
        self.store.update_interview(updated)
        return updated
