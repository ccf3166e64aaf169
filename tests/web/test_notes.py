"""One thank-you note per interviewer in the pages and the API: each person's note is sent,
skipped and undone on its own (as `tactful sent|skip|unsend|unskip ID thank-you --to` does),
the round's thank-you is done once every note is, and the pages say whose note it was, in
English and in French. A second reply to a round is a clear message, never a 500."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import httpx

from .conftest import Live

TWO = ["Ada Lovelace <ada@acme.example>", "Grace Hopper <grace@acme.example>"]


def _two(live: Live) -> int:
    return live.add_round(live.add_application(), interviewers=TWO)


def _notes(live: Live, round_id: int) -> tuple[str, list[tuple[str, str]]]:
    """The round's thank-you state and each person's, as the API gives them."""
    plan = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]
    thank_you = next(s for s in plan["steps"] if s["kind"] == "thank-you")
    return thank_you["state"], [(n["name"], n["state"]) for n in plan["thank_you_notes"]]


def _text(html: str) -> str:
    """The page's words, without tags, as a reader sees them."""
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


def _follow(live: Live, path: str, data: dict[str, str]) -> httpx.Response:
    """Submit a form and follow its redirect, as a browser does."""
    return live.submit(path, data, follow_redirects=True)


def test_the_round_page_sends_skips_and_undoes_each_persons_note(live: Live) -> None:
    round_id = _two(live)
    page = live.client.get(f"/rounds/{round_id}").text
    assert "Waiting for Ada Lovelace and Grace Hopper." in _text(page)
    for who in ("ada@acme.example", "grace@acme.example"):
        assert f'name="to" value="{who}"' in page
        assert f'href="/rounds/{round_id}/draft/thank-you?to={quote(who)}"' in page

    sent = _follow(live, f"/rounds/{round_id}/mark-sent/thank-you", {"to": "ada@acme.example"})
    assert sent.status_code == 200, sent.text  # followed to the round page
    assert str(sent.url).endswith(f"/rounds/{round_id}?done=note-sent&who=ada%40acme.example")
    words = _text(sent.text)
    assert "Your thank-you to Ada Lovelace is recorded as sent." in words
    assert "Sent to Ada Lovelace, waiting for Grace Hopper." in words
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "sent"), ("Grace Hopper", "due")])

    again = _follow(live, f"/rounds/{round_id}/mark-sent/thank-you", {"to": "Ada Lovelace"})
    assert again.status_code == 409
    assert "The thank-you to Ada Lovelace is already recorded as sent" in unescape(again.text)
    assert "--to" not in again.text

    skipped = _follow(live, f"/rounds/{round_id}/skip/thank-you", {"to": "grace@acme.example"})
    assert skipped.status_code == 200
    assert "No thank-you note for Grace Hopper: skipped." in _text(skipped.text)
    assert _notes(live, round_id) == (
        "sent",
        [("Ada Lovelace", "sent"), ("Grace Hopper", "skipped")],
    )
    # Each recorded note has its own undo; the round-wide one would undo the other's too.
    assert f'action="/rounds/{round_id}/unsend/thank-you"' in skipped.text
    assert skipped.text.count(f'action="/rounds/{round_id}/unsend/thank-you"') == 1

    undone = _follow(live, f"/rounds/{round_id}/unsend/thank-you", {"to": "ada@acme.example"})
    assert undone.status_code == 200
    assert "The thank-you to Ada Lovelace is no longer recorded as sent." in _text(undone.text)
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "due"), ("Grace Hopper", "skipped")])
    nothing = _follow(live, f"/rounds/{round_id}/unsend/thank-you", {"to": "ada@acme.example"})
    assert nothing.status_code == 409
    assert "No thank-you to Ada Lovelace is recorded as sent: nothing to undo." in unescape(
        nothing.text
    )
    back = _follow(live, f"/rounds/{round_id}/unskip/thank-you", {"to": "grace@acme.example"})
    assert "Grace Hopper gets a thank-you note again." in _text(back.text)
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "due"), ("Grace Hopper", "due")])

    nobody = _follow(live, f"/rounds/{round_id}/mark-sent/thank-you", {"to": "Alan Turing"})
    assert nobody.status_code == 422
    assert "Traceback" not in nobody.text
    assert _notes(live, round_id)[0] == "due"


