"""Every calendar file of two public parsers' test suites (tests/data/invites/public, sources in
SOURCES.md) imports, or ends in one of tactful's own one-line errors: never a traceback, and the
store stays usable."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import CLI
from tactful import Tactful
from tactful.errors import TactfulError
from tactful.serialize import plan_json

PUBLIC = Path(__file__).resolve().parent.parent / "data" / "invites" / "public"
FILES = sorted(PUBLIC.rglob("*.ics"))
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def test_the_collection_is_there_with_its_sources() -> None:
    assert len(FILES) > 150
    sources = (PUBLIC / "SOURCES.md").read_text(encoding="utf-8")
    for folder in {f.parent.name for f in FILES}:
        assert f"`{folder}/`" in sources


def test_every_public_calendar_file_imports_or_is_one_tactful_error(home: Path) -> None:
    outcomes: dict[str, int] = {"imported": 0, "refused": 0}
    messages: list[tuple[str, str]] = []
    with Tactful.open(home, now=NOW) as api:
        app = api.add_application(company="Acme", role="Engineer", country="FR")
        for path in FILES:
            try:
                items = api.preview_invitations(
                    path.read_bytes(), source=path.name, application_id=app
                )
                api.import_invitations(items)
                outcomes["imported"] += 1
            except TactfulError as exc:
                messages.append((path.name, exc.message))
                outcomes["refused"] += 1
            # The store stays usable after every file, imported or refused.
            for plan in api.plans():
                plan_json(plan)
            api.due()
    for name, message in messages:  # one line, in words: no Python repr
        assert "\n" not in message, name
        assert "vDDDTypes" not in message, name
        assert "Traceback" not in message, name
    assert outcomes["imported"] > 50
    assert outcomes["refused"] > 10


@pytest.mark.parametrize(
    "name",
    [
        "tests__calendars__broken_dtstart.ics",
        "tests__calendars__issue_1081_invalid_start_and_end.ics",
        "tests__calendars__issue_1081_list_of_properties.ics",
        "tests__calendars__big_bad_calendar.ics",
    ],
)
def test_awkward_public_files_through_the_command_line(cli: CLI, name: str) -> None:
    assert cli("application", "add", "--company", "Acme", "--role", "Dev").code == 0
    r = cli("--now", NOW.isoformat(), "interview", "import", PUBLIC / "icalendar" / name,
            "--application", "1", "--yes")  # fmt: skip
    assert r.code in (0, 2), r.err
    if r.code == 2:
        assert r.err.startswith("tactful: error: ")
        assert r.err.count("\n") == 1
    assert "Traceback" not in r.err
    assert cli("--now", NOW.isoformat(), "due").code == 0
    assert cli("--now", NOW.isoformat(), "list", "--json").code == 0
