"""bench/joblint_cpython.py is Joblint's algorithm: its own unit tests' cases hold for it.

The cases are Joblint's (rowanmanning/joblint, MIT, test/unit/lib/joblint.js): the inputs and
expected values as written there, the rules being the tests' own small ones."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

# Read by its path, as tests/ads/test_ad_bench.py reads bench_ads.py: `pytest` run on its own
# does not put the repository's root (where bench/ is) on the import path.
_SPEC = importlib.util.spec_from_file_location(
    "joblint_cpython", Path(__file__).resolve().parents[2] / "bench" / "joblint_cpython.py"
)
assert _SPEC is not None
assert _SPEC.loader is not None
joblint_cpython = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(joblint_cpython)

DOGGIE = (
    "How much is that doggie in the window? The one with the waggly tail. How much is that "
    "doggie in the window? I do hope that doggie's for sale."
)


def lint(text: str, *rules: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = joblint_cpython.lint(text, list(rules))
    return result


def test_empty_text_and_no_rules() -> None:
    assert lint("") == {"counts": {}, "issues": []}


def test_same_for_each_run() -> None:
    rule = {"triggers": ["he"]}
    text = "he should have his head screwed on"
    assert lint(text, rule) == lint(text, rule)
    assert rule == {"triggers": ["he"]}  # the rule is copied, not compiled in place


def test_every_rule_every_trigger_every_match() -> None:
    text = "he should have his head screwed on"
    assert len(lint(text, {"triggers": ["he"]}, {"triggers": ["his"]})["issues"]) == 2
    assert len(lint(text, {"triggers": ["he", "his"]})["issues"]) == 2
    assert len(lint(text, {"triggers": ["he|his"]})["issues"]) == 2
    assert len(lint(text, {"triggers": ["HE|HIS"]})["issues"]) == 2


def test_no_partial_word_match() -> None:
    assert lint("she will have one hell of a time here", {"triggers": ["he"]})["issues"] == []


def test_issue_carries_the_rule_occurrence_and_position() -> None:
    rule = {
        "name": "foo",
        "reason": "bar",
        "solution": "baz",
        "level": "qux",
        "increment": {"foo": 1},
        "triggers": ["he"],
    }
    result = lint("he should have his head screwed on", rule)
    issue = result["issues"][0]
    assert (issue["name"], issue["reason"], issue["solution"], issue["level"]) == (
        "foo",
        "bar",
        "baz",
        "qux",
    )
    assert issue["increment"] == {"foo": 1}
    assert "triggers" not in issue
    assert result["counts"] == {"foo": 1}
    text = "He should have HIS head screwed on if he wants this job"
    assert [i["occurance"] for i in lint(text, {"triggers": ["he|his"]})["issues"]] == [
        "He",
        "HIS",
        "he",
    ]
    text = "he should have his head screwed on if he wants this job"
    assert [i["position"] for i in lint(text, {"triggers": ["he|his"]})["issues"]] == [0, 15, 38]


def test_context_of_the_trigger_word() -> None:
    issues = lint(DOGGIE, {"triggers": ["window"]})["issues"]
    assert [i["context"] for i in issues] == [
        "…that doggie in the {{occurance}}? The one with the…",
        "…that doggie in the {{occurance}}? I do hope that doggie's…",
    ]


def test_context_stops_at_line_breaks() -> None:
    text = DOGGIE.replace("? ", "?\n").replace(". ", ".\n")
    issues = lint(text, {"triggers": ["much|window"]})["issues"]
    assert [i["context"] for i in issues] == [
        "How {{occurance}} is that doggie in the window?",
        "…that doggie in the {{occurance}}?",
        "How {{occurance}} is that doggie in the window?",
        "…that doggie in the {{occurance}}?",
    ]


def test_context_ellipses() -> None:
    text = (
        "This is a longish line with trigger roughly in the middle so that we get ellipses.\n"
        "This trigger is at the beginning of a longish line.\n"
        "This is a longish line which has the trigger near the end.\n"
        "Short trigger line."
    )
    issues = lint(text, {"triggers": ["trigger"]})["issues"]
    assert [i["context"] for i in issues] == [
        "…longish line with {{occurance}} roughly in the middle…",
        "This {{occurance}} is at the beginning of a longish…",
        "…line which has the {{occurance}} near the end.",
        "Short {{occurance}} line.",
    ]


def test_positions_as_node_counts_them() -> None:
    text = "🙂 he"
    result = lint(text, {"triggers": ["he"]})
    assert result["issues"][0]["position"] == 2
    assert joblint_cpython.utf16_issues(text, result)[0][1] == 3  # the emoji is two code units


def test_joined_patterns_find_what_the_triggers_find_once() -> None:
    rules = [{"triggers": ["he", "his"]}, {"triggers": ["head"]}]
    text = "he should have his head screwed on"
    assert joblint_cpython.joined_scans(text, joblint_cpython.joined_per_rule(rules)) == 3
    assert joblint_cpython.scans_only(text, joblint_cpython.compiled(rules)) == 3
