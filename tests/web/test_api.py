"""The REST API through HTTP: the same JSON as the CLI's --json, one error shape naming the
field, search, sort and pages."""

from __future__ import annotations

import json
from typing import Any

from .conftest import CLI, CLI_WORDS, NOW, Live


def _cli_json(cli: CLI, *args: str) -> Any:
    r = cli("--now", NOW, *args, "--json")
    assert r.code == 0, r.err
    return r.json()


def _error(response: Any) -> dict[str, Any]:
    """The one error shape: {"error": {code, message, field}, "errors": [...]}."""
    body = response.json()
    assert set(body) == {"error", "errors"}, body
    assert body["errors"][0] == body["error"]
    for item in body["errors"]:
        assert set(item) == {"code", "message", "field"}, item
        assert item["message"]
        assert not CLI_WORDS.search(item["message"]), item["message"]
    return dict(body["error"])


def _fields(response: Any) -> set[str]:
    return {e["field"] for e in response.json()["errors"]}


def test_applications_and_rounds_have_the_cli_shapes(live: Live, cli: CLI) -> None:
    app_id = live.add_application(
        closing_date="2026-11-20", contact="Grace Hopper <grace@acme.example>"
    )
    round_id = live.add_round(app_id, timeline="two weeks")

    listed = live.client.get("/api/v1/applications")
    assert listed.status_code == 200
    paging = {"total": 1, "page": 1, "pages": 1, "per_page": 25}
    assert listed.json() == {**_cli_json(cli, "list"), **paging}

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
    assert _error(missing) == {"code": "required", "message": "Required.", "field": "company"}

    bad_country = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "country": "ZZ"}
    )
    assert bad_country.status_code == 422
    assert _error(bad_country)["field"] == "country"
    assert _error(bad_country)["code"] == "unknown-country"

    bad_date = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "closing_date": "soon"}
    )
    assert bad_date.status_code == 422
    assert _error(bad_date)["field"] == "closing_date"

    bad_url = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "url": "javascript:alert(1)"}
    )
    assert _error(bad_url)["field"] == "url"
    french = live.client.post(
        "/api/v1/applications", json={"role": "Dev"}, headers={"Accept-Language": "fr"}
    )
    assert _error(french)["message"] == "Obligatoire."

    app_id = live.add_application()
    bad_round = live.client.post(
        f"/api/v1/applications/{app_id}/rounds",
        json={"at": "2026-13-45 10:00", "interviewers": ["<oops>"], "timezone": "Mars/Olympus"},
    )
    assert bad_round.status_code == 422
    assert _error(bad_round)["field"] in {"at", "interviewers", "timezone"}
    assert _fields(bad_round) == {"at", "interviewers", "timezone"}, "every problem at once"
    unreadable = live.client.post(f"/api/v1/applications/{app_id}/rounds", json={"at": "soon"})
    assert _error(unreadable) | {"message": ""} == {
        "code": "wrong-format", "message": "", "field": "at"
    }  # fmt: skip

    bad_timeline = live.client.post(
        f"/api/v1/applications/{app_id}/rounds", json={"at": "2026-11-25 10:00", "timeline": "??"}
    )
    assert bad_timeline.status_code == 422
    assert _error(bad_timeline)["field"] == "timeline"
    assert _error(bad_timeline)["code"] == "unreadable-timeline"

    unknown_field = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "salary": 1}
    )
    assert unknown_field.status_code == 422
    assert _error(unknown_field) == {
        "code": "unknown-field",
        "message": "Unknown field: remove it.",
        "field": "salary",
    }


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
    assert _error(gone)["code"] == "application-not-found"
    assert _error(live.client.get("/api/v1/nowhere"))["code"] == "not-found"


