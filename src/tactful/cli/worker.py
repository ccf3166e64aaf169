"""`tactful worker`: runs the hosted server's background jobs from the PostgreSQL job queue
(reminders of due steps); start one or more next to `tactful serve --multi-user`."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from tactful.cli.common import state


def worker(
    ctx: typer.Context,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="Jobs this process runs at once.", min=1)
    ] = 4,
    once: Annotated[
        bool, typer.Option("--once", help="Scan, run every waiting job, then stop.")
    ] = False,
) -> None:
    """Run background jobs until SIGTERM or Ctrl-C: find each member's due steps every minute
    and remind them by email, once per step (needs TACTFUL_SMTP_URL; docs/hosting.md)."""
    from tactful.accounts.hosted import hosted_settings
    from tactful.hosting.queue import WorkerContext, check_queue_schema, run_worker
    from tactful.settings import Settings

    st = state(ctx)
    settings = hosted_settings(Settings.load(st.home, st.database_url))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s tactful worker: %(message)s")
    logging.getLogger("procrastinate").setLevel(logging.WARNING)
    context = WorkerContext(settings, now=st.now)
    # One-line errors (no roles, old schema, no job queue) before jobs start.
    check_queue_schema(context.hosted)
    typer.echo(f"tactful worker: {concurrency} at once; Ctrl+C stops it.", err=True)
    run_worker(context, concurrency=concurrency, once=once)


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
