"""The parts of an email, with offsets: header block, greeting, core, sign-off, quoted reply.

A pasted email, or a `tactful draft`, may start with a header block ("To: …", "Subject: …",
"Objet : …", "À : …"); the body is what follows it, up to a "-- " signature delimiter or the
reply it quotes ("On Mon, Ana wrote:", "Le lundi 3 mars, Ana a écrit :", "-----Original
Message-----", an Outlook "From: … Sent: …" block, or lines starting with ">"). The greeting is
the first line when it opens like one ("Dear …", "Bonjour …"); the sign-off is the lowest of the
last four lines that closes like one ("Best regards,", "Cordialement,"). The core is what lies
between them.
"""

from __future__ import annotations

import re

from tactful.text.fold import fold_accents as fold
from tactful.text.phrases import phrase_regex
from tactful.text.tokens import Token, count_words, find_words, words, words_of
from tactful.text.values import Frozen, cached

_HEADER_RE = re.compile(
    r"(subject|objet|to|from|cc|bcc|a|de|date|re|sent|envoye|reply-to|repondre a)\s*:",
    re.IGNORECASE,
)
_QUOTE_START_RE = re.compile(
    r"(?:on\b.{3,200}\bwrote\s*:|le\b.{3,200}\ba\s+ecrit\s*:|-{2,}\s*(?:original message|"
    r"message d'origine|forwarded message|message transfere)|(?:from|de)\s*:.*\n\s*(?:sent|"
    r"date|envoye)\s*:|>)",
    re.IGNORECASE,
)
_QUOTE_OPENERS = "oOlLfFdD->"
"""The characters a quoted reply's first line can start with (what `_QUOTE_START_RE` can
match first, case-blind): a line that starts otherwise is not tried."""
_SUBJECT_RE = re.compile(r"(subject|objet)\s*:\s*", re.IGNORECASE)

GREETINGS = {
    "en": phrase_regex(
        [
            "dear", "hello", "hi", "hey", "(good )?(morning|afternoon|evening)", "greetings",
            "to whom it may concern",
        ]
    ),
    "fr": phrase_regex(
        [
            "bonjour", "bonsoir", "madame", "monsieur", "mesdames", "messieurs",
            "ch[eè]re?s?", "hello", "salut", "coucou",
        ]
    ),
}  # fmt: skip
SIGN_OFFS = {
    "en": phrase_regex(
        [
            "best( regards| wishes)?",
            "(kind|kindest|warm|warmest|many|with best) (regards|wishes)",
            "regards", "warmly", "sincerely", "yours( sincerely| truly| faithfully)?",
            "(very )?(truly|sincerely|respectfully|faithfully|cordially) yours", "cordially",
            "respectfully", "all the best", "cheers", "(many )?thanks( again| so much)?",
            "thank you( again| so much| very much)?", "with (gratitude|thanks|appreciation)",
            "take care", "talk soon", "looking forward to (hearing from you|speaking with you)",
        ]
    ),
    "fr": phrase_regex(
        [
            "(bien |tres )?cordialement", "(bien|tres) a vous", "(bien )?sincerement",
            "(sinceres |meilleures )?salutations", "respectueusement", "amicalement",
            "(belle|bonne) (journee|soiree|fin de journee|semaine|fin de semaine)",
            "au plaisir", "(avec )?(tous )?mes remerciements",
            "merci( encore| beaucoup| d'avance)?",
            "en vous remerciant", "dans l'attente", "je vous prie d'agreer", "veuillez agreer",
            "recevez", "(avec )?mes (sinceres |meilleures )?salutations",
            "a (tres )?(bientot|vite)",
        ]
    ),
}  # fmt: skip
_FORMAL_FR_RE = re.compile(r"agreer|salutations|sentiments|l'expression", re.IGNORECASE)
_NAMED_RE = re.compile(r"[,.!-]\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*$")
_NAME_TAIL_RE = re.compile(r"[\s,.!-]*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s*")