def test_sent_skip_and_reply_move_the_plan(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    sent = live.client.post(
        f"/api/v1/rounds/{round_id}/sent",
        json={"kind": "thank-you", "subject": "Thank you", "body": "Hello Ada"},
    )
    assert sent.status_code == 201
    again = live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "thank-you"})
    assert again.status_code == 409
    assert _error(again)["code"] == "already-sent"
    assert "already recorded as sent on Wed 25 Nov, 17:00 CET" in _error(again)["message"]
    early = live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "status"})
    assert early.status_code == 409
    assert _error(early)["code"] == "too-early"
    assert "window opens on Wed 2 Dec" in _error(early)["message"]
    future = live.client.post(
        f"/api/v1/rounds/{round_id}/sent", json={"kind": "status", "at": "2026-12-24 10:00"}
    )
    assert future.status_code == 422
    assert _error(future) | {"message": ""} == {
        "code": "in-the-future", "message": "", "field": "at"
    }  # fmt: skip

    steps = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]["steps"]
    assert [s["state"] for s in steps] == ["sent", "upcoming"]

    assert (
        live.client.post(f"/api/v1/rounds/{round_id}/skip", json={"kind": "status"}).status_code
        == 204
    )
    steps = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]["steps"]
    assert steps[1]["state"] == "skipped"
    assert live.client.delete(f"/api/v1/rounds/{round_id}/skip/status").status_code == 204

    before = live.client.post(
        f"/api/v1/rounds/{round_id}/replies", json={"outcome": "offer", "at": "2026-11-24 10:00"}
    )
    assert before.status_code == 422
    assert _error(before)["code"] == "reply-before-interview"
    assert _error(before)["field"] == "at"
    reply = live.client.post(
        f"/api/v1/rounds/{round_id}/replies", json={"outcome": "next-round", "note": "Round 2!"}
    )
    assert reply.status_code == 201
    twice = live.client.post(f"/api/v1/rounds/{round_id}/replies", json={"outcome": "offer"})
    assert twice.status_code == 422
    assert _error(twice)["code"] == "already-replied"
    plan = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]
    assert plan["state"] == "closed"
    assert plan["steps"][1]["state"] == "cancelled"
    bad = live.client.post(f"/api/v1/rounds/{round_id}/replies", json={"outcome": "maybe"})
    assert bad.status_code == 422
    assert _error(bad)["field"] == "outcome"


def test_drafts_and_checks(live: Live, cli: CLI) -> None:
    round_id = live.add_round(live.add_application())
    drafts = live.client.post(f"/api/v1/rounds/{round_id}/drafts", json={"kind": "thank-you"})
    assert drafts.status_code == 200
    from_cli = _cli_json(cli, "draft", str(round_id), "thank-you")["drafts"][0]
    draft = drafts.json()["drafts"][0]
    # The same draft; only the notes and how to fill a placeholder speak the API, not the CLI.
    same = {k: v for k, v in draft.items() if k not in ("notes", "placeholders")}
    assert same == {k: v for k, v in from_cli.items() if k not in ("notes", "placeholders")}
    assert [p["field"] for p in draft["placeholders"]] == ["me.name"]
    assert not CLI_WORDS.search(json.dumps(draft["placeholders"]))
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
    assert _error(form)["code"] == "json-only"
    plain = live.client.post(
        "/api/v1/applications",
        content=b'{"company": "A", "role": "B"}',
        headers={"content-type": "text/plain"},
    )
    assert plain.status_code == 415
    assert live.client.get("/api/v1/applications").json()["applications"] == []


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


def test_applications_are_searched_sorted_and_paged_like_the_page(live: Live) -> None:
    for n in range(30):
        live.add_application(company=f"Firm {n:02d}", role="Analyste" if n % 3 else "Engineer")
    first = live.client.get("/api/v1/applications", params={"per_page": 12, "sort": "company"})
    body = first.json()
    assert (body["total"], body["pages"], body["page"], body["per_page"]) == (30, 3, 1, 12)
    assert [a["company"] for a in body["applications"]][:2] == ["Firm 00", "Firm 01"]
    last = live.client.get("/api/v1/applications", params={"per_page": 12, "page": 3}).json()
    assert len(last["applications"]) == 6
    found = live.client.get("/api/v1/applications", params={"q": "engineer firm"}).json()
    assert found["total"] == 10
    assert all(a["role"] == "Engineer" for a in found["applications"])
    page = live.client.get("/applications", params={"q": "engineer firm"}).text
    assert page.count('class="card"') == 10
    bad = live.client.get("/api/v1/applications", params={"per_page": 0, "sort": "random"})
    assert bad.status_code == 422
    assert _fields(bad) == {"per_page", "sort"}


