"""Improve an ad: word-for-word fixes from the findings, or an AI rewrite that is checked.

An AI rewrite is re-analysed and rejected when it scores lower than the original or states a
fact the original does not: a number (pay, dates, durations), an email address or a URL.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
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
    repeated = set() if html else _repeated_on_their_line(text, chosen)
    for index, finding in enumerate(chosen):
        assert finding.start is not None and finding.end is not None
        start, end, replacement = _without_repeat(
            text,
            max(finding.start, position),
            finding.end,
            "" if index in repeated else finding.replacement or "",
        )
        if replacement and report.language == "en":
            start, replacement = _with_its_article(text, position, start, replacement)
        pieces.append(text[position:start])
        pieces.append(escape(replacement, quote=False) if html else replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), chosen


def _repeated_on_their_line(text: str, chosen: list[Finding]) -> set[int]:
    """Which replacements a later one on the same title line repeats ("# Rockstar Full-Stack
    Ninja" would become "# Specialist Full-Stack Specialist"): those are dropped, the last one
    kept. A title is a Markdown heading, or a short first line; a sentence may say a word
    twice."""
    first_line = len(text) - len(text.lstrip())
    breaks = [-1, *(m.start() for m in _LINE_BREAK_RE.finditer(text)), len(text)]
    last: dict[tuple[int, str], int] = {}
    keys: dict[int, tuple[int, str]] = {}
    titles: dict[int, bool] = {}  # by line: each line read once, however many fixes it has
    for index, finding in enumerate(chosen):
        at = bisect_right(breaks, finding.start or 0)
        line_start = breaks[at - 1] + 1
        title = titles.get(line_start)
        if title is None:
            line = text[line_start : breaks[at]]
            title = titles[line_start] = line.startswith("#") or (
                line_start <= first_line and len(line.split()) <= 10 and ". " not in line
            )
        if title and finding.replacement:
            keys[index] = (line_start, finding.replacement.lower())
            last[keys[index]] = index
    return {index for index, key in keys.items() if last[key] != index}


_ARTICLE_BEFORE_RE = re.compile(r"\b([Aa]n?)[^\S\n]+$")
_LINE_BREAK_RE = re.compile("\n")


def _with_its_article(text: str, position: int, start: int, replacement: str) -> tuple[int, str]:
    """An English "a" or "an" just before the span, made to fit the replacement's first
    letter ("an aggressive" → "a bold", not "an bold"). Spelling decides, not sound: "an hour"
    and "a user" are left as the lists never start a replacement with them."""
    article = _ARTICLE_BEFORE_RE.search(text, max(0, start - 8), start)
    if article is None or article.start(1) < position:  # in the text a fix before replaced
        return start, replacement
    wanted = "an" if replacement[0].lower() in "aeiou" else "a"
    written = article.group(1)
    if written.lower() == wanted:
        return start, replacement
    fitted = wanted.capitalize() if written[0].isupper() else wanted
    return article.start(1), fitted + text[article.end(1) : start] + replacement


_WORD_AFTER_RE = re.compile(r"[^\S\n]+([\w-]+)")
_WORD_BEFORE_RE = re.compile(r"([\w-]+)[^\S\n]+$")


def _without_repeat(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """The replacement of `text[start:end]`, less a word that the text already has beside it
    ("Senior Ninja Specialist" becomes "Senior Specialist", not "Senior Specialist
    Specialist"); the span grows over the space a dropped replacement leaves."""
    words = replacement.split()
    after = _WORD_AFTER_RE.match(text, end, min(len(text), end + 80))
    if not words:  # dropped: so is the space after it
        return start, end if after is None else after.start(1), ""
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
