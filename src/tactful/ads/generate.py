"""Write a job ad from an AdSpec, in English or French, as Markdown or HTML (pure).

The ad has the sections the analysis looks for (about the role, what you will do, what you
bring, what we offer, how to apply), states pay, place, closing date, hiring process with its
timeline, and promises an answer to every applicant, so it scores well on its own analysis.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from tactful.ads.spec import AdSpec, Pay

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
_PERIOD_EN = {
    "HOUR": "an hour",
    "DAY": "a day",
    "WEEK": "a week",
    "MONTH": "a month",
    "YEAR": "a year",
}
_PERIOD_FR = {
    "HOUR": "de l'heure",
    "DAY": "par jour",
    "WEEK": "par semaine",
    "MONTH": "par mois",
    "YEAR": "par an",
}
_EMPLOYMENT = {
    "en": {
        "FULL_TIME": "Full-time",
        "PART_TIME": "Part-time",
        "CONTRACTOR": "Contract",
        "TEMPORARY": "Temporary",
        "INTERN": "Internship",
        "VOLUNTEER": "Volunteer",
        "PER_DIEM": "Per diem",
        "OTHER": "Other",
    },
    "fr": {
        "FULL_TIME": "Temps plein",
        "PART_TIME": "Temps partiel",
        "CONTRACTOR": "Freelance",
        "TEMPORARY": "Contrat temporaire",
        "INTERN": "Stage",
        "VOLUNTEER": "Bénévolat",
        "PER_DIEM": "À la journée",
        "OTHER": "Autre",
    },
}
_COUNTRIES = {
    "FR": ("France", "France"),
    "US": ("United States", "États-Unis"),
    "DE": ("Germany", "Allemagne"),
    "BE": ("Belgium", "Belgique"),
    "ES": ("Spain", "Espagne"),
    "IT": ("Italy", "Italie"),
    "NL": ("Netherlands", "Pays-Bas"),
    "IE": ("Ireland", "Irlande"),
    "PT": ("Portugal", "Portugal"),
    "LU": ("Luxembourg", "Luxembourg"),
    "CH": ("Switzerland", "Suisse"),
    "GB": ("United Kingdom", "Royaume-Uni"),
    "CA": ("Canada", "Canada"),
    "AT": ("Austria", "Autriche"),
    "SE": ("Sweden", "Suède"),
    "PL": ("Poland", "Pologne"),
    "DK": ("Denmark", "Danemark"),
    "FI": ("Finland", "Finlande"),
}
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@dataclass(frozen=True, slots=True)
class Block:
    kind: str
    """"h1", "h2", "p", "ul" or "ol"."""
    text: str = ""
    items: tuple[str, ...] = ()


def country_name(code: str | None, lang: str) -> str:
    if code is None:
        return ""
    names = _COUNTRIES.get(code)
    return code if names is None else names[1 if lang == "fr" else 0]


def format_date(value: date, lang: str) -> str:
    months = _MONTHS_FR if lang == "fr" else _MONTHS_EN
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {months[value.month - 1]} {value.year}"


def _amount(value: float, lang: str) -> str:
    whole = value == int(value)
    if lang == "fr":
        text = f"{value:,.0f}" if whole else f"{value:,.2f}"
        return text.replace(",", " ").replace(".", ",")
    return f"{value:,.0f}" if whole else f"{value:,.2f}"


def format_pay(pay: Pay, lang: str) -> str:
    low, high = _amount(pay.minimum, lang), _amount(pay.maximum, lang)
    if lang == "fr":
        unit = _SYMBOLS.get(pay.currency, pay.currency)
        same = pay.minimum == pay.maximum
        span = f"{low} {unit}" if same else f"{low} {unit} à {high} {unit}"
        return f"{span} brut {_PERIOD_FR[pay.period]}"
    symbol = _SYMBOLS.get(pay.currency)
    if symbol is None:
        span = f"{low}–{high} {pay.currency}"
    else:
        span = f"{symbol}{low}" if pay.minimum == pay.maximum else f"{symbol}{low}–{symbol}{high}"
    return f"{span} {_PERIOD_EN[pay.period]}"


def format_location(spec: AdSpec, *, short: bool = False) -> str:
    loc, lang = spec.location, spec.language
    place = ", ".join(p for p in (loc.city, loc.region, country_name(loc.country, lang)) if p)
    if loc.workplace == "remote":
        countries = ", ".join(country_name(c, lang) for c in loc.remote_countries)
        where = (
            f"télétravail complet, depuis : {countries}"
            if lang == "fr"
            else f"remote, from {countries}"
        )
        text = (
            where
            if not place
            else f"{where} (company based in {place})"
            if lang == "en"
            else f"{where} (entreprise basée à {place})"
        )
    else:
        mode = {
            "en": {"on-site": "on-site", "hybrid": "hybrid"},
            "fr": {"on-site": "sur site", "hybrid": "hybride"},
        }[lang][loc.workplace]
        text = f"{place} ({mode})"
    if loc.note and not short:
        text = f"{text}: {loc.note}" if lang == "en" else f"{text} : {loc.note}"
    return text


def title_of(spec: AdSpec) -> str:
    """The title, with the (H/F) mention for a French title that names one gender only."""
    if spec.language != "fr":
        return spec.title
    from tactful.ads.document import AdDocument
    from tactful.ads.rules.inclusion import title_issue

    if title_issue(AdDocument.read(spec.title, "text"), "fr") is None:
        return spec.title
    return f"{spec.title} (H/F)"


def blocks(spec: AdSpec) -> list[Block]:
    fr = spec.language == "fr"
    pay = format_pay(spec.pay, spec.language)
    employment = _EMPLOYMENT[spec.language][spec.employment_type]
    closing = format_date(spec.closing_date, spec.language)
    where = format_location(spec)
    short = format_location(spec, short=True)
    out = [
        Block("h1", title_of(spec)),
        Block("p", f"{spec.company.name} · {short} · {employment} · {pay}"),
    ]
    out.append(Block("h2", "Le poste" if fr else "About the role"))
    out.append(Block("p", spec.summary))
    if spec.company.description:
        out.append(Block("p", spec.company.description))
    out.append(Block("h2", "Vos missions" if fr else "What you will do"))
    out.append(Block("ul", items=spec.responsibilities))
    out.append(Block("h2", "Votre profil" if fr else "What you bring"))
    out.append(Block("ul", items=spec.must))
    if spec.nice:
        out.append(Block("h2", "Un plus" if fr else "Nice to have"))
        out.append(Block("ul", items=spec.nice))
    out.append(Block("h2", "Ce que nous offrons" if fr else "What we offer"))
    pay_line = f"Rémunération : {pay}." if fr else f"Pay: {pay}."
    out.append(Block("ul", items=(pay_line, *spec.benefits)))
    out.append(Block("h2", "Lieu de travail" if fr else "Where you will work"))
    out.append(Block("p", f"Lieu : {where}." if fr else f"Location: {where}."))
    out.append(Block("h2", "Processus de recrutement" if fr else "Our hiring process"))
    out.append(Block("ol", items=spec.steps))
    if spec.timeline:
        out.append(Block("p", spec.timeline))
    days = spec.reply_within_days
    out.append(
        Block(
            "p",
            f"Nous répondons à chaque candidature sous {days} jours, quelle que soit l'issue."
            if fr
            else f"We reply to every applicant within {days} days, whatever the outcome.",
        )
    )
    out.append(Block("h2", "Comment postuler" if fr else "How to apply"))
    how: list[str] = []
    if spec.apply_instructions:
        how.append(spec.apply_instructions)
    channels = [c for c in (spec.apply_url, spec.apply_email) if c]
    if fr:
        how.append(f"Postulez via {' ou '.join(channels)}. Candidatures jusqu'au {closing}.")
    else:
        how.append(f"Apply at {' or '.join(channels)}. Apply by {closing}.")
    out.append(Block("p", " ".join(how)))
    return out


def to_markdown(items: list[Block]) -> str:
    lines: list[str] = []
    for block in items:
        if block.kind == "h1":
            lines += [f"# {block.text}", ""]
        elif block.kind == "h2":
            lines += [f"## {block.text}", ""]
        elif block.kind == "p":
            lines += [block.text, ""]
        elif block.kind == "ul":
            lines += [f"- {item}" for item in block.items] + [""]
        elif block.kind == "ol":
            lines += [f"{n}. {item}" for n, item in enumerate(block.items, 1)] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def to_html_fragment(items: list[Block]) -> str:
    parts: list[str] = []
    for block in items:
        if block.kind in ("h1", "h2", "p"):
            parts.append(f"<{block.kind}>{escape(block.text, quote=False)}</{block.kind}>")
        else:
            inner = "".join(f"<li>{escape(i, quote=False)}</li>" for i in block.items)
            parts.append(f"<{block.kind}>{inner}</{block.kind}>")
    return "\n".join(parts)


def json_ld_script(posting: dict[str, Any]) -> str:
    text = json.dumps(posting, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def to_html_page(spec: AdSpec, items: list[Block], posting: dict[str, Any] | None) -> str:
    head = [
        "<!doctype html>",
        f'<html lang="{spec.language}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title_of(spec), quote=False)} · {escape(spec.company.name)}</title>",
    ]
    if posting is not None:
        head.append(json_ld_script(posting))
    return (
        "\n".join(
            [
                *head,
                "</head>",
                "<body>",
                "<article>",
                to_html_fragment(items),
                "</article>",
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )


def render_ad(spec: AdSpec, fmt: str = "md", posting: dict[str, Any] | None = None) -> str:
    """The ad as Markdown ("md") or a full HTML page ("html", with the JSON-LD when given)."""
    items = blocks(spec)
    if fmt == "html":
        return to_html_page(spec, items, posting)
    return to_markdown(items)
