"""Analyse a job ad: findings with exact spans, gender coding, and the score (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tactful.ads import scoring
from tactful.ads.document import AdDocument
from tactful.ads.gender import coded_english, coded_words, gender_coding
from tactful.ads.model import LANGUAGES, AdReport, Finding
from tactful.ads.places import french_postcode, jurisdictions_of, normalise_jurisdictions
from tactful.ads.rules.base import Context, Hit
from tactful.ads.rules.catalog import RULES
from tactful.ads.rules.clarity import clarity_hits
from tactful.ads.rules.inclusion import (
    able_to_hits,
    age_limit_hits,
    age_limit_spans,
    gender_hits,
    title_hit,
    title_issue,
)
from tactful.ads.rules.legal import legal_hits
from tactful.ads.rules.phrases import phrase_hits
from tactful.ads.rules.transparency import facts, located_places, transparency_hits
from tactful.errors import BadInput
from tactful.text.language import language_of_words
from tactful.text.lines import line_columns

MAX_AD_CHARS = 2_000_000
"""Longer texts are refused in one line; up to this size an analysis takes about a second
(the cost grows linearly; docs/benchmarks.md)."""


def analyse_ad(
    text: str,
    *,
    today: date,
    lang: str | None = None,
    jurisdictions: Iterable[str] = (),
    source_format: str | None = None,
) -> AdReport:
    """Analyse an ad given as text, Markdown or HTML (detected unless `source_format` says).

    `today` decides which laws are in force (the EU rules apply from 7 June 2026). Spans in the
    findings are offsets into `text` exactly as given."""
    if len(text) > MAX_AD_CHARS:
        raise BadInput(
            f"the ad is {len(text):,} characters long: tactful analyses ads of up to "
            f"{MAX_AD_CHARS:,} characters (a job ad is a few thousand)",
            code="too-large",
            field="text",
            values={"what": "ad", "size": len(text), "limit": MAX_AD_CHARS},
        )
    if lang is not None:
        lang = lang.strip().lower()  # "FR" is fr, as `tactful check --lang` takes it
    if lang is not None and lang not in LANGUAGES:
        raise BadInput(f"unknown language {lang!r}: use 'en' or 'fr'")
    if source_format is not None and source_format not in ("text", "markdown", "html"):
        raise BadInput(f"unknown format {source_format!r}: use text, markdown or html")
    doc = AdDocument.read(text, source_format)
    language_ = lang or language_of_words(doc.word_list, doc.folded)
    codes = normalise_jurisdictions(jurisdictions)
    origin = "option" if codes else "none"
    places = located_places(doc)
    if not codes:
        codes = jurisdictions_of(places)
        if not codes and language_ == "fr" and french_postcode(doc.text):
            codes = ("FR",)  # an address in France, in a town we do not know
        origin = "location" if codes else "none"
    ctx = Context(language_, codes, today)

    coded = (
        coded_english(doc.text, doc.scan) if language_ == "en" else coded_words(doc.scan, language_)
    )
    coding = gender_coding(coded)
    hits: list[Hit] = phrase_hits(doc, language_)
    hits += able_to_hits(doc)
    age_limits = age_limit_spans(doc)
    hits += age_limit_hits(doc, age_limits)
    hits += gender_hits(doc, coded, coding)
    title = title_issue(doc, language_)
    if title is not None and language_ == "fr" and "FR" not in codes:
        hits.append(title_hit(title))
    known = facts(doc, places)
    hits += transparency_hits(known)
    clarity, ease = clarity_hits(doc, language_, doc.word_total)
    hits += clarity
    hits += legal_hits(ctx, known, title, hits, age_limits)

    findings = _order(_findings(doc, hits))
    score, gains, deductions = scoring.assess(findings)
    return AdReport(
        score=score,
        words=doc.word_total,
        language=language_,
        source_format=doc.source_format,
        jurisdictions=codes,
        jurisdiction_source=origin,
        gender_coding=coding,
        findings=tuple(findings),
        gains=tuple(gains),
        reading_ease=ease,
        deductions=deductions,
    )


def _finding(doc: AdDocument, hit: Hit, where: dict[int, tuple[int, int]] | None = None) -> Finding:
    """One hit as a finding; `where` holds the line and column of its source start when the
    caller found them for every hit at once (`_findings`), else the document's index is read."""
    rule = RULES[hit.rule]
    message = rule.message
    if hit.message is not None:
        message = hit.message.replace("{message}", message)
    start = end = line = column = None
    found = None
    if hit.start is not None:
        start, end = doc.source_span(hit.start, hit.end if hit.end is not None else hit.start)
        line, column = doc.line_column(start) if where is None else where[start]
        found = doc.source[start:end]
    return Finding(
        rule.id,
        rule.category,
        hit.severity or rule.severity,
        message,
        hit.suggestion or rule.suggestion,
        rule.evidence,
        start,
        end,
        line,
        column,
        found,
        hit.replacement,
    )


def _findings(doc: AdDocument, hits: list[Hit]) -> list[Finding]:
    """`[_finding(doc, hit) for hit in hits]`, with the lines and columns found in one walk over
    the source (`line_columns`), not by a LineIndex of every line (an ad has a few findings and
    many lines)."""
    starts = [
        doc.source_span(hit.start, hit.end if hit.end is not None else hit.start)[0]
        for hit in hits
        if hit.start is not None
    ]
    where = line_columns(doc.source, starts)
    return [_finding(doc, hit, where) for hit in hits]


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _order(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order; findings about the whole ad (no span) last, worst first."""
    return sorted(
        findings,
        key=lambda f: (f.start is None, f.start or 0, _SEVERITY_ORDER[f.severity], f.rule),
    )
