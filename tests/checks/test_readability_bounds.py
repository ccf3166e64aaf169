"""hard-to-read's shortcuts give what the plain reading gives: it counts the words of a
sentence only when the tokens of `Email.read` that start in it leave the count on either side
of the limit (those tokens are never fewer than its words, and exceed them by at most its
apostrophes and hyphens), and reads the core's words off the body's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.checks.rule import Email
from tactful.checks.rules_form import _word_bounds
from tactful.text.tokens import count_words, find_words

ROOT = Path(__file__).resolve().parents[2]
_BITS = [
    "don", "n", "'t", "n't", "o'", "'", "’", "t", "ca", "I", "İ", "é", "œ", "ß", "_", "-",
    "1", "2", " ", "  ", "\n", ".", ",", "?", "!", "a", "A", "SQL", "m'", "l'", "x", "’s",
    "Ω", "٣", "ﬁ", "co-op", "‐", "—", " - ", ":", "Mr.", "e.g.", "\u0301", "‘", "`", "´", "ʼ",
    "N'T", "can't", "o'don't", "qu'", "-'", "'-",
]  # fmt: skip
_OPENINGS = [
    "", "Hi Ana, ", "Dear Ms Patel,\n", "Subject: re\n", "Bonjour,\n", "Hi Ana,thanks a lot ",
    "Hi Ana - thanks so much ", "Dan, thank you for all ", "Hello!it's a-b ", "To: x\nSubject: y\n",
]  # fmt: skip
_CLOSINGS = [
    "", "\nBest regards,\nSam Taylor", "\nCordialement,\nAna", "\n-- \nx", "\nThanks,\nAna",
    "\nSam Taylor\n(320) 555-3845", " Best regards, Sam", "\nOn Mon, Ana wrote:\n> hi",
]  # fmt: skip
texts = st.lists(st.sampled_from(_BITS) | st.text(max_size=3), max_size=40).map("".join)


def _holds(text: str) -> None:
    for lang in ("en", "fr"):
        email = Email(text, lang, None)
        core = email.parts.core
        assert email.parts.core_words == find_words(text, core.start, core.end), (text, lang)
        spans = email.sentences_in(core)
        for (s, e), (least, most) in zip(spans, _word_bounds(email, spans), strict=True):
            assert least <= count_words(text, s, e) <= most, (text, lang, text[s:e])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_OPENINGS), texts, st.sampled_from(_CLOSINGS))
@example("Hi Ana, ", "don't o'don't co-op l'équipe a’b x-y-z", "")
@example("", "ʼ ʼʼ aʼb donʼt ʼs", "")
def test_word_bounds_and_core_words_hold(opening: str, text: str, closing: str) -> None:
    whole = opening + text + closing
    if whole.strip():
        _holds(whole)


def test_on_every_email_of_the_corpora() -> None:
    for path in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        text = path.read_text("utf-8")
        if text.strip():
            _holds(text)
