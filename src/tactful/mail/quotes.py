"""Separate what a reply says from the earlier message(s) it quotes, in plain text and HTML.

Plain text: the quote starts at an attribution line ("On … wrote:", "Le … a écrit :"), an
Outlook separator ("-----Original Message-----", "----- Message d'origine -----", a line of
underscores) or an Outlook header block ("From: … Sent: …", "De : … Envoyé : …"); without
one, lines starting with ">" are the quote (inline replies keep their own lines).
HTML: the quote containers mail clients write (Gmail's gmail_quote, Apple's and Thunderbird's
blockquote type=cite, Outlook's divRplyFwdMsg and everything after it) are cut from the tree
with selectolax before the rest is turned into text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

MAX_HTML_CHARS = 2_000_000


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # "On Tue, 24 Nov 2026 at 09:15, Sam <sam@x.com> wrote:" (may wrap onto 3 lines)
        "attribution": re.compile(
            r"^[ \t>]*(?:on|le|am|el)\b[^\n]{0,200}(?:\n[^\n]{0,200}){0,2}?"
            r"(?:wrote|a écrit|a ecrit|schrieb|escribió)\s*:\s*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "thunderbird": re.compile(
            r"^[ \t>]*le \d{1,2}/\d{1,2}/\d{2,4}[^\n]{0,120}a (?:é|e)crit\s*:\s*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "separator": re.compile(
            r"^[ \t]*(?:-{2,}\s*(?:original message|message d'origine|forwarded message|"
            r"message transféré|message transfere|courriel original)\s*-{2,}|_{20,})[ \t]*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "from": re.compile(
            r"^[ \t*]*(?:from|de|von|expéditeur)[ \t]*\*?[ \t]*:[ \t]*\S",
            re.IGNORECASE | re.MULTILINE,
        ),
        "header": re.compile(
            r"^[ \t*]*(?:sent|date|to|subject|cc|envoyé|envoye|à|a|objet|gesendet|an|betreff)"
            r"[ \t]*\*?[ \t]*:",
            re.IGNORECASE,
        ),
    }


def split_quoted(text: str) -> tuple[str, str]:
    """(new text, quoted text) of a plain-text reply; both stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cut = _quote_start(text)
    if cut is not None:
        return _strip_marks(text[:cut]).strip(), text[cut:].strip()
    own: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        (quoted if line.lstrip().startswith(">") else own).append(line)
    return "\n".join(own).strip(), "\n".join(quoted).strip()


def _strip_marks(text: str) -> str:
    """Inline-quoted lines above the attribution are quotes too."""
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


def lines_after(text: str, at: int, count: int) -> list[str]:
    """The `count` lines after the one `at` is on: `text[at:].split("\n")[1 : count + 1]`,
    without splitting the rest of the text (at every "From:" of a long message, that cost
    the square of its length)."""
    lines: list[str] = []
    end = text.find("\n", at)
    while end >= 0 and len(lines) < count:
        following = text.find("\n", end + 1)
        lines.append(text[end + 1 : following if following >= 0 else len(text)])
        end = following
    return lines


def _quote_start(text: str) -> int | None:
    patterns = _patterns()
    starts: list[int] = []
    for name in ("attribution", "thunderbird", "separator"):
        if found := patterns[name].search(text):
            starts.append(found.start())
    for found in patterns["from"].finditer(text):
        following = lines_after(text, found.end(), 5)
        if sum(1 for line in following if patterns["header"].match(line)) >= 2:
            starts.append(found.start())
            break
    starts = [s for s in starts if text[:s].strip()] or starts
    return min(starts) if starts else None


# HTML

_CONTAINERS = (
    "div.gmail_quote",
    "blockquote.gmail_quote",
    "div.yahoo_quoted",
    "blockquote[type=cite]",
    "div.moz-cite-prefix",
    "div.protonmail_quote",
)
_FROM_HERE_ON = (
    "div#appendonsend",
    "div#divRplyFwdMsg",
    "div.OutlookMessageHeader",
    "hr#stopSpelling",
)
_OUTLOOK_BORDER = re.compile(r"border-top\s*:\s*solid\s+#e1e1e1", re.IGNORECASE)


def html_to_text_and_quoted(html: str) -> tuple[str, str]:
    """(new text, quoted text) of an HTML reply."""
    from selectolax.lexbor import LexborHTMLParser

    from tactful.markup.text import html_to_text

    tree = LexborHTMLParser(html[:MAX_HTML_CHARS])
    quoted: list[str] = []
    for selector in _CONTAINERS:
        for _ in range(50):
            node = tree.css_first(selector)
            if node is None:
                break
            quoted.append(node.html or "")
            node.decompose()
    marker = _first_marker(tree)
    if marker is not None:
        quoted.append(_cut_from(marker))
    body = tree.body if tree.body is not None else tree.root
    new_html = (body.html if body is not None else "") or ""
    quoted_text = "\n\n".join(html_to_text(q).strip() for q in quoted if q)
    return html_to_text(new_html).strip(), quoted_text.strip()


def _first_marker(tree: Any) -> Any:
    for selector in _FROM_HERE_ON:
        if (node := tree.css_first(selector)) is not None:
            return node
    for node in tree.css("div[style]"):
        if _OUTLOOK_BORDER.search(node.attributes.get("style") or ""):
            return node
    return None


def _cut_from(node: Any) -> str:
    """Remove `node`, its later siblings, and the later siblings of each of its ancestors up
    to the body (Outlook puts the quote after a marker, not inside it); return their HTML."""
    doomed = [node]
    level = node
    while level is not None and level.tag not in ("body", "html"):
        sibling = level.next
        while sibling is not None:
            doomed.append(sibling)
            sibling = sibling.next
        level = level.parent
    pieces = [n.html or n.text(deep=True) or "" for n in doomed]
    for n in doomed:  # disjoint subtrees, so removing one never touches another
        n.decompose()
    return "".join(pieces)
