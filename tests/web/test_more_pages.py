"""Imports from files, the ad studio, settings and the AI connection test, through HTTP."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from .conftest import Live

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def _upload(live: Live, path: str, file: Path, **fields: str) -> Any:
    return live.client.post(
        path,
        data={"csrf_token": live.token(), **fields},
        files={"file": (file.name, file.read_bytes(), "application/octet-stream")},
    )


def test_an_invitation_creates_the_round_after_a_preview(live: Live) -> None:
    preview = _upload(live, "/applications/import-invite", DATA / "invites" / "google.ics")
    assert preview.status_code == 200, preview.text
    assert "a new round" in preview.text
    assert live.client.get("/api/v1/rounds").json() == {"interviews": []}, "nothing yet"
    payload = re.search(r'name="payload" value="([^"]+)"', preview.text)
    company = re.search(r'id="f-company_0"[^>]*value="([^"]*)"', preview.text)
    assert payload
    assert company

    empty = live.submit(
        "/applications/import-invite/confirm",
        {"payload": payload.group(1), "name": "google.ics", "company_0": "", "role_0": "Dev"},
    )
    assert empty.status_code == 422
    assert 'id="e-company_0"' in empty.text

    done = live.submit(
        "/applications/import-invite/confirm",
        {
            "payload": payload.group(1),
            "name": "google.ics",
            "company_0": "Initech",
            "role_0": "Platform Engineer",
        },
    )
    assert done.status_code == 303
    assert re.fullmatch(r"/rounds/\d+\?done=imported", done.headers["location"])
    listed = live.client.get("/api/v1/applications").json()["applications"]
    assert [(a["company"], a["role"]) for a in listed] == [("Initech", "Platform Engineer")]
    assert len(listed[0]["interviews"]) == 1


def test_an_application_id_of_digits_int_cannot_read_is_refused_not_a_500(live: Live) -> None:
    """ "²" passes str.isdigit() but not int(): the form's field is refused, not a crash."""
    preview = _upload(
        live, "/applications/import-invite", DATA / "invites" / "google.ics", application_id="²"
    )
    assert preview.status_code == 422, preview.text


def test_a_saved_posting_fills_in_the_form(live: Live) -> None:
    one = _upload(
        live, "/applications/import-posting", DATA / "postings" / "acme-data-engineer.html"
    )
    assert one.status_code == 200, one.text
    assert re.search(r'id="f-company"[^>]*value="[^"]+"', one.text)
    assert "acme-data-engineer.html" in one.text
    assert live.client.get("/api/v1/applications").json()["applications"] == []

    several = _upload(
        live, "/applications/import-posting", DATA / "postings" / "jobboard-several.html"
    )
    assert several.status_code == 200
    forms = re.findall(
        r'<form method="post" action="/applications/prefill".*?</form>', several.text, re.S
    )
    assert len(forms) >= 2
    fields = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', forms[1]))
    fields.pop("csrf_token")
    filled = live.submit("/applications/prefill", fields)
    assert filled.status_code == 200
    assert f'value="{fields["company"]}"' in filled.text

    none = _upload(live, "/applications/import-posting", DATA / "postings" / "no-posting.html")
    assert none.status_code == 422
    assert "no job posting" in none.text


def test_the_studio_scores_and_marks_an_ad_live(live: Live) -> None:
    page = live.client.get("/studio")
    assert page.status_code == 200
    text = (DATA / "ads" / "en-02-rockstar-ninja.md").read_text()
    fragment = live.client.post(
        "/studio/analyse",
        data={"text": text},
        headers={"HX-Request": "true", "X-CSRF-Token": live.token()},
    )
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    match = re.search(r'data-score="(\d+)"', fragment.text)
    assert match
    score = int(match.group(1))
    assert score == live.client.post("/api/v1/ads/analysis", json={"text": text}).json()["score"]
    marks = re.findall(
        r'<mark class="sev-\w+" data-rules="([^"]*)"[^>]*>([^<]*)</mark>', fragment.text
    )
    assert any("superhero-title" in rules and "ninja" in words.lower() for rules, words in marks)
    gains = [float(g) for g in re.findall(r'<span class="gain">\+([\d.]+)</span>', fragment.text)]
    assert gains
    assert gains == sorted(gains, reverse=True)
    assert gains[0] > 0

    uploaded = _upload(live, "/studio/upload", DATA / "ads" / "en-07-engineer-berlin-html.html")
    assert uploaded.status_code == 200
    assert "HTML</span>" in uploaded.text or ">HTML<" in uploaded.text


