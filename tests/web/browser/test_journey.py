"""End to end in Debian's Chromium: the follow-up journey, the studio, the timeline, French,
XSS payloads in every field, and keyboard use."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from ..conftest import Live
from .conftest import shot

pytestmark = pytest.mark.browser

PUSHY = "I need an answer by Friday."


def test_the_follow_up_journey(page: Page, live: Live) -> None:
    page.goto(live.url + "/")
    shot(page, "01-today-empty")
    page.get_by_role("link", name="Add an application").first.click()
    page.get_by_label("Job title").fill("Data Engineer")
    page.get_by_label("Closing date").fill("2026-11-20")
    page.get_by_role("button", name="Save").click()
    company = page.get_by_label("Company")
    assert company.get_attribute("aria-invalid") == "true"
    assert company.get_attribute("aria-describedby") == "e-company"
    assert page.locator("#e-company").inner_text() == "required"
    shot(page, "02-application-form-errors")
    page.get_by_label("Company").fill("Acme")
    page.get_by_label("Job title").fill("Data Engineer")
    page.get_by_label("Closing date").fill("2026-11-20")
    page.get_by_label("Country (holidays)").fill("FR")
    page.get_by_label("Recruiter").fill("Grace Hopper <grace@acme.example>")
    shot(page, "02-application-form")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/applications/\d+\?done=added"))
    assert page.get_by_role("heading", level=1).inner_text() == "Acme — Data Engineer"

    page.get_by_role("link", name="Add an interview round").click()
    page.get_by_label("Interview starts").fill("2026-11-25T10:00")
    page.get_by_label("Interviewers").fill("Ada Lovelace <ada@acme.example>")
    page.get_by_label("A moment of the interview to mention").fill("the streaming pipeline demo")
    page.get_by_label("Your key selling point").fill("five years of Kafka in production")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/rounds/\d+\?done=added"))
    round_url = page.url.split("?")[0]
    shot(page, "03-round")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    card = page.locator(".due-card")
    assert card.count() == 1
    assert "Thank-you note" in card.inner_text()
    shot(page, "04-today-due")
    card.get_by_role("link", name="Write the thank-you note").click()
    page.wait_for_url(round_url + "/draft/thank-you")
    body = page.get_by_label("Message")
    assert "streaming pipeline demo" in body.input_value()
    page.wait_for_selector("#check .verdict")
    shot(page, "05-draft")

    # Type a pushy sentence: the check comes back while typing, with the exact words marked.
    url_before = page.url
    body.press("Control+End")
    body.press_sequentially("\n" + PUSHY, delay=5)
    mark = page.locator('#check mark[data-rules~="pressure"]')
    mark.first.wait_for()
    assert mark.first.inner_text() == "I need an answer by Friday"
    assert page.url == url_before, "checked in place, without leaving the page"
    assert "Revise before sending" in page.locator("#check .verdict").inner_text()
    shot(page, "06-draft-flagged")

    # Take it out again, then mark the note as sent.
    body.fill(body.input_value().replace(PUSHY, ""))
    expect(mark).to_have_count(0)
    page.get_by_role("button", name="Mark as sent").click()
    page.wait_for_url(round_url + "?done=sent-thank-you")
    assert "Thank-you note recorded as sent" in page.locator(".flash").inner_text()
    steps = page.locator(".step")
    assert "sent" in steps.nth(0).locator(".badge").inner_text()
    assert "upcoming" in steps.nth(1).locator(".badge").inner_text()
    shot(page, "07-round-after-sent")

    page.goto(live.url + "/")
    assert "Nothing to send now." in page.locator("main").inner_text()
    assert "Status inquiry" in page.locator("#next-title + ul").inner_text()


def test_the_studio_marks_a_gender_coded_word_live(page: Page, live: Live) -> None:
    page.goto(live.url + "/studio")
    ad = page.get_by_label("The ad", exact=True)
    ad.fill("Data Analyst\n\nWe want a competitive analyst to join our team in Denver.")
    mark = page.locator('#analysis mark[data-rules~="gender-coded"]', has_text="competitive")
    mark.wait_for()
    assert mark.inner_text() == "competitive"
    assert re.fullmatch(r"\d+/100", page.locator("#analysis .score").inner_text())
    shot(page, "08-studio")

    page.get_by_label("Job title", exact=True).fill("Data Analyst")
    page.get_by_label("Company", exact=True).fill("Northwind")
    page.get_by_label("Summary").fill("You will turn clinic data into decisions.")
    page.get_by_label("What you will do").fill("Build dashboards.\nAnswer questions with data.")
    page.get_by_label("Must have").fill("Two years of SQL.")
    page.get_by_label("City").fill("Denver")
    page.get_by_label("Region", exact=True).fill("CO")
    page.get_by_label("Country", exact=True).fill("US")
    page.get_by_label("Pay from").fill("70000")
    page.get_by_label("Pay to").fill("85000")
    page.get_by_label("Currency").fill("USD")
    page.get_by_label("Apply at (address)").fill("https://northwind.example/jobs/1")
    page.get_by_label("Closing date").fill("2027-01-15")
    page.get_by_label("Hiring steps").fill("A 30-minute call.\nA paid two-hour exercise.")
    page.get_by_role("button", name="Write the ad").click()
    generated = page.locator('[data-generated="jsonld"]')
    generated.wait_for()
    assert '"@type": "JobPosting"' in generated.inner_text()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the JSON-LD").click()
    assert download.value.suggested_filename == "job-posting.jsonld"
    shot(page, "09-studio-generated")


def test_the_timeline_renders_and_links_to_rounds(page: Page, live: Live) -> None:
    first = live.add_round(live.add_application(company="Acme", closing_date="2026-11-20"))
    live.add_round(live.add_application(company="Globex"), at="2026-11-12 14:00")
    live.add_round(
        live.add_application(company="Initech"), at="2026-12-02 09:00", many_candidates=True
    )
    page.goto(live.url + "/timeline")
    svg = page.locator("svg.timeline")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box
    assert box["width"] > 400
    assert box["height"] > 100
    assert page.locator("svg.timeline a.row").count() == 3
    assert page.locator("svg.timeline line.today").count() == 1
    shot(page, "10-timeline")
    page.locator(f'svg.timeline a[href="/rounds/{first}"]').click()
    page.wait_for_url(re.compile(rf"/rounds/{first}$"))


def test_the_french_ui(browser: Browser, live: Live) -> None:
    live.add_round(live.add_application())
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(live.url + "/")
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.get_by_role("heading", level=1).inner_text() == "Aujourd’hui"
        page.get_by_role("link", name="Rédiger le remerciement").click()
        page.locator("#check .verdict").wait_for()
        assert page.get_by_role("button", name="Marquer comme envoyé").is_visible()
        shot(page, "11-fr-draft-phone")
        page.goto(live.url + "/applications")
        shot(page, "12-fr-applications-phone")
        page.get_by_role("button", name="English").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Applications"
    finally:
        context.close()


XSS = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def test_xss_payloads_in_every_field_stay_text(page: Page, live: Live) -> None:
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
    assert "cannot read the timeline" in error.inner_text()
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
    shot(page, "13-xss-draft")
    page.goto(round_url)
    page.get_by_role("textbox", name="Note").fill(XSS)
    page.get_by_role("button", name="Record the reply").click()
    page.wait_for_url(round_url + "?done=reply")
    assert XSS in page.locator(".history").last.inner_text()
    assert page.evaluate("window.__xss") is None


def test_keyboard_only(page: Page, live: Live) -> None:
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
