"""Lossless export to JSON and import back: everything in the store, ids included.

The import reads strictly (a number is a JSON number, a boolean is true or false, every instant
carries its UTC offset) and checks everything with the same gate as every other input
(`tactful.validation`) and the same rules as `tactful sent` and `tactful reply`, before a single
row is written; then it writes all of it in one transaction, or nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput, TactfulError
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
from tactful.serialize import application_json, interview_json
from tactful.validation import (
    MAX_ID,
    MAX_SEQUENCE,
    check_after_interview,
    check_language,
    flag,
    optional_id,
    parse_date,
    parse_instant,
    text,
    whole_number,
)

if TYPE_CHECKING:
    from tactful.holiday_calendar import HolidayCalendars
    from tactful.store.bulk import BulkWriter
    from tactful.store.repository import Store

FORMAT = "tactful-export"
VERSION = 1
MAX_ROUNDS = 1000
Imported = tuple[list[tuple[Application, list[Interview]]], list[tuple[int | None, str, str]]]


def export_data(
    applications: list[Application],
    interviews: list[Interview],
    profile: list[tuple[int, str, str]],
) -> dict[str, Any]:
    by_app: dict[int | None, list[dict[str, Any]]] = {}
    for iv in interviews:
        by_app.setdefault(iv.application_id, []).append(interview_json(iv))
    return {
        "format": FORMAT,
        "version": VERSION,
        "applications": [
            {**application_json(a), "interviews": by_app.get(a.id, [])} for a in applications
        ],
        "profile": [{"id": i, "kind": k, "text": t} for i, k, t in profile],
    }


def import_data(
    store: Store, data: Any, *, now: datetime, holidays: HolidayCalendars
) -> dict[str, int]:
    """Add everything in an export to the store, in one transaction.

    Into an empty store the ids are kept, so an export imports back to the same export; into a
    store that has data (or in hosted mode, see `Store.keeps_ids`), new ids are given.
    """
    applications, profile = read_export(data, now=now, holidays=holidays)
    keep_ids = store.keeps_ids()
    return store.import_all(applications, profile, keep_ids=keep_ids)


def read_export(data: Any, *, now: datetime, holidays: HolidayCalendars | None = None) -> Imported:
    """The applications, rounds and profile of an export, checked; BadInput naming the first
    thing wrong (where it is in the file, and the field)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise not_an_export()
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        raise unsupported(data.get("version"))
    check = ExportCheck(now=now, holidays=holidays)
    apps = [
        check.application(number, raw)
        for number, raw in enumerate(_list(data.get("applications"), "applications"), start=1)
    ]
    profile = [
        check.profile_item(number, item)
        for number, item in enumerate(_list(data.get("profile"), "profile"), start=1)
    ]
    check.finish()
    return apps, profile


MAX_RECORD_CHARS = 20 * 1024 * 1024
"""The largest application (with its rounds) or profile item a file may hold; the file itself
may be of any size."""
_STREAMED = frozenset({"applications", "profile"})


def import_stream(
    store: Store,
    read: Callable[[int], str],
    *,
    name: str,
    now: datetime,
    holidays: HolidayCalendars,
) -> dict[str, int]:
    """Import an export read as it streams (`read(n)` gives up to n characters): each
    application is checked and written as it comes, in one transaction, so memory stays that
    of one batch. The outcome is `import_data`'s on the whole file: the same counts, or the
    same first error (a file that is not JSON, not an export, an unsupported version, then the
    first wrong application, profile item or duplicate id, then a row the database refuses),
    and then nothing is written."""
    from tactful import jsonstream

    with store.bulk(keep_ids=store.keeps_ids()) as writer:
        stream = _Stream(writer, ExportCheck(now=now, holidays=holidays), name)
        with _json_errors(name):
            for event in jsonstream.members(read, streamed=_STREAMED, limit=MAX_RECORD_CHARS):
                if event[0] is None:
                    raise not_an_export()
                if len(event) == 2:
                    stream.member(event[0], event[1])
                else:
                    stream.record(event[0], event[1], event[2])
        stream.finish()
    return writer.counts


