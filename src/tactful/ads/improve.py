"""Improve an ad: word-for-word fixes from the findings, or an AI rewrite that is checked.

An AI rewrite is re-analysed and rejected when it scores lower than the original or states a
fact the original does not: a number (pay, dates, durations), an email address or a URL.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from tactful.ads.analysis import analyse_ad
from tactful.ads.model import AdReport, Finding

if TYPE_CHECKING:
    from tactful.ai import Message, TextBackend


@dataclass(frozen=True)
class Improvement:
    before: AdReport
    after: AdReport
    """The analysis of `candidate`."""
    original: str
    text: str
    """The improved ad (the original when the rewrite was rejected or nothing changed)."""
    candidate: str
    """What the fixes or the model produced, accepted or not."""
    applied: tuple[Finding, ...] = ()
    accepted: bool = True
    reason: str | None = None
    diff: str = ""
    method: str = "deterministic"

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "accepted": self.accepted,
            "reason": self.reason,
            "score_before": self.before.score,
            "score_after": self.after.score,
            "applied": [
                {
                    "rule": f.rule,
                    "text": f.text,
                    "replacement": f.replacement,
                    "start": f.start,
                    "end": f.end,
                }
                for f in self.applied
            ],
            "diff": self.diff,
            "text": self.text,
        }


def unified_diff(before: str, after: str, name: str = "ad") -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"{name} (before)",
        tofile=f"{name} (after)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def apply_fixes(text: str, report: AdReport) -> tuple[str, list[Finding]]:
    """Replace every finding that has a safe replacement (spans that overlap: the first wins)."""
    chosen: list[Finding] = []
    last_end = -1
    for finding in sorted(
        (
            f
            for f in report.findings
            if f.replacement is not None and f.start is not None and f.end is not None
        ),
        key=lambda f: (f.start or 0, -(f.end or 0)),
    ):
        assert finding.start is not None and finding.end is not None
        if finding.start < last_end:
            continue
        chosen.append(finding)
        last_end = finding.end
    pieces: list[str] = []
    position = 0
    html = report.source_format == "html"
    for finding in chosen:
        assert finding.start is not None and finding.end is not None
        start, end, replacement = _without_repeat(
            text, max(finding.start, position), finding.end, finding.replacement or ""
        )
        pieces.append(text[position:start])
        pieces.append(escape(replacement, quote=False) if html else replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), chosen


_WORD_AFTER_RE = re.compile(r"[^\S\n]+([\w-]+)")
_WORD_BEFORE_RE = re.compile(r"([\w-]+)[^\S\n]+$")


def _without_repeat(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """The replacement of `text[start:end]`, less a word that the text already has beside it
    ("Senior Ninja Specialist" becomes "Senior Specialist", not "Senior Specialist
    Specialist"); the span grows over the space a dropped replacement leaves."""
    words = replacement.split()
    after = _WORD_AFTER_RE.match(text, end, min(len(text), end + 80))
    if words and after is not None and after.group(1).lower() == words[-1].lower():
        words.pop()
        if not words:
            return start, after.start(1), ""
        replacement = " ".join(words)
    before = _WORD_BEFORE_RE.search(text, max(0, start - 80), start)
    if words and before is not None and before.group(1).lower() == words[0].lower():
        words.pop(0)
        if not words:
            return before.end(1), end, ""
        replacement = " ".join(words)
    return start, end, replacement


def improve_deterministic(
    text: str,
    *,
    today: date,
    lang: str | None = None,
    jurisdictions: tuple[str, ...] = (),
    name: str = "ad",
) -> Improvement:
    before = analyse_ad(text, today=today, lang=lang, jurisdictions=jurisdictions)
    fixed, applied = apply_fixes(text, before)
    after = analyse_ad(fixed, today=today, lang=lang, jurisdictions=jurisdictions)
    return Improvement(
        before, after, text, fixed, fixed, tuple(applied), diff=unified_diff(text, fixed, name)
    )


# --- AI rewrite -------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"(?<![\w.])(\d[\d\s,.'’]*\d|\d)(\s?[kK]\b)?")
_LIST_NUMBER_RE = re.compile(r"^[^\S\n]*\d{1,2}[.)]\s", re.MULTILINE)  # on its line: linear
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_RE = re.compile(r"\bhttps?://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+", re.IGNORECASE)


def _numbers(text: str) -> set[str]:
    cleaned = _LIST_NUMBER_RE.sub(" ", text)
    out: set[str] = set()
    for match in _NUMBER_RE.finditer(cleaned):
        digits = re.sub(r"[\s,.'’]", "", match.group(1))
        value = int(digits) if digits.isdigit() else 0
        if match.group(2):
            value *= 1000
        out.add(str(value))
    return out


def invented_facts(original: str, rewrite: str) -> list[str]:
    """Numbers, emails and URLs of `rewrite` that `original` does not state."""
    known_numbers = _numbers(original)
    new = sorted(n for n in _numbers(rewrite) if n not in known_numbers)
    known_emails = {e.lower() for e in _EMAIL_RE.findall(original)}
    new += sorted(e for e in _EMAIL_RE.findall(rewrite) if e.lower() not in known_emails)
    known_urls = {u.lower().rstrip(".,;:") for u in _URL_RE.findall(original)}
    new += sorted(u for u in _URL_RE.findall(rewrite) if u.lower().rstrip(".,;:") not in known_urls)
    return new


def prompt(text: str, report: AdReport) -> list[Message]:
    lang = "French" if report.language == "fr" else "English"
    fixes = [f"- {f.message} → {f.suggestion}" for f in report.findings][:40]
    system = (
        f"You edit job ads written in {lang}. Rewrite the ad to fix the problems listed, "
        "keeping its format (Markdown stays Markdown, HTML stays HTML) and every fact it states. "
        "Never add a fact the ad does not state: no new pay figure, number, date, duration, "
        "email address, URL, benefit or requirement. Where a fact is missing (pay, closing "
        "date), leave it out rather than invent it. Address the reader as 'you', use neutral "
        "and inclusive words, short sentences and clear headings. Answer with the rewritten ad "
        "only, without comments."
    )
    user = "Problems to fix:\n" + "\n".join(fixes or ["- none listed"]) + "\n\nAd:\n" + text
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _strip_fences(text: str) -> str:
    """The rewrite without the fence and the comments a model may wrap it in."""
    from tactful.text.fences import unwrap_answer

    return unwrap_answer(text) + "\n"


def improve_with_ai(
    text: str,
    backend: TextBackend,
    *,
    today: date,
    lang: str | None = None,
    jurisdictions: tuple[str, ...] = (),
    name: str = "ad",
    on_token: Callable[[str], None] | None = None,
) -> Improvement:
    before = analyse_ad(text, today=today, lang=lang, jurisdictions=jurisdictions)
    answer = backend.generate(prompt(text, before), on_token=on_token, max_tokens=3000)
    candidate = _strip_fences(answer)
    after = analyse_ad(
        candidate, today=today, lang=lang or before.language, jurisdictions=jurisdictions
    )
    diff = unified_diff(text, candidate, name)
    reason: str | None = None
    invented = invented_facts(text, candidate)
    if not candidate.strip():
        reason = "the model answered with an empty ad"
    elif getattr(backend, "cut_off", False):
        reason = "the model's answer stopped at its length limit: the rewrite is unfinished"
    elif invented:
        shown = ", ".join(repr(i) for i in invented[:5])
        reason = f"the rewrite states facts the original does not: {shown}"
    elif after.score < before.score:
        reason = f"the rewrite scores {after.score}, lower than the original's {before.score}"
    accepted = reason is None
    return Improvement(
        before,
        after,
        text,
        candidate if accepted else text,
        candidate,
        accepted=accepted,
        reason=reason,
        diff=diff,
        method="ai",
    )
