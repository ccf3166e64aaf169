"""The sentence regexes of the transparency rules (tactful.ads.detect), led by a lookahead of
the characters their matches start with, find what the definitions (kept as text) find; a
sentence without any of REPLY_WORDS holds no match of REPLY; and a phrase between two spaces is a
match of its keyword regex (the facts' fast answer)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads import detect
from tactful.ads.document import AdDocument
from tactful.ads.rules import transparency

LED = [
    (detect.PAY_CONTEXT_RE, re.compile(detect.PAY_CONTEXT)),
    (detect.NOT_PAY_CONTEXT_RE, re.compile(detect.NOT_PAY_CONTEXT)),
    (detect.PAY_NAMED_RE, re.compile(detect.PAY_NAMED)),
    (detect.REPLY_RE, re.compile(detect.REPLY)),
]
# the words the regexes look for, in pieces, so generated sentences hit and nearly hit them
PIECES = [
    *"0123456789", " ", "  ", "\n", "-", "/", ",", ".", "$", "€", "k", "'", "_", "x", "é",
    "salary", "pay", "paid", "wage", "rate", "base", "ote", "per", "hour", "year", "an", "a",
    "month", "annual", "hourly", "salaire", "rémunération", "brut", "net", "par", "mois",
    "heure", "jour", "fixe", "variable", "package", "tjm", "daily", "to", "à", "et", "quota",
    "quotas", "revenue", "arr", "deal", "deals", "turnover", "funding", "raised", "valuation",
    "budget", "chiffre d'affaires", "levée", "portefeuille", "contrats", "de", "assets", "aum",
    "commission", "bonus", "compensation", "reply", "replies", "respond", "answer", "get",
    "back", "hear", "from", "us", "response", "feedback", "every", "all", "each", "applicant",
    "applications", "candidates", "one", "either", "way", "whatever", "répondons", "réponse",
    "toutes", "les", "candidatures", "chaque", "candidat", "chacun", "quelle", "que", "soit",
    "l'issue",
]  # fmt: skip


def _same(sentence: str) -> None:
    for led, plain in LED:
        assert [m.span() for m in led.finditer(sentence)] == [
            m.span() for m in plain.finditer(sentence)
        ]
    if not any(word in sentence for word in detect.REPLY_WORDS):
        assert re.search(detect.REPLY, sentence) is None


def test_corpus_sentences_give_the_same_matches() -> None:
    texts = corpus_files()
    assert texts
    for path in texts:
        doc = AdDocument.read(path.read_text(encoding="utf-8"))
        _same(doc.folded)
        for start, _ in doc.sentences:
            _same(doc.sentence_around(start))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_generated_sentences_give_the_same_matches(pieces: list[str]) -> None:
    _same(" ".join(pieces))
    _same("".join(pieces))


def test_the_reply_words_are_needed() -> None:
    assert detect.REPLY_RE.search("we reply to every applicant")
    assert detect.REPLY_RE.search("nous répondons à toutes les candidatures")
    assert not detect.REPLY_RE.search("we reply quickly")


KEYWORDS = [
    (detect.BENEFITS_SCAN_RE, detect.BENEFITS_PHRASES),
    (detect.DEADLINE_SCAN_RE, detect.DEADLINE_PHRASES),
    (detect.REMOTE_SCAN_RE, detect.REMOTE_PHRASES),
    (detect.PROCESS_SCAN_RE, detect.PROCESS_PHRASES),
    (detect.TIMELINE_SCAN_RE, detect.TIMELINE_PHRASES),
]


def test_a_spaced_phrase_is_a_match() -> None:
    # the regex reads nothing before its space nor after the space that follows the phrase, so
    # a match here is a match wherever the stream holds the spaced phrase
    for pattern, phrases in KEYWORDS:
        assert phrases
        for spaced, words in phrases:
            assert spaced == f" {' '.join(words)} "
            for after in ("", "x", "1"):
                match = pattern.match(spaced + after)
                assert match is not None, spaced
                assert match.end() < len(spaced), spaced


def _facts_by_the_regexes(doc: AdDocument, places: list[str]) -> transparency.Facts:
    scan = doc.scan
    return transparency.Facts(
        pay=transparency._states_pay(doc) or detect.PAY_WORD_SCAN_RE.search(scan) is not None,
        benefits=detect.BENEFITS_SCAN_RE.search(scan) is not None,
        deadline=detect.DEADLINE_SCAN_RE.search(scan) is not None,
        location=bool(places) or detect.REMOTE_SCAN_RE.search(scan) is not None,
        process=detect.PROCESS_SCAN_RE.search(scan) is not None,
        timeline=detect.TIMELINE_SCAN_RE.search(scan) is not None,
        reply=_reply_by_every_trigger(doc),
    )


def _reply_by_every_trigger(doc: AdDocument) -> bool:
    """The reply promise as first written: each trigger's sentence searched in turn."""
    return any(
        re.search(detect.REPLY, doc.sentence_around(match.start()))
        for match in detect.REPLY_TRIGGER_SCAN_RE.finditer(doc.scan)
    )


def test_corpus_facts_are_those_of_the_regexes() -> None:
    for path in corpus_files():
        doc = AdDocument.read(path.read_text(encoding="utf-8"))
        for places in ([], ["denver"]):
            assert transparency.facts(doc, places) == _facts_by_the_regexes(doc, places)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, ". ", "\n", "we", "to", "you"]), max_size=40))
def test_generated_reply_promises_are_those_of_every_trigger(pieces: list[str]) -> None:
    for text in (" ".join(pieces), "".join(pieces)):
        doc = AdDocument.read(text)
        assert transparency._promises_reply(doc) == _reply_by_every_trigger(doc)


_FACT_PIECES = [
    *PIECES, *"0123456789", "days", "day", "weeks", "week", "months", "mois", "jours", "semaines",
    "business", "working", "two", "deux", "by", "before", "until", "march", "june", "d'ici",
    "fin", "timeline", "calendrier", "apply", "deadline", "medical", "health", "care", "the",
    "process", "interview", "hiring", "remote", "on", "site", "x1", "1x", "daysx",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FACT_PIECES), max_size=40))
def test_generated_facts_are_those_of_the_regexes(pieces: list[str]) -> None:
    for text in (" ".join(pieces), "".join(pieces)):
        doc = AdDocument.read(text)
        assert transparency.facts(doc, []) == _facts_by_the_regexes(doc, [])
