"""Every calendar file we have imports, or ends in one of tactful's own one-line errors: never a
traceback, and the store stays usable.

The files are tactful's own (tests/data/invites, written here to imitate Outlook, Google, Zoom,
Teams and broken generators). Public parsers' test suites (icalendar, ical.js) are not copied
into this repository: point `TACTFUL_PUBLIC_INVITES` at a folder of such files to run them too
(docs/calendar.md reports that run).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import CLI
from tactful import Tactful
from tactful.errors import TactfulError
from tactful.serialize import plan_json

OWN = Path(__file__).resolve().parent.parent / "data" / "invites"
AWKWARD = OWN / "awkward"
PUBLIC = os.environ.get("TACTFUL_PUBLIC_INVITES", "")
FILES = sorted(OWN.rglob("*.ics")) + (sorted(Path(PUBLIC).rglob("*.ics")) if PUBLIC else [])
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def test_every_calendar_file_imports_or_is_one_tactful_error(home: Path) -> None:
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
    refused = {name for name, _ in messages}
    # tactful's own invitations all import; the awkward ones are refused in one line.
    own = {p.name for p in OWN.glob("*.ics")}
    assert not own & refused, [m for m in messages if m[0] in own]
    assert {p.name for p in AWKWARD.glob("*.ics")} - {"properties-twice.ics"} <= refused
    assert outcomes["imported"] >= len(own)


@pytest.mark.parametrize(
    "name",
    ["broken-dtstart.ics", "end-before-start.ics", "properties-twice.ics", "big-bad-calendar.ics"],
)
def test_awkward_files_through_the_command_line(cli: CLI, name: str) -> None:
    assert cli("application", "add", "--company", "Acme", "--role", "Dev").code == 0
    r = cli("--now", NOW.isoformat(), "interview", "import", AWKWARD / name,
            "--application", "1", "--yes")  # fmt: skip
    assert r.code in (0, 2), r.err
    if r.code == 2:
        assert r.err.startswith("tactful: error: ")
        assert r.err.count("\n") == 1
    assert "Traceback" not in r.err
    assert cli("--now", NOW.isoformat(), "due").code == 0
    assert cli("--now", NOW.isoformat(), "list", "--json").code == 0
