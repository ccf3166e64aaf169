"""`check_email`: run every registered rule that applies, and return a report."""

from __future__ import annotations

from tactful.checks.model import (
    ERROR,
    SEVERITIES,
    CheckReport,
    EmailContext,
    Finding,
    normalise_kind,
    normalise_lang,
)
from tactful.checks.rule import Email, registered_rules
from tactful.errors import BadInput
from tactful.kinds import StepState
from tactful.text.fold import compose
from tactful.text.language import detect_language
from tactful.text.lines import LineIndex

MAX_EMAIL_CHARS = 200_000
"""Longer texts are refused in one line: a follow-up email is a few hundred words, and the
check's cost, though linear, should never keep a web request busy for seconds."""


def check_email(
    text: str,
    *,
    kind: str | None = None,
    lang: str | None = None,
    context: EmailContext | None = None,
    rules: list[str] | None = None,
) -> CheckReport:
    """Check a follow-up email. Pure: no I/O; "now" and the round's plan come in `context`.

    kind: "thank-you", "status-inquiry" ("status" is an alias) or None for generic checks only.
    lang: "en", "fr" or None to detect it from the text. `rules` limits the run to those ids.
    Offsets in the findings are character (code point) offsets into `text` as given, even when
    its accents are decomposed (the rules read a composed copy; offsets are mapped back).
    """
    if not text or not text.strip():
        raise BadInput(
            "the email is empty: give the email's text",
            code="empty",
            field="text",
            values={"what": "email"},
        )
    if len(text) > MAX_EMAIL_CHARS:
        raise BadInput(
            f"the email is {len(text):,} characters long: tactful checks follow-up emails of up "
            f"to {MAX_EMAIL_CHARS:,} characters (a follow-up should stay under 150 words)",
            code="too-large",
            field="text",
            values={"what": "email", "size": len(text), "limit": MAX_EMAIL_CHARS},
        )
    composed, starts = compose(text)
    email = Email(
        text=composed,
        lang=normalise_lang(lang) or detect_language(text),
        kind=normalise_kind(kind),
        context=context or EmailContext(),
    )
    findings: list[Finding] = []
    for rule in registered_rules():
        if rules is not None and rule.id not in rules:
            continue
        if rule.applies(email):
            findings.extend(rule.check(email))
    if starts is not None:
        lines = LineIndex(text)
        findings = [_back_to(lines, starts, f) for f in findings]
    findings.sort(key=lambda f: (f.start, SEVERITIES.index(f.severity), f.rule, f.end))
    verdict = "revise" if any(f.severity == ERROR for f in findings) else "ok"
    return CheckReport(
        verdict=verdict,
        words=email.parts.word_count,
        findings=findings,
        lang=email.lang,
        kind=email.kind,
    )


def _back_to(lines: LineIndex, starts: list[int], finding: Finding) -> Finding:
    """A finding on the composed text, moved to the same characters of the original."""
    start, end = starts[finding.start], starts[finding.end]
    line, column = lines.line_column(start)
    f = finding
    return Finding(
        f.rule, f.severity, f.message, f.suggestion, start, end, line, column, f.reason, f.whole
    )


def kind_for(context: EmailContext) -> str | None:
    """The kind of email the round expects next: the step to act on now, in the order
    `tactful due` lists them (due before late), else the next one still to come, else None
    (both sent, or the round is over)."""
    plan = context.plan
    if plan is None:
        return None
    from tactful.policy import due_steps  # planning code, loaded only with a round

    acting = [step for _plan, step in due_steps([plan])]
    upcoming = [s for s in plan.steps if s.state is StepState.UPCOMING]
    steps = acting or upcoming
    return steps[0].kind.value if steps else None
