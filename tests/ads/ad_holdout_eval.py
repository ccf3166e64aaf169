"""Precision and recall of the job-ad studio, per category, on the held-out set.

The held-out ads (tests/data/ads-holdout/) were written and labelled by someone who had not
read the studio's source, its word lists or the tuning corpus, and labelled before the studio
ever ran on them. No rule was changed after seeing the results, so unlike the corpus table
these numbers are not an upper bound: they are what to expect on new ads.

Run `python tests/ads/ad_holdout_eval.py --update-docs` to rewrite the held-out table in
docs/ad-studio.md; tests/ads/test_ad_holdout.py fails when the table there is not the one the
code computes. Without `--update-docs` it prints the table and every wrong or missed pair.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ad_corpus_eval import DOCS, ROOT, Score, _replace
from ad_corpus_eval import evaluate as evaluate_corpus

HOLDOUT = ROOT / "tests" / "data" / "ads-holdout"
START, END = "<!-- holdout-table:start -->", "<!-- holdout-table:end -->"


def evaluate(corpus: Path = HOLDOUT) -> tuple[dict[str, Score], int, int, int]:
    """The corpus evaluation, run on the held-out set."""
    return evaluate_corpus(corpus)


def table() -> str:
    """The generated held-out section: the table, the totals and every wrong or missed pair."""
    scores, total, en, fr = evaluate()
    lines = [
        f"Held-out set: {total} ads ({en} in English, {fr} in French), tests/data/ads-holdout/. "
        "Counted over (ad, rule) pairs.",
        "",
        "| Category | Expected | Found right (TP) | Wrong (FP) | Missed (FN) | Precision "
        "| Recall |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for category, s in scores.items():
        lines.append(
            f"| {category} | {s.tp + s.fn} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} "
            f"| {s.recall:.3f} |"
        )
    everything = Score(
        tp=sum(s.tp for s in scores.values()),
        fp=sum(s.fp for s in scores.values()),
        fn=sum(s.fn for s in scores.values()),
    )
    lines.append(
        f"| **all** | {everything.tp + everything.fn} | {everything.tp} | {everything.fp} "
        f"| {everything.fn} | {everything.precision:.3f} | {everything.recall:.3f} |"
    )
    misses = [f"- {category}: {miss}" for category, s in scores.items() for miss in s.misses]
    lines += ["", "Wrong and missed pairs:" if misses else "No wrong or missed pair.", *misses]
    return "\n".join(lines)


def update_docs() -> None:
    text = DOCS.read_text(encoding="utf-8")
    DOCS.write_text(_replace(text, START, END, table()), encoding="utf-8")


if __name__ == "__main__":
    if "--update-docs" in sys.argv:
        update_docs()
    print(table())
