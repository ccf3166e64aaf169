"""Where tactful keeps its data: one home directory, one database URL."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB_NAME = "tactful.db"


def default_home() -> Path:
    """`TACTFUL_HOME`, else the user data directory of the platform."""
    if env := os.environ.get("TACTFUL_HOME"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tactful", appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Where tactful keeps its data: the home folder and the database URL."""

    home: Path
    database_url: str

    @classmethod
    def load(cls, home: Path | str | None = None, database_url: str | None = None) -> Settings:
        """Explicit values first, then `TACTFUL_HOME` / `TACTFUL_DATABASE_URL`, then defaults."""
        resolved = Path(home).expanduser() if home else default_home()
        url = database_url or os.environ.get("TACTFUL_DATABASE_URL") or ""
        if not url:
            url = f"sqlite:///{(resolved / DEFAULT_DB_NAME).as_posix()}"
        return cls(home=resolved, database_url=url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        """The database file of a `sqlite:///PATH` URL (None for memory or other databases)."""
        prefix = "sqlite:///"
        if not self.database_url.startswith(prefix):
            return None
        path = self.database_url[len(prefix) :].split("?", 1)[0]
        return Path(path) if path and path != ":memory:" else None
