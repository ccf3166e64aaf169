"""The job-ad studio: analyse, score, generate, mark up and improve job ads (pure, no I/O).

from tactful.ads import analyse_ad
report = analyse_ad(text, today=date(2026, 3, 1), jurisdictions=["US-CO"])
report.score, report.gender_coding.verdict, report.findings

spec = load_spec(toml_text, today=date(2026, 3, 1))
posting = build_job_posting(spec)
ad = render_ad(spec, "md")
"""

from tactful.lazy import lazy_names

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
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

# Each name loads its module on first use: `tactful ad check` imports the analysis alone, not
# the generator, the markup validator and the spec reader.
_LAZY = {
    "analyse_ad": "tactful.ads.analysis",
    "render_ad": "tactful.ads.generate",
    "Improvement": "tactful.ads.improve",
    "apply_fixes": "tactful.ads.improve",
    "improve_deterministic": "tactful.ads.improve",
    "improve_with_ai": "tactful.ads.improve",
    "invented_facts": "tactful.ads.improve",
    "MarkupProblem": "tactful.ads.jsonld",
    "build_job_posting": "tactful.ads.jsonld",
    "checked_job_posting": "tactful.ads.jsonld",
    "validate_job_posting": "tactful.ads.jsonld",
    "CATEGORIES": "tactful.ads.model",
    "AdReport": "tactful.ads.model",
    "Finding": "tactful.ads.model",
    "GenderCoding": "tactful.ads.model",
    "Rule": "tactful.ads.model",
    "RULES": "tactful.ads.rules.catalog",
    "EU_PAY_TRANSPARENCY_FROM": "tactful.ads.rules.legal",
    "AdSpec": "tactful.ads.spec",
    "load_spec": "tactful.ads.spec",
    "parse_spec": "tactful.ads.spec",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


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
