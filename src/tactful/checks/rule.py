"""The extension point of the checker: one `Rule` base class and its registry.

A rule is a class with an id, a severity, the kinds of email it applies to, the reason it
exists (a sentence of the article, or cited evidence) and its messages in English and French.
Built-in rules register with `@register` exactly as a plugin's rules would; a plugin package
exposes a module in the `tactful.checks` entry-point group whose import registers its rules.

    from tactful.checks.rule import Rule, register

    @register
    class NoJargon(Rule):
        id = "jargon"
        severity = "warning"
        reason = "Plain words read faster."
        messages = {"en": ("Jargon: {word}.", "Say it plainly."), "fr": (…, …)}

        def check(self, email):
            for m in re.finditer(r"synergy", email.folded, re.I):
                yield self.finding(email, m.start(), m.end(), word=m.group())
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import import_module

from tactful.checks.model import SEVERITIES, EmailContext, Finding
from tactful.text.analysis import Analysis, analyse
from tactful.text.anatomy import Anatomy, Span, dissect
from tactful.text.fold import fold_accents
from tactful.text.lines import LineIndex
from tactful.text.patterns import compile_patterns, rarest_first, required_words
from tactful.text.phrases import phrase_regex, without_case
from tactful.text.regex_cache import remember
from tactful.text.tokens import mark_offsets, sentence_spans
from tactful.text.values import Record, cached

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar

Messages = dict[str, tuple[str, str]]
"""'en', 'fr' (and 'en:variant', 'fr:variant') -> (message, suggestion) templates."""
Phrases = dict[str, list[str]]
"""'en', 'fr' -> small regexes, one per phrase (see `phrase_regex`)."""
Patterns = dict[str, list[str]]
"""'en', 'fr' -> patterns over lemmas (see `tactful.text.patterns`)."""

_Index = tuple[list[int], dict[str, list[int]], frozenset[str], list[list[frozenset[str]]]]
"""A meaning rule's patterns for one language, as `MeaningRule._index` gives them."""

BUILT_IN_MODULES = (
    "tactful.checks.rules_calls",
    "tactful.checks.rules_pressure",
    "tactful.checks.rules_complaint",
    "tactful.checks.rules_demand",
    "tactful.checks.rules_manner",
    "tactful.checks.rules_content",
    "tactful.checks.rules_form",
    "tactful.checks.rules_context",
    "tactful.checks.rules_verdict",
)
ENTRY_POINT_GROUP = "tactful.checks"


