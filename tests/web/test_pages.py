"""The pages through HTTP, as a browser without JavaScript uses them: plain forms and links."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit

from .conftest import CLI, Live


def _main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def test_add_an_application_with_messages_next_to_the_fields(live: Live) -> None:
    form = live.client.get("/applications/new")
    assert form.status_code == 200
    assert '<label for="f-company">' in form.text

    refused = live.submit(
        "/applications",
        {"company": "", "role": "Data Engineer", "closing_date": "31/12/2026", "country": "ZZ"},
    )
    assert refused.status_code == 422
    page = refused.text
    # Each message sits in its field's block, tied to the input by aria-describedby.
    for name, words in (
        ("company", "required"),
        ("closing_date", "is not a date"),
        ("country", "is not a country whose public holidays tactful knows"),
    ):
        block = re.search(
            rf'<div class="field invalid">\s*<label for="f-{name}">.*?</div>', page, re.S
        )
        assert block, name
        assert f'aria-describedby="e-{name}"' in block.group() or "e-" + name in block.group()
        assert words in block.group()
    assert 'value="Data Engineer"' in page, "what was typed is kept"

    done = live.submit(
        "/applications",
        {"company": "Acme", "role": "Data Engineer", "closing_date": "2026-11-20", "country": "FR"},
    )
    assert done.status_code == 303
    assert done.headers["location"] == "/applications/1?done=added"
    shown = live.client.get(done.headers["location"])
    assert "Acme — Data Engineer" in shown.text
    assert "Fri 20 Nov" in shown.text


def test_a_round_shows_on_today_then_the_draft_is_sent_and_the_plan_moves_on(live: Live) -> None:
    app_id = live.add_application()
    added = live.submit(
        f"/applications/{app_id}/rounds",
        {
            "at": "2026-11-25T10:00",
            "duration_minutes": "45",
            "interviewers": "Ada Lovelace <ada@acme.example>",
            "detail": "the streaming pipeline demo",
            "selling_point": "five years of Kafka in production",
        },
    )
    assert added.status_code == 303, added.text
    round_url = added.headers["location"].split("?")[0]

    today = _main(live.client.get("/").text)
    assert "To send now: 1" in today
    assert f'href="{round_url}/draft/thank-you"' in today
    assert "Coming next" in today
    assert "Status inquiry" in today

    editor = live.client.get(f"{round_url}/draft/thank-you")
    assert editor.status_code == 200
    body = re.search(r'<textarea id="f-body"[^>]*>(.*?)</textarea>', editor.text, re.S)
    assert body
    assert "streaming pipeline demo" in body.group(1)

    # No JavaScript: the Check button posts the whole form and the page comes back checked.
    pushy = "Hello Ada,\n\nI need an answer by Friday.\n\nBest,\nSam"
    checked = live.submit(
        f"{round_url}/draft/thank-you/check",
        {"subject": "Thanks", "body": pushy, "to_name": "Ada", "to_email": "ada@acme.example"},
    )
    assert checked.status_code == 200
    assert "Revise before sending" in checked.text
    assert re.search(
        r'<mark class="sev-error"[^>]*>I need an answer by Friday</mark>', checked.text
    )

    # With htmx: only the check fragment comes back.
    token = live.token()
    fragment = live.client.post(
        f"{round_url}/draft/thank-you/check",
        data={"subject": "Thanks", "body": pushy},
        headers={"HX-Request": "true", "X-CSRF-Token": token},
    )
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    assert ">I need an answer by Friday</mark>" in fragment.text

    status, headers = live.submit_raw(
        f"{round_url}/draft/thank-you/mailto",
        {"subject": "Thank you", "body": "Line 1\nLine 2", "to_email": "ada@acme.example"},
    )
    assert status == 303
    link = urlsplit(headers["location"])
    assert (link.scheme, link.path) == ("mailto", "ada@acme.example")
    assert parse_qs(link.query)["body"] == ["Line 1\r\nLine 2"]

    eml = live.submit(
        f"{round_url}/draft/thank-you/eml",
        {
            "subject": "Thank you",
            "body": "Hello Ada",
            "to_name": "Ada Lovelace",
            "to_email": "ada@acme.example",
        },
    )
    assert eml.headers["content-type"].startswith("message/rfc822")
    assert "attachment" in eml.headers["content-disposition"]
    message = message_from_bytes(eml.content, policy=default)
    assert message["To"] == "Ada Lovelace <ada@acme.example>"
    assert message.get_content().strip() == "Hello Ada"

    # The check still finds errors in this short note: marking it sent asks once more.
    asked = live.submit(
        f"{round_url}/draft/thank-you/sent", {"subject": "Thank you", "body": "Hello Ada"}
    )
    assert asked.status_code == 409
    assert "Mark as sent anyway" in asked.text
    assert 'name="confirm" value="on"' in asked.text
    assert "Thank-you note recorded as sent" not in live.client.get(round_url).text
    sent = live.submit(
        f"{round_url}/draft/thank-you/sent",
        {"subject": "Thank you", "body": "Hello Ada", "confirm": "on"},
    )
    assert sent.status_code == 303
    assert sent.headers["location"] == f"{round_url}?done=sent-thank-you"
    after = _main(live.client.get(sent.headers["location"]).text)
    assert "Thank-you note recorded as sent" in after
    assert re.search(r"Thank-you note</h3><span class=\"badge st-sent\">", after)
    assert re.search(r"Status inquiry</h3><span class=\"badge st-upcoming\">", after)
    assert "Nothing to send now." in live.client.get("/").text

    early = live.submit(
        f"{round_url}/draft/status-inquiry/sent",
        {"subject": "Update?", "body": "Hello", "confirm": "on"},
    )
    assert early.status_code == 409
    assert "window opens on" in early.text
    assert 'name="anyway"' in early.text


def test_applications_filter_by_state_and_delete_with_confirmation(live: Live) -> None:
    busy = live.add_application(company="Busy Corp")
    live.add_round(busy)
    live.add_application(company="Quiet Ltd")
    all_apps = live.client.get("/applications").text
    assert "Busy Corp" in all_apps
    assert "Quiet Ltd" in all_apps
    active = live.client.get("/applications?state=active").text
    assert "Busy Corp" in active
    assert "Quiet Ltd" not in active
    new = live.client.get("/applications?state=new").text
    assert "Quiet Ltd" in new
    assert "Busy Corp" not in new

    confirm = live.client.get(f"/applications/{busy}/delete")
    assert "Delete Busy Corp — Data Engineer?" in confirm.text
    assert live.client.get(f"/applications/{busy}").status_code == 200, "asking deletes nothing"
    gone = live.submit(f"/applications/{busy}/delete", {})
    assert gone.status_code == 303
    assert live.client.get(f"/applications/{busy}").status_code == 404


def test_edit_a_round_and_record_a_reply(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    form = live.client.get(f"/rounds/{round_id}/edit").text
    assert 'value="2026-11-25T10:00"' in form
    bad = live.submit(
        f"/rounds/{round_id}/edit",
        {"at": "2026-11-25T10:00", "decision_date": "2026-12-01", "timeline": "two weeks"},
    )
    assert bad.status_code == 422
    assert "not both" in bad.text
    ok = live.submit(
        f"/rounds/{round_id}/edit",
        {
            "at": "2026-11-25T10:00",
            "decision_date": "2026-12-01",
            "many_candidates": "on",
            "interviewers": "Ada Lovelace <ada@acme.example>\nGrace Hopper <grace@acme.example>",
        },
    )
    assert ok.status_code == 303
    page = live.client.get(f"/rounds/{round_id}").text
    assert "Grace Hopper &lt;grace@acme.example&gt;" in page
    assert "Tue 1 Dec" in page

    reply = live.submit(f"/rounds/{round_id}/reply", {"outcome": "offer", "note": "Yes!"})
    assert reply.status_code == 303
    page = live.client.get(reply.headers["location"]).text
    assert "An offer" in page
    assert "rs-closed" in page


def test_timeline_draws_every_open_round(live: Live) -> None:
    app_id = live.add_application(company="Acme", closing_date="2026-11-20")
    first = live.add_round(app_id)
    other = live.add_round(live.add_application(company="Globex"), at="2026-11-18 14:00")
    page = live.client.get("/timeline").text
    rows = re.findall(r'<a class="tl-row[^"]*" href="(/rounds/\d+)" aria-label="([^"]*)"', page)
    assert {href for href, _ in rows} == {f"/rounds/{first}", f"/rounds/{other}"}
    label = dict(rows)[f"/rounds/{first}"]
    assert label == (
        "Acme — Data Engineer, round 1: Interview on Wed 25 Nov, 10:00 CET; "
        "Thank-you note, due now: Wed 25 Nov, 11:00 CET to Thu 26 Nov, 11:00 CET; "
        "Status inquiry, upcoming: Wed 2 Dec to Mon 7 Dec; Posting closes on Fri 20 Nov"
    )
    assert 'class="tl-now"' in page
    assert 'class="tl-closing"' in page
    assert 'class="tl-window st-due"' in page
    assert 'role="img"' not in page, "no link inside an image"


def test_the_calendar_feed(live: Live) -> None:
    live.add_round(live.add_application())
    feed = live.client.get("/calendar.ics")
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    assert feed.text.count("BEGIN:VEVENT") == 2


def test_french_from_the_browser_or_the_switch(live: Live) -> None:
    french = live.client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert '<html lang="fr">' in french.text
    assert "Aujourd’hui" in french.text
    english = live.client.get("/", headers={"Accept-Language": "de, en;q=0.5"})
    assert '<html lang="en">' in english.text

    switched = live.submit("/language", {"lang": "fr", "next": "/applications"})
    assert switched.status_code == 303
    assert switched.headers["location"] == "/applications"
    page = live.client.get("/applications", headers={"Accept-Language": "en"})
    assert "Ajouter une candidature" in page.text, "the choice outlasts Accept-Language"
    redirect = live.submit("/language", {"lang": "en", "next": "//evil.example/"})
    assert redirect.headers["location"] == "/"


def test_unknown_things_are_404_pages(live: Live) -> None:
    page = live.client.get("/rounds/99")
    assert page.status_code == 404
    assert "There is no interview round 99" in unquote(page.text)
    assert live.client.get("/rounds/1/draft/thanks").status_code == 404


def test_what_the_command_line_writes_shows_at_once(live: Live, cli: CLI) -> None:
    assert "Globex" not in live.client.get("/applications").text
    assert cli("application", "add", "--company", "Globex", "--role", "Analyst").code == 0
    assert "Globex — Analyst" in live.client.get("/applications").text
    assert cli("interview", "add", "1", "--at", "2026-11-25 09:00").code == 0
    assert "To send now: 1" in live.client.get("/").text


def test_a_date_out_of_range_is_refused_in_french_next_to_its_field(live: Live) -> None:
    french = {"Accept-Language": "fr"}
    live.client.headers.update(french)
    refused = live.submit(
        "/applications", {"company": "Acme", "role": "Data Engineer", "closing_date": "1800-01-01"}
    )
    assert refused.status_code == 422
    block = re.search(
        r'<div class="field invalid">\s*<label for="f-closing_date">.*?</div>', refused.text, re.S
    )
    assert block
    assert "1800-01-01 est hors limites" in block.group()
    assert "out of range" not in refused.text
    assert 'value="Acme"' in refused.text, "what was typed is kept"


def test_moving_a_round_after_its_reply_is_refused_on_the_form(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    reply = live.client.post(
        f"/api/v1/rounds/{round_id}/replies", json={"outcome": "other", "at": "2026-11-25 15:00"}
    )
    assert reply.status_code == 201
    live.client.headers["Accept-Language"] = "fr"
    refused = live.submit(
        f"/rounds/{round_id}/edit",
        {"at": "2026-11-25T16:00", "duration_minutes": "60", "detail": "Kept as typed"},
    )
    assert refused.status_code == 422
    block = re.search(
        r'<div class="field invalid">\s*<label for="f-at">.*?</div>', refused.text, re.S
    )
    assert block
    assert "Une relance ou une réponse est enregistrée pour cet entretien" in block.group()
    assert "Kept as typed" in refused.text
