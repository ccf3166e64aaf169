"""`tactful due --json` (steps planned from a few values per round, sorted as one integer each,
kept in memory or in a file) prints exactly what the general path gives: `due_steps` over
whole plans, each step as `due_json`, in `json.dumps`' text. On a generated store, in one batch
and in many, with the texts in memory and in the temporary file."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from due_store import NOW, fill
from tactful import Tactful
from tactful.cli import due_json
from tactful.cli.main import main
from tactful.serialize import due_json as due_json_of


def _printed(args: list[str]) -> str:
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        assert main(args, fast=True) == 0
    finally:
        sys.stdout = saved
    return out.getvalue()


@pytest.mark.parametrize(("batch", "in_memory"), [(0, 48_000_000), (5, 48_000_000), (5, 2000)])
def test_due_json_prints_what_the_plans_give(
    monkeypatch: pytest.MonkeyPatch, batch: int, in_memory: int
) -> None:
    import tactful.core

    with Tactful.open(now=NOW) as api:
        fill(api, 50)
        api.set_setting("lang", "fr")
    if batch:
        monkeypatch.setattr(tactful.core, "DUE_BATCH", batch)
    monkeypatch.setattr(due_json, "_IN_MEMORY", in_memory)
    compared = 0
    for days in (-10, 0, 9):
        now = (NOW + timedelta(days=days)).isoformat()
        with Tactful.open(now=now) as api:
            items = [due_json_of(p, s, api.lang) for p, s in api.due()]
        expected = json.dumps({"due": items}, ensure_ascii=False) + "\n"
        assert _printed(["--now", now, "due", "--json"]) == expected
        compared += len(items)
    assert compared > 30


@pytest.mark.parametrize(("lang", "review"), [("en", (2_048, 30_000)), ("fr", (5, 7))])
def test_due_json_prints_what_the_plans_give_when_no_two_rounds_start_together(
    monkeypatch: pytest.MonkeyPatch, lang: str, review: tuple[int, int]
) -> None:
    """The benchmark's store where nothing is shared (bench_due.export(distinct=True)): five
    zones, three with changes of offset, over 16 months; in batches, at several moments; the
    planner's caches used throughout, or dropped and taken up again every few rounds."""
    import tactful.core
    import tactful.policy.due

    monkeypatch.setattr(tactful.policy.due, "REVIEW", review)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.bench_due import export

    with Tactful.open(now=NOW) as api:
        api.import_data(export(600, distinct=True))
        api.set_setting("lang", lang)
    monkeypatch.setattr(tactful.core, "DUE_BATCH", 97)
    compared = 0
    for days in (-400, -200, -30, 0):
        now = (NOW + timedelta(days=days)).isoformat()
        with Tactful.open(now=now) as api:
            items = [due_json_of(p, s, api.lang) for p, s in api.due()]
        expected = json.dumps({"due": items}, ensure_ascii=False) + "\n"
        assert _printed(["--now", now, "due", "--json"]) == expected
        compared += len(items)
    assert compared > 500


@pytest.mark.parametrize("width", ["50", "80", "200"])
def test_due_prints_the_table_of_the_plans_steps(
    monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    from tactful.cli.reads import plain_due

    with Tactful.open(now=NOW) as api:
        fill(api, 50)
    monkeypatch.setenv("COLUMNS", width)
    for days in (-10, 0, 9):
        now = (NOW + timedelta(days=days)).isoformat()
        with Tactful.open(now=now) as api:
            rows = [(p.interview.id, p.application.company, p.application.role, s)
                    for p, s in api.due()]  # fmt: skip
        assert rows
        assert _printed(["--now", now, "due"]) == plain_due(rows, int(width))
