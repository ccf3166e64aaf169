"""Proposals from the mailbox on Today, with Apply / Dismiss, and the same through the API.
The proposals are stored as `tactful inbox` stores them (tests/mailbox_io reads real mail)."""

from __future__ import annotations

from datetime import datetime

from tactful.core import Tactful
from tactful.mailbox.account import build_account, save_account
from tactful.mailbox.proposals import Proposal, save

from .conftest import Live


def propose(live: Live, round_id: int, key: str, subject: str, confident: bool = True) -> int:
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
