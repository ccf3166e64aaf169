"""Property-based fuzzing of every parser tactful exposes to the world: invitations (.ics),
job posting pages and their JSON-LD, the export format, dates, times and timelines, person
strings, config values. Whatever the input, the only exception is one of tactful's own (a
one-line message), and the store answers `due` and `list` afterwards.

Budgets are bounded (the whole file runs in well under a minute): mutations of real files find
more than random bytes do."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tactful import Person, Tactful
from tactful.errors import TactfulError
from tactful.policy import BusinessCalendar, parse_timeline
from tactful.validation import check_date, parse_date, parse_instant

DATA = Path(__file__).resolve().parent.parent / "data"
INVITES = sorted((DATA / "invites").glob("*.ics"))
PAGES = sorted((DATA / "postings").glob("*.html"))
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=PARIS)
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def api(home: Path) -> Any:
    with Tactful.open(home, now=NOW) as opened:
        opened.add_application(company="Acme", role="Dev", country="FR")
        yield opened


def one_line(error: TactfulError) -> None:
    assert error.message
    assert "\n" not in error.message
    assert "Traceback" not in error.message


def still_usable(api: Tactful) -> None:
    api.due()
    api.plans()
    api.applications()
    api.export_data()


# Mutations of real files -------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        how = draw(st.sampled_from(["flip", "cut", "insert", "duplicate", "digits"]))
        if how == "flip" and data:
            data[where] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[where : where + draw(st.integers(1, 200))]
        elif how == "insert":
            data[where:where] = draw(st.binary(max_size=40))
        elif how == "duplicate":
            data[where:where] = data[where : where + draw(st.integers(1, 400))]
        else:
            data[where:where] = str(draw(st.integers(-(10**25), 10**25))).encode()
    return bytes(data)


ICS_VALUES = st.sampled_from(
    [
        "DTSTART:99991231T233000Z", "DTSTART:00010101T000000Z", "DTSTART:20261125",
        "DTSTART;TZID=Nowhere/Zone:20261125T100000",
        "DTSTART;TZID=Romance Standard Time:20261125T1",
        "SEQUENCE:99999999999999999999", "SEQUENCE:-3", "DURATION:P400D", "DURATION:-PT1H",
        "DTEND:19691231T235959Z", "RRULE:FREQ=SECONDLY;COUNT=100000", "RRULE:FREQ=DAILY",
        "RRULE:FREQ=WEEKLY;BYDAY=XX", "RRULE:FREQ=YEARLY;UNTIL=99991231T000000Z",
        "RECURRENCE-ID:99991231T000000Z", "EXDATE:garbage", "ORGANIZER:", "ATTENDEE;CN=:",
        "ORGANIZER;CN=Zoom Webinar:zoom.us", "STATUS:CANCELLED", "METHOD:REPLY", "UID:",
        "SUMMARY:" + "A" * 5000, "DESCRIPTION:Company: \\nRole: ",
    ]
)  # fmt: skip


@st.composite
def calendars(draw: st.DrawFn) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:fuzz@example.com",
             "DTSTART:20261125T130000Z"]  # fmt: skip
    lines += draw(st.lists(ICS_VALUES, max_size=6))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


@FUZZ
@given(data=mutated([p.read_bytes() for p in INVITES]) | calendars())
def test_invitations(api: Tactful, data: bytes) -> None:
    try:
        items = api.preview_invitations(data, source="fuzz.ics", application_id=1)
        api.import_invitations(items)
    except TactfulError as exc:
        one_line(exc)
    still_usable(api)


@FUZZ
@given(data=calendars())
def test_invitations_through_the_guess(api: Tactful, data: bytes) -> None:
    try:
        items = api.preview_invitations(data, source="fuzz.ics")
        api.import_invitations(items, rename=lambda g: g)
    except TactfulError as exc:
        one_line(exc)
    still_usable(api)


# Job postings --------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(["9999-12-31", "Thu Dec 31 00:00:00 UTC 2026", "ZZ", "JobPosting"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=25,
)
POSTING_KEYS = ["title", "name", "hiringOrganization", "validThrough", "datePosted",
                "jobLocation", "description", "url", "applicantLocationRequirements",
                "qualifications", "@type", "@graph"]  # fmt: skip


@st.composite
def postings(draw: st.DrawFn) -> str:
    posting: dict[str, Any] = {"@type": "JobPosting"}
    for key in draw(st.lists(st.sampled_from(POSTING_KEYS), max_size=8)):
        posting[key] = draw(JSON_VALUES)
    block = json.dumps(posting, default=str)
    if draw(st.booleans()):
        block = block[: draw(st.integers(0, len(block)))]
    return f'<html><script type="application/ld+json">{block}</script></html>'


@FUZZ
@given(
    page=postings()
    | mutated([p.read_bytes() for p in PAGES]).map(lambda b: b.decode("utf-8", "replace"))
)
def test_posting_pages(api: Tactful, page: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("page") / "posting.html"
    path.write_text(page, encoding="utf-8", errors="replace")
    try:
        found = api.postings(str(path))
        for number in range(1, len(found.items) + 1):
            draft = found.draft(number, today=NOW.date())
            try:
                api.import_posting(draft)
            except TactfulError as exc:
                one_line(exc)
    except TactfulError as exc:
        one_line(exc)
    still_usable(api)


# The export format ---------------------------------------------------------------------------


def _a_valid_export() -> dict[str, Any]:
    return {
        "format": "tactful-export",
        "version": 1,
        "applications": [
            {
                "id": 1, "company": "Acme", "role": "Dev", "country": "FR",
                "closing_date": "2026-11-15",
                "interviews": [
                    {
                        "id": 1, "round": 1, "starts_at": "2026-11-10T10:00:00+01:00",
                        "timezone": "Europe/Paris", "duration_minutes": 45,
                        "interviewers": [{"name": "Ada", "email": "ada@acme.example"}],
                        "many_candidates": False, "skipped": [], "cancelled": False,
                        "follow_ups": [{"id": 1, "kind": "thank-you", "channel": "email",
                                        "sent_at": "2026-11-10T12:00:00+01:00"}],
                        "replies": [{"id": 1, "received_at": "2026-11-12T10:00:00+01:00",
                                     "outcome": "rejection"}],
                    }
                ],
            }
        ],
        "profile": [{"id": 1, "kind": "skill", "text": "SQL"}],
    }  # fmt: skip


PATHS = [
    ("applications", 0, "id"), ("applications", 0, "company"), ("applications", 0, "country"),
    ("applications", 0, "closing_date"), ("applications", 0, "interviews", 0, "starts_at"),
    ("applications", 0, "interviews", 0, "id"), ("applications", 0, "interviews", 0, "round"),
    ("applications", 0, "interviews", 0, "cancelled"),
    ("applications", 0, "interviews", 0, "ical_sequence"),
    ("applications", 0, "interviews", 0, "interviewers"),
    ("applications", 0, "interviews", 0, "follow_ups", 0, "sent_at"),
    ("applications", 0, "interviews", 0, "follow_ups", 0, "kind"),
    ("applications", 0, "interviews", 0, "follow_ups", 0, "id"),
    ("applications", 0, "interviews", 0, "replies", 0, "received_at"),
    ("applications", 0, "interviews", 0, "replies"), ("profile", 0, "kind"), ("profile",),
    ("version",), ("applications",),
]  # fmt: skip
ODD: st.SearchStrategy[object] = st.sampled_from(
    [None, True, "false", 2**63, -1, 0, [1], {}, "", "9999-12-31", "2026-11-20T10:00:00",
     "2026-11-20T10:00:00+01:00", "1969-12-31T23:59:59+00:00", "ZZ", 1e308, "status-inquiry"]
) | JSON_VALUES  # fmt: skip


@st.composite
def exports(draw: st.DrawFn) -> Any:
    data: Any = _a_valid_export()
    for path in draw(st.lists(st.sampled_from(PATHS), min_size=1, max_size=4)):
        target = data
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = draw(ODD)
        except (KeyError, IndexError, TypeError):
            continue
    return data


@FUZZ
@given(data=exports())
def test_export_files(api: Tactful, data: Any) -> None:
    before = api.export_data()
    try:
        api.import_data(json.loads(json.dumps(data, default=str)))
    except TactfulError as exc:
        one_line(exc)
        assert api.export_data() == before  # all or nothing
    still_usable(api)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=exports())
def test_export_files_through_the_command(
    cli: Any, data: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("export") / "export.json"
    path.write_text(json.dumps(data, default=str), encoding="utf-8")
    r = cli("--now", NOW.isoformat(), "import", path)
    assert r.code in (0, 2), r.err
    assert "Traceback" not in r.err
    assert r.err.count("\n") <= 1
    assert cli("--now", NOW.isoformat(), "due").code == 0
    assert cli("--now", NOW.isoformat(), "list").code == 0


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    moments=st.lists(
        st.tuples(
            st.datetimes(datetime(1971, 1, 1), datetime(2099, 1, 1)),
            st.sampled_from(["Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC"]),
            st.booleans(),
            st.sampled_from([None, "offer", "rejection", "next-round", "other"]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_the_export_format_round_trips(
    tmp_path_factory: pytest.TempPathFactory, moments: list[tuple[datetime, str, bool, Any]]
) -> None:
    now = datetime(2100, 1, 1, tzinfo=ZoneInfo("UTC"))
    first, second = tmp_path_factory.mktemp("a"), tmp_path_factory.mktemp("b")
    with Tactful.open(first, now=now) as api:
        for number, (moment, zone, thanks, outcome) in enumerate(moments):
            app = api.add_application(company=f"Co {number}", role="Dev", country="")
            iv = api.add_interview(app, at=moment, timezone=zone)
            starts = api.interview(iv).starts_at
            if thanks:
                api.record_sent(iv, _kind(), at=starts + timedelta(hours=1))
            if outcome:
                api.record_reply(iv, at=starts + timedelta(days=2), outcome=outcome)
        exported = api.export_data()
    with Tactful.open(second, now=now) as api:
        api.import_data(json.loads(json.dumps(exported)))
        assert api.export_data() == exported


def _kind() -> Any:
    from tactful.models import StepKind

    return StepKind.THANK_YOU


# Dates, times, timelines, people, settings ---------------------------------------------------

TEXT = st.text(max_size=40) | st.sampled_from(
    ["9999-12-31", "0001-01-01", "2026-02-30", "2026-11-20T25:00", "2026-11-20T10:00:00+25:00",
     "99999999 days", "d'ici vendredi", "next friday", "1e400", "--at", "  ", "2026-11-20 10:00"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_dates_times_and_timelines(text: str) -> None:
    parsers: list[Callable[[], object]] = [
        lambda: parse_date(text, "closing_date"),
        lambda: parse_instant(text, "starts_at", zone=PARIS),
        lambda: parse_instant(text, "starts_at", zone=None),
        # What `Records` does with a timeline: the policy reads it, the gate checks the date.
        lambda: check_date(
            parse_timeline(text, date(2026, 11, 20), BusinessCalendar()), "decision_date"
        ),
    ]
    for parse in parsers:
        try:
            value = parse()
        except TactfulError as exc:
            one_line(exc)
            continue
        if isinstance(value, datetime):
            assert value.tzinfo is not None
            assert 1970 <= value.year <= 2100
        if isinstance(value, date):
            assert 1970 <= value.year <= 2100


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=60) | st.sampled_from(["<>", "a@b", "Ada <ada@x.y>", "<a@b.c", '"" <>'])
)
def test_person_strings(text: str) -> None:
    try:
        person = Person.parse(text)
    except TactfulError as exc:
        one_line(exc)
        return
    assert person.name or person.email
    Person.parse(str(person))  # what it prints reads back


@FUZZ
@given(
    name=st.sampled_from(
        [
            "country",
            "subdivision",
            "timezone",
            "lang",
            "me.email",
            "me.name",
            "ai.base_url",
            "ai.model",
            "ai.key",
            "nonsense",
        ]
    ),
    value=st.text(max_size=40)
    | st.sampled_from(["ZZ", "FR", "Mars/Olympus", "http://[::1", "http://u:p@h/v1", "fr", "xx"]),
)
def test_config_values(api: Tactful, name: str, value: str) -> None:
    try:
        api.set_setting(name, value)
    except TactfulError as exc:
        one_line(exc)
    from tactful.secrets import has_userinfo

    stored = json.loads(api.config.path.read_text()) if api.config.path.exists() else {}
    assert not has_userinfo(str(stored.get("ai.base_url", "")))
    still_usable(api)
