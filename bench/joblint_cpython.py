"""Joblint's method run by CPython: what the peer's own work costs on this interpreter.

`lint` is lib/joblint.js written again in Python, step for step: each of Joblint's rules
copied deeply and its triggers compiled as `\\b(trigger)\\b` with the flags "gim" at every
call, each trigger searched over the whole text, an issue with its context built per match,
the issues sorted by position. The rules themselves (19 rules, 140 triggers) are Joblint's
data: they are read from the copy `bench/joblint_peer.py` installs, by node, at bench time, and
nothing of them is committed here. `python bench/joblint_cpython.py` compares the port with node
on every ad of tests/data.

JavaScript's `\\b` and `\\w` know ASCII only (no `u` flag), so the triggers are compiled with
`re.ASCII`; its positions count UTF-16 code units, so `utf16_issues` converts before comparing
with node's output.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path
from typing import Any

Rule = dict[str, Any]

_LINE_BREAKS_RE = re.compile(r"[\r\n]+")
_SPACES_RE = re.compile(r"\s+")
_KEEP_SPACES_RE = re.compile(r"(\s+)")

EXPORT_RULES = (
    "const rules = require(process.argv[1]);"
    "console.log(JSON.stringify(rules.map(r => ({name: r.name, reason: r.reason,"
    " solution: r.solution, level: r.level, increment: r.increment || {},"
    " triggers: r.triggers}))));"
)
ISSUES_OF = (
    "const joblint = require(process.argv[1]);"
    "const r = joblint(require('fs').readFileSync(process.argv[2], 'utf8'));"
    "console.log(JSON.stringify(r.issues.map(i => [i.name, i.position, i.occurance, i.context])));"
)


def rules_of(library: Path) -> list[Rule]:
    """Joblint's rules, as its lib/rules.js declares them (read by node)."""
    rules_js = library.with_name("rules.js")
    out = subprocess.run(
        ["node", "-e", EXPORT_RULES, str(rules_js)], capture_output=True, text=True, check=True
    )
    rules: list[Rule] = json.loads(out.stdout)
    return rules


def node_issues(library: Path, ad_file: Path) -> list[list[Any]]:
    """Joblint's issues on the ad as node finds them: name, position, occurrence, context."""
    out = subprocess.run(
        ["node", "-e", ISSUES_OF, str(library), str(ad_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    issues: list[list[Any]] = json.loads(out.stdout)
    return issues


def _build(rules: list[Rule]) -> list[Rule]:
    built = []
    for declared in rules:
        rule = copy.deepcopy(declared)  # extend(true, {}, rule)
        rule["increment"] = rule.get("increment") or {}
        rule["triggers"] = [
            re.compile(r"\b(" + trigger + r")\b", re.IGNORECASE | re.MULTILINE | re.ASCII)
            for trigger in rule["triggers"]
        ]
        built.append(rule)
    return built


def _context(text: str, occurrence: str, position: int) -> str:
    context = "{{occurance}}"
    before = _LINE_BREAKS_RE.split(text[:position])[-1]
    for word in reversed(_KEEP_SPACES_RE.split(_SPACES_RE.sub(" ", before))):
        if len(context) < 32:
            context = word + context
        elif not context.startswith("…"):
            context = "…" + context.strip()
    after = _LINE_BREAKS_RE.split(text[position + len(occurrence) :])[0]
    for word in _KEEP_SPACES_RE.split(_SPACES_RE.sub(" ", after)):
        if len(context) < 52:
            context += word
        elif not context.endswith("…"):
            context = context.strip() + "…"
    return context.strip()


def lint(text: str, rules: list[Rule]) -> dict[str, Any]:
    """`joblint(text)`: its counts and issues, by Joblint's algorithm."""
    counts: dict[str, int] = {}
    issues: list[dict[str, Any]] = []
    for rule in _build(rules):
        for trigger in rule["triggers"]:
            for match in trigger.finditer(text):
                for key, amount in rule["increment"].items():
                    counts[key] = counts.get(key, 0) + amount
                occurrence = match.group(1)
                issues.append(
                    {
                        "name": rule.get("name"),
                        "reason": rule.get("reason"),
                        "solution": rule.get("solution"),
                        "level": rule.get("level"),
                        "increment": rule["increment"],
                        "occurance": occurrence,
                        "position": match.start(),
                        "context": _context(text, occurrence, match.start()),
                    }
                )
    for key in counts:
        counts[key] = max(counts[key], 0)
    issues.sort(key=lambda issue: issue["position"])  # Array.prototype.sort is stable too
    return {"counts": counts, "issues": issues}


def scans_only(text: str, built: list[Rule]) -> int:
    """The method's floor: its triggers, compiled once, searched over the text; nothing built."""
    found = 0
    for rule in built:
        for trigger in rule["triggers"]:
            for _ in trigger.finditer(text):
                found += 1
    return found


def compiled(rules: list[Rule]) -> list[Rule]:
    return _build(rules)


def joined_per_rule(rules: list[Rule]) -> list[re.Pattern[str]]:
    """Each rule's triggers as one alternation: the fastest way found to search them all in
    CPython's engine (one alternation of all 140 is slower than 140 passes: the engine tries
    every branch at every position). Overlapping matches of two triggers are found once, so
    this is a floor for the method, not the method."""
    return [
        re.compile(
            r"\b(?:" + "|".join(rule["triggers"]) + r")\b",
            re.IGNORECASE | re.MULTILINE | re.ASCII,
        )
        for rule in rules
    ]


def joined_scans(text: str, patterns: list[re.Pattern[str]]) -> int:
    found = 0
    for pattern in patterns:
        for _ in pattern.finditer(text):
            found += 1
    return found


def utf16_issues(text: str, result: dict[str, Any]) -> list[list[Any]]:
    """The issues as node reports them (positions in UTF-16 code units)."""
    return [
        [
            issue["name"],
            len(text[: issue["position"]].encode("utf-16-le")) // 2,
            issue["occurance"],
            issue["context"],
        ]
        for issue in result["issues"]
    ]


NODE_ISSUES_OF_FILES = (
    "const joblint = require(process.argv[1]); const fs = require('fs'); const out = {};"
    "for (const f of process.argv.slice(2)) { const r = joblint(fs.readFileSync(f, 'utf8'));"
    " out[f] = [r.issues.map(i => [i.name, i.position, i.occurance, i.context]), r.counts]; }"
    "console.log(JSON.stringify(out));"
)


def main() -> None:
    """Compare the port with node on every ad of tests/data: the same issues and counts."""
    import sys

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from bench.joblint_peer import Joblint

    files = sorted(
        path
        for path in (root / "tests" / "data").glob("ads*/**/*")
        if path.suffix in {".md", ".txt", ".html"}
    )
    with Joblint("") as joblint:
        if joblint.library is None:
            print(joblint.why)
            raise SystemExit(1)
        rules = rules_of(joblint.library)
        out = subprocess.run(
            ["node", "-e", NODE_ISSUES_OF_FILES, str(joblint.library), *map(str, files)],
            capture_output=True,
            text=True,
            check=True,
        )
        node = json.loads(out.stdout)
    same = issues = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        result = lint(text, rules)
        issues += len(result["issues"])
        if [utf16_issues(text, result), result["counts"]] == node[str(path)]:
            same += 1
        else:
            print(f"differs: {path.relative_to(root)}")
    print(f"{len(files)} ads of tests/data, {issues} issues: the same as node's in {same}")


if __name__ == "__main__":
    main()
