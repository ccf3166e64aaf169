"""A phrase regex searched from the only characters a match can start with.

A phrase regex (tactful.text.phrases) ignores case and opens with a lookbehind, so `re` has
nothing to skip ahead to: it tries every alternative at every character, and a content rule's
long list of phrases costs more than reading the whole email. On ASCII text the characters a
match can start with are few ("m", "i", "y"…): a plain character class finds them at once,
and the regex is tried there only, with `match`, which finds what `search` finds since no
match can start anywhere else. Which characters those are is read from the regex's parse (its
first consuming item in every branch) and each candidate is asked of `re` itself, so case
rules such as "K" (the Kelvin sign) are `re`'s own; when the parse holds anything this module
does not know, the regex is searched as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tactful.text.regex_cache import remember

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any, cast
else:

    def cast(_kind: object, value: object) -> object:
        return value

    Any = object

_ASCII = [chr(code) for code in range(128)]


def search(regex: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """`regex.search(text, start, end)`, faster when text[start:end] is ASCII."""
    chars = first_chars(regex)
    if chars is None or not text[start:end].isascii():
        return regex.search(text, start, end)
    if not chars:
        return None  # no ASCII character can start a match
    for candidate in _finder(chars).finditer(text, start, end):
        found = regex.match(text, candidate.start(), end)
        if found is not None:
            return found
    return None


def first_chars(regex: re.Pattern[str]) -> str | None:
    """The ASCII characters a match of `regex` can start with, or None when not known (kept
    with the compiled matchers: parsing a long regex costs more than a check)."""
    return remember(("first-chars", regex.pattern, regex.flags), lambda: _first_chars(regex))


@lru_cache(maxsize=64)
def _finder(chars: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _first_chars(regex: re.Pattern[str]) -> str | None:
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        from re import _constants as constants  # type: ignore[attr-defined]

        parsed = _parser.parse(regex.pattern, regex.flags)
    except (ImportError, AttributeError, re.error):
        return None
    known: dict[str, set[str]] = {}  # a long list of phrases starts with the same few items

    def ascii_matching(item: tuple[object, object]) -> set[str]:
        name = repr(item)
        if name not in known:
            alone = _compiler.compile(_parser.SubPattern(parsed.state, [item]), regex.flags)
            known[name] = set(filter(alone.match, _ASCII))
        return known[name]

    found = _firsts(list(parsed), constants, ascii_matching)
    return None if found is None else "".join(sorted(found))


Items = list[tuple[object, object]]


def _firsts(items: Items, constants: Any, matching: Callable[[Any], set[str]]) -> set[str] | None:
    """What the first consuming item of a parsed sequence can start with; None when unknown or
    when the sequence can match nothing (then what follows it would count too)."""
    for op, value in items:
        if op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT):
            continue  # a lookaround or an anchor only narrows where a match starts
        if op in (constants.LITERAL, constants.NOT_LITERAL, constants.IN, constants.ANY):
            return matching((op, value))
        if op is constants.SUBPATTERN:
            _group, added, removed, body = cast(tuple[Any, int, int, Items], value)
            return None if added or removed else _firsts(list(body), constants, matching)
        if op is constants.BRANCH:
            out: set[str] = set()
            for branch in cast(tuple[Any, list[Items]], value)[1]:
                found = _firsts(list(branch), constants, matching)
                if found is None:
                    return None
                out |= found
            return out
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            least, _most, body = cast(tuple[int, int, Items], value)
            return _firsts(list(body), constants, matching) if least >= 1 else None
        return None
    return None