# "Dan," or "Ms. First Year, Thank you…": a name (or a title and a name) and a comma opens the
# email as a greeting does; a name alone closes it as a sign-off does ("Sam Taylor").
_NAME_GREETING_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*[,:]"
)
_NOT_NAMES = frozenset(
    words_of(
        """
        unfortunately however also again yes no so well firstly first today yesterday recently
        finally thanks thank please hope sorry cependant merci enfin oui non aussi
        """
    )
)
# A line of contact details under a signature: a phone number, an address, a profile.
_CONTACT_LINE_RE = re.compile(
    r"(?:(?:tel|phone|mobile|cell|portable|email|e-mail|courriel|linkedin)\.?\s*:?\s*)?"
    r"(?:\+?[\d\s().\-/]{7,}|\S+@\S+\.\w+|(?:https?://|www\.)\S+|linkedin\.com/\S*)\s*",
    re.IGNORECASE,
)
# A full name: two to four capitalised words ("Sam Taylor", "Susan Candidate.").
# A dash before it is a signature too ("- Sam Taylor", "— Ana Ruiz").
_NAME_LINE_RE = re.compile(r"(?:[-–—~]\s*)?[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3}")


_set = object.__setattr__  # how a read-only record sets its fields (tactful.text.values)


class Span(Frozen):
    """Offsets of a part of the text (start inclusive, end exclusive)."""

    __slots__ = _fields = ("start", "end")
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _set(self, "start", start)
        _set(self, "end", end)


class Anatomy(Frozen):
    """The parts of an email: subject, headers, greeting, body, sign-off and what it quotes."""

    _fields = (
        "subject",
        "headers",
        "quoted",
        "body",
        "greeting",
        "sign_off",
        "signed",
        "core",
        "first_line",
        "last_line",
        "text",
    )
    _unshown = ("text",)
    subject: Span | None
    headers: Span | None
    """The header block at the top ("To: …", "Subject: …"), when there is one."""
    quoted: Span | None
    """The reply the email quotes, from its first line to the end, when there is one."""
    body: Span
    """From the first non-blank character after the headers to the last before any '-- '."""
    greeting: Span | None
    sign_off: Span | None
    signed: bool
    """Whether a name (or anything) follows the sign-off's formula."""
    core: Span
    first_line: Span
    last_line: Span
    text: str

    def __init__(
        self,
        subject: Span | None,
        headers: Span | None,
        quoted: Span | None,
        body: Span,
        greeting: Span | None,
        sign_off: Span | None,
        signed: bool,
        core: Span,
        first_line: Span,
        last_line: Span,
        text: str,
    ) -> None:
        _set(self, "subject", subject)
        _set(self, "headers", headers)
        _set(self, "quoted", quoted)
        _set(self, "body", body)
        _set(self, "greeting", greeting)
        _set(self, "sign_off", sign_off)
        _set(self, "signed", signed)
        _set(self, "core", core)
        _set(self, "first_line", first_line)
        _set(self, "last_line", last_line)
        _set(self, "text", text)

    @cached
    def words(self) -> list[Token]:
        """The body's words (the subject is not counted)."""
        return words(self.text, self.body.start, self.body.end)

    @cached
    def body_words(self) -> list[str]:
        """The body's words as strings (`find_words`), found once."""
        return find_words(self.text, self.body.start, self.body.end)

    @cached
    def word_count(self) -> int:
        return len(self.body_words)

    @cached
    def core_words(self) -> list[str]:
        """The core's words: the body's, less those of the greeting and the sign-off (the
        core starts after a line, a "," ":" "!" or a dash between spaces, and ends before a
        line: no word runs across its edges, so the few words outside it are all counted)."""
        core, body, text = self.core, self.body, self.text
        if core.start == core.end:
            return []
        head = count_words(text, body.start, core.start)
        tail = count_words(text, core.end, body.end)
        return self.body_words[head : len(self.body_words) - tail]


def _lines(text: str, start: int, end: int) -> list[Span]:
    """Non-blank lines between start and end, trimmed of surrounding whitespace."""
    out = []
    position = start  # lines are split with str.split, faster than a regex's matches
    for line in text[start:end].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Span(position + lead, position + len(line.rstrip())))
        position += len(line) + 1
    return out


