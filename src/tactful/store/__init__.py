"""The store: SQLite by default (any SQLAlchemy URL), migrated on open.

Names are loaded lazily: the read path (`tactful.store.loader` over the stdlib sqlite3) must not
import SQLAlchemy.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    from tactful.store.database import SCHEMA_HEAD, Database, open_database
    from tactful.store.repository import Store

__all__ = ["SCHEMA_HEAD", "Database", "Store", "open_database"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from tactful.store.repository import Store

        return Store
    if name in ("SCHEMA_HEAD", "Database", "open_database"):
        from tactful.store import database

        return getattr(database, name)
    raise AttributeError(name)