def test_every_4xx_has_the_one_error_shape(live: Live) -> None:
    assert _error(live.client.delete("/api/v1/due"))["code"] == "method-not-allowed"
    big = live.client.post(
        "/api/v1/checks",
        content=b'{"text": "' + b"a" * (1024 * 1024 + 10) + b'"}',
        headers={"content-type": "application/json"},
    )
    assert big.status_code == 413
    assert _error(big)["code"] == "too-large"
    cross = live.client.post(
        "/api/v1/checks", json={"text": "x"}, headers={"Origin": "https://evil.example"}
    )
    assert cross.status_code == 403
    assert _error(cross)["code"] == "cross-site"
    broken = live.client.post(
        "/api/v1/checks", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422
    assert _error(broken)["code"] == "bad-json"


def test_head_answers_wherever_get_does(live: Live) -> None:
    live.add_application()
    for path in ("/", "/applications", "/api/v1/applications", "/calendar.ics", "/docs"):
        get, head = live.client.get(path), live.client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
    assert live.client.head("/api/v1/applications/99").status_code == 404


def test_the_openapi_schema_types_every_answer_and_documents_the_errors(live: Live) -> None:
    schema = live.client.get("/openapi.json").json()
    for path, item in schema["paths"].items():
        for method, op in item.items():
            responses = op["responses"]
            assert {"404", "409", "413", "415", "422"} <= set(responses), (method, path)
            error = responses["422"]["content"]["application/json"]["schema"]
            assert error == {"$ref": "#/components/schemas/ErrorOut"}
            ok = next(code for code in responses if code.startswith("2"))
            if ok != "204":
                answer = responses[ok]["content"]["application/json"]["schema"]
                assert "$ref" in answer, (method, path, answer)
            assert not CLI_WORDS.search(json.dumps(op)), (method, path)


def test_the_reference_page_is_in_french_too(live: Live) -> None:
    from tactful.web.i18n import catalogue

    schema = live.client.get("/openapi.json").json()
    for path, item in schema["paths"].items():
        for method in item:
            key = f"api.{method.upper()} {path}"
            assert key in catalogue("fr"), key
            assert key in catalogue("en"), key
    page = live.client.get("/docs", headers={"Accept-Language": "fr"}).text
    assert "À envoyer ou en retard maintenant, le plus urgent d’abord" in page
    # Each body field's description too, and the words of its type.
    from tactful.web.routes.reference import operations

    for op in operations(schema):
        for field in op["fields"]:
            if field["description"]:
                assert f"apifield.{field['description']}" in catalogue("fr"), field
    assert "The employer." not in page
    assert "L’employeur." in page
    assert "list of" not in page
    assert "liste de string ou PersonIn" in page


def test_a_date_out_of_range_is_worded_in_the_readers_language(live: Live) -> None:
    french = {"Accept-Language": "fr"}
    refused = live.client.post(
        "/api/v1/applications",
        json={"company": "A", "role": "B", "closing_date": "1800-01-01"},
        headers=french,
    )
    assert refused.status_code == 422
    error = _error(refused)
    assert (error["code"], error["field"]) == ("date-out-of-range", "closing_date")
    assert error["message"].startswith("1800-01-01 est hors limites : donnez une date entre")
    assert "1970" in error["message"]
    assert "2100" in error["message"]

    app_id = live.add_application()
    early = live.client.post(
        f"/api/v1/applications/{app_id}/rounds", json={"at": "1900-12-01 10:00"}
    )
    assert early.status_code == 422
    assert _error(early)["field"] == "at"
    assert _error(early)["message"].startswith("1900-12-01 10:00+")
    assert "out of range: give a date between" in _error(early)["message"]


def test_a_refusal_of_the_schema_says_what_to_write(live: Live) -> None:
    """Each message names the bound crossed, the type wanted or the form expected, on the
    field as the schema names it (not a branch of a union), in the reader's language."""
    app_id = live.add_application()
    rounds = f"/api/v1/applications/{app_id}/rounds"

    def first(response: Any) -> tuple[str, str, str]:
        assert response.status_code == 422, response.text
        error = _error(response)
        return error["field"], error["code"], error["message"]

    paged = live.client.get("/api/v1/applications", params={"per_page": 0})
    assert first(paged) == ("per_page", "out-of-range", "Too small: at least 1.")
    long = live.client.post(rounds, json={"at": "2026-11-25 10:00", "duration_minutes": 5000})
    assert first(long) == ("duration_minutes", "out-of-range", "Too large: at most 1440.")
    assert first(live.client.post(rounds, json={"at": "soon"})) == (
        "at", "wrong-format", "“soon” is not a date and time: write it as 2026-11-25 14:00."
    )  # fmt: skip
    bad_day = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "closing_date": "2026-13-45"}
    )
    assert first(bad_day) == (
        "closing_date", "invalid", "“2026-13-45” is not a date: write it as 2026-11-25."
    )  # fmt: skip
    contact = live.client.post(
        "/api/v1/applications", json={"company": "A", "role": "B", "contact": 5}
    )
    assert _fields(contact) == {"contact"}, "the field, not contact.constrained-str"
    assert first(contact)[2] == "Write it as text (a JSON string)."
    people = live.client.post(rounds, json={"at": "2026-11-25 10:00", "interviewers": [5]})
    assert _fields(people) == {"interviewers"}
    flag = live.client.post(rounds, json={"at": "2026-11-25 10:00", "many_candidates": "maybe"})
    assert first(flag)[2] == "Write true or false."
    blank = live.client.post("/api/v1/applications", json={"company": "  ", "role": "B"})
    assert first(blank) == (
        "company", "wrong-format", "Required, on one line: it cannot be blank."
    )  # fmt: skip
    listed = live.client.post("/api/v1/applications", json=[])
    assert first(listed)[:2] == ("body", "wrong-type")
    assert first(listed)[2].startswith("Send a JSON object")

    french = live.client.post(
        f"/api/v1/rounds/{live.add_round(app_id)}/sent",
        json={"kind": "thanks"},
        headers={"Accept-Language": "fr"},
    )
    assert first(french) == (
        "kind", "not-one-of", "Choisissez parmi : 'thank-you', 'status' ou 'status-inquiry'."
    )  # fmt: skip


