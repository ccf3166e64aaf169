"""The mail servers, started once per test process (one per pytest-xdist worker)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
