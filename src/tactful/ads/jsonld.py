"""schema.org JobPosting markup: build it from an AdSpec, and validate markup found on a page.

The properties follow Google Search Central's job-posting structured data documentation:
required — title, description, datePosted, hiringOrganization, and jobLocation (or, for a fully
remote job, jobLocationType "TELECOMMUTE" with applicantLocationRequirements); recommended —
validThrough, employmentType, baseSalary (MonetaryAmount with a QuantitativeValue and unitText),
directApply, identifier.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tactful.ads.generate import blocks, title_of, to_html_fragment
from tactful.ads.spec import EMPLOYMENT_TYPES, PAY_PERIODS, AdSpec, is_currency
from tactful.errors import Refused

_Report = Callable[[str, str], None]
"""Says one problem: the property it is about, and the message."""


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def build_job_posting(spec: AdSpec) -> dict[str, Any]:
    """The JobPosting JSON-LD object for a spec (description: the ad as HTML)."""
    organization: dict[str, Any] = {"@type": "Organization", "name": spec.company.name}
    if spec.company.url:
        organization["sameAs"] = spec.company.url
    if spec.company.logo:
        organization["logo"] = spec.company.logo
    posting: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title_of(spec),
        "description": to_html_fragment(blocks(spec)[1:]),
        "datePosted": spec.date_posted.isoformat(),
        "validThrough": f"{spec.closing_date.isoformat()}T23:59:59",
        "employmentType": spec.employment_type,
        "hiringOrganization": organization,
        "inLanguage": spec.language,
    }
    loc = spec.location
    if loc.workplace == "remote":
        posting["jobLocationType"] = "TELECOMMUTE"
        posting["applicantLocationRequirements"] = [
            {"@type": "Country", "name": code} for code in loc.remote_countries
        ]
    if loc.city or loc.workplace != "remote":
        address: dict[str, Any] = {"@type": "PostalAddress"}
        for key, value in (
            ("streetAddress", loc.street),
            ("addressLocality", loc.city),
            ("addressRegion", loc.region),
            ("postalCode", loc.postal_code),
            ("addressCountry", loc.country),
        ):
            if value:
                address[key] = value
        posting["jobLocation"] = {"@type": "Place", "address": address}
    posting["baseSalary"] = {
        "@type": "MonetaryAmount",
        "currency": spec.pay.currency,
        "value": {
            "@type": "QuantitativeValue",
            "minValue": _number(spec.pay.minimum),
            "maxValue": _number(spec.pay.maximum),
            "unitText": spec.pay.period,
        },
    }
    posting["directApply"] = spec.direct_apply
    identifier = spec.identifier or f"{spec.date_posted:%Y%m%d}-{_slug(spec.title)}"
    posting["identifier"] = {
        "@type": "PropertyValue",
        "name": spec.company.name,
        "value": identifier,
    }
    return posting


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "job"


# --- validation ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MarkupProblem:
    level: str
    """"error" (Google would not show the posting, or a value is wrong) or "warning"."""
    property: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"level": self.level, "property": self.property, "message": self.message}


def _types(value: Any) -> list[str]:
    raw = value.get("@type") if isinstance(value, dict) else None
    items = raw if isinstance(raw, list) else [raw]
    return [re.split(r"[/#:]", t)[-1] for t in items if isinstance(t, str)]


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text), datetime.min.time())
        except ValueError:
            return None
    return parsed.replace(tzinfo=None)


def _text_value(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def validate_job_posting(
    posting: dict[str, Any], *, today: date | None = None
) -> list[MarkupProblem]:
    """Problems of one JobPosting object: errors first, then warnings."""
    found = _Findings(today)
    if "JobPosting" not in _types(posting):
        found.error("@type", "@type must be JobPosting")
    _required_text(posting, found.error)
    found.posted = _date_posted(posting, found.error)
    _organization(posting, found.error)
    _location(posting, found.error)
    for prop, why, check in _RECOMMENDED:
        if prop not in posting:
            found.warning(prop, f"missing recommended property {prop}{why}")
        else:
            check(posting[prop], found)
    return sorted(found.problems, key=lambda p: p.level != "error")


@dataclass(slots=True)
class _Findings:
    """The problems found so far, and what later checks need: the date posted, today."""

    today: date | None
    posted: datetime | None = None
    problems: list[MarkupProblem] = field(default_factory=list)

    def error(self, prop: str, message: str) -> None:
        self.problems.append(MarkupProblem("error", prop, message))

    def warning(self, prop: str, message: str) -> None:
        self.problems.append(MarkupProblem("warning", prop, message))


def _required_text(posting: dict[str, Any], error: _Report) -> None:
    for prop in ("title", "description"):
        if prop not in posting:
            error(prop, f"missing required property {prop}")
        elif not _text_value(posting[prop]):
            error(prop, f"{prop} must be non-empty text")


def _date_posted(posting: dict[str, Any], error: _Report) -> datetime | None:
    """datePosted, required; None when it is missing or not a date."""
    posted = _when(posting.get("datePosted"))
    if "datePosted" not in posting:
        error("datePosted", "missing required property datePosted (ISO 8601 date)")
    elif posted is None:
        error("datePosted", f"datePosted {posting['datePosted']!r} is not an ISO 8601 date")
    return posted


def _valid_through(value: Any, found: _Findings) -> None:
    until = _when(value)
    if until is None:
        found.error("validThrough", f"validThrough {value!r} is not an ISO 8601 date")
    elif found.posted is not None and until < found.posted:
        found.error("validThrough", "validThrough is before datePosted")
    elif found.today is not None and until.date() < found.today:
        found.warning("validThrough", f"the posting expired on {until.date()}")


def _employment_type(value: Any, found: _Findings) -> None:
    for kind in value if isinstance(value, list) else [value]:
        if kind not in EMPLOYMENT_TYPES:
            found.error(
                "employmentType",
                f"employmentType {kind!r} is not one of {', '.join(EMPLOYMENT_TYPES)}",
            )


def _base_salary(value: Any, found: _Findings) -> None:
    _salary(value, found.error)


def _direct_apply(value: Any, found: _Findings) -> None:
    if not isinstance(value, bool) and value not in ("true", "false", "True", "False"):
        found.error("directApply", "directApply must be true or false")


def _identifier(value: Any, found: _Findings) -> None:
    ident = _first(value)
    if isinstance(ident, dict):
        if ident.get("value") in (None, ""):
            found.error("identifier", "identifier (PropertyValue) needs a value")
    elif not isinstance(ident, str | int):
        found.error("identifier", "identifier must be a PropertyValue or text")


_RECOMMENDED: tuple[tuple[str, str, Callable[[Any, _Findings], None]], ...] = (
    ("validThrough", " (closing date)", _valid_through),
    ("employmentType", "", _employment_type),
    ("baseSalary", " (the pay range)", _base_salary),
    ("directApply", "", _direct_apply),
    ("identifier", "", _identifier),
)
"""Recommended properties in the order they are checked: name, what the warning adds when it
is missing, and the check of its value when present."""


def _organization(posting: dict[str, Any], error: Any) -> None:
    org = posting.get("hiringOrganization")
    if org is None:
        error("hiringOrganization", "missing required property hiringOrganization")
        return
    org = _first(org)
    if isinstance(org, str):
        if not org.strip():
            error("hiringOrganization", "hiringOrganization must name the organization")
        return
    if not isinstance(org, dict):
        error("hiringOrganization", "hiringOrganization must be an Organization")
    elif not _text_value(org.get("name")):
        error("hiringOrganization.name", "hiringOrganization needs a name")


def _location(posting: dict[str, Any], error: Any) -> None:
    remote_types = posting.get("jobLocationType")
    remote_list = remote_types if isinstance(remote_types, list) else [remote_types]
    remote = "TELECOMMUTE" in remote_list
    if remote_types is not None and not remote:
        error("jobLocationType", f'jobLocationType {remote_types!r} must be "TELECOMMUTE"')
    if remote and not posting.get("applicantLocationRequirements"):
        error(
            "applicantLocationRequirements",
            "a TELECOMMUTE job needs "
            "applicantLocationRequirements (the countries or regions it is open to)",
        )
    places = posting.get("jobLocation")
    if places is None:
        if not remote:
            error(
                "jobLocation",
                "missing required property jobLocation (or jobLocationType "
                "TELECOMMUTE with applicantLocationRequirements)",
            )
        return
    for place in places if isinstance(places, list) else [places]:
        if not isinstance(place, dict):
            error("jobLocation", "jobLocation must be a Place with an address")
            continue
        address = _first(place.get("address"))
        if isinstance(address, str) and address.strip():
            continue
        if not isinstance(address, dict):
            error("jobLocation.address", "jobLocation needs an address (PostalAddress)")
        elif not any(
            _text_value(address.get(k))
            for k in ("addressLocality", "addressRegion", "addressCountry", "streetAddress")
        ):
            error("jobLocation.address", "the address needs at least a locality, region or country")


def _salary(value: Any, error: _Report) -> None:
    salary = _first(value)
    if not isinstance(salary, dict) or "MonetaryAmount" not in _types(salary):
        error("baseSalary", "baseSalary must be a MonetaryAmount")
        return
    currency = salary.get("currency")
    if not isinstance(currency, str) or not is_currency(currency):
        error("baseSalary.currency", f"currency {currency!r} is not an ISO 4217 code (EUR, USD…)")
    amount = salary.get("value")
    if isinstance(amount, int | float) and not isinstance(amount, bool):
        return
    if not isinstance(amount, dict):
        error("baseSalary.value", "baseSalary.value must be a QuantitativeValue")
        return
    if not _salary_range(amount, error):
        return
    unit = amount.get("unitText")
    if unit is None:
        error("baseSalary.value.unitText", "unitText is missing (HOUR, DAY, WEEK, MONTH, YEAR)")
    elif unit not in PAY_PERIODS:
        error(
            "baseSalary.value.unitText",
            f"unitText {unit!r} must be one of {', '.join(PAY_PERIODS)}",
        )


def _salary_range(amount: dict[str, Any], error: _Report) -> bool:
    """The numbers of a QuantitativeValue: False (after the error) when one is not a number,
    so the rest of the salary is not checked."""
    numbers = {k: amount.get(k) for k in ("value", "minValue", "maxValue") if k in amount}
    for key, number in numbers.items():
        if isinstance(number, str):
            try:
                numbers[key] = float(number)
            except ValueError:
                error(f"baseSalary.value.{key}", f"{key} {number!r} is not a number")
                return False
        elif isinstance(number, bool) or not isinstance(number, int | float):
            error(f"baseSalary.value.{key}", f"{key} must be a number")
            return False
    if not numbers:
        error("baseSalary.value", "the QuantitativeValue needs value or minValue/maxValue")
    low, high = numbers.get("minValue"), numbers.get("maxValue")
    if low is not None and high is not None and float(low) > float(high):
        error("baseSalary.value", "minValue is above maxValue")
    return True


def checked_job_posting(spec: AdSpec) -> dict[str, Any]:
    """The JobPosting of a spec, validated: never hand out markup our own validator rejects."""
    posting = build_job_posting(spec)
    problems = [p for p in validate_job_posting(posting) if p.level == "error"]
    if problems:  # the builder and the validator disagree: a bug, refused rather than written
        raise Refused(f"the generated JSON-LD is invalid: {problems[0].message}")
    return posting
