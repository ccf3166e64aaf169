"""Reading the fields of an application or an interview round, each error named by its field.

The HTML forms and the REST API both read their input here, so both refuse the same things with
the same words; the rules themselves stay in the core (`Tactful.add_application`, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from tactful.errors import BadInput
from tactful.models import Person

MAX_TEXT = 20_000
MAX_LINE = 300


class FieldErrors(BadInput):
    """Input refused field by field: {"company": "required", …}."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


def _line(raw: Mapping[str, Any], name: str, errors: dict[str, str], required: bool) -> str:
    value = _text(raw.get(name))
    if "\n" in value:
        errors[name] = "write it on one line"
    elif len(value) > MAX_LINE:
        errors[name] = f"keep it under {MAX_LINE} characters"
    elif required and not value:
        errors[name] = "required"
    return value


def _long(raw: Mapping[str, Any], name: str, errors: dict[str, str]) -> str:
    value = _text(raw.get(name))
    if len(value) > MAX_TEXT:
        errors[name] = f"keep it under {MAX_TEXT} characters"
    return value


def _date(raw: Mapping[str, Any], name: str, errors: dict[str, str]) -> date | None:
    value = raw.get(name)
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors[name] = "not a date: write YYYY-MM-DD"
        return None


def _person(raw: Mapping[str, Any], name: str, errors: dict[str, str]) -> Person | None:
    value = raw.get(name)
    if isinstance(value, Mapping):
        value = str(Person(_text(value.get("name")), _text(value.get("email"))))
    text = _text(value)
    if not text:
        return None
    try:
        return Person.parse(text)
    except BadInput as exc:
        errors[name] = exc.message
        return None


def _url(raw: Mapping[str, Any], errors: dict[str, str]) -> str:
    value = _text(raw.get("url"))
    if value and not value.lower().startswith(("http://", "https://")):
        errors["url"] = "write the whole address, starting with https://"
    elif len(value) > 2000:
        errors["url"] = "keep it under 2000 characters"
    return value


def _region(country: str, subdivision: str, errors: dict[str, str]) -> None:
    from tactful.holiday_calendar import validate_region

    if not country:
        return
    try:
        validate_region(country, subdivision)
    except BadInput as exc:
        errors[exc.field or "country"] = exc.message


APPLICATION_FIELDS = (
    "company",
    "role",
    "closing_date",
    "posted_date",
    "country",
    "subdivision",
    "contact",
    "url",
    "notes",
    "requirements",
)


def form_strings(values: Mapping[str, Any]) -> dict[str, str]:
    """Values as a form shows them: "" for None, ISO dates, "Name <email>" for a person."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if value is None:
            out[key] = ""
        elif isinstance(value, date):
            out[key] = value.isoformat()
        else:
            out[key] = str(value)
    return out


def application_form_values(app: Any) -> dict[str, str]:
    """An application's fields, to edit them in the form."""
    return form_strings({name: getattr(app, name) for name in APPLICATION_FIELDS})


