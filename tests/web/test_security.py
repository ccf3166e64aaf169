"""The security promises: loopback by default, the password gate, CSRF, CSP, escaping, limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tactful.web.security import PASSWORD_FILE, feed_token, load_secret, set_password

from .conftest import CLI, Live, serve

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
PAGES = ("/", "/timeline", "/applications", "/applications/new", "/settings", "/studio", "/docs")


def _no_inline_script(html: str) -> None:
    for tag in re.findall(r"<script\b[^>]*>", html, re.I):
        assert "src=" in tag, f"inline script: {tag}"
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.I), "an inline event handler"
    assert "javascript:" not in html.lower()
    assert not re.search(r"<[^>]+\sstyle\s*=", html, re.I), "an inline style attribute"


def test_every_page_has_the_headers_and_no_inline_script(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    for path in (
        *PAGES,
        f"/rounds/{round_id}",
        f"/rounds/{round_id}/draft/thank-you",
        f"/rounds/{round_id}/edit",
        "/applications/1",
    ):
        page = live.client.get(path)
        assert page.status_code == 200, path
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert page.headers["x-content-type-options"] == "nosniff"
        _no_inline_script(page.text)
    cookie = live.client.get("/").headers.get("set-cookie") or ""
    first = httpx.get(live.url + "/").headers["set-cookie"]
    assert "HttpOnly" in first
    assert "SameSite=Lax" in first
    assert cookie == "" or "HttpOnly" in cookie


def test_user_text_is_escaped_everywhere(live: Live) -> None:
    app_id = live.add_application(
        company=XSS,
        role=XSS,
        notes=XSS,
        requirements=XSS,
        contact="Evil <evil@example.com>",
        url="https://example.com/?q=<script>",
    )
    round_id = live.add_round(
        app_id,
        detail=XSS,
        selling_point=XSS,
        forgot=XSS,
        interviewers=['Eve" onmouseover="alert(1) <eve@b.co>'],
    )
    live.client.post(f"/api/v1/rounds/{round_id}/replies", json={"note": XSS})
    for path in (
        "/",
        "/applications",
        f"/applications/{app_id}",
        f"/rounds/{round_id}",
        f"/rounds/{round_id}/draft/thank-you",
        f"/rounds/{round_id}/edit",
        f"/applications/{app_id}/edit",
        "/timeline",
        f"/applications/{app_id}/delete",
    ):
        html = live.client.get(path).text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert 'Eve" onmouseover' not in html, path
    assert "&lt;script&gt;alert" in live.client.get(f"/applications/{app_id}").text


def test_state_changes_need_the_csrf_token(live: Live) -> None:
    app_id = live.add_application()
    no_token = live.client.post(f"/applications/{app_id}/delete")
    assert no_token.status_code == 403
    wrong = live.client.post(f"/applications/{app_id}/delete", data={"csrf_token": "guess"})
    assert wrong.status_code == 403
    assert live.client.get(f"/applications/{app_id}").status_code == 200
    other_session = httpx.Client(base_url=live.url)
    stolen = other_session.post(f"/applications/{app_id}/delete", data={"csrf_token": live.token()})
    assert stolen.status_code == 403, "a token is only good with its own session"
    assert live.submit(f"/applications/{app_id}/delete", {}).status_code == 303


def test_cross_site_requests_and_foreign_hosts_are_refused(live: Live) -> None:
    token = live.token()
    cross = live.client.post(
        "/applications",
        data={"csrf_token": token, "company": "A", "role": "B"},
        headers={"Origin": "https://evil.example"},
    )
    assert cross.status_code == 403
    fetch = live.client.post(
        "/api/v1/applications",
        json={"company": "A", "role": "B"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert fetch.status_code == 403
    rebound = live.client.get("/api/v1/applications", headers={"Host": "evil.example"})
    assert rebound.status_code == 400, "DNS rebinding: only loopback names are served"
    assert live.client.get("/api/v1/applications").json()["applications"] == []


def test_request_bodies_are_limited(live: Live) -> None:
    big = live.client.post(
        "/api/v1/checks",
        content=b'{"text": "' + b"a" * (2 * 1024 * 1024) + b'"}',
        headers={"content-type": "application/json"},
    )
    assert big.status_code == 413

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):
            yield b"b" * 65536
        yield b'"}'

    streamed = live.client.post(
        "/api/v1/checks", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413


@pytest.fixture
def locked(home: Path) -> Iterator[str]:
    set_password(home, "correct horse battery")
    _app, server = serve(home)
    with server as url:
        yield url


def test_a_password_guards_every_page_call_and_the_feed(locked: str, home: Path) -> None:
    stored = (home / PASSWORD_FILE).read_text()
    assert stored.startswith("$argon2")
    assert "correct horse" not in stored
    with httpx.Client(base_url=locked) as browser:
        page = browser.get("/applications?state=new")
        assert page.status_code == 303
        assert page.headers["location"] == "/login?next=/applications%3Fstate%3Dnew"
        assert browser.get("/api/v1/due").status_code == 401
        assert browser.get("/api/v1/due").json()["error"]["code"] == "login-required"
        assert browser.get("/openapi.json").status_code == 401
        feed = browser.get("/calendar.ics")
        assert feed.status_code == 401
        assert "secret address" in feed.text
        assert browser.get("/static/style.css").status_code == 200

        form = browser.get("/login")
        match = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert match
        token = match.group(1)
        wrong = browser.post("/login", data={"csrf_token": token, "password": "nope"})
        assert wrong.status_code == 401
        before = browser.cookies.get("tactful_session")
        ok = browser.post(
            "/login",
            data={
                "csrf_token": token,
                "password": "correct horse battery",
                "next": "https://evil.example/",
            },
        )
        assert ok.status_code == 303
        assert ok.headers["location"] == "/"
        assert browser.cookies.get("tactful_session") != before, "a new session on login"
        assert browser.get("/api/v1/due").status_code == 200
        assert browser.get("/").status_code == 200

    assert (
        httpx.get(f"{locked}/api/v1/due", auth=("me", "correct horse battery")).status_code == 200
    )
    assert httpx.get(f"{locked}/api/v1/due", auth=("me", "wrong")).status_code == 401
    token = feed_token(load_secret(home))
    assert httpx.get(f"{locked}/calendar.ics?token={token}").status_code == 200
    assert httpx.get(f"{locked}/calendar.ics?token={token[:-1]}x").status_code == 401


def test_serve_refuses_another_address_without_a_password(cli: CLI, home: Path) -> None:
    refused = cli("serve", "--host", "0.0.0.0", "--port", "1")
    assert refused.code == 1
    assert "tactful web password" in refused.err
    short = cli("web", "password", input="short\n")
    assert short.code == 2
    assert "too short" in short.err
    done = cli("web", "password", input="a long enough secret\n")
    assert done.code == 0
    assert (home / PASSWORD_FILE).read_text().startswith("$argon2id$")
    url = cli("web", "feed-url")
    assert url.out.strip() == (
        "http://127.0.0.1:8765/calendar.ics?token=" + feed_token(load_secret(home))
    )
    assert cli("web", "password", "--remove").out.strip() == "Password removed."
    assert not (home / PASSWORD_FILE).exists()


def test_logging_out_locks_the_app_again(locked: str) -> None:
    with httpx.Client(base_url=locked) as browser:
        form = browser.get("/login")
        match = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert match
        token = match.group(1)
        browser.post("/login", data={"csrf_token": token, "password": "correct horse battery"})
        page = browser.get("/settings")
        assert page.status_code == 200
        assert 'action="/logout"' in page.text
        assert "calendar.ics?token=" in page.text, "the feed's secret address is shown"
        match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert match
        token = match.group(1)
        out = browser.post("/logout", data={"csrf_token": token})
        assert out.status_code == 303
        assert out.headers["location"] == "/login"
        assert browser.get("/settings").status_code == 303
        assert browser.get("/api/v1/due").status_code == 401


def test_the_host_help_says_what_serve_does(cli: CLI, home: Path) -> None:
    """127.0.0.0/8 is loopback: 127.0.0.2 serves without a password, as --help says."""
    from tactful.settings import Settings
    from tactful.web import create_app

    help_text = " ".join(cli("serve", "--help").out.split())
    assert "A loopback address (127.0.0.0/8, ::1, localhost) needs no password" in help_text
    for host in ("127.0.0.1", "127.0.0.2", "127.255.0.9", "::1", "localhost"):
        create_app(Settings.load(home), host=host)  # no refusal
    _app, server = serve(home, host="127.0.0.2")
    with server as url:
        assert url.startswith("http://127.0.0.2:")
        assert httpx.get(url + "/").status_code == 200
    for host in ("0.0.0.0", "192.168.1.20", "::"):
        assert cli("serve", "--host", host, "--port", "1").code == 1


def test_an_api_client_is_told_how_to_log_in_and_when_its_password_is_wrong(
    locked: str,
) -> None:
    missing = httpx.get(f"{locked}/api/v1/due")
    assert missing.status_code == 401
    assert missing.json()["error"] == {
        "code": "login-required",
        "message": "Log in first: send the password with HTTP Basic authentication "
        "(any user name).",
        "field": None,
    }
    wrong = httpx.get(
        f"{locked}/api/v1/due", auth=("me", "nope"), headers={"Accept-Language": "fr"}
    )
    assert wrong.status_code == 401
    assert wrong.json()["error"]["code"] == "login-required"
    assert wrong.json()["error"]["message"].startswith("Mot de passe incorrect")
