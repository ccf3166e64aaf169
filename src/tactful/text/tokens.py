"""Words and sentences with their character offsets, so every finding can point at an exact span.

Sentences are read as emails and ads are written: a sentence ends at . ! ? … followed by white
space (not after "Mr." or "e.g."), and at a line break unless the next line goes on in lower
case (a paragraph wrapped by hand). So a greeting line, a heading, a Markdown heading and every
list item ("- …", "* …", "1. …", "• …") are pieces of their own.
"""

from __future__ import annotations

import re
from collections import namedtuple

# Letters (any script), digits, and inner apostrophes or hyphens: "don't", "aujourd'hui", "co-op".
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
# Starts with a plain character class so the regex engine can skip ahead quickly. A line break
# ends a sentence unless the next line goes on in lower case; an end mark must be followed by
# white space, a closing quote or bracket, or the end.
_SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)(?![ \t]*[a-zà-ÿœ])|[.!?…]*[\"'”»)\]]*(?=\s|$))")
# WORD_RE's words on ASCII text, where [^\W_] is [A-Za-z0-9]: `re` tests a plain class several
# times faster than a Unicode category (same words: tests/checks/test_fast_paths.py).
_ASCII_WORD = r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*"  # compiled on first use
_WORD_RUNS = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "'-")})
_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "vs", "etc", "e.g", "i.e", "cf",
     "approx", "p.ex", "mme", "mlle", "mm")
)  # fmt: skip
"""Words after which a full stop does not end a sentence ("Mr. Smith", "e.g. SQL"); single
letters too ("J. Smith", "M. Dupont")."""
_ABBREVIATION_ENDS = frozenset(word[-2:] for word in _ABBREVIATIONS)
_WORD_CHAR_RE = re.compile(r"[^\W_]")


TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import NamedTuple

    class Token(NamedTuple):
        """A word or a sentence and its offsets (a tuple: made by the thousand, it must be
        cheap)."""

        text: str
        start: int
        end: int

else:
    # The same class as typing.NamedTuple makes, without importing typing.
    Token = namedtuple("Token", ("text", "start", "end"))


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Every word in `text` (or in text[start:end]) with its offsets."""
    stop = len(text) if end is None else end
    return [Token(m.group(), *m.span()) for m in WORD_RE.finditer(text, start, stop)]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """How many words `words` would give, without building them."""
    return len(find_words(text, start, end))


def find_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words of `text` (or of text[start:end]) as strings: `WORD_RE.findall`."""
    stop = len(text) if end is None else end
    part = text[start:stop]
    if not part.isascii():
        return WORD_RE.findall(text, start, stop)
    return runs_findall(re.compile(_ASCII_WORD), part, _WORD_RUNS, "'-")


