"""The read commands' fast path (tactful.cli.fast) answers exactly as the Typer tree does: the
same output, the same one-line errors, the same exit codes, for every form it takes, and it
leaves every other form (help, unknown options, bad numbers…) to the tree."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tactful.cli.main import main

NOW = "2026-11-25T17:00:00+01:00"
BAD_EMAIL = """Hi,

Please call me tomorrow at 9am. I need an answer by Friday or I will take another offer.

[your name]
"""
GOOD_EMAIL = """Dear Ms Patel,

Thank you for meeting with me on Tuesday about the Data Analyst role. I enjoyed hearing how your
team rebuilt the weekly sales dashboard.

Best regards,
Samuel
"""
AD = """# Rockstar Developer (m/f)

Acme is a young and dynamic team in Denver, CO. You will crush code with our ninjas.

## Requirements
- 10 years of Python
- Native English speaker
"""


def run(args: list[str], *, fast: bool, stdin: str = "") -> tuple[int, str, str]:
    """One command in-process, its stdout and stderr captured as a pipe would get them."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO(stdin)
    try:
        code = main(list(args), fast=fast)
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def store(home: Path, tmp_path: Path) -> dict[str, Path]:
    """A store with the shapes the read commands print: contacts, notes, a reply, a skipped
    step, a cancelled round, a long company name, markup and emoji codes in names."""

    def ok(*args: str) -> None:
        code, _, err = run(["--now", NOW, *args], fast=False)
        assert code == 0, err

    ok(
        "application",
        "add",
        "--company",
        "Acme Analytics",
        "--role",
        "Data engineer",
        "--country",
        "FR",
        "--closing-date",
        "2026-11-10",
        "--contact",
        "Rita <rita@acme.example>",
        "--url",
        "https://acme.example/jobs/1",
        "--notes",
        "Met at the meetup",
    )
    ok(
        "interview",
        "add",
        "1",
        "--at",
        "2026-11-20 14:00",
        "--interviewer",
        "Ada Lovelace <ada@acme.example>",
        "--interviewer",
        "Grace Hopper <grace@acme.example>",
        "--timeline",
        "two weeks",
    )
    ok("sent", "1", "thank-you", "--at", "2026-11-20 18:00", "--to", "ada@acme.example")
    ok(
        "application",
        "add",
        "--company",
        "A very long company name that wraps in tables Inc",
        "--role",
        "Principal platform reliability engineer for distributed systems",
    )
    ok("interview", "add", "2", "--at", "2026-11-02 09:30", "--many-candidates")
    ok("reply", "2", "--at", "2026-11-12 10:00", "--outcome", "rejection")
    ok("application", "add", "--company", "[bold]Markup[/bold] :smile: Co", "--role", "Dev")
    ok("interview", "add", "3", "--at", "2026-10-01 10:00")
    ok("skip", "3", "status")
    ok("application", "add", "--company", "Empty", "--role", "No rounds yet")
    files = {
        "bad": tmp_path / "bad.txt",
        "good": tmp_path / "good.txt",
        "ad": tmp_path / "ad.md",
        "empty": tmp_path / "empty.txt",
    }
    files["bad"].write_text(BAD_EMAIL, encoding="utf-8")
    files["good"].write_text(GOOD_EMAIL, encoding="utf-8")
    files["ad"].write_text(AD, encoding="utf-8")
    files["empty"].write_text("  \n", encoding="utf-8")
    return files