def _spec_form() -> dict[str, str]:
    spec = tomllib.loads((EXAMPLES / "ad-spec.toml").read_text())
    form: dict[str, str] = {}
    for key, value in spec.items():
        items = value.items() if isinstance(value, dict) else [("", value)]
        for sub, item in items:
            name = f"{key}.{sub}" if sub else key
            form[name] = "\n".join(item) if isinstance(item, list) else str(item)
    form.pop("date_posted")
    form.pop("identifier")
    form["closing_date"] = "2027-01-15"
    return form


def test_the_studio_writes_an_ad_and_its_json_ld(live: Live) -> None:
    form = _spec_form()
    written = live.submit("/studio/generate", form)
    assert written.status_code == 200, written.text
    assert 'data-generated="jsonld"' in written.text
    rendered = re.search(r'<article class="rendered-ad[^>]*>(.*?)</article>', written.text, re.S)
    assert rendered, "the ad is shown as a page, not only as Markdown"
    assert "<h2>Backend Engineer</h2>" in rendered.group(1)
    assert "<li>" in rendered.group(1)
    assert "## " not in rendered.group(1)
    assert re.search(r'data-generated-score="\d+">\d+/100<', written.text)

    bad = live.submit("/studio/generate", {**form, "pay.max": "10"})
    assert bad.status_code == 422
    block = re.search(
        r'<div class="field invalid">\s*<label for="f-pay-max">.*?</div>', bad.text, re.S
    )
    assert block
    assert "The top of the pay range is below its bottom." in block.group()
    assert 'value="10"' in block.group(), "what was typed is kept"

    # Every missing field at once, each next to its field, the rest of the input kept.
    empty = live.submit(
        "/studio/generate", {"summary": "Kept as typed.", "location.workplace": "on-site"}
    )
    assert empty.status_code == 422
    invalid = set(
        re.findall(r'<div class="field invalid">\s*<label for="f-([a-z-]+)">', empty.text)
    )
    assert invalid >= {
        "title", "company-name", "responsibilities", "requirements-must", "closing-date",
        "pay-min", "pay-max", "pay-currency", "process-steps", "location-city",
        "location-country", "apply-url",
    }  # fmt: skip
    assert "Kept as typed.</textarea>" in empty.text
    # The list above the form names each field, with a link to it.
    assert '<li><a href="#f-title">Job title</a>: Required.</li>' in empty.text
    assert '<a href="#f-pay-currency">Currency</a>: Required.' in empty.text
    assert re.search(r'<label for="f-title">Job title <span class="req">\(required\)', empty.text)

    jsonld = live.submit("/studio/download", {**form, "what": "jsonld"})
    assert jsonld.headers["content-disposition"] == 'attachment; filename="job-posting.jsonld"'
    posting = json.loads(jsonld.text)
    assert posting["@type"] == "JobPosting"
    assert posting["title"] == "Backend Engineer"
    markdown = live.submit("/studio/download", {**form, "what": "md"})
    assert markdown.text.startswith("#")
    assert "Backend Engineer" in markdown.text

    api = live.client.post(
        "/api/v1/ads/generation",
        json={
            **tomllib.loads((EXAMPLES / "ad-spec.toml").read_text()),
            "closing_date": "2027-01-15",
            "date_posted": "2026-11-25",
        },
    )
    assert api.status_code == 200, api.text
    assert api.json()["jsonld"] == posting | {"identifier": api.json()["jsonld"]["identifier"]}
    wrong = live.client.post("/api/v1/ads/generation", json={"title": "x"})
    assert wrong.status_code == 422


