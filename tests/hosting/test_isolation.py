"""Every route of the web app and the API, listed from the router, tried by another user and by
nobody: user B never reads nor changes user A's data, and anonymous requests get nothing.

A route added tomorrow is in the list by itself; if it takes a path parameter this test does
not know, the test fails and asks for a value (pointing it at A's data).
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from hosting.routes import Endpoint, endpoints
from hosting.site import PASSWORD, Person, Site
from tactful.accounts import Hosted
from tactful.store.scope import Scope

pytestmark = pytest.mark.slow

SECRETS = ("Zyxwv", "Quantum Archivist", "Secretname", "Xylophone", "Hush-hush note")
"""Words only user A's data holds: no response to anyone else may contain one."""
OPEN = ("/login", "/signup", "/reset", "/language", "/api/v1/login", "/openapi.json")
"""What an anonymous request may reach (none of it holds anyone's data)."""
ACCOUNT_MANAGEMENT = ("/admin/users/{user_id}/remove", "/admin/users/{user_id}/logout")
"""An admin's job is to remove accounts and end sessions: tried on the admin's own account."""


def _seed_a(site: Site) -> dict[str, Any]:
    """User A with an application, a round, a profile, settings, a coach and a coach's note."""
    a = site.person("a@example.org")
    coach = site.person("coach@example.org", "coach")
    r = a.client.post(
        "/api/v1/applications",
        json={"company": "Zyxwv Secret Corp", "role": "Quantum Archivist", "country": "FR"},
    )
    app_id = int(r.json()["id"])
    r = a.client.post(
        f"/api/v1/applications/{app_id}/rounds",
        json={"at": "2026-11-25 14:00", "interviewers": ["Ada Secretname <ada@zyxwv.example>"]},
    )
    round_id = int(r.json()["id"])
    with site.hosted.api_for(site.hosted.users.by_email(a.email).id) as api:
        api.add_profile_item("skill", "Xylophone tuning")
        api.set_setting("me.name", "Ada Secretname")
    a.submit("/account/share", {"coach": "coach@example.org"})
    a_id = site.hosted.users.by_email(a.email).id
    proposal_id = _mail_proposal(site.hosted, a_id, round_id)
    coach.submit(f"/coach/members/{a_id}/rounds/{round_id}/notes", {"text": "Hush-hush note"})
    sessions = site.hosted.logins.sessions(a_id)
    return {
        "application_id": app_id,
        "interview_id": round_id,
        "kind": "thank-you",
        "member_id": a_id,
        "user_id": a_id,
        "session_id": sessions[0].id,
        "coach_id": site.hosted.users.by_email(coach.email).id,
        "proposal_id": proposal_id,
    }


def _mail_proposal(hosted: Hosted, a_id: int, round_id: int) -> int:
    """A proposal from A's inbox (as `tactful inbox` leaves them), about A's round."""
    import sqlalchemy as sa

    from tactful.mailbox.tables import proposals

    with hosted.database.scoped(Scope.of(a_id)).begin() as conn:
        inserted = conn.execute(
            sa.insert(proposals).values(
                account="a@zyxwv.example",
                folder="INBOX",
                message_key="1:1",
                sender="Ada Secretname <ada@zyxwv.example>",
                subject="Zyxwv: next round",
                received_at="2026-11-26T09:00:00+01:00",
                interview_id=round_id,
                mail_kind="rejection",
                action="record-reply",
                created_at="2026-11-26T09:00:00+01:00",
            )
        ).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


def _state_of_a(hosted: Hosted, a_id: int) -> Any:
    with hosted.api_for(a_id) as api:
        settings = dict(api.config.values)
    sharing = hosted.sharing(a_id)
    proposals = hosted.database.scoped(Scope.of(a_id)).rows(
        "SELECT id, status, interview_id FROM mail_proposals ORDER BY id"
    )
    return (
        proposals,
        hosted.export(a_id),
        settings,
        [c.email for c in sharing.shared_with()],
        [n.text for n in sharing.notes_for_me()],
        [s.id for s in hosted.logins.sessions(a_id)],
        hosted.users.get(a_id).role,
    )


