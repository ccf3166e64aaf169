"""`Mailbox`: the mail capability of one tactful home, for the CLI, the web app and the
watcher.

    box = api.mailbox()
    box.test()                       # log in to both servers
    outgoing = box.prepare(3, "thank-you")
    with box.sender() as sender: sender.send(outgoing)
    box.scan(); box.proposals(); box.apply(7)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from tactful.mailbox import outbox
from tactful.mailbox.account import MailAccount, load_account, require_account
from tactful.mailbox.connect import MailError, close_imap, close_smtp, open_imap, open_smtp
from tactful.mailbox.secrets import ENV, keyring_get, secret_for

if TYPE_CHECKING:
    from tactful.core import Tactful
    from tactful.hosting.mail_accounts import HostedMailAccounts
    from tactful.mailbox.proposals import Proposal
    from tactful.mailbox.reader import ScanResult
    from tactful.mailbox.recovery import Ask, Recovered
    from tactful.mailbox.sending import MailSender, Outgoing


@dataclass(frozen=True, slots=True)
class ServerCheck:
    server: str
    ok: bool
    line: str

    def to_json(self) -> dict[str, Any]:
        return {"server": self.server, "ok": self.ok, "message": self.line}


class Mailbox:
    def __init__(self, api: Tactful) -> None:
        self.api = api
        self._account: MailAccount | None = None

    @property
    def hosted(self) -> HostedMailAccounts | None:
        """Multi-user mode: the member's account and encrypted password in the database."""
        from tactful.hosting.mail_accounts import hosted_mail

        return hosted_mail(self.api)

    def _load(self) -> MailAccount | None:
        hosted = self.hosted
        return hosted.load() if hosted is not None else load_account(self.api.settings.home)

    @property
    def account(self) -> MailAccount:
        if self._account is None:
            hosted = self.hosted
            self._account = (
                hosted.require() if hosted is not None else require_account(self.api.settings.home)
            )
        return self._account

    @property
    def configured(self) -> bool:
        return self._load() is not None

    def secret(self) -> str:
        hosted = self.hosted
        if hosted is not None:
            return hosted.secret()
        return secret_for(self.account.email, self.account.password_command)

    def password_source(self) -> str:
        if self.hosted is not None:
            return "encrypted"
        if os.environ.get(ENV):
            return "environment"
        if self.account.password_command:
            return "command"
        return "keyring" if keyring_get(self.account.email) else "missing"

    # Sending

    def prepare(self, interview_id: int, kind: str, **options: Any) -> list[Outgoing]:
        from tactful.mailbox.sending import prepare_outgoing

        return prepare_outgoing(self.api, interview_id, kind, **options)

    def sender(self) -> MailSender:
        from tactful.mailbox.sending import MailSender

        return MailSender(self.api, self.account, self.secret())

    def recover(self, ask: Ask | None = None) -> list[Recovered]:
        """Settle unfinished sends (nothing to do, no connection, when the outbox is clear)."""
        if not outbox.entries(self.api.store.database, unfinished=True):
            return []
        from tactful.mailbox.recovery import recover

        with self.sender() as sender:
            return recover(sender, ask)

    def resolve(self, entry_id: int, went_out: bool) -> Recovered:
        from tactful.mailbox.recovery import resolve

        return resolve(self.api, self.sender, entry_id, went_out)

    def outbox(self) -> list[outbox.OutboxEntry]:
        return outbox.entries(self.api.store.database)

    # Reading

    def scan(self, since: date | None = None) -> ScanResult:
        from tactful.mailbox.reader import scan

        return scan(self.api, self.account, self.secret(), since=since)

    def proposals(self, *, pending_only: bool = True) -> list[Proposal]:
        from tactful.mailbox.proposals import load_proposals

        return load_proposals(self.api, pending_only=pending_only)

    def apply(self, proposal_id: int) -> Proposal:
        from tactful.mailbox.proposals import apply_proposal

        return apply_proposal(self.api, proposal_id)

    def dismiss(self, proposal_id: int) -> Proposal:
        from tactful.mailbox.proposals import dismiss_proposal

        return dismiss_proposal(self.api, proposal_id)

    # Account

    def test(self) -> list[ServerCheck]:
        """Log in to both servers; one line each on what works."""
        account, secret = self.account, self.secret()
        checks = []
        where = f"{account.smtp_host}:{account.smtp_port} ({account.smtp_security})"
        try:
            smtp = open_smtp(account, secret)
            close_smtp(smtp)
            checks.append(ServerCheck("smtp", True, f"SMTP {where}: logged in as {account.user}"))
        except MailError as exc:
            checks.append(ServerCheck("smtp", False, f"SMTP {where}: {exc.message}"))
        where = f"{account.imap_host}:{account.imap_port} ({account.imap_security})"
        try:
            client = open_imap(account, secret)
            try:
                from tactful.mailbox.folders import sent_folder

                sent = sent_folder(client, account)
                filed = (
                    "the provider files sent mail" if account.files_sent else "tactful files copies"
                )
                checks.append(
                    ServerCheck(
                        "imap",
                        True,
                        f"IMAP {where}: logged in as {account.user}; Sent folder {sent!r} "
                        f"({filed})",
                    )
                )
            except MailError as exc:
                checks.append(ServerCheck("imap", False, f"IMAP {where}: logged in; {exc.message}"))
            finally:
                close_imap(client)
        except MailError as exc:
            checks.append(ServerCheck("imap", False, f"IMAP {where}: {exc.message}"))
        return checks

    def status(self) -> dict[str, Any]:
        account = self._load()
        if account is None:
            return {"configured": False, "account": None}
        self._account = account
        from tactful.mailbox.reader import folder_states

        entries = outbox.entries(self.api.store.database)
        return {
            "configured": True,
            "account": account.to_json(),
            "password": self.password_source(),
            "remind": account.remind,
            "outbox": {
                "unfinished": sum(e.state in outbox.UNFINISHED for e in entries),
                "sent": sum(e.state in ("recorded", "done") for e in entries),
            },
            "folders": folder_states(self.api, account),
            "pending_proposals": len(self.proposals()),
        }