def test_settings_show_the_data_and_save_preferences(live: Live) -> None:
    page = live.client.get("/settings")
    assert str(live.home) in page.text
    assert "/calendar.ics" in page.text
    bad = live.submit("/settings", {"country": "ZZ", "timezone": "Nowhere/City", "me_email": "x"})
    assert bad.status_code == 422
    for name in ("country", "timezone", "me_email"):
        assert f'id="e-{name}"' in bad.text, name
    ok = live.submit(
        "/settings",
        {
            "country": "de",
            "subdivision": "BY",
            "lang": "fr",
            "me_name": "Sam Carter",
            "me_email": "sam@example.com",
        },
    )
    assert ok.status_code == 303
    config = json.loads((live.home / "config.json").read_text())
    assert config == {
        "country": "DE",
        "subdivision": "BY",
        "lang": "fr",
        "me.name": "Sam Carter",
        "me.email": "sam@example.com",
    }
    form = live.client.get("/applications/new").text
    assert re.search(r'<option value="DE" selected>Allemagne</option>', form), "a choice, in French"
    assert re.search(r'<option value="BY" selected>BY — Bayern</option>', form)


def test_the_ai_connection_test(live: Live, monkeypatch: pytest.MonkeyPatch) -> None:
    from ai_server import ScriptedChatServer, use_memory_keyring

    monkeypatch.setenv("TACTFUL_AI_API_KEY", "")  # no key, and no look-up in a real keyring
    headers = {"HX-Request": "true", "X-CSRF-Token": live.token()}
    not_set = live.client.post("/settings/ai-test", headers=headers)
    assert 'data-ai-test="failed"' in not_set.text
    with use_memory_keyring(), ScriptedChatServer(["OK"]) as server:
        live.submit("/settings", {"ai_base_url": server.base_url, "ai_model": "tiny"})
        tested = live.client.post("/settings/ai-test", headers=headers)
    assert 'data-ai-test="ok"' in tested.text, tested.text
    assert "“OK”" in tested.text
    assert server.requests[0].body["model"] == "tiny"
    with ScriptedChatServer([]) as down:
        url = down.base_url
    live.submit("/settings", {"ai_base_url": url, "ai_model": "tiny"})
    failed = live.client.post("/settings/ai-test", headers=headers)
    assert 'data-ai-test="failed"' in failed.text


AI_NOTE = (
    "Subject: Thank you for today\n\nHello Ada,\n\nThank you for your time today and for "
    "walking me through the streaming pipeline demo. I am excited about the Data Engineer role, "
    "and my five years of Kafka in production would help your team from the first week.\n\n"
    "Thank you again, and I look forward to hearing from you.\n\nBest regards,\nSam"
)


def test_the_ai_can_write_the_draft(live: Live, monkeypatch: pytest.MonkeyPatch) -> None:
    from ai_server import ScriptedChatServer, closed_port_url, use_memory_keyring

    monkeypatch.setenv("TACTFUL_AI_API_KEY", "")
    round_id = live.add_round(live.add_application())
    plain = live.client.get(f"/rounds/{round_id}/draft/thank-you").text
    assert "Let the AI write it" not in plain, "no endpoint configured: no button"
    with use_memory_keyring(), ScriptedChatServer([AI_NOTE]) as server:
        # Signed with the user's name: a name the model made up in place of "[your name]"
        # would be an invented fact, asked again.
        settings = {"ai_base_url": server.base_url, "ai_model": "tiny", "me_name": "Sam"}
        live.submit("/settings", settings)
        page = live.client.get(f"/rounds/{round_id}/draft/thank-you?ai=1").text
    assert "walking me through the streaming pipeline demo" in page
    assert "Written by the AI, then checked" in page
    live.submit("/settings", {"ai_base_url": closed_port_url(), "ai_model": "tiny"})
    down = live.client.get(f"/rounds/{round_id}/draft/thank-you?ai=1").text
    assert "The AI could not write it" in down
    assert "streaming pipeline demo" in down, "the built-in draft instead"


