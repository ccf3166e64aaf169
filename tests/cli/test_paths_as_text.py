"""The read path keeps paths as text (no pathlib at a read command's start): its text forms
must be what pathlib would give, and SQLite must open the file they name, whatever its name."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.settings import Settings, _path_text
from tactful.store.reading import fast_sqlite_rows, sqlite_uri

PIECES = st.sampled_from(["", ".", "..", "a", "b c", "é", "x.db", "%41", "?", "#"])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=6), st.sampled_from(["", "/", "//", "///"]))
def test_path_text_is_what_a_path_prints(pieces: list[str], root: str) -> None:
    path = root + "/".join(pieces)
    if path:
        assert _path_text(path) == str(PurePosixPath(path))


def test_a_settings_home_prints_as_its_path_did(tmp_path: Path) -> None:
    for home in ("h", "./h/", "a//b/./c/", str(tmp_path) + "/", "~/x"):
        settings = Settings.load(home)
        assert settings.home == Path(home).expanduser()
        assert settings.database_url == f"sqlite:///{(Path(home).expanduser() / 'tactful.db')}"
    assert Settings.load(".").database_url == "sqlite:///tactful.db"


def test_sqlite_opens_a_store_whose_path_holds_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "data 100%41 ?x=1 #2 é"
    folder.mkdir()
    file = folder / "tactful.db"
    with sqlite3.connect(file) as made:
        made.execute("CREATE TABLE t (x)")
        made.execute("INSERT INTO t VALUES (42)")
    opened = sqlite3.connect(f"{sqlite_uri(str(file))}?mode=ro", uri=True)
    assert opened.execute("SELECT x FROM t").fetchall() == [(42,)]
    assert unquote(sqlite_uri(str(file)).removeprefix("file://")) == str(file)


def test_the_read_path_opens_a_store_in_such_a_folder(tmp_path: Path) -> None:
    from tactful import Tactful

    home = tmp_path / "my data #1 ?"
    with Tactful.open(home) as api:
        api.add_application(company="Acme", role="Analyst")
    connection = fast_sqlite_rows(Settings.load(home))
    assert connection is not None
    assert connection.execute("SELECT company FROM applications").fetchall() == [("Acme",)]
    connection.close()
