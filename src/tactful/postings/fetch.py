"""Getting a job posting page: a saved file, or a URL fetched with httpx.

Fetching follows redirects (at most 5), gives up after 10 seconds without an answer, refuses
pages over 5 MB and anything that is not HTML, and says in one line what went wrong when the
machine is offline or the host does not exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tactful.errors import BadInput
from tactful.files import MAX_PAGE_BYTES, read_bytes

TIMEOUT_SECONDS = 10.0
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SAVE_HINT = "save the page from your browser (Ctrl+S) and import the file instead"


@dataclass(frozen=True, slots=True)
class Page:
    source: str
    """What the user gave: a path or a URL."""
    url: str
    """The address the page was fetched from ("" for a file)."""
    html: str
    fetched: bool


def is_url(source: str) -> bool:
    return bool(re.match(r"^https?://", source.strip(), re.IGNORECASE))


def load_page(
    source: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_PAGE_BYTES
) -> Page:
    """A page from a URL (http or https) or from a file path."""
    if is_url(source):
        return fetch_page(source.strip(), timeout=timeout, max_bytes=max_bytes)
    if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        raise BadInput(f"cannot fetch {source!r}: give an http:// or https:// address, or a file")
    try:
        data = read_bytes(source, max_bytes, what="the job posting's page")
    except BadInput as exc:
        if exc.code == "no-such-file":
            raise BadInput(
                f"no such file: {source} (for a web address, start it with https://)",
                code=exc.code,
                field=exc.field,
            ) from None
        raise
    return Page(source, "", decode_html(data, None), fetched=False)


def fetch_page(
    url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_PAGE_BYTES
) -> Page:
    import httpx

    from tactful import __version__

    headers = {
        "User-Agent": f"tactful/{__version__} (job posting import)",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    }
    host = httpx.URL(url).host if _valid(url) else ""
    if not host:
        raise BadInput(f"{url!r} is not a web address: write it as https://example.com/jobs/123")
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout),
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise BadInput(
                    f"{url} answered {response.status_code} {response.reason_phrase}: check the "
                    f"address, or {_SAVE_HINT}"
                )
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind and kind not in HTML_TYPES:
                raise BadInput(f"{url} is not a web page but {kind}: give the job posting's page")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(url, max_bytes)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise _too_big(url, max_bytes)
            charset = response.charset_encoding
    except httpx.TimeoutException:
        raise BadInput(
            f"{host} did not answer within {timeout:g} s: try again later, or {_SAVE_HINT}"
        ) from None
    except httpx.TooManyRedirects:
        raise BadInput(f"{url} redirects more than {MAX_REDIRECTS} times: {_SAVE_HINT}") from None
    except httpx.ConnectError as exc:
        raise BadInput(_connect_error(host, str(exc))) from None
    except httpx.HTTPError as exc:
        raise BadInput(
            f"cannot fetch {url}: {' '.join(str(exc).split()) or type(exc).__name__}; {_SAVE_HINT}"
        ) from None
    if not kind and not bytes(body[:1024]).lstrip().startswith(b"<"):
        raise BadInput(f"{url} did not send a web page: give the job posting's page")
    # The user's address is the one kept: a redirect target may be a login page or a tracker.
    return Page(url, url, decode_html(bytes(body), charset), fetched=True)


def _valid(url: str) -> bool:
    import httpx

    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return False
    return True


def _too_big(url: str, max_bytes: int) -> BadInput:
    return BadInput(
        f"{url} is larger than {max_bytes // (1024 * 1024)} MB: is it the job posting page?"
    )


def _connect_error(host: str, why: str) -> str:
    lowered = why.lower()
    if (
        "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "errno -2" in lowered
        or "no address associated" in lowered
    ):
        return f"no such host {host}: check the address"
    if (
        "temporary failure in name resolution" in lowered
        or "errno -3" in lowered
        or "getaddrinfo failed" in lowered
    ):
        return f"cannot look up {host}: you seem to be offline; {_SAVE_HINT}"
    if "refused" in lowered:
        return f"{host} refused the connection: check the address, or {_SAVE_HINT}"
    if "unreachable" in lowered:
        return f"cannot reach {host}: you seem to be offline; {_SAVE_HINT}"
    return f"cannot connect to {host} ({' '.join(why.split())}): {_SAVE_HINT}"


def decode_html(data: bytes, charset: str | None) -> str:
    """Bytes of a page as text: the HTTP charset, else a <meta charset>, else UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if not charset and (match := _META_CHARSET.search(data[:4096])):
        charset = match[1].decode("ascii")
    for encoding in (charset, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def canonical_url(html: str) -> str:
    """The page's own address from <link rel=canonical> or og:url, or ""."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in tree.css('link[rel="canonical"], meta[property="og:url"]'):
        value = (node.attributes.get("href") or node.attributes.get("content") or "").strip()
        if value.startswith(("http://", "https://")):
            return value
    return ""
