"""The draft editor: never "ready" with [brackets] left, a second click to mark such a draft as
sent, one interviewer's note sent leaves no error on the other's, the application's language,
two copy buttons, and a live check that announces only what changed."""

from __future__ import annotations

import json
import re

from .conftest import Live


def _verdict(html: str) -> str:
    found = re.search(r'<p class="verdict v-(\w*)">', html)
    assert found
    return found.group(1)


def test_a_draft_with_brackets_left_asks_before_it_is_marked_sent(live: Live) -> None:
    round_id = live.add_round(live.add_application(), detail="", selling_point="")
    editor = live.client.get(f"/rounds/{round_id}/draft/thank-you").text
    body = re.search(r'<textarea id="f-body"[^>]*>(.*?)</textarea>', editor, re.S)
    assert body
    assert "[a moment from the interview]" in body.group(1)
    assert "No problem found." not in editor
    assert "Fill in the [brackets] before sending" in editor

    text = body.group(1).replace("&#39;", "'")
    asked = live.submit(
        f"/rounds/{round_id}/draft/thank-you/sent", {"subject": "Thank you", "body": text}
    )
    assert asked.status_code == 409
    assert "[a moment from the interview] is still in the email." in asked.text
    assert "Mark as sent anyway" in asked.text
    assert live.client.get(f"/api/v1/rounds/{round_id}").json()["follow_ups"] == []
    sent = live.submit(
        f"/rounds/{round_id}/draft/thank-you/sent",
        {"subject": "Thank you", "body": text, "confirm": "on"},
    )
    assert sent.status_code == 303
    assert len(live.client.get(f"/api/v1/rounds/{round_id}").json()["follow_ups"]) == 1


def test_the_verdict_is_never_ready_while_brackets_remain(live: Live) -> None:
    """A [placeholder] left is an error of the checker, so the verdict says revise: in the
    checker itself, and on the draft page whose draft still holds one."""
    from tactful.checks import check_email

    probe = (
        "Subject: Thank you\n\nHello Ada,\n\nThank you for [a moment from the interview].\n\nSam"
    )
    report = check_email(probe, kind="thank-you", lang="en")
    assert report.verdict == "revise"
    [left] = [f for f in report.findings if f.rule == "placeholder"]
    assert left.severity == "error"
    assert probe[left.start : left.end] == "[a moment from the interview]"
    round_id = live.add_round(live.add_application(), detail="")
    editor = live.client.get(f"/rounds/{round_id}/draft/thank-you").text
    assert "[a moment from the interview]" in editor
    assert _verdict(editor) == "revise"
    assert "Ready to send" not in editor
    assert "No problem found." not in editor


def test_one_interviewers_note_sent_shows_no_error_on_the_others(live: Live) -> None:
    round_id = live.add_round(
        live.add_application(),
        interviewers=["Ada Lovelace <ada@acme.example>", "Grace Hopper <grace@acme.example>"],
    )
    editor = f"/rounds/{round_id}/draft/thank-you"
    sent = live.submit(f"{editor}/sent", {"subject": "Thank you", "body": "x", "confirm": "on"})
    assert sent.status_code == 303
    grace = live.client.get(editor, params={"n": 1})
    assert grace.status_code == 200
    assert 'class="error-summary"' not in grace.text
    assert "Already recorded as sent on Wed 25 Nov, 17:00 CET" in grace.text
    assert f'formaction="{editor}/sent"' not in grace.text
    again = live.submit(f"{editor}/sent", {"subject": "Thank you", "body": "y"})
    assert again.status_code == 303
    assert again.headers["location"] == f"/rounds/{round_id}?done=already-sent-thank-you"
    page = live.client.get(again.headers["location"]).text
    assert "already recorded as sent" in page
    assert 'class="error' not in page


def test_a_french_application_gets_french_drafts_in_the_english_ui(live: Live) -> None:
    app_id = live.add_application(role="Ingénieure données", language="fr")
    round_id = live.add_round(app_id)
    editor = live.client.get(f"/rounds/{round_id}/draft/thank-you").text
    assert '<html lang="en">' in editor
    assert re.search(r'<textarea id="f-body"[^>]*>\s*Bonjour', editor)
    assert "poste d&#39;Ingénieure données" in editor
    english = live.client.get(f"/rounds/{round_id}/draft/thank-you", params={"lang": "en"}).text
    assert re.search(r'<textarea id="f-body"[^>]*>\s*(Dear|Hello|Hi) Ada', english)
    form = live.client.get(f"/applications/{app_id}/edit").text
    assert '<option value="fr" selected>Français</option>' in form


def test_copy_offers_the_body_and_the_subject_apart(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    editor = live.client.get(f"/rounds/{round_id}/draft/thank-you").text
    assert 'data-copy="body"' in editor
    assert 'data-copy="subject"' in editor
    script = live.client.get("/static/tactful.js").text
    assert '"Subject: "' not in script, "no English subject line glued to the body"


def test_the_live_check_announces_only_what_changed(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    url = f"/rounds/{round_id}/draft/thank-you"
    editor = live.client.get(url).text
    assert 'id="check" class="check" aria-live' not in editor, "the whole report is not live"
    assert re.search(r'<p id="check-news" class="sr" role="status"></p>', editor)
    seen = re.search(r'id="check-seen" name="seen" value="([^"]*)"', editor)
    assert seen
    token = live.token()
    headers = {"HX-Request": "true", "X-CSRF-Token": token}
    body = re.search(r'<textarea id="f-body"[^>]*>(.*?)</textarea>', editor, re.S)
    assert body
    text = body.group(1).replace("&#39;", "'")
    first = live.client.post(
        url + "/check",
        data={"subject": "Thanks", "body": text, "seen": seen.group(1).replace("&#34;", '"')},
        headers=headers,
    )
    news = re.search(r'<p id="check-news"[^>]*hx-swap-oob="true">(.*?)</p>', first.text, re.S)
    assert news
    assert news.group(1).strip() == "", "nothing changed: nothing is announced"
    signature = re.search(r'id="check-seen" name="seen" value="([^"]*)"', first.text)
    assert signature
    pushy = text + "\n\nI need an answer by Friday."
    second = live.client.post(
        url + "/check",
        data={
            "subject": "Thanks",
            "body": pushy,
            "seen": signature.group(1).replace("&#34;", '"'),
            "seen_verdict": "ok",
        },
        headers=headers,
    )
    news = re.search(r'<p id="check-news"[^>]*hx-swap-oob="true">(.*?)</p>', second.text, re.S)
    assert news
    announced = news.group(1)
    assert announced.startswith("Revise before sending.")
    assert "1 new:" in announced
    assert "Subject" not in announced, "not the whole email"
    assert "Dear" not in announced
    assert json.loads(
        re.search(r'id="check-seen" name="seen" value="([^"]*)"', second.text)
        .group(1)  # type: ignore[union-attr]
        .replace("&#34;", '"')
    )


def test_the_checkers_findings_keep_their_own_language_for_dates(live: Live) -> None:
    """An English email checked under the French UI: the finding is the checker's English
    sentence, so its date is English too, not 'opens on mer. 2 déc.'."""
    round_id = live.add_round(live.add_application())
    live.client.headers["Accept-Language"] = "fr"
    editor = live.client.get(f"/rounds/{round_id}/draft/status-inquiry").text
    assert '<html lang="fr">' in editor
    assert "Too early: the window for the status email opens on Wed 2 Dec." in editor
    assert "opens on mer." not in editor
    assert "Wait until Wed 2 Dec to send it" in editor, "the suggestion's dates in words too"
