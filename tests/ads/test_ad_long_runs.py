"""Long runs cost their length: the gender reading walks each piece and each hyphenated word
once, the towns before bracketed département numbers are looked for after the last number, and
the job-place sentence is read once, and the patterns read at each line start keep the white
space before a list mark on its line. Each gives what the plain reading gives (the tests of
tests/ads/test_ad_gender_fast_reading.py, test_ad_fast_paths.py and these). That a long run of
what cost the square of its length (40 kB took 14-17 s) now costs its length is measured in
bench/bench_ads.py (its megabyte cases), not timed here."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.document import _MARKDOWN_RE, AdDocument
from tactful.ads.gender import (
    _SEPARATOR_RE,
    CodedWord,
    _separates,
    coded_english,
    coded_words,
    published_words,
)
from tactful.ads.gender import lexicon as gender_lexicon
from tactful.ads.improve import _LIST_NUMBER_RE
from tactful.ads.lexicon import stream
from tactful.ads.places import (
    _JOB_PLACE_RE,
    _JOB_WORDS_RE,
    _PLACE_AFTER_RE,
    _TOWN_DEPARTEMENT_RE,
    _sentence_span,
    job_places,
    town_departements,
)


def test_separator_class_is_separates() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert (_SEPARATOR_RE.match(char) is not None) == _separates(char), hex(code)


_RUN_PIECES = st.sampled_from(
    [
        "lead", "leader", "support", "self-", "co-operative", "inter-", "-", "#", "+", " ", "x",
        "sharepoint", "é", "'", "share", "head-strong", "\n",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_RUN_PIECES, max_size=30).map("".join))
def test_coded_english_in_long_runs_reads_the_published_words(text: str) -> None:
    lex = gender_lexicon("en")
    published = [
        (start, end, word)
        for start, end, word in published_words(text)
        if word not in lex.exceptions and word.startswith(lex.masculine + lex.feminine)
    ]
    assert [(w.start, w.end, w.word) for w in coded_english(text)] == published


_TOWN_RUN_PIECES = st.sampled_from(
    ["Bordeaux", "x", " ", "-", "(33)", "(2A)", "(00)", "\n", ": ", "à ", "Le", "sur", "é"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_TOWN_RUN_PIECES, max_size=30).map("".join))
def test_town_departements_in_long_runs_is_the_regex(text: str) -> None:
    fast = [(m.span(), m.groups()) for m in town_departements(text)]
    assert fast == [(m.span(), m.groups()) for m in _TOWN_DEPARTEMENT_RE.finditer(text)]


def _job_places_by_every_match(folded: str, scan: str) -> tuple[list[str], list[str]]:
    """The job places read by the regex, each match's sentence read for it (as first written)."""
    strong: list[str] = []
    weak: list[str] = []
    for match in _JOB_PLACE_RE.finditer(scan):
        place = _PLACE_AFTER_RE.match(folded, match.end() - 1)
        if place is None:
            continue
        start, end = _sentence_span(folded, match.start())
        if " our" in match.group() and not _JOB_WORDS_RE.search(folded[start:end]):
            weak.append(place.group())
        else:
            strong.append(place.group())
    return strong, weak


_JOB_PIECES = st.sampled_from(
    [
        "from our", "in our", "Denver", "office", "work", "role", "visit", "hybrid", "days a week",
        "at", " ", ".", "\n", "based in", "Paris", "x",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_JOB_PIECES, max_size=20).map(" ".join))
def test_job_places_read_each_sentence_once(text: str) -> None:
    doc = AdDocument.read(text)
    strong, weak = job_places(doc.text, doc.folded, doc.scan, doc.word_counts)
    plain_strong, plain_weak = _job_places_by_every_match(doc.folded, doc.scan)
    # job_places adds the other kinds of places after these, all in lower case
    assert strong[: len(plain_strong)] == [p.lower() for p in plain_strong]
    assert weak[: len(plain_weak)] == [p.lower() for p in plain_weak]


def _coded_words_by_every_word(scan: str, lang: str) -> list[CodedWord]:
    """coded_words as first written: each part after a hyphen looked for in every word."""
    lex = gender_lexicon(lang)
    whole = [(m.start(1), m.end(1)) for m in lex.after_space.finditer(scan)]
    spans = list(whole)
    if "-" in scan:
        ends = {e for _, e in whole}
        for match in lex.after_hyphen.finditer(scan):
            start, end = match.start(1), match.end(1)
            if end in ends and any(s <= start < e for s, e in whole):
                continue
            spans.append((start, end))
        spans.sort()
    found: list[CodedWord] = []
    for start, end in spans:
        word = scan[start:end]
        if word.startswith(lex.exceptions):
            continue
        masculine, feminine = word.startswith(lex.masculine), word.startswith(lex.feminine)
        if masculine or feminine:
            found.append(CodedWord(start - 1, end - 1, word, int(masculine), int(feminine)))
    return found


_FRENCH_PIECES = st.sampled_from(
    [
        "ambitieux", "ambitieuse", "dynamique", "leader", "sûr de soi", "-", "x", " ", "'", "é",
        "compétitif", "bienveillant", "à l'écoute", "\n", "-x-",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_FRENCH_PIECES, max_size=25).map("".join))
def test_french_coded_words_find_the_word_of_a_part_as_every_word_was_read(text: str) -> None:
    scan = stream(text.lower())
    assert coded_words(scan, "fr") == _coded_words_by_every_word(scan, "fr")


# The line-start patterns as first written: `\s*` before the list mark reads through blank lines.
_MARKDOWN_AS_WRITTEN = re.compile(
    r"^(?:#{1,6}\s|\s*[-*+]\s|\s*\d+[.)]\s)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\(", re.MULTILINE
)
_LIST_NUMBER_AS_WRITTEN = re.compile(r"^\s*\d{1,2}[.)]\s", re.MULTILINE)
_LINE_PIECES = st.sampled_from(
    ["\n", "\r\n", " ", "\t", "\u2028", "\x0c", "- ", "-", "* ", "+\n", "1. ", "12) ", "3.",
     "# ", "####### ", "**b**", "[a](", "x", "é", "\n\n"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=30).map("".join))
def test_line_start_patterns_find_what_they_found_through_blank_lines(text: str) -> None:
    # detect_format counts the Markdown pieces and asks whether there is one; the rewrite check
    # reads the numbers left once list numbers are blanked (the white space they took is space)
    assert len(_MARKDOWN_RE.findall(text)) == len(_MARKDOWN_AS_WRITTEN.findall(text))
    assert (_MARKDOWN_RE.search(text) is None) == (_MARKDOWN_AS_WRITTEN.search(text) is None)
    assert _LIST_NUMBER_RE.sub(" ", text).split() == _LIST_NUMBER_AS_WRITTEN.sub(" ", text).split()
