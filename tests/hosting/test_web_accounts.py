"""Multi-user mode in the browser's shoes: logging in, links, sessions, coaches, admins."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from hosting.site import NOW, PASSWORD, Site

pytestmark = pytest.mark.slow


def _add_round(person_client: object, company: str = "Acme") -> tuple[int, int]:
    import httpx

    assert isinstance(person_client, httpx.Client)
    r = person_client.post(
        "/api/v1/applications", json={"company": company, "role": "Data engineer", "country": "FR"}
    )
    assert r.status_code == 201, r.text
    app = int(r.json()["id"])
    r = person_client.post(f"/api/v1/applications/{app}/rounds", json={"at": "2026-11-25 14:00"})
    assert r.status_code == 201, r.text
    return app, int(r.json()["id"])


def test_anonymous_requests_are_sent_to_log_in(site: Site) -> None:
    with site.client() as anonymous:
        page = anonymous.get("/")
        assert page.status_code == 303
        assert page.headers["location"].startswith("/login")
        api = anonymous.get("/api/v1/applications")
        assert api.status_code == 401
        assert api.json()["error"]["code"] == "not-logged-in"


def test_a_member_logs_in_works_and_logs_out(site: Site) -> None:
    ada = site.person("ada@example.org")
    _add_round(ada.client)
    due = ada.client.get("/api/v1/due").json()["due"]
    assert [d["kind"] for d in due] == ["thank-you"]
    assert "Acme" in ada.client.get("/").text
    ada.submit("/logout")
    assert ada.client.get("/").status_code == 303


def test_wrong_passwords_are_limited_per_account_with_a_clear_message(site: Site) -> None:
    ada = site.person("ada@example.org")
    ada.submit("/logout")
    for _ in range(5):
        assert ada.log_in("wrong password!").status_code == 401
    refused = ada.log_in()
    assert refused.status_code == 429
    assert "Too many failed logins for this account" in refused.text
    french = ada.client.post(
        "/login",
        data={"csrf_token": ada.token("/login"), "email": ada.email, "password": PASSWORD},
        headers={"accept-language": "fr"},
    )
    assert "Trop d'échecs de connexion pour ce compte" in html.unescape(french.text)


def test_an_invitation_link_signs_up_once(site: Site) -> None:
    link = site.hosted.users.invite("new@example.org", "member")
    with site.client() as browser:
        form = browser.get(f"/signup?token={link.token}")
        assert "new@example.org" in form.text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token
        data = {
            "csrf_token": token.group(1),
            "token": link.token,
            "password": PASSWORD,
            "repeat": PASSWORD,
        }
        done = browser.post("/signup", data=data)
        assert done.status_code == 303
        assert browser.get("/api/v1/account").json()["email"] == "new@example.org"
        fresh = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/account").text)
        assert fresh
        again = browser.post("/signup", data={**data, "csrf_token": fresh.group(1)})
        assert again.status_code == 422
        assert "expired or was already used" in again.text


def test_a_reset_link_changes_the_password_and_ends_other_sessions(site: Site) -> None:
    ada = site.person("ada@example.org")
    link = site.hosted.users.reset_link("ada@example.org")
    assert link is not None
    with site.client() as browser:
        form = browser.get(f"/reset?token={link.token}")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token
        new = "another long passphrase"
        done = browser.post(
            "/reset/confirm",
            data={"csrf_token": token.group(1), "token": link.token, "password": new,
                  "repeat": new},
        )  # fmt: skip
        assert done.status_code == 303
    assert ada.client.get("/api/v1/account").status_code == 401


def test_a_member_downloads_everything_and_deletes_the_account(site: Site) -> None:
    ada = site.person("ada@example.org")
    _add_round(ada.client)
    export = ada.client.get("/account/export")
    assert export.headers["content-disposition"].startswith("attachment")
    assert [a["company"] for a in export.json()["applications"]] == ["Acme"]
    assert ada.submit("/account/delete", {"password": "not it at all"}).status_code == 409
    assert ada.submit("/account/delete", {"password": PASSWORD}).status_code == 303
    assert site.hosted.users.find("ada@example.org") is None
    assert ada.client.get("/api/v1/account").status_code == 401


def test_a_coach_reads_shared_rounds_and_leaves_a_note(site: Site) -> None:
    ada = site.person("ada@example.org")
    coach = site.person("coach@example.org", "coach")
    _, round_id = _add_round(ada.client)
    ada_id = site.hosted.users.by_email("ada@example.org").id
    assert coach.client.get(f"/coach/members/{ada_id}").status_code == 404
    assert ada.client.get("/coach").status_code == 403
    ada.submit("/account/share", {"coach": "coach@example.org"})
    page = coach.client.get(f"/coach/members/{ada_id}")
    assert "Acme" in page.text
    note = coach.submit(
        f"/coach/members/{ada_id}/rounds/{round_id}/notes", {"text": "Mention Kafka."}
    )
    assert note.status_code == 303
    assert "Mention Kafka." in ada.client.get("/account").text
    assert coach.client.get(f"/api/v1/rounds/{round_id}").status_code == 404


def test_an_admin_manages_accounts_but_sees_no_data(site: Site) -> None:
    ada = site.person("ada@example.org")
    _add_round(ada.client, company="Secret Employer")
    admin = site.person("admin@example.org", "admin")
    page = admin.client.get("/admin/users")
    assert "ada@example.org" in page.text
    assert "Secret Employer" not in page.text
    assert "Secret Employer" not in admin.client.get("/api/v1/applications").text
    invited = admin.submit("/admin/users/invite", {"email": "new@example.org", "role": "coach"})
    assert "/signup?token=" in invited.text
    ada_id = site.hosted.users.by_email("ada@example.org").id
    admin.submit(f"/admin/users/{ada_id}/logout")
    assert ada.client.get("/api/v1/account").status_code == 401
    assert ada.client.get("/admin/users").status_code in (303, 403)


def test_a_members_settings_page_gives_their_own_feed_and_nothing_of_the_server(
    site: Site,
) -> None:
    """The settings page showed the single-user feed (/calendar.ics without the member's
    secret: 401 for a calendar app), the server's home and database, and 'answers on this
    computer only'. A member sees their own feed address, which works without logging in."""
    ada = site.person("ada@example.org")
    _add_round(ada.client, "Acme")
    page = ada.client.get("/settings")
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert str(site.settings.home) not in text
    assert "postgresql" not in text
    [feed_url] = re.findall(r'<code class="feed">([^<]+)</code>', text)
    assert "user=" in feed_url
    assert "token=" in feed_url
    assert feed_url in html.unescape(ada.client.get("/account").text)
    with site.client() as calendar_app:
        feed = calendar_app.get(feed_url.replace(site.url, ""))
    assert feed.status_code == 200, feed.text
    assert "Acme" in feed.text


