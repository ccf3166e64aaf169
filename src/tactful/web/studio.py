"""The ad studio's form ↔ the ad spec, and the analysis as a page shows it. No I/O."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from tactful.ads.spec import is_currency
from tactful.errors import BadInput
from tactful.web.highlight import excerpt, pieces
from tactful.web.problems import FieldErrors, Problem

LIST_FIELDS = (
    "responsibilities",
    "requirements.must",
    "requirements.nice",
    "benefits",
    "process.steps",
)
"""Textareas read one item per line."""
TEXT_FIELDS = (
    "language",
    "title",
    "company.name",
    "company.url",
    "company.description",
    "summary",
    "employment_type",
    "closing_date",
    "location.workplace",
    "location.city",
    "location.region",
    "location.postal_code",
    "location.country",
    "location.remote_countries",
    "location.note",
    "pay.currency",
    "pay.min",
    "pay.max",
    "pay.period",
    "process.timeline",
    "process.reply_within_days",
    "apply.url",
    "apply.email",
    "apply.instructions",
)
NUMBER_FIELDS = ("pay.min", "pay.max", "process.reply_within_days")
SPEC_FIELDS = TEXT_FIELDS + LIST_FIELDS
LABELS = {
    "language": "studio.spec.language",
    "employment_type": "studio.spec.employment_type",
    "title": "studio.spec.title",
    "company.name": "studio.spec.company",
    "company.url": "studio.spec.company_url",
    "company.description": "studio.spec.company_description",
    "summary": "studio.spec.summary",
    "responsibilities": "studio.spec.responsibilities",
    "requirements.must": "studio.spec.must",
    "requirements.nice": "studio.spec.nice",
    "benefits": "studio.spec.benefits",
    "location.workplace": "studio.spec.workplace",
    "location.city": "studio.spec.city",
    "location.region": "studio.spec.region",
    "location.country": "studio.spec.country",
    "location.remote_countries": "studio.spec.remote_countries",
    "location.note": "studio.spec.location_note",
    "pay.min": "studio.spec.pay_min",
    "pay.max": "studio.spec.pay_max",
    "pay.currency": "studio.spec.currency",
    "pay.period": "studio.spec.period",
    "process.steps": "studio.spec.steps",
    "process.timeline": "studio.spec.timeline",
    "process.reply_within_days": "studio.spec.reply_within_days",
    "closing_date": "field.closing_date",
    "apply.url": "studio.spec.apply_url",
    "apply.email": "studio.spec.apply_email",
    "apply.instructions": "studio.spec.apply_instructions",
}
"""Each field's label (a catalogue key), for the list of problems above the form."""
REQUIRED = (
    "title",
    "company.name",
    "summary",
    "responsibilities",
    "requirements.must",
    "closing_date",
    "pay.currency",
    "pay.min",
    "pay.max",
    "process.steps",
)
"""What an ad cannot go without (the form marks them); the place and how to apply depend on
other fields, see `_needs`."""
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[A-Z]{2}$")
SPEC_DEFAULTS = {
    "language": "en",
    "employment_type": "FULL_TIME",
    "location.workplace": "on-site",
    "pay.period": "YEAR",
}
FIXES_SHOWN = 10


def field_id(name: str) -> str:
    """The id of a dotted spec field's input, hint and error: "pay.min" → "pay-min"."""
    return name.replace(".", "-").replace("_", "-")


def _needs(values: dict[str, str], errors: dict[str, Problem], today: date) -> None:
    """Every problem of the form at once, each next to its field: what is missing, what cannot
    be read, what contradicts another field."""
    _missing(values, errors)
    _malformed(values, errors)
    closing = values.get("closing_date", "")
    if closing and "closing_date" not in errors:
        try:
            day = date.fromisoformat(closing)
        except ValueError:
            errors["closing_date"] = Problem("not-a-date", {"value": closing})
        else:
            if day < today:  # the date itself, so that it is worded like every other one
                errors["closing_date"] = Problem("closing-past", {"when": day})


