"""Where tactful keeps its data: one home directory, one database URL."""

from __future__ import annotations

import os
from pathlib import Path

from tactful.text.values import Frozen

DEFAULT_DB_NAME = "tactful.db"


def default_home() -> Path:
    """`TACTFUL_HOME`, else the user data directory of the platform."""
    if env := os.environ.get("TACTFUL_HOME"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tactful", appauthor=False))


class Settings(Frozen):
    """Where tactful keeps its data: the home folder and the database URL.

    A read-only value over `tactful.text.values.Frozen`, as the frozen dataclass it was:
    every command opens one, and `dataclasses` brings `inspect` and costs a read command
    about 10 ms of startup."""

    __slots__ = ("database_url", "home")
    _fields = ("home", "database_url")
    home: Path
    database_url: str

    def __init__(self, home: Path, database_url: str) -> None:
        object.__setattr__(self, "home", home)
        object.__setattr__(self, "database_url", database_url)

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