def test_the_status_inquiry_of_a_round_a_later_one_replaces_is_refused_for_that_reason(
    live: Live,
) -> None:
    """Sent "anyway" does not help: a later round carries the status inquiry, as the command
    line says; the API must not answer "too early, record it anyway"."""
    app_id = live.add_application()
    first = live.add_round(app_id, at="2026-11-20 10:00")
    live.add_round(app_id, at="2026-11-24 10:00")
    for body in ({"kind": "status"}, {"kind": "status", "anyway": True}):
        refused = live.client.post(f"/api/v1/rounds/{first}/sent", json=body)
        assert refused.status_code == 409
        assert _error(refused)["code"] == "superseded"
        assert _error(refused)["message"] == (
            "Round 2 of this application came after this one: its own follow-ups replace "
            "this round's status inquiry."
        )
    french = live.client.post(
        f"/api/v1/rounds/{first}/sent", json={"kind": "status"}, headers={"Accept-Language": "fr"}
    )
    assert _error(french)["message"].startswith("Le tour 2 de cette candidature est venu après")


def test_an_unreadable_timeline_says_how_to_write_a_date(live: Live) -> None:
    app_id = live.add_application()
    refused = live.client.post(
        f"/api/v1/applications/{app_id}/rounds",
        json={"at": "2026-11-25 10:00", "timeline": "le 15 décembre"},
        headers={"Accept-Language": "fr"},
    )
    assert _error(refused)["code"] == "unreadable-timeline"
    assert _error(refused)["message"].endswith("ou une date écrite 2026-12-15.")


