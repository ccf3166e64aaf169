"""The ad studio's form ↔ the ad spec, and the analysis as a page shows it. No I/O."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from tactful.errors import BadInput
from tactful.web.forms import FieldErrors
from tactful.web.highlight import excerpt, pieces

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


def spec_data(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The form's fields as the nested dict `tactful.ads.parse_spec` reads (as from TOML)."""
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in SPEC_FIELDS:
        value = str(raw.get(name, "") or "").replace("\r\n", "\n").strip()
        if not value:
            continue
        item: Any = value
        if name in LIST_FIELDS:
            item = [line.strip(" -•*\t") for line in value.splitlines() if line.strip(" -•*\t")]
        elif name in NUMBER_FIELDS:
            try:
                number = float(value.replace(",", "").replace(" ", ""))
                item = int(number) if number.is_integer() else number
            except ValueError:
                errors[name] = "write a number"
                continue
        elif name == "closing_date":
            try:
                item = date.fromisoformat(value)
            except ValueError:
                errors[name] = "not a date: write YYYY-MM-DD"
                continue
        section, _, key = name.partition(".")
        if key:
            data.setdefault(section, {})[key] = item
        else:
            data[section] = item
    if errors:
        raise FieldErrors(errors)
    return data


_FIELD_IN_MESSAGE = re.compile(r"[a-z_]+(?:\.[a-z_]+)?")


def spec_error_field(message: str) -> str:
    """The form field a spec error names ("ad spec: pay.max (40000) is below…" → "pay.max")."""
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
    return generate_from_spec(spec_data(raw), today)


def generate_from_spec(data: dict[str, Any], today: date) -> dict[str, Any]:
    """The ad and its JSON-LD from a spec (as `tactful ad new` reads it from TOML)."""
    from tactful.ads import checked_job_posting, parse_spec, render_ad

    try:
        spec = parse_spec(data, today=today)
    except BadInput as exc:
        raise FieldErrors({spec_error_field(exc.message): exc.message}) from None
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