def _path(endpoint: Endpoint, values: dict[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in values, (
            f"{endpoint.method} {endpoint.path}: a path parameter the isolation test does not "
            f"know ({name}); add a value that names user A's data"
        )
        return str(values[name])

    return re.sub(r"\{(\w+)\}", value, endpoint.path)


SAMPLES = {
    "at": "2026-11-25 16:00",
    "kind": "thank-you",
    "outcome": "rejection",
    "country": "FR",
    "email": "b@example.org",
    "interview_id": 1,
}


def api_body(schema: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """A valid JSON body for an API operation, from the app's own OpenAPI schema."""
    operation = schema["paths"].get(path, {}).get(method.lower(), {})
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return {}
    ref = content["schema"].get("$ref", "")
    model = schema["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    properties = model.get("properties", {})
    names = model.get("required") or list(properties)[:1]
    body: dict[str, Any] = {}
    for name in names:
        kind = properties.get(name, {}).get("type", "string")
        body[name] = SAMPLES.get(name, 1 if kind == "integer" else "B was here")
    return body


def _request(
    client: httpx.Client, method: str, path: str, token: str, body: dict[str, Any] | None = None
) -> httpx.Response:
    """The request as a browser or an API client would make it, with plausible fields."""
    fields = {
        "company": "B was here",
        "role": "Intruder",
        "country": "FR",
        "at": "2026-11-25 16:00",
        "kind": "thank-you",
        "outcome": "rejection",
        "text": "B was here",
        "email": "b@example.org",
        "coach": "coach@example.org",
        "password": "not the password",
        "lang": "fr",
        "body": "Hello",
        "interview_id": "1",
    }
    if path.startswith("/api/"):
        headers = {"x-csrf-token": token}
        if method in ("POST", "PUT", "PATCH"):
            return client.request(method, path, json=body or {}, headers=headers)
        return client.request(method, path, headers=headers)
    if method == "GET":
        return client.get(path)
    return client.request(method, path, data={"csrf_token": token, **fields})


def _csrf(person: Person) -> str:
    page = person.client.get("/account")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    return found.group(1) if found else ""


@pytest.mark.parametrize("role", ["member", "coach", "admin"])
def test_user_b_can_neither_read_nor_change_user_a_data_on_any_route(site: Site, role: str) -> None:
    values = _seed_a(site)
    a_id = int(values["member_id"])
    before = _state_of_a(site.hosted, a_id)
    b = site.person("b@example.org", role)
    b_id = site.hosted.users.by_email(b.email).id
    points, mounts = endpoints(site.app)
    schema = b.client.get("/openapi.json").json()
    assert [m.path for m in mounts] == ["/static"]
    assert len(points) > 60
    tried = 0
    for endpoint in points:
        mine = role == "admin" and endpoint.path in ACCOUNT_MANAGEMENT
        path = _path(endpoint, {**values, "user_id": b_id} if mine else values)
        body = api_body(schema, endpoint.path, endpoint.method)
        response = _request(b.client, endpoint.method, path, _csrf(b), body)
        if role == "member" and re.search(r"\{(application|interview)_id\}", endpoint.path):
            # Refused for being A's, not for the shape of the request.
            expected = 403 if endpoint.path.startswith("/coach") else 404
            assert response.status_code == expected, f"{endpoint.method} {path}: {response.text}"
        tried += 1
        for secret in SECRETS:
            assert secret not in response.text, f"{endpoint.method} {path} showed A's data"
        if b.client.get("/api/v1/account").status_code != 200:
            b.log_in()  # B logged out (or ended B's own sessions): carry on as B
    assert tried == len(points)
    assert _state_of_a(site.hosted, a_id) == before
    a_again = Person(site.client(), "a@example.org")
    assert a_again.log_in(PASSWORD).status_code == 303


def test_anonymous_requests_get_nothing_on_any_route(site: Site) -> None:
    values = _seed_a(site)
    before = _state_of_a(site.hosted, int(values["member_id"]))
    points, _ = endpoints(site.app)
    with site.client() as anonymous:
        token = re.search(r'name="csrf_token" value="([^"]+)"', anonymous.get("/login").text)
        assert token
        for endpoint in points:
            path = _path(endpoint, values)
            response = _request(anonymous, endpoint.method, path, token.group(1))
            for secret in SECRETS:
                assert secret not in response.text, f"{endpoint.method} {path} showed A's data"
            if endpoint.path.startswith(OPEN):
                continue
            if path.startswith("/api/") or endpoint.path == "/calendar.ics":
                assert response.status_code == 401, f"{endpoint.method} {path}"
            else:
                assert response.status_code == 303, f"{endpoint.method} {path}"
                assert response.headers["location"].startswith("/login")
    assert _state_of_a(site.hosted, int(values["member_id"])) == before
