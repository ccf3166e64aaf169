"""Words: no page and no API answer speaks the command line, and every page, 404 and 405
included, is in English and in French."""

from __future__ import annotations

import re
from html import unescape

import pytest

from .conftest import CLI_WORDS, Live

PAGES = (
    "/",
    "/?all=1",
    "/timeline",
    "/timeline?zoom=all",
    "/applications",
    "/applications/new",
    "/applications/1",
    "/applications/1/edit",
    "/applications/1/delete",
    "/rounds/1",
    "/rounds/1/edit",
    "/rounds/1/delete",
    "/rounds/1/draft/thank-you",
    "/rounds/1/draft/status-inquiry",
    "/studio",
    "/settings",
    "/docs",
)


def _text(html: str) -> str:
    """What a reader sees and hears: the text and the attributes read aloud."""
    body = html[html.index("<body") :]
    spoken = " ".join(re.findall(r'(?:aria-label|title|alt|placeholder)="([^"]*)"', body))
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", body) + " " + spoken)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_page_speaks_the_command_line(live: Live, lang: str) -> None:
    live.add_round(live.add_application(closing_date="2026-11-20"), detail="", selling_point="")
    for path in PAGES:
        page = live.client.get(path, headers={"Accept-Language": lang})
        assert page.status_code == 200, path
        assert f'<html lang="{lang}">' in page.text, path
        found = CLI_WORDS.search(_text(page.text))
        assert not found, (path, found.group() if found else "")


def test_errors_are_pages_in_the_readers_language(live: Live) -> None:
    for lang, not_found, not_allowed in (
        ("en", "There is nothing here", "This page does not take this kind of request."),
        ("fr", "Il n’y a rien ici", "Cette page n’accepte pas ce type de requête."),
    ):
        headers = {"Accept-Language": lang}
        missing = live.client.get("/no/such/page", headers=headers)
        assert missing.status_code == 404
        assert f'<html lang="{lang}">' in missing.text
        assert not_found in missing.text
        wrong = live.client.get("/logout", headers=headers)
        assert wrong.status_code == 405
        assert not_allowed in wrong.text
        gone = live.client.get("/rounds/42", headers=headers)
        assert "42" in gone.text
        assert not CLI_WORDS.search(_text(gone.text))


def test_the_api_speaks_no_command_line_either(live: Live) -> None:
    round_id = live.add_round(live.add_application(), detail="")
    answers = [
        live.client.post(f"/api/v1/rounds/{round_id}/drafts", json={"kind": "status"}).text,
        live.client.get("/api/v1/applications/77").text,
        live.client.get("/api/v1/rounds/77").text,
        live.client.post(f"/api/v1/rounds/{round_id}/sent", json={"kind": "status"}).text,
        live.client.delete(f"/api/v1/rounds/{round_id}/skip/status").text,
        live.client.get("/openapi.json").text,
    ]
    for text in answers:
        assert not CLI_WORDS.search(text), CLI_WORDS.search(text)