FORMS = [
    ["due"], ["due", "--json"], ["plan"], ["plan", "--json"], ["plan", "1"],
    ["plan", "1", "--json"], ["plan", "--json", "2"], ["plan", "3"], ["list"], ["list", "--json"],
    ["show", "1"],
    ["show", "2", "--json"], ["show", "3"], ["show", "4"], ["show", "--json", "4"],
    ["check", "{good}"], ["check", "{good}", "--json"], ["check", "{bad}"],
    ["check", "{bad}", "--json", "--kind", "status"], ["check", "--kind=thank-you", "{bad}"],
    ["check", "{good}", "--interview", "1"], ["check", "{good}", "--interview=1", "--json"],
    ["check", "{good}", "--lang", "fr"], ["check", "-"], ["check", "{empty}"],
    ["ad", "check", "{ad}"], ["ad", "check", "{ad}", "--json"],
    ["ad", "check", "{ad}", "--jurisdiction", "FR", "--jurisdiction", "US-NY"],
    ["ad", "check", "--lang", "en", "{ad}"], ["ad", "check", "{ad}", "--jurisdiction", "ZZZZ"],
    # errors the commands themselves give
    ["plan", "99"], ["show", "99"], ["check", "/no/such/file"], ["ad", "check", "/no/such.md"],
    ["check", "{good}", "--interview", "99"], ["check", "{good}", "--kind", "birthday"],
    ["check", "{good}", "--lang", "de"], ["ad", "check", "{ad}", "--lang", "de"],
    # forms the fast path leaves to the tree (usage errors, help)
    ["plan", "x"], ["plan", "1", "2"], ["show"], ["due", "extra"], ["due", "--bogus"],
    ["due", "--json=yes"], ["check"], ["check", "--kind"], ["ad"], ["ad", "check"],
    ["ad", "new"], ["due", "--help"], ["plan", "-h"], ["check", "--", "{good}"],
    ["show", "1_0"], ["plan", " 1"], ["show", "-1"],
]  # fmt: skip
GLOBALS = [["--now", NOW, "--home", "{home}"], [f"--now={NOW}", "--home={home}"]]


@pytest.mark.parametrize("form", FORMS, ids=lambda f: " ".join(f))
def test_the_fast_path_answers_as_the_tree(
    store: dict[str, Path], home: Path, form: list[str]
) -> None:
    _same(store, home, ["--now", NOW, *form])


@pytest.mark.parametrize("prefix", GLOBALS, ids=["home", "equals"])
@pytest.mark.parametrize("form", [["due"], ["plan", "1", "--json"], ["check", "{bad}"]])
def test_global_options_in_every_form(
    store: dict[str, Path], home: Path, prefix: list[str], form: list[str]
) -> None:
    _same(store, home, [*prefix, *form])


def _same(store: dict[str, Path], home: Path, args: list[str]) -> None:
    names = {**{k: str(v) for k, v in store.items()}, "home": str(home)}
    args = [a.format(**names) for a in args]
    fast = run(args, fast=True, stdin=GOOD_EMAIL)
    tree = run(args, fast=False, stdin=GOOD_EMAIL)
    assert fast == tree


