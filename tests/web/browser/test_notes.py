"""In Chromium, in English and in French: each interviewer's thank-you note marked sent,
written and skipped on its own from the round page and the draft editor, a second reply sent
from a stale page answered with a message, and the mailbox's proposals on Today in words; axe
audits every page and each step leaves a screenshot."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest
from playwright.sync_api import expect

from tactful.core import Tactful
from tactful.mailbox.account import build_account, save_account
from tactful.mailbox.proposals import Proposal, save
from tactful.web.i18n import translator

from ..conftest import CLI_WORDS, Live
from .conftest import SIZES, audit, shot, watch

pytestmark = pytest.mark.browser

TWO = ["Ada Lovelace <ada@acme.example>", "Grace Hopper <grace@acme.example>"]


def _propose(live: Live, round_id: int) -> None:
    """A reply found in the mailbox, stored as `tactful inbox` stores it."""
    api = Tactful.open(live.home)
    try:
        save_account(live.home, build_account("sam@example.org", provider="ovh"))
        save(api, Proposal(
            folder="INBOX", message_key="<a@acme>", received_at=datetime.fromisoformat(
                "2026-11-25T16:00:00+01:00"), action="reply", interview_id=round_id,
            sender="Ada Lovelace <ada@acme.example>", subject="Your application",
            mail_kind="rejection", confidence=0.9, confident=True,
            details={"outcome": "rejection"}, account="sam@example.org",
        ))  # fmt: skip
    finally:
        api.close()


def _notes(live: Live, round_id: int) -> list[tuple[str, str]]:
    plan = live.client.get(f"/api/v1/plan/{round_id}").json()["interviews"][0]
    return [(n["name"], n["state"]) for n in plan["thank_you_notes"]]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_persons_note_in_the_browser(
    browser: Any, live: Live, axe: str, lang: str, size: str
) -> None:
    t = translator(lang)
    width, height = SIZES[size]
    context = browser.new_context(
        locale="fr-FR" if lang == "fr" else "en-GB", viewport={"width": width, "height": height}
    )
    page = context.new_page()
    problems = watch(page)
    tag = f"{lang}-{size}"
    try:
        round_id = live.add_round(live.add_application(), interviewers=TWO)
        _walk(page, live, axe, t, tag, round_id)
    finally:
        context.close()
    assert not problems, problems


def _walk(page: Any, live: Live, axe: str, t: Any, tag: str, round_id: int) -> None:
    page.goto(f"{live.url}/rounds/{round_id}")
    notes = page.get_by_role("list", name=t("notes.label"))
    expect(notes.get_by_role("listitem")).to_have_count(2)
    audit(page, axe, f"{tag}-notes-round")
    shot(page, f"{tag}-40-notes-round")
    wide = page.evaluate("() => document.documentElement.scrollWidth")
    assert wide <= page.evaluate("() => document.documentElement.clientWidth") + 1

    # Ada's note only: Grace's is still to send, and the page says whose note it was.
    notes.get_by_role("button", name=f"{t('today.mark_sent')} · Ada Lovelace").click()
    flash = page.locator("p.flash[role=status]")
    expect(flash).to_have_text(t("done.note-sent", name="Ada Lovelace"))
    assert _notes(live, round_id) == [("Ada Lovelace", "sent"), ("Grace Hopper", "due")]
    expect(page.locator("p.notes-summary").first).to_contain_text("Grace Hopper")
    audit(page, axe, f"{tag}-notes-one-sent")
    shot(page, f"{tag}-41-notes-one-sent")

    # Grace's note in the editor, skipped from there: every note is done, back to the round.
    notes.get_by_role("link", name=f"{t('notes.write')} · Grace Hopper").click()
    page.wait_for_url(re.compile(r"/draft/thank-you\?to="))
    expect(page.locator("input[name=to_email]")).to_have_value("grace@acme.example")
    audit(page, axe, f"{tag}-notes-editor")
    shot(page, f"{tag}-42-notes-editor")
    page.get_by_role("button", name=t("draft.skip_person")).click()
    page.wait_for_url(re.compile(rf"/rounds/{round_id}\?done=note-skipped"))
    expect(page.locator("p.flash[role=status]")).to_have_text(
        t("done.note-skipped", name="Grace Hopper")
    )
    assert _notes(live, round_id) == [("Ada Lovelace", "sent"), ("Grace Hopper", "skipped")]

    # Grace after all: her note alone is planned again.
    notes.get_by_role("button", name=f"{t('notes.undo.skipped')} · Grace Hopper").click()
    expect(page.locator("p.flash[role=status]")).to_have_text(
        t("done.note-unskipped", name="Grace Hopper")
    )
    assert _notes(live, round_id) == [("Ada Lovelace", "sent"), ("Grace Hopper", "due")]

    # A proposal from the mailbox on Today, in words (no command, no id).
    _propose(live, round_id)
    page.goto(live.url + "/")
    proposals = page.locator("section.proposals")
    expect(proposals).to_contain_text("Acme — Data Engineer")
    assert not CLI_WORDS.search(proposals.inner_text())
    audit(page, axe, f"{tag}-proposals")
    shot(page, f"{tag}-43-proposals")

    # A second reply from a page drawn before the first was recorded: a message, not a 500.
    page.goto(f"{live.url}/rounds/{round_id}")
    page.locator("select#f-outcome").select_option("offer")
    first = live.client.post(f"/api/v1/rounds/{round_id}/replies", json={"outcome": "next-round"})
    assert first.status_code == 201, first.text
    page.get_by_role("button", name=t("rounds.reply_save")).click()
    alert = page.locator("#reply-title ~ p.error-summary[role=alert]")
    expect(alert).to_be_visible()
    said = t("error.already-replied", when="§").split("§")
    assert alert.inner_text().startswith(said[0])
    assert alert.inner_text().endswith(said[1])
    assert [
        r["outcome"] for r in live.client.get(f"/api/v1/rounds/{round_id}").json()["replies"]
    ] == ["next-round"]
    audit(page, axe, f"{tag}-second-reply")
    shot(page, f"{tag}-44-second-reply")
