"""The values the job-ad studio returns: rules, findings with exact spans, and the report."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True, slots=True)
class Rule:
    """What a finding is about: one id, one category, and the evidence behind it."""

    id: str
    category: str
    severity: str
    message: str
    suggestion: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem. `start`/`end` are offsets into the text as read (for HTML, the HTML source);
    `line` and `column` (1-based) locate `start`. Findings about something missing from the
    whole ad (no pay range, no closing date) have no span: all four are None."""

    rule: str
    category: str
    severity: str
    message: str
    suggestion: str
    evidence: str
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    text: str | None = None
    """The words the finding points at, exactly as read."""
    replacement: str | None = None
    """A safe word-for-word fix for `text`, used by `tactful ad improve` without AI."""

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


@dataclass(frozen=True, slots=True)
class GenderCoding:
    """Gaucher, Friesen & Kay (2011) gender coding: the coded words in order, and the verdict."""

    verdict: str
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "masculine": list(self.masculine),
            "feminine": list(self.feminine),
        }


@dataclass(frozen=True, slots=True)
class AdReport:
    """The analysis of one ad."""

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
    gains: tuple[float, ...] = field(default=())
    """For each finding, how much the score would rise without it."""
    reading_ease: float = 0.0
    deductions: dict[str, float] = field(default_factory=dict)
    """Points taken off per category."""

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