def test_an_invitation_adds_a_round_to_a_chosen_application(live: Live) -> None:
    app_id = live.add_application(company="Umbrella")
    page = live.client.get(f"/applications/{app_id}").text
    assert f'name="application_id" value="{app_id}"' in page
    preview = _upload(
        live,
        "/applications/import-invite",
        DATA / "invites" / "zoom.ics",
        application_id=str(app_id),
    )
    assert preview.status_code == 200
    assert "New application" not in preview.text, "no guess: it goes to the chosen application"
    payload = re.search(r'name="payload" value="([^"]+)"', preview.text)
    assert payload
    done = live.submit(
        "/applications/import-invite/confirm",
        {"payload": payload.group(1), "name": "zoom.ics", "application_id": str(app_id)},
    )
    assert done.status_code == 303
    rounds = live.client.get(f"/api/v1/rounds?application={app_id}").json()["interviews"]
    assert len(rounds) == 1
    assert rounds[0]["ical_uid"]


def test_an_invitation_keeps_its_time_zone(live: Live) -> None:
    """14:00 in Paris stays 14:00 Europe/Paris, though this computer's zone is New York."""
    assert live.submit("/settings", {"timezone": "America/New_York"}).status_code == 303
    preview = _upload(live, "/applications/import-invite", DATA / "invites" / "google.ics")
    assert "Wed 25 Nov, 14:00 CET" in preview.text
    payload = re.search(r'name="payload" value="([^"]+)"', preview.text)
    assert payload
    done = live.submit(
        "/applications/import-invite/confirm",
        {
            "payload": payload.group(1),
            "name": "google.ics",
            "company_0": "Initech",
            "role_0": "Dev",
        },
    )
    round_url = done.headers["location"].split("?")[0]
    shown = live.client.get("/api/v1" + round_url).json()
    assert (shown["starts_at"], shown["timezone"]) == ("2026-11-25T14:00:00+01:00", "Europe/Paris")
    page = live.client.get(round_url).text
    assert "Interview on Wed 25 Nov, 14:00 CET" in page


def _send(live: Live, path: str, name: str, data: bytes) -> Any:
    return live.client.post(
        path, data={"csrf_token": live.token()}, files={"file": (name, data, "text/plain")}
    )


def test_a_file_that_cannot_be_read_is_refused_in_the_readers_language(live: Live) -> None:
    """Invitations and posting pages that cannot be read, and what a posting's reading warns
    about, are worded in French on a French page, without the command line's advice."""
    from .conftest import CLI_WORDS

    live.client.headers["Accept-Language"] = "fr"
    invite = "/applications/import-invite"
    refusals = {
        (invite, "vide.ics", b""): "vide.ics est vide : exportez de nouveau l’invitation",
        (invite, "note.ics", b"garbage"): "note.ics n’est pas une invitation : un fichier .ics",
        (invite, "latin.ics", b"\xff\xfe\x00"): "latin.ics n’est pas du texte UTF-8 (ligne 1)",
        (invite, "todo.ics", b"BEGIN:VCALENDAR\nEND:VCALENDAR\n"): "todo.ics ne contient aucun",
        ("/applications/import-posting", "vide.html", b"<html></html>"): (
            "vide.html ne contient aucune offre d’emploi lisible par tactful"
        ),
    }
    for (path, name, data), words in refusals.items():
        refused = _send(live, path, name, data)
        assert refused.status_code == 422, name
        assert words in refused.text, refused.text

    posting = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Dev",
            "hiringOrganization": {"name": "Zed"},
            "validThrough": "soon",
            "jobLocation": [{"address": {"addressCountry": "XX"}}],
        }
    )
    page = f'<script type="application/ld+json">{posting}</script>'.encode()
    filled = _send(live, "/applications/import-posting", "zed.html", page)
    assert filled.status_code == 200
    note = re.search(r'<div class="note" role="note">.*?</div>', filled.text, re.S)
    assert note
    assert "« soon » (validThrough) n’est pas une date : ignorée." in note.group()
    assert "pays de l’offre « XX » : votre pays par défaut est utilisé" in note.group()
    assert not CLI_WORDS.search(note.group()), note.group()

    live.client.headers["Accept-Language"] = "en"
    english = _send(live, invite, "vide.ics", b"")
    assert "vide.ics is empty: export the invitation again as an .ics file." in english.text


