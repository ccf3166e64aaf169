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
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from tactful.text.fold import key
from tactful.text.lemmas import table
from tactful.text.tokens import sentence_spans

# Letters and digits, split at hyphens and apostrophes: French keeps the apostrophe with the
# elided word ("m'" + "appeler"); English gives it to the clitic ("i" + "'ll", "do" + "n't").
_PIECES = {
    "fr": re.compile(r"[^\W_]+'(?=[^\W_])|[^\W_]+"),
    "en": re.compile(r"[^\W_]+?(?=n't(?![^\W_]))|n't(?![^\W_])|[^\W_]+|(?<=[^\W_])'[^\W_]+"),
}
_EN_CLITICS = {"'ll": "will", "'re": "be", "'ve": "have", "'m": "be", "'d": "would", "n't": "not"}
_EN_NEGATED_HEADS = {"ca": "can", "wo": "will", "sha": "shall"}
_FR_ELIDED = {
    "l'": "le", "d'": "de", "j'": "je", "qu'": "que", "n'": "ne", "c'": "ce", "m'": "me",
    "s'": "se", "t'": "te", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque",
}  # fmt: skip


@dataclass
class Analysis:
    """Tokens of `text` (parallel lists: offsets, forms, lemmas) and their stream."""

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

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        return frozenset(self.lemmas)


def analyse(text: str, lang: str, start: int = 0, end: int | None = None) -> Analysis:
    """Read text[start:end] (offsets stay those of `text`)."""
    lemmas_of = table(lang)
    folded = key(text)
    stop = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    forms: list[str] = []
    lemmas: list[str] = []
    pieces: list[str] = [" |"]
    stream_starts: list[int] = [1]
    token_of_marker: list[int] = [-1]
    marker_spans: dict[int, tuple[int, int]] = {0: (start, start)}
    size = 3  # len(" | ")
    french = lang == "fr"
    pieces_re = _PIECES["fr" if french else "en"]
    for s_start, s_end in sentence_spans(text, start, stop):
        previous_end = -1
        for match in pieces_re.finditer(folded, s_start, s_end):
            form = match.group()
            a, b = match.start(), match.end()
            if previous_end >= 0 and "," in folded[previous_end:a]:
                marker_spans[len(stream_starts)] = (previous_end, a)
                stream_starts.append(size)
                token_of_marker.append(-1)
                pieces.append(",")
                size += 2
            previous_end = b
            if french:
                lemma = _FR_ELIDED.get(form) or lemmas_of.get(form, form)
                if form == "a" and text[a] in "àÀ":
                    lemma = "a"  # the preposition "à", not "a" (avoir)
            else:
                lemma = _EN_CLITICS.get(form) or lemmas_of.get(form, form)
                if lemma == form and form in _EN_NEGATED_HEADS and folded.startswith("n't", b):
                    lemma = _EN_NEGATED_HEADS[form]
            starts.append(a)
            ends.append(b)
            forms.append(form)
            lemmas.append(lemma)
            token_of_marker.append(len(forms) - 1)
            stream_starts.append(size)
            spelled = _spell(lemma, form)
            pieces.append(spelled)
            size += len(spelled) + 1
        if text[s_end - 1 : s_end] in ("?", "!") or text[max(s_start, s_end - 3) : s_end].rstrip(
            "\"'”»)] "
        ).endswith(("?", "!")):
            mark = "?" if "?" in text[max(s_start, s_end - 3) : s_end] else "!"
            marker_spans[len(stream_starts)] = (s_end - 1, s_end)
            stream_starts.append(size)
            token_of_marker.append(-1)
            pieces.append(mark)
            size += 2
        marker_spans[len(stream_starts)] = (s_end, s_end)
        stream_starts.append(size)
        token_of_marker.append(-1)
        pieces.append("|")
        size += 2
    stream = " ".join(pieces) + " "
    return Analysis(
        text, lang, starts, ends, forms, lemmas, stream, stream_starts, token_of_marker,
        marker_spans,
    )  # fmt: skip


def _spell(lemma: str, form: str) -> str:
    return form if lemma == form else f"{lemma}/{form}"
