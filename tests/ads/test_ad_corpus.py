"""The labelled corpus: precision and recall per category must be at least 0.9, and the table
in docs/ad-studio.md must be the one the code computes today."""

from __future__ import annotations

import tomllib

from ad_corpus_eval import (
    CORPUS,
    DOCS,
    END,
    RULES_END,
    RULES_START,
    START,
    evaluate,
    labels,
    rules_table,
    table,
)

from tactful.ads import RULES


def test_corpus_is_big_and_varied() -> None:
    ads = labels()
    assert len(ads) >= 40
    names = list(ads)
    assert sum(n.startswith(("en-", "ho-01", "ho-03", "ho-05")) for n in names) >= 20
    assert sum(n.startswith("fr-") for n in names) >= 15
    assert {n.rsplit(".", 1)[1] for n in names} == {"md", "txt", "html"}
    for name, label in ads.items():
        assert (CORPUS / name).is_file(), name
        assert all(rule in RULES for rule in label["expect"]), name
    defaults = tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))["defaults"]
    assert "today" in defaults


def test_precision_and_recall_per_category() -> None:
    scores, *_ = evaluate()
    for category, score in scores.items():
        assert score.tp + score.fn > 0, f"{category}: no labelled example"
        assert score.precision >= 0.9, (category, score.misses)
        assert score.recall >= 0.9, (category, score.misses)


def test_docs_table_is_current() -> None:
    text = DOCS.read_text(encoding="utf-8")
    current = text[text.index(START) + len(START) : text.index(END)].strip()
    assert current == table(), "run: python tests/ads/ad_corpus_eval.py --update-docs"


def test_docs_rules_table_is_current() -> None:
    text = DOCS.read_text(encoding="utf-8")
    current = text[text.index(RULES_START) + len(RULES_START) : text.index(RULES_END)].strip()
    assert current == rules_table(), "run: python tests/ads/ad_corpus_eval.py --update-docs"
