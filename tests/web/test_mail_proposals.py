"""Proposals from the mailbox on Today, with Apply / Dismiss, and the same through the API.
The proposals are stored as `tactful inbox` stores them (tests/mailbox_io reads real mail)."""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from typing import Any

import pytest

from tactful.core import Tactful
from tactful.mailbox.account import build_account, save_account
from tactful.mailbox.proposals import Proposal, save

from .conftest import CLI_WORDS, Live


def propose(
    live: Live,
    round_id: int,
    key: str,
    subject: str,
    confident: bool = True,
    **fields: Any,
) -> int:
    api = Tactful.open(live.home)
    try:
        save_account(live.home, build_account("sam@example.org", provider="ovh"))
        proposal = Proposal(
            folder="INBOX", message_key=key, received_at=datetime.fromisoformat(
                "2026-11-27T10:00:00+01:00"), action="reply", interview_id=round_id,
            sender="Ada Lovelace <ada@acme.example>", subject=subject, mail_kind="rejection",
            confidence=0.9, confident=confident, details={"outcome": "rejection"},
            account="sam@example.org",
        )  # fmt: skip
        for name, value in fields.items():
            setattr(proposal, name, value)
        found = save(api, proposal).id
        assert found is not None
        return found
    finally:
        api.close()


def test_today_shows_proposals_with_apply_and_dismiss(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    assert "From your mailbox" not in live.client.get("/").text
    first = propose(live, round_id, "<a@acme>", "Your application")
    second = propose(live, round_id, "<b@acme>", "Another answer", confident=False)
    page = live.client.get("/").text
    assert "From your mailbox" in page
    assert "Your application" in page
    assert "not sure: check it" in page
    assert f'action="/mail/proposals/{first}/apply"' in page
    dismissed = live.submit(f"/mail/proposals/{second}/dismiss", {}, follow_redirects=False)
    assert dismissed.status_code == 303
    applied = live.submit(f"/mail/proposals/{first}/apply", {}, follow_redirects=False)
    assert applied.status_code == 303
    assert applied.headers["location"] == "/?done=proposal-applied"
    page = live.client.get(applied.headers["location"]).text
    assert "the proposal from your mailbox is applied" in page
    assert "From your mailbox" not in page
    plan = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]
    assert plan["state"] == "closed"


def test_the_api_lists_applies_and_dismisses(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    first = propose(live, round_id, "<a@acme>", "Your application")
    listed = live.client.get("/api/v1/mail/proposals").json()["proposals"]
    assert [p["id"] for p in listed] == [first]
    assert listed[0]["action"] == "reply"
    done = live.client.post(f"/api/v1/mail/proposals/{first}/apply", json={})
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "applied"
    again = live.client.post(f"/api/v1/mail/proposals/{first}/apply", json={})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "not-pending"
    assert "already applied" in again.text
    assert live.client.get("/api/v1/mail/proposals").json()["proposals"] == []


def _proposals(html: str) -> str:
    """The words of Today's proposals section, as a reader sees them."""
    found = re.search(r'<section class="proposals".*?</section>', html, re.S)
    assert found, "no proposals on Today"
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", found.group(0))).split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_proposals_are_worded_for_people_not_for_the_command_line(live: Live, lang: str) -> None:
    round_id = live.add_round(live.add_application())
    propose(live, round_id, "<a@acme>", "Your application")
    propose(
        live, round_id, "<b@acme>", "Next step", action="next-round", mail_kind="invitation",
        details={"outcome": "next-round", "next_round_at": "2026-12-02T14:00:00+01:00"},
    )  # fmt: skip
    propose(
        live, round_id, "<c@acme>", "Thank you", action="sent", mail_kind="sent",
        details={"kind": "thank-you", "to": {"name": "Ada Lovelace", "email": "ada@acme.example"}},
    )  # fmt: skip
    page = live.client.get("/", headers={"Accept-Language": lang}).text
    words = _proposals(page)
    assert not CLI_WORDS.search(words), words
    assert "--" not in words
    assert "tactful" not in words.casefold()
    if lang == "en":
        assert (
            "Apply records their reply (a rejection) for Acme — Data Engineer, round 1: "
            "what was still to send is cancelled." in words
        )
        assert "and adds the next round on Wed 2 Dec, 14:00 CET." in words
        assert "Apply records the thank-you note you sent to Ada Lovelace" in words
        assert "From Ada Lovelace <ada@acme.example>" in words
    else:
        assert "Acme — Data Engineer, entretien n°1" in words
        assert "2 déc., 14:00 CET" in words
        assert "Apply" not in words
        assert "Appliquer" in words
        assert "Depuis votre boîte mail" in page


def test_a_refused_apply_is_a_message_on_today_not_an_error(live: Live) -> None:
    round_id = live.add_round(live.add_application())
    first = propose(live, round_id, "<a@acme>", "Your application")
    second = propose(live, round_id, "<b@acme>", "Another answer")
    assert live.submit(f"/mail/proposals/{first}/apply", {}).status_code == 303
    # The round has its reply now: the second proposal's reply would be a second one.
    refused = live.submit(f"/mail/proposals/{second}/apply", {}, follow_redirects=True)
    assert refused.status_code == 200
    assert str(refused.url).endswith("/?done=proposal-refused&why=already-answered")
    assert "A reply is already recorded for that round: dismiss the proposal." in unescape(
        refused.text
    )
    replies = live.client.get(f"/api/v1/rounds/{round_id}").json()["replies"]
    assert len(replies) == 1
    stale = live.submit(f"/mail/proposals/{first}/dismiss", {}, follow_redirects=True)
    assert stale.status_code == 200
    assert "That proposal was already applied or dismissed." in unescape(stale.text)
    live.submit("/language", {"lang": "fr", "next": "/"})
    french = live.client.get("/", params={"done": "proposal-refused", "why": "not-pending"})
    assert "Cette proposition a déjà été appliquée ou écartée." in unescape(french.text)
    assert "That proposal" not in french.text
    assert live.submit("/mail/proposals/999/apply", {}).status_code == 404
