"""The values the email checker returns: findings with exact spans, and a report with a verdict."""

from __future__ import annotations

from tactful.errors import BadInput
from tactful.kinds import StepKind
from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    from tactful.policy import RoundPlan

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)

THANK_YOU: str = StepKind.THANK_YOU.value
STATUS: str = StepKind.STATUS_INQUIRY.value
KIND_ALIASES = {
    "thank-you": THANK_YOU,
    "thankyou": THANK_YOU,
    "thank_you": THANK_YOU,
    "status-inquiry": STATUS,
    "status_inquiry": STATUS,
    "status": STATUS,
}
LANGUAGES = ("en", "fr")
LENGTH_LIMITS: dict[str | None, int] = {THANK_YOU: 150, STATUS: 125, None: 150}
"""Words in the body; the generic limit (no kind) is the thank-you's. The AI writer's prompt
states the same limits (`tactful.drafts.ai_writer`)."""


def normalise_kind(kind: str | None) -> str | None:
    """'thank-you' or 'status-inquiry' ('status' is an alias); None means generic checks only."""
    if kind is None:
        return None
    value = KIND_ALIASES.get(str(kind).strip().lower())
    if value is None:
        raise BadInput(f"unknown email kind {kind!r}: use 'thank-you' or 'status'")
    return value


def normalise_lang(lang: str | None) -> str | None:
    if lang is None:
        return None
    value = lang.strip().lower()
    if value not in LANGUAGES:
        raise BadInput(f"unknown language {lang!r}: use 'en' or 'fr'")
    return value


_set = object.__setattr__  # how a read-only record sets its fields (tactful.text.values)


class Finding(Frozen):
    """One problem, at the exact span [start, end) of the text that was checked.

    `line` and `column` are 1-based and locate `start`. Findings about something missing
    ("no thanks") point at a documented anchor (see docs/checker.md), never at nothing.
    """

    _fields = (
        "rule",
        "severity",
        "message",
        "suggestion",
        "start",
        "end",
        "line",
        "column",
        "reason",
        "whole",
    )
    rule: str
    severity: str
    message: str
    suggestion: str
    start: int
    end: int
    line: int
    column: int
    reason: str
    """Why the rule exists: a sentence of the article or the evidence it rests on."""
    whole: bool
    """About the email as a whole ("no thanks"): the span is the whole body, an anchor to
    list the finding by, not words to mark."""

    def __init__(
        self,
        rule: str,
        severity: str,
        message: str,
        suggestion: str,
        start: int,
        end: int,
        line: int,
        column: int,
        reason: str = "",
        whole: bool = False,
    ) -> None:
        _set(self, "rule", rule)
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "suggestion", suggestion)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "reason", reason)
        _set(self, "whole", whole)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "reason": self.reason,
            "whole": self.whole,
        }


class CheckReport(Frozen):
    """The checker's answer for one email: the verdict, the findings and what they were read in."""

    _fields = ("verdict", "words", "findings", "lang", "kind")
    verdict: str
    """'ok' when no finding is an error, else 'revise'."""
    words: int
    findings: list[Finding]
    lang: str
    kind: str | None

    def __init__(
        self, verdict: str, words: int, findings: list[Finding], lang: str, kind: str | None = None
    ) -> None:
        _set(self, "verdict", verdict)
        _set(self, "words", words)
        _set(self, "findings", findings)
        _set(self, "lang", lang)
        _set(self, "kind", kind)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "words": self.words,
            "findings": [f.to_json() for f in self.findings],
            "language": self.lang,
            "kind": self.kind,
        }


class EmailContext(Frozen):
    """What the store knows about the round, given by the caller: the checks do no I/O."""

    _fields = ("plan", "now", "extra_terms")
    plan: RoundPlan | None
    """The round's plan: its interview (detail, selling_point, forgot, follow_ups, replies),
    its application, and the windows of its steps."""
    now: datetime | None
    """When the email would go out; timing checks are skipped without it."""
    extra_terms: tuple[str, ...]
    """More words that count as a specific reference to the interview (names, topics)."""

    def __init__(
        self,
        plan: RoundPlan | None = None,
        now: datetime | None = None,
        extra_terms: tuple[str, ...] = (),
    ) -> None:
        _set(self, "plan", plan)
        _set(self, "now", now)
        _set(self, "extra_terms", extra_terms)
