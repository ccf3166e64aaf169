"""A session token resolves to its account until it expires, idles or is revoked
(tactful.accounts.sessions.Logins.resolve, the one database read of every hosted request)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.accounts import Hosted
from tactful.accounts.sessions import IDLE_SECONDS, SESSION_SECONDS, TOUCH_EVERY
from tactful.settings import Settings

NOW = "2026-11-26T10:00:00+01:00"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def hosted(pg_url: str, tmp_path: Path) -> Hosted:
    return Hosted(Settings(tmp_path, pg_url), now=NOW)


def test_a_token_gives_its_account_and_nothing_else_does(hosted: Hosted) -> None:
    ada = hosted.users.add("ada@example.org", password="correct horse battery")
    token = hosted.logins.start(ada)
    account = hosted.logins.resolve(token)
    assert account is not None
    assert (account.user_id, account.email, account.role) == (ada.id, "ada@example.org", "member")
    assert account.data_version is not None
    assert hosted.logins.resolve(token + "x") is None
    assert hosted.logins.resolve(None) is None
    assert hosted.logins.resolve("") is None
    hosted.close()


def test_a_session_ends_when_idle_expired_or_revoked(hosted: Hosted) -> None:
    clock = Clock()
    hosted.users.clock = clock
    ada = hosted.users.add("ada@example.org", password="correct horse battery")
    logins = hosted.logins
    token = logins.start(ada)
    clock.now += IDLE_SECONDS - 10
    assert logins.resolve(token) is not None  # seen again (more than TOUCH_EVERY later)...
    clock.now += IDLE_SECONDS - 10
    assert logins.resolve(token) is not None  # ...so idle counts from then
    clock.now += IDLE_SECONDS + 1
    assert logins.resolve(token) is None

    token, started, step = logins.start(ada), clock.now, TOUCH_EVERY * 100
    while logins.resolve(token) is not None:  # in use every few hours: never idle...
        clock.now += step
    assert SESSION_SECONDS < clock.now - started <= SESSION_SECONDS + step  # ...but it expires

    token = logins.start(ada)
    account = logins.resolve(token)
    assert account is not None
    assert logins.revoke(ada.id, account.session_id) == 1
    assert logins.resolve(token) is None
    hosted.close()
