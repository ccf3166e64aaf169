"""`tactful list` (each round's state from a few values, `Tactful.iter_overview`) prints
exactly what the general path gives: the states of whole plans (`plans()`), the applications
as `applications()` reads them, the table laid out from those, and `--json` as
`applications_json(applications, plans)`. On a generated store (follow-ups sent and skipped,
replies, cancelled and later rounds, several zones, holidays), in one batch and in many, at
several moments."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta

import pytest

from due_store import NOW, fill
from tactful import Tactful
from tactful.cli import plain
from tactful.cli.main import main
from tactful.cli.reads import OVERVIEW_COLUMNS
from tactful.models import Person, StepKind
from tactful.serialize import applications_json


def _printed(args: list[str]) -> str:
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        assert main(args, fast=True) == 0
    finally:
        sys.stdout = saved
    return out.getvalue()


def _expected_table(api: Tactful, size: int) -> str:
    """The table as `list` laid it out from whole plans."""
    rounds: dict[int | None, list[str]] = {}
    for p in api.plans():
        rounds.setdefault(p.application.id, []).append(
            f"#{p.interview.id} round {p.interview.round}: {p.state}"
        )
    rows = [
        [
            str(a.id),
            a.company,
            a.role,
            a.closing_date.isoformat() if a.closing_date else "",
            ", ".join(rounds.get(a.id, [])) or "no interview yet",
        ]
        for a in api.applications()
    ]
    return plain.table(OVERVIEW_COLUMNS, rows, size, title="Applications")


@pytest.mark.parametrize("batch", [0, 7])
def test_list_prints_the_states_of_the_plans(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    import tactful.core

    with Tactful.open(now=NOW) as api:
        fill(api, 60)
        api.add_application(company="Nobody", role="No round yet")
        api.add_application(
            company="Every « field »",
            role="Ingénieure",
            closing_date=NOW.date(),
            posted_date=NOW.date() - timedelta(days=30),
            country="US",
            subdivision="CA",
            contact=Person("Ada Lovelace", "ada@example.com"),
            url="https://example.com/jobs/1?x=1&y=2",
            notes='Line one\nline two "quoted"',
            requirements="Python; SQL",
        )
        api.add_application(company="Only an email", role="R", contact=Person("", "a@b.io"))
    if batch:
        monkeypatch.setattr(tactful.core, "BATCH", batch)
    monkeypatch.setenv("COLUMNS", "200")
    states: set[str] = set()
    for days in (-30, -5, 0, 3, 12, 40):
        now = (NOW + timedelta(days=days)).isoformat()
        with Tactful.open(now=now) as api:
            plans = api.plans()
            states |= {str(p.state) for p in plans}
            expected_json = applications_json(api.applications(), plans)
            expected_table = _expected_table(api, 200)
            assert [row for _, rows in api.iter_overview() for row in rows] == [
                (p.application.id, p.interview.id, p.interview.round, p.state) for p in plans
            ]
        assert json.loads(_printed(["--now", now, "list", "--json"])) == expected_json
        assert _printed(["--now", now, "list", "--json"]) == (
            json.dumps(expected_json, ensure_ascii=False) + "\n"
        )
        assert _printed(["--now", now, "list"]) == expected_table
    assert states == {"active", "waiting", "closed"}


def test_list_on_an_empty_home() -> None:
    assert _printed(["list"]) == (
        "No applications yet. Add one: tactful application add --company C --role R\n"
    )
    assert _printed(["list", "--json"]) == '{"applications": []}\n'


def test_a_round_closes_two_weeks_after_its_latest_follow_up() -> None:
    """The round's state counts from its latest follow-up, not its first (`move_on`)."""
    with Tactful.open(now=NOW) as api:
        app = api.add_application(company="Acme", role="Engineer")
        start = NOW - timedelta(days=40)
        iv = api.add_interview(app, at=start)
        api.record_sent(iv, StepKind.THANK_YOU, at=start + timedelta(hours=2))
        api.record_sent(iv, StepKind.STATUS_INQUIRY, at=NOW - timedelta(days=13), anyway=True)
    for days, state in ((0, "waiting"), (1, "closed")):
        now = (NOW + timedelta(days=days)).isoformat()
        with Tactful.open(now=now) as api:
            assert [p.state for p in api.plans()] == [state]
            assert [r[3] for _, rows in api.iter_overview() for r in rows] == [state]
        printed = json.loads(_printed(["--now", now, "list", "--json"]))
        assert printed["applications"][0]["interviews"] == [
            {"interview_id": iv, "round": 1, "state": state}
        ]
