"""What every rule module shares: the analysis context and the raw hits rules return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Context:
    """What every ad rule is told besides the text: the language, jurisdictions and today."""

    lang: str
    jurisdictions: tuple[str, ...]
    today: date


@dataclass(slots=True)
class Hit:
    """A rule's finding before it is mapped to the source: offsets into the analysed text."""

    rule: str
    start: int | None = None
    end: int | None = None
    message: str | None = None
    """Replaces the rule's message (e.g. to quote the words found)."""
    severity: str | None = None
    suggestion: str | None = None
    replacement: str | None = None