def application_values(raw: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Keyword arguments for `Tactful.add_application` / `edit_application`.

    With `partial`, only the fields present in `raw` are read (a PATCH)."""
    errors: dict[str, str] = {}
    present = [f for f in APPLICATION_FIELDS if not partial or f in raw]
    out: dict[str, Any] = {}
    for name in present:
        if name in ("company", "role"):
            out[name] = _line(raw, name, errors, required=True)
        elif name in ("closing_date", "posted_date"):
            out[name] = _date(raw, name, errors)
        elif name in ("country", "subdivision"):
            out[name] = _line(raw, name, errors, required=False)
        elif name == "contact":
            out[name] = _person(raw, name, errors)
        elif name == "url":
            out[name] = _url(raw, errors)
        else:
            out[name] = _long(raw, name, errors)
    if "country" in out:
        out["country"] = out["country"].upper()
        if "country" not in errors and "subdivision" not in errors:
            _region(out["country"], out.get("subdivision", ""), errors)
    if errors:
        raise FieldErrors(errors)
    return out


def _people(raw: Mapping[str, Any], errors: dict[str, str]) -> list[Person] | None:
    value = raw.get("interviewers")
    if value is None:
        return None
    items: list[Any] = value if isinstance(value, list) else _text(value).splitlines()
    people: list[Person] = []
    for item in items:
        line = (
            str(Person(_text(item.get("name")), _text(item.get("email"))))
            if isinstance(item, Mapping)
            else _text(item)
        )
        if not line:
            continue
        try:
            people.append(Person.parse(line))
        except BadInput as exc:
            errors["interviewers"] = exc.message
    return people


def round_values(raw: Mapping[str, Any], *, zone: Any, partial: bool = False) -> dict[str, Any]:
    """Keyword arguments for `Tactful.add_interview` (or the changes of `edit_interview`).

    `at` is "YYYY-MM-DD HH:MM" (or the browser's "YYYY-MM-DDTHH:MM") in `timezone`, else `zone`.
    """
    from tactful.clock import parse_datetime, zone_named

    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    tz = _line(raw, "timezone", errors, required=False)
    if tz and "timezone" not in errors:
        try:
            zone = zone_named(tz)
            out["timezone"] = tz
        except BadInput as exc:
            errors["timezone"] = exc.message
    if not partial or "at" in raw:
        at = raw.get("at")
        if isinstance(at, datetime):
            out["at"] = at
        elif not _text(at):
            errors["at"] = "required: when the interview starts"
        else:
            try:
                out["at"] = parse_datetime(_text(at), zone=zone, what="the start")
            except BadInput:
                errors["at"] = "not a date and time: write YYYY-MM-DD HH:MM"
    if not partial or "duration_minutes" in raw:
        value = raw.get("duration_minutes")
        try:
            minutes = int(_text(value) or 60)
            if not 1 <= minutes <= 24 * 60:
                raise ValueError
            out["duration_minutes"] = minutes
        except ValueError:
            errors["duration_minutes"] = "a number of minutes between 1 and 1440"
    people = _people(raw, errors)
    if people is not None:
        out["interviewers"] = people
    if not partial or "decision_date" in raw:
        out["decision_date"] = _date(raw, "decision_date", errors)
    if not partial or "timeline" in raw:
        out["timeline"] = _line(raw, "timeline", errors, required=False)
    if out.get("decision_date") and out.get("timeline"):
        errors["timeline"] = "give either a decision date or what they said, not both"
    if not partial or "many_candidates" in raw:
        out["many_candidates"] = flag(raw.get("many_candidates"))
    for name in ("detail", "selling_point", "forgot"):
        if not partial or name in raw:
            out[name] = _long(raw, name, errors)
    if errors:
        raise FieldErrors(errors)
    return out


ROUND_WORDS = (
    ("timeline", "timeline"),
    ("decision", "decision_date"),
    ("duration", "duration_minutes"),
    ("time zone", "timezone"),
    ("--at", "at"),
)


_FORM_NAMES = {"starts_at": "at", "sent_at": "at", "received_at": "at"}


def as_field_error(exc: BadInput, words: tuple[tuple[str, str], ...] = ROUND_WORDS) -> BadInput:
    """A refusal of the core named by the field it is about, when its words tell which."""
    if isinstance(exc, FieldErrors):
        return exc
    if exc.field:  # the core names its field; the forms call the start "at"
        return FieldErrors({_FORM_NAMES.get(exc.field, exc.field): exc.message})
    for word, name in words:
        if word in exc.message:
            return FieldErrors({name: exc.message})
    return exc


def flag(value: Any) -> bool:
    """A checkbox or a JSON boolean: "on", "true", "1", "yes" or True."""
    if isinstance(value, bool):
        return value
    return _text(value).lower() in ("1", "true", "on", "yes")


def round_changes(values: dict[str, Any]) -> dict[str, Any]:
    """`round_values` turned into the changes `Tactful.edit_interview` takes."""
    changes = dict(values)
    if "timezone" in changes and "at" not in changes:
        changes.pop("timezone")
    if "decision_date" in changes or "timeline" in changes:
        timeline = changes.get("timeline", "")
        decision = changes.get("decision_date")
        if timeline:
            changes["decision_date"] = None  # the core works it out from what they said
        else:
            changes["timeline"] = ""
            changes["decision_date"] = decision
    return changes


def instant_value(raw: Mapping[str, Any], name: str, *, zone: Any) -> datetime | None:
    """An aware date-time field ("YYYY-MM-DD HH:MM", offset optional), or None when empty."""
    from tactful.clock import parse_datetime

    value = raw.get(name)
    if isinstance(value, datetime):
        return value
    if not _text(value):
        return None
    try:
        return parse_datetime(_text(value), zone=zone, what=name)
    except BadInput:
        raise FieldErrors({name: "not a date and time: write YYYY-MM-DD HH:MM"}) from None


def reply_values(raw: Mapping[str, Any], *, zone: Any) -> dict[str, Any]:
    from tactful.models import Outcome

    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    outcome = _text(raw.get("outcome")) or "other"
    try:
        out["outcome"] = Outcome(outcome)
    except ValueError:
        errors["outcome"] = "one of offer, rejection, next-round, other"
    try:
        at = instant_value(raw, "at", zone=zone)
    except FieldErrors as exc:
        errors.update(exc.errors)
    else:
        if at is not None:
            out["at"] = at
    out["note"] = _long(raw, "note", errors)
    if errors:
        raise FieldErrors(errors)
    return out
