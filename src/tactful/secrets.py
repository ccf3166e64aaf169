"""Keeping secrets out of what tactful prints, logs and stores.

Two kinds: credentials inside a URL (`https://user:password@host/v1`, a database URL with its
password), and keys that a server may echo back in an error, whole or in part, quoted, URL- or
JSON-escaped, base64-encoded in a Basic header, in another case. Every error line the CLI prints
goes through `redact`, so a secret that slipped into a message is still never shown.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus, urlsplit

MASK = "***"
REDACTED = "[redacted]"
_USERINFO = re.compile(r"(?P<scheme>\b[a-z][a-z0-9+.-]*://)(?P<userinfo>[^\s/@?#]*)@", re.I)
_QUERY_PASSWORD = re.compile(r"(?P<key>[?&](?:ssl)?password=)(?:[^&#\s:]|:(?!\s|$))*", re.I)
"""A password given as a query parameter (libpq and SQLAlchemy read `?password=`), up to the
next parameter, a space, or a colon that ends the URL in a sentence ("at URL: why")."""
_BEARER = re.compile(r"\b(?P<word>Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}", re.I)
_SHORTEST = 6
"""Shorter "secrets" (an empty or toy key) would redact ordinary words."""
_PART = 10
"""A run of this many characters of a key, echoed alone ("sk-proj-****abcdef12"), is redacted."""


def has_userinfo(url: str) -> bool:
    """True when a URL carries a user name or password (`scheme://user:pw@host`)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return bool(_USERINFO.search(url))
    return parts.username is not None or parts.password is not None or "@" in parts.netloc


def redact_url(url: str) -> str:
    """The URL with its user name and password replaced by ***: safe to print."""
    return mask_query_password(_USERINFO.sub(lambda m: f"{m['scheme']}{MASK}@", url))


def strip_userinfo(url: str) -> str:
    """The URL without any user name or password at all."""
    return mask_query_password(_USERINFO.sub(lambda m: m["scheme"], url))


def mask_query_password(url: str) -> str:
    """A `?password=` (or `sslpassword=`) query parameter's value replaced by ***."""
    return _QUERY_PASSWORD.sub(lambda m: f"{m['key']}{MASK}", url)


def _variants(secret: str) -> set[str]:
    found = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
        base64.b64encode(secret.encode("utf-8")).decode("ascii").rstrip("="),
    }
    return {v for v in found if len(v) >= _SHORTEST}


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with URL credentials, Authorization values and every form of each secret
    (any case, escaped, encoded, or a run of at least ten of its characters) replaced."""
    text = redact_url(text)
    text = _BEARER.sub(lambda m: f"{m['word']} {REDACTED}", text)
    for secret in secrets:
        secret = secret.strip()
        if len(secret) < _SHORTEST:
            continue
        for variant in sorted(_variants(secret), key=len, reverse=True):
            text = re.sub(re.escape(variant), REDACTED, text, flags=re.IGNORECASE)
        if len(secret) >= _PART:
            text = _redact_parts(text, secret)
    return text


def _redact_parts(text: str, secret: str) -> str:
    """Runs of `_PART` or more characters of the secret, as servers echo a key's ends."""
    folded = secret.casefold()
    out: list[str] = []
    i = 0
    while i < len(text):
        best = 0
        if text[i].casefold() in folded:
            for length in range(min(len(text) - i, len(secret)), _PART - 1, -1):
                if text[i : i + length].casefold() in folded:
                    best = length
                    break
        if best:
            out.append(REDACTED)
            i += best
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
