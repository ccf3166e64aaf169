"""Reading the fields of an application, each problem named by its field and its code.

The HTML forms and the REST API both read their input here, so both refuse the same things with
the same words, and both report every problem at once. The rules themselves stay in the core
(`Tactful.add_application`, …); what is checked here is the shape of each input, with the
field it belongs to, and a few friendly repairs ("Pepper Potts, pepper@stark.example",
"stark.example/jobs").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from tactful.errors import BadInput
from tactful.models import Person
from tactful.validation import MAX_LINE, MAX_TEXT
from tactful.web.problems import FieldErrors, Problem

__all__ = [
    "APPLICATION_FIELDS",
    "FieldErrors",
    "Problem",
    "application_form_values",
    "application_values",
    "flag",
    "form_strings",
]

LANGUAGES = ("", "en", "fr")
Errors = dict[str, Problem]


def text_of(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


def line(raw: Mapping[str, Any], name: str, errors: Errors, required: bool) -> str:
    value = text_of(raw.get(name))
    if "\n" in value:
        errors[name] = Problem("one-line")
    elif len(value) > MAX_LINE:
        errors[name] = Problem("too-long", {"max": MAX_LINE})
    elif required and not value:
        errors[name] = Problem("required")
    return value


def long_text(raw: Mapping[str, Any], name: str, errors: Errors) -> str:
    value = text_of(raw.get(name))
    if len(value) > MAX_TEXT:
        errors[name] = Problem("too-long", {"max": MAX_TEXT})
    return value


def day_value(raw: Mapping[str, Any], name: str, errors: Errors) -> date | None:
    value = raw.get(name)
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = text_of(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors[name] = Problem("not-a-date", {"value": text})
        return None


# "Pepper Potts, pepper@stark.example", "Pepper Potts pepper@stark.example",
# "pepper@stark.example (Pepper Potts)": a name and an address without the angle brackets.
_NAME_THEN_EMAIL = re.compile(
    r"^\s*(?P<name>[^<>@,;]+?)\s*[,;]?\s+(?P<email>[^\s<>@,;]+@[^\s<>,;]+)\s*$"
)
_EMAIL_THEN_NAME = re.compile(
    r"^\s*(?P<email>[^\s<>@,;()]+@[^\s<>,;()]+)\s*\((?P<name>[^()<>]+)\)\s*$"
)


def person_of(text: str) -> Person:
    """A person from what people type; BadInput when it holds no readable address or name."""
    text = " ".join(text.split())
    for pattern in (_NAME_THEN_EMAIL, _EMAIL_THEN_NAME):
        if (match := pattern.match(text)) is not None:
            return Person.parse(f"{match['name'].strip()} <{match['email']}>")
    return Person.parse(text)


def person_value(raw: Mapping[str, Any], name: str, errors: Errors) -> Person | None:
    value = raw.get(name)
    if isinstance(value, Mapping):
        value = str(Person(text_of(value.get("name")), text_of(value.get("email"))))
    text = text_of(value)
    if not text:
        return None
    try:
        return person_of(text)
    except BadInput:
        errors[name] = Problem("not-a-person", {"value": text})
        return None


_HOST = re.compile(r"^[^\s/?#@]+\.[^\s/?#@]+$|^localhost(?::\d+)?$|^\[[0-9a-f:]+\](?::\d+)?$", re.I)
_BARE_HOST = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$", re.I)


def url_value(raw: Mapping[str, Any], errors: Errors, name: str = "url") -> str:
    """An http(s) address; "stark.example/jobs" becomes "https://stark.example/jobs"."""
    value = text_of(raw.get(name))
    if value and not value.lower().startswith(("http://", "https://")):
        if _BARE_HOST.match(value):
            value = "https://" + value
        else:
            errors[name] = Problem("not-a-url", {"value": value})
            return value
    if len(value) > 2000:
        errors[name] = Problem("too-long", {"max": 2000})
    elif value and not _HOST.match(value.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0]):
        errors[name] = Problem("not-a-url", {"value": value})
    return value


def region_problems(country: str, subdivision: str, errors: Errors) -> str:
    """A country tactful knows the public holidays of, and one of its regions (its code as
    `holidays` spells it, whatever the case typed)."""
    from tactful.web.choices import countries, regions

    if not country:
        if subdivision:
            errors["country"] = Problem("region-needs-country")
        return subdivision
    if country not in dict(countries("en")):
        errors["country"] = Problem("unknown-country", {"value": country})
        return subdivision
    if not subdivision:
        return ""
    known = {code.casefold(): code for code, _ in regions(country)}
    if subdivision.casefold() not in known:
        errors["subdivision"] = Problem(
            "unknown-region", {"value": subdivision, "country": country}
        )
        return subdivision
    return known[subdivision.casefold()]


APPLICATION_FIELDS = (
    "company",
    "role",
    "closing_date",
    "posted_date",
    "country",
    "subdivision",
    "language",
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
    """Keyword arguments for `Tactful.add_application` / `edit_application` (with `language`).

    With `partial`, only the fields present in `raw` are read (a PATCH)."""
    errors: Errors = {}
    present = [f for f in APPLICATION_FIELDS if not partial or f in raw]
    out: dict[str, Any] = {}
    for name in present:
        if name in ("company", "role"):
            out[name] = line(raw, name, errors, required=True)
        elif name in ("closing_date", "posted_date"):
            out[name] = day_value(raw, name, errors)
        elif name == "country":
            out[name] = line(raw, name, errors, required=False).upper()
        elif name == "subdivision":
            out[name] = line(raw, name, errors, required=False)
        elif name == "language":
            out[name] = text_of(raw.get(name)).lower()
            if out[name] not in LANGUAGES:
                errors[name] = Problem("unknown-language", {"value": out[name]})
        elif name == "contact":
            out[name] = person_value(raw, name, errors)
        elif name == "url":
            out[name] = url_value(raw, errors)
        else:
            out[name] = long_text(raw, name, errors)
    if "country" in out and "country" not in errors and "subdivision" not in errors:
        out["subdivision"] = region_problems(out["country"], out.get("subdivision", ""), errors)
    if errors:
        raise FieldErrors(errors)
    return out


def flag(value: Any) -> bool:
    """A checkbox or a JSON boolean: "on", "true", "1", "yes" or True."""
    if isinstance(value, bool):
        return value
    return text_of(value).lower() in ("1", "true", "on", "yes")
