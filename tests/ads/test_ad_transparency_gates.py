"""The transparency facts' shortcuts give what their plain readings give: a phrase's words
looked up as one set comparison (_holds_phrase) are each looked up, and the business-money
regex searched only when a sentence holds one of its words (_about_business_money) is the
regex searched in every sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.detect import (
    BENEFITS_PHRASES,
    DEADLINE_PHRASES,
    NOT_PAY_CONTEXT,
    NOT_PAY_CONTEXT_RE,
    PROCESS_PHRASES,
    REMOTE_PHRASES,
    TIMELINE_PHRASES,
)
from tactful.ads.document import AdDocument
from tactful.ads.rules.transparency import (
    _BENEFITS,
    _BUSINESS_MONEY_WORDS,
    _DEADLINE,
    _PROCESS,
    _REMOTE,
    _TIMELINE,
    _about_business_money,
    _holds_phrase,
)

SETS = [
    (_BENEFITS, BENEFITS_PHRASES),
    (_DEADLINE, DEADLINE_PHRASES),
    (_REMOTE, REMOTE_PHRASES),
    (_PROCESS, PROCESS_PHRASES),
    (_TIMELINE, TIMELINE_PHRASES),
]


def _holds_phrase_by_each_word(
    doc: AdDocument, phrases: tuple[tuple[str, tuple[str, ...]], ...]
) -> bool:
    """_holds_phrase as first written: each word of each phrase looked up in turn."""
    counts, scan = doc.word_counts, doc.scan
    return any(
        all(word in counts for word in words) and spaced in scan for spaced, words in phrases
    )


def _same(text: str) -> None:
    doc = AdDocument.read(text)
    for fast, plain in SETS:
        assert _holds_phrase(doc, fast) == _holds_phrase_by_each_word(doc, plain), text
    for start, end in doc.sentences:
        sentence = doc.folded[start:end]
        assert _about_business_money(sentence) == (NOT_PAY_CONTEXT_RE.search(sentence) is not None)


def test_corpus_texts() -> None:
    texts = corpus_files()
    assert texts
    for path in texts:
        _same(path.read_text(encoding="utf-8"))


_PIECES = st.sampled_from(
    [
        "health", "insurance", "paid", "time", "off", "apply", "by", "closing", "date", "hiring",
        "process", "video", "call", "remote", "in", "office", "timeline", "the", "next", "steps",
        "quota", "quotas", "revenue", "arr", "carry", "deals", "ideal", "turnover", "funding",
        "raised", "valuation", "budget", "chiffre", "d'affaires", "levée", "portefeuille",
        "contrats", "de", "assets", "aum", "salary", "€", "40", "000", " ", "-", ",", ".", "\n",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_generated_texts(pieces: list[str]) -> None:
    _same(" ".join(pieces))
    _same("".join(pieces))


def test_every_branch_of_the_business_money_regex_holds_one_of_its_words() -> None:
    for branch in NOT_PAY_CONTEXT.split("|"):
        assert any(word in branch for word in _BUSINESS_MONEY_WORDS), branch
