"""`tactful watch`: every few minutes, settle the outbox, read the inbox, and tell the user
when a step becomes due. One log line per action; stops cleanly on SIGTERM or Ctrl-C;
reconnects with a growing pause when a server is away."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from tactful.errors import TactfulError
from tactful.mailbox.connect import MailError

if TYPE_CHECKING:
    from tactful.core import Tactful

Log = Callable[[str], None]
FIRST_RETRY = 5.0


class Watcher:
    def __init__(
        self,
        open_api: Callable[[], Tactful],
        *,
        every_minutes: float = 15.0,
        log: Log,
        stop: threading.Event | None = None,
        apply: bool = False,
        desktop: bool = True,
    ) -> None:
        self.open_api = open_api
        self.every = max(every_minutes, 0.01) * 60
        self.log = log
        self.stop = stop or threading.Event()
        self.apply = apply
        self.desktop = desktop

    def run(self, *, once: bool = False) -> int:
        """Watch until stopped (or one round with `once`); the number of failed rounds."""
        retry = first = min(FIRST_RETRY, self.every)
        failures = 0
        while not self.stop.is_set():
            try:
                self.tick()
                retry = first
                wait = self.every
            except MailError as exc:
                failures += 1
                # One round only: no next try to announce.
                again = "" if once else f"; trying again in {retry:.0f}s"
                self.log(f"mail: {exc.message}{again}")
                wait, retry = retry, min(retry * 2, self.every)
            except TactfulError as exc:
                failures += 1
                self.log(f"error: {exc.message}")
                wait = self.every
            if once:
                break
            self.stop.wait(wait)
        return failures

    def tick(self) -> None:
        with self.open_api() as api:
            box = api.mailbox()
            for done in box.recover():
                self.log(f"outbox: {done.line()}")
            result = box.scan()
            for proposal in result.proposals:
                what = proposal.describe(api.lang)
                self.log(f"inbox: {proposal.folder}: {what} ({proposal.subject!r})")
            if self.apply:
                for proposal in box.proposals():
                    if proposal.confident and proposal.id is not None:
                        try:
                            box.apply(proposal.id)
                        except TactfulError as exc:
                            self.log(f"proposal {proposal.id} not applied: {exc.message}")
                            continue
                        self.log(f"applied {proposal.id}: {proposal.describe(api.lang)}")
            self.remind(api)

    def remind(self, api: Tactful) -> None:
        from tactful.mailbox.notify import (
            claim,
            desktop_available,
            desktop_notify,
            email_reminder,
            reminder_text,
        )
        from tactful.mailbox.proposals import answers_waiting

        box = api.mailbox()
        account = box.account
        for plan, step in api.due():
            iv_id = plan.interview.id
            assert iv_id is not None
            if answers_waiting(api, iv_id):
                continue  # the employer's answer was read: no nudge to follow up (send refuses)
            ways = []
            if self.desktop and desktop_available():
                ways.append("desktop")
            if account.remind:
                ways.append("email")
            if not ways:
                ways.append("log")
            if not claim(api, iv_id, step.kind, ",".join(ways)):
                continue
            subject, body = reminder_text(plan, step, api.lang)
            told = []
            if "desktop" in ways and desktop_notify(subject, body.split("\n")[0]):
                told.append("desktop")
            if "email" in ways:
                try:
                    email_reminder(account, box.secret(), subject, body, api.now())
                    told.append(f"email to {account.email}")
                except MailError as exc:
                    self.log(f"reminder email failed: {exc.message}")
            self.log(f"due: {subject} ({', '.join(told) or 'logged'})")


def stamp() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