@pytest.mark.parametrize(
    "body", [b"{bad", b'{"email": "ada@example.org", "password": "x"', b"\xff\xfe{}", b""]
)
def test_an_api_login_whose_body_is_not_json_is_refused_in_words(site: Site, body: bytes) -> None:
    """A 422 naming the problem, not a 500 (an unreadable body reached json.loads unguarded)."""
    with site.client() as client:
        r = client.post("/api/v1/login", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "bad-json"
    assert "tactful_account" not in r.headers.get("set-cookie", "")


def test_an_id_too_large_for_the_database_is_not_found_not_a_database_error(site: Site) -> None:
    """Account pages take ids from the address: one past PostgreSQL's integer is no such row
    (it was 'cannot use the database at postgresql…: integer out of range; check
    TACTFUL_DATABASE_URL', the server's address shown to a member or an admin)."""
    huge = 2**31
    ada = site.person("ada@example.org")
    admin = site.person("admin@career.example", "admin")
    answers = [
        ada.submit(f"/account/sessions/{huge}/revoke"),
        ada.submit(f"/account/unshare/{huge}"),
        admin.submit(f"/admin/users/{huge}/remove"),
        admin.submit(f"/admin/users/{huge}/logout"),
    ]
    for answer in answers:
        assert answer.status_code in (303, 404), answer.text
        assert "postgresql" not in answer.text
        assert "out of range" not in answer.text
    assert answers[0].status_code == 303  # no such session: nothing to end
    assert [a.status_code for a in answers[1:]] == [404, 404, 404]


def test_numbers_in_digits_int_cannot_read_are_refused_not_a_500(site: Site) -> None:
    """ "²" passes str.isdigit() but not int(): the calendar feed's user (no login needed) and
    a mail account's port answered 500."""
    with site.client() as anonymous:
        feed = anonymous.get("/calendar.ics", params={"user": "²", "token": "x" * 32})
    assert feed.status_code == 401, feed.text
    ada = site.person("ada@example.org")
    form = {
        "email": "ada@example.org",
        "smtp_host": "smtp.example.org",
        "smtp_port": "²",
        "imap_host": "imap.example.org",
        "password": "mail password",
    }
    saved = ada.client.post(
        "/account/mail", data={"csrf_token": ada.token("/account/mail"), **form}
    )
    assert saved.status_code == 422, saved.text
    assert "smtp_port" in html.unescape(saved.text)


def test_account_refusals_are_in_the_readers_language(site: Site) -> None:
    """Sharing with no such coach, ending a share that is not there, an admin removing their
    own account or no such account, inviting an address that has one: a French page said
    each in English (their codes had no catalogue entry)."""
    ada = site.person("ada@example.org")
    admin = site.person("admin@career.example", "admin")
    for person in (ada, admin):
        person.client.headers["accept-language"] = "fr"
    answers = {
        "no coach": ada.submit("/account/share", {"coach": "nobody@example.org"}),
        "not shared": ada.submit("/account/unshare/999"),
        "own account": admin.submit(
            f"/admin/users/{site.hosted.users.by_email(admin.email).id}/remove"
        ),
        "no user": admin.submit("/admin/users/999/remove"),
        "exists": admin.submit("/admin/users/invite", {"email": ada.email, "role": "member"}),
    }
    said = {what: html.unescape(r.text) for what, r in answers.items()}
    assert "pas de conseiller·ère nobody@example.org sur ce serveur" in said["no coach"]
    assert "Aucun entretien n’est partagé" in said["not shared"]
    assert "votre propre compte" in said["own account"]
    assert "Ce compte n’existe pas" in said["no user"]
    assert "Cette adresse a déjà un compte" in said["exists"]
    for what, text in said.items():
        for english in ("no coach", "you do not share", "your own account", "no user", "already"):
            assert english not in text, (what, english)


def _sign_up(site: Site, token: str, password: str) -> tuple[int, str]:
    """Sign up with a link in a fresh browser: the status and who is logged in after."""
    with site.client() as browser:
        form = browser.get(f"/signup?token={token}")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert csrf
        data = {"csrf_token": csrf.group(1), "token": token, "password": password}
        done = browser.post("/signup", data={**data, "repeat": password})
        me = browser.get("/api/v1/account")
        return done.status_code, me.json().get("email", "") if me.status_code == 200 else ""


def test_a_left_over_sign_up_link_cannot_set_the_password_of_an_account_in_use(
    site: Site,
) -> None:
    """Two invitations to one address (an invite sent again): once one of them set the
    password, the other chose a new one and logged in: whoever held the older mail took the
    account over."""
    first = site.hosted.users.invite("new@example.org")
    second = site.hosted.users.invite("new@example.org")
    assert _sign_up(site, first.token, PASSWORD) == (303, "new@example.org")
    assert _sign_up(site, second.token, "another password, not hers") == (422, "")
    with site.client() as browser:
        logged = browser.post(
            "/api/v1/login", json={"email": "new@example.org", "password": PASSWORD}
        )
    assert logged.status_code == 200, logged.text


def test_a_removed_accounts_sign_up_link_does_not_make_it_again(site: Site) -> None:
    """'tactful user add … --role admin', then 'tactful user remove': the link printed or
    mailed by the add made the account again, as an admin, for seven days."""
    site.hosted.users.add("gone@example.org", "admin")
    link = site.hosted.users.invite("gone@example.org", "admin")
    site.hosted.users.remove("gone@example.org")
    assert site.hosted.users.link_email(link.token, "invite") is None
    assert _sign_up(site, link.token, PASSWORD) == (422, "")
    assert site.hosted.users.find("gone@example.org") is None


def test_a_database_that_cannot_be_reached_is_a_503_in_one_line(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL restarting: every request checks its session first, and that read failed
    with a 500 (a traceback per request in the log, the connection reset)."""
    import sqlalchemy as sa

    ada = site.person("ada@example.org")

    def down(*_: object, **__: object) -> None:
        engine = sa.create_engine("postgresql+psycopg://nobody@/nowhere?host=/nonexistent")
        with engine.connect():
            pass

    monkeypatch.setattr(site.app.state.hosted.hosted.logins, "resolve", down)
    for path in ("/api/v1/applications", "/", "/login"):
        answer = ada.client.get(path)
        assert answer.status_code == 503, (path, answer.text)
        assert answer.json()["error"]["code"] == "database-unavailable"
        assert "nonexistent" not in answer.text
    monkeypatch.undo()
    assert ada.client.get("/api/v1/applications").status_code == 200


def test_an_api_client_refused_for_no_session_is_told_the_login_it_can_use(site: Site) -> None:
    """The 401 said 'log in first: POST /login': the login page's form, which refuses a JSON
    client (403, no CSRF token). It names POST /api/v1/login, which works."""
    site.hosted.users.add("ada@example.org", password=PASSWORD)
    with site.client() as client:
        refused = client.get("/api/v1/applications")
        assert refused.status_code == 401
        said = refused.json()["error"]["message"]
        assert "POST /api/v1/login" in said
        path = said.split("POST ", 1)[1].split()[0]
        logged = client.post(path, json={"email": "ada@example.org", "password": PASSWORD})
        assert logged.status_code == 200, logged.text
        assert client.get("/api/v1/applications").status_code == 200


def test_behind_a_proxy_the_public_host_is_served_and_mailed_links_use_it(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/hosting.md's set-up: 'tactful serve --multi-user --host 127.0.0.1 --behind-proxy'
    behind nginx or Caddy, which pass the public Host header. Every request was refused (400
    'Unknown address: open tactful at http://127.0.0.1'): only loopback names were served.
    The host of TACTFUL_PUBLIC_URL is served too, any other still refused; and a reset link
    mailed from the login page is built from TACTFUL_PUBLIC_URL, not from the Host header
    (which the client chooses: a link to another site would hand it the token)."""
    from mail_sink import MailSink
    from tactful.accounts import Hosted
    from tactful.settings import Settings
    from tactful.web import create_app
    from web.conftest import LiveServer

    monkeypatch.setenv("TACTFUL_PUBLIC_URL", "https://tactful.career.example")
    settings = Settings(tmp_path / "server", pg_url)
    app = create_app(settings, now=NOW, multi_user=True)
    with MailSink() as sink, LiveServer(app) as url, Hosted(settings, now=NOW) as hosted:
        monkeypatch.setenv("TACTFUL_SMTP_URL", sink.url)
        monkeypatch.setenv("TACTFUL_MAIL_FROM", "tactful@career.example")
        hosted.users.add("ada@example.org", password=PASSWORD)
        with httpx.Client(base_url=url, headers={"host": "evil.example"}) as stranger:
            assert stranger.get("/login").status_code == 400
        with httpx.Client(base_url=url, headers={"host": "tactful.career.example"}) as member:
            form = member.get("/reset")
            assert form.status_code == 200, form.text
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
            assert csrf
            asked = member.post(
                "/reset", data={"csrf_token": csrf.group(1), "email": "ada@example.org"}
            )
            assert asked.status_code == 200, asked.text
        [message] = sink.sink.to("ada@example.org")
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert "https://tactful.career.example/reset?token=" in payload.decode("utf-8")


def test_the_servers_ai_key_never_goes_to_an_endpoint_a_member_typed(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Security: with TACTFUL_AI_API_KEY in the server's environment, a member who saved
    their own endpoint on /settings and pressed 'Test the connection' had the server send
    its key there (Authorization: Bearer …): any member could take the server's paid key.
    The key goes only to the endpoint the server's environment names."""
    from ai_server import ScriptedChatServer

    monkeypatch.setenv("TACTFUL_AI_API_KEY", "sk-server-key-0123456789")
    monkeypatch.delenv("TACTFUL_AI_BASE_URL", raising=False)
    monkeypatch.delenv("TACTFUL_AI_MODEL", raising=False)
    ada = site.person("ada@example.org")
    with ScriptedChatServer(["OK", "OK"]) as members_own:
        form = {"ai_base_url": members_own.base_url, "ai_model": "m", "country": "", "lang": ""}
        assert ada.submit("/settings", form).status_code == 303
        tested = ada.submit("/settings/ai-test")
        assert tested.status_code == 200, tested.text
        monkeypatch.setenv("TACTFUL_AI_BASE_URL", members_own.base_url)  # now the server's own
        assert ada.submit("/settings/ai-test").status_code == 200
    first, second = members_own.chat_requests
    assert "authorization" not in first.headers
    assert second.headers["authorization"] == "Bearer sk-server-key-0123456789"


def test_a_wrong_password_on_account_deletion_keeps_french_typography(site: Site) -> None:
    """The refusal reached the page as an untranslated text, whose spaces before a colon
    were taken out: 'Mot de passe incorrect: le compte…'."""
    ada = site.person("ada@example.org")
    ada.client.headers["accept-language"] = "fr"
    refused = ada.submit("/account/delete", {"password": "not my password"})
    assert refused.status_code == 409
    assert "Mot de passe incorrect : le compte n’a pas été supprimé." in html.unescape(refused.text)
    assert ada.client.get("/api/v1/account").status_code == 200


def test_a_page_of_another_role_is_refused_with_a_page_in_the_readers_language(
    site: Site,
) -> None:
    """A member who opened /coach (a link passed on, a typed address) got raw JSON,
    '{"detail": "this page is for the coach role", …}', in English."""
    ada = site.person("ada@example.org")
    coach = site.person("coach@career.example", "coach")
    refused = ada.client.get("/coach", headers={"accept-language": "fr"})
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("text/html")
    assert "Cette page est réservée au rôle conseiller·ère" in html.unescape(refused.text)
    english = coach.client.get("/admin/users")
    assert english.status_code == 403
    assert "This page is for the administrator role" in english.text
    assert (
        ada.client.post("/admin/users/invite", data={"email": "x@example.org"}).status_code == 403
    )