def _missing(values: dict[str, str], errors: dict[str, Problem]) -> None:
    for name in REQUIRED:
        if not values.get(name):
            errors[name] = Problem("required")
    remote = values.get("location.workplace") == "remote"
    needed = ("location.remote_countries",) if remote else ("location.city", "location.country")
    for name in needed:
        if not values.get(name):
            errors[name] = Problem("required")
    if not values.get("apply.url") and not values.get("apply.email"):
        errors["apply.url"] = Problem("url-or-email")


def _malformed(values: dict[str, str], errors: dict[str, Problem]) -> None:
    country = values.get("location.country", "").upper()
    if country and not _CODE.match(country):
        errors["location.country"] = Problem("unknown-country", {"value": country})
    for code in values.get("location.remote_countries", "").replace(",", " ").split():
        if not _CODE.match(code.upper()):
            errors["location.remote_countries"] = Problem("unknown-country", {"value": code})
    currency = values.get("pay.currency", "").upper()
    if currency and not is_currency(currency):
        errors["pay.currency"] = Problem("not-a-currency", {"value": currency})
    for name in ("apply.url", "company.url"):
        if values.get(name) and not _URL.match(values[name]):
            errors[name] = Problem("not-a-url", {"value": values[name]})
    if values.get("apply.email") and not _EMAIL.match(values["apply.email"]):
        errors["apply.email"] = Problem("not-an-email", {"value": values["apply.email"]})


def _field_value(name: str, value: str) -> Any:
    """A form field's text as the spec holds it; ValueError for a number that is not one."""
    if name in LIST_FIELDS:
        return [line.strip(" -•*\t") for line in value.splitlines() if line.strip(" -•*\t")]
    if name == "location.remote_countries":
        return [code.upper() for code in value.replace(",", " ").split()]
    if name in ("location.country", "pay.currency"):
        return value.upper()
    if name in NUMBER_FIELDS:
        number = float(value.replace(",", "").replace(" ", ""))
        if number <= 0:
            raise ValueError(value)
        return int(number) if number.is_integer() else number
    if name == "closing_date":
        return date.fromisoformat(value)
    return value


