"""The email checker: findings with exact spans on a follow-up email, in English or French.

    from tactful.checks import check_email
    report = check_email(text, kind="thank-you")
    report.verdict, [f.rule for f in report.findings]

Rules are `tactful.checks.rule.Rule` subclasses registered with `@register`; see docs/checker.md.
"""

from tactful.checks.engine import check_email, kind_for
from tactful.checks.model import CheckReport, EmailContext, Finding
from tactful.checks.rule import Email, PhraseRule, RequiredRule, Rule, register, registered_rules

__all__ = [
    "CheckReport",
    "Email",
    "EmailContext",
    "Finding",
    "PhraseRule",
    "RequiredRule",
    "Rule",
    "check_email",
    "kind_for",
    "register",
    "registered_rules",
]
