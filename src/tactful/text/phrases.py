"""Phrases written as small regexes, matched on the accent-folded copy of a text (same offsets).

Used where a short fixed list says it best: greetings and sign-offs, headings. Meanings that
vary with tense, person and word order are patterns over lemmas (tactful.text.patterns).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tactful.text.fold import fold_accents

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex for many phrases. Each phrase is a small regex written naturally: a space means
    any run of whitespace, accents and curly apostrophes are folded like the text is, and the
    whole alternation is bounded by word edges."""
    parts = []
    for phrase in phrases:
        folded = fold_accents(phrase.strip())
        parts.append(re.sub(r"(?<!\\) +", r"\\s+", folded))
    body = "|".join(f"(?:{p})" for p in parts)
    # A phrase ends at a word edge, or right after an elision: "hâte d'" + "y contribuer".
    return re.compile(rf"(?<!\w)(?:{body})(?:(?<=')|(?!\w))", flags)


def without_case(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same regex without IGNORECASE, to run on the lower-case twin of an ASCII text: it
    then finds exactly what `regex` finds in the text (same offsets), several times faster,
    since `re` tests a case-blind letter one alternative at a time and a plain one with a
    single comparison. None when that does not hold for this regex: a capital or a
    non-ASCII character in it (which a case-blind match can pair with ASCII letters, as
    "K" with "k"), or flags set inside it."""
    if not regex.flags & re.IGNORECASE or regex.flags & re.LOCALE:
        return None
    try:
        from re import _parser

        if not _lower_ascii(_parser.parse(regex.pattern, regex.flags & ~re.IGNORECASE).data):
            return None
    except (re.error, ImportError, AttributeError, TypeError, ValueError):
        # `re`'s parser is private: a Python whose internals differ gets the plain search,
        # as the matcher cache does (tactful.text.regex_cache).
        return None
    plain = re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)
    return None if plain.flags & re.IGNORECASE else plain  # "(?i)" inside: nothing gained


def _lower_ascii(items: list[tuple[Any, Any]]) -> bool:
    """Whether parsed regex items name only characters that are ASCII and not capitals, and
    set no flags inside (anything this does not know answers False)."""
    for op, av in items:
        parts = _parts(op, av)
        if parts is None:
            return False
        ranges, subs = parts
        if not all(_lower_code(low, high) for low, high in ranges):
            return False
        if not all(_lower_ascii(sub) for sub in subs):
            return False
    return True


def _parts(op: object, av: Any) -> tuple[list[tuple[int, int]], list[Any]] | None:
    """The characters a parsed item names (as ranges) and the items it holds; None for an
    item that sets flags or that this does not know."""
    from re import _constants as c

    if op in (c.LITERAL, c.NOT_LITERAL):
        return [(av, av)], []
    if op is c.IN:
        ranges = []
        for item_op, item_av in av:
            if item_op in (c.LITERAL, c.NOT_LITERAL):
                ranges.append((item_av, item_av))
            elif item_op is c.RANGE:
                ranges.append(item_av)
            elif item_op not in (c.NEGATE, c.CATEGORY):
                return None
        return ranges, []
    inner: dict[object, Callable[[], list[Any]]] = {
        c.BRANCH: lambda: [branch.data for branch in av[1]],
        c.MAX_REPEAT: lambda: [av[2].data],
        c.MIN_REPEAT: lambda: [av[2].data],
        c.POSSESSIVE_REPEAT: lambda: [av[2].data],
        c.ASSERT: lambda: [av[1].data],
        c.ASSERT_NOT: lambda: [av[1].data],
        c.ATOMIC_GROUP: lambda: [av.data],
        c.AT: list,
        c.ANY: list,
        c.GROUPREF: list,
    }
    if op is c.SUBPATTERN:
        return None if av[1] or av[2] else ([], [av[3].data])
    found = inner.get(op)
    return None if found is None else ([], found())


def _lower_code(low: int, high: int) -> bool:
    """Whether the characters low..high are all ASCII and none is a capital letter."""
    return high < 128 and (high < ord("A") or low > ord("Z"))