def spec_data(raw: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The form's fields as the nested dict `tactful.ads.parse_spec` reads (as from TOML);
    FieldErrors with every problem at once."""
    data: dict[str, Any] = {}
    errors: dict[str, Problem] = {}
    values = {n: str(raw.get(n, "") or "").replace("\r\n", "\n").strip() for n in SPEC_FIELDS}
    _needs(values, errors, today)
    for name in SPEC_FIELDS:
        value = values[name]
        if not value or name in errors:
            continue
        try:
            item = _field_value(name, value)
        except ValueError:
            errors[name] = Problem("not-a-number", {"value": value})
            continue
        section, _, key = name.partition(".")
        if key:
            data.setdefault(section, {})[key] = item
        else:
            data[section] = item
    low, high = data.get("pay", {}).get("min"), data.get("pay", {}).get("max")
    if isinstance(low, int | float) and isinstance(high, int | float) and high < low:
        errors["pay.max"] = Problem("pay-below-min")
    reply = data.get("process", {}).get("reply_within_days")
    if reply is not None and (not isinstance(reply, int) or not 1 <= reply <= 90):
        errors["process.reply_within_days"] = Problem("days-range")
    if errors:
        raise FieldErrors(errors)
    return data


def spec_problems(data: Mapping[str, Any], today: date) -> dict[str, Problem]:
    """What a spec sent to the API breaks beyond its schema: rules across fields (a place for
    a job that is not remote, a way to apply, a pay range the right way round, dates in order)
    and addresses that must be addresses."""
    errors: dict[str, Problem] = {}
    location, pay, apply = data["location"], data["pay"], data["apply"]
    if location["workplace"] == "remote":
        if not location.get("remote_countries"):
            errors["location.remote_countries"] = Problem("required-here")
    else:
        for key in ("city", "country"):
            if not location.get(key):
                errors[f"location.{key}"] = Problem("required-here")
    if pay["max"] < pay["min"]:
        errors["pay.max"] = Problem("pay-below-min")
    posted = date.fromisoformat(data["date_posted"]) if data.get("date_posted") else today
    closing = date.fromisoformat(data["closing_date"])
    if closing < posted:
        # Before the posting date the spec gives (not "passed": today may be long after it).
        words = "closing-before-posted" if data.get("date_posted") else ""
        values = {"when": closing, "posted": posted}
        errors["closing_date"] = Problem("closing-past", values, words=words)
    if not apply.get("url") and not apply.get("email"):
        errors["apply.url"] = Problem("url-or-email")
    company = data["company"]
    urls = {"apply.url": apply.get("url")}
    if isinstance(company, Mapping):
        urls["company.url"] = company.get("url")
    for name, url in urls.items():
        if url and not _URL.match(url):
            errors[name] = Problem("not-a-url", {"value": url})
    if apply.get("email") and not _EMAIL.match(apply["email"]):
        errors["apply.email"] = Problem("not-an-email", {"value": apply["email"]})
    return errors


_FIELD_IN_MESSAGE = re.compile(r"[a-z_]+(?:\.[a-z_]+)?")


def spec_error_field(message: str) -> str:
    """The form field a spec error names ("ad spec: pay.max (40000) is below…" → "pay.max"),
    for a core error that carries no field yet."""
    words: list[str] = _FIELD_IN_MESSAGE.findall(message.removeprefix("ad spec:"))
    for word in words:
        if word in SPEC_FIELDS:
            return word
    for word in words:
        for name in SPEC_FIELDS:
            if name.startswith(word + ".") or name.endswith("." + word):
                return name
    return "title"


def generate(raw: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The ad (Markdown and HTML) and its JSON-LD from the form; FieldErrors on bad input."""
    return generate_from_spec(spec_data(raw, today), today)


def generate_from_spec(data: dict[str, Any], today: date) -> dict[str, Any]:
    """The ad and its JSON-LD from a spec (as `tactful ad new` reads it from TOML)."""
    from tactful.ads import checked_job_posting, parse_spec, render_ad

    try:
        spec = parse_spec(data, today=today)
    except BadInput as exc:
        # The form checks every field first; what reaches here is a spec sent to the API.
        name = exc.field or spec_error_field(exc.message)
        raise FieldErrors({name: Problem("spec-rule", text=exc.message)}) from None
    posting = checked_job_posting(spec)
    return {
        "markdown": render_ad(spec, "md"),
        "html": render_ad(spec, "html", posting),
        "jsonld": posting,
        "jsonld_text": json.dumps(posting, ensure_ascii=False, indent=2) + "\n",
    }


def analysis_view(report: Any, text: str) -> dict[str, Any]:
    """The report's JSON with the text cut at the findings' spans and the fixes ranked."""
    data = report.to_json()
    findings = data["findings"]
    ranked = [
        {**finding.to_json(round(gain, 2)), "index": report.findings.index(finding)}
        for finding, gain in report.ranked_fixes()
        if gain > 0
    ][:FIXES_SHOWN]
    return {
        **data,
        "text": text,
        "pieces": pieces(text, findings),
        "excerpts": [excerpt(text, f) for f in findings],
        "fixes": ranked,
    }


_INLINE = re.compile(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)")


def markdown_blocks(markdown: str) -> list[dict[str, Any]]:
    """The generated ad's Markdown as blocks a template draws (and escapes): headings,
    paragraphs, bullet and numbered lists. Only what `render_ad` writes."""
    blocks: list[dict[str, Any]] = []
    for chunk in re.split(r"\n\s*\n", markdown.strip()):
        lines = [line.rstrip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("#"):
            level = min(len(first) - len(first.lstrip("#")), 3)
            blocks.append({"kind": f"h{level + 1}", "text": _plain(first.lstrip("# "))})
            lines = lines[1:]
            if not lines:
                continue
        if all(re.match(r"[-*] ", line) for line in lines):
            blocks.append({"kind": "ul", "items": [_plain(line[2:]) for line in lines]})
        elif all(re.match(r"\d+\. ", line) for line in lines):
            items = [_plain(line.split(". ", 1)[1]) for line in lines]
            blocks.append({"kind": "ol", "items": items})
        else:
            blocks.append({"kind": "p", "text": _plain(" ".join(lines))})
    return blocks


def _plain(text: str) -> str:
    return _INLINE.sub(lambda m: m.group(1) or f"{m.group(2)} ({m.group(3)})", text)