def test_environment_variables_count_as_the_tree_counts_them(
    store: dict[str, Path], home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TACTFUL_NOW", NOW)
    assert run(["due", "--json"], fast=True) == run(["due", "--json"], fast=False)
    monkeypatch.setenv("TACTFUL_NOW", "")  # empty: as if unset, as Click reads it
    assert run(["plan", "1", "--json"], fast=True) == run(["plan", "1", "--json"], fast=False)
    monkeypatch.setenv("TACTFUL_NOW", "not a time")
    fast = run(["due"], fast=True)
    assert fast == run(["due"], fast=False)
    assert fast[0] == 2
    assert fast[2].startswith("tactful: error: ")


def test_read_commands_do_not_build_the_command_tree(
    store: dict[str, Path],
    tmp_path: Path,
    backend: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Neither Typer nor Click nor Rich (nor SQLAlchemy) is imported by a read command
    printing plain names to a pipe, on SQLite as on PostgreSQL; nor pathlib by a read of an
    SQLite store (psycopg imports it; `check` writes its matchers' cache on its first run)."""
    clean = tmp_path / "clean"
    if backend == "postgres":  # a database of its own, without the store's markup and emoji
        server = request.getfixturevalue("postgres")
        template = request.getfixturevalue("pg_template")
        monkeypatch.setenv("TACTFUL_DATABASE_URL", server.create_database(template=template))
    for args in (
        ["application", "add", "--company", "Acme", "--role", "Dev"],
        ["interview", "add", "1", "--at", "2026-11-20 14:00"],
    ):
        assert run(["--home", str(clean), "--now", NOW, *args], fast=False)[0] == 0
    heavy_modules = ("typer", "click", "rich", "sqlalchemy", "alembic")
    forms = (
        ["due"],
        ["due", "--json"],
        ["plan", "1"],
        ["list"],
        ["show", "1", "--json"],
        ["check", str(store["good"])],
        ["ad", "check", str(store["ad"]), "--json"],
    )
    for form in forms:
        store_read = backend == "sqlite" and form[0] not in ("check", "ad")
        probe = (
            "import sys; from tactful.cli.main import main; code = main(sys.argv[1:]); "
            f"heavy = [m for m in {heavy_modules + ('pathlib',) * store_read!r} "
            "if m in sys.modules]; print(code, heavy, file=sys.stderr)"
        )
        done = subprocess.run(
            [sys.executable, "-c", probe, "--home", str(clean), "--now", NOW, *form],
            capture_output=True,
            text=True,
            check=False,
        )
        code, heavy = done.stderr.strip().splitlines()[-1].split(" ", 1)
        assert code == "0", done.stderr
        assert heavy == "[]", (form, heavy)


def test_json_outputs_are_the_old_structures(store: dict[str, Path], home: Path) -> None:
    """The streamed JSON is exactly json.dumps of the structure the API gives."""
    from tactful import Tactful
    from tactful.serialize import applications_json, due_json, plan_json

    with Tactful.open(home, now=NOW) as api:
        lang = api.lang
        due = {"due": [due_json(p, s, lang) for p, s in api.due()]}
        plans = {"interviews": [plan_json(p, lang) for p in api.plans()]}
        listed = applications_json(api.applications(), api.plans())
        exported = api.export_data()
    for args, expected in (
        (["due", "--json"], due),
        (["plan", "--json"], plans),
        (["list", "--json"], listed),
        (["export"], exported),
    ):
        code, out, _ = run(["--now", NOW, *args], fast=True)
        assert code == 0
        assert out == json.dumps(expected, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("batch", [1, 2, 3])
def test_batches_do_not_change_the_streamed_outputs(
    store: dict[str, Path], home: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    import tactful.core

    forms = ("due --json", "plan --json", "list --json", "export")
    whole = {a: run(["--now", NOW, *a.split()], fast=True) for a in forms}
    monkeypatch.setattr(tactful.core, "BATCH", batch)
    for args, expected in whole.items():
        assert run(["--now", NOW, *args.split()], fast=True) == expected


def test_the_direct_read_gives_what_the_opened_store_gives(
    store: dict[str, Path], home: Path, backend: str
) -> None:
    """Read commands read through the driver alone (the stdlib's sqlite3, or psycopg on
    PostgreSQL); what they load is what the opened store (SQLAlchemy) loads, value for value:
    dates, instants, zones, people, notes, replies and cancelled rounds alike."""
    from tactful import Tactful
    from tactful.store import reading

    with Tactful.open(home, now=NOW) as direct, Tactful.open(home, now=NOW) as opened:
        assert opened.store is not None  # opened: reads go through the store
        fast = reading.fast_postgres_rows if backend == "postgres" else reading.fast_sqlite_rows
        probe = fast(direct.settings)
        assert probe is not None  # the store is up to date: the direct read is taken
        probe.close()
        assert direct.snapshot() == opened.snapshot()
        for interview in direct.snapshot()[1]:
            assert direct.snapshot(interview.id) == opened.snapshot(interview.id)
        assert direct.export_data() == opened.export_data()
