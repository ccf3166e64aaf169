"""Readability counts pyphen's hyphenation points from pyphen's own patterns, kept with the
compiled matchers, without importing pyphen on every check: the count must be exactly
`len(pyphen.Pyphen(lang=…).positions(word))` for every word, English and French."""

from __future__ import annotations

import re
from pathlib import Path

import pyphen
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.text.readability import _dictionary

ROOT = Path(__file__).resolve().parents[2]
SEED = Path("/work/shared/seed/interview-follow-up-article.txt")
LANGS = {"en": "en_US", "fr": "fr_FR"}


def _corpus() -> list[str]:
    """Real words: every email and ad the labelled tests read, and the seed article."""
    files = [*sorted((ROOT / "tests" / "data").rglob("*.txt"))[:400]]
    files += [*sorted((ROOT / "tests" / "data").rglob("*.md"))[:200]]
    if SEED.exists():
        files.append(SEED)
    words: set[str] = set()
    for file in files:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", file.read_text("utf-8")))
    return sorted(words)


def test_every_word_of_the_corpora_counts_as_pyphen_counts() -> None:
    words = _corpus()
    assert len(words) > 2000  # the corpora are there
    for lang, name in LANGS.items():
        ours, theirs = _dictionary(lang), pyphen.Pyphen(lang=name)
        wrong = [w for w in words if ours(w) != len(theirs.positions(w))]
        assert wrong == [], (lang, wrong[:10])


@settings(max_examples=400, deadline=None)
@given(
    word=st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèêàâçîïôûœ'-", min_size=0, max_size=24),
    lang=st.sampled_from(sorted(LANGS)),
)
def test_any_word_counts_as_pyphen_counts(word: str, lang: str) -> None:
    assert _dictionary(lang)(word) == len(pyphen.Pyphen(lang=LANGS[lang]).positions(word))
