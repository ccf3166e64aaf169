"""A throwaway PostgreSQL server for the tests: Debian's PostgreSQL binaries, a cluster in a
temporary folder, a Unix socket only (no TCP port), stopped at the end of the session.

As root (CI), the server runs as the `postgres` user, as PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A SQLAlchemy URL to a fresh, empty PostgreSQL database."""
    pytest.importorskip("psycopg")
    binaries = _bin()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (make system-deps installs it)")
    folder = Path(tempfile.mkdtemp(prefix="tactful-pg-"))
    data, socket = folder / "data", folder / "socket"
    socket.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(socket, "postgres")
        folder.chmod(0o755)
    subprocess.run(
        _as_postgres([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "tactful"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    options = f"-c listen_addresses='' -k {socket} -c fsync=off"
    subprocess.run(
        _as_postgres(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-w",
                "-l",
                str(folder / "log"),
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        url = f"postgresql+psycopg://tactful@/postgres?host={socket}"
        for _ in range(50):
            if (socket / ".s.PGSQL.5432").exists():
                break
            time.sleep(0.1)
        yield url
    finally:
        subprocess.run(
            _as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=120,
        )
        shutil.rmtree(folder, ignore_errors=True)
