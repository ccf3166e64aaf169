"""The one gate for every date and instant that enters the store, and the plain values of an
import file. Pure: "now" is a value.

Every path in (the CLI, the REST API and the web forms through `Tactful`, `tactful import`,
invitation and posting imports, interview edits) calls these functions, and the store's codec
calls them again before it writes, so nothing out of range or without a UTC offset is ever
stored: a date from 1970 to 2100, an instant with its offset, a follow-up or a reply not before
its interview and not in the future (a minute of slack for clocks that disagree).

A time without an offset is read in the configured zone only where a person types it (`--at
"2026-11-25 14:00"`, the web's forms); in an import file it is refused, since an export always
writes the offset and a guess could move the interview by hours.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from tactful.errors import BadInput

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

EARLIEST = date(1970, 1, 1)
LATEST = date(2100, 12, 31)
FUTURE_SLACK = timedelta(minutes=1)
"""A follow-up or a reply may be dated this far after "now" (two machines' clocks)."""
MAX_ID = 2**31 - 1
"""The largest id: a 32-bit INTEGER, so that a store moves to PostgreSQL as it is."""
MAX_SEQUENCE = 2**31 - 1
MAX_LINE = 300
"""The longest one-line text (a company, a role, a name, what the employer said)."""
MAX_TEXT = 20_000
"""The longest text (notes, requirements, what happened at the interview)."""

LABELS = {
    "starts_at": "the interview's start",
    "decision_date": "the decision date",
    "closing_date": "the closing date",
    "posted_date": "the posting date",
    "sent_at": "the time the email was sent",
    "received_at": "the time the reply came",
    "created_at": "the creation time",
    "now": "now",
}


def label(field: str) -> str:
    return LABELS.get(field, field)


def _range_error(shown: str, field: str) -> BadInput:
    return BadInput(
        f"{label(field)} {shown} is out of range: give a date between "
        f"{EARLIEST.isoformat()} and {LATEST.isoformat()}",
        code="date-out-of-range",
        field=field,
        values={"value": shown, "earliest": EARLIEST, "latest": LATEST},
    )


def check_date(value: date | None, field: str) -> date | None:
    """`value` when it lies from 1970 to 2100 (None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not EARLIEST <= value <= LATEST:
        raise _range_error(value.isoformat(), field)
    return value


def check_instant(value: datetime, field: str) -> datetime:
    """`value` when it is aware and its day (in UTC and locally) lies from 1970 to 2100."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise naive_error(value.isoformat(), field)
    if not EARLIEST <= value.date() <= LATEST:
        raise _range_error(value.isoformat(sep=" ", timespec="minutes"), field)
    try:
        value.timestamp()  # the UTC instant must exist too (9999-12-31T23:00-05:00 does not)
    except (OverflowError, ValueError, OSError):
        raise _range_error(value.isoformat(sep=" ", timespec="minutes"), field) from None
    return value


def naive_error(shown: str, field: str) -> BadInput:
    return BadInput(
        f"{label(field)} {shown} has no UTC offset: write it with one, such as "
        "2026-11-25T14:00:00+01:00 (as tactful's exports do)",
        code="naive-time",
        field=field,
    )


def parse_date(text: str | None, field: str) -> date | None:
    """An ISO date ("2026-11-20"), None for an empty value, else BadInput naming the field."""
    if text is None or not str(text).strip():
        return None
    try:
        value = date.fromisoformat(str(text).strip())
    except ValueError:
        raise BadInput(
            f"{label(field)} {_show(text)} is not a date: write YYYY-MM-DD",
            code="not-a-date",
            field=field,
        ) from None
    return check_date(value, field)


def parse_instant(text: str, field: str, *, zone: tzinfo | None) -> datetime:
    """An ISO 8601 date-time. Without an offset it is read in `zone`, or refused when `zone`
    is None (an import file)."""
    written = str(text).strip()
    if zone is not None and written[10:11] in (" ", "T") and written[12:13] == ":":
        written = f"{written[:11]}0{written[11:]}"  # a person's "2026-11-30 9:00"
    try:
        value = datetime.fromisoformat(written)
    except ValueError:
        raise BadInput(
            f"{label(field)} {_show(text)} is not a date and time: write YYYY-MM-DD HH:MM "
            "(ISO 8601, offset optional)"
            if zone is not None
            else f"{label(field)} {_show(text)} is not a date and time: write it as "
            "2026-11-25T14:00:00+01:00",
            code="not-a-time",
            field=field,
        ) from None
    if value.tzinfo is None:
        if zone is None:
            raise naive_error(value.isoformat(), field)
        value = _localize(value, zone, field)
    return check_instant(value, field)


def localize(value: datetime, zone: tzinfo, field: str) -> datetime:
    """A datetime as given when it is aware, else the same wall time in `zone`; checked."""
    if value.tzinfo is None:
        value = _localize(value, zone, field)
    return check_instant(value, field)


def _localize(value: datetime, zone: tzinfo, field: str) -> datetime:
    if not EARLIEST <= value.date() <= LATEST:
        raise _range_error(value.isoformat(sep=" ", timespec="minutes"), field)
    return value.replace(tzinfo=zone)


def check_after_interview(
    at: datetime, starts_at: datetime, now: datetime | None, field: str
) -> datetime:
    """A follow-up or a reply: not before its interview starts, not in the future."""
    check_instant(at, field)
    if at < starts_at:
        raise BadInput(
            f"{label(field)} {at.isoformat(sep=' ', timespec='minutes')} is before the "
            f"interview ({starts_at.isoformat(sep=' ', timespec='minutes')}): give when it "
            "really happened",
            code="before-interview",
            field=field,
        )
    if now is not None and at > now + FUTURE_SLACK:
        raise BadInput(
            f"{label(field)} {at.isoformat(sep=' ', timespec='minutes')} is in the future: "
            "record it once it has happened",
            code="in-the-future",
            field=field,
        )
    return at


# Plain values of an import file (JSON): strict, so that "false" is never True.


def whole_number(value: Any, field: str, *, low: int, high: int) -> int:
    """An int from `low` to `high` (a bool is not a number; "12" is refused too)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput(
            f"{field} {_show(value)} is not a whole number: write a number from {low} to {high}",
            code="not-a-number",
            field=field,
        )
    if not low <= value <= high:
        raise BadInput(
            f"{field} {_show(value)} is out of range: write a number from {low} to {high}",
            code="number-out-of-range",
            field=field,
        )
    return value


def could_be_id(value: int) -> bool:
    """Whether `value` can name a row: ids run from 1 to MAX_ID (a larger number, typed as an
    id, would overflow the database's integer rather than find nothing)."""
    return 1 <= value <= MAX_ID


def optional_id(value: Any, field: str = "id") -> int | None:
    return None if value is None else whole_number(value, field, low=1, high=MAX_ID)


def flag(value: Any, field: str) -> bool:
    """A JSON boolean: true or false (a missing value is false); "false" is refused."""
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadInput(
            f"{field} {_show(value)} is not true or false: write a JSON boolean",
            code="not-a-boolean",
            field=field,
        )
    return value


_CONTROL = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
"""Control characters other than tab and line breaks: PostgreSQL cannot store NUL at all, and
the others come from copying out of a PDF or a terminal, then break a calendar line or an
email header further on."""


def check_characters(value: str, field: str) -> str:
    """`value`, refused (code `control-character`) when it holds a control character."""
    if value.isprintable() or not any(c in _CONTROL for c in value):
        return value
    position, char = next((i, c) for i, c in enumerate(value) if c in _CONTROL)
    shown = f"U+{ord(char):04X}"
    raise BadInput(
        f"{label(field)} holds a control character ({shown}, character {position + 1}): "
        "remove it (it often comes from copying out of a PDF or a terminal)",
        code="control-character",
        field=field,
        values={"char": shown, "position": position + 1},
    )


def check_length(value: str, field: str, limit: int) -> str:
    """`value`, refused (code `too-long`) when longer than `limit` characters."""
    if len(value) > limit:
        raise BadInput(
            f"{label(field)} is {len(value):,} characters long: keep it under {limit:,}",
            code="too-long",
            field=field,
            values={"max": limit},
        )
    return value


def check_language(value: str, field: str = "language") -> str:
    """An application's language for its drafts: "" (the user's `config lang`), "en" or "fr"."""
    language = value.strip().lower()
    if language not in ("", "en", "fr"):
        raise BadInput(
            f'language "{language}" is not one tactful writes: use "en" or "fr"',
            code="unknown-language",
            field=field,
        )
    return language


def text(value: Any, field: str, *, required: bool = False) -> str:
    """A JSON string (a missing value is ""); numbers and lists are refused."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadInput(
            f"{field} {_show(value)} is not text: write a JSON string",
            code="not-text",
            field=field,
        )
    if required and not value.strip():
        raise BadInput(f"{field} is empty: it is required", code="required", field=field)
    return check_characters(value, field)


def _show(value: Any) -> str:
    """A value as the user wrote it in JSON (never a Python repr), cut to 60 characters."""
    import json

    try:
        shown = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:
        shown = str(value)
    shown = " ".join(shown.split())
    return shown if len(shown) <= 60 else shown[:57] + "..."