def test_the_draft_editor_goes_on_to_the_next_persons_note(live: Live) -> None:
    round_id = _two(live)
    editor = f"/rounds/{round_id}/draft/thank-you"
    first = live.client.get(editor).text
    assert 'name="to" value="ada@acme.example"' in first
    assert "Skip this person" in first
    body = re.search(r'<textarea id="f-body"[^>]*>(.*?)</textarea>', first, re.S)
    assert body
    sent = live.submit(
        f"{editor}/sent",
        {"subject": "Thank you", "body": unescape(body.group(1)), "confirm": "on",
         "to": "ada@acme.example", "to_name": "Ada Lovelace", "to_email": "ada@acme.example"},
        follow_redirects=False,
    )  # fmt: skip
    assert sent.status_code == 303, sent.text
    assert sent.headers["location"].startswith(f"{editor}?lang=en&done=note-sent")
    grace = live.client.get(sent.headers["location"]).text
    assert "Your thank-you to Ada Lovelace is recorded as sent." in _text(grace)
    assert 'name="to_email" value="grace@acme.example"' in grace
    assert 'class="error-summary"' not in grace
    # Ada's editor says her note is sent and offers its undo, not a second "Mark as sent".
    ada = live.client.get(editor, params={"to": "ada@acme.example"}).text
    assert "Your thank-you to Ada Lovelace is recorded as sent (" in _text(ada)
    assert "Not sent after all? Undo" in ada
    assert f'formaction="{editor}/sent"' not in ada
    # A second click on Ada's "Mark as sent" (another tab) is news, not an error.
    twice = live.submit(
        f"{editor}/sent", {"subject": "x", "body": "y", "to": "ada@acme.example"},
        follow_redirects=False,
    )  # fmt: skip
    assert twice.status_code == 303
    assert "done=note-already-sent" in twice.headers["location"]
    said = live.client.get(twice.headers["location"]).text
    assert "Your thank-you to Ada Lovelace was already recorded as sent." in _text(said)

    skip = live.submit(
        f"/rounds/{round_id}/skip/thank-you",
        {"to": "grace@acme.example", "next": "draft", "lang": "en"},
        follow_redirects=False,
    )
    assert skip.status_code == 303
    # Every note is now sent or skipped: back to the round, which says whose note it was.
    assert skip.headers["location"] == (
        f"/rounds/{round_id}?done=note-skipped&who=grace%40acme.example"
    )
    assert _notes(live, round_id)[0] == "sent"


def test_today_marks_each_persons_note_and_undoes_it(live: Live) -> None:
    round_id = _two(live)
    today = live.client.get("/").text
    assert "Mark as sent to Ada Lovelace" in today
    assert "Mark as sent to Grace Hopper" in today
    assert "Waiting for Ada Lovelace and Grace Hopper." in _text(today)
    done = live.submit(
        f"/rounds/{round_id}/mark-sent/thank-you",
        {"to": "grace@acme.example", "next": "today"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    page = live.client.get(done.headers["location"]).text
    words = _text(page)
    assert "Thank-you to Grace Hopper at Acme recorded as sent." in words
    assert "Sent to Grace Hopper, waiting for Ada Lovelace." in words
    assert "Mark as sent to Grace Hopper" not in page
    undo = re.search(r'<div class="flash" role="status">.*?</div>', page, re.S)
    assert undo
    assert 'name="to" value="grace@acme.example"' in undo.group(0)
    live.submit(
        f"/rounds/{round_id}/unsend/thank-you", {"to": "grace@acme.example", "next": "today"}
    )
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "due"), ("Grace Hopper", "due")])


