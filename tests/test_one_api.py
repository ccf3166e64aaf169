"""One API: the CLI and the web call `Tactful`; the services it hands the store and config to
never import it back (no core ↔ calendars ↔ transfer cycle); planning lives in the policy and
the fast read path in the store."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tactful import Tactful

SRC = Path(__file__).resolve().parent.parent / "src" / "tactful"
SERVICES = [
    "records.py",
    "transfer.py",
    "validation.py",
    "files.py",
    "secrets.py",
    "calendars",
    "postings",
    "policy",
    "store",
    "markup",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_services_do_not_import_the_facade(service: str) -> None:
    target = SRC / service
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    for path in files:
        assert "tactful.core" not in _imports(path), path


def test_plan_all_lives_in_the_policy_and_the_fast_path_in_the_store() -> None:
    from tactful.core import plan_all as from_core
    from tactful.policy import plan_all
    from tactful.store.reading import fast_sqlite_rows, read_rows

    assert from_core is plan_all
    assert plan_all.__module__ == "tactful.policy.rounds"
    assert callable(fast_sqlite_rows)
    assert callable(read_rows)
    assert "def plan_all" not in (SRC / "core.py").read_text()


def test_the_facade_checks_drafts_suggests_imports_and_keeps_the_profile(home: Path) -> None:
    invite = (Path(__file__).parent / "data" / "invites" / "google.ics").read_bytes()
    page = Path(__file__).parent / "data" / "postings" / "acme-data-engineer.html"
    with Tactful.open(home, now="2026-11-26T09:00:00+01:00") as api:
        api.config.set("me.email", "sam.candidate@gmail.com")
        postings = api.postings(str(page))
        app = api.import_posting(postings.draft(1, today=api.now().date()))
        with pytest.raises(Exception, match="already application"):
            api.import_posting(postings.draft(1, today=api.now().date()))
        items = api.preview_invitations(invite, source="google.ics", application_id=app)
        [done] = api.import_invitations(items)
        assert done.interview_id is not None
        item = api.add_profile_item("accomplishment", "Cut Airflow costs by 40%")
        assert [p.text for p in api.profile()] == ["Cut Airflow costs by 40%"]
        drafts = api.drafts(done.interview_id, "thank-you")
        assert drafts
        assert drafts[0].check is not None
        report = api.check(drafts[0].text, interview_id=done.interview_id)
        assert report.verdict
        assert isinstance(api.suggest(done.interview_id), list)
        api.remove_profile_item(item.id)
        assert api.profile() == []


def test_one_invitation_size_limit_for_the_cli_and_the_web() -> None:
    from tactful.files import MAX_INVITE_BYTES

    cli = (SRC / "cli" / "calendar.py").read_text()
    web = (SRC / "web" / "routes" / "imports.py").read_text()
    assert "MAX_INVITE_BYTES" in cli
    assert "512" not in web
    assert MAX_INVITE_BYTES == 5 * 1024 * 1024


def test_the_package_says_it_is_typed() -> None:
    assert (SRC / "py.typed").is_file()
