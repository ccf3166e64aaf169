"""A schema.org JobPosting → the fields of an application (pure: values in, values out).

title (else name, as schema.org's own example writes it) → role, hiringOrganization.name →
company, validThrough → closing date,
jobLocation.address.addressCountry → holiday country (addressRegion → subdivision when the
holiday calendar knows it), datePosted → posted date, description (HTML) → requirements as text,
the page's address (or the posting's `url`) → url.

A closing date already past is kept, with a warning: the user may have applied in time, and the
status inquiry is planned from that date (a week to ten days after it).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tactful.errors import BadInput
from tactful.postings.countries import country_code

_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_JAVA_DATE = re.compile(
    r"^\s*(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+(?P<month>[a-z]{3})\w*\s+(?P<day>\d{1,2})\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{1,5}\s+)?(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
"""Java's Date.toString(), as SAP SuccessFactors writes dates: "Thu Dec 31 00:00:00 UTC 2026"."""
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EXTRA_SECTIONS = (
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
    ("experienceRequirements", "Experience"),
    ("educationRequirements", "Education"),
    ("responsibilities", "Responsibilities"),
)


class Notice(str):
    """A warning about a posting read: its text is the command line's; `code` and `values` let
    another interface word it its own way (the web, in the reader's language)."""

    code: str
    values: dict[str, Any]

    def __new__(cls, text: str, code: str, **values: Any) -> Notice:
        notice = super().__new__(cls, text)
        notice.code = code
        notice.values = values
        return notice


@dataclass(frozen=True, slots=True)
class PostingDraft:
    """What an application would be created with, and what the user should know about it."""

    company: str
    role: str
    url: str = ""
    closing_date: date | None = None
    posted_date: date | None = None
    country: str = ""
    """ISO alpha-2 as the posting gives it; "" → the configured default country."""
    subdivision: str = ""
    requirements: str = ""
    location: str = ""
    warnings: list[str] = field(default_factory=list)


def posting_label(posting: dict[str, Any]) -> str:
    """ "Data Engineer — Acme (Paris)": how a posting is listed when a page has several."""
    role = _role(posting) or "(no title)"
    company = _organization(posting.get("hiringOrganization")) or "(no company)"
    where = _place(posting)
    return f"{role} — {company}" + (f" ({where})" if where else "")


def read_posting(
    posting: dict[str, Any], *, page_url: str, today: date, fetched: bool, canonical: str = ""
) -> PostingDraft:
    """The application fields of one posting; BadInput when it lacks a title or a company."""
    from tactful.markup import html_to_text

    role = _role(posting)
    company = _organization(posting.get("hiringOrganization"))
    missing = [
        name for name, value in (("title", role), ("hiringOrganization", company)) if not value
    ]
    if missing:
        raise BadInput(
            f"the job posting has no {' and no '.join(missing)}: add the application by hand "
            "with its company and role instead",
            code="incomplete-posting",
            field="role" if not role else "company",
            values={"missing": missing},
        )
    warnings: list[str] = []
    closing = _date(posting.get("validThrough"), "validThrough", warnings)
    posted = _date(posting.get("datePosted"), "datePosted", warnings)
    if closing is not None and closing < today:
        warnings.append(
            Notice(
                f"the posting closed on {closing.isoformat()}, before today: kept as the closing "
                "date, since the status inquiry is planned from it; if you did not apply before "
                "it closed, this application may go nowhere",
                "posting-closed",
                closing=closing,
            )
        )
    country, subdivision, location = _location(posting, warnings)
    description = posting.get("description")
    if isinstance(description, str) and "<" not in description and "&lt;" in description:
        description = html.unescape(description)  # HTML escaped twice, as some sites do
    parts = [html_to_text(description) if isinstance(description, str) else ""]
    for key, label in _EXTRA_SECTIONS:
        value = posting.get(key)
        values = value if isinstance(value, list) else [value]
        text = ", ".join(
            t
            for v in values
            if (t := _text(v.get("description") or v.get("name") if isinstance(v, dict) else v))
        )
        if text:
            parts.append(f"{label}: {html_to_text(text)}")
    # A fetched page: the address the user gave. A saved file: the posting's own `url`, else the
    # page's canonical link (a local file path means nothing later).
    url = page_url if fetched else ""
    for candidate in (_text(posting.get("url")), canonical):
        if not url and candidate.startswith(("http://", "https://")):
            url = candidate
    return PostingDraft(
        company=company,
        role=role,
        url=url,
        closing_date=closing,
        posted_date=posted,
        country=country,
        subdivision=subdivision,
        requirements="\n\n".join(p.strip() for p in parts if p.strip()),
        location=location,
        warnings=warnings,
    )


