"""Patterns over lemmas: one readable line per meaning, compiled once to a regex over the
stream of `tactful.text.analysis` (so a pattern sees words, not characters).

Syntax (tokens separated by spaces):

- `call` matches any form of the lemma "call" (called, calling) and the form "call" itself;
  `call|phone` either; `=called` only that form. Words are written with or without accents
  (compared without).
- `{NAME}` a named sub-pattern (a class such as {MODAL} = "will|would|can|could").
- `x?` makes a word, class or group optional; `( a b | c )` is a group of alternatives
  (spaces around "(", "|" and ")" are required).
- `~3` up to three words of any kind, within the sentence; `~3!not|never` the same, but none
  of them is "not" or "never" (`~3!=looking` bans that form only, not "looked").
- `!que|le` the next word is neither "que" nor "le" (it is not consumed).
- `^` the start of a sentence, `$` its end, `<?>` a question mark, `<,>` a comma, `#` a
  number ("48", "9am", "15th").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tactful.text.fold import key
from tactful.text.regex_cache import remember
from tactful.text.tokens import words_of

_LEX_RE = re.compile(r"\)\?|[()]|[^\s()]+")
_GAP_RE = re.compile(r"~(\d+)(?:!(\S+))?$")
# Every item matches " token": a space then the token (the stream is " | a b c | "), so each
# pattern starts with a literal space, which the regex engine finds fast, and matches that
# touch each other are all found.
_SPECIAL = {
    "^": r"(?<=\|)",
    "$": r"(?=(?: [?!,])* \|)",
    "<?>": r" \?",
    "<,>": r" ,",
    "#": r" [0-9][^ ]*",
}


class PatternError(ValueError):
    """A pattern that does not parse (a bug in a rule, found when it compiles)."""


def _literal(alternatives: str) -> str:
    lemmas: list[str] = []
    forms: list[str] = []
    for word in alternatives.split("|"):
        if not word:
            raise PatternError(f"empty alternative in {alternatives!r}")
        if word.startswith("="):
            forms.append(re.escape(key(word[1:])))
        else:
            lemmas.append(re.escape(key(word)))
    parts = []
    if lemmas:  # a word matches its lemma's every form, or itself as a form
        words = "|".join(lemmas)
        parts.append(rf"(?:{words})(?:/[^ ]+)?|[^ /|]+/(?:{words})")
    if forms:
        parts.append(rf"(?:[^ /|]+/)?(?:{'|'.join(forms)})")
    return " (?:" + "|".join(parts) + ")(?= )"


def _gap(size: str, banned: str | None) -> str:
    if banned is None:
        return rf"(?: [^ |?!]+){{0,{size}}}"
    # a banned word is a lemma (any of its forms) or, written "=form", that form only
    lemmas = [re.escape(key(w)) for w in banned.split("|") if not w.startswith("=")]
    forms = [re.escape(key(w[1:])) for w in banned.split("|") if w.startswith("=")]
    parts = [rf"(?:{'|'.join(lemmas)})[/ ]"] if lemmas else []
    if forms:
        parts.append(rf"(?:[^ /|]+/)?(?:{'|'.join(forms)}) ")
    return rf"(?: (?!{'|'.join(parts)})[^ |?!]+){{0,{size}}}"


def _atom(token: str, pattern: str, classes: Mapping[str, str], depth: int) -> str:
    """The regex of one token outside a group: a special, a negation, a gap, a class or a word."""
    if token in _SPECIAL:
        return _SPECIAL[token]
    if token.startswith("!") and len(token) > 1:
        words = "|".join(re.escape(key(w)) for w in token[1:].split("|"))
        return rf"(?! (?:{words})[/ ])"
    if (gap := _GAP_RE.match(token)) is not None:
        return _gap(gap.group(1), gap.group(2))
    if token.startswith("{") and token.endswith("}"):
        name = token[1:-1]
        if name not in classes:
            raise PatternError(f"unknown class {token} in {pattern!r}")
        return "(?:" + compile_body(classes[name], classes, depth + 1) + ")"
    return _literal(token)


def compile_body(pattern: str, classes: Mapping[str, str], depth: int = 0) -> str:
    """The regex body of a pattern (no anchor)."""
    if depth > 8:
        raise PatternError(f"classes nest too deep in {pattern!r}")
    tokens = _LEX_RE.findall(pattern)
    position = 0

    def sequence() -> str:
        nonlocal position
        out: list[str] = []
        while position < len(tokens) and tokens[position] not in ("|", ")", ")?"):
            out.append(item())
        return "".join(out)

    def item() -> str:
        nonlocal position
        token = tokens[position]
        position += 1
        if token == "(":
            branches = [sequence()]
            while position < len(tokens) and tokens[position] == "|":
                position += 1
                branches.append(sequence())
            if position >= len(tokens) or tokens[position] not in (")", ")?"):
                raise PatternError(f"unclosed group in {pattern!r}")
            optional = tokens[position] == ")?"
            position += 1
            return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")
        optional = token.endswith("?") and token != "<?>" and len(token) > 1
        body = _atom(token[:-1] if optional else token, pattern, classes, depth)
        return f"(?:{body})?" if optional else body

    body = sequence()
    if position != len(tokens):
        raise PatternError(f"unbalanced group in {pattern!r}")
    return body


def compile_patterns(patterns: list[str], classes: Mapping[str, str]) -> re.Pattern[str]:
    """One regex for several patterns of one rule. A match starts at the space before its
    first token and ends after its last: `Analysis.span(m.start() + 1, m.end() + 1)`."""
    shared = tuple(sorted(classes.items()))
    bodies = "|".join(
        f"(?:{remember(('body', p, shared), lambda p=p: compile_body(p, classes))})"  # type: ignore[misc]
        for p in patterns
    )
    return re.compile(bodies if len(patterns) == 1 else f"(?:{bodies})")


def required_words(pattern: str, classes: Mapping[str, str]) -> list[frozenset[str]]:
    """Sets of words (lemmas or forms, folded) of which the text must hold at least one each
    for the pattern to match: a cheap test that lets most patterns skip most texts."""
    shared = tuple(sorted(classes.items()))
    return remember(
        ("required", pattern, shared),
        lambda: _required(_LEX_RE.findall(pattern), classes) or [],
    )


def _required(tokens: list[str], classes: Mapping[str, str]) -> list[frozenset[str]] | None:
    """Required sets of a token sequence; None when a branch of it requires nothing."""
    out: list[frozenset[str]] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        position += 1
        if token == "(":
            depth, start = 1, position
            while depth:
                depth += {"(": 1, ")": -1, ")?": -1}.get(tokens[position], 0)
                position += 1
            if tokens[position - 1] == ")?":
                continue
            branches = _split_branches(tokens[start : position - 1])
            sets = [_required(b, classes) for b in branches]
            if all(sets):
                out.append(frozenset().union(*(_rarest(s) for s in sets if s)))
            continue
        if token.endswith("?") and token != "<?>" and len(token) > 1:
            continue
        if token.startswith(("~", "!", "<", "^", "$", "#")):
            continue
        if token.startswith("{") and token.endswith("}"):
            inner = _required(_LEX_RE.findall(classes.get(token[1:-1], "")), classes)
            if inner:
                out.extend(inner)
            continue
        out.append(frozenset(key(w.lstrip("=")) for w in token.split("|")))
    return out or None


_COMMON = frozenset(
    words_of(
        """
        a an the of to for in on at by with from and or i you we me us my your it this
        that be have do is not no de le la les un une je vous a au aux en dans pour et
        ne pas ce que se sur par
        """
    )
)


def rarest_first(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """The same sets, those that hold no very common word first ("i", "you", "be" are in
    almost every email): a rule indexes a pattern by its first set, so a pattern that starts
    "{I} ~2 ( will | shall )…" is not a candidate for every email, and checking the rest stops
    sooner on a missing word."""
    return sorted(sets, key=lambda words: not words.isdisjoint(_COMMON))


def _rarest(sets: list[frozenset[str]]) -> frozenset[str]:
    """The first of a branch's required sets that holds no very common word (else its first):
    the one most texts lack."""
    return next((s for s in sets if s.isdisjoint(_COMMON)), sets[0])


def _split_branches(tokens: list[str]) -> list[list[str]]:
    branches: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        if token == "|" and depth == 0:
            branches.append([])
            continue
        depth += {"(": 1, ")": -1, ")?": -1}.get(token, 0)
        branches[-1].append(token)
    return branches
