"""A throwaway PostgreSQL server for the tests and benchmarks: Debian's binaries, a fresh cluster
in a temporary directory, listening only on a Unix socket, stopped and removed at the end.

`TACTFUL_TEST_DATABASE_URL` names a server to use instead (an admin URL; each test still gets
a database of its own). `initdb` and `pg_ctl` refuse to run as root, so as root the cluster
belongs to the `postgres` system user and its commands run through `runuser`.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SYSTEM_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries: the message names the command that installs them."""


def binaries() -> Path:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    if not found:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries in /usr/lib/postgresql: run "
            "'sudo apt-get install -y postgresql' (make test does it when run as root)"
        )
    return Path(found[-1]).parent


@dataclass
class Server:
    """A running server, known by the SQLAlchemy URL of its `postgres` database."""

    admin_url: str

    def url(self, database: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.admin_url).set(database=database).render_as_string(False)

    def create_database(self, name: str | None = None, *, template: str = "template0") -> str:
        """A new, empty database (or a copy of `template`); its SQLAlchemy URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def admin(self, sql: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        libpq = make_url(self.admin_url).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(libpq, autocommit=True) as connection:
            connection.execute(sql.encode())


def _run(args: list[str], *, as_postgres: bool) -> None:
    command = ["runuser", "-u", SYSTEM_USER, "--", *args] if as_postgres else args
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr.strip() or done.stdout}")


@contextmanager
def throwaway_server() -> Iterator[Server]:
    """Start a server for the duration of the block (or use TACTFUL_TEST_DATABASE_URL)."""
    given = os.environ.get("TACTFUL_TEST_DATABASE_URL")
    if given:
        yield Server(given)
        return
    bin_dir = binaries()
    as_postgres = os.geteuid() == 0
    top = Path(tempfile.mkdtemp(prefix="tactful-pg-"))
    data, sockets = top / "data", top / "run"
    sockets.mkdir()
    if as_postgres:
        shutil.chown(top, SYSTEM_USER)
        shutil.chown(sockets, SYSTEM_USER)
    try:
        _run(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", SYSTEM_USER, "--auth=trust",
             "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            as_postgres=as_postgres,
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -k {sockets} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200 "
            # The race tests order commits by their timestamps (pg_xact_commit_timestamp).
            "-c track_commit_timestamp=on"
        )
        _run(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(top / "log"), "-o", options,
             "-w", "start"],
            as_postgres=as_postgres,
        )  # fmt: skip
        try:
            yield Server(f"postgresql+psycopg://{SYSTEM_USER}@/postgres?host={sockets}")
        finally:
            _run(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                as_postgres=as_postgres,
            )
    finally:
        shutil.rmtree(top, ignore_errors=True)