def test_an_ad_closing_before_its_posting_date_is_refused_for_that_reason(live: Live) -> None:
    spec = tomllib.loads((EXAMPLES / "ad-spec.toml").read_text())
    refused = live.client.post(
        "/api/v1/ads/generation",
        json={**spec, "date_posted": "2027-03-02", "closing_date": "2027-02-15"},
    )
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert (error["code"], error["field"]) == ("closing-past", "closing_date")
    assert error["message"] == (
        "The closing date Mon 15 Feb 2027 comes before the posting date Tue 2 Mar 2027: "
        "choose a later date."
    )
    past = live.client.post(
        "/api/v1/ads/generation", json={**spec, "date_posted": None, "closing_date": "2026-11-01"}
    )
    assert past.json()["error"]["message"].endswith("has passed: choose a later date.")


def test_a_past_closing_date_in_the_studio_form_is_a_date_in_words(live: Live) -> None:
    live.client.headers["Accept-Language"] = "fr"
    past = live.submit("/studio/generate", {**_spec_form(), "closing_date": "2026-11-01"})
    assert past.status_code == 422
    block = re.search(
        r'<div class="field invalid">\s*<label for="f-closing-date">.*?</div>', past.text, re.S
    )
    assert block
    assert "La date de clôture dim. 1 nov. est passée" in block.group()


def test_settings_refused_write_nothing_and_say_why_in_french(live: Live) -> None:
    """An AI address with a password in it is refused next to its field before any setting is
    written; a region its country does not have is said once, in French."""
    live.client.headers["Accept-Language"] = "fr"
    secret = live.submit(
        "/settings",
        {
            "me_name": "Sam Carter",
            "ai_base_url": "http://user:secret@llm.example/v1",
            "ai_model": "llama3.1",
        },
    )
    assert secret.status_code == 422
    assert 'id="e-ai_base_url"' in secret.text
    assert "Cette adresse contient un nom d’utilisateur ou un mot de passe" in secret.text
    assert 'value="Sam Carter"' in secret.text, "what was typed is kept"
    config = live.home / "config.json"
    assert not config.exists() or "me.name" not in json.loads(config.read_text())

    region = live.submit("/settings", {"country": "FR", "subdivision": "ZZ"})
    assert region.status_code == 422
    assert "ZZ n’est pas une région de FR" in region.text
    assert "unknown subdivision" not in region.text
    assert 'id="e-country"' not in region.text
    bad_url = live.submit("/settings", {"ai_base_url": "ftp://llm.example"})
    assert "« ftp://llm.example » n’est pas une adresse http(s)" in bad_url.text


def test_an_invitations_guess_says_what_it_rests_on_in_the_readers_language(
    live: Live,
) -> None:
    live.client.headers["Accept-Language"] = "fr"
    preview = _upload(live, "/applications/import-invite", DATA / "invites" / "google.ics")
    assert preview.status_code == 200
    assert '<p class="hint">Deviné d’après le titre de l’invitation.</p>' in preview.text
    assert "the invitation's title" not in preview.text
    live.client.headers["Accept-Language"] = "en"
    english = _upload(live, "/applications/import-invite", DATA / "invites" / "google.ics")
    assert '<p class="hint">Guessed from the invitation’s title.</p>' in english.text
