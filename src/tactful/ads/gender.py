"""Gender-coded wording, by the method of Gaucher, Friesen & Kay (2011).

English is read exactly as gender-decoder's published code reads it (lovedaybrooke/
gender-decoder, app/models.py; tests/data/peers/gender-decoder/README.md describes it): every
character outside ASCII and each of . , < > * ? ! " [ ] @ ' : ; ( ) / & and white space
separates words, so "Ambition:competition–decisiveness&leadership" is four words; a word is cut
at its hyphens unless it starts with one of the seven hyphenated coded stems ("co-operat",
"self-confiden"…) or with a hyphen; a word counts once for every stem it starts with
("interpersonal" starts with two); a word equal to an exception ("sharepoint") never counts.
One difference, on purpose: gender-decoder's loop skips the word after the first one it
re-inserts (it mutates the list it iterates), leaving that word uncut; tactful cuts every word
alike.

French uses a list written for tactful (data/gendered-wording-fr.json), matched on the scanning
stream (accented letters are letters; a stem may hold a space: "sûr de soi"). The verdict
follows the reference's `verdict_rule`.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from functools import lru_cache

from tactful.ads.lexicon import WORD_CHAR, stream, trie_pattern
from tactful.ads.model import GenderCoding
from tactful.text.fold import lower as fold
from tactful.text.fold import plain
from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

WORD_TAIL = rf"{WORD_CHAR}*(?:[-']{WORD_CHAR}+)*"
SOURCE_EN = (
    "Gaucher, Friesen & Kay (2011), Evidence that gendered wording in job advertisements exists "
    "and sustains gender inequality, J. Pers. Soc. Psychol. 101(1):109-128, "
    "doi:10.1037/a0022530 (extended word list of open job-ad decoders)"
)
SOURCE_FR = (
    "Gaucher, Friesen & Kay (2011), doi:10.1037/a0022530; French stems written for tactful "
    "(data/gendered-wording-fr.json), not validated by a French study"
)


_set = object.__setattr__  # how a read-only record sets its fields (tactful.text.values)


class GenderLexicon(Frozen):
    """One language's gender-coded stems (the published method's lists) and their matchers."""

    __slots__ = _fields = (
        "masculine",
        "feminine",
        "exceptions",
        "after_space",
        "after_hyphen",
        "source",
    )
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    exceptions: tuple[str, ...]
    after_space: re.Pattern[str]
    after_hyphen: re.Pattern[str]
    source: str

    def __init__(
        self,
        masculine: tuple[str, ...],
        feminine: tuple[str, ...],
        exceptions: tuple[str, ...],
        after_space: re.Pattern[str],
        after_hyphen: re.Pattern[str],
        source: str,
    ) -> None:
        _set(self, "masculine", masculine)
        _set(self, "feminine", feminine)
        _set(self, "exceptions", exceptions)
        _set(self, "after_space", after_space)
        _set(self, "after_hyphen", after_hyphen)
        _set(self, "source", source)

    @property
    def stems(self) -> tuple[str, ...]:
        return self.masculine + self.feminine


class CodedWord(Frozen):
    """A gender-coded word found in the ad, and how many coded stems it starts with."""

    __slots__ = _fields = ("start", "end", "word", "masculine", "feminine")
    start: int
    end: int
    word: str
    masculine: int
    """How many masculine stems the word starts with (usually one; 0: not masculine)."""
    feminine: int

    def __init__(self, start: int, end: int, word: str, masculine: int, feminine: int) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "word", word)
        _set(self, "masculine", masculine)
        _set(self, "feminine", feminine)


def _read(name: str) -> dict[str, Any]:
    # The file next to this module when the package is installed as files (importing
    # importlib.resources costs more than the analysis; pathlib, a tenth of it); else
    # through the loader.
    beside = os.path.join(os.path.dirname(__file__), "data", name)
    if os.path.isfile(beside):
        with open(beside, encoding="utf-8") as file:
            text = file.read()
    else:
        from importlib import resources

        text = resources.files("tactful.ads").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=2)
def lexicon(lang: str) -> GenderLexicon:
    if lang == "fr":
        data = _read("gendered-wording-fr.json")
        masculine, feminine = data["masculine"], data["feminine"]
        exceptions, source = data["non_coded_exceptions"], SOURCE_FR
    else:
        extended = _read("gendered-wording.json")["extended"]
        masculine, feminine = extended["masculine"], extended["feminine"]
        exceptions, source = extended["non_coded_exceptions"], SOURCE_EN
    stems = [f"{s}*" for s in (*masculine, *feminine, *exceptions)]
    trie = trie_pattern(stems, WORD_TAIL, literal=True)
    return GenderLexicon(
        tuple(s.lower() for s in masculine),
        tuple(s.lower() for s in feminine),
        tuple(s.lower() for s in exceptions),
        re.compile(f" ({trie})"),
        re.compile(f"-({trie})"),
        source,
    )


HYPHENATED_WHOLE = (
    "co-operat",
    "inter-personal",
    "inter-dependen",
    "inter-persona",
    "self-confiden",
    "self-relian",
    "self-sufficien",
)
"""gender-decoder's `hyphenated_coded_words` (app/wordlists.py): words starting with one of
these stay whole; every other word is cut at its hyphens ("head-strong" included)."""
_WHOLE_HEADS = ("co-operat", "inter-", "self-")
"""What every one of HYPHENATED_WHOLE starts with (searched for, then checked)."""
_WHOLE_HEAD_RE = re.compile(r"-(?:(?<=co-)operat|(?<=inter-)|(?<=self-))")
"""The hyphen of each of _WHOLE_HEADS: one search that goes from hyphen to hyphen (a literal
first character) finds what three str.find calls over the whole stream find."""
_HEAD_BY_LETTER = {head[head.index("-") - 1]: head for head in _WHOLE_HEADS}
"""Each of _WHOLE_HEADS by the letter before its hyphen ("o", "r", "f")."""
_LONGEST_WHOLE = max(len(prefix) for prefix in HYPHENATED_WHOLE)
_SEPARATORS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85.,<>*?!\"[]@':;()/&"
_PUBLISHED_WORD_RE = re.compile(r"[^\s.,<>*?!\"\[\]@':;()/&\x80-\U0010ffff]+")
_PIECE_RE = re.compile(r"[^\s.,<>*?!\"\[\]@':;()/&\x80-\U0010ffff-]+")


def _separates(char: str) -> bool:
    return char in _SEPARATORS or ord(char) >= 128


_SEPARATOR_RE = re.compile("[" + re.escape(_SEPARATORS) + "\x80-\U0010ffff]")
"""A character that `_separates` (tests/ads/test_ad_long_runs.py holds them equal)."""


def published_words(text: str) -> list[tuple[int, int, str]]:
    """The words of `text` as gender-decoder reads them, lower case, with their offsets."""
    out: list[tuple[int, int, str]] = []
    for match in _PUBLISHED_WORD_RE.finditer(text):
        word = match.group().lower()
        start = match.start()
        # `if word.find("-"):` in the published code leaves a word that starts with "-" whole
        if "-" not in word or word.startswith(HYPHENATED_WHOLE) or word[0] == "-":
            out.append((start, match.end(), word))
            continue
        position = start
        for part in word.split("-"):
            if part:
                out.append((position, position + len(part), part))
            position += len(part) + 1
    return out


_ODD_CASE = ("\u0130", "\u212a")
"""The only characters whose lower case is not one character outside ASCII ("İ" lowers to two
characters, the Kelvin sign to "k"). A text without them separates its words where its lower
case does, and its pieces are ASCII (every other character outside ASCII separates), so the
pieces can be read on the text itself and lower-cased one by one."""
_BREAKS = _SEPARATORS + "-"
_PIECE_END_RE = re.compile(r"[\s.,<>*?!\"\[\]@':;()/&\x80-\U0010ffff-]")


def coded_english(text: str, scan: str | None = None) -> list[CodedWord]:
    """Coded words of an English text (offsets into `text`), by the published method.

    Candidates come from one regex over the scanning stream (`scan`, tactful.ads.lexicon:
    a stem after a space, a hyphen, an apostrophe or a character outside ASCII, where a word or
    a piece of one can start); each is then read exactly as `published_words` would, on the
    text itself (lower-cased first only when it holds one of `_ODD_CASE`). So a megabyte costs
    one regex pass, not a Python step per word."""
    lex = lexicon("en")
    reading = text
    if _ODD_CASE[0] in text or _ODD_CASE[1] in text:
        reading = fold(text)
    if scan is None:
        scan = stream(plain(fold(text)))
    exceptions = frozenset(lex.exceptions)
    found = _kept_whole(reading, scan, lex)
    # Each piece and each word is walked once: a candidate inside the last piece read is that
    # piece again ("lead#lead#…": the stream's spaces are not all the method's separators),
    # and the pieces of one hyphenated word share its start ("lead-lead-…"); walking from
    # each cost the square of a long run.
    piece_end = -1  # where the last piece read ends
    word_start = word_at = -1  # the start of the last word read, and where it was read
    for piece_start in stem_starts(scan):
        if piece_start - 1 < piece_end:
            continue  # in the last piece: read already
        start = piece_start - 1
        while start > 0 and reading[start - 1] not in _BREAKS and reading[start - 1] < "\x80":
            start -= 1
        # the stem's first letter is the text's (an ASCII letter), so the piece is not empty
        stop = _PIECE_END_RE.search(reading, piece_start)
        end = piece_end = len(reading) if stop is None else stop.start()
        piece = reading[start:end].lower()
        if start in found or piece in exceptions:
            continue
        masculine, feminine = _counts(piece)
        if not (masculine or feminine):  # it starts with no stem: `not piece.startswith(stems)`
            continue
        # after a separator a piece starts its word: one kept whole is in `found` already
        if start and reading[start - 1] == "-":
            if word_at < 0 or _SEPARATOR_RE.search(reading, word_at, start) is not None:
                word_start = _word_start(reading, start)
            word_at = start
            if _read_whole_from(reading, word_start, start):
                continue
        found[start] = CodedWord(start, end, piece, masculine, feminine)
    return [found[k] for k in sorted(found)]


def _kept_whole(reading: str, scan: str, lex: GenderLexicon) -> dict[int, CodedWord]:
    """Words the published method keeps whole ("co-operative", "self-confident"), by start.

    Found in the scanning stream, which holds every one of them one character on (its letters
    and hyphens are the lower-cased text's), then checked on the text: the stream also makes
    a hyphen of a dash."""
    found: dict[int, CodedWord] = {}
    size = len(reading)
    for match in _WHOLE_HEAD_RE.finditer(scan):
        hyphen = match.start()
        head = _HEAD_BY_LETTER[scan[hyphen - 1]]
        position = hyphen - head.index("-") - 1  # in `reading`: the stream is one character on
        if (position == 0 or _separates(reading[position - 1])) and reading[
            position : position + _LONGEST_WHOLE
        ].lower().startswith(HYPHENATED_WHOLE):
            end = position + len(head)
            while end < size and not _separates(reading[end]):
                end += 1
            found[position] = _coded(position, end, reading[position:end].lower(), lex)
    return found


def _word_start(reading: str, start: int) -> int:
    """Where the word (between separators: `_separates`) that holds `start` starts."""
    word_start = start
    while word_start > 0 and not _separates(reading[word_start - 1]):
        word_start -= 1
    return word_start


def _read_whole_from(reading: str, word_start: int, start: int) -> bool:
    """Whether the piece at `start` belongs to a word the published method does not split
    (the word starts at `word_start`): one kept whole (counted by `_kept_whole`) or one that
    starts with "-"."""
    if reading[word_start : word_start + _LONGEST_WHOLE].lower().startswith(HYPHENATED_WHOLE):
        return True
    return word_start < start and reading[word_start] == "-"


@lru_cache(maxsize=1)
def _stem_pieces() -> re.Pattern[str]:
    """Pieces (between separators and hyphens) that start with an English stem: one regex,
    so a megabyte is searched without a Python step per word. (Stems with a hyphen only ever
    match a word kept whole, which `coded_english` reads apart.)"""
    lex = lexicon("en")
    pieces = [f"{s}*" for s in lex.stems if "-" not in s]
    return re.compile(r"[ \-'\x80-\U0010ffff](" + trie_pattern(pieces, "", literal=True) + ")")


@lru_cache(maxsize=1)
def _stems_after() -> tuple[re.Pattern[str], ...]:
    """`_stem_pieces` cut by what comes before the stem: a space, a hyphen, an apostrophe
    (each a literal the regex engine skips to, where the class is tested at every character),
    and a character outside ASCII (searched only when the stream has one). Without its group:
    the stem starts one character into each match (a group costs a step at every space)."""
    whole = _stem_pieces().pattern
    stems = "(?:" + whole[whole.index("]") + 2 :]  # "(" + the trie + ")"
    return tuple(re.compile(first + stems) for first in (" ", "-", "'", "[\x80-\U0010ffff]"))


def stem_starts(scan: str) -> list[int]:
    """Where `_stem_pieces().finditer(scan)` finds a stem (group 1), in order. The stems are
    plain letters (those with a hyphen are left out), so no match holds the start of another:
    the four searches together find every one of its matches, and nothing else."""
    space, hyphen, apostrophe, other = _stems_after()
    starts = [m.start() + 1 for m in space.finditer(scan)]
    if "-" in scan:
        starts += [m.start() + 1 for m in hyphen.finditer(scan)]
    if "'" in scan:
        starts += [m.start() + 1 for m in apostrophe.finditer(scan)]
    if not scan.isascii():
        starts += [m.start() + 1 for m in other.finditer(scan)]
    starts.sort()
    return starts


def _coded(start: int, end: int, word: str, lex: GenderLexicon) -> CodedWord:
    return CodedWord(start, end, word, *_counts(word))


@lru_cache(maxsize=4096)
def _counts(word: str) -> tuple[int, int]:
    """How many masculine and feminine English stems `word` starts with."""
    lex = lexicon("en")
    masculine = sum(1 for s in lex.masculine if word.startswith(s))
    feminine = sum(1 for s in lex.feminine if word.startswith(s))
    return masculine, feminine


def coded_words(scan: str, lang: str) -> list[CodedWord]:
    """Coded words of a scanning stream (tactful.ads.lexicon.stream), in order, with offsets
    into the folded text (the French method; English: `coded_english`).

    Words are found after a space; parts of hyphenated words are found after their hyphen,
    unless they belong to a hyphenated word that starts with a stem and so counts whole."""
    lex = lexicon(lang)
    whole = [(m.start(1), m.end(1)) for m in lex.after_space.finditer(scan)]
    spans = list(whole)
    if "-" in scan:
        ends = {e for _, e in whole}
        # the words' starts, in order: they do not overlap (one regex found them), so the one
        # that can hold a part is the last that starts at or before it (a look through every
        # word for each part cost the square of a long ad's length)
        firsts = [s for s, _ in whole]
        for match in lex.after_hyphen.finditer(scan):
            start, end = match.start(1), match.end(1)
            if end in ends:
                holder = bisect_right(firsts, start) - 1
                if holder >= 0 and start < whole[holder][1]:
                    continue  # a part of a word that starts with a stem: it counts whole
            spans.append((start, end))
        spans.sort()
    found: list[CodedWord] = []
    for start, end in spans:
        word = scan[start:end]
        if word.startswith(lex.exceptions):
            continue
        masculine = word.startswith(lex.masculine)
        feminine = word.startswith(lex.feminine)
        if masculine or feminine:
            found.append(CodedWord(start - 1, end - 1, word, int(masculine), int(feminine)))
    return found


def verdict(masculine: int, feminine: int) -> str:
    score = feminine - masculine
    if score == 0:
        return "neutral" if masculine or feminine else "empty"
    if score > 3:
        return "strongly feminine-coded"
    if score > 0:
        return "feminine-coded"
    if score < -3:
        return "strongly masculine-coded"
    return "masculine-coded"


def gender_coding(words: list[CodedWord]) -> GenderCoding:
    masculine = tuple(w.word for w in words for _ in range(w.masculine))
    feminine = tuple(w.word for w in words for _ in range(w.feminine))
    return GenderCoding(verdict(len(masculine), len(feminine)), masculine, feminine)
