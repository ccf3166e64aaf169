"""What the running app holds: the one `Tactful` it serves, plans read once per change, and the
calendar feed built once per change.

The event loop never does the slow, synchronous work itself: reading the store, planning every
round, writing and drafting run in worker threads (`run`), one at a time around the store (one
user, one writer), while the loop keeps answering pages already drawn. The calendar feed is
written from the snapshot's plans by a `FeedWriter` that keeps each round's events as text, so
after a change only the changed rounds are written again (milliseconds); the first build, tens
of milliseconds with 1,000 rounds, runs in a worker thread that lets go of Python's global lock
every few dozen rounds, so pages are not held up behind it.
Plans are computed from one snapshot of the store and reused until the data changes (a write
through the app, or the SQLite files changing under it because the CLI wrote) or the minute
turns.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.concurrency import run_in_threadpool

from tactful.core import Tactful, plan_all
from tactful.models import Application, Interview
from tactful.policy import RoundPlan, Step, due_steps
from tactful.settings import Settings
from tactful.web.memory import freeze_snapshot
from tactful.web.problems import not_found
from tactful.web.views import plans_by_application

if TYPE_CHECKING:
    from jinja2 import Environment

    from tactful.calendars.export import FeedWriter

T = TypeVar("T")


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

    def plan(self, interview_id: int) -> RoundPlan | None:
        if "by_round" not in self.derived:
            self.derived["by_round"] = {p.interview.id: p for p in self.plans}
        found: RoundPlan | None = self.derived["by_round"].get(interview_id)
        return found

    @property
    def feed_key(self) -> str:
        """What the calendar feed depends on: the data, and each step's state (a step turning
        late changes its reason), not the minute. Its ETag. The data's key already tells
        which rounds there are, so the states are hashed in one string (no text per round)."""
        if "feed_key" not in self.derived:
            digest = hashlib.sha256(repr(self.key[:2]).encode())
            digest.update(",".join([s.state for p in self.plans for s in p.steps]).encode())
            self.derived["feed_key"] = digest.hexdigest()[:32]
        return str(self.derived["feed_key"])


BUILD_SLICE = 0.0005
GIL_BREAK = 0.0001
"""The feed's builder sleeps this long (seconds) after every `BUILD_SLICE` of work: long enough
for the event loop's thread to take Python's global lock (a plain switch waits up to 5 ms)."""


class _LetTheLoopRun:
    """`FeedWriter.build`'s pause: a short sleep once a slice of work has gone by."""

    def __init__(self) -> None:
        self.since = time.perf_counter()

    def __call__(self) -> None:
        if time.perf_counter() - self.since > BUILD_SLICE:
            time.sleep(GIL_BREAK)
            self.since = time.perf_counter()


def _stat_key(name: str, *, empty: bool) -> tuple[int, int] | None:
    """A file's modification time and size; None when it is missing (or empty, unless `empty`)."""
    try:
        st = os.stat(name)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size) if st.st_size or empty else None


@dataclass(frozen=True)
class Feed:
    etag: str
    modified: datetime
    body: bytes


