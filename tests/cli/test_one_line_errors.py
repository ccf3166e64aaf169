"""Every failure of the world around tactful is one line on stderr with exit 2, never a
traceback: a damaged, cut or newer database, a home that cannot be read or written, a full disk,
a file size limit, a malformed AI address. Data can always be taken out of a read-only home.

Each case runs `python -m tactful` as a user's shell would. Root ignores file permissions, so
as root the process runs without the capabilities that let it (setpriv)."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import Result

NOW = "2026-12-10T10:00:00+01:00"


def run(
    home: Path,
    *args: str,
    input: str = "",
    env: dict[str, str] | None = None,
    limit_bytes: int | None = None,
) -> Result:
    command = [sys.executable, "-m", "tactful", *args]
    if os.geteuid() == 0:  # root reads and writes anything: drop the capabilities that allow it
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]

    def limit() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    done = subprocess.run(
        command,
        input=input,
        capture_output=True,
        text=True,
        env={**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_NOW": NOW, **(env or {})},
        timeout=120,
        preexec_fn=limit,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def one_line(r: Result, code: int = 2) -> str:
    assert r.code == code, (r.out, r.err)
    assert r.err.startswith("tactful: error: "), r.err
    assert r.err.count("\n") == 1, r.err
    assert "Traceback" not in r.err
    return r.err


@pytest.fixture
def filled(home: Path) -> Path:
    """A home with one application, one round and a profile item."""
    from tactful import Tactful

    with Tactful.open(home) as api:
        app = api.add_application(company="Acme", role="Dev", country="FR")
        api.add_interview(app, at="2026-11-25 14:00")
        api.add_profile_item("skill", "SQL")
    return home


def _read_only(folder: Path) -> Callable[[], None]:
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)

    def restore() -> None:
        for path, mode in modes.items():
            path.chmod(mode)

    return restore


@pytest.fixture
def read_only(filled: Path) -> Iterator[Path]:
    restore = _read_only(filled)
    yield filled
    restore()


def test_on_a_read_only_home_list_and_export_still_work(read_only: Path) -> None:
    listed = run(read_only, "list", "--json")
    assert listed.code == 0, listed.err
    assert [a["company"] for a in json.loads(listed.out)["applications"]] == ["Acme"]
    exported = run(read_only, "export")
    assert exported.code == 0, exported.err
    data = json.loads(exported.out)
    assert data["applications"][0]["interviews"][0]["starts_at"] == "2026-11-25T14:00:00+01:00"
    assert data["profile"] == [{"id": 1, "kind": "skill", "text": "SQL"}]
    assert run(read_only, "due").code == 0
    assert run(read_only, "plan", "1").code == 0


def test_on_a_read_only_home_writes_are_one_line(read_only: Path) -> None:
    err = one_line(run(read_only, "application", "add", "--company", "B", "--role", "R"))
    assert "read-only" in err or "cannot write" in err
    err = one_line(run(read_only, "config", "set", "lang", "fr"))
    assert "cannot write" in err
    assert sorted(p.name for p in read_only.iterdir() if p.name.startswith(".")) == []


def test_a_home_that_cannot_be_read_is_one_line(filled: Path) -> None:
    filled.chmod(0)
    try:
        for args in (("list",), ("due",), ("export",), ("config", "list")):
            err = one_line(run(filled, *args))
            assert str(filled) in err
    finally:
        filled.chmod(0o755)


def test_config_set_on_a_full_disk_leaves_no_temporary_file(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        home = mount / "home"
        home.mkdir()
        (home / "config.json").write_text("{}")
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"x" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        err = one_line(run(home, "config", "set", "me.name", "Sam " * 2000))
        assert "disk is full" in err
        assert sorted(p.name for p in home.iterdir()) == ["config.json"]
        assert (home / "config.json").read_text() == "{}"
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_config_set_past_the_file_size_limit_leaves_no_temporary_file(home: Path) -> None:
    home.mkdir()
    (home / "config.json").write_text("{}")
    err = one_line(run(home, "config", "set", "me.name", "Sam " * 2000, limit_bytes=1024))
    assert "cannot write" in err
    assert sorted(p.name for p in home.iterdir()) == ["config.json"]


def test_a_database_write_past_the_file_size_limit_is_one_line(filled: Path) -> None:
    before = run(filled, "export").out
    notes = "x" * 100_000
    err = one_line(
        run(
            filled,
            "application",
            "add",
            "--company",
            "Big",
            "--role",
            "R",
            "--notes",
            notes,
            limit_bytes=32 * 1024,
        )
    )
    assert "file size" in err or "full" in err or "too large" in err
    assert run(filled, "export").out == before
    assert run(filled, "list").code == 0


def test_a_database_that_is_not_one_is_one_line(home: Path) -> None:
    home.mkdir()
    (home / "tactful.db").write_bytes(b"this is not a database at all " * 100)
    for args in (("list",), ("due",), ("application", "add", "--company", "A", "--role", "B")):
        err = one_line(run(home, *args))
        assert "damaged" in err
        assert "tactful import" in err


def test_a_truncated_database_is_one_line(filled: Path) -> None:
    for _ in range(30):
        r = run(
            filled, "application", "add", "--company", "Co", "--role", "R", "--notes", "n" * 3000
        )
        assert r.code == 0
    db = filled / "tactful.db"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    for args in (("list",), ("export",), ("due",)):
        r = run(filled, *args)
        if r.code != 0:
            err = one_line(r)
            assert "damaged" in err or "malformed" in err


def test_a_database_made_by_a_newer_tactful_says_so_and_how_to_recover(filled: Path) -> None:
    connection = sqlite3.connect(filled / "tactful.db")
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    for args in (("list",), ("due",), ("interview", "add", "1", "--at", "2026-11-30 10:00")):
        err = one_line(run(filled, *args))
        assert "made by a newer tactful" in err
        assert "upgrade tactful" in err
        assert "export" in err


@pytest.mark.parametrize("url", ["http://[::1", "http://host:port/v1", "ftp://x", "::"])
def test_ai_configure_with_a_malformed_address_is_one_line(home: Path, url: str) -> None:
    err = one_line(run(home, "ai", "configure", "--base-url", url, "--model", "m"))
    assert "is not an http(s) URL" in err
    assert (
        not (home / "config.json").exists()
        or "ai.base_url" not in (home / "config.json").read_text()
    )


def test_a_home_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    for args in (("list",), ("config", "set", "lang", "fr"), ("export",)):
        err = one_line(run(not_a_dir, *args))
        assert str(not_a_dir) in err


def test_a_config_file_that_is_not_an_object_is_one_line(home: Path) -> None:
    home.mkdir()
    (home / "config.json").write_text("[1, 2]")
    err = one_line(run(home, "config", "list"))
    assert "not a JSON object" in err


@pytest.fixture(autouse=True)
def _no_leftovers(tmp_path: Path) -> Iterator[None]:
    yield
    for path in tmp_path.rglob("*"):
        with contextlib.suppress(OSError):
            path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(tmp_path, ignore_errors=True)


@contextlib.contextmanager
def silent_server() -> Iterator[tuple[int, list[object]]]:
    """A TCP server on loopback that accepts connections and never answers (a database server
    that hangs): its port, and the connections it accepted."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[object] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                accepted.append(listener.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield listener.getsockname()[1], accepted
    finally:
        listener.close()
        for connection in accepted:
            connection.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", [("due",), ("list", "--json")])
def test_a_database_server_that_does_not_answer_is_waited_for_once(
    home: Path, command: tuple[str, ...]
) -> None:
    with silent_server() as (port, accepted):
        options = "connect_timeout=1&sslmode=disable"
        url = f"postgresql+psycopg://someone@127.0.0.1:{port}/tactful?{options}"
        result = run(home, *command, env={"TACTFUL_DATABASE_URL": url})
        assert result.code == 2
        lines = result.err.strip().splitlines()
        assert len(lines) == 1, result.err
        assert "cannot use the database at" in lines[0]
        assert "timeout" in lines[0]
        assert len(accepted) == 1  # the read path's try; the full open did not wait again
