"""Interview invitations (RFC 5545 .ics files) read into values: when, how long, who, which UID.

Time zones, in order: an IANA TZID ("Europe/Paris"), a Windows zone name as Outlook writes it
("Romance Standard Time", the CLDR table icalendar ships), the file's own VTIMEZONE block, UTC
("…Z"); a floating time (no zone at all) is read in the user's zone.

A repeating event (RRULE) is one round: its next occurrence from "now" (else its last), with
EXDATE and moved or cancelled occurrences (RECURRENCE-ID) applied. Every start goes through the
one gate of `tactful.validation` (1970-2100), and SEQUENCE must fit in 31 bits.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tactful.calendars.lines import decode, event_lines, scan
from tactful.calendars.recurrence import next_occurrence
from tactful.calendars.zones import iana_for_windows
from tactful.clock import zone_name
from tactful.errors import BadInput
from tactful.models import Person, first_last
from tactful.validation import MAX_SEQUENCE, check_instant

DEFAULT_DURATION_MINUTES = 60
_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|noreply|calendar-notification|notifications?|invites?)(?:[+.-].*)?@",
    re.IGNORECASE,
)
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP", "UNKNOWN"})
_SERVICE_NAME = re.compile(
    r"\b(?:zoom|webinar|teams|webex|google\s+meet|meet|calendly|calendar|no-?reply|"
    r"do\s+not\s+reply|notifications?)\b",
    re.IGNORECASE,
)
"""A name without an email address that is a meeting service, not a person ("Zoom Webinar")."""
ANSWERS = frozenset({"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"})
"""METHODs of a calendar that answers an invitation (an attendee accepting or declining)."""


@dataclass(frozen=True, slots=True)
class Invite:
    """One VEVENT of an invitation."""

    uid: str
    sequence: int
    starts_at: datetime
    """Aware, in the zone the invitation gives."""
    duration_minutes: int
    zone: str
    """The zone as the invitation names it, resolved: "Europe/Paris", "UTC", "floating"."""
    tzid: str
    """The TZID exactly as written ("Romance Standard Time"), or ""."""
    cancelled: bool
    summary: str = ""
    description: str = ""
    location: str = ""
    organizer: Person | None = None
    attendees: list[Person] = field(default_factory=list)
    line: int = 0
    """Line of its BEGIN:VEVENT in the file."""

    def interviewers(self, me_email: str = "") -> list[Person]:
        """Organizer then attendees, each once, without the user and without robot senders."""
        me = me_email.strip().casefold()
        seen: set[str] = set()
        people: list[Person] = []
        for person in [*([self.organizer] if self.organizer else []), *self.attendees]:
            key = (person.email or person.name).casefold()
            if not key or key in seen or (me and person.email.casefold() == me):
                continue
            if person.email and _NO_REPLY.match(person.email):
                continue
            seen.add(key)
            people.append(person)
        return people


@dataclass(frozen=True, slots=True)
class InviteFile:
    method: str
    """METHOD of the calendar: REQUEST, CANCEL, PUBLISH, or "" when absent."""
    invites: list[Invite]

    @property
    def is_answer(self) -> bool:
        """An attendee's answer (METHOD:REPLY, a decline…), not an invitation."""
        return self.method in ANSWERS