def test_the_notes_in_french(live: Live) -> None:
    round_id = _two(live)
    live.submit("/language", {"lang": "fr", "next": "/"})
    live.submit(f"/rounds/{round_id}/mark-sent/thank-you", {"to": "ada@acme.example"})
    page = live.client.get(f"/rounds/{round_id}", params={"done": "note-sent", "who": "Ada"})
    words = _text(page.text)
    assert "Votre remerciement à Ada Lovelace est enregistré comme envoyé." in words
    assert "Envoyé à Ada Lovelace, en attente pour Grace Hopper." in words
    assert "Ignorer cette personne" in page.text
    again = live.submit(f"/rounds/{round_id}/mark-sent/thank-you", {"to": "ada@acme.example"})
    assert again.status_code == 409
    assert "Ada Lovelace" in unescape(again.text)
    assert "already" not in again.text
    today = _text(live.client.get("/").text)
    assert "Marquer comme envoyé à Grace Hopper" in today


def test_the_api_takes_one_persons_note(live: Live) -> None:
    round_id = _two(live)
    url = f"/api/v1/rounds/{round_id}"
    sent = live.client.post(f"{url}/sent", json={"kind": "thank-you", "to": "Ada"})
    assert sent.status_code == 201, sent.text
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "sent"), ("Grace Hopper", "due")])
    twice = live.client.post(f"{url}/sent", json={"kind": "thank-you", "to": "Ada"})
    assert twice.status_code == 409
    error = twice.json()["error"]
    assert (error["code"], error["field"]) == ("already-recorded", "to")
    assert "Ada Lovelace" in error["message"]
    assert "--" not in error["message"]
    early = live.client.post(
        f"{url}/sent", json={"kind": "thank-you", "to": "Grace", "at": "2026-11-24 10:00"}
    )
    assert early.status_code == 422
    assert (early.json()["error"]["code"], early.json()["error"]["field"]) == (
        "sent-before-interview",
        "at",
    )
    assert "Wed 25 Nov, 10:00 CET" in early.json()["error"]["message"]
    nobody = live.client.post(f"{url}/sent", json={"kind": "thank-you", "to": "Alan"})
    assert nobody.status_code == 422
    assert nobody.json()["error"]["field"] == "to"
    skip = live.client.post(f"{url}/skip", json={"kind": "thank-you", "to": "grace@acme.example"})
    assert skip.status_code == 204
    assert _notes(live, round_id)[0] == "sent"
    gone = live.client.delete(f"{url}/sent/thank-you", params={"to": "Ada"})
    assert gone.status_code == 204, gone.text
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "due"), ("Grace Hopper", "skipped")])
    none = live.client.delete(f"{url}/sent/thank-you", params={"to": "Ada"})
    assert none.status_code == 409
    assert none.json()["error"]["field"] == "to"
    back = live.client.delete(f"{url}/skip/thank-you", params={"to": "grace@acme.example"})
    assert back.status_code == 204
    assert _notes(live, round_id) == ("due", [("Ada Lovelace", "due"), ("Grace Hopper", "due")])


def test_a_second_reply_is_a_message_on_the_round_not_a_500(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    stale = live.client.get(f"/rounds/{round_id}").text
    assert 'name="outcome"' in stale
    first = _follow(live, f"/rounds/{round_id}/reply", {"outcome": "next-round"})
    assert first.status_code == 200
    # The same form, sent again from the page drawn before the first reply.
    second = live.submit(f"/rounds/{round_id}/reply", {"outcome": "offer"})
    assert second.status_code == 422
    words = _text(second.text)
    assert "Their reply is already recorded (" in words
    assert "a round has one reply" in words
    assert re.search(r'<p class="error-summary" role="alert">', second.text)
    plan = live.client.get(f"/api/v1/rounds/{round_id}").json()
    assert [r["outcome"] for r in plan["replies"]] == ["next-round"]
    live.submit("/language", {"lang": "fr", "next": "/"})
    french = live.submit(f"/rounds/{round_id}/reply", {"outcome": "offer"})
    assert french.status_code == 422
    assert "Their reply" not in french.text
    early = live.submit(
        f"/rounds/{live.add_round(live.add_application())}/reply",
        {"outcome": "offer", "at": "2026-11-24 09:00"},
    )
    assert early.status_code == 422
    assert 'class="field invalid"' in early.text