class _Stream:
    """What `import_stream` has read so far: the top-level members, the first error of each
    list, and the first row the database refused."""

    def __init__(self, writer: BulkWriter, check: ExportCheck, name: str) -> None:
        self.writer = writer
        self.check = check
        self.name = name
        self.header: dict[str, Any] = {}
        self.errors: dict[str, BadInput] = {}
        self.refused: BadInput | None = None

    def member(self, key: str, value: Any) -> None:
        """A top-level member; a streamed list's items come later as records."""
        from tactful import jsonstream

        if key in _STREAMED:
            if key in self.header:
                raise BadInput(
                    f'{self.name} holds "{key}" twice: keep one; nothing was imported',
                    code="duplicate",
                    field=key,
                )
            if value is not jsonstream.STREAMED:
                try:
                    _list(value, key)
                except BadInput as exc:
                    self.errors.setdefault(key, exc)
        self.header[key] = value

    def record(self, key: str, index: int, raw: Any) -> None:
        """One application (with its rounds) or profile item: checked, then written while no
        error has been found (after one, the rest is only checked, for the same first error)."""
        if key in self.errors:
            return
        try:
            if key == "applications":
                app, rounds = self.check.application(index + 1, raw)
            else:
                item = self.check.profile_item(index + 1, raw)
        except BadInput as exc:
            self.errors[key] = exc
            return
        if self.refused is not None or self.errors:
            return
        try:
            if key == "applications":
                self.writer.add(app, rounds)
            else:
                self.writer.add_profile_item(*item)
        except BadInput as exc:
            self.refused = exc

    def finish(self) -> None:
        """Raise the file's first error, in `import_data`'s order, if there is one."""
        if self.header.get("format") != FORMAT:
            raise not_an_export()
        version = self.header.get("version")
        if version != VERSION or isinstance(version, bool):
            raise unsupported(version)
        for key in ("applications", "profile"):
            if key in self.errors:
                raise self.errors[key]
        self.check.finish()
        if self.refused is not None:
            raise self.refused


@contextmanager
def _json_errors(name: str) -> Iterator[None]:
    """The JSON reader's failures as one-line errors about the file."""
    from tactful import jsonstream

    name = "standard input" if name == "-" else name

    try:
        yield
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"{name} is not JSON ({exc}); nothing was imported", code="not-json", field="file"
        ) from None
    except RecursionError:
        raise BadInput(
            f"{name} is nested too deeply to be an export; nothing was imported",
            code="too-deep",
            field="file",
        ) from None
    except jsonstream.TooLarge as exc:
        raise BadInput(
            f"{name} holds a record larger than {MAX_RECORD_CHARS // (1024 * 1024)} MB "
            f"(at character {exc.where}): an application with its rounds is a few KB; "
            "nothing was imported",
            code="too-large",
            field="file",
        ) from None


def not_an_export() -> BadInput:
    return BadInput(
        'not an export of tactful: expected a JSON object with "format": "tactful-export"',
        code="not-an-export",
        field="format",
    )


def unsupported(version: Any) -> BadInput:
    return BadInput(
        f"unsupported export version {version!r}: expected {VERSION}",
        code="unsupported-version",
        field="version",
    )


class ExportCheck:
    """The checks of an export, one application or profile item at a time (so that a file of
    any size can be read as it streams), then `finish` for what spans the whole file."""

    def __init__(self, *, now: datetime, holidays: HolidayCalendars | None) -> None:
        self.now = now
        self.holidays = holidays
        self._countries: set[tuple[str, str]] = set()
        self._ids: dict[str, set[int]] = {"app": set(), "interview": set(), "profile": set()}
        self._twice: set[str] = set()

    def application(self, number: int, raw: Any) -> tuple[Application, list[Interview]]:
        where = f"application {number}"
        app = _at(where, _application, raw, self)
        rounds = _list(raw.get("interviews"), "interviews")
        if len(rounds) > MAX_ROUNDS:
            raise BadInput(f"{where} has more than {MAX_ROUNDS} rounds", code="too-many")
        ivs = [
            _at(f"{where}, interview {n}", _interview, item, self.now)
            for n, item in enumerate(rounds, start=1)
        ]
        _distinct([iv.round for iv in ivs], f"{where}: two interviews have the same round", "round")
        self._seen("app", app.id)
        for iv in ivs:
            self._seen("interview", iv.id)
        return app, ivs

    def profile_item(self, number: int, raw: Any) -> tuple[int | None, str, str]:
        item: tuple[int | None, str, str] = _at(f"profile item {number}", _profile_item, raw)
        self._seen("profile", item[0])
        return item

    def country(self, country: str, subdivision: str) -> None:
        """The holiday calendar's check, once per country and subdivision."""
        if self.holidays is not None and (country, subdivision) not in self._countries:
            self.holidays.validate(country, subdivision)
            self._countries.add((country, subdivision))

    def _seen(self, kind: str, item_id: int | None) -> None:
        if item_id is not None:
            if item_id in self._ids[kind]:
                self._twice.add(kind)
            self._ids[kind].add(item_id)

    def finish(self) -> None:
        for kind, message in (
            ("app", "two applications share an id"),
            ("interview", "two interviews share an id"),
            ("profile", "two profile items share an id"),
        ):
            if kind in self._twice:
                raise BadInput(f"{message}; nothing was imported", code="duplicate", field="id")


