"""The held-out set: an honest measure, not a bar. These tests check that the set is what the
docs say it is and that the table in docs/ad-studio.md is the one the code computes today;
they deliberately set no minimum precision or recall (the corpus tests do that, on the ads the
rules were tuned on)."""

from __future__ import annotations

from pathlib import Path

from ad_corpus_eval import DOCS, read_labels
from ad_holdout_eval import END, HOLDOUT, START, table

from tactful.ads import RULES


def test_holdout_set_is_what_the_docs_describe() -> None:
    _, ads = read_labels(HOLDOUT)
    assert len(ads) == 16
    assert sum(name.startswith("en-") for name in ads) == 8
    assert sum(name.startswith("fr-") for name in ads) == 8
    assert {name.rsplit(".", 1)[1] for name in ads} == {"md", "txt", "html"}
    on_disk = {path.name for path in HOLDOUT.iterdir() if path.name != "labels.toml"}
    assert on_disk == set(ads), "every held-out ad has labels, and every label has its ad"
    for name, label in ads.items():
        unknown = [rule for rule in label["expect"] if rule not in RULES]
        assert not unknown, (name, unknown)


def test_docs_holdout_table_is_current() -> None:
    text = DOCS.read_text(encoding="utf-8")
    current = text[text.index(START) + len(START) : text.index(END)].strip()
    assert current == table(), "run: python tests/ads/ad_holdout_eval.py --update-docs"


def test_docs_keep_the_fresh_held_out_sets_first_run_and_show_todays_rules() -> None:
    """docs/ad-studio.md keeps the first run on tests/data/ads-holdout-2 as it came out, and
    shows what the studio gets on it today (tuning data since the readings were widened)."""
    from ads_eval import evaluate, report

    folder = Path(__file__).resolve().parents[1] / "data" / "ads-holdout-2"
    docs = DOCS.read_text(encoding="utf-8")
    first = docs[docs.index("<!-- holdout-2:start -->") : docs.index("<!-- holdout-2:end -->")]
    assert "| legal | 23 | 20 | 1.00 | 0.87 |" in first
    assert "| **all** | 150 | 148 | 0.93 | 0.91 |" in first
    block = report(evaluate(folder), "tests/data/ads-holdout-2")
    assert f"<!-- holdout-2-v2:start -->\n{block}\n<!-- holdout-2-v2:end -->" in docs, (
        "docs/ad-studio.md's holdout-2-v2 block is out of date: paste the output of "
        ".venv/bin/python tests/ads/ads_eval.py tests/data/ads-holdout-2"
    )


def test_docs_keep_held_out_ads_3_first_run_and_show_todays_readings() -> None:
    """The first run on tests/data/ads-holdout-3 (readings v2) stays as it came out; today's
    readings on it (tuning data since v3) are in a block of their own."""
    from ads_eval import evaluate, report

    folder = Path(__file__).resolve().parents[1] / "data" / "ads-holdout-3"
    docs = DOCS.read_text(encoding="utf-8")
    first = docs[docs.index("<!-- holdout-3:start -->") : docs.index("<!-- holdout-3:end -->")]
    assert "| legal | 21 | 18 | 1.00 | 0.86 |" in first
    assert "| **all** | 178 | 167 | 0.90 | 0.85 |" in first
    block = report(evaluate(folder), "tests/data/ads-holdout-3")
    assert f"<!-- holdout-3-v3:start -->\n{block}\n<!-- holdout-3-v3:end -->" in docs, (
        "docs/ad-studio.md's holdout-3-v3 block is out of date: paste the output of "
        ".venv/bin/python tests/ads/ads_eval.py tests/data/ads-holdout-3"
    )


def test_docs_show_held_out_ads_4_as_they_came_out() -> None:
    """The first run on tests/data/ads-holdout-4 (never tuned on), kept current while the
    readings are v3; when they change, keep this block as history."""
    from ads_eval import evaluate, report

    folder = Path(__file__).resolve().parents[1] / "data" / "ads-holdout-4"
    block = report(evaluate(folder), "tests/data/ads-holdout-4")
    docs = DOCS.read_text(encoding="utf-8")
    assert f"<!-- holdout-4:start -->\n{block}\n<!-- holdout-4:end -->" in docs, (
        "docs/ad-studio.md's holdout-4 block is out of date: paste the output of "
        ".venv/bin/python tests/ads/ads_eval.py tests/data/ads-holdout-4"
    )