def dissect(text: str, lang: str) -> Anatomy:
    folded = fold(text)
    lines = _lines(text, 0, len(text))
    subject: Span | None = None
    body_start = 0
    headers: Span | None = None
    if lines and _HEADER_RE.match(folded, lines[0].start):
        first_header = lines[0].start
        count = 0
        for line in lines:
            if not _HEADER_RE.match(folded, line.start):
                break
            if (found := _SUBJECT_RE.match(folded, line.start)) is not None:
                subject = Span(found.end(), line.end)
            body_start = line.end
            count += 1
        lines = lines[count:]
        if not lines:
            lines = [Span(body_start, body_start)]
        headers = Span(first_header, body_start)
    quoted: Span | None = None
    for i, line in enumerate(lines):
        if (
            i > 0
            and folded[line.start] in _QUOTE_OPENERS
            and _QUOTE_START_RE.match(folded, line.start, min(len(text), line.end + 200))
        ):
            quoted = Span(line.start, len(text.rstrip()))
            lines = lines[:i]
            break
    body_end = lines[-1].end
    for i, line in enumerate(lines):
        # a line is trimmed: it is "--" when it is two characters long and starts so
        if line.end - line.start == 2 and text.startswith("--", line.start) and i > 0:
            lines = lines[:i]
            body_end = lines[-1].end
            break
    body = Span(lines[0].start, body_end)
    greeting = _greeting(text, folded, lines[0], lang)
    closing = _without_contact_lines(text, lines)
    sign_off = _sign_off(text, folded, closing[1:] if greeting else closing, lang)
    name_only = (
        sign_off is None
        and len(closing) > 1
        and _NAME_LINE_RE.fullmatch(text, closing[-1].start, closing[-1].end) is not None
    )
    if name_only:
        sign_off = closing[-1]  # signed with a name alone
    signed = name_only or (
        sign_off is not None
        and (sign_off.end < body.end or bool(_NAMED_RE.search(text, sign_off.start, sign_off.end)))
    )
    core_start = greeting.end if greeting else body.start
    core_end = sign_off.start if sign_off else body.end
    if core_end < core_start:
        core_end = core_start
    return Anatomy(
        subject=subject,
        headers=headers,
        quoted=quoted,
        body=body,
        greeting=greeting,
        sign_off=sign_off,
        signed=signed,
        core=Span(core_start, core_end),
        first_line=lines[0],
        last_line=lines[-1],
        text=text,
    )


def _without_contact_lines(text: str, lines: list[Span]) -> list[Span]:
    """The lines up to the signature: a phone number or an address under the name is not the
    last line that signs ("Matthew Long" then "(320) 555-3845")."""
    end = len(lines)
    while end > 1 and _CONTACT_LINE_RE.fullmatch(text, lines[end - 1].start, lines[end - 1].end):
        end -= 1
    return lines[:end]


def _greeting(text: str, folded: str, line: Span, lang: str) -> Span | None:
    found = GREETINGS[lang].match(folded, line.start, line.end)
    named = None if found else _NAME_GREETING_RE.match(text, line.start, line.end)
    if named and named.group().split()[0].rstrip(",:").lower() not in _NOT_NAMES:
        found = named
    if found is None:
        other = GREETINGS["fr" if lang == "en" else "en"].match(folded, line.start, line.end)
        if other is None:
            return None
    # "Hi Ana, thank you for …" on one line: the greeting ends at its comma.
    content = text[line.start : line.end]
    comma = re.search(r"[,:!]|\s[-–—]\s", content)
    if comma and len(content[comma.end() :].split()) >= 3:
        return Span(line.start, line.start + comma.end())
    return line


def _sign_off(text: str, folded: str, lines: list[Span], lang: str) -> Span | None:
    other = "fr" if lang == "en" else "en"
    for line in reversed(lines[-4:]):
        found = SIGN_OFFS[lang].match(folded, line.start, line.end)
        if found is None:
            found = SIGN_OFFS[other].match(folded, line.start, line.end)
        if found is None:
            continue
        content = text[line.start : line.end]
        rest = text[found.end() : line.end]
        if (
            len(content.split()) <= 6
            or content.endswith(",")
            or _NAME_TAIL_RE.fullmatch(rest)
            or (lang == "fr" and _FORMAL_FR_RE.search(folded, line.start, line.end))
        ):
            return line
    return None
