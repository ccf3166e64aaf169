"""Every test runs against a fresh home (a real SQLite file in a tmp dir), in Europe/Paris."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pg_server import Server, throwaway_server
from tactful.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """The compiled matchers' cache (tactful.text.regex_cache) in a directory of this run's
    own (one per xdist worker), never the user's: each run compiles the patterns once, so the
    compiling code is tested whatever an earlier run or another checkout left in ~/.cache, and
    then loads them as a user's later commands do. Subprocesses inherit it."""
    import tempfile

    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tactful-test-cache-")


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("TACTFUL_HOME", str(path))
    monkeypatch.setenv("TZ", "Europe/Paris")
    # Never read a developer's real keyring from a test.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    for name in list(os.environ):
        if name.startswith("TACTFUL_") and name != "TACTFUL_HOME":
            monkeypatch.delenv(name)
    return path


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


CLI = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    """Run the real entry point in-process: cli("plan", "--json", input="...")."""

    def run(*args: str, input: str | None = None) -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(input or ""))
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def tactful_process() -> CLI:
    """Run `python -m tactful` as a separate process, as a user's shell would."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "tactful", *map(str, args)],
            input=input or "",
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            timeout=120,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run


BOTH_BACKENDS = (
    "store/",
    "cli/test_list_states.py",
    "calendars/test_import_cli.py",
    "postings/test_import_cli.py",
    "web/test_api.py",
    "cli/test_core_commands.py",
    "cli/test_fast_path.py",
    "test_one_api.py",
)
"""Store, rule, import and API tests: each runs on SQLite and again on PostgreSQL."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the tests of BOTH_BACKENDS twice (`backend` = sqlite, postgres), unless a test is
    marked sqlite_only (it is about the SQLite file itself) or picks its own database."""
    where = Path(str(metafunc.definition.fspath)).relative_to(ROOT / "tests").as_posix()
    if not where.startswith(BOTH_BACKENDS) or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if {"postgres_url", "pg_url"} & set(metafunc.fixturenames):
        return
    metafunc.parametrize("backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture(autouse=True)
def backend(request: pytest.FixtureRequest, home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The database of the test's home: SQLite in the home, or a fresh PostgreSQL database at
    tactful's schema (TACTFUL_DATABASE_URL), copied from the worker's template."""
    name = str(getattr(request, "param", "sqlite"))
    if name == "postgres":
        server: Server = request.getfixturevalue("postgres")
        template: str = request.getfixturevalue("pg_template")
        monkeypatch.setenv("TACTFUL_DATABASE_URL", server.create_database(template=template))
    return name


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    """A throwaway PostgreSQL server, one per test worker (see tests/pg_server.py)."""
    with throwaway_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres: Server) -> str:
    """A fresh, empty database on the throwaway server."""
    return postgres.create_database()


@pytest.fixture(scope="session")
def pg_template(postgres: Server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database migrated once per test worker (tactful db upgrade), copied for each test."""
    from tactful.hosting.upgrade import upgrade
    from tactful.settings import Settings

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"tactful_template_{worker}_{os.getpid()}"
    url = postgres.create_database(name)
    upgrade(Settings(tmp_path_factory.mktemp("template-home"), url))
    return name


@pytest.fixture
def pg_url(postgres: Server, pg_template: str) -> str:
    """A fresh database at tactful's schema (a copy of the template: no migration to wait for)."""
    return postgres.create_database(template=pg_template)
