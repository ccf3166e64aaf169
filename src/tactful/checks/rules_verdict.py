"""What makes the verdict "revise" beyond a single error: a leftover placeholder, and an email
whose warnings together leave nothing the employer can act on (see docs/checker.md, "Verdict")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from tactful.checks.model import ERROR, Finding
from tactful.checks.rule import Email, Messages, Rule, register
from tactful.checks.rules_content import NoInterviewReference
from tactful.checks.rules_manner import Apology, Filler
from tactful.policy import article
from tactful.text.tokens import sentence_spans, words

# "[your name]", "[Nom]", "{{first_name}}", "<<Company>>": a template's blank left unfilled.
# Not "[...]" or "[sic]", and not a Markdown link's text ("[site](https://…)").
_PLACEHOLDER_RE = re.compile(
    r"\[(?!sic\])(?=[^\]\n]*[^\W\d_])[^\[\]\n]{1,60}\](?!\()|\{\{[^{}\n]{1,60}\}\}|<<[^<>\n]{1,60}>>",
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
"""Words outside the filler and apology sentences under which an email says nothing."""


@register
class Ineffective(Rule):
    id = "ineffective"
    severity = ERROR
    reason = f"{article.REFER_TO_INTERVIEW} {article.NOT_DESPERATE}"
    messages: ClassVar[Messages] = {
        "en": (
            "Nothing the employer can act on: {count} filler or apology phrases, and {what}.",
            "Rewrite it around one specific moment of your interview and one clear question.",
        ),
        "fr": (
            "Rien sur quoi le recruteur puisse agir : {count} formules creuses ou excuses, et "
            "{what}.",
            "Réécrivez-le autour d'un moment précis de l'entretien et d'une question claire.",
        ),
    }
    _WHAT: ClassVar[dict[str, tuple[str, str]]] = {
        "en": ("no specific reference to your interview", "almost nothing else"),
        "fr": ("aucune référence précise à votre entretien", "presque rien d'autre"),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        empty = Filler().spans(email) + Apology().spans(email)
        if not empty:
            return
        fillers, apologies = len(Filler().spans(email)), len(Apology().spans(email))
        no_reference, little = self._WHAT.get(email.lang, self._WHAT["en"])
        if _substance(email, empty) < MIN_SUBSTANCE:
            yield self.whole(email, count=len(empty), what=little)
            return
        referred = NoInterviewReference().refers(email)
        if not referred and ((fillers and apologies) or len(empty) >= 3):
            yield self.whole(email, count=len(empty), what=no_reference)


def _substance(email: Email, empty: list[tuple[int, int]]) -> int:
    """Words of the core that lie outside the sentences holding filler or apologies."""
    core = email.parts.core
    count = 0
    for start, end in sentence_spans(email.text, core.start, core.end):
        if any(start <= s < end for s, _ in empty):
            continue
        count += len(words(email.text, start, end))
    return count
