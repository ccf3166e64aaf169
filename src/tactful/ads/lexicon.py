"""Word lists compiled into one regex each: a character trie, so one scan finds every phrase.

Phrases are written naturally in lower case: a space (or hyphen, comma or slash) between words
matches any run of those separators, so "world class" also finds "World-Class" and
"world‑class"; "(s)" or "(e)" marks an optional ending; a final "*" accepts any word ending
("meritocra*"); "[ ]" marks the words a finding covers when the phrase says more than the
finding should point at ("drink [beer]" points at "beer"). The text is scanned in its folded
form (tactful.text.fold.fold): same length as the text, lower case, typographic apostrophes,
dashes and spaces made plain, so offsets carry over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tactful.text.fold import fold
from tactful.text.regex_cache import remember
from tactful.text.values import Frozen, keep

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import TypeAlias

# The scanning stream: the folded text with punctuation (except ' and -) turned into spaces and
# one space in front, so every phrase starts after a literal space: Python's regex engine finds
# a literal first character far faster than a word boundary.
_STREAM_PUNCTUATION = '\t\n\r\f\v!"#&()*+,./:;<=>?@[\\]^_`{|}~·…\u2028\u2029\u0085¡¿$%€£'
_EDGE_QUOTE_RE = re.compile(r"'(?![^\W_])|(?<![^\W_])'")
SEPARATOR = r"[\s,/&-]+"
WORD_CHAR = r"[^\W_]"
_SEPARATOR_RE = re.compile(SEPARATOR)
_OPTIONAL_RE = re.compile(r"\(([^()|]*)\)")
_END = ""
_STAR = "*"


def stream(folded: str) -> str:
    """ " " + the folded text with punctuation as spaces (offsets shift by one)."""
    out = folded
    for char in _STREAM_PUNCTUATION:
        if char in out:
            out = out.replace(char, " ")
    if "'" in out:  # quotes, not apostrophes inside words ("don't", "l'équipe")
        out = _EDGE_QUOTE_RE.sub(" ", out)
    return " " + out


# An ASCII phrase folds to its lower case with "`" as "'" (the one typographic character in
# ASCII, tactful.text.fold.plain); its separators (SEPARATOR) are then white space (what
# str.split splits at) or one of ",/&-".
_ASCII_SEPARATORS = str.maketrans(",/&-`", "    '")


def normalize(phrase: str) -> str:
    """The lookup key of a phrase or of matched text: folded, separators as one space."""
    if phrase.isascii():  # the same key without a regex (every phrase a scan finds, nearly)
        return " ".join(phrase.lower().translate(_ASCII_SEPARATORS).split())
    return _SEPARATOR_RE.sub(" ", fold(phrase)).strip()


def expand(phrase: str) -> list[str]:
    """ "rockstar(s)" -> ["rockstar", "rockstars"]; several optional parts multiply."""
    match = _OPTIONAL_RE.search(phrase)
    if match is None:
        return [phrase]
    head, tail = phrase[: match.start()], phrase[match.end() :]
    out: list[str] = []
    for middle in ("", match.group(1)):
        out.extend(expand(head + middle + tail))
    return out


_Trie: TypeAlias = dict[str, "_Trie"]
"""One character per level; the _END and _STAR keys mark where a phrase stops."""


def _insert(trie: _Trie, phrase: str) -> None:
    node = trie
    star = phrase.endswith(_STAR)
    body = phrase[:-1] if star else phrase
    for char in body:
        node = node.setdefault(char, {})
    node[_STAR if star else _END] = {}


def _char_pattern(char: str, literal: bool) -> str:
    if char == " ":
        return r"\s+" if literal else SEPARATOR
    return re.escape(char)


def _compile_node(node: _Trie, tail: str, literal: bool) -> str:
    branches = [
        _char_pattern(char, literal) + _compile_node(child, tail, literal)
        for char, child in sorted(node.items())
        if char not in (_END, _STAR)
    ]
    if _STAR in node:
        branches.append(tail)
    elif _END in node:
        branches.append(rf"(?!{WORD_CHAR})")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie_pattern(
    phrases: Iterable[str], tail: str = rf"{WORD_CHAR}*", *, literal: bool = False
) -> str:
    """One regex for all phrases (longest first at every branch); callers put the word edge
    in front (a space of the scanning stream).

    `literal` keeps hyphens and commas as written (only a space matches any white space).
    The text is kept with the compiled matchers (tactful.text.regex_cache): building the trie
    costs more than analysing an ad."""
    items = tuple(phrases)
    return remember(("trie", items, tail, literal), lambda: _trie_pattern(items, tail, literal))


def _trie_pattern(phrases: tuple[str, ...], tail: str, literal: bool) -> str:
    trie: _Trie = {}
    for phrase in (variant for item in phrases for variant in expand(item)):
        if literal:
            key = " ".join(fold(phrase).split())
        else:
            key = normalize(phrase) + ("*" if phrase.rstrip().endswith("*") else "")
            key = key.replace(" *", "*")
        if key.strip("*"):
            _insert(trie, key)
    if not trie:
        return r"(?!x)x"
    return _compile_node(trie, tail, literal)


class Entry(Frozen):
    """One phrase of a word list: the rule it belongs to and what to write instead."""

    __slots__ = _fields = ("rule", "phrase", "replacement", "core")
    rule: str
    phrase: str
    replacement: str | None
    core: tuple[int, int] | None
    """For "drink [beer]": the words the finding covers (skip 1, take 1); None: all."""

    def __init__(
        self, rule: str, phrase: str, replacement: str | None, core: tuple[int, int] | None = None
    ) -> None:
        setter = object.__setattr__  # a read-only record's fields (tactful.text.values)
        setter(self, "rule", rule)
        setter(self, "phrase", phrase)
        setter(self, "replacement", replacement)
        setter(self, "core", core)


_CORE_RE = re.compile(r"\[([^\[\]]+)\]")
_PIECE_RE = re.compile(r"[^\s,/&-]+")


def _core(variant: str) -> tuple[str, tuple[int, int] | None]:
    """The phrase without its [core] brackets, and which of its words the core is."""
    found = _CORE_RE.search(variant)
    if found is None:
        return variant, None
    before = len(normalize(variant[: found.start()]).split())
    inside = len(normalize(found.group(1)).split())
    return variant[: found.start()] + found.group(1) + variant[found.end() :], (before, inside)


_Found: TypeAlias = tuple[str, str, str | None, tuple[int, int] | None]
"""An entry as kept with the compiled matchers: rule, phrase, replacement, core."""
_KNOWN_TEXTS = 4096
"""How many matched texts a PhraseSet keeps what it found for (bounded: a megabyte of
phrases written with ever different separators would grow it without end)."""


class PhraseSet:
    """Phrases of many rules, found in one scan; each match is traced back to its entry."""

    def __init__(self, entries: Iterable[tuple[str, str, str | None]]) -> None:
        items = tuple(entries)
        # Expanding and folding some 1,500 phrases costs about as much as analysing an ad, so
        # the look-up tables are kept with the compiled matchers (plain tuples: marshal-able).
        exact, stems, patterns = remember(("phrase-set", items), lambda: _tables(items))
        self._exact: dict[str, _Found] = exact
        self._stems: list[tuple[str, _Found]] = stems
        # one read-only Entry per table row, made when first found (at most one a phrase)
        self._entries: dict[_Found, Entry] = {}
        # what `_locate` gives for each text the regex matched: an ad repeats its phrases, and
        # ads share them (kept up to _KNOWN_TEXTS texts, then started over)
        self._located: dict[str, tuple[Entry | None, int, int]] = {}
        self.regex = re.compile(" (" + trie_pattern(patterns) + ")")

    def entry(self, matched: str) -> Entry | None:
        key = normalize(matched)
        found = self._exact.get(key)
        if found is None:
            for stem, stemmed in self._stems:
                if key.startswith(stem):
                    found = stemmed
                    break
        if found is None:
            return None
        entry = self._entries.get(found)
        if entry is None:
            entry = self._entries[found] = Entry(*found)
        return entry

    def finditer(self, scan: str) -> Iterable[tuple[int, int, Entry]]:
        """Matches in a scanning stream (see `stream`), as offsets into the folded text."""
        located = self._located
        for match in self.regex.finditer(scan):
            matched = match.group(1)
            known = located.get(matched)
            if known is None:
                known = self._locate(matched)
                keep(located, matched, known, _KNOWN_TEXTS)
            entry, start, end = known
            if entry is not None:
                at = match.start(1) - 1  # the stream's leading space: folded offsets
                yield at + start, at + end, entry

    def _locate(self, matched: str) -> tuple[Entry | None, int, int]:
        """The entry of a text the regex matched, and the part of the text a finding covers
        (offsets into it: all of it, or the words of the entry's core)."""
        entry = self.entry(matched)
        if entry is None:
            return None, 0, 0
        start, end = 0, len(matched)
        if entry.core is not None:
            skip, take = entry.core
            pieces = list(_PIECE_RE.finditer(matched))[skip : skip + take]
            if pieces:
                start, end = pieces[0].start(), pieces[-1].end()
        return entry, start, end


def _tables(
    items: tuple[tuple[str, str, str | None], ...],
) -> tuple[dict[str, _Found], list[tuple[str, _Found]], tuple[str, ...]]:
    """The exact phrases by key, the stems (longest first) and every variant to compile."""
    exact: dict[str, _Found] = {}
    stems: list[tuple[str, _Found]] = []
    patterns: list[str] = []
    for rule, phrase, replacement in items:
        for marked in expand(phrase):
            variant, core = _core(marked)
            found = (rule, variant, replacement, core)
            if variant.endswith("*"):
                stems.append((normalize(variant[:-1]), found))
            else:
                exact.setdefault(normalize(variant), found)
            patterns.append(variant)
    stems.sort(key=lambda pair: -len(pair[0]))
    return exact, stems, tuple(patterns)


def match_case(replacement: str, original: str) -> str:
    """Give a replacement the capitalisation of the words it replaces."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    words = original.split()
    if len(words) > 1 and all(word[0].isupper() for word in words if word[0].isalpha()):
        # A title ("Rockstar Developer"): each word of the replacement starts upper case too
        return " ".join(word[:1].upper() + word[1:] for word in replacement.split(" "))
    if letters and letters[0].isupper() and replacement:
        return replacement[0].upper() + replacement[1:]
    return replacement