def _at(where: str, read: Any, *args: Any) -> Any:
    """`read(*args)`, its error prefixed with where it is in the file."""
    try:
        return read(*args)
    except TactfulError as exc:
        raise BadInput(
            f"{where}: {exc.message}; nothing was imported", code=exc.code, field=exc.field
        ) from None


def _distinct(values: list[Any], message: str, field: str) -> None:
    if len(values) != len(set(values)):
        raise BadInput(f"{message}; nothing was imported", code="duplicate", field=field)


def _list(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadInput(f"{field} is not a list", code="not-a-list", field=field)
    return value


def _object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadInput(f"{field} is not a JSON object", code="not-an-object", field=field)
    return value


_ADDRESS_RE = re.compile(r"[^@\s<>]+@[^@\s<>]+")
"""An address as much as any way in keeps one (an invitation's `mailto:` may name a host with
no dot): what the store holds always imports back."""


def _person(value: Any, field: str, *, address: bool = False) -> Person:
    """A person; with `address`, its email must be one (the people tactful writes to: the
    contact and the interviewers), as the command line, the web and invitations require."""
    value = _object(value, field)
    email = text(value.get("email"), f"{field}.email")
    if address and email and not _ADDRESS_RE.fullmatch(email.strip()):
        raise BadInput(
            f"{field}.email {email[:80]!r} is not an email address: write name@example.com",
            code="not-an-email",
            field=f"{field}.email",
        )
    return Person(text(value.get("name"), f"{field}.name"), email)


def _date(value: Any, field: str) -> date | None:
    if value is not None and not isinstance(value, str):
        text(value, field)
    return parse_date(value, field)


def _language(value: Any) -> str:
    """An application's language for its drafts: "" (the user's), "en" or "fr"."""
    return check_language(text(value, "language"))


def _application(raw: Any, check: ExportCheck) -> Application:
    a = _object(raw, "application")
    country = text(a.get("country"), "country").strip().upper()
    subdivision = text(a.get("subdivision"), "subdivision").strip()
    check.country(country, subdivision)
    created = a.get("created_at")
    return Application(
        id=optional_id(a.get("id")),
        company=text(a.get("company"), "company", required=True).strip(),
        role=text(a.get("role"), "role", required=True).strip(),
        contact=_person(a["contact"], "contact", address=True) if a.get("contact") else None,
        url=text(a.get("url"), "url"),
        closing_date=_date(a.get("closing_date"), "closing_date"),
        posted_date=_date(a.get("posted_date"), "posted_date"),
        country=country,
        subdivision=subdivision if country else "",
        notes=text(a.get("notes"), "notes"),
        requirements=text(a.get("requirements"), "requirements"),
        created_at=parse_instant(text(created, "created_at"), "created_at", zone=None)
        if created is not None
        else None,
        language=_language(a.get("language")),
    )


def _interview(raw: Any, now: datetime) -> Interview:
    i = _object(raw, "interview")
    starts_at = parse_instant(
        text(i.get("starts_at"), "starts_at", required=True), "starts_at", zone=None
    )
    skipped = [_kind(k, "skipped") for k in _list(i.get("skipped"), "skipped")]
    iv = Interview(
        id=optional_id(i.get("id")),
        application_id=0,
        round=whole_number(i.get("round", 1), "round", low=1, high=MAX_ROUNDS),
        starts_at=starts_at,
        timezone=text(i.get("timezone"), "timezone"),
        duration_minutes=whole_number(
            i.get("duration_minutes", 60), "duration_minutes", low=1, high=24 * 60
        ),
        interviewers=[
            _person(p, "interviewers", address=True)
            for p in _list(i.get("interviewers"), "interviewers")
        ],
        decision_date=_date(i.get("decision_date"), "decision_date"),
        timeline=text(i.get("timeline"), "timeline"),
        many_candidates=flag(i.get("many_candidates"), "many_candidates"),
        detail=text(i.get("detail"), "detail"),
        selling_point=text(i.get("selling_point"), "selling_point"),
        forgot=text(i.get("forgot"), "forgot"),
        skipped=list(dict.fromkeys(skipped)),
        ical_uid=text(i.get("ical_uid"), "ical_uid"),
        ical_sequence=whole_number(
            i.get("ical_sequence", 0), "ical_sequence", low=0, high=MAX_SEQUENCE
        ),
        cancelled=flag(i.get("cancelled"), "cancelled"),
        follow_ups=[
            _follow_up(f, starts_at, now) for f in _list(i.get("follow_ups"), "follow_ups")
        ],
        notes=[
            _note(n, starts_at, now) for n in _list(i.get("thank_you_notes"), "thank_you_notes")
        ],
        replies=[_reply(r, starts_at, now) for r in _list(i.get("replies"), "replies")],
    )
    _rules(iv)
    return iv


def _kind(value: Any, field: str) -> StepKind:
    try:
        return StepKind(text(value, field))
    except ValueError:
        raise BadInput(
            f'{field} "{value}" is not a follow-up: write "thank-you" or "status-inquiry"',
            code="unknown-kind",
            field=field,
        ) from None


def _follow_up(raw: Any, starts_at: datetime, now: datetime) -> FollowUp:
    f = _object(raw, "follow_ups")
    channel = text(f.get("channel") or "email", "channel")
    if channel != Channel.EMAIL:
        raise BadInput(
            f'channel "{channel}" breaks the rules: tactful records email follow-ups only',
            code="email-only",
            field="channel",
        )
    sent_at = parse_instant(text(f.get("sent_at"), "sent_at", required=True), "sent_at", zone=None)
    return FollowUp(
        id=optional_id(f.get("id")),
        kind=_kind(f.get("kind"), "kind"),
        channel=Channel.EMAIL,
        sent_at=check_after_interview(sent_at, starts_at, now, "sent_at"),
        recipients=[_person(p, "recipients") for p in _list(f.get("recipients"), "recipients")],
        subject=text(f.get("subject"), "subject"),
        body=text(f.get("body"), "body"),
        message_id=text(f.get("message_id"), "message_id"),
    )


def _note(raw: Any, starts_at: datetime, now: datetime) -> ThankYouNote:
    n = _object(raw, "thank_you_notes")
    try:
        state = NoteState(text(n.get("state"), "state", required=True))
    except ValueError:
        raise BadInput(
            f'thank_you_notes state "{n.get("state")}" is neither "sent" nor "skipped"',
            code="unknown-note-state",
            field="state",
        ) from None
    sent = text(n.get("sent_at"), "sent_at")
    sent_at = parse_instant(sent, "sent_at", zone=None) if sent else None
    return ThankYouNote(
        id=optional_id(n.get("id")),
        recipient=_person(n, "thank_you_notes"),
        state=state,
        sent_at=check_after_interview(sent_at, starts_at, now, "sent_at") if sent_at else None,
        subject=text(n.get("subject"), "subject"),
        body=text(n.get("body"), "body"),
        message_id=text(n.get("message_id"), "message_id"),
    )


def _reply(raw: Any, starts_at: datetime, now: datetime) -> Reply:
    r = _object(raw, "replies")
    received = parse_instant(
        text(r.get("received_at"), "received_at", required=True), "received_at", zone=None
    )
    outcome = text(r.get("outcome") or "other", "outcome")
    try:
        value = Outcome(outcome)
    except ValueError:
        raise BadInput(
            f'outcome "{outcome}" is not one of offer, rejection, next-round, other',
            code="unknown-outcome",
            field="outcome",
        ) from None
    return Reply(
        id=optional_id(r.get("id")),
        received_at=check_after_interview(received, starts_at, now, "received_at"),
        outcome=value,
        note=text(r.get("note"), "note"),
    )


def _rules(iv: Interview) -> None:
    """The rules `tactful sent` applies, for a round read from a file."""
    kinds = [f.kind for f in iv.follow_ups]
    if len(kinds) != len(set(kinds)):
        raise BadInput(
            "two follow-ups of the same kind break the rules (one email of each kind, two in all)",
            code="already-recorded",
            field="follow_ups",
        )
    if len(iv.replies) > 1:
        raise BadInput(
            f"{len(iv.replies)} replies to one round break the rules: a round has one reply; "
            "keep the one that answered (a later invitation is the next round's)",
            code="already-answered",
            field="replies",
        )
    if iv.replies:
        first = min(r.received_at for r in iv.replies)
        for f in iv.follow_ups:
            if f.sent_at > first:
                raise BadInput(
                    f"a {f.kind} sent on {f.sent_at.isoformat(sep=' ', timespec='minutes')}, after "
                    f"the employer's reply of {first.isoformat(sep=' ', timespec='minutes')}, "
                    "breaks the rules: nothing is sent after a reply",
                    code="after-reply",
                    field="sent_at",
                )


def _profile_item(raw: Any) -> tuple[int | None, str, str]:
    p = _object(raw, "profile")
    kind = text(p.get("kind"), "kind")
    if kind not in ("skill", "accomplishment"):
        raise BadInput(
            f'kind "{kind}" is not "skill" or "accomplishment"', code="unknown-kind", field="kind"
        )
    return optional_id(p.get("id")), kind, text(p.get("text"), "text", required=True)


__all__ = [
    "FORMAT",
    "MAX_ID",
    "VERSION",
    "ExportCheck",
    "export_data",
    "import_data",
    "import_stream",
    "read_export",
]
