"""The structured description of a job (SPEC.toml) from which `tactful ad new` writes an ad.

Every problem is one BadInput line naming the field, e.g.
"ad spec: pay.max (40000) is below pay.min (45000): fix it in SPEC.toml".
See docs/examples/ad-spec.toml for a complete example.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from tactful.ads.model import LANGUAGES
from tactful.errors import BadInput

EMPLOYMENT_TYPES = (
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
)
PAY_PERIODS = ("HOUR", "DAY", "WEEK", "MONTH", "YEAR")
WORKPLACES = ("on-site", "hybrid", "remote")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def is_currency(code: str) -> bool:
    """Whether `code` is an ISO 4217 currency code (Babel's CLDR list: "XYZ" is not one)."""
    return _CURRENCY_RE.match(code) is not None and code in _currencies()


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)

_TOP_LEVEL = {
    "language",
    "title",
    "company",
    "summary",
    "employment_type",
    "date_posted",
    "closing_date",
    "identifier",
    "direct_apply",
    "responsibilities",
    "benefits",
    "location",
    "pay",
    "requirements",
    "process",
    "apply",
}
_SECTIONS = {
    "location": {
        "workplace",
        "city",
        "region",
        "postal_code",
        "street",
        "country",
        "remote_countries",
        "note",
    },
    "pay": {"currency", "min", "max", "period"},
    "requirements": {"must", "nice"},
    "process": {"steps", "timeline", "reply_within_days"},
    "apply": {"url", "email", "instructions"},
    "company": {"name", "url", "description", "logo"},
}


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    url: str | None
    description: str | None
    logo: str | None


