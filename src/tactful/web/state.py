"""What the running app holds: the one `Tactful` it serves, and plans read once per change.

Request handlers are `async def` and call the API inline, so the event loop serialises every
use of the store: one user, one writer, no locks. Plans are computed from one snapshot of the
store and reused until the data changes (a write through the app, or the SQLite files changing
under it because the CLI wrote) or the minute turns.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tactful.core import Tactful, plan_all
from tactful.errors import NotFound
from tactful.models import Application
from tactful.policy import RoundPlan, Step, due_steps
from tactful.settings import Settings
from tactful.web.views import plans_by_application

if TYPE_CHECKING:
    from jinja2 import Environment


@dataclass
class Snapshot:
    """Plans of every round at one minute, and what was derived from them."""

    key: tuple[Any, ...]
    now: datetime
    plans: list[RoundPlan]
    applications: list[Application]
    derived: dict[str, Any] = field(default_factory=dict)

    def due(self) -> list[tuple[RoundPlan, Step]]:
        if "due" not in self.derived:
            self.derived["due"] = due_steps(self.plans)
        return list(self.derived["due"])

    def rounds_of(self, application_id: int | None) -> list[RoundPlan]:
        """The plans of one application's rounds."""
        if "by_application" not in self.derived:
            self.derived["by_application"] = plans_by_application(self.plans)
        return list(self.derived["by_application"].get(application_id, []))


class WebState:
    def __init__(self, settings: Settings, *, now: datetime | str | None = None) -> None:
        self.settings = settings
        self.api = Tactful(settings, now=now)
        self.version = 0
        self._snapshot: Snapshot | None = None
        self._env: Environment | None = None
        self.fragments: dict[tuple[Any, ...], str] = {}

    @property
    def env(self) -> Environment:
        if self._env is None:
            from tactful.web.templating import environment

            self._env = environment()
        return self._env

    def changed(self) -> None:
        """Call after every write: the next read plans again."""
        self.version += 1
        self._snapshot = None
        self.fragments.clear()

    def _files_key(self) -> tuple[Any, ...]:
        path = self.settings.sqlite_path
        if path is None:
            return (int(time.monotonic() // 2),)  # another database: re-read every 2 seconds
        key: list[Any] = []
        for name in (str(path), str(path) + "-wal"):
            try:
                st = os.stat(name)
                key.append((st.st_mtime_ns, st.st_size))
            except OSError:
                key.append(None)
        return tuple(key)

    def snapshot(self) -> Snapshot:
        now = self.api.now()
        minute = now.replace(second=0, microsecond=0)
        key = (self.version, self._files_key(), minute.isoformat())
        if self._snapshot is None or self._snapshot.key != key:
            if self._snapshot is not None:
                self.fragments.clear()
            apps, interviews = self.api.snapshot()
            plans = plan_all(apps, interviews, minute, self.api.calendar_for)
            self.api.holidays.save()
            self._snapshot = Snapshot(key, minute, plans, apps)
        return self._snapshot

    def plan(self, interview_id: int) -> RoundPlan:
        """One round's plan from the snapshot; NotFound, in the core's words, when none."""
        for p in self.snapshot().plans:
            if p.interview.id == interview_id:
                return p
        self.api.interview(interview_id)  # NotFound
        raise NotFound(f"no plan for interview {interview_id} yet: reload the page")

    def close(self) -> None:
        self.api.close()
