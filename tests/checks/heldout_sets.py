"""What the tests of the held-out sets written from a rule table (4, 5, 6…) share.

Each set is measured once, as it came out, and its block in docs/checker.md is kept as history
when the rules later change; today's rules on it are then tuning data, in a block of their own.
These helpers check the labels' shape, that a first run stays on record, and that a block
matches what today's rules get. None sets a minimum: the figures are reported, not targets.
"""

from __future__ import annotations

from pathlib import Path

from checks_eval import ROOT, docs_block, labels
from checks_labelled import Outcome

from tactful.checks import registered_rules

DOCS = ROOT / "docs" / "checker.md"
ERRORS = frozenset(
    {r.id for r in registered_rules() if r.severity == "error"} | {"placeholder", "ineffective"}
)
"""The rules that make the verdict "revise"."""


def held_out(number: int) -> Path:
    return ROOT / "tests" / "data" / f"emails-holdout-{number}"


def assert_labelled(folder: Path, *, clean: int) -> None:
    """80 emails, 40 in French and 40 status inquiries, `clean` with nothing to flag, and only
    rule ids the checker knows."""
    entries = labels(folder)
    assert {p.name for p in folder.glob("*.txt")} == set(entries)
    assert len(entries) == 80
    assert sum(1 for e in entries.values() if e["lang"] == "fr") == 40
    assert sum(1 for e in entries.values() if e["kind"] == "status") == 40
    assert sum(1 for e in entries.values() if not e["expect"]) == clean
    known = {rule.id for rule in registered_rules()} | {"placeholder", "ineffective"}
    assert {r for e in entries.values() for r in e["expect"]} <= known


def error_figures(outcomes: list[Outcome]) -> tuple[int, int, int]:
    """Error-level flags right, flags raised and findings expected, over the set."""
    right = sum(len(o.expected & o.found & ERRORS) for o in outcomes)
    flagged = sum(len(o.found & ERRORS) for o in outcomes)
    expected = sum(len(o.expected & ERRORS) for o in outcomes)
    return right, flagged, expected


def docs() -> tuple[str, str]:
    """docs/checker.md, and the same with white space collapsed (the docs wrap lines)."""
    text = DOCS.read_text(encoding="utf-8")
    return text, " ".join(text.split())


def assert_first_run_kept(name: str, *, all_rules: str, verdicts: int, errors: str) -> None:
    """The first run's block and figures, as they came out, whatever the rules became."""
    text, flat = docs()
    first = text[text.index(f"<!-- {name}:begin") : text.index(f"<!-- {name}:end")]
    assert all_rules in first
    assert f"Verdict as expected: {verdicts} of 80." in first
    assert f"Verdict right on {verdicts} of 80" in flat
    assert errors in flat


def assert_block_current(folder: Path, name: str, outcomes: list[Outcome], what: str) -> None:
    text, _ = docs()
    assert docs_block(name, outcomes) in text, (
        f"docs/checker.md's {name} block ({what}) no longer matches what the checker gets: run "
        f".venv/bin/python tests/checks/checks_eval.py {folder.relative_to(ROOT)} "
        f"--verdict-from-rules --docs {name} (a first run's block is history: keep it, and "
        "report today's rules in a new block)"
    )


def assert_tuning_figures(outcomes: list[Outcome]) -> None:
    """Today's rules on a set they were tuned on, reported as tuning figures."""
    right, flagged, expected = error_figures(outcomes)
    _, flat = docs()
    assert (
        f"tuning precision {right / flagged:.2f} ({right} of {flagged} flags right), "
        f"tuning recall {right / expected:.2f} ({right} of {expected})"
    ) in flat
