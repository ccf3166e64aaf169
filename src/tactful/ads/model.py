"""The values the job-ad studio returns: rules, findings with exact spans, and the report."""

from __future__ import annotations

from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)

INCLUSION = "inclusion"
CULTURE = "culture"
TRANSPARENCY = "transparency"
CLARITY = "clarity"
LEGAL = "legal"
CATEGORIES = (INCLUSION, CULTURE, TRANSPARENCY, CLARITY, LEGAL)

LANGUAGES = ("en", "fr")


_set = object.__setattr__  # how a read-only record sets its fields (tactful.text.values)


class Rule(Frozen):
    """What a finding is about: one id, one category, and the evidence behind it."""

    __slots__ = _fields = ("id", "category", "severity", "message", "suggestion", "evidence")
    id: str
    category: str
    severity: str
    message: str
    suggestion: str
    evidence: str

    def __init__(
        self, id: str, category: str, severity: str, message: str, suggestion: str, evidence: str
    ) -> None:
        _set(self, "id", id)
        _set(self, "category", category)
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "suggestion", suggestion)
        _set(self, "evidence", evidence)


class Finding(Frozen):
    """One problem. `start`/`end` are offsets into the text as read (for HTML, the HTML source);
    `line` and `column` (1-based) locate `start`. Findings about something missing from the
    whole ad (no pay range, no closing date) have no span: all four are None."""

    __slots__ = _fields = (
        "rule",
        "category",
        "severity",
        "message",
        "suggestion",
        "evidence",
        "start",
        "end",
        "line",
        "column",
        "text",
        "replacement",
    )
    rule: str
    category: str
    severity: str
    message: str
    suggestion: str
    evidence: str
    start: int | None
    end: int | None
    line: int | None
    column: int | None
    text: str | None
    """The words the finding points at, exactly as read."""
    replacement: str | None
    """A safe word-for-word fix for `text`, used by `tactful ad improve` without AI."""

    def __init__(
        self,
        rule: str,
        category: str,
        severity: str,
        message: str,
        suggestion: str,
        evidence: str,
        start: int | None = None,
        end: int | None = None,
        line: int | None = None,
        column: int | None = None,
        text: str | None = None,
        replacement: str | None = None,
    ) -> None:
        _set(self, "rule", rule)
        _set(self, "category", category)
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "suggestion", suggestion)
        _set(self, "evidence", evidence)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "text", text)
        _set(self, "replacement", replacement)

    def to_json(self, gain: float | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "replacement": self.replacement,
        }
        if gain is not None:
            data["score_gain"] = gain
        return data


class GenderCoding(Frozen):
    """Gaucher, Friesen & Kay (2011) gender coding: the coded words in order, and the verdict."""

    __slots__ = _fields = ("verdict", "masculine", "feminine")
    verdict: str
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]

    def __init__(self, verdict: str, masculine: tuple[str, ...], feminine: tuple[str, ...]) -> None:
        _set(self, "verdict", verdict)
        _set(self, "masculine", masculine)
        _set(self, "feminine", feminine)

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "masculine": list(self.masculine),
            "feminine": list(self.feminine),
        }


class AdReport(Frozen):
    """The analysis of one ad."""

    __slots__ = _fields = (
        "score",
        "words",
        "language",
        "source_format",
        "jurisdictions",
        "jurisdiction_source",
        "gender_coding",
        "findings",
        "gains",
        "reading_ease",
        "deductions",
    )
    score: int
    words: int
    language: str
    source_format: str
    """"text", "markdown" or "html"."""
    jurisdictions: tuple[str, ...]
    jurisdiction_source: str
    """"option" (from --jurisdiction), "location" (the ad's stated location) or "none"."""
    gender_coding: GenderCoding
    findings: tuple[Finding, ...]
    gains: tuple[float, ...]
    """For each finding, how much the score would rise without it."""
    reading_ease: float
    deductions: dict[str, float]
    """Points taken off per category."""

    def __init__(
        self,
        score: int,
        words: int,
        language: str,
        source_format: str,
        jurisdictions: tuple[str, ...],
        jurisdiction_source: str,
        gender_coding: GenderCoding,
        findings: tuple[Finding, ...],
        gains: tuple[float, ...] = (),
        reading_ease: float = 0.0,
        deductions: dict[str, float] | None = None,
    ) -> None:
        _set(self, "score", score)
        _set(self, "words", words)
        _set(self, "language", language)
        _set(self, "source_format", source_format)
        _set(self, "jurisdictions", jurisdictions)
        _set(self, "jurisdiction_source", jurisdiction_source)
        _set(self, "gender_coding", gender_coding)
        _set(self, "findings", findings)
        _set(self, "gains", gains)
        _set(self, "reading_ease", reading_ease)
        _set(self, "deductions", {} if deductions is None else deductions)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    def ranked_fixes(self) -> list[tuple[Finding, float]]:
        """Findings ordered by how much fixing each would raise the score (largest first)."""
        pairs = list(zip(self.findings, self.gains, strict=True))
        order = sorted(range(len(pairs)), key=lambda i: (-pairs[i][1], i))
        return [pairs[i] for i in order]

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "words": self.words,
            "language": self.language,
            "format": self.source_format,
            "jurisdictions": list(self.jurisdictions),
            "jurisdiction_source": self.jurisdiction_source,
            "reading_ease": self.reading_ease,
            "gender_coding": self.gender_coding.to_json(),
            "deductions": {k: round(v, 2) for k, v in self.deductions.items()},
            "findings": [
                f.to_json(round(g, 2)) for f, g in zip(self.findings, self.gains, strict=True)
            ],
        }