def read_invites(
    data: bytes, *, source: str, default_zone: tzinfo, now: datetime | None = None
) -> InviteFile:
    """Every event of an invitation file (a series as one event: its next occurrence after
    `now`); BadInput naming the line when the file is broken."""
    import icalendar

    text = decode(data, source)
    lines = scan(text, source)
    where = event_lines(lines)
    if not where:
        raise BadInput(
            f"{source} has no event (VEVENT): is it an invitation or a to-do list?",
            code="invite-no-event",
            values={"source": source},
        )
    try:
        with warnings.catch_warnings():  # icalendar's guesses (vendor TZIDs): not the user's
            warnings.simplefilter("ignore")
            calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        why = " ".join(str(exc).split())[:200]
        raise BadInput(
            f"{source}: cannot read the calendar: {why}",
            code="bad-calendar",
            values={"source": source},
        ) from None
    method = _text(calendar, "METHOD").upper()
    events = list(calendar.walk("VEVENT"))
    if len(events) != len(where):
        raise BadInput(
            f"{source}: cannot read the calendar: some events are out of place",
            code="bad-calendar",
            values={"source": source},
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        invites = [
            _invite(event, method, lines_of, source, default_zone)
            for event, lines_of in zip(events, where, strict=True)
        ]
    return InviteFile(method, _series(invites, events, now or datetime.now(UTC)))


def _series(invites: list[Invite], events: list[Any], now: datetime) -> list[Invite]:
    """One invite per UID for a repeating event: the next real occurrence (RRULE, EXDATE and
    RECURRENCE-ID overrides applied); other events as they are."""
    masters: dict[str, tuple[Invite, Any]] = {}
    overrides: dict[str, list[tuple[Invite, Any]]] = {}
    plain: list[Invite] = []
    for invite, event in zip(invites, events, strict=True):
        if "RECURRENCE-ID" in event:
            overrides.setdefault(invite.uid, []).append((invite, event))
        elif "RRULE" in event:
            masters[invite.uid] = (invite, event)
        else:
            plain.append(invite)
    out = list(plain)
    for uid, (master, event) in masters.items():
        moved = {
            key: i for i, e in overrides.pop(uid, []) if (key := _recurrence_id(e)) is not None
        }
        out.append(next_occurrence(master, event, moved, now))
    for found in overrides.values():  # moved occurrences whose series is not in the file
        out.extend(invite for invite, _ in found)
    return sorted(out, key=lambda i: i.line)


def _recurrence_id(event: Any) -> datetime | date | None:
    try:
        value = _first(event["RECURRENCE-ID"]).dt
    except (AttributeError, KeyError, TypeError, ValueError, OverflowError):
        return None
    return value if isinstance(value, datetime | date) else None


def _invite(
    event: Any, method: str, at: dict[str, int], source: str, default_zone: tzinfo
) -> Invite:
    begin = at["BEGIN"]

    def fail(prop: str, why: str, code: str | None = None, **values: str) -> BadInput:
        where = f"{source} line {at.get(prop, begin)}"
        return BadInput(
            f"{where}: {why}", code=code, values={"where": where, "property": prop, **values}
        )

    uid = _text(event, "UID")
    if not uid:
        raise fail("BEGIN", "the event has no UID, so a later update could not find it")
    if "DTSTART" not in event:
        raise fail("BEGIN", "the event has no start (DTSTART)")
    start, zone, tzid = _instant(event, "DTSTART", fail, default_zone)
    if "DTEND" in event:
        end, _, _ = _instant(event, "DTEND", fail, default_zone)
        length = end.astimezone(UTC) - start.astimezone(UTC)  # real time, across DST changes
    elif "DURATION" in event:
        length = _value(event, "DURATION", fail)
        if not isinstance(length, timedelta):
            shown = event["DURATION"].to_ical().decode()
            raise fail("DURATION", f"DURATION {shown!r} is not a length such as PT45M")
    else:
        length = timedelta(minutes=DEFAULT_DURATION_MINUTES)
    minutes = round(length.total_seconds() / 60)
    if minutes <= 0:
        raise fail("DTEND" if "DTEND" in event else "DURATION", "the event ends before it starts")
    if minutes > 24 * 60:
        raise fail("DTEND" if "DTEND" in event else "DURATION", "the event lasts more than a day")
    sequence_text = _text(event, "SEQUENCE") or "0"
    if not sequence_text.isdigit() or not sequence_text.isascii():
        raise fail("SEQUENCE", f'SEQUENCE "{_cut(sequence_text)}" is not a whole number')
    if int(sequence_text) > MAX_SEQUENCE:
        raise fail(
            "SEQUENCE", f"SEQUENCE {_cut(sequence_text)} is too large (at most {MAX_SEQUENCE})"
        )
    status = _text(event, "STATUS").upper()
    return Invite(
        uid=uid,
        sequence=int(sequence_text),
        starts_at=start,
        duration_minutes=minutes,
        zone=zone,
        tzid=tzid,
        cancelled=method == "CANCEL" or status == "CANCELLED",
        summary=_text(event, "SUMMARY"),
        description=_text(event, "DESCRIPTION"),
        location=_text(event, "LOCATION"),
        organizer=_person(event.get("ORGANIZER")),
        attendees=[
            p
            for a in _as_list(event.get("ATTENDEE"))
            if str(getattr(a, "params", {}).get("CUTYPE", "INDIVIDUAL")).upper() not in _NOT_PEOPLE
            and (p := _person(a)) is not None
        ],
        line=begin,
    )


def _first(value: Any) -> Any:
    """A property given more than once counts once (the first)."""
    return value[0] if isinstance(value, list) and value else value


def _shown(raw: Any) -> str:
    """A property's value as the file writes it (never a Python repr)."""
    raw = _first(raw)
    try:
        text = raw.to_ical().decode("utf-8", "replace") if hasattr(raw, "to_ical") else str(raw)
    except Exception:  # a broken value may fail to print too
        text = "?"
    return _cut(text)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:37] + "..."


