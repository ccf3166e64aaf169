"""`tactful watch`: read the inbox every few minutes and remind you when a step is due."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Annotated, Any

import typer

from tactful.cli.common import state


def watch(
    ctx: typer.Context,
    every: Annotated[
        float, typer.Option("--every", help="Minutes between two reads of the mailbox.")
    ] = 15.0,
    once: Annotated[bool, typer.Option("--once", help="One round, then exit (for cron).")] = False,
    apply: Annotated[
        bool, typer.Option("--apply", help="Apply the proposals the classifier is sure of.")
    ] = False,
) -> None:
    """Watch the mailbox: settle the outbox, read new mail, and tell you when a step is due
    (a desktop notification, and one email to yourself with 'tactful mail remind on'), never
    twice for one step. One log line per action; SIGTERM or Ctrl-C stops it cleanly."""
    from tactful.core import Tactful
    from tactful.errors import BadInput
    from tactful.mailbox.watcher import Watcher, stamp

    if every <= 0:
        raise BadInput("--every must be a positive number of minutes", field="every")
    st = state(ctx)
    with Tactful.open(st.home, st.database_url, now=st.now) as first:
        first.mailbox().secret()  # no account, no password: say so now, not in the loop

    def log(line: str) -> None:
        sys.stdout.write(f"{stamp()} {line}\n")
        sys.stdout.flush()

    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        log(f"stopping ({signal.Signals(signum).name})")
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    watcher = Watcher(
        lambda: Tactful.open(st.home, st.database_url, now=st.now),
        every_minutes=every,
        log=log,
        stop=stop,
        apply=apply,
    )
    if not once:
        log(f"watching every {every:g} minute(s); Ctrl-C or SIGTERM stops")
    try:
        failures = watcher.run(once=once)
    except KeyboardInterrupt:
        log("stopping (Ctrl-C)")
        failures = 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    if once and failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)
