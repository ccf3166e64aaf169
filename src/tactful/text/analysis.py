"""A text read once for every rule: its words with their lemmas, sentence by sentence.

Words are split the way meaning needs them: "I'll" -> "I" + "'ll" (will), "don't" -> "do" +
"n't" (not), "m'appeler" -> "m'" (me) + "appeler", "Pourriez-vous" -> "Pourriez" (pouvoir) +
"vous"; every token keeps its exact offsets. `stream` spells the tokens as one string for the
pattern matcher (tactful.text.patterns): " | lemma/form lemma … ? | … ", where "|" separates
sentences, "?" ends a question and "," marks a comma between two words; a token is written
"lemma/form" when its form differs from its lemma (lower case, no accents), else "form".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import add, ne
from re import Match

from tactful.text.fold import key
from tactful.text.lemmas import table
from tactful.text.tokens import sentence_spans
from tactful.text.values import Record, cached

# Letters and digits, split at hyphens and apostrophes: French keeps the apostrophe with the
# elided word ("m'" + "appeler"); English gives it to the clitic ("i" + "'ll", "do" + "n't").
# The definition; `_pieces` gives the same tokens faster (tests/checks/test_fast_paths.py).
_PIECES = {
    "fr": r"[^\W_]+'(?=[^\W_])|[^\W_]+",
    "en": r"[^\W_]+?(?=n't(?![^\W_]))|n't(?![^\W_])|[^\W_]+|(?<=[^\W_])'[^\W_]+",
}
# What `_pieces` runs on text that is not ASCII (compiled on first use, not at import): "n't"
# is split off afterwards (a lazy run tried before every letter cost three times the scan),
# and the lookbehind comes after the apostrophe (so the engine skips ahead to one). ASCII text
# is cut without a regex (`_ascii_pieces`).
_FAST_PIECES = {"fr": _PIECES["fr"], "en": r"[^\W_]+|'(?<=[^\W_]')[^\W_]+"}
_EN_CLITICS = {"'ll": "will", "'re": "be", "'ve": "have", "'m": "be", "'d": "would", "n't": "not"}
_EN_NEGATED_HEADS = {"ca": "can", "wo": "will", "sha": "shall"}
_FR_ELIDED = {
    "l'": "le", "d'": "de", "j'": "je", "qu'": "que", "n'": "ne", "c'": "ce", "m'": "me",
    "s'": "se", "t'": "te", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque",
}  # fmt: skip


class Analysis(Record):
    """Tokens of `text` (parallel lists: offsets, forms, lemmas) and their stream."""

    _fields = (
        "text",
        "lang",
        "starts",
        "ends",
        "forms",
        "lemmas",
        "stream",
        "stream_starts",
        "token_of_marker",
        "marker_spans",
    )
    text: str
    lang: str
    starts: list[int]
    ends: list[int]
    forms: list[str]
    """Lower case, no accents, plain apostrophe: "appellerai", "'ll", "m'"."""
    lemmas: list[str]
    stream: str
    stream_starts: list[int]
    """Where each token starts in `stream` (markers "|", "?", "," are tokens too)."""
    token_of_marker: list[int]
    """For each stream token, its index in the lists above, or -1 for a marker."""
    marker_spans: dict[int, tuple[int, int]]

    def __init__(
        self,
        text: str,
        lang: str,
        starts: list[int],
        ends: list[int],
        forms: list[str],
        lemmas: list[str],
        stream: str,
        stream_starts: list[int],
        token_of_marker: list[int],
        marker_spans: dict[int, tuple[int, int]],
    ) -> None:
        self.text = text
        self.lang = lang
        self.starts = starts
        self.ends = ends
        self.forms = forms
        self.lemmas = lemmas
        self.stream = stream
        self.stream_starts = stream_starts
        self.token_of_marker = token_of_marker
        self.marker_spans = marker_spans

    def span(self, stream_start: int, stream_end: int) -> tuple[int, int]:
        """The text span of a stream match (from its first to its last token)."""
        first = bisect_right(self.stream_starts, stream_start) - 1
        last = bisect_right(self.stream_starts, max(stream_end - 2, stream_start)) - 1
        return self._token_span(first)[0], self._token_span(last)[1]

    def _token_span(self, stream_index: int) -> tuple[int, int]:
        index = self.token_of_marker[stream_index]
        if index < 0:
            return self.marker_spans[stream_index]
        return self.starts[index], self.ends[index]

    @cached
    def sentence_starts(self) -> list[int]:
        """The stream's offsets right after each "|" (no token holds one)."""
        out: list[int] = []
        position = self.stream.find("|")
        while position >= 0:
            out.append(position + 1)
            position = self.stream.find("|", position + 1)
        return out

    @cached
    def vocabulary(self) -> frozenset[str]:
        """Every lemma and every form of the text."""
        return frozenset(self.lemmas).union(self.forms)


