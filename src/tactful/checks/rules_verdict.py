"""What makes the verdict "revise" beyond a single error: a leftover placeholder, and an email
whose warnings together leave nothing the employer can act on (see docs/checker.md, "Verdict")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tactful.checks.model import ERROR, Finding
from tactful.checks.rule import Email, Messages, Rule, register
from tactful.checks.rules_content import BOTH, NoInterviewReference
from tactful.checks.rules_manner import Apology, Filler
from tactful.policy import article
from tactful.text.tokens import count_words

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar

# "[your name]", "[Nom]", "{{first_name}}", "<<Company>>": a template's blank left unfilled.
# Not "[...]" or "[sic]", and not a Markdown link's text ("[site](https://…)"). The lookahead
# (a letter inside) reads no further than the 60 characters the brackets may hold: unbounded,
# it read to the line's end at every "[", and a line of them cost its square.
# Other templates' blanks: "{topic}" (one pair of braces round a name), "<DETAIL>" (capitals in
# angle brackets: not an address or a tag, which are lower case), "XXX" and "TODO".
_PLACEHOLDER_RE = re.compile(
    r"\[(?!sic\])(?=[^\[\]\n]{0,59}[^\W\d_])[^\[\]\n]{1,60}\](?!\()|\{\{[^{}\n]{1,60}\}\}|<<[^<>\n]{1,60}>>"
    r"|\{(?<!\{\{)[^\W\d][\w .-]{0,40}\}(?!\})"
    r"|<(?-i:[A-Z][A-Z0-9_ -]{1,40})>|\b(?-i:XXX+|TODO)\b",
    re.IGNORECASE,
)


@register
class Placeholder(Rule):
    id = "placeholder"
    severity = ERROR
    reason = "A template's blank left in the email shows it was not written for the reader."
    messages: ClassVar[Messages] = {
        "en": (
            "Leftover placeholder: “{phrase}”.",
            "Replace it with the real words before sending.",
        ),
        "fr": (
            "Espace réservé oublié : « {phrase} ».",
            "Remplacez-le par le vrai texte avant d'envoyer.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        for match in _PLACEHOLDER_RE.finditer(email.text):
            if email.in_scope(match.start()):
                yield self.finding(email, match.start(), match.end(), phrase=match.group())


MIN_SUBSTANCE = 12
"""Words outside the filler and apology phrases under which an email says nothing."""
_FRAME_WORDS = 30
"""More words than a greeting and a sign-off ever hold together."""


@register
class Ineffective(Rule):
    id = "ineffective"
    severity = ERROR
    reason = f"{article.REFER_TO_INTERVIEW} {article.NOT_DESPERATE}"
    messages: ClassVar[Messages] = {
        "en": (
            "Nothing the employer can act on: {count} filler or apology phrase(s) and no "
            "specific reference to your interview.",
            "Rewrite it around one specific moment of your interview and one clear question.",
        ),
        "fr": (
            "Rien sur quoi le recruteur puisse agir : {count} formule(s) creuse(s) ou excuse(s) "
            "et aucune référence précise à votre entretien.",
            "Réécrivez-le autour d'un moment précis de l'entretien et d'une question claire.",
        ),
        "en:short": (
            "Nothing the employer can act on: {words} word(s) and no specific reference to your "
            "interview.",
            "Rewrite it around one specific moment of your interview and what the email is for.",
        ),
        "fr:short": (
            "Rien sur quoi le recruteur puisse agir : {words} mot(s) et aucune référence précise "
            "à votre entretien.",
            "Réécrivez-le autour d'un moment précis de l'entretien et de l'objet du message.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        fillers, apologies = Filler().spans(email), Apology().spans(email)
        empty = fillers + apologies
        if not empty:
            # A thank-you or a status email of a few words with nothing from the interview
            # ("thx 4 the interview", "Any update on the analyst role?") says nothing either.
            if email.kind not in BOTH or email.parts.word_count >= MIN_SUBSTANCE + _FRAME_WORDS:
                return  # (a greeting and a sign-off hold fewer words than that: no need to count)
            words = _substance(email, [])
            if words < MIN_SUBSTANCE and not NoInterviewReference().refers(email):
                yield self.whole(email, variant="short", words=words)
            return
        if NoInterviewReference().refers(email):
            return
        if (fillers and apologies) or len(empty) >= 3 or _substance(email, empty) < MIN_SUBSTANCE:
            yield self.whole(email, count=len(empty))


def _substance(email: Email, empty: list[tuple[int, int]]) -> int:
    """Words of the core outside the filler and apology phrases (and outside a bare first
    name signing it, when no sign-off formula was found: "Mike" says nothing)."""
    core = email.parts.core
    text = email.text
    end = core.end
    if email.parts.sign_off is None:
        end = _before_bare_name(text, core.start, end)
    inside = sum(count_words(text, max(s, core.start), min(e, end)) for s, e in empty)
    return count_words(text, core.start, end) - inside


def _before_bare_name(text: str, start: int, end: int) -> int:
    """Where the core ends without its last line, when that line is a name alone (one to
    three words, no sentence mark); `end` otherwise."""
    body = text[start:end].rstrip()
    cut = body.rfind("\n")
    if cut < 0:
        return end
    last = body[cut + 1 :].strip().lstrip("-–— ")
    if last and len(last.split()) <= 3 and not any(mark in last for mark in ".?!:,;"):
        return start + cut
    return end
