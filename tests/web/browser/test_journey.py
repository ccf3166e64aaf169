"""The whole journey in Debian's Chromium, as a person who never opens a terminal walks it: at
1366×900 and at 390×844, in English and in French, with axe-core auditing every page and a
screenshot of each step in test-artifacts/screenshots/."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest
from playwright.sync_api import expect

from tactful.web.i18n import translator

from ..conftest import Live
from .conftest import SIZES, audit, shot, watch

pytestmark = pytest.mark.browser

PUSHY = {"en": "I need an answer by Friday.", "fr": "J'ai besoin d'une réponse d'ici vendredi."}
ROLE = {"en": "Data Engineer", "fr": "Ingénieure données"}


def _step(page: Any, axe: str, name: str) -> None:
    """Audit the page as it is and keep its picture."""
    audit(page, axe, name)
    shot(page, name)


def _fits_the_screen(page: Any, where: str) -> None:
    wide = page.evaluate("() => document.documentElement.scrollWidth")
    seen = page.evaluate("() => document.documentElement.clientWidth")
    assert wide <= seen + 1, f"{where}: {wide} px wide on a {seen} px screen"


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_whole_journey(browser: Any, live: Live, axe: str, lang: str, size: str) -> None:
    t = translator(lang)
    width, height = SIZES[size]
    context = browser.new_context(
        locale="fr-FR" if lang == "fr" else "en-GB",
        viewport={"width": width, "height": height},
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    problems = watch(page)
    tag = f"{lang}-{size}"
    phone = size == "phone"
    try:
        live.add_round(live.add_application(company="Globex"), at="2026-11-20 09:00")
        _journey(page, live, axe, t, lang, tag, phone)
    finally:
        context.close()
    assert not problems, problems


def _journey(page: Any, live: Live, axe: str, t: Any, lang: str, tag: str, phone: bool) -> None:
    page.goto(live.url + "/")
    assert page.locator("html").get_attribute("lang") == lang
    _step(page, axe, f"{tag}-01-today")
    _fits_the_screen(page, "today")

    # A new application: every problem next to its field, then saved with friendly fix-ups.
    page.get_by_role("navigation", name=t("nav.label")).get_by_role(
        "link", name=t("nav.applications")
    ).click()
    page.get_by_role("link", name=t("applications.add")).first.click()
    page.get_by_label(t("field.role")).fill(ROLE[lang])
    page.get_by_role("button", name=t("form.save")).click()
    company = page.get_by_label(t("field.company"))
    expect(company).to_have_attribute("aria-invalid", "true")
    assert page.locator("#e-company").inner_text() == t("error.required")
    assert page.get_by_label(t("field.role")).input_value() == ROLE[lang], "input kept"
    _step(page, axe, f"{tag}-02-application-errors")
    company.fill("Stark Industries")
    page.get_by_label(t("field.closing_date")).fill("2026-11-20")
    page.get_by_label(t("field.country")).select_option("FR")
    page.get_by_label(t("field.language")).select_option(lang)
    page.get_by_label(t("field.contact")).fill("Pepper Potts, pepper@stark.example")
    page.get_by_label(t("field.url")).fill("stark.example/jobs")
    page.get_by_role("button", name=t("form.save")).click()
    page.wait_for_url(re.compile(r"/applications/\d+\?done=added"))
    facts = page.locator("dl.facts")
    assert "Pepper Potts <pepper@stark.example>" in facts.inner_text()
    assert facts.get_by_role("link", name="https://stark.example/jobs").count() == 1
    _step(page, axe, f"{tag}-03-application")

    # Its interview, with two interviewers.
    page.get_by_role("link", name=t("rounds.add")).click()
    page.get_by_label(t("field.at")).fill("2026-11-25T10:00")
    page.get_by_label(t("field.interviewers")).fill(
        "Ada Lovelace <ada@stark.example>\nGrace Hopper <grace@stark.example>"
    )
    page.get_by_label(t("field.detail")).fill("the streaming pipeline demo")
    page.get_by_label(t("field.selling_point")).fill("five years of Kafka in production")
    page.get_by_role("button", name=t("form.save")).click()
    page.wait_for_url(re.compile(r"/rounds/\d+\?done=added"))
    round_url = page.url.split("?")[0]
    _noted_fits(page, phone)
    _step(page, axe, f"{tag}-04-round")

    # Today: one card for the round, with what can be done right there.
    page.goto(live.url + "/")
    card = page.locator(".due-card", has_text="Stark Industries")
    expect(card).to_have_count(1)
    expect(card.get_by_role("button", name=re.compile(t("today.mark_sent")))).to_have_count(1)
    _step(page, axe, f"{tag}-05-today-due")
    card.get_by_role("link", name=t("today.write.thank-you")).click()
    page.wait_for_url(round_url + "/draft/thank-you")
    _draft(page, axe, t, lang, tag, round_url)

    # The reply: nothing chosen until the reader chooses; the form goes once it is recorded.
    page.goto(round_url)
    outcome = page.get_by_role("combobox", name=re.compile("^" + re.escape(t("field.outcome"))))
    assert outcome.input_value() == ""
    outcome.select_option("offer")
    page.get_by_role("button", name=t("rounds.reply_save")).click()
    page.wait_for_url(round_url + "?done=reply")
    expect(page.locator("#f-outcome")).to_have_count(0)
    assert t("outcome.offer") in page.locator(".history").last.inner_text()
    _step(page, axe, f"{tag}-08-reply")

    page.goto(live.url + "/timeline")
    _timeline(page, phone)
    _step(page, axe, f"{tag}-09-timeline")

    page.goto(live.url + "/applications")
    page.get_by_label(t("applications.search")).fill("stark")
    page.get_by_role("button", name=t("applications.search_go")).click()
    expect(page.locator("ul.cards > li.card")).to_have_count(1)
    _step(page, axe, f"{tag}-10-applications-search")

    page.goto(live.url + "/studio")
    page.get_by_role("button", name=t("studio.generate")).click()
    assert page.locator("#spec-errors li").count() >= 10, "every problem at once"
    expect(
        page.get_by_label(re.compile("^" + re.escape(t("studio.spec.title"))))
    ).to_have_attribute("aria-invalid", "true")
    _step(page, axe, f"{tag}-11-studio")

    for path, name in (("/settings", "12-settings"), ("/docs", "13-api"), ("/nowhere", "14-404")):
        page.goto(live.url + path)
        _fits_the_screen(page, path)
        _step(page, axe, f"{tag}-{name}")


def _noted_fits(page: Any, phone: bool) -> None:
    """ "What you noted": every value gets most of the width, never one letter per line."""
    widths = page.evaluate(
        "() => [...document.querySelectorAll('dl.facts dd')].map(d => [d.getBoundingClientRect()"
        ".width, d.closest('dl').getBoundingClientRect().width])"
    )
    assert widths
    for value, whole in widths:
        assert value >= (0.8 if phone else 0.5) * whole - 40, (value, whole)


def _draft(page: Any, axe: str, t: Any, lang: str, tag: str, round_url: str) -> None:
    body = page.get_by_label(t("draft.body"))
    assert "streaming pipeline demo" in body.input_value() or lang == "fr"
    page.locator("#check .verdict").wait_for()
    _step(page, axe, f"{tag}-06-draft")

    # Copy: the body alone, and the subject apart.
    page.get_by_role("button", name=t("draft.copy"), exact=True).click()
    expect(page.locator("[data-copied]")).to_have_text(t("draft.copied"))
    assert page.evaluate("() => navigator.clipboard.readText()") == body.input_value()
    page.get_by_role("button", name=t("draft.copy_subject")).click()
    subject = page.get_by_label(t("draft.subject")).input_value()
    assert page.evaluate("() => navigator.clipboard.readText()") == subject

    # Typing a pushy sentence: the finding is marked, and only the change is announced.
    body.press("Control+End")
    body.press_sequentially("\n" + PUSHY[lang], delay=5)
    mark = page.locator('#check mark[data-rules~="pressure"]')
    mark.first.wait_for()
    news = page.locator("#check-news")
    expect(news).to_have_attribute("role", "status")
    expect(news).to_contain_text(t("check.news.added", count=1))
    assert len(news.inner_text()) < 400, "the change, not the whole email"
    assert page.locator("#check").get_attribute("aria-live") is None
    _step(page, axe, f"{tag}-07-draft-flagged")

    # Marking it sent while the check finds an error asks once more.
    page.get_by_role("button", name=t("draft.mark_sent"), exact=True).click()
    expect(page.locator("#confirm-sent")).to_be_visible()
    page.get_by_role("button", name=t("draft.mark_sent_anyway")).click()
    page.wait_for_url(round_url + "?done=sent-thank-you")
    assert t("done.sent-thank-you") in page.locator(".flash").inner_text()

    # The second interviewer's note: no error, the reader is told it is already recorded.
    page.goto(round_url + "/draft/thank-you?n=1")
    expect(page.locator(".error-summary")).to_have_count(0)
    expect(page.get_by_role("button", name=t("draft.mark_sent"), exact=True)).to_have_count(0)
    expect(page.locator(".note").first).to_be_visible()
    shot(page, f"{tag}-07b-second-note")


def _timeline(page: Any, phone: bool) -> None:
    if phone:
        expect(page.locator(".tl")).to_be_hidden()
        expect(page.locator(".tl-list")).to_be_visible()
        return
    expect(page.locator(".tl")).to_be_visible()
    labels = page.evaluate(
        "() => [...document.querySelectorAll('.tl-axis text')].map(e => {"
        "const r = e.getBoundingClientRect(); return [r.left, r.right, r.top]; })"
    )
    rows: dict[int, list[tuple[float, float]]] = {}
    for left, right, top in labels:
        rows.setdefault(round(top), []).append((left, right))
    for spans in rows.values():
        spans.sort()
        for (_, right), (left, _) in pairwise(spans):
            assert right <= left + 0.5, "axis labels overlap"
    link = page.locator("a.tl-row").first
    name = link.get_attribute("aria-label")
    assert name
    assert re.search(r"\d{2}:\d{2} CET", name)
    # The names stay in their column while the dates scroll.
    box = page.locator(".tl")
    before = page.locator(".tl-rows .tl-name").first.bounding_box()
    box.evaluate("e => e.scrollLeft = 300")
    after = page.locator(".tl-rows .tl-name").first.bounding_box()
    assert before
    assert after
    assert abs(before["x"] - after["x"]) < 1
    box.evaluate("e => e.scrollLeft = 0")
