"""Multi-user mode's mailbox: a member's account in the database, the password encrypted with
the server's key, and the worker's job reading that member's inbox (a real Dovecot) into that
member's proposals only."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from mailbox_servers import MailServers
from tactful.accounts import Hosted
from tactful.errors import BadInput
from tactful.hosting.mail_accounts import HostedMailAccounts
from tactful.hosting.queue import WorkerContext, members_with_mail, watch_inbox
from tactful.hosting.vault import new_key
from tactful.mailbox.account import build_account
from tactful.models import Person
from tactful.settings import Settings
from tactful.store.scope import Scope

NOW = "2026-11-26T10:00:00+01:00"
REJECTION = (
    "Dear Sam,\n\nThank you for your time and interest in the Data engineer role. After careful "
    "consideration, we regret to inform you that we have decided to move forward with other "
    "candidates whose experience more closely matches our needs.\n\nBest regards,\nAda"
)


def test_the_worker_reads_each_members_inbox_into_their_proposals(
    pg_url: str, tmp_path: Path, servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TACTFUL_SECRET_KEY", new_key())
    settings = Settings(tmp_path, pg_url)
    me, ada = servers.user("me", "candidate.test"), servers.user("ada", "acme.example")
    with Hosted(settings, now=NOW) as hosted:
        sam = hosted.users.add("sam@example.org")
        bob = hosted.users.add("bob@example.org")
        with hosted.api_for(sam.id) as api:
            app = api.add_application(company="Acme Analytics", role="Data engineer")
            api.add_interview(app, at="2026-11-25 14:00", interviewers=[])
            api.edit_application(app, contact=Person("Ada", ada))
            api.set_setting("me.email", me)
        database = hosted.database.scoped(Scope.of(sam.id))
        account = build_account(
            me, smtp_host="127.0.0.1", smtp_port=servers.smtp_port, smtp_security="starttls",
            imap_host="localhost", imap_port=servers.imap_port, imap_security="starttls",
            ca_file=str(servers.ca_file),
        )  # fmt: skip
        HostedMailAccounts(database).save(account, servers.users[me])
        stored = database.rows("SELECT secret FROM mail_accounts")[0][0]
        assert servers.users[me] not in stored
        assert HostedMailAccounts(database).secret() == servers.users[me]

    message = EmailMessage()
    message["From"], message["To"] = f"Ada <{ada}>", me
    message["Subject"], message["Message-ID"] = "Your application", make_msgid()
    message.set_content(REJECTION)
    servers.send(ada, [me], message.as_bytes())

    context = WorkerContext(settings, now=NOW)
    assert members_with_mail(context) == [sam.id]
    assert watch_inbox(context, sam.id) == 1
    with context.hosted.api_for(sam.id) as api:
        status = api.mailbox().status()
        assert status["password"] == "encrypted"
        assert [f["folder"] for f in status["folders"]]
        [proposal] = api.mailbox().proposals()
        assert proposal.mail_kind == "rejection"
    with context.hosted.api_for(bob.id) as api:
        assert api.mailbox().proposals() == []
        assert not api.mailbox().configured
    assert all(b"\\Seen" not in line for line in servers.flags(me))
    context.close()

    monkeypatch.setenv("TACTFUL_SECRET_KEY", new_key())  # the key is lost: only mail is
    with Hosted(settings, now=NOW) as hosted:
        with pytest.raises(BadInput) as lost:
            HostedMailAccounts(hosted.database.scoped(Scope.of(sam.id))).secret()
        assert lost.value.code == "mail-key-changed"
        with hosted.api_for(sam.id) as api:
            assert [a.company for a in api.applications()] == ["Acme Analytics"]
