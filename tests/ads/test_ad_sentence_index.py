"""Rules that read the sentence of every match read each sentence once
(AdDocument.sentence_index, sentence_matches): the same findings and facts as reading it for
every match. (An ad of one long sentence full of
matches cost the square of its length: 46 kB of "quota revenue 45 000 €" took 16 s, a megabyte
hours; bench/bench_ads.py's megabyte cases measure it now.)"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.detect import (
    EEO_RE,
    NOT_PAY_CONTEXT_RE,
    PAY_CONTEXT_RE,
    PAY_NAMED_RE,
    PAY_RE,
    REPLY_TRIGGER_SCAN_RE,
)
from tactful.ads.document import AdDocument
from tactful.ads.rules.base import Hit
from tactful.ads.rules.phrases import _EEO_EXEMPT, IGNORED, _wording, phrase_hits, phrase_set
from tactful.ads.rules.transparency import _promises, _promises_reply, _states_pay


def _states_pay_by_every_amount(doc: AdDocument) -> bool:
    for match in PAY_RE.finditer(doc.folded):
        sentence = doc.sentence_around(match.start())
        if PAY_CONTEXT_RE.search(sentence) and (
            NOT_PAY_CONTEXT_RE.search(sentence) is None or PAY_NAMED_RE.search(sentence)
        ):
            return True
    return False


def _promises_reply_by_every_trigger(doc: AdDocument) -> bool:
    return any(_promises(doc, m.start()) for m in REPLY_TRIGGER_SCAN_RE.finditer(doc.scan))


def _phrase_hits_by_every_phrase(doc: AdDocument, lang: str) -> list[Hit]:
    hits: list[Hit] = []
    for start, end, entry in phrase_set(lang).finditer(doc.scan):
        if entry.replacement == IGNORED:
            continue
        if entry.rule in _EEO_EXEMPT and EEO_RE.search(doc.sentence_around(start)):
            continue
        replacement, message = _wording(doc.text[start:end], entry.replacement)
        hits.append(Hit(entry.rule, start, end, replacement=replacement, message=message))
    return hits


def _same(text: str) -> None:
    doc = AdDocument.read(text)
    for offset in range(-1, len(doc.scan) + 1):
        index = doc.sentence_index(offset)
        if index < 0:
            assert doc.sentence_around(offset) == ""
        else:
            start, end = doc.sentences[index]
            assert doc.sentence_around(offset) == doc.folded[start:end]
    assert _states_pay(doc) == _states_pay_by_every_amount(doc)
    assert _promises_reply(doc) == _promises_reply_by_every_trigger(doc)
    for lang in ("en", "fr"):
        assert phrase_hits(doc, lang) == _phrase_hits_by_every_phrase(doc, lang)


def test_corpus_texts() -> None:
    texts = corpus_files()
    assert texts
    for path in texts:
        doc = AdDocument.read(path.read_text(encoding="utf-8"))
        assert _states_pay(doc) == _states_pay_by_every_amount(doc), path
        assert _promises_reply(doc) == _promises_reply_by_every_trigger(doc), path
        for lang in ("en", "fr"):
            assert phrase_hits(doc, lang) == _phrase_hits_by_every_phrase(doc, lang), path


_PIECES = st.sampled_from(
    [
        "salary", "45 000 €", "$40k", "quota", "revenue", "a year", "raised", "€2M", "feedback",
        "reply", "we reply to every applicant", "all", "hear", "young", "regardless of age",
        "married", "native speaker", "must be able to lift", "because", " ", ". ", "\n", ",",
        "répondons", "à toutes les candidatures", "jeune", "quel que soit votre âge",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=20))
def test_generated_texts(pieces: list[str]) -> None:
    _same(" ".join(pieces))
    _same("".join(pieces))
