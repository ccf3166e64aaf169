"""A member's mail account in multi-user mode: one row per member (`mail_accounts`), under the
member's scope, with the password encrypted by the server's key (`tactful.hosting.vault`).

The mailbox package (`tactful.mailbox.Mailbox`) reads its account and secret from here when its
API is kept to a user; in single-user mode it keeps using the home's mail.json and the keyring.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import TYPE_CHECKING

import sqlalchemy as sa

from tactful.errors import BadInput
from tactful.hosting.vault import decrypt, encrypt
from tactful.store import schema

if TYPE_CHECKING:
    from tactful.core import Tactful
    from tactful.mailbox.account import MailAccount
    from tactful.store.database import Database


class HostedMailAccounts:
    def __init__(self, database: Database) -> None:
        self.database = database

    def load(self) -> MailAccount | None:
        from tactful.mailbox.account import MailAccount

        rows = self.database.rows("SELECT account FROM mail_accounts")
        if not rows:
            return None
        data = json.loads(str(rows[0][0]))
        known = {f.name for f in fields(MailAccount)}
        return MailAccount(**{k: v for k, v in data.items() if k in known})

    def require(self) -> MailAccount:
        account = self.load()
        if account is None:
            raise BadInput(
                "no mail account: set it up on your account page",
                code="mail-not-set-up",
            )
        return account

    def save(self, account: MailAccount, password: str | None) -> None:
        """Keep the account; its password (encrypted) when given, else the one kept before."""
        if account.password_command:
            raise BadInput(
                "a password command runs on the server: not in multi-user mode; give the "
                "password (or app password) itself",
                code="no-password-command",
                field="password_command",
            )
        table = schema.mail_accounts
        values = {"account": json.dumps(account.to_json(), sort_keys=True)}
        if password:
            values["secret"] = encrypt(password)
        with self.database.begin() as conn:
            exists = conn.execute(sa.select(table.c.owner_id)).first()
            if exists is None:
                if not password:
                    raise BadInput(
                        "give the mail password (or app password)",
                        code="required",
                        field="password",
                    )
                conn.execute(sa.insert(table).values(**values))
            else:
                conn.execute(sa.update(table).values(**values))

    def forget(self) -> bool:
        with self.database.begin() as conn:
            return bool(conn.execute(sa.delete(schema.mail_accounts)).rowcount)

    def secret(self) -> str:
        rows = self.database.rows("SELECT secret FROM mail_accounts")
        if not rows:
            self.require()
        return decrypt(str(rows[0][0]))


def hosted_mail(api: Tactful) -> HostedMailAccounts | None:
    """The member's mail accounts when `api` is kept to one user, else None (single-user)."""
    if api.scope is None or api.scope.owner is None:
        return None  # decided without opening the store: a home's first look creates nothing
    return HostedMailAccounts(api.store.database)