def analyse(
    text: str,
    lang: str,
    start: int = 0,
    end: int | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> Analysis:
    """Read text[start:end] (offsets stay those of `text`); `spans` are its sentences when
    the caller has them already. Built from whole lists at a time (no per-word objects): a
    120-word email is read in tens of microseconds, a megabyte in well under a second."""
    stop = len(text) if end is None else end
    folded = key(text)
    if spans is None:
        spans = sentence_spans(text, start, stop)
    french = lang == "fr"
    starts, ends, forms = _pieces(folded, start, stop, lang)
    lemmas = list(map(_lemmas(lang).get, forms, forms))
    if french:
        for i in [i for i, f in enumerate(forms) if f == "a"]:
            if text[starts[i]] in "àÀ":
                lemmas[i] = "a"  # the preposition "à", not "a" (avoir)
    elif "n't" in folded:
        for i in [i for i, f in enumerate(forms) if f in _EN_NEGATED_HEADS]:
            if folded.startswith("n't", ends[i]):
                lemmas[i] = _EN_NEGATED_HEADS[forms[i]]  # "ca" + "n't": "can" + "not"
    spelled = forms.copy()  # "lemma/form" where they differ: a third of the tokens or less
    for i in compress(count(), map(ne, lemmas, forms)):
        spelled[i] = f"{lemmas[i]}/{forms[i]}"
    commas = _comma_tokens(folded, start, stop, starts, ends)
    pieces: list[str] = ["|"]
    owners: list[int] = [-1]
    marker_spans: dict[int, tuple[int, int]] = {0: (start, start)}
    for s_start, s_end in spans:
        first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
        cut = first
        for j in commas[bisect_left(commas, first + 1) : bisect_left(commas, last)]:
            pieces.extend(spelled[cut:j])
            owners.extend(range(cut, j))
            marker_spans[len(pieces)] = (ends[j - 1], starts[j])
            pieces.append(",")
            owners.append(-1)
            cut = j
        pieces.extend(spelled[cut:last])
        owners.extend(range(cut, last))
        tail = text[max(s_start, s_end - 3) : s_end]
        if tail.rstrip("\"'”»)] ").endswith(("?", "!")):
            marker_spans[len(pieces)] = (s_end - 1, s_end)
            pieces.append("?" if "?" in tail else "!")
            owners.append(-1)
        marker_spans[len(pieces)] = (s_end, s_end)
        pieces.append("|")
        owners.append(-1)
    # token i starts after the leading space, the i tokens before it and a space after each
    lengths = list(accumulate(map(len, pieces[:-1]), initial=1))
    stream_starts = list(map(add, lengths, range(len(lengths))))
    stream = " " + " ".join(pieces) + " "
    return Analysis(
        text, lang, starts, ends, forms, lemmas, stream, stream_starts, owners, marker_spans
    )


@lru_cache(maxsize=4)
def _lemmas(lang: str) -> dict[str, str]:
    """The lemma table with the clitics and elisions over it: one look-up per token."""
    special = _FR_ELIDED if lang == "fr" else _EN_CLITICS
    return {**table(lang), **special}


def _pieces(
    folded: str, start: int, stop: int, lang: str
) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and forms of the tokens `_PIECES[lang]` finds in folded[start:stop]."""
    french = lang == "fr"
    if folded.isascii():
        starts, ends, forms = _ascii_pieces(folded, start, stop, french)
    else:
        found = re.compile(_FAST_PIECES["fr" if french else "en"]).finditer(folded, start, stop)
        matches = list(found)
        starts = list(map(Match.start, matches))
        ends = list(map(Match.end, matches))
        forms = list(map(Match.group, matches))
    if not french and "n't" in folded:
        _split_negations(starts, ends, forms)
    return starts, ends, forms


_GAPS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
"""Every ASCII character but [a-zA-Z0-9] -> a space: what separates the runs of letters."""


def _ascii_pieces(
    folded: str, start: int, stop: int, french: bool
) -> tuple[list[int], list[int], list[str]]:
    """What `_PIECES[lang]` finds in folded[start:stop] (an ASCII text), without a
    match object per word: its tokens are the runs of [a-zA-Z0-9], which `str.split` cuts and
    whose offsets are sums of lengths, joined to an apostrophe between two letters (French:
    to the run before it, "l'"; English: to the run after it, "'ll"). As in the regex, the
    letter before the apostrophe may lie before `start` in English (a lookbehind), and the
    letter after it must lie before `stop`."""
    runs = folded[start:stop].translate(_GAPS).split(" ")
    # run k starts after the k runs before it and the k spaces that follow each
    offsets = list(map(add, accumulate(map(len, runs), initial=start), count()))
    forms = list(filter(None, runs))
    starts = list(compress(offsets, runs))
    ends = list(map(add, starts, map(len, forms)))
    quote = folded.find("'", start, max(start, stop - 1))  # (a negative end counts back)
    while quote >= 0:
        if quote and folded[quote - 1].isalnum() and folded[quote + 1].isalnum():
            if not french:  # the run after it starts right after it
                i = bisect_left(starts, quote + 1)
                starts[i] = quote
                forms[i] = "'" + forms[i]
            elif quote > start:  # the run before it ends right at it
                i = bisect_left(starts, quote) - 1
                ends[i] = quote + 1
                forms[i] += "'"
        quote = folded.find("'", quote + 1, stop - 1)
    return starts, ends, forms


def _split_negations(starts: list[int], ends: list[int], forms: list[str]) -> None:
    """ "don" + "'t" -> "do" + "n't", in place: what `_PIECES["en"]` gives where a run of
    letters ending in "n" is followed by "'t" and no letter (a run read after an apostrophe,
    as in "o'don't", is left whole, as that regex leaves it)."""
    j = len(forms) - 1
    while j > 0:
        head = forms[j - 1]
        if forms[j] == "'t" and ends[j - 1] == starts[j] and head[-1] == "n" and head[0] != "'":
            if len(head) == 1:  # "n't" alone
                forms[j - 1 : j + 1] = ["n't"]
                ends[j - 1 : j + 1] = [ends[j]]
                del starts[j]
            else:
                forms[j - 1 : j + 1] = [head[:-1], "n't"]
                ends[j - 1] -= 1
                starts[j] = ends[j - 1]
            j -= 1
        j -= 1


def _comma_tokens(
    folded: str, start: int, stop: int, starts: list[int], ends: list[int]
) -> list[int]:
    """Indices of the tokens that follow a comma right after the previous token."""
    out: list[int] = []
    position = folded.find(",", start, stop)
    while position >= 0:
        j = bisect_left(starts, position)
        if 0 < j < len(starts) and ends[j - 1] <= position and (not out or out[-1] != j):
            out.append(j)
        position = folded.find(",", position + 1, stop)
    return out


def _spell(lemma: str, form: str) -> str:
    return form if lemma == form else f"{lemma}/{form}"
