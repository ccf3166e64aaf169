"""The REST API through HTTP: the same JSON as the CLI's --json, 422 naming the field."""

from __future__ import annotations

from typing import Any

from .conftest import CLI, NOW, Live


def _cli_json(cli: CLI, *args: str) -> Any:
    r = cli("--now", NOW, *args, "--json")
    assert r.code == 0, r.err
    return r.json()


def test_applications_and_rounds_have_the_cli_shapes(live: Live, cli: CLI) -> None:
    app_id = live.add_application(
        closing_date="2026-11-20", contact="Grace Hopper <grace@acme.example>"
    )
    round_id = live.add_round(app_id, timeline="two weeks")

    listed = live.client.get("/api/v1/applications")
    assert listed.status_code == 200
    assert listed.json() == _cli_json(cli, "list")

    shown = live.client.get(f"/api/v1/applications/{app_id}").json()
    assert shown == _cli_json(cli, "show", str(app_id))
    assert shown["contact"] == {"name": "Grace Hopper", "email": "grace@acme.example"}

    assert live.client.get(f"/api/v1/rounds/{round_id}").json() == _cli_json(
        cli, "interview", "show", str(round_id)
    )
    assert live.client.get("/api/v1/rounds").json() == _cli_json(cli, "interview", "list")
    assert live.client.get("/api/v1/plan").json() == _cli_json(cli, "plan")
    assert live.client.get(f"/api/v1/plan/{round_id}").json() == _cli_json(
        cli, "plan", str(round_id)
    )
    due = live.client.get("/api/v1/due").json()
    assert due == _cli_json(cli, "due")
    assert [(d["interview_id"], d["kind"], d["state"]) for d in due["due"]] == [
        (round_id, "thank-you", "due")
    ]


def test_validation_errors_are_422_naming_the_field(live: Live) -> None:
    missing = live.client.post("/api/v1/applications", json={"role": "Dev"})
    assert missing.status_code == 422
    assert ["body", "company"] in [e["loc"] for e in missing.json()["detail"]]

    bad_country = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "country": "ZZ"}
    )
    assert bad_country.status_code == 422
    assert bad_country.json()["detail"][0]["loc"] == ["body", "country"]

    bad_date = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "closing_date": "soon"}
    )
    assert bad_date.status_code == 422
    assert bad_date.json()["detail"][0]["loc"] == ["body", "closing_date"]

    bad_url = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "url": "javascript:alert(1)"}
    )
    assert bad_url.json()["detail"][0]["loc"] == ["body", "url"]

    app_id = live.add_application()
    bad_round = live.client.post(
        f"/api/v1/applications/{app_id}/rounds",
        json={"at": "next tuesday", "interviewers": ["<oops>"], "timezone": "Mars/Olympus"},
    )
    assert bad_round.status_code == 422
    fields = {e["loc"][-1] for e in bad_round.json()["detail"]}
    assert fields == {"at", "interviewers", "timezone"}

    bad_timeline = live.client.post(
        f"/api/v1/applications/{app_id}/rounds", json={"at": "2026-11-25 10:00", "timeline": "??"}
    )
    assert bad_timeline.status_code == 422
    assert bad_timeline.json()["detail"][0]["loc"] == ["body", "timeline"]

    unknown_field = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "salary": 1}
    )
    assert unknown_field.status_code == 422
    assert unknown_field.json()["detail"][0]["loc"] == ["body", "salary"]


