"""Session cookies: a signature is checked once per cookie, what it held is kept by the cookie's
exact text, and every read still answers as a first read would (tactful.web.security)."""

from __future__ import annotations

from http.cookies import SimpleCookie

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tactful.web.security import SESSION_MAX_AGE, Sessions, cookie_value


class Clock:
    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def test_a_cookie_read_again_gives_a_new_session_with_the_same_content() -> None:
    sessions = Sessions(b"s" * 32)
    cookie = sessions.dump(Sessions.fresh(lang="fr"))
    first = sessions.read(cookie)
    assert first is not None
    assert (first.lang, first.user) == ("fr", False)
    first.user = True  # a handler logs in: its session changes, the old cookie's does not
    second = sessions.read(cookie)
    assert second is not None
    assert second is not first
    assert (second.csrf, second.user, second.lang) == (first.csrf, False, "fr")


def test_a_kept_cookie_still_expires_and_a_forged_one_is_never_kept() -> None:
    clock = Clock()
    sessions = Sessions(b"s" * 32, clock=clock)
    cookie = sessions.dump(Sessions.fresh())
    assert sessions.read(cookie) is not None
    clock.now += SESSION_MAX_AGE + 1
    assert sessions.read(cookie) is None
    forged = cookie[:-2] + ("AA" if not cookie.endswith("AA") else "BB")
    assert sessions.read(forged) is None
    assert sessions.read(forged) is None
    assert Sessions(b"t" * 32).read(cookie) is None  # another secret (a new password)


def test_the_kept_cookies_are_bounded() -> None:
    sessions = Sessions(b"s" * 32)
    cookies = [sessions.dump(Sessions.fresh()) for _ in range(Sessions.KNOWN + 10)]
    assert all(sessions.read(c) is not None for c in cookies)
    assert len(sessions._known) <= Sessions.KNOWN
    assert all(sessions.read(c) is not None for c in cookies[:10])


@pytest.mark.parametrize(
    "header",
    [
        "tactful_session=abc.def-ghi_jkl",
        "theme=dark; tactful_session=abc.def; other=1",
        'tactful_session="quoted value"; x=1',
        "x=1",
        "",
        "tactful_session=",
        "tactful_sessionx=1; tactful_session=right",
    ],
)
def test_cookie_values_are_read_as_http_cookies_reads_them(header: str) -> None:
    jar: SimpleCookie = SimpleCookie()
    jar.load(header)
    expected = jar["tactful_session"].value if "tactful_session" in jar else None
    assert cookie_value(header, "tactful_session") == expected


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["tactful_session", "tactful_account", "theme", "x"]),
            st.text("abcXYZ019-_.~", max_size=20),
        ),
        max_size=4,
        unique_by=lambda kv: kv[0],
    )
)
def test_well_formed_headers_agree_with_http_cookies(pairs: list[tuple[str, str]]) -> None:
    header = "; ".join(f"{k}={v}" for k, v in pairs)
    jar: SimpleCookie = SimpleCookie()
    jar.load(header)
    for name in ("tactful_session", "tactful_account"):
        expected = jar[name].value if name in jar else None
        assert cookie_value(header, name) == expected