def _value(event: Any, prop: str, fail: Any) -> Any:
    from icalendar.error import BrokenCalendarProperty

    try:
        return _first(event[prop]).dt
    except (BrokenCalendarProperty, AttributeError, ValueError, TypeError, OverflowError):
        raise fail(
            prop, f'{prop} "{_shown(event[prop])}" is not a date-time such as 20261125T140000'
        ) from None


def _instant(event: Any, prop: str, fail: Any, default_zone: tzinfo) -> tuple[datetime, str, str]:
    value = _value(event, prop, fail)
    if not isinstance(value, datetime):
        if isinstance(value, date):
            raise fail(
                prop,
                f"{prop} is a whole day ({value.isoformat()}): an interview needs a start time; "
                "add the interview by hand with its start time",
                "invite-whole-day",
                day=value.isoformat(),
            )
        raise fail(prop, f"{prop} is not a date-time")
    tzid = str(getattr(_first(event[prop]), "params", {}).get("TZID", "")).strip()
    if tzid:
        zone = resolve_zone(tzid, value.tzinfo)
        if zone is None:
            raise fail(
                prop,
                f'unknown time zone "{_cut(tzid)}" and no VTIMEZONE block describes it; '
                "ask for the invitation again or add the interview by hand",
                "invite-unknown-zone",
                zone=_cut(tzid),
            )
        found, label = value.replace(tzinfo=zone), _zone_label(zone, tzid)
    elif value.tzinfo is not None:
        found, label = value, "UTC"
    else:
        found, label = value.replace(tzinfo=default_zone), "floating"
    try:
        check_instant(found, "starts_at" if prop == "DTSTART" else "ends_at")
    except BadInput:
        raise fail(
            prop, f'{prop} "{_shown(event[prop])}" is out of range: tactful keeps 1970 to 2100'
        ) from None
    return found, label, tzid


def resolve_zone(tzid: str, from_file: tzinfo | None = None) -> tzinfo | None:
    """An IANA zone for a TZID: IANA names, Windows names, else the file's VTIMEZONE rules."""
    name = tzid.strip().strip('"')
    if "/" in name or name.upper() == "UTC":
        try:
            return ZoneInfo("UTC" if name.upper() == "UTC" else name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if (iana := iana_for_windows(name)) is not None:
        try:
            return ZoneInfo(iana)
        except (ZoneInfoNotFoundError, ValueError):
            return from_file
    return from_file


def _zone_label(zone: tzinfo, tzid: str) -> str:
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else f"{tzid} ({zone_name(zone)})"


def _text(event: Any, prop: str) -> str:
    value = _first(event.get(prop))
    if value is None:
        return ""
    return str(value).strip()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _person(address: Any) -> Person | None:
    """A person from ORGANIZER or ATTENDEE: `mailto:` or a bare address (as Zoom writes it);
    a name with no address that names a meeting service is nobody."""
    address = _first(address)
    if address is None:
        return None
    raw = str(address).strip()
    email = raw[7:].strip() if raw.lower().startswith("mailto:") else ""
    if not email and re.fullmatch(r"[^@\s:<>]+@[^@\s:<>]+\.[^@\s:<>]+", raw):
        email = raw
    if email and not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+", email):
        email = ""
    name = (
        str(address.params.get("CN", "")).strip().strip('"').strip()
        if hasattr(address, "params")
        else ""
    )
    if name.casefold() == email.casefold():
        name = ""
    name = first_last(name)
    if not email and _SERVICE_NAME.search(name):
        return None
    if not email and not name:
        return None
    return Person(name, email)
