"""The job queue (procrastinate, on the same PostgreSQL) and its jobs.

- `tactful.scan`, every minute (and once when a worker starts): find every member's due steps
  that were never reminded, and queue one `tactful.remind` per step. A queueing lock per step
  keeps a step from being queued twice while one is waiting.
- `tactful.watch`, every five minutes per member with a mail account: settle their outbox and
  read their new mail (`tactful.mailbox`); proposals wait on their Today page; a mail server
  that is away is retried with backoff.
- `tactful.remind`: plan the round again (it may have been done since), then send the one
  reminder (`tactful.hosting.reminders`); retried with exponential backoff when the mail server
  refused before taking the message.

Any number of `tactful worker` processes share the queue: a job runs in one of them, and the
database's `reminders` row, not a process, decides whether a reminder was sent.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from tactful.hosting.reminders import RetryLater
from tactful.models import StepKind
from tactful.settings import Settings

if TYPE_CHECKING:
    import procrastinate

    from tactful.accounts import Hosted
    from tactful.holiday_calendar import HolidayCalendars
    from tactful.hosting.outbound import ServerMail

log = logging.getLogger("tactful.worker")
SCAN_CRON = "* * * * *"
WATCH_CRON = "*/5 * * * *"
"""Members' inboxes are read every five minutes."""
RETRY_ATTEMPTS = 8
RETRY_WAIT = 5
"""Seconds before the first retry; each next wait doubles (5 s, 10 s, 20 s…)."""


@dataclass
class WorkerContext:
    """What the jobs of one worker process share: opened once, on first use."""

    settings: Settings
    now: str | None = None
    _hosted: Hosted | None = None
    _holidays: HolidayCalendars | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def hosted(self) -> Hosted:
        with self._lock:
            if self._hosted is None:
                from tactful.accounts import Hosted

                self._hosted = Hosted(self.settings, now=self.now)
            return self._hosted

    @property
    def holidays(self) -> HolidayCalendars:
        if self._holidays is None:
            from tactful.holiday_calendar import HolidayCalendars

            self._holidays = HolidayCalendars(os.path.join(self.settings.folder, "cache"))
        return self._holidays

    def clock(self) -> datetime:
        from tactful.clock import resolve_now

        return resolve_now(self.now)

    @property
    def mail(self) -> ServerMail | None:
        from tactful.hosting.outbound import ServerMail

        return ServerMail.from_env()

    @property
    def base_url(self) -> str:
        from tactful.settings import public_url

        return public_url() or "http://127.0.0.1:8765"

    def close(self) -> None:
        if self._hosted is not None:
            self._hosted.close()
            self._hosted = None


def conninfo(url: str) -> str:
    """A libpq connection string from tactful's SQLAlchemy URL."""
    from tactful.accounts.hosted import postgres_url
    from tactful.store.reading import libpq_url

    normal = postgres_url(url)
    direct = libpq_url(normal)
    if direct is not None:
        return direct
    from sqlalchemy.engine import make_url  # another driver's name: SQLAlchemy knows them

    return make_url(normal).set(drivername="postgresql").render_as_string(False)


def make_app(context: WorkerContext) -> procrastinate.App:
    import procrastinate
    from procrastinate.exceptions import AlreadyEnqueued

    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=conninfo(context.settings.database_url))
    )
    retry = procrastinate.RetryStrategy(
        max_attempts=RETRY_ATTEMPTS, exponential_wait=RETRY_WAIT, retry_exceptions={RetryLater}
    )

    @app.task(name="tactful.remind", retry=retry)
    def remind(owner_id: int, interview_id: int, kind: str) -> str:
        return remind_step(context, owner_id, interview_id, StepKind(kind))

    @app.task(name="tactful.scan", queueing_lock="tactful.scan")
    def scan() -> int:
        from tactful.hosting.due import find_due

        if context.mail is None:
            log.info("no server mail account (TACTFUL_SMTP_URL): reminders stay on Today")
            return 0
        steps = find_due(context.hosted.database, context.clock(), context.holidays)
        queued = 0
        for step in steps:
            lock = f"tactful.remind:{step.interview_id}:{step.kind}"
            try:
                remind.configure(queueing_lock=lock).defer(
                    owner_id=step.owner_id, interview_id=step.interview_id, kind=str(step.kind)
                )
                queued += 1
            except AlreadyEnqueued:
                pass
        log.info("scan: %d due steps never reminded, %d reminders queued", len(steps), queued)
        return queued

    watch_retry = procrastinate.RetryStrategy(
        max_attempts=RETRY_ATTEMPTS, exponential_wait=RETRY_WAIT, retry_exceptions={RetryLater}
    )

    @app.task(name="tactful.watch", retry=watch_retry)
    def watch(owner_id: int) -> int:
        return watch_inbox(context, owner_id)

    @app.task(name="tactful.watch.all", queueing_lock="tactful.watch.all")
    def watch_all() -> int:
        owners = members_with_mail(context)
        for owner in owners:
            with contextlib.suppress(AlreadyEnqueued):
                watch.configure(queueing_lock=f"tactful.watch:{owner}").defer(owner_id=owner)
        return len(owners)

    @app.periodic(cron=WATCH_CRON, periodic_id="tactful.watch")
    @app.task(name="tactful.watch.tick", queueing_lock="tactful.watch.tick")
    def watch_tick(timestamp: int) -> None:
        with contextlib.suppress(AlreadyEnqueued):
            watch_all.defer()

    @app.periodic(cron=SCAN_CRON, periodic_id="tactful.scan")
    @app.task(name="tactful.scan.tick", queueing_lock="tactful.scan.tick")
    def tick(timestamp: int) -> None:
        with contextlib.suppress(AlreadyEnqueued):
            scan.defer()

    app.tactful_start = (scan, watch_all)  # type: ignore[attr-defined]
    return app


