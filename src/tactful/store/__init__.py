"""The store: SQLite by default (any SQLAlchemy URL), migrated on open."""

from tactful.store.database import SCHEMA_HEAD, Database, open_database
from tactful.store.repository import Store

__all__ = ["SCHEMA_HEAD", "Database", "Store", "open_database"]