def test_a_follow_up_is_named_in_words_in_a_refusal(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    undo = live.client.delete(f"/api/v1/rounds/{round_id}/sent/status-inquiry")
    assert undo.status_code == 409
    assert _error(undo)["code"] == "nothing-sent"
    assert _error(undo)["message"] == (
        "No status inquiry is recorded as sent for this round: nothing to undo."
    )
    french = live.client.delete(
        f"/api/v1/rounds/{round_id}/skip/thank-you", headers={"Accept-Language": "fr"}
    )
    assert _error(french)["message"] == (
        "Ce suivi (mot de remerciement) n’est pas ignoré : rien à annuler."
    )
    assert "thank-you" not in _error(french)["message"]


def test_a_body_or_an_email_too_large_says_its_limit(live: Live) -> None:
    """Refused as it came (no Content-Length), the body gets the same message as one refused
    by its Content-Length; an email too long to check says how long it may be."""

    def chunks() -> Any:
        yield b'{"text": "'
        for _ in range(1100):
            yield b"a" * 1024

    streamed = live.client.post(
        "/api/v1/checks",
        content=chunks(),
        headers={"content-type": "application/json", "Accept-Language": "fr"},
    )
    assert streamed.status_code == 413
    assert _error(streamed) == {
        "code": "too-large", "message": "La requête dépasse 1024 Ko.", "field": None
    }  # fmt: skip

    long = live.client.post("/api/v1/checks", json={"text": "word " * 50_000})
    assert long.status_code == 422
    assert _error(long) == {
        "code": "too-large",
        "message": "The email is 250000 characters long: tactful checks emails of up to "
        "200000 characters (a follow-up should stay under 150 words).",
        "field": "text",
    }


def test_a_region_alone_is_checked_against_the_applications_country(live: Live) -> None:
    app_id = live.add_application(country="FR")
    refused = live.client.patch(
        f"/api/v1/applications/{app_id}",
        json={"company": "Changed", "subdivision": "ZZ"},
        headers={"Accept-Language": "fr"},
    )
    assert refused.status_code == 422
    assert _error(refused) == {
        "code": "unknown-region",
        "message": "ZZ n’est pas une région de FR : choisissez-en une dans la liste.",
        "field": "subdivision",
    }
    assert live.client.get(f"/api/v1/applications/{app_id}").json()["company"] == "Acme"
    moved = live.client.patch(f"/api/v1/applications/{app_id}", json={"subdivision": "zone a"})
    assert moved.status_code == 200
    assert moved.json()["subdivision"] == "Zone A"
    assert moved.json()["country"] == "FR"


def test_a_405_names_every_method_the_path_takes(live: Live) -> None:
    expected = {
        "/api/v1/applications": "GET, HEAD, POST",
        "/api/v1/applications/1": "DELETE, GET, HEAD, PATCH",
        "/api/v1/rounds/1/skip": "POST",
        "/api/v1/due": "GET, HEAD",
        "/applications": "GET, HEAD, POST",
    }
    for path, allow in expected.items():
        refused = live.client.put(path, json={})
        assert refused.status_code == 405, path
        assert refused.headers.get_list("allow") == [allow], path


def test_a_round_cannot_move_after_what_is_recorded_for_it(live: Live) -> None:
    """Moving a round later than its follow-up or reply would leave them before their
    interview, which recording them refuses: the move is refused too, on `at`, and nothing
    changes."""
    round_id = live.add_round(live.add_application())  # Wed 25 Nov 10:00; now is 17:00
    sent = live.client.post(
        f"/api/v1/rounds/{round_id}/sent", json={"kind": "thank-you", "at": "2026-11-25 12:00"}
    )
    assert sent.status_code == 201
    moved = live.client.patch(f"/api/v1/rounds/{round_id}", json={"at": "2026-11-25 14:00"})
    assert moved.status_code == 422
    assert _error(moved)["code"] == "after-its-records"
    assert _error(moved)["field"] == "at"
    assert "Wed 25 Nov, 12:00 CET" in _error(moved)["message"]
    kept = live.client.get(f"/api/v1/rounds/{round_id}").json()
    assert kept["starts_at"] == "2026-11-25T10:00:00+01:00"
    earlier = live.client.patch(f"/api/v1/rounds/{round_id}", json={"at": "2026-11-25 09:00"})
    assert earlier.status_code == 200


def test_an_unknown_jurisdiction_is_refused_in_the_readers_language(live: Live) -> None:
    """A jurisdiction that names no country ("NY" for New York) is refused by the studio, not
    taken in place of the ad's own (which silenced its laws), and worded in French."""
    unknown = live.client.post(
        "/api/v1/ads/analysis",
        json={"text": "We are hiring a nurse in Denver.", "jurisdictions": ["NY"]},
        headers={"Accept-Language": "fr"},
    )
    assert unknown.status_code == 422, unknown.text
    assert _error(unknown)["code"] == "unknown-jurisdiction"
    assert _error(unknown)["message"] == (
        "« NY » n’est pas une juridiction que tactful connaît : utilisez un code ISO 3166 comme "
        "FR, DE, US-CO, US-NY ou EU."
    )


def test_a_control_character_is_refused_in_the_readers_language(live: Live) -> None:
    """PostgreSQL cannot store NUL: it was a database error (500) there, stored on SQLite."""
    refused = live.client.post(
        "/api/v1/applications",
        json={"company": "Acme\u0000", "role": "Dev"},
        headers={"Accept-Language": "fr"},
    )
    assert refused.status_code == 422, refused.text
    error = _error(refused)
    assert (error["code"], error["field"]) == ("control-character", "company")
    assert error["message"].startswith(
        "Ce texte contient un caractère de contrôle (U+0000, caractère 5)"
    )
    assert live.client.get("/api/v1/applications").json()["applications"] == []
