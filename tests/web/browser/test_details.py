"""More in Chromium: the studio's live score, XSS payloads in every field, keyboard use, the
docs on a phone, and the timeline's links."""

from __future__ import annotations

import re
from typing import Any

import pytest

from ..conftest import Live
from .conftest import audit, chromium_missing, shot

pytestmark = pytest.mark.browser


def test_a_missing_chromium_is_one_line_saying_how_to_get_it() -> None:
    why = chromium_missing("/nowhere/chromium")
    assert why is not None
    assert "\n" not in why
    assert "make system-deps" in why
    assert chromium_missing("/bin/sh") is None


def test_the_studio_marks_a_gender_coded_word_live(page: Any, live: Live, axe: str) -> None:
    page.goto(live.url + "/studio")
    ad = page.get_by_label("The ad", exact=True)
    ad.fill("Data Analyst\n\nWe want a competitive analyst to join our team in Denver.")
    mark = page.locator('#analysis mark[data-rules~="gender-coded"]', has_text="competitive")
    mark.wait_for()
    assert mark.inner_text() == "competitive"
    assert re.fullmatch(r"\d+/100", page.locator("#analysis .score").inner_text())
    assert re.fullmatch(r"Score: \d+ out of 100\.", page.locator("#score-news").inner_text())
    audit(page, axe, "studio-analysed")
    shot(page, "20-studio-live")


def test_the_timeline_rows_are_links_to_their_rounds(page: Any, live: Live) -> None:
    first = live.add_round(live.add_application(company="Acme", closing_date="2026-11-20"))
    live.add_round(live.add_application(company="Globex"), at="2026-11-12 14:00")
    page.goto(live.url + "/timeline")
    rows = page.locator("a.tl-row")
    assert rows.count() == 2
    page.get_by_role(
        "link", name=re.compile(r"^Acme — Data Engineer, round 1: Interview on")
    ).click()
    page.wait_for_url(re.compile(rf"/rounds/{first}$"))


XSS = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def test_xss_payloads_in_every_field_stay_text(page: Any, live: Live) -> None:
    page.goto(live.url + "/applications/new")
    for label in ("Company", "Job title", "Notes", "Requirements of the posting"):
        page.get_by_label(label).fill(XSS)
    page.get_by_label("Job posting address").fill("https://example.com/?" + XSS)
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/applications/\d+"))
    app_url = page.url.split("?")[0]
    page.get_by_role("link", name="Add an interview round").click()
    page.get_by_label("Interview starts").fill("2026-11-25T10:00")
    page.get_by_label("Interviewers").fill('Eve" onmouseover="window.__xss=3 <eve@example.com>')
    for label in (
        "A moment of the interview to mention",
        "Your key selling point",
        "Something you forgot to say",
        "What they said about timing",
    ):
        page.get_by_label(label).fill(XSS)
    page.get_by_role("button", name="Save").click()
    # The payload cannot be read as a timeline: the message next to the field quotes it, as text.
    error = page.locator("#e-timeline")
    assert "Cannot read the timeline" in error.inner_text()
    assert XSS in error.inner_text()
    assert page.evaluate("window.__xss") is None
    page.get_by_label("What they said about timing").fill("two weeks")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/rounds/\d+"))
    round_url = page.url.split("?")[0]

    visited = [app_url, round_url, live.url + "/", live.url + "/timeline"]
    visited += [live.url + "/applications", round_url + "/edit", app_url + "/edit"]
    visited.append(round_url + "/draft/thank-you")
    for url in visited:
        page.goto(url)
        page.mouse.move(5, 5)
        assert page.evaluate("window.__xss") is None, url
    assert XSS in page.get_by_label("Message").input_value()
    page.get_by_label("Subject").fill(XSS)
    page.locator("#check .verdict").wait_for()
    page.goto(live.url + "/studio")
    page.get_by_label("The ad", exact=True).fill(XSS + " competitive")
    page.locator('#analysis mark[data-rules~="gender-coded"]').first.wait_for()
    assert page.evaluate("window.__xss") is None
    page.goto(live.url + "/settings")
    page.get_by_label("Your name").fill(XSS)
    page.get_by_role("button", name="Save").first.click()
    page.goto(round_url + "/draft/thank-you")
    assert page.evaluate("window.__xss") is None
    shot(page, "21-xss-draft")
    page.goto(round_url)
    page.get_by_label("Their answer").select_option("other")
    page.get_by_role("textbox", name="Note").fill(XSS)
    page.get_by_role("button", name="Record the reply").click()
    page.wait_for_url(round_url + "?done=reply")
    assert XSS in page.locator(".history").last.inner_text()
    assert page.evaluate("window.__xss") is None


def test_keyboard_only(page: Any, live: Live) -> None:
    live.add_round(live.add_application())
    page.goto(live.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to the content"
    page.keyboard.press("Enter")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Write the thank-you note":
            break
    else:
        pytest.fail("the draft link cannot be reached with the keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/draft/thank-you$"))
    labels = page.evaluate(
        "[...document.querySelectorAll('input:not([type=hidden]), textarea, select')]"
        ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
        ".map(e => e.name)"
    )
    assert labels == [], f"fields without a label: {labels}"