@dataclass(frozen=True, slots=True)
class Location:
    workplace: str
    city: str | None
    region: str | None
    postal_code: str | None
    street: str | None
    country: str | None
    remote_countries: tuple[str, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class Pay:
    currency: str
    minimum: float
    maximum: float
    period: str


@dataclass(frozen=True, slots=True)
class AdSpec:
    language: str
    title: str
    company: Company
    summary: str
    employment_type: str
    date_posted: date
    closing_date: date
    identifier: str | None
    direct_apply: bool
    location: Location
    pay: Pay
    responsibilities: tuple[str, ...]
    must: tuple[str, ...]
    nice: tuple[str, ...]
    benefits: tuple[str, ...]
    steps: tuple[str, ...]
    timeline: str | None
    reply_within_days: int
    apply_url: str | None
    apply_email: str | None
    apply_instructions: str | None


def _fail(message: str) -> BadInput:
    return BadInput(f"ad spec: {message}: fix it in the spec file")


def _unknown(data: dict[str, Any], allowed: set[str], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            raise _fail(f"unknown field '{prefix}{key}' (known: {', '.join(sorted(allowed))})")


def _text(data: dict[str, Any], key: str, name: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _fail(f"missing required field '{name}'")
        return None
    if not isinstance(value, str):
        raise _fail(f"'{name}' must be text, not {type(value).__name__}")
    return " ".join(value.split())


def _texts(data: dict[str, Any], key: str, name: str, *, required: bool) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(f"'{name}' must be a list of texts")
    items = tuple(" ".join(v.split()) for v in value if v.strip())
    if required and not items:
        raise _fail(f"missing required field '{name}' (a list with at least one item)")
    return items


def _date(data: dict[str, Any], key: str, name: str, default: date | None = None) -> date:
    value = data.get(key)
    if value is None:
        if default is None:
            raise _fail(f"missing required field '{name}' (a date such as 2026-04-30)")
        return default
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail(f"'{name}' is not a date ({value!r}): write it as YYYY-MM-DD")


def _number(data: dict[str, Any], key: str, name: str) -> float:
    value = data.get(key)
    if value is None:
        raise _fail(f"missing required field '{name}'")
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise _fail(f"'{name}' must be a positive number, not {value!r}")
    return float(value)


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _fail(f"'{key}' must be a table ([{key}])")
    _unknown(value, _SECTIONS[key], f"{key}.")
    return value


def _company(data: dict[str, Any]) -> Company:
    value = data.get("company")
    if isinstance(value, str):
        if not value.strip():
            raise _fail("missing required field 'company'")
        return Company(" ".join(value.split()), None, None, None)
    if value is None:
        raise _fail("missing required field 'company'")
    table = _table(data, "company")
    url = _text(table, "url", "company.url", required=False)
    if url is not None and not _URL_RE.match(url):
        raise _fail(f"'company.url' is not an http(s) URL ({url!r})")
    return Company(
        str(_text(table, "name", "company.name")),
        url,
        _text(table, "description", "company.description", required=False),
        _text(table, "logo", "company.logo", required=False),
    )


def _location(data: dict[str, Any]) -> Location:
    if "location" not in data:
        raise _fail(
            "missing required field 'location' (with workplace = on-site, hybrid or remote)"
        )
    table = _table(data, "location")
    workplace = _text(table, "workplace", "location.workplace")
    if workplace not in WORKPLACES:
        raise _fail(
            f"'location.workplace' must be one of {', '.join(WORKPLACES)}, not {workplace!r}"
        )
    country = _text(table, "country", "location.country", required=workplace != "remote")
    if country is not None:
        country = country.upper()
        if not _COUNTRY_RE.match(country):
            raise _fail(
                f"'location.country' must be an ISO 3166 code such as FR or US, not {country!r}"
            )
    remote = tuple(
        c.upper()
        for c in _texts(
            table, "remote_countries", "location.remote_countries", required=workplace == "remote"
        )
    )
    for code in remote:
        if not _COUNTRY_RE.match(code):
            raise _fail(f"'location.remote_countries' holds {code!r}: use ISO 3166 codes")
    return Location(
        workplace=str(workplace),
        city=_text(table, "city", "location.city", required=workplace != "remote"),
        region=_text(table, "region", "location.region", required=False),
        postal_code=_text(table, "postal_code", "location.postal_code", required=False),
        street=_text(table, "street", "location.street", required=False),
        country=country,
        remote_countries=remote,
        note=_text(table, "note", "location.note", required=False),
    )


def _pay(data: dict[str, Any]) -> Pay:
    if "pay" not in data:
        raise _fail("missing required field 'pay' (currency, min, max, period)")
    table = _table(data, "pay")
    currency = str(_text(table, "currency", "pay.currency")).upper()
    if not is_currency(currency):
        raise _fail(f"'pay.currency' must be an ISO 4217 code such as EUR or USD, not {currency!r}")
    minimum = _number(table, "min", "pay.min")
    maximum = _number(table, "max", "pay.max")
    if maximum < minimum:
        raise _fail(f"pay.max ({maximum:g}) is below pay.min ({minimum:g})")
    period = str(_text(table, "period", "pay.period")).upper()
    if period not in PAY_PERIODS:
        raise _fail(f"'pay.period' must be one of {', '.join(PAY_PERIODS)}, not {period!r}")
    return Pay(currency, minimum, maximum, period)


def parse_spec(data: dict[str, Any], *, today: date) -> AdSpec:
    """Validate a spec given as a dict (as read from TOML); `today` is the default datePosted."""
    _unknown(data, _TOP_LEVEL, "")
    language = _text(data, "language", "language", required=False) or "en"
    if language not in LANGUAGES:
        raise _fail(f"'language' must be 'en' or 'fr', not {language!r}")
    employment = (
        (_text(data, "employment_type", "employment_type", required=False) or "FULL_TIME")
        .upper()
        .replace("-", "_")
    )
    if employment not in EMPLOYMENT_TYPES:
        raise _fail(
            f"'employment_type' must be one of {', '.join(EMPLOYMENT_TYPES)}, not {employment!r}"
        )
    posted = _date(data, "date_posted", "date_posted", default=today)
    closing = _date(data, "closing_date", "closing_date")
    if closing < posted:
        raise _fail(f"closing_date ({closing}) is before date_posted ({posted})")
    requirements = _table(data, "requirements")
    process = _table(data, "process")
    apply = _table(data, "apply")
    url = _text(apply, "url", "apply.url", required=False)
    email = _text(apply, "email", "apply.email", required=False)
    if url is None and email is None:
        raise _fail("missing required field 'apply.url' or 'apply.email'")
    if url is not None and not _URL_RE.match(url):
        raise _fail(f"'apply.url' is not an http(s) URL ({url!r})")
    if email is not None and not _EMAIL_RE.match(email):
        raise _fail(f"'apply.email' is not an email address ({email!r})")
    reply = process.get("reply_within_days", 10)
    if isinstance(reply, bool) or not isinstance(reply, int) or not 1 <= reply <= 90:
        raise _fail(
            f"'process.reply_within_days' must be a whole number of days from 1 to 90, "
            f"not {reply!r}"
        )
    direct = data.get("direct_apply", url is not None)
    if not isinstance(direct, bool):
        raise _fail(f"'direct_apply' must be true or false, not {direct!r}")
    identifier = data.get("identifier")
    if identifier is not None and not isinstance(identifier, str | int):
        raise _fail("'identifier' must be text")
    return AdSpec(
        language=language,
        title=str(_text(data, "title", "title")),
        company=_company(data),
        summary=str(_text(data, "summary", "summary")),
        employment_type=employment,
        date_posted=posted,
        closing_date=closing,
        identifier=None if identifier is None else str(identifier),
        direct_apply=direct,
        location=_location(data),
        pay=_pay(data),
        responsibilities=_texts(data, "responsibilities", "responsibilities", required=True),
        must=_texts(requirements, "must", "requirements.must", required=True),
        nice=_texts(requirements, "nice", "requirements.nice", required=False),
        benefits=_texts(data, "benefits", "benefits", required=False),
        steps=_texts(process, "steps", "process.steps", required=True),
        timeline=_text(process, "timeline", "process.timeline", required=False),
        reply_within_days=reply,
        apply_url=url,
        apply_email=email,
        apply_instructions=_text(apply, "instructions", "apply.instructions", required=False),
    )


def load_spec(text: str, *, today: date) -> AdSpec:
    """Read and validate a TOML spec."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"ad spec is not valid TOML ({exc}): fix the file") from None
    return parse_spec(data, today=today)
