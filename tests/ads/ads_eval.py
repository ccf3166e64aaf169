"""Measure the job-ad studio on any folder of labelled ads.

A folder holds the ads (`.md`, `.txt`, `.html`) and a `labels.toml` in the format of
tests/data/ads/labels.toml: `[defaults] today = …`, then one table per ad with `expect` (every
rule a careful reader expects) and optionally `today`, `jurisdictions`, `lang` and `uncertain`
(rules a reader could expect or not: left out of both sides). Run it on a new folder:

    .venv/bin/python tests/ads/ads_eval.py tests/data/ads-holdout
    .venv/bin/python tests/ads/ads_eval.py /work/evidence-local/ads-published

It prints precision and recall per rule and per category, counted over (ad, rule) pairs
(precision "n/a" when a rule flagged nothing), and every difference from the labels.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tactful.ads import CATEGORIES, RULES, analyse_ad


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


@dataclass
class Result:
    ads: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    rules: dict[str, Tally] = field(default_factory=dict)
    categories: dict[str, Tally] = field(default_factory=dict)
    differences: list[str] = field(default_factory=list)
    wrong_language: list[str] = field(default_factory=list)


def evaluate(folder: Path) -> Result:
    data = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    defaults = data.pop("defaults", {})
    result = Result(categories={c: Tally() for c in CATEGORIES})
    for name, label in sorted(data.items()):
        text = (folder / name).read_bytes().decode("utf-8")
        today: date = label.get("today", defaults.get("today"))
        report = analyse_ad(
            text, today=today, lang=label.get("lang"), jurisdictions=label.get("jurisdictions", [])
        )
        result.ads += 1
        result.languages[report.language] += 1
        if "language" in label and label["language"] != report.language:
            result.wrong_language.append(name)
        uncertain = set(label.get("uncertain", []))
        expected = set(label["expect"]) - uncertain
        found = {f.rule for f in report.findings} - uncertain
        missed, extra = sorted(expected - found), sorted(found - expected)
        for rule in expected | found:
            tally = result.rules.setdefault(rule, Tally())
            category = result.categories[RULES[rule].category]
            for t in (tally, category):
                if rule in expected and rule in found:
                    t.tp += 1
                elif rule in found:
                    t.fp += 1
                else:
                    t.fn += 1
        if missed or extra:
            parts = []
            if missed:
                parts.append("missed " + ", ".join(f"`{r}`" for r in missed))
            if extra:
                parts.append("extra " + ", ".join(f"`{r}`" for r in extra))
            result.differences.append(f"- `{name}`: " + "; ".join(parts))
    return result


def report(result: Result, title: str) -> str:
    langs = ", ".join(f"{n} {lang}" for lang, n in sorted(result.languages.items()))
    lines = [
        f"{title}: {result.ads} ads ({langs}). Counted over (ad, rule) pairs; rules a label "
        "marks uncertain are left out.",
        "",
        "| category | expected | flagged | precision | recall |",
        "|---|---:|---:|---:|---:|",
    ]
    for category, t in result.categories.items():
        lines.append(
            f"| {category} | {t.tp + t.fn} | {t.tp + t.fp} | {ratio(t.precision)} "
            f"| {ratio(t.recall)} |"
        )
    total = Tally(
        sum(t.tp for t in result.categories.values()),
        sum(t.fp for t in result.categories.values()),
        sum(t.fn for t in result.categories.values()),
    )
    lines.append(
        f"| **all** | {total.tp + total.fn} | {total.tp + total.fp} | "
        f"{ratio(total.precision)} | {ratio(total.recall)} |"
    )
    lines += ["", "| rule | expected | flagged | precision | recall |", "|---|---:|---:|---:|---:|"]
    for rule, t in sorted(result.rules.items()):
        lines.append(
            f"| `{rule}` | {t.tp + t.fn} | {t.tp + t.fp} | {ratio(t.precision)} "
            f"| {ratio(t.recall)} |"
        )
    if result.wrong_language:
        lines += ["", "Language read wrong: " + ", ".join(result.wrong_language)]
    if result.differences:
        lines += ["", "Where the studio and the labels differ:", "", *result.differences]
    return "\n".join(lines)


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    print(report(evaluate(folder), str(folder)))
