"""The job-ad studio: analyse, score, generate, mark up and improve job ads (pure, no I/O).

from tactful.ads import analyse_ad
report = analyse_ad(text, today=date(2026, 3, 1), jurisdictions=["US-CO"])
report.score, report.gender_coding.verdict, report.findings

spec = load_spec(toml_text, today=date(2026, 3, 1))
posting = build_job_posting(spec)
ad = render_ad(spec, "md")
"""

from tactful.ads.analysis import analyse_ad
from tactful.ads.generate import render_ad
from tactful.ads.improve import (
    Improvement,
    apply_fixes,
    improve_deterministic,
    improve_with_ai,
    invented_facts,
)
from tactful.ads.jsonld import (
    MarkupProblem,
    build_job_posting,
    checked_job_posting,
    validate_job_posting,
)
from tactful.ads.model import CATEGORIES, AdReport, Finding, GenderCoding, Rule
from tactful.ads.rules.catalog import RULES
from tactful.ads.rules.legal import EU_PAY_TRANSPARENCY_FROM
from tactful.ads.spec import AdSpec, load_spec, parse_spec

__all__ = [
    "CATEGORIES",
    "EU_PAY_TRANSPARENCY_FROM",
    "RULES",
    "AdReport",
    "AdSpec",
    "Finding",
    "GenderCoding",
    "Improvement",
    "MarkupProblem",
    "Rule",
    "analyse_ad",
    "apply_fixes",
    "build_job_posting",
    "checked_job_posting",
    "improve_deterministic",
    "improve_with_ai",
    "invented_facts",
    "load_spec",
    "parse_spec",
    "render_ad",
    "validate_job_posting",
]
