"""Inclusion rules beyond word lists: gender coding, upper age limits, physical requirements
without a stated need, and titles in one grammatical gender."""

from __future__ import annotations

import re
from functools import lru_cache

from tactful.ads.detect import (
    ABLE_TO_SCAN_RE,
    AGE_LIMIT_SCAN_RE,
    AGES_OF_OTHERS_RE,
    NEED_RE,
    TWO_DIGITS,
)
from tactful.ads.document import AdDocument
from tactful.ads.gender import CodedWord
from tactful.ads.lexicon import match_case, normalize, trie_pattern
from tactful.ads.model import GenderCoding
from tactful.ads.rules import words_en, words_fr
from tactful.ads.rules.base import Hit
from tactful.text.values import Frozen

# Safe one-word replacements for masculine-coded words (none of them is coded itself).
_NEUTRAL = {
    "aggressive": "bold", "aggressively": "boldly", "ambitious": "motivated",
    "assertive": "clear", "decisive": "clear-thinking", "driven": "motivated",
    "fearless": "bold", "dominant": "established", "dominate": "excel in",
    "outspoken": "candid", "superior": "excellent", "battle-tested": "proven",
}  # fmt: skip


def gender_hits(doc: AdDocument, coded: list[CodedWord], coding: GenderCoding) -> list[Hit]:
    """One finding per masculine-coded word, when the ad as a whole is masculine-coded."""
    if "masculine" not in coding.verdict:
        return []
    severity = "warning" if coding.verdict.startswith("strongly") else "info"
    tail = (
        f"” is masculine-coded and the ad is {coding.verdict} "
        f"({len(coding.masculine)} masculine, {len(coding.feminine)} feminine words)"
    )
    text = doc.text
    # each text found, alone or after a hyphen, is worded once (an ad repeats its words)
    worded: dict[tuple[str, bool], tuple[str, str | None]] = {}
    hits: list[Hit] = []
    for word in coded:
        if not word.masculine:
            continue
        start, end = word.start, word.end
        found = text[start:end]
        standalone = start == 0 or text[start - 1] not in "-‐‑"
        wording = worded.get((found, standalone))
        if wording is None:
            neutral = _NEUTRAL.get(word.word) if standalone else None
            wording = worded[found, standalone] = (
                f"“{found}{tail}",
                match_case(neutral, found) if neutral else None,
            )
        hits.append(
            Hit(
                "gender-coded",
                start,
                end,
                severity=severity,
                message=wording[0],
                replacement=wording[1],
            )
        )
    return hits


@lru_cache(maxsize=1)
def _two_digits_from() -> tuple[re.Pattern[str], ...]:
    """TWO_DIGITS for first digits 1 to 7, one regex each: each starts with a literal the
    regex engine skips to, where [0-9] is tested at every character of the ad."""
    second = TWO_DIGITS.removeprefix("[0-9]")
    return tuple(re.compile(first + second) for first in "1234567")


def ages_in(scan: str) -> list[re.Match[str]]:
    """The numbers from 14 to 79 that TWO_DIGITS finds (two digits alone), in no set
    order (its matches never overlap, so each first digit can be searched apart)."""
    return [
        m for pattern in _two_digits_from() for m in pattern.finditer(scan) if 14 <= int(m[0]) <= 79
    ]


_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
_TWO_ZEROS_RE = re.compile(rb"00(?!0)(?<!0..)")
"""TWO_DIGITS, on bytes where every ASCII digit is "0"."""


def ages_at(scan: str) -> list[int]:
    """Where `ages_in` finds a number, in order. Read on the stream's Latin-1 bytes with every
    digit made "0" (one byte a character: the offsets are the same), where one regex led by
    the literal "00" skips from digit to digit: the seven regexes of `ages_in` (each a scan of
    the whole ad) cost twice as much. A stream with a character beyond Latin-1 (most hold none:
    French letters are in it) is read by `ages_in`."""
    try:
        zeros = scan.encode("latin-1").translate(_DIGITS_AS_ZERO)
    except UnicodeEncodeError:
        return sorted(m.start() for m in ages_in(scan))
    out: list[int] = []
    for match in _TWO_ZEROS_RE.finditer(zeros):
        at = match.start()
        if "14" <= scan[at : at + 2] <= "79":  # two ASCII digits compare as their numbers
            out.append(at)
    return out


def age_limit_spans(doc: AdDocument) -> list[tuple[int, int]]:
    """Upper age limits ("moins de 30 ans", "aged 25-35"): searched only around two-digit
    numbers from 14 to 79, since every pattern holds one."""
    return age_limit_spans_in(doc.scan)


AGE_WORDS = ("ans", "age", "âge", "old", "than", "under", "below", "over")
"""Every pattern of AGE_LIMIT_SCAN_RE holds one of these ("30 ans", "aged", "âge limite",
"years old", "younger than", "under 30 yo", "below", "not over"): a window around a number
without any is not searched (most numbers in an ad are hours, amounts or steps)."""
_AGE_WORD_RE = re.compile("|".join(AGE_WORDS))


