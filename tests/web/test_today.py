"""Today you can act on: each card marks as sent, skips, leads to the reply and the next round,
with an undo; the two steps of one round share one card; each reader gets their own token."""

from __future__ import annotations

import re

from .conftest import Live


def _cards(html: str) -> list[str]:
    return re.findall(
        r'<li class="card due-card[^"]*" data-round="\d+">.*?</li>\s*(?=<li class="card|</ol>)',
        html,
        re.S,
    )


def test_mark_as_sent_from_today_then_undo(live: Live) -> None:
    round_id = live.add_round(live.add_application(company="Acme"))
    today = live.client.get("/").text
    (card,) = _cards(today)
    assert f'action="/rounds/{round_id}/mark-sent/thank-you"' in card
    assert f'href="/rounds/{round_id}#reply-title"' in card
    assert 'href="/applications/1/rounds/new"' in card
    assert "skip/thank-you" not in card, "the thank-you is essential: no skip"

    done = live.submit(f"/rounds/{round_id}/mark-sent/thank-you", {"next": "today"})
    assert done.status_code == 303
    assert done.headers["location"] == f"/?done=sent&round={round_id}&kind=thank-you"
    after = live.client.get(done.headers["location"]).text
    assert "Thank-you note to Acme recorded as sent." in after
    assert f'action="/rounds/{round_id}/unsend/thank-you"' in after
    assert "Nothing to send now." in after
    steps = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]["steps"]
    assert steps[0]["state"] == "sent"

    undone = live.submit(f"/rounds/{round_id}/unsend/thank-you", {"next": "today"})
    assert undone.headers["location"].startswith("/?done=unsent")
    assert "Undone." in live.client.get(undone.headers["location"]).text
    assert len(_cards(live.client.get("/").text)) == 1


def test_both_steps_of_one_round_share_one_card_and_skip_has_an_undo(live: Live) -> None:
    # An interview long ago: the thank-you is late and the status inquiry due, one card.
    round_id = live.add_round(live.add_application(company="Initech"), at="2026-11-02 10:00")
    (card,) = _cards(live.client.get("/").text)
    assert card.count('class="due-step"') == 2
    assert f'action="/rounds/{round_id}/skip/status-inquiry"' in card
    assert "To send now: 1" in live.client.get("/").text

    skipped = live.submit(f"/rounds/{round_id}/skip/status-inquiry", {"next": "today"})
    page = live.client.get(skipped.headers["location"]).text
    assert "Status inquiry to Initech skipped." in page
    assert f'action="/rounds/{round_id}/unskip/status-inquiry"' in page
    (card,) = _cards(page)
    assert card.count('class="due-step"') == 1


def test_each_reader_gets_their_own_token_in_the_shared_list(live: Live) -> None:
    import httpx

    live.add_round(live.add_application())
    mine = re.findall(r'name="csrf_token" value="([^"]+)"', live.client.get("/").text)
    with httpx.Client(base_url=live.url) as other:
        theirs = re.findall(r'name="csrf_token" value="([^"]+)"', other.get("/").text)
    assert len(set(mine)) == 1
    assert len(set(theirs)) == 1
    assert mine[0] != theirs[0]
    assert "\x00" not in live.client.get("/").text
