"""Fetching posting pages from a real local HTTP server: redirects, limits, clear failures."""

from __future__ import annotations

import socket

import pytest

from tactful.errors import BadInput
from tactful.postings import decode_html, fetch_page, load_page


def test_a_page_is_fetched_and_keeps_the_address_given(server: str) -> None:
    page = fetch_page(f"{server}/jobs/acme-data-engineer.html")
    assert page.fetched
    assert page.url == f"{server}/jobs/acme-data-engineer.html"
    assert '"title": "Data Engineer"' in page.html


def test_redirects_are_followed(server: str) -> None:
    page = load_page(f"{server}/moved")
    assert "Acme Analytics" in page.html
    assert page.url == f"{server}/moved"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "redirects more than 5 times"),
        ("/pdf", "is not a web page but application/pdf"),
        ("/nothing-here", "answered 404 Not Found"),
        ("/huge-declared", "is larger than 5 MB"),
        ("/huge-chunked", "is larger than 5 MB"),
    ],
)
def test_failures_are_one_clear_line(server: str, path: str, message: str) -> None:
    with pytest.raises(BadInput) as caught:
        fetch_page(f"{server}{path}")
    assert message in caught.value.message
    assert "\n" not in caught.value.message


def test_a_silent_server_times_out(server: str) -> None:
    with pytest.raises(BadInput, match=r"127\.0\.0\.1 did not answer within 0\.3 s"):
        fetch_page(f"{server}/slow", timeout=0.3)


def test_a_refused_connection_says_so() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(BadInput, match="refused the connection"):
        fetch_page(f"http://127.0.0.1:{port}/job")


def test_a_host_that_cannot_exist_is_no_such_host_or_offline() -> None:
    with pytest.raises(BadInput) as caught:
        fetch_page("https://careers.example.invalid/job/1", timeout=5)
    message = caught.value.message
    assert "careers.example.invalid" in message
    assert "no such host" in message or "offline" in message


def test_the_http_charset_decodes_the_page(server: str) -> None:
    assert "Ingénieur données" in fetch_page(f"{server}/latin1").html


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("ftp://example.com/job", "give an http:// or https:// address"),
        ("/nonexistent/page.html", "no such file: /nonexistent/page.html"),
        ("https://", "is not a web address"),
    ],
)
def test_bad_sources(source: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        load_page(source)


def test_decoding_saved_pages() -> None:
    assert decode_html("<p>é</p>".encode(), None) == "<p>é</p>"
    assert decode_html(b'<meta charset="windows-1252"><p>\xe9</p>', None).endswith("<p>é</p>")
    assert decode_html(b"\xef\xbb\xbf<p>ok</p>", None) == "<p>ok</p>"
    assert decode_html(b"<p>\xe9</p>", None) == "<p>é</p>"  # not UTF-8: cp1252 as browsers do