class WebState:
    def __init__(self, settings: Settings, *, now: datetime | str | None = None) -> None:
        self.settings = settings
        self.api = Tactful(settings, now=now)
        self.version = 0
        self._snapshot: Snapshot | None = None
        self._env: Environment | None = None
        self._store = threading.Lock()
        self._feed: Feed | None = None
        self._feed_lock: asyncio.Lock | None = None
        self._writer: FeedWriter | None = None
        self.fragments: dict[tuple[Any, ...], str] = {}

    @property
    def env(self) -> Environment:
        if self._env is None:
            from tactful.web.templating import environment

            self._env = environment()
        return self._env

    # Running the synchronous API off the event loop

    async def run(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` in a worker thread, one call at a time around the store."""
        return await run_in_threadpool(self._locked, fn, args, kwargs)

    def _locked(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
        with self._store:
            return fn(*args, **kwargs)

    def changed(self) -> None:
        """Call after every write: the next read plans again."""
        self.version += 1
        self._snapshot = None
        self.fragments.clear()

    # Plans

    def _files_key(self) -> tuple[Any, ...]:
        path = self.settings.sqlite_path
        if path is None:
            return (int(time.monotonic() // 2),)  # another database: re-read every 2 seconds
        # An empty write-ahead log holds no change: the first read creates one, and that must
        # not make the next page plan every round again.
        return (_stat_key(str(path), empty=True), _stat_key(str(path) + "-wal", empty=False))

    def _key(self) -> tuple[tuple[Any, ...], datetime]:
        minute = self.api.now().replace(second=0, microsecond=0)
        return (self.version, self._files_key(), minute.isoformat()), minute

    def fresh(self) -> Snapshot | None:
        """The snapshot when it is still current (cheap: two stat calls), else None."""
        key, _ = self._key()
        snapshot = self._snapshot
        return snapshot if snapshot is not None and snapshot.key == key else None

    def snapshot(self) -> Snapshot:
        """The current snapshot, read and planned now if needed (synchronous: call it through
        `current()` from a handler)."""
        key, minute = self._key()
        if self._snapshot is None or self._snapshot.key != key:
            if self._snapshot is not None:
                self.fragments.clear()
            apps, interviews, extra = self._read()
            plans = plan_all(apps, interviews, minute, self.api.calendar_for)
            self.api.holidays.save()
            self._snapshot = Snapshot(key, minute, plans, apps, dict(extra))
            freeze_snapshot()
        return self._snapshot

    def _read(self) -> tuple[list[Application], list[Interview], dict[str, Any]]:
        """The rounds to plan, and what else was read with them (the hosted state reads a
        member's proposals in the same transaction)."""
        apps, interviews = self.api.snapshot()
        return apps, interviews, {}

    async def current(self) -> Snapshot:
        """The current snapshot; planning, when the data changed, runs in a worker thread."""
        found = self.fresh()
        if found is None:
            found = await self.run(self.snapshot)
        return found

    async def proposals(self, snapshot: Snapshot) -> list[Any]:
        """The inbox's proposals waiting: read with the snapshot when they were, else now."""
        if "proposals" in snapshot.derived:
            return list(snapshot.derived["proposals"])
        from tactful.web.api.mail import pending_proposals

        return await self.run(pending_proposals, self.api)

    async def plan(self, interview_id: int) -> RoundPlan:
        """One round's plan from the snapshot; a 404 in the reader's words when none."""
        found = (await self.current()).plan(interview_id)
        if found is None:
            raise not_found("round", interview_id)
        return found

    async def application(self, application_id: int) -> Application:
        snapshot = await self.current()
        for app in snapshot.applications:
            if app.id == application_id:
                return app
        raise not_found("application", application_id)

    # The calendar feed

    async def feed(self) -> Feed:
        """The feed of the current snapshot, built once per change of data or step states from
        the snapshot's plans, in a worker thread (never on the event loop)."""
        snapshot = await self.current()
        key = snapshot.feed_key
        if self._feed is not None and self._feed.etag == key:
            return self._feed
        if self._feed_lock is None:
            self._feed_lock = asyncio.Lock()
        async with self._feed_lock:  # one build at a time: the writer keeps its pieces
            if self._feed is None or self._feed.etag != key:
                self._feed = await run_in_threadpool(self._build_feed, snapshot, _LetTheLoopRun())
        return self._feed

    def _build_feed(self, snapshot: Snapshot, pause: Callable[[], None] | None = None) -> Feed:
        if self._writer is None:
            from tactful.calendars.export import FeedWriter

            self._writer = FeedWriter()
        text = self._writer.build(snapshot.plans, snapshot.now, pause)
        modified = datetime.now(UTC).replace(microsecond=0)
        return Feed(snapshot.feed_key, modified, text.encode("utf-8"))

    def warm(self) -> None:
        """Plan every round and write the calendar feed now, before the server takes requests:
        what is built before `settle_memory` is frozen out of the collector's full passes, and
        the first page and the first calendar poll find them ready."""
        from tactful.web.api.mail import pending_proposals

        self._feed = self._build_feed(self.snapshot())
        pending_proposals(self.api)  # what Today reads them with (the mail modules) loaded too

    def close(self) -> None:
        self.api.close()
