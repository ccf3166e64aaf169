"""A round recorded through the real entry point, for the tests of tests/cli."""

from __future__ import annotations

from conftest import CLI

NOW = "2026-12-01T09:00:00+00:00"


def add_application(cli: CLI, *extra: str) -> int:
    result = cli(
        "application", "add", "--company", "Zeta", "--role", "Dev", "--country", "FR", "--json",
        *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    return int(result.json()["id"])


def add_round(cli: CLI, app_id: int, *extra: str) -> int:
    result = cli("interview", "add", str(app_id), "--at", "2026-11-30 14:00", "--json", *extra)
    assert result.code == 0, result.err
    return int(result.json()["id"])


def decision_of(cli: CLI, interview_id: int) -> str | None:
    shown = cli("interview", "show", str(interview_id), "--json")
    assert shown.code == 0, shown.err
    decision: str | None = shown.json()["decision_date"]
    return decision
