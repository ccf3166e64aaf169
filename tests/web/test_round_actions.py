"""Promises of the pages and the API not covered elsewhere, through HTTP: editing an application
in its form, the round's skip / unskip / unsend buttons, deleting a round after a confirmation,
one draft per interviewer, the studio's HTML download, and the API's unsend, ad analysis and
calendar feed, each compared with the command line."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import CLI, NOW, Live

ADS = Path(__file__).resolve().parent.parent / "data" / "ads"


def _main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def _badges(html: str) -> list[tuple[str, str]]:
    """(step, state) of each step of a round page's plan."""
    return re.findall(r'<h3>([^<]+)</h3><span class="badge st-([a-z]+)">', _main(html))


def test_edit_an_application_in_its_form(live: Live) -> None:
    app_id = live.add_application(contact="Grace Hopper <grace@acme.example>")
    form = live.client.get(f"/applications/{app_id}/edit").text
    assert re.search(r'id="f-company"[^>]*value="Acme"', form)
    assert re.search(r'id="f-contact"[^>]*value="Grace Hopper &lt;grace@acme.example&gt;"', form)

    refused = live.submit(
        f"/applications/{app_id}/edit",
        {"company": "Acme", "role": "", "country": "FR", "url": "ftp://acme.example"},
    )
    assert refused.status_code == 422
    for name, words in (("role", "required"), ("url", "https://")):
        block = re.search(
            rf'<div class="field invalid">\s*<label for="f-{name}">.*?</div>', refused.text, re.S
        )
        assert block, name
        assert words in block.group(), name
    assert live.client.get(f"/api/v1/applications/{app_id}").json()["role"] == "Data Engineer"

    fields = {"company": "Acme", "role": "Staff Engineer", "country": "FR"}
    saved = live.submit(f"/applications/{app_id}/edit", {**fields, "closing_date": "2026-12-01"})
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/applications/{app_id}?done=saved"
    shown = live.client.get(f"/api/v1/applications/{app_id}").json()
    assert (shown["role"], shown["closing_date"]) == ("Staff Engineer", "2026-12-01")
    assert shown["contact"] is None, "a field emptied in the form is emptied"
    page = live.client.get(saved.headers["location"]).text
    assert "Saved." in page
    assert "Tue 1 Dec" in page


def test_skip_unskip_and_unsend_from_the_round_page(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    url = f"/rounds/{round_id}"
    page = live.client.get(url).text
    assert _badges(page) == [("Thank-you note", "due"), ("Status inquiry", "upcoming")]
    assert f'action="{url}/skip/thank-you"' not in page, "only the status inquiry is optional"

    skipped = live.submit(f"{url}/skip/status-inquiry", {})
    assert skipped.headers["location"] == f"{url}?done=skipped"
    page = live.client.get(skipped.headers["location"]).text
    assert _badges(page)[1] == ("Status inquiry", "skipped")
    assert f'action="{url}/unskip/status-inquiry"' in page
    assert live.client.get("/api/v1/rounds/" + str(round_id)).json()["skipped"] == [
        "status-inquiry"
    ]

    planned = live.submit(f"{url}/unskip/status-inquiry", {})
    assert planned.headers["location"] == f"{url}?done=unskipped"
    assert _badges(live.client.get(url).text)[1] == ("Status inquiry", "upcoming")

    marked = live.submit(f"{url}/mark-sent/thank-you", {})
    assert marked.headers["location"] == f"{url}?done=sent"
    page = live.client.get(url).text
    assert _badges(page)[0] == ("Thank-you note", "sent")
    assert f'action="{url}/unsend/thank-you"' in page
    removed = live.submit(f"{url}/unsend/thank-you", {})
    assert removed.headers["location"] == f"{url}?done=unsent"
    assert _badges(live.client.get(url).text)[0] == ("Thank-you note", "due")

    again = live.submit(f"{url}/unsend/thank-you", {})
    assert again.status_code == 409, "nothing recorded: the rules refuse"
    assert "No Thank-you note is recorded as sent" in again.text or "nothing to undo" in again.text
    assert live.submit(f"{url}/skip/thanks", {}).status_code == 404


def test_delete_a_round_after_a_confirmation(live: Live) -> None:
    app_id = live.add_application()
    round_id = live.add_round(app_id)
    confirm = live.client.get(f"/rounds/{round_id}/delete")
    assert confirm.status_code == 200
    assert "Delete round 1 at Acme?" in confirm.text
    assert f'action="/rounds/{round_id}/delete"' in confirm.text
    assert live.client.get(f"/rounds/{round_id}").status_code == 200, "asking deletes nothing"

    gone = live.submit(f"/rounds/{round_id}/delete", {})
    assert gone.status_code == 303
    assert gone.headers["location"] == f"/applications/{app_id}?done=round-deleted"
    assert live.client.get(f"/rounds/{round_id}").status_code == 404
    assert live.client.get(f"/api/v1/applications/{app_id}").status_code == 200
    assert "Nothing to send now." in live.client.get("/").text


def test_one_thank_you_note_per_interviewer(live: Live) -> None:
    round_id = live.add_round(
        live.add_application(),
        interviewers=["Ada Lovelace <ada@acme.example>", "Grace Hopper <grace@acme.example>"],
    )
    editor = f"/rounds/{round_id}/draft/thank-you"
    first = live.client.get(editor).text
    assert f'href="{editor}?lang=en&amp;n=1"' in first
    assert 'name="to_email" value="ada@acme.example"' in first
    second = live.client.get(editor, params={"n": 1}).text
    assert 'name="to_email" value="grace@acme.example"' in second
    body = re.search(r'<textarea id="f-body"[^>]*>(.*?)</textarea>', second, re.S)
    assert body
    assert "Grace" in body.group(1)
    french = live.client.get(editor, params={"lang": "fr"}).text
    assert re.search(r'<textarea id="f-body"[^>]*>\s*Bonjour', french)


def test_the_studio_downloads_the_html_page(live: Live) -> None:
    from .test_more_pages import _spec_form

    page = live.submit("/studio/download", {**_spec_form(), "what": "html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-disposition"] == 'attachment; filename="job-ad.html"'
    assert "<h1>Backend Engineer" in page.text
    assert '<script type="application/ld+json">' in page.text
    assert live.submit("/studio/download", {**_spec_form(), "what": "pdf"}).status_code == 422


def test_the_api_unsends_and_answers_like_the_command_line(live: Live, cli: CLI) -> None:
    round_id = live.add_round(live.add_application())
    assert (
        live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "thank-you"}).status_code
        == 201
    )
    assert live.client.delete(f"/api/v1/rounds/{round_id}/sent/thank-you").status_code == 204
    steps = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]["steps"]
    assert steps[0]["state"] == "due"
    again = live.client.delete(f"/api/v1/rounds/{round_id}/sent/thank-you")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "nothing-sent"
    assert live.client.get("/api/v1/plan/999").status_code == 404

    feed = live.client.get("/calendar.ics").text
    exported = cli("--now", NOW, "calendar", "export")
    assert exported.code == 0, exported.err
    assert feed.replace("\r\n", "\n") == exported.out.replace("\r\n", "\n")

    ad = ADS / "en-02-rockstar-ninja.md"
    analysed = live.client.post(
        "/api/v1/ads/analysis", json={"text": ad.read_text(), "format": "markdown"}
    )
    assert analysed.status_code == 200
    checked = cli("--now", NOW, "ad", "check", str(ad), "--json")
    assert analysed.json() == checked.json()
    assert live.client.post("/api/v1/ads/analysis", json={"text": " "}).status_code == 422
