"""A report as text for a terminal: each finding with its line and the span underlined."""

from __future__ import annotations

import unicodedata

from tactful.checks.model import ERROR, INFO, WARNING, CheckReport, Finding
from tactful.text.lines import LineIndex

MAX_LINE = 110
"""Longer lines are shown as a window around the span, cut with '…'."""

_LABELS = {
    "en": {"suggestion": "suggestion", "continues": "continues to line {line}"},
    "fr": {"suggestion": "suggestion", "continues": "se poursuit jusqu'à la ligne {line}"},
}


def _width(text: str) -> int:
    """Terminal columns: wide (CJK, emoji) characters take two, combining marks none."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200d\ufe0f":
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def _excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a line to show, and the span's columns in it."""
    if len(line) <= MAX_LINE:
        return line, start, end
    left = max(0, start - 30)
    right = min(len(line), max(end + 30, left + MAX_LINE))
    shown = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    shift = left - (1 if left else 0)
    return shown, start - shift, end - shift


def render_finding(
    text: str,
    finding: Finding,
    name: str = "<email>",
    lang: str = "en",
    lines: LineIndex | None = None,
) -> str:
    labels = _LABELS.get(lang, _LABELS["en"])
    lines = lines or LineIndex(text)
    line_start, line_end = lines.line_span(finding.start)
    line = text[line_start:line_end].replace("\t", " ")
    start = finding.start - line_start
    end = min(finding.end, line_end) - line_start
    shown, s, e = _excerpt(line, start, end)
    number = str(finding.line)
    pad = " " * len(number)
    marks = "^" * max(1, _width(shown[s:e]))
    tail = ""
    if finding.end > line_end:
        last, _ = lines.line_column(max(finding.start, finding.end - 1))
        tail = " … " + labels["continues"].format(line=last)
    return "\n".join(
        [
            f"{name}:{finding.line}:{finding.column}: {finding.severity}: {finding.message} "
            f"[{finding.rule}]",
            f" {number} | {shown.rstrip()}",
            f" {pad} | {' ' * _width(shown[:s])}{marks}{tail}",
            f" {pad} = {labels['suggestion']}: {finding.suggestion}",
        ]
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def render_report(text: str, report: CheckReport, name: str = "<email>") -> str:
    """Every finding, then one verdict line."""
    lines = LineIndex(text)
    blocks = [render_finding(text, f, name, report.lang, lines) for f in report.findings]
    severities = [f.severity for f in report.findings]
    counts = ", ".join(
        [
            _count(severities.count(ERROR), "error", "errors"),
            _count(severities.count(WARNING), "warning", "warnings"),
            _count(severities.count(INFO), "note", "notes"),
        ]
    )
    kind = report.kind or "generic"
    blocks.append(
        f"verdict: {report.verdict} ({counts}; {report.words} words, {kind}, {report.lang})"
    )
    return "\n\n".join(blocks) + "\n"
