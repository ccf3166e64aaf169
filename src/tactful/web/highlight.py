"""Text cut at the edges of findings' spans, so a page can mark exactly what each finding means.

Pure: the template escapes every piece; nothing here builds HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

SEVERITY_ORDER = ("error", "warning", "info")


@dataclass(frozen=True)
class Piece:
    text: str
    findings: tuple[int, ...] = ()
    """Indexes of the findings whose span covers this piece (none: plain text)."""
    severity: str = ""
    """The most severe of them."""
    first_of: tuple[int, ...] = ()
    """Findings whose span starts here (an anchor for "jump to it")."""


def spans_of(findings: Iterable[Mapping[str, Any]], length: int) -> list[tuple[int, int, str]]:
    """(start, end, severity) of each finding, clamped to the text; spanless ones are (0, 0)."""
    out = []
    for f in findings:
        start, end = f.get("start"), f.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            out.append((0, 0, str(f.get("severity", ""))))
            continue
        start = max(0, min(start, length))
        end = max(start, min(end, length))
        out.append((start, end, str(f.get("severity", ""))))
    return out


def pieces(text: str, findings: Iterable[Mapping[str, Any]]) -> list[Piece]:
    """`text` cut at every span edge; each piece knows the findings covering it."""
    spans = spans_of(findings, len(text))
    edges = sorted({0, len(text), *(s for s, e, _ in spans if e > s), *(e for s, e, _ in spans)})
    out: list[Piece] = []
    for a, b in pairwise(edges):
        if a == b:
            continue
        covering = tuple(i for i, (s, e, _) in enumerate(spans) if s <= a and b <= e and e > s)
        severity = ""
        if covering:
            severity = min(
                (spans[i][2] for i in covering),
                key=lambda sev: SEVERITY_ORDER.index(sev) if sev in SEVERITY_ORDER else 9,
            )
        starts = tuple(i for i in covering if spans[i][0] == a)
        out.append(Piece(text[a:b], covering, severity, starts))
    return out


def excerpt(text: str, finding: Mapping[str, Any], limit: int = 80) -> str:
    """The words a finding points at (shortened), or "" when it has no span."""
    start, end = finding.get("start"), finding.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return ""
    words = " ".join(text[start:end].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