def age_limit_spans_in(scan: str) -> list[tuple[int, int]]:
    """`age_limit_spans` of a scanning stream, as offsets into the folded text."""
    found: set[tuple[int, int]] = set()
    for at in ages_at(scan):
        low, high = max(at - 45, 0), min(at + 62, len(scan))  # the number ends at at + 2
        if _AGE_WORD_RE.search(scan, low, high) is None:
            continue
        for match in AGE_LIMIT_SCAN_RE.finditer(scan, low, high):
            if not match.start(1) <= at < match.end(1):
                continue
            before = scan[max(match.start(1) - 40, 0) : match.start(1)]
            if not AGES_OF_OTHERS_RE.search(before):
                found.add((match.start(1) - 1, match.end(1) - 1))
    return sorted(found)


def age_limit_hits(doc: AdDocument, spans: list[tuple[int, int]]) -> list[Hit]:
    """The inclusion findings of the upper age limits `age_limit_spans` found."""
    return [
        Hit(
            "age", s, e, message=f"“{doc.text[s:e]}”: an upper age limit excludes candidates by age"
        )
        for s, e in spans
    ]


def able_to_hits(doc: AdDocument) -> list[Hit]:
    hits: list[Hit] = []
    # every match holds "be able to", "able" a word of the stream (white space around it):
    # most ads need no regex pass, even those with "available" or "comfortable"
    if "able" not in doc.word_counts:
        return hits
    for match in ABLE_TO_SCAN_RE.finditer(doc.scan):
        start, end = match.start(1) - 1, match.end(1) - 1
        if doc.sentence_matches(NEED_RE, start):
            continue
        hits.append(Hit("disability", start, end, message=f"“{doc.text[start:end]}”: {{message}}"))
    return hits


# --- titles in one gender ---------------------------------------------------------------

_MARKER_RE = re.compile(
    r"(?<![^\W_])(?:h\s*/\s*f|f\s*/\s*h|m\s*/\s*f|f\s*/\s*m|m\s*/\s*w|w\s*/\s*m|h\s*-\s*f|f\s*-\s*h)"
    r"(?:\s*/\s*[xdn])?(?![^\W_])|[^\W\d_]·[^\W\d_]|\((?:e|ne|se|euse|rice|trice|ère|fe|le|te|es)\)"
    r"|[^\W\d_]\.(?:e|ne|se|euse|rice|trice|ère|fe)s?(?![^\W_])|\btous genres\b|\bh/f/x\b"
)
_MARKER_SIGNS = ("/", "-", "·", "(", ".", "tous genres")
"""What every match of _MARKER_RE holds (its branches in turn: a slash or a hyphen between the
letters, the middle dot, a bracket, a full stop, "tous genres", "h/f/x"): a title without any
is not searched (the regex, led by a look-behind, is tried at every character)."""


def marks_genders(title: str) -> bool:
    """Whether `_MARKER_RE` finds a gender marker (H/F, développeur·se…) in `title`."""
    for sign in _MARKER_SIGNS:
        if sign in title:
            return _MARKER_RE.search(title) is not None
    return False


class TitleIssue(Frozen):
    """A gendered job title found in the ad, where it is and its neutral form."""

    __slots__ = _fields = ("start", "end", "found", "fix")
    start: int
    end: int
    found: str
    fix: str

    def __init__(self, start: int, end: int, found: str, fix: str) -> None:
        setter = object.__setattr__  # a read-only record's fields (tactful.text.values)
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "found", found)
        setter(self, "fix", fix)


@lru_cache(maxsize=1)
def _french_titles() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    forms: dict[str, tuple[str, str, str]] = {}
    phrases: list[str] = []
    for masculine, feminine, inclusive in words_fr.TITLE_NOUNS:
        for form in (masculine, feminine):
            for variant in (form, form + "s"):
                forms.setdefault(normalize(variant), (masculine, feminine, inclusive))
                phrases.append(variant)
    return re.compile(trie_pattern(phrases)), forms


@lru_cache(maxsize=1)
def _english_titles() -> re.Pattern[str]:
    return re.compile(trie_pattern(words_en.GENDERED_TITLE_NOUNS))


def title_issue(doc: AdDocument, lang: str) -> TitleIssue | None:
    """The first word of the title that is in one gender only, unless the title says H/F
    (F/H, M/W/D…), is written inclusively (développeur·se) or gives both forms."""
    span = doc.title
    if span is None:
        return None
    start, end = span
    title = doc.folded[start:end]
    if marks_genders(title):
        return None
    match = _english_titles().search(title)
    if match is not None:
        s, e = start + match.start(), start + match.end()
        return TitleIssue(s, e, doc.text[s:e], "a neutral title (salesperson, chair, server…)")
    if lang != "fr":
        return None
    pattern, forms = _french_titles()
    found = [
        (m.start(), m.end(), forms[normalize(m.group())], m.group())
        for m in pattern.finditer(title)
    ]
    for m_start, m_end, (masculine, feminine, inclusive), word in found:
        other = feminine if word.startswith(masculine) and word != feminine else masculine
        if any(w != word and normalize(w).startswith(normalize(other)) for *_, w in found):
            continue  # "Développeur / Développeuse"
        s, e = start + m_start, start + m_end
        return TitleIssue(s, e, doc.text[s:e], f"“{inclusive}” or “{doc.text[s:e]} (H/F)”")
    return None


def title_hit(issue: TitleIssue) -> Hit:
    return Hit(
        "fr-title-gendered",
        issue.start,
        issue.end,
        message=f"“{issue.found}”: the title names one gender only",
        suggestion=f"write {issue.fix}",
    )