def runs_findall(regex: re.Pattern[str], text: str, runs: dict[int, str], marks: str) -> list[str]:
    """`regex.findall(text)` for an ASCII text, where no match holds a character that `runs`
    (a str.translate table) turns into a space and a run without any of `marks` is one whole
    match: the matches are those of each run alone, `str.split` cuts the runs without a match
    object per word, and only a run holding a mark needs the regex."""
    pieces = text.translate(runs).split()
    if not any(mark in text for mark in marks):
        return pieces
    out: list[str] = []
    for piece in pieces:
        if any(mark in piece for mark in marks):
            out.extend(regex.findall(piece))
        else:
            out.append(piece)
    return out


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], trimmed; pieces without a letter or a
    digit (a rule of dashes, a lone bullet) are dropped.

    The pieces end where `_SENTENCE_END_RE.finditer` matches (the reading the tests hold this
    to), found without running it over the text: a scan for its character class costs more than
    the rest. Its matches start at an end mark or a line break: the line breaks come from
    str.split, the end marks from str.find, and the regex is tried only at the end marks that
    white space does not follow (a line break ends a sentence unless a lower-case letter follows
    it at once: then neither of the regex's branches matches). A line is trimmed as a whole when
    it is a piece of its own, the commonest case."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start  # where the current piece starts
    marks = iter(mark_offsets(text, ".!?…", start, stop))
    mark = next(marks, stop)
    resume = start  # the end of the last match: end marks before it are inside it ("?!")
    line_start = start
    for line in text[start:stop].split("\n"):
        line_end = line_start + len(line)  # the line break's offset (or `stop`)
        while mark < line_end:
            if mark >= resume:  # else inside the last match ("?!")
                after = mark + 1  # most marks are followed by white space: the match is theirs
                if after != stop and not text[after].isspace():
                    after = _match_end(text, mark, stop)
                if after:
                    resume = after
                    if after == line_end and (
                        after + 1 >= stop or text[after + 1] not in _LOWER_CASE
                    ):
                        pass  # the line break that follows ends the same piece (and faster)
                    elif not _after_abbreviation(text, position, mark):
                        _append(text, position, after, spans)
                        position = after
            mark = next(marks, stop)
        after = line_end + 1
        if line_end < stop and (after == stop or text[after] not in _LOWER_CASE):
            if position == line_start:  # the piece is this line: `_append` on it
                kept = line.strip()
                # a bullet's first word starts after its mark and a space ("- Build"): tested
                # before the regex (either test says whether a letter or a digit is there)
                if kept and (
                    kept[0].isalnum()
                    or kept[2:3].isalnum()
                    or _WORD_CHAR_RE.search(kept) is not None
                ):
                    first = line_end - len(line.lstrip())
                    spans.append((first, first + len(kept)))
            elif position < line_end:  # else only the line break is left: no word in it
                _append(text, position, after, spans)
            position = after
        line_start = after
    _append(text, position, stop, spans)
    return spans


_LOWER_CASE = frozenset("abcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xE0, 0x100))) + "œ")
"""[a-zà-ÿœ], the letters after which a line break does not end a sentence (_SENTENCE_END_RE)."""


_AFTER_MARK = frozenset(".!?…\"'”»)]")
"""What may follow an end mark in one of _SENTENCE_END_RE's matches, besides white space."""


def mark_offsets(text: str, marks: str, start: int = 0, stop: int | None = None) -> list[int]:
    """Offsets of any of `marks` (each one character) in text[start:stop], in order: str.find
    from one to the next, which skips the characters between in C."""
    end = len(text) if stop is None else stop
    found: list[int] = []
    for mark in marks:
        position = text.find(mark, start, end)
        while position >= 0:
            found.append(position)
            position = text.find(mark, position + 1, end)
    found.sort()
    return found


def _match_end(text: str, mark: int, stop: int) -> int:
    """Where `_SENTENCE_END_RE.match(text, mark, stop)` ends, or 0 when it does not match, for
    a mark followed by something else than white space (else the match is the mark alone: the
    regex's \\s is str.isspace). Only a mark, a quote or a bracket can follow in a match."""
    if text[mark + 1] not in _AFTER_MARK:
        return 0
    match = _SENTENCE_END_RE.match(text, mark, stop)
    return 0 if match is None else match.end()


def _after_abbreviation(text: str, position: int, mark: int) -> bool:
    """Whether the full stop at `mark` follows "Mr", "e.g" or a single letter ("J. Smith") in
    the piece that starts at `position`: then it ends no sentence."""
    if text[mark] != "." or mark == position or not text[mark - 1].isalpha():
        return False
    # The word's last two letters first: most words end as no abbreviation does. (The word is
    # lowered as a whole below; only ASCII letters and the Kelvin sign lower to ASCII, one for
    # one, so an abbreviation's last two letters are those of the two characters lowered.)
    if (
        mark >= 2
        and text[mark - 2] not in " ("
        and text[mark - 2 : mark].lower() not in _ABBREVIATION_ENDS
    ):
        return False
    word_start = max(text.rfind(" ", position, mark), text.rfind("(", position, mark))
    word = text[max(word_start + 1, mark - 6) : mark].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and mark - word_start == 2)


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Add text[start:end] to `out`, trimmed, when it holds a letter or a digit. White space is
    what `str.isspace` says (as for the regex engine's \\s), a letter or a digit what
    `str.isalnum` says (as for [^\\W_])."""
    piece = text[start:end]
    kept = piece.strip()
    if kept and (
        kept[0].isalnum() or kept[2:3].isalnum() or _WORD_CHAR_RE.search(kept) is not None
    ):  # a bullet's first word starts after its mark and a space ("- Build"): no regex
        first = start + len(piece) - len(piece.lstrip())
        out.append((first, first + len(kept)))


def sentences(text: str) -> list[Token]:
    """Sentences with their offsets."""
    return [Token(text[s:e], s, e) for s, e in sentence_spans(text)]


def words_of(block: str) -> tuple[str, ...]:
    """The whitespace-separated words of a block of text (how word lists are written here)."""
    return tuple(block.split())
