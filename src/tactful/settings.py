"""Where tactful keeps its data: one home directory, one database URL."""

from __future__ import annotations

import os

from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_DB_NAME = "tactful.db"


def public_url() -> str:
    """`TACTFUL_PUBLIC_URL`: the address members reach a shared server by (behind a reverse
    proxy), for the links that leave by mail and the Host header served; "" when unset."""
    return os.environ.get("TACTFUL_PUBLIC_URL", "").strip()


def default_home() -> Path:
    """`TACTFUL_HOME`, else the user data directory of the platform."""
    from pathlib import Path

    return Path(_default_folder())


def _default_folder() -> str:
    if env := os.environ.get("TACTFUL_HOME"):
        return _path_text(os.path.expanduser(env))
    from platformdirs import user_data_dir

    return _path_text(user_data_dir("tactful", appauthor=False))


def _path_text(path: str) -> str:
    """`str(PurePosixPath(path))`: repeated slashes and "." parts dropped, no trailing slash
    (what a Path of it prints, without importing pathlib)."""
    if os.sep != "/":  # pragma: no cover - POSIX here; elsewhere pathlib decides
        from pathlib import Path

        return str(Path(path))
    root = "//" if path.startswith("//") and not path.startswith("///") else "/" * (path[:1] == "/")
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return root + "/".join(parts) or "."


class Settings(Frozen):
    """Where tactful keeps its data: the home folder and the database URL.

    A read-only value over `tactful.text.values.Frozen`, as the frozen dataclass it was:
    every command opens one, and `dataclasses` brings `inspect` and costs a read command
    about 10 ms of startup. The home is kept as text (`folder`; `home` is its Path): read
    commands go without `pathlib`, which costs their start a few milliseconds."""

    __slots__ = ("database_url", "folder")
    _fields = ("home", "database_url")
    folder: str
    """The home folder, as text."""
    database_url: str

    def __init__(self, home: str | os.PathLike[str], database_url: str) -> None:
        object.__setattr__(self, "folder", _path_text(os.fspath(home)))
        object.__setattr__(self, "database_url", database_url)

    @property
    def home(self) -> Path:
        from pathlib import Path

        return Path(self.folder)

    @classmethod
    def load(
        cls, home: str | os.PathLike[str] | None = None, database_url: str | None = None
    ) -> Settings:
        """Explicit values first, then `TACTFUL_HOME` / `TACTFUL_DATABASE_URL`, then defaults."""
        folder = _path_text(os.path.expanduser(os.fspath(home))) if home else _default_folder()
        url = database_url or os.environ.get("TACTFUL_DATABASE_URL") or ""
        if not url:
            file = DEFAULT_DB_NAME if folder == "." else os.path.join(folder, DEFAULT_DB_NAME)
            url = f"sqlite:///{file}"
        return cls(home=folder, database_url=url)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_file(self) -> str | None:
        """The database file of a `sqlite:///PATH` URL, as text (None for memory or other
        databases)."""
        prefix = "sqlite:///"
        if not self.database_url.startswith(prefix):
            return None
        path = self.database_url[len(prefix) :].split("?", 1)[0]
        return path if path and path != ":memory:" else None

    @property
    def sqlite_path(self) -> Path | None:
        """`sqlite_file` as a Path."""
        from pathlib import Path

        file = self.sqlite_file
        return Path(file) if file is not None else None
