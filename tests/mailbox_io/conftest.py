"""The mail servers, started once per test process (one per pytest-xdist worker), and a job
seeker's world on them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import CLI
from mailbox_io.world import World
from mailbox_servers import MailServers


@pytest.fixture(scope="session")
def mail_servers() -> Iterator[MailServers]:
    servers = MailServers().start()
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def servers(mail_servers: MailServers) -> Iterator[MailServers]:
    mail_servers.handler.drop_after_data = False
    mail_servers.handler.files_sent_copy.clear()
    yield mail_servers
    mail_servers.handler.drop_after_data = False
    mail_servers.handler.files_sent_copy.clear()


@pytest.fixture
def world(servers: MailServers, cli: CLI, home: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    me = servers.user("me", "candidate.test")
    ada = servers.user("ada", "acme.example")
    grace = servers.user("grace", "acme.example")
    monkeypatch.setenv("TACTFUL_MAIL_PASSWORD", servers.users[me])
    return World(servers, cli, home, me, ada, grace)
