"""The checker's fast paths give exactly what the general code they stand for gives: each is
compared with its definition on generated text (letters, accents, apostrophes, "n't", digits,
underscores, capitals, line breaks) and on every email of the labelled corpora."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.checks.rule import (
    Email,
    MeaningRule,
    _anchored,
    _sentence_matches,
    registered_rules,
)
from tactful.checks.rules_form import _CAPS_WORD_RE
from tactful.text.analysis import _PIECES, _pieces, analyse
from tactful.text.anatomy import Span, _lines
from tactful.text.fold import key
from tactful.text.language import _WORD_RE as _LANGUAGE_WORD_RE
from tactful.text.language import _words
from tactful.text.readability import readability, syllables
from tactful.text.tokens import WORD_RE, count_words, find_words, sentence_spans

ROOT = Path(__file__).resolve().parents[2]
# Pieces that meet every branch of the fast paths: clitics, elisions, a lone "n", accents
# that fold to ASCII and letters that do not, capitals ("İ" folds to a capital "I").
_BITS = [
    "don", "n", "'t", "n't", "o'", "'", "’", "t", "ca", "I", "İ", "é", "œ", "ß", "_", "-",
    "1", "2", " ", "  ", "\n", ".", ",", "?", "!", "a", "A", "SQL", "m'", "l'", "x", "’s",
    "Ω", "٣", "ﬁ",
]  # fmt: skip
texts = st.lists(st.sampled_from(_BITS) | st.text(max_size=3), max_size=40).map("".join)


def _corpus() -> list[str]:
    files = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    return [f.read_text("utf-8") for f in files]


def _defined(
    folded: str, start: int, stop: int, lang: str
) -> tuple[list[int], list[int], list[str]]:
    regex = re.compile(_PIECES["fr" if lang == "fr" else "en"])
    found = list(regex.finditer(folded, start, stop))
    return [m.start() for m in found], [m.end() for m in found], [m.group() for m in found]


@settings(max_examples=600, deadline=None)
@given(texts, st.sampled_from(["en", "fr"]), st.integers(0, 8), st.integers(0, 8))
@example("o'don't n't nn't don't! can'tx İsn't", "en", 0, 0)
@example("I don't", "en", 0, 1)
def test_pieces_are_the_defining_regexes_tokens(
    text: str, lang: str, cut_start: int, cut_end: int
) -> None:
    for folded in (text, key(text)):
        start = min(cut_start, len(folded))
        stop = max(start, len(folded) - cut_end)
        assert _pieces(folded, start, stop, lang) == _defined(folded, start, stop, lang)


_ASCII_BITS = ["don", "n", "'t", "n't", "l'", "'", "''", "a", "B", "7", " ", "\n", ",", "-", "_"]
ascii_texts = st.lists(
    st.sampled_from(_ASCII_BITS) | st.text(st.characters(max_codepoint=127), max_size=3),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(ascii_texts, st.sampled_from(["en", "fr"]), st.integers(0, 8), st.integers(0, 8))
@example("a'b'c l''a 'x y' it's", "en", 0, 0)
@example("a'b'c l''a 'x y' it's", "fr", 0, 0)
@example("x'y", "en", 1, 0)
@example("x'y", "fr", 1, 0)
@example("'", "en", 0, 1)
def test_ascii_pieces_are_the_defining_regexes_tokens(
    text: str, lang: str, cut_start: int, cut_end: int
) -> None:
    """ASCII text is cut into runs of letters by `str.split` (`_ascii_pieces`): apostrophes
    between letters, at either edge of the slice, give what the regex gives."""
    start = min(cut_start, len(text))
    stop = max(start, len(text) - cut_end)
    for folded in (text, key(text)):
        assert _pieces(folded, start, stop, lang) == _defined(folded, start, stop, lang)


def test_pieces_of_the_corpora_are_the_defining_regexes_tokens() -> None:
    emails = _corpus()
    assert len(emails) > 100  # the corpora are there
    for text in emails:
        folded = key(text)
        for lang in ("en", "fr"):
            expected = _defined(folded, 0, len(folded), lang)
            assert _pieces(folded, 0, len(folded), lang) == expected


_CAPS_DEFINED = re.compile(r"(?<![^\W_])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9'’-]*[A-ZÀ-ÖØ-Þ](?![^\W_])")
"""The shouting rule's words in capitals as first written (lookbehind first)."""
_LINE_DEFINED = re.compile(r"[^\n]*")
_CAPS_BITS = ["SQL", "THANK", "YOU", "a", "Ab", "É", "É", "x1", "_", "-", "'", " ", "\n", "ÉTÉ"]
caps_texts = st.lists(st.sampled_from(_CAPS_BITS) | st.text(max_size=2), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(caps_texts)
def test_capitals_are_found_where_the_defining_regex_finds_them(text: str) -> None:
    expected = [m.span() for m in _CAPS_DEFINED.finditer(text)]
    assert [m.span() for m in _CAPS_WORD_RE.finditer(text)] == expected


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 6), st.integers(0, 6))
@example("a--b -x y- '-' 9-a's_b it's-x'y", 0, 0)
def test_words_are_word_re_words(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    stop = max(start, len(text) - cut_end)
    assert find_words(text, start, stop) == WORD_RE.findall(text, start, stop)
    assert count_words(text, start, stop) == len(WORD_RE.findall(text, start, stop))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\r\n\x0b\u2028ab", max_size=30), st.integers(0, 4))
def test_lines_are_the_defining_regexes_lines(text: str, cut: int) -> None:
    start = min(cut, len(text))
    expected = []
    for match in _LINE_DEFINED.finditer(text, start, len(text)):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            expected.append((match.start() + lead, match.start() + len(line.rstrip())))
    assert [(s.start, s.end) for s in _lines(text, start, len(text))] == expected


def _readability_defined(text: str, lang: str) -> tuple[int, int, int, int]:
    tokens = [w for w in WORD_RE.findall(text) if not w.isdigit()]
    spans = sentence_spans(text)
    limit = 30 if lang == "fr" else 25
    long_count = sum(1 for s, e in spans if len(WORD_RE.findall(text, s, e)) > limit)
    return len(tokens), len(spans), sum(syllables(w, lang) for w in tokens), long_count


def test_readability_counts_as_defined_on_the_corpora() -> None:
    emails = _corpus()
    for text in [*emails, "word " * 26, "a-b " * 31 + ".", "1 2 " * 20]:
        for lang in ("en", "fr"):
            score = readability(text, lang)
            if score.words == 0:
                continue
            counts = (score.words, score.sentences, score.syllables, score.long_sentences)
            assert counts == _readability_defined(text, lang), text[:60]


def _anchored_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for rule in registered_rules():
        if isinstance(rule, MeaningRule):
            for lang in ("en", "fr"):
                for pattern, (_needs, regex) in zip(
                    rule.patterns[lang], rule.compiled(lang), strict=True
                ):
                    assert _anchored(regex) == (pattern.split()[0] == "^"), pattern
                    if _anchored(regex):
                        out.append((lang, regex))
    return out


def test_patterns_anchored_at_sentence_starts_match_as_finditer_does() -> None:
    anchored = _anchored_patterns()
    assert len(anchored) > 10  # the rules have such patterns
    extra = ["| a |", "Since I have not heard back. Well, since I haven't heard anything?"]
    matched = 0
    for text in [*_corpus(), *extra]:
        for lang in ("en", "fr"):
            read = analyse(text, lang)
            for pattern_lang, regex in anchored:
                if pattern_lang != lang:
                    continue
                expected = [m.span() for m in regex.finditer(read.stream)]
                assert [m.span() for m in _sentence_matches(regex, read)] == expected
                matched += bool(expected)
    assert matched > 0  # some of them match somewhere


def _sentences_in_defined(email: Email, span: Span) -> list[tuple[int, int]]:
    out = []
    for s, e in email.sentences:
        if e > span.start and s < span.end:
            s, e = max(s, span.start), min(e, span.end)
            lead = len(email.text[s:e]) - len(email.text[s:e].lstrip())
            if s + lead < e:
                out.append((s + lead, e))
    return out


def test_sentences_in_a_part_are_cut_as_defined() -> None:
    for text in [*_corpus(), "Hi Ana,  thank you. \u2003Next one!\n\nBest,\nSam"]:
        email = Email(text, "en", None)
        parts = email.parts
        spans = [parts.body, parts.core, Span(3, len(text) - 4), Span(7, 9)]
        for span in spans:
            assert email.sentences_in(span) == _sentences_in_defined(email, span)


def test_quoted_reply_starts_only_with_its_openers() -> None:
    """dissect tries `_QUOTE_START_RE` only on lines starting with `_QUOTE_OPENERS`: every
    character the regex can match first, case-blind as it is, is one of them."""
    from re import _parser

    from tactful.text.anatomy import _QUOTE_OPENERS, _QUOTE_START_RE

    def first(item: tuple[object, Any]) -> str:
        op, av = item
        if str(op) == "LITERAL":
            return chr(av)
        if str(op) == "MAX_REPEAT":
            return first(av[2][0])
        assert str(op) == "BRANCH", item
        return "".join(first(branch[0]) for branch in av[1])

    parsed = _parser.parse(_QUOTE_START_RE.pattern, _QUOTE_START_RE.flags).data
    assert len(parsed) == 1
    firsts = first(parsed[0])
    assert sorted(firsts) == sorted("ol-fd>")
    blind = re.compile(f"[{re.escape(firsts)}]", re.IGNORECASE)
    assert {chr(c) for c in range(0x110000) if blind.match(chr(c))} == set(_QUOTE_OPENERS)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("abzAZ09 '\n,.-_é\u0153"), max_size=60) | texts)