def _role(posting: dict[str, Any]) -> str:
    """The job title: `title`, else `name` (schema.org's own JobPosting example uses it)."""
    return _text(posting.get("title")) or _text(posting.get("name"))


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if not isinstance(value, str):
        return "" if value is None else str(value)
    return re.sub(r"\s+", " ", html.unescape(value)).strip()


def _organization(value: Any) -> str:
    if isinstance(value, list):
        return next((name for item in value if (name := _organization(item))), "")
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("legalName"))
    return _text(value)


def _date(value: Any, name: str, warnings: list[str]) -> date | None:
    """An ISO date (a date-time's day), or SAP SuccessFactors' "Thu Dec 31 00:00:00 UTC 2026";
    anything else, or a date outside 1970-2100, is ignored with a warning."""
    from tactful.validation import EARLIEST, LATEST

    text = _text(value)
    if not text:
        return None
    shown = text if len(text) <= 40 else text[:37] + "..."
    try:
        found = _read_date(text)
    except ValueError:
        warnings.append(
            Notice(
                f'{name} "{shown}" is not a date (YYYY-MM-DD): ignored',
                "posting-not-a-date",
                name=name,
                value=shown,
            )
        )
        return None
    if not EARLIEST <= found <= LATEST:
        warnings.append(
            Notice(
                f'{name} "{shown}" is out of range (1970-2100): ignored',
                "posting-date-out-of-range",
                name=name,
                value=shown,
            )
        )
        return None
    return found


def _read_date(text: str) -> date:
    if match := _DATE.match(text):
        return date.fromisoformat(match[1])
    if (java := _JAVA_DATE.match(text)) and java["month"].lower() in _MONTHS:
        month = _MONTHS.index(java["month"].lower()) + 1
        return date(int(java["year"]), month, int(java["day"]))
    raise ValueError(text)


def _addresses(posting: dict[str, Any]) -> list[Any]:
    locations = posting.get("jobLocation")
    found: list[Any] = []
    for place in locations if isinstance(locations, list) else [locations]:
        if isinstance(place, dict):
            address = place.get("address", place)
            found.extend(address if isinstance(address, list) else [address])
    requirements = posting.get("applicantLocationRequirements")
    for area in requirements if isinstance(requirements, list) else [requirements]:
        if isinstance(area, dict | str):
            found.append({"addressCountry": area})
    return found


def _place(posting: dict[str, Any]) -> str:
    for address in _addresses(posting):
        if isinstance(address, dict):
            bits = [_text(address.get(k)) for k in ("addressLocality", "addressCountry")]
            if text := ", ".join(b for b in bits if b):
                return text
        elif isinstance(address, str) and address.strip():
            return address.strip()
    return ""


def _location(posting: dict[str, Any], warnings: list[str]) -> tuple[str, str, str]:
    from tactful.postings.countries import known_country

    codes: list[tuple[str, str]] = []
    unknown = ""
    for address in _addresses(posting):
        if not isinstance(address, dict) or "addressCountry" not in address:
            continue
        raw = address["addressCountry"]
        code = country_code(raw)
        if code is None or not known_country(code):
            unknown = unknown or _text(raw)
            continue
        region = _text(address.get("addressRegion"))
        if (code, region) not in codes:
            codes.append((code, region))
    if unknown and not codes:
        warnings.append(
            Notice(
                f"no public holidays known for the posting's country {unknown!r}: using your "
                "default country ('tactful config set country XX')",
                "posting-unknown-country",
                value=unknown,
            )
        )
    if not codes:
        return "", "", _place(posting)
    if len({c for c, _ in codes}) > 1:
        countries = ", ".join(c for c, _ in codes)
        warnings.append(
            Notice(
                f"the posting lists several countries ({countries}): using "
                f"{codes[0][0]}; change it with 'tactful application edit ID --country XX'",
                "posting-several-countries",
                countries=countries,
                chosen=codes[0][0],
            )
        )
    country, region = codes[0]
    return country, _subdivision(country, region), _place(posting)


def _subdivision(country: str, region: str) -> str:
    """The region as a holiday subdivision code when the calendar knows it ("CA", "BY")."""
    from tactful.holiday_calendar import validate_region

    code = region.strip().upper()
    if not code or not re.fullmatch(r"[A-Z0-9-]{1,6}", code):
        return ""
    try:
        validate_region(country, code)
    except BadInput:
        return ""
    return code