def check_queue_schema(hosted: Hosted) -> None:
    """Refuse, in one line, a database without the job queue's tables ('tactful db upgrade'
    creates them; a store moved to PostgreSQL as it is has none)."""
    from tactful.errors import BadInput
    from tactful.hosting.upgrade import has_queue_tables

    with hosted.database.engine.connect() as conn:
        found = has_queue_tables(conn)
    if not found:
        raise BadInput(
            "the job queue's tables are missing from this database: upgrade its schema once "
            "(one process, as the database's owner), then start the workers",
            code="no-job-queue",
            field="database",
        )


def members_with_mail(context: WorkerContext) -> list[int]:
    """Who has a mail account (the worker's role sees that much, never the account)."""
    from tactful.store.scope import Scope

    rows = context.hosted.database.scoped(Scope.worker()).rows(
        "SELECT owner_id FROM mail_accounts ORDER BY owner_id"
    )
    return [int(r[0]) for r in rows]


def watch_inbox(context: WorkerContext, owner_id: int) -> int:
    """Read a member's new mail (settling their outbox first); proposals wait on Today.
    A server that is away is retried with backoff."""
    from tactful.errors import TactfulError
    from tactful.mailbox.connect import MailError

    try:
        with context.hosted.api_for(owner_id) as api:
            box = api.mailbox()
            if not box.configured:
                return 0
            for done in box.recover():
                log.info("user %s outbox: %s", owner_id, done.line())
            result = box.scan()
    except MailError as exc:
        log.warning("user %s mail: %s; trying again later", owner_id, exc.message)
        raise RetryLater(exc.message) from None
    except TactfulError as exc:
        log.warning("user %s mail: %s", owner_id, exc.message)
        return 0
    log.info("user %s inbox: %d new proposals", owner_id, len(result.proposals))
    return len(result.proposals)


def remind_step(context: WorkerContext, owner_id: int, interview_id: int, kind: StepKind) -> str:
    """Send one reminder if the step is still due and was never reminded."""
    from tactful.errors import NotFound
    from tactful.hosting.due import DueStep
    from tactful.hosting.reminders import send_reminder
    from tactful.mailbox.proposals import answers_waiting
    from tactful.models import StepState

    mail = context.mail
    if mail is None:
        return "no-mail"
    hosted = context.hosted
    try:
        with hosted.api_for(owner_id) as api:
            plan = api.plan(interview_id)
            app = api.application(plan.interview.application_id)
            # The inbox has read the employer's answer, not yet applied: no follow-up now,
            # as `tactful watch` and `send` (tactful.mailbox.proposals.answers_waiting).
            waiting = bool(answers_waiting(api, interview_id))
    except NotFound:
        return "gone"
    if waiting:
        return "answer-waiting"
    step = plan.step(kind)
    if step.state not in (StepState.DUE, StepState.LATE):
        return "not-due"
    late = step.state == StepState.LATE
    due = DueStep(owner_id, interview_id, kind, app.company, app.role, step.latest, late=late)
    return send_reminder(hosted, due, mail, context.base_url)


def run_worker(context: WorkerContext, *, concurrency: int = 4, once: bool = False) -> None:
    """Process jobs until stopped (SIGTERM/Ctrl-C), or, with `once`, until the queue is empty."""
    import asyncio

    app = make_app(context)
    with app.open():
        for task in app.tactful_start:  # type: ignore[attr-defined]
            try:
                task.defer()
            except Exception as exc:  # AlreadyEnqueued: another worker's is waiting
                log.debug("already queued: %s", exc)
        if once:
            asyncio.run(_run_once(app, concurrency))
        else:
            app.run_worker(concurrency=concurrency, wait=True)
    context.close()


ONCE_PASSES = 10
"""At most this many passes for `--once` (the scan, then the reminders it queued…)."""


async def _run_once(app: procrastinate.App, concurrency: int) -> None:
    """Run every job ready now, and those they queue: one pass of procrastinate's worker stops
    as soon as it finds no job ready, while the scan it ran may just have queued reminders."""
    async with app.open_async():
        for _ in range(ONCE_PASSES):
            await app.run_worker_async(
                concurrency=concurrency, wait=False, install_signal_handlers=False
            )
            if not await ready_jobs(app):
                return


async def ready_jobs(app: procrastinate.App) -> int:
    """Jobs waiting to run now (not those a retry put off until later)."""
    row = await app.connector.execute_query_one_async(
        "SELECT count(*) AS ready FROM procrastinate_jobs "
        "WHERE status = 'todo' AND (scheduled_at IS NULL OR scheduled_at <= now())"
    )
    return int(row["ready"])