@example("o'don't ''a b'' x'y'z '")
def test_language_words_are_the_defining_regexes_words(text: str) -> None:
    assert _words(text) == _LANGUAGE_WORD_RE.findall(text)


def _meaning_spans_defined(rule: MeaningRule, email: Email) -> list[tuple[int, int]]:
    """A meaning rule's spans as first written: every pattern whose required word sets all
    meet the text's vocabulary, matched by finditer over the whole stream, overlaps merged."""
    read = email.read
    raw: list[tuple[int, int]] = []
    for needs, regex in rule.compiled(email.lang):
        if all(not read.vocabulary.isdisjoint(words) for words in needs):
            raw.extend(read.span(m.start() + 1, m.end() + 1) for m in regex.finditer(read.stream))
    return rule.kept(email, raw)  # merging is not what this test holds the fast path to


def test_meaning_rules_pick_their_patterns_as_defined() -> None:
    """`MeaningRule._spans` tries only the patterns the index names and tests their other
    word sets (the first is met by construction): the spans are those of every pattern."""
    rules = [r for r in registered_rules() if isinstance(r, MeaningRule)]
    found = 0
    for text in _corpus():
        for lang in ("en", "fr"):
            email = Email(text, lang, None)
            for rule in rules:
                spans = MeaningRule._spans(rule, email)  # not a subclass's additions
                assert spans == _meaning_spans_defined(rule, email), (rule.id, text[:60])
                found += bool(spans)
    assert found > 100  # the corpora hold many such meanings
