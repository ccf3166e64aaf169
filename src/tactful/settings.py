"""Where tactful keeps its data: one home directory, one database URL."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB_NAME = "tactful.db"


def default_home() -> Path:
    """`TACTFUL_HOME`, else the user data directory of the platform."""
    if env := os.environ.get("TACTFUL_HOME"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tactful", appauthor=False))


class Settings:
    """Where tactful keeps its data: the home folder and the database URL.

    A value, as a frozen dataclass would be (equal and hashed by its fields, read-only),
    written by hand: every command opens one, and `dataclasses` brings `inspect` and costs a
    read command about 10 ms of startup."""

    __slots__ = ("database_url", "home")
    home: Path
    database_url: str

    def __init__(self, home: Path, database_url: str) -> None:
        object.__setattr__(self, "home", home)
        object.__setattr__(self, "database_url", database_url)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        return f"Settings(home={self.home!r}, database_url={self.database_url!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Settings):
            return NotImplemented
        return (self.home, self.database_url) == (other.home, other.database_url)

    def __hash__(self) -> int:
        return hash((self.home, self.database_url))

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