class Email(Record):
    """What every rule reads: the text, its folded twin (same offsets), and its parts."""

    _fields = ("text", "lang", "kind", "context")

    def __init__(
        self, text: str, lang: str, kind: str | None, context: EmailContext | None = None
    ) -> None:
        self.text = text
        self.lang = lang
        self.kind = kind
        self.context = EmailContext() if context is None else context

    @cached
    def folded(self) -> str:
        return fold_accents(self.text)

    @cached
    def lowered(self) -> str | None:
        """`folded` in lower case when it is ASCII (same offsets), else None: what the
        phrases are searched in without IGNORECASE (see `PhraseRule.occurs`)."""
        folded = self.folded
        return folded.lower() if folded.isascii() else None

    @cached
    def parts(self) -> Anatomy:
        return dissect(self.text, self.lang)

    @cached
    def sentences(self) -> list[tuple[int, int]]:
        """The sentences of the whole text (tactful.text.tokens), found once."""
        return sentence_spans(self.text)

    def sentences_in(self, span: Span) -> list[tuple[int, int]]:
        """The sentences that overlap `span`, cut at its edges ("Hi Ana, thank you…" on one
        line: the core's first sentence starts after the greeting's comma)."""
        out = []
        for s, e in self.sentences:
            if span.start <= s and e <= span.end:
                out.append((s, e))  # inside: a sentence starts and ends at a non-space
            elif e > span.start and s < span.end:
                s, e = max(s, span.start), min(e, span.end)
                lead = len(self.text[s:e]) - len(self.text[s:e].lstrip())
                if s + lead < e:
                    out.append((s + lead, e))
        return out

    @cached
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached
    def read(self) -> Analysis:
        """The subject and the body read once (words, lemmas, sentences) for every rule; the
        header block's other lines and a quoted reply are not read."""
        parts = self.parts
        start = parts.subject.start if parts.subject is not None else parts.body.start
        region = Span(start, parts.body.end)
        return analyse(self.text, self.lang, start, parts.body.end, self.sentences_in(region))

    @cached
    def memo(self) -> dict[str, list[tuple[int, int]]]:
        """Spans each meaning rule found, so a rule can read another's (see rules_verdict)."""
        return {}

    def occurs(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> bool:
        """Whether `pattern` matches in `folded[start:end]` (as a string of its own: no look
        outside it), searched once per email for each stretch and pattern: rules that ask it
        at every match of theirs (the whole email, or the match's sentence) would otherwise
        read a long sentence once per match, the square of its length."""
        stop = len(self.folded) if end is None else end
        key = (pattern, start, stop)
        known = self._occurs.get(key)
        if known is None:
            known = self._occurs[key] = pattern.search(self.folded[start:stop]) is not None
        return known

    @cached
    def _occurs(self) -> dict[tuple[re.Pattern[str], int, int], bool]:
        return {}

    def stops(self, marks: str) -> list[int]:
        """The offsets in `folded` of any of `marks` (each one character), in order; found
        once per email for each set of marks."""
        known = self._stops.get(marks)
        if known is None:
            known = self._stops[marks] = mark_offsets(self.folded, marks)
        return known

    @cached
    def _stops(self) -> dict[str, list[int]]:
        return {}

    def in_scope(self, start: int) -> bool:
        """Whether an offset lies in the subject or the body (not in other header lines)."""
        parts = self.parts
        if parts.subject is not None and parts.subject.start <= start < parts.subject.end:
            return True
        return parts.body.start <= start < parts.body.end

    @property
    def body(self) -> Span:
        return self.parts.body

    @cached
    def body_text(self) -> str:
        """The body's text: what the rules that look for the round's own words read."""
        return self.text[self.body.start : self.body.end]

    def search(self, pattern: re.Pattern[str], span: Span | None = None) -> Iterator[re.Match[str]]:
        """Matches of a folded pattern in the folded text (all of it, or one span)."""
        if span is None:
            return pattern.finditer(self.folded)
        return pattern.finditer(self.folded, span.start, span.end)


class Rule:
    """One check of an email. Subclasses set the class attributes and implement `check`."""

    id: ClassVar[str]
    severity: ClassVar[str]
    reason: ClassVar[str]
    """Why: a sentence of the article (`tactful.policy.article`) or cited evidence."""
    messages: ClassVar[Messages]
    """'en' and 'fr' (and 'en:variant', 'fr:variant') -> (message, suggestion) templates."""
    kinds: ClassVar[frozenset[str] | None] = None
    """The kinds of email the rule applies to; None: every email, of any kind or none."""
    needs_plan: ClassVar[bool] = False
    """True for rules that read the round's plan (`EmailContext.plan`)."""

    def applies(self, email: Email) -> bool:
        if self.needs_plan and email.context.plan is None:
            return False
        if self.kinds is None:
            return True
        return email.kind in self.kinds

    def check(self, email: Email) -> Iterable[Finding]:
        raise NotImplementedError

    def text_for(self, lang: str, variant: str | None = None) -> tuple[str, str]:
        if variant and f"{lang}:{variant}" in self.messages:
            return self.messages[f"{lang}:{variant}"]
        return self.messages.get(lang) or self.messages["en"]

    def finding(
        self,
        email: Email,
        start: int,
        end: int,
        *,
        severity: str | None = None,
        variant: str | None = None,
        **values: object,
    ) -> Finding:
        """A finding at [start, end): `values` fill the message's {placeholders}; `variant`
        picks the 'en:variant' / 'fr:variant' messages; `severity` overrides the rule's."""
        return self._finding(email, start, end, severity, variant, values)

    def whole(self, email: Email, *, variant: str | None = None, **values: object) -> Finding:
        """A finding about the email as a whole ('no thanks'): anchored at the whole body."""
        body = email.body
        return self._finding(email, body.start, body.end, None, variant, values, whole=True)

    def _finding(
        self,
        email: Email,
        start: int,
        end: int,
        severity: str | None,
        variant: str | None,
        values: dict[str, object],
        *,
        whole: bool = False,
    ) -> Finding:
        message, suggestion = self.text_for(email.lang, variant)
        line, column = email.lines.line_column(start)
        return Finding(
            rule=self.id,
            severity=severity or self.severity,
            message=message.format(**values),
            suggestion=suggestion.format(**values),
            start=start,
            end=end,
            line=line,
            column=column,
            reason=self.reason,
            whole=whole,
        )


class PhraseRule(Rule):
    """Flags each occurrence of a phrase. `phrases` maps a language to small regexes."""

    phrases: ClassVar[Phrases]
    _compiled: ClassVar[dict[str, re.Pattern[str]]]
    _caseless: ClassVar[dict[str, re.Pattern[str] | None]]

    @classmethod
    def pattern(cls, lang: str) -> re.Pattern[str]:
        """The rule's phrases in one regex, compiled on first use for that language."""
        compiled = cls.__dict__.get("_compiled")
        if compiled is None:
            compiled = cls._compiled = {}
        code = lang if lang in cls.phrases else "en"
        if code not in compiled:
            compiled[code] = phrase_regex(cls.phrases[code])
        return compiled[code]

    @classmethod
    def caseless(cls, lang: str) -> re.Pattern[str] | None:
        """`pattern(lang)` without IGNORECASE, for lower-case ASCII text (`without_case`)."""
        cache = cls.__dict__.get("_caseless")
        if cache is None:
            cache = cls._caseless = {}
        if lang not in cache:
            cache[lang] = without_case(cls.pattern(lang))
        return cache[lang]

    def occurs(self, email: Email, span: Span) -> bool:
        """Whether one of the phrases occurs in the span: `email.search(pattern, span)`
        finds one, asked of the lower-case twin of an ASCII text when the regex allows."""
        lowered = email.lowered
        if lowered is not None:
            fast = self.caseless(email.lang)
            if fast is not None:
                return fast.search(lowered, span.start, span.end) is not None
        found = self.pattern(email.lang).search(email.folded, span.start, span.end)
        return found is not None

    def check(self, email: Email) -> Iterable[Finding]:
        for match in email.search(self.pattern(email.lang)):
            if not email.in_scope(match.start()):
                continue
            phrase = " ".join(email.text[match.start() : match.end()].split())
            yield self.finding(email, match.start(), match.end(), phrase=phrase)


class MeaningRule(Rule):
    """Flags each place where one of its patterns over lemmas matches (tactful.text.patterns):
    `patterns` maps a language to patterns, `classes` names the sub-patterns they share.
    Overlapping matches are reported once, as their union. Each pattern is compiled on first
    use with the words a text must hold for it to match, so most patterns skip most emails."""

    patterns: ClassVar[Patterns]
    classes: ClassVar[dict[str, dict[str, str]]] = {}
    _compiled: ClassVar[dict[str, list[tuple[list[frozenset[str]], re.Pattern[str]]]]]
    _indexes: ClassVar[dict[str, _Index]]

    @classmethod
    def compiled(cls, lang: str) -> list[tuple[list[frozenset[str]], re.Pattern[str]]]:
        """Each pattern as (the word sets it needs, its regex), for one language."""
        cache = cls.__dict__.get("_compiled")
        if cache is None:
            cache = cls._compiled = {}
        code = lang if lang in cls.patterns else "en"
        if code not in cache:
            classes = cls.classes.get(code, {})
            cache[code] = [
                (rarest_first(required_words(p, classes)), compile_patterns([p], classes))
                for p in cls.patterns[code]
            ]
        return cache[code]

    def spans(self, email: Email) -> list[tuple[int, int]]:
        """Where the rule's meaning is found, in reading order, overlaps merged."""
        found = email.memo.get(self.id)
        if found is None:
            found = email.memo[self.id] = self._spans(email)
        return found

    @classmethod
    def _index(cls, lang: str) -> _Index:
        """The patterns that need no word, for each word the patterns whose first required
        set holds it (a text's vocabulary picks its candidates in one set operation), those
        words as a set, and each pattern's other required sets."""
        cache = cls.__dict__.get("_indexes")
        if cache is None:
            cache = cls._indexes = {}
        code = lang if lang in cls.patterns else "en"
        if code not in cache:
            always: list[int] = []
            by_word: dict[str, list[int]] = {}
            compiled = cls.compiled(code)
            for position, (needs, _) in enumerate(compiled):
                if not needs:
                    always.append(position)
                for word in needs[0] if needs else ():
                    by_word.setdefault(word, []).append(position)
            others = [needs[1:] for needs, _ in compiled]
            cache[code] = (always, by_word, frozenset(by_word), others)
        return cache[code]

    def _spans(self, email: Email) -> list[tuple[int, int]]:
        read = email.read
        present = read.vocabulary
        compiled = self.compiled(email.lang)
        always, by_word, words, others = self._index(email.lang)
        candidates = set(always)
        for word in words.intersection(present):  # two sets: no hashing, the smaller is read
            candidates.update(by_word[word])
        raw: list[tuple[int, int]] = []
        lacks = present.isdisjoint
        for position in sorted(candidates):
            # needs[0] holds a word of the text (the index says so): the others are tested
            if any(map(lacks, others[position])):
                continue
            regex = compiled[position][1]
            matches = _sentence_matches if _anchored(regex) else _all_matches
            raw.extend(read.span(m.start() + 1, m.end() + 1) for m in matches(regex, read))
        return self.kept(email, raw)

    def kept(self, email: Email, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of `raw` in order, overlapping ones merged, each kept as `keep` says."""
        out: list[tuple[int, int]] = []
        for start, end in sorted(raw):
            if out and start < out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            elif self.keep(email, start, end):
                out.append((start, end))
        return out

    def keep(self, email: Email, start: int, end: int) -> bool:
        """Whether a match counts (a subclass can set some aside, e.g. quoted speech)."""
        return True

    def check(self, email: Email) -> Iterable[Finding]:
        for start, end in self.spans(email):
            phrase = " ".join(email.text[start:end].split())
            yield self.finding(email, start, end, phrase=phrase)


_ANCHOR = "(?:(?<=\\|)"
"""How a pattern that starts with "^" (a sentence's start) begins once compiled."""


def _anchored(regex: re.Pattern[str]) -> bool:
    """Whether every match of a compiled pattern starts right after a "|" of the stream: its
    first item is "^" (a pattern has no top-level "|", so nothing else can start it)."""
    return regex.pattern.startswith(_ANCHOR)


def _all_matches(regex: re.Pattern[str], read: Analysis) -> Iterator[re.Match[str]]:
    return regex.finditer(read.stream)


def _sentence_matches(regex: re.Pattern[str], read: Analysis) -> Iterator[re.Match[str]]:
    """`regex.finditer(read.stream)` for a pattern anchored at sentence starts, tried only
    there: a regex that opens with a lookbehind gives the engine nothing to skip ahead to, so
    finditer would test it at every character of the stream."""
    resume = 0
    for position in read.sentence_starts:
        if position < resume:
            continue
        found = regex.match(read.stream, position)
        if found is not None:
            resume = found.end() if found.end() > position else position + 1
            yield found


class RequiredRule(PhraseRule):
    """Flags the email once when none of the phrases occurs in its body (or the context's
    own words are not echoed, see `satisfied`)."""

    def region(self, email: Email) -> Span:
        return email.body

    def satisfied(self, email: Email) -> bool:
        return False

    def check(self, email: Email) -> Iterable[Finding]:
        if self.occurs(email, self.region(email)):
            return
        if self.satisfied(email):
            return
        yield self.whole(email)


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def register(rule: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the checker (built-in rules use it too)."""
    if not getattr(rule, "id", "") or getattr(rule, "severity", None) not in SEVERITIES:
        raise ValueError(f"rule {rule.__name__} needs an id and a severity in {SEVERITIES}")
    if rule.id in _REGISTRY and type(_REGISTRY[rule.id]) is not rule:
        raise ValueError(f"two rules are called {rule.id!r}")
    _REGISTRY[rule.id] = rule()
    return rule


def unregister(rule_id: str) -> None:
    _REGISTRY.pop(rule_id, None)


def registered_rules() -> list[Rule]:
    """Every rule: the built-ins, then those of installed plugins (loaded once)."""
    global _loaded
    if not _loaded:
        _loaded = True
        for name in BUILT_IN_MODULES:
            import_module(name)
        _load_plugins()
    return list(_REGISTRY.values())


def _load_plugins() -> None:
    for value in _plugin_entry_points():
        found = _ENTRY_POINT_RE.match(value)
        if found is None:
            continue
        loaded: object = import_module(found.group("module"))
        for attr in filter(None, (found.group("attr") or "").split(".")):
            loaded = getattr(loaded, attr)


_METADATA = (".dist-info", ".egg-info", "/egg-info")
"""Where importlib.metadata finds distributions in a folder of the import path (the last: an
`.egg` folder's own EGG-INFO, matched on "/" + the lower-case name)."""

# importlib.metadata's EntryPoint.pattern: "module", "module:attr" (extras ignored).
_ENTRY_POINT_RE = re.compile(
    r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$"
)


def _plugin_entry_points() -> list[str]:
    """The values of the installed entry points of the group. Scanning every installed
    distribution costs more than checking an email, so the list is kept with the compiled
    matchers, keyed by the import path's folders that hold distributions' metadata, each with
    its modification time (installing or removing a package changes its folder's). Folders
    without metadata hold no entry points and are left out: the current directory is on the
    path of `python -m tactful`, and running it elsewhere, or saving an email there, must not
    throw the list away."""
    import os
    import sys

    stamps: list[tuple[str, int]] = []
    for folder in sys.path:
        try:
            stamp = os.stat(folder or ".").st_mtime_ns
            names = os.listdir(folder or ".")
        except NotADirectoryError:  # a zip archive on the path: its time stands for it
            pass
        except OSError:
            continue
        else:
            if not any(f"/{name.lower()}".endswith(_METADATA) for name in names):
                continue
        stamps.append((folder, stamp))

    def scan() -> list[str]:
        from importlib.metadata import entry_points

        return [entry.value for entry in entry_points(group=ENTRY_POINT_GROUP)]

    return remember(("entry-points", ENTRY_POINT_GROUP, tuple(stamps)), scan)
