"""A member's preferences in hosted mode: the same keys and checks as `config.json`, kept in the
database (`user_settings`, one row per key) under the member's scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tactful.config import Config
from tactful.store import schema

if TYPE_CHECKING:
    from tactful.store.database import Database


class OwnerConfig(Config):
    """`Config` whose values are the scoped user's rows; `forget()` re-reads them (another web
    worker may have changed them: the data version says when)."""

    per_member = True
    """A member of a shared server wrote these: the server's secrets must not follow them
    (tactful.ai.settings sends the server's AI key only to the server's own endpoint)."""

    def __init__(self, database: Database) -> None:
        super().__init__("/nonexistent")
        self.database = database
        self.file = "settings"

    @property
    def values(self) -> dict[str, Any]:
        if self._values is None:
            rows = self.database.rows("SELECT name, value FROM user_settings ORDER BY name")
            self._values = {str(name): str(value) for name, value in rows}
        return self._values

    def forget(self) -> None:
        self._values = None

    def _save(self) -> None:
        table = schema.user_settings
        with self.database.begin() as conn:
            conn.execute(sa.delete(table))
            if self.values:
                conn.execute(
                    sa.insert(table),
                    [{"name": k, "value": str(v)} for k, v in sorted(self.values.items())],
                )