def test_edit_and_delete(live: Live) -> None:
    app_id = live.add_application()
    round_id = live.add_round(app_id)
    edited = live.client.patch(
        f"/api/v1/applications/{app_id}", json={"role": "Staff Engineer", "closing_date": None}
    )
    assert edited.status_code == 200
    assert edited.json()["role"] == "Staff Engineer"
    assert edited.json()["company"] == "Acme"

    moved = live.client.patch(
        f"/api/v1/rounds/{round_id}", json={"at": "2026-11-24 09:30", "timeline": "by Friday"}
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["starts_at"] == "2026-11-24T09:30:00+01:00"
    assert moved.json()["decision_date"] == "2026-11-27"

    assert live.client.delete(f"/api/v1/rounds/{round_id}").status_code == 204
    assert live.client.get(f"/api/v1/rounds/{round_id}").status_code == 404
    assert live.client.delete(f"/api/v1/applications/{app_id}").status_code == 204
    gone = live.client.get(f"/api/v1/applications/{app_id}")
    assert gone.status_code == 404
    assert "application" in gone.json()["detail"]


def test_sent_skip_and_reply_move_the_plan(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    sent = live.client.post(
        f"/api/v1/rounds/{round_id}/sent",
        json={"kind": "thank-you", "subject": "Thank you", "body": "Hello Ada"},
    )
    assert sent.status_code == 201
    again = live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "thank-you"})
    assert again.status_code == 409
    assert "already recorded" in again.json()["detail"]
    early = live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "status"})
    assert early.status_code == 409
    assert "window opens" in early.json()["detail"]

    steps = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]["steps"]
    assert [s["state"] for s in steps] == ["sent", "upcoming"]

    assert (
        live.client.post(f"/api/v1/rounds/{round_id}/skip", json={"kind": "status"}).status_code
        == 204
    )
    steps = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]["steps"]
    assert steps[1]["state"] == "skipped"
    assert live.client.delete(f"/api/v1/rounds/{round_id}/skip/status").status_code == 204

    reply = live.client.post(
        f"/api/v1/rounds/{round_id}/replies", json={"outcome": "next-round", "note": "Round 2!"}
    )
    assert reply.status_code == 201
    plan = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]
    assert plan["state"] == "closed"
    assert plan["steps"][1]["state"] == "cancelled"
    bad = live.client.post(f"/api/v1/rounds/{round_id}/replies", json={"outcome": "maybe"})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["body", "outcome"]


def test_drafts_and_checks(live: Live, cli: CLI) -> None:
    round_id = live.add_round(live.add_application())
    drafts = live.client.post(f"/api/v1/rounds/{round_id}/drafts", json={"kind": "thank-you"})
    assert drafts.status_code == 200
    assert drafts.json() == _cli_json(cli, "draft", str(round_id), "thank-you")
    draft = drafts.json()["drafts"][0]
    assert draft["to"]["email"] == "ada@acme.example"
    assert "streaming pipeline demo" in draft["body"]

    french = live.client.post(
        f"/api/v1/rounds/{round_id}/drafts", json={"kind": "thank-you", "lang": "fr"}
    )
    assert french.json()["drafts"][0]["lang"] == "fr"

    text = "Subject: Thanks\n\nHi Ada,\n\nI need an answer by Friday.\n\nBest,\nSam"
    checked = live.client.post(
        "/api/v1/checks", json={"text": text, "kind": "thank-you", "interview_id": round_id}
    )
    assert checked.status_code == 200
    report = checked.json()
    assert report["verdict"] == "revise"
    pushy = [f for f in report["findings"] if "I need an answer by" in text[f["start"] : f["end"]]]
    assert pushy
    assert pushy[0]["severity"] == "error"
    assert set(report) >= {"verdict", "words", "findings"}

    empty = live.client.post("/api/v1/checks", json={"text": "   "})
    assert empty.status_code == 422


def test_writes_need_a_json_body(live: Live) -> None:
    form = live.client.post("/api/v1/applications", data={"company": "A", "role": "B"})
    assert form.status_code == 415
    assert "JSON" in form.json()["detail"]
    plain = live.client.post(
        "/api/v1/applications",
        content=b'{"company": "A", "role": "B"}',
        headers={"content-type": "text/plain"},
    )
    assert plain.status_code == 415
    assert live.client.get("/api/v1/applications").json() == {"applications": []}


def test_openapi_and_its_offline_reference(live: Live) -> None:
    schema = live.client.get("/openapi.json").json()
    for path in (
        "/api/v1/applications",
        "/api/v1/applications/{application_id}",
        "/api/v1/rounds/{interview_id}",
        "/api/v1/due",
        "/api/v1/plan",
        "/api/v1/rounds/{interview_id}/sent",
        "/api/v1/rounds/{interview_id}/replies",
        "/api/v1/rounds/{interview_id}/drafts",
        "/api/v1/checks",
    ):
        assert path in schema["paths"], path
    assert not any(p.startswith("/rounds") for p in schema["paths"]), "pages stay out of it"
    docs = live.client.get("/docs")
    assert docs.status_code == 200
    assert "/api/v1/rounds/{interview_id}/replies" in docs.text
    assert "cdn" not in docs.text.lower()
