"""Precision and recall of the job-ad studio, per category, on the labelled corpus.

Run `python tests/ads/ad_corpus_eval.py --update-docs` to rewrite the table in docs/ad-studio.md;
tests/ads/test_ad_corpus.py fails when the table there is not the one the code computes.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tactful.ads import CATEGORIES, RULES, analyse_ad

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "ads"
DOCS = ROOT / "docs" / "ad-studio.md"
START, END = "<!-- corpus-table:start -->", "<!-- corpus-table:end -->"
RULES_START, RULES_END = "<!-- rules-table:start -->", "<!-- rules-table:end -->"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def read_labels(corpus: Path = CORPUS) -> tuple[date, dict[str, dict[str, Any]]]:
    """The default analysis date and the labels of each ad (`expect`, optional `today`,
    `jurisdictions`, `lang`)."""
    data = tomllib.loads((corpus / "labels.toml").read_text(encoding="utf-8"))
    defaults = data.pop("defaults")
    return defaults["today"], data


def labels() -> dict[str, dict[str, Any]]:
    return read_labels()[1]


def evaluate(corpus: Path = CORPUS) -> tuple[dict[str, Score], int, int, int]:
    """Scores per category over (ad, rule) pairs; and the number of ads (all, en, fr)."""
    scores = {category: Score() for category in CATEGORIES}
    default_today, ads = read_labels(corpus)
    languages = {"en": 0, "fr": 0}
    for name, label in ads.items():
        text = (corpus / name).read_bytes().decode("utf-8")
        report = analyse_ad(
            text,
            today=label.get("today", default_today),
            lang=label.get("lang"),
            jurisdictions=label.get("jurisdictions", []),
        )
        languages[report.language] += 1
        expected = set(label["expect"])
        found = {finding.rule for finding in report.findings}
        for rule in sorted(expected | found):
            score = scores[RULES[rule].category]
            if rule in expected and rule in found:
                score.tp += 1
            elif rule in found:
                score.fp += 1
                score.misses.append(f"{name}: unexpected `{rule}`")
            else:
                score.fn += 1
                score.misses.append(f"{name}: missed `{rule}`")
    return scores, len(ads), languages["en"], languages["fr"]


def table() -> str:
    scores, total, en, fr = evaluate()
    lines = [
        f"Corpus: {total} ads ({en} in English, {fr} in French), tests/data/ads/. "
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
    return "\n".join(lines)


def rules_table() -> str:
    """Every rule, from the catalog in src/tactful/ads/rules/catalog.py."""
    lines = ["| Rule | Category | Severity | What it finds | Evidence |", "|---|---|---|---|---|"]
    for category in CATEGORIES:
        for rule in RULES.values():
            if rule.category == category:
                lines.append(
                    f"| `{rule.id}` | {category} | {rule.severity} | {rule.message} "
                    f"| {rule.evidence} |"
                )
    return "\n".join(lines)


def _replace(text: str, start_mark: str, end_mark: str, body: str) -> str:
    start, end = text.index(start_mark) + len(start_mark), text.index(end_mark)
    return text[:start] + "\n" + body + "\n" + text[end:]


def update_docs() -> None:
    text = DOCS.read_text(encoding="utf-8")
    text = _replace(text, START, END, table())
    text = _replace(text, RULES_START, RULES_END, rules_table())
    DOCS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if "--update-docs" in sys.argv:
        update_docs()
    print(table())
    for category, score in evaluate()[0].items():
        for miss in score.misses:
            print(f"{category}: {miss}")
