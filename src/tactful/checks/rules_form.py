"""Form: length, shouting, emoji, questions, readability, greeting and sign-off."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from tactful.checks.model import INFO, LENGTH_LIMITS, WARNING, Finding
from tactful.checks.rule import Email, Messages, Rule, register
from tactful.policy import article
from tactful.text.fold import fold_accents as fold
from tactful.text.readability import readability
from tactful.text.tokens import Token, count_words, sentences, words, words_of

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar

KEEP_IT_PROFESSIONAL = "Keep it professional."
"""A sentence of the article (not among `tactful.policy.article`'s constants)."""
BOOMERANG_LENGTH = (
    "Boomerang's 2016 study of over 40 million emails found that messages of 50 to 125 words "
    "got the best reply rates."
)
BOOMERANG_QUESTIONS = (
    "Boomerang's 2016 study of over 40 million emails found that asking one to three questions "
    "got more replies than asking none, and that more questions got fewer."
)
BOOMERANG_READING = (
    "Boomerang's 2016 study of over 40 million emails found that emails written at a third-grade "
    "reading level got more replies than those written at a college level."
)


@register
class TooLong(Rule):
    id = "too-long"
    severity = WARNING
    reason = f"{BOOMERANG_LENGTH} {article.SHORT_AND_FRIENDLY}"
    messages: ClassVar[Messages] = {
        "en": (
            "Too long: {words} words, over the {limit} this kind of email should stay under.",
            "Cut it to what the email must say; the words past the limit start here.",
        ),
        "fr": (
            "Trop long : {words} mots, au-delà des {limit} qu'il ne devrait pas dépasser.",
            "Ne gardez que l'essentiel ; les mots en trop commencent ici.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        limit = LENGTH_LIMITS.get(email.kind, 150)
        count = email.parts.word_count
        if count > limit:
            start = email.parts.words[limit].start
            yield self.finding(email, start, email.body.end, words=count, limit=limit)


_ACRONYMS = frozenset(
    words_of(
        """
        AI API AWS AZURE BA BI BNP BTS CAC CAD CDD CDI CEO CFO CIO COO CPA CRM CSS CSV CTO CV
        DAF DRH DSI EDF ERP ESG ESN ETL EU FAQ GCP GDPR GPU HEC HR HTML HTTP IA IBM ICU IDE
        IFRS INSEAD IOS IT IUT KPI LLC LTD MBA MOOC MIT NASA NATO NGO NHS OCDE OECD OKR ONG
        ONU OTAN PDF PHP PME PMO PMP QA RER RGPD RH ROI RSE SAAS SAP SARL SAS SCRUM SEO SIG
        SNCF SQL SRE TPE TVA UI UK UN UNESCO UNICEF URL USA USB UX VAT VIE VP XML AXA IKEA
        CNRS INSERM ISO LVMH RATP SAFE TOEIC TOEFL IELTS DELF DALF BAFA CACES MOOC LEAN SIX
        UCLA NYU ESSEC ESCP EDHEC SKEMA AFNOR CNIL INSEE URSSAF CPF OPCO IDF PACA DOM TOM MOA
        MOE AMOA PO PM
        """
    )
)
_SHOUT_WORDS = frozenset(
    words_of(
        """
        SO NO ANY NOT YES VERY MUCH LOVE NEED MUST HOPE BEST NOW ALL HUGE WANT JOB THE AND YOU
        ARE WILL CAN GET DID WHY HOW WHAT SOON ASAP GOOD GLAD REAL SURE FREE HARD KEEN TRES
        TOUT TOUS VITE BIEN VRAI OUI NON MOI VOUS EST PAS PLUS TROP SUIS JOIE
        SUPER NEVER THANK MERCI GREAT HAPPY AGAIN SORRY TODAY RIGHT TRULY REPLY STILL ABOUT
        AFTER EVERY FIRST OTHER THINK WOULD COULD THERE WHERE WHICH WHILE SHALL EXTRA TOTAL
        AVANT APRES TOUTE VOTRE NOTRE AUSSI HEURE GRAND ELLES
        """
    )
)
_CIVILITY = frozenset({"madame", "monsieur", "mme", "mr", "mrs", "ms", "dr", "m", "mlle", "me"})
_PUNCT_RUN_RE = re.compile(r"[!?]{2,}")


# A word in capitals, not inside a longer word; what must not come before it is checked after
# its first capital, so the regex engine skips ahead to a capital instead of testing the
# lookbehind at every character.
_CAPS_WORD_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<![^\W_][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ0-9'’-]*[A-ZÀ-ÖØ-Þ](?![^\W_])"
)


def _is_caps(token: Token) -> bool:
    word = token.text
    return len(word) >= 2 and word.isupper() and sum(c.isalpha() for c in word) >= 2


def _surnames(text: str, tokens: list[Token]) -> list[bool]:
    """For each token, whether it is a surname in capitals, as French writes them: "Claire
    MARTIN", "Madame DURAND,", "Jean DUPONT-MARTIN". One follows, on the same line, a word in
    title case, a civility or another such surname, and nothing but punctuation comes after it on
    its line, or a comma, a hyphen or a bracket comes next.

    One pass, each token's answer read from the one before (a chain of capitals asked its way
    back, once per token, cost the square of its length and overflowed Python's stack)."""
    out = [False] * len(tokens)
    line_end = -1  # the end of the line of the token read last (len(text) on the last line)
    last_letter = -1  # the offset of that line's last letter (-1: none after the token)
    for i in range(1, len(tokens)):
        before, token = tokens[i - 1], tokens[i]
        if "\n" in text[before.end : token.start]:
            continue
        word = before.text
        titled = len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").islower()
        if not (titled or word.lower() in _CIVILITY or (out[i - 1] and i > 1 and _is_caps(before))):
            continue
        if token.end > line_end:  # a line not read yet: where it ends and its last letter
            found = text.find("\n", token.end)
            line_end = len(text) if found < 0 else found
            letter = _LETTER_RE.search(text[token.end : line_end][::-1])
            last_letter = -1 if letter is None else line_end - 1 - letter.start()
        if last_letter < token.end:
            out[i] = True  # no letter after it on its line
        else:
            next_char = _VISIBLE_RE.search(text, token.end, line_end)
            out[i] = next_char is not None and next_char.group() in ",-("
    return out


_LETTER_RE = re.compile(r"[^\W\d_]")
_VISIBLE_RE = re.compile(r"\S")


@register
class Shouting(Rule):
    id = "shouting"
    severity = WARNING
    reason = f"{KEEP_IT_PROFESSIONAL} {article.PRESSURE}"
    messages: ClassVar[Messages] = {
        "en": (
            "Shouting: “{phrase}” in capitals.",
            "Write it in lower case; let the words carry the emphasis.",
        ),
        "en:punct": (
            "Shouting: “{phrase}”.",
            "Use a single full stop or question mark.",
        ),
        "fr": (
            "Ton trop appuyé : « {phrase} » en majuscules.",
            "Écrivez-le en minuscules ; laissez les mots porter l'insistance.",
        ),
        "fr:punct": (
            "Ton trop appuyé : « {phrase} ».",
            "Un seul point ou point d'interrogation suffit.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        text = email.text
        for match in _PUNCT_RUN_RE.finditer(text):
            yield self.finding(
                email, match.start(), match.end(), variant="punct", phrase=match.group()
            )
        if not any(_is_loud(m.group()) for m in _CAPS_WORD_RE.finditer(text)):
            return  # no loud word in capitals (acronyms only): the usual case, decided at once
        tokens = words(text)
        surnames = _surnames(text, tokens)
        caps = [_is_caps(t) and not surname for t, surname in zip(tokens, surnames, strict=True)]
        i = 0
        while i < len(tokens):
            if not caps[i]:
                i += 1
                continue
            j = i  # a run of capitalised words separated by spaces only: "THANK YOU SO MUCH"
            while (
                j + 1 < len(tokens)
                and caps[j + 1]
                and not text[tokens[j].end : tokens[j + 1].start].strip()
            ):
                j += 1
            if any(_is_loud(t.text) for t in tokens[i : j + 1]):
                start, end = tokens[i].start, tokens[j].end
                yield self.finding(email, start, end, phrase=text[start:end])
            i = j + 1


def _is_loud(word: str) -> bool:
    """A word in capitals that shouts rather than abbreviates: common words (VERY, MERCI) and
    any word of six letters or more that is not a known acronym; shorter unknown ones (CFA,
    LIMS, EHPAD) are acronyms."""
    bare = fold(word).replace("'", "")
    if any(c.isdigit() for c in bare) or bare in _ACRONYMS:
        return False
    if bare in _SHOUT_WORDS:
        return True
    return len(bare) >= 6 and any(c in "AEIOUY" for c in bare)


_EMOJI_RE = re.compile(
    "(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2b1b\u2b1c\u3030\u303d]"
    "[\ufe0f\U0001f3fb-\U0001f3ff]*(?:\u200d[\U0001f000-\U0001faff\u2600-\u27bf][\ufe0f]*)*)+"
    # emoticons: each starts with its own character, so the engine skips ahead to it; what must
    # not come before is checked after that character (a lookbehind over two characters)
    r"|[:;=](?<![\w:/][:;=])[-'^]?[)(DPpO|]+(?![\w)(])|<(?<!\w<)3(?!\d)|\^(?<!\w\^)_?\^(?!\w)"
)


@register
class Emoji(Rule):
    id = "emoji"
    severity = WARNING
    reason = KEEP_IT_PROFESSIONAL
    messages: ClassVar[Messages] = {
        "en": ("Emoji or emoticon: “{phrase}”.", "Remove it: keep the email professional."),
        "fr": ("Émoji ou émoticône : « {phrase} ».", "Retirez-le : restez professionnel."),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        text = email.text
        if not _EMOJI_HINT_RE.search(text):
            return  # no emoji block character and no ":", ";", "=", "<" or "^": nothing to find
        for match in _EMOJI_RE.finditer(text):
            yield self.finding(email, match.start(), match.end(), phrase=match.group())


_EMOJI_HINT_RE = re.compile("[:;=<^\U0001f000-\U0001faff\u2600-\u27bf\u2b1b-\u2b55\u3030\u303d]")
_QUESTION_END_RE = re.compile(r"\?[\"'”»)\]]*$")


@register
class TooManyQuestions(Rule):
    id = "too-many-questions"
    severity = WARNING
    reason = f"{BOOMERANG_QUESTIONS} {article.NOT_DESPERATE}"
    messages: ClassVar[Messages] = {
        "en": (
            "{count} questions: more than two reads as an interrogation.",
            "Keep one or two questions; the rest can wait for their answer.",
        ),
        "fr": (
            "{count} questions : au-delà de deux, le message ressemble à un interrogatoire.",
            "Gardez une ou deux questions ; les autres attendront leur réponse.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        body = email.body
        text = email.text
        if text.find("?", body.start) < 0:
            return  # no question mark from the body on: no sentence of it is a question
        questions = [
            (s, e)
            for s, e in email.sentences
            if body.start <= s < body.end and _QUESTION_END_RE.search(text, s, e)
        ]
        if len(questions) > 2:
            start, end = questions[2]
            yield self.finding(email, start, end, count=len(questions))


READING_EASE_INFO = 45.0
"""Below this Flesch reading ease (Kandel–Moles in French) the email reads like a textbook
('difficult', 30–50 on Flesch's scale); plain business English scores 60 or more."""
READING_EASE_WARNING = 30.0
"""Below this it is 'very difficult', college-graduate level."""
GRADE_DENSE = 12.0
"""With a low reading ease, a grade above this (or one over-long sentence) confirms the text
is dense rather than merely short on words: Flesch is noisy on fifty-word emails."""
GRADE_INFO = 14.0
"""Flesch–Kincaid grade above which an English email needs a university reader. The grade
formula is English's: French words have more syllables, so it is not used for French."""
MIN_WORDS_FOR_READABILITY = 25


@register
class HardToRead(Rule):
    id = "hard-to-read"
    severity = INFO
    reason = f"{BOOMERANG_READING} {article.SHORT_AND_FRIENDLY}"
    messages: ClassVar[Messages] = {
        "en": (
            "Hard to read: Flesch reading ease {ease} (grade {grade}); this sentence has "
            "{longest} words.",
            "Use shorter sentences and everyday words; aim for a reading ease above 60.",
        ),
        "fr": (
            "Difficile à lire : indice de lisibilité {ease} (Flesch adapté par Kandel et Moles, "
            "niveau {grade}) ; cette phrase compte {longest} mots.",
            "Faites des phrases plus courtes et des mots plus simples ; visez un indice "
            "supérieur à 60.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        core = email.parts.core
        text = email.text[core.start : core.end]
        found = email.sentences_in(core)
        spans = [(s - core.start, e - core.start) for s, e in found]
        bounds = _word_bounds(email, found)
        score = readability(text, email.lang, spans, bounds, email.parts.core_words)
        if score.words < MIN_WORDS_FOR_READABILITY:
            return
        english = email.lang == "en"
        dense = score.reading_ease < READING_EASE_INFO and (
            score.long_sentences > 0 or (english and score.grade > GRADE_DENSE)
        )
        very_hard = score.reading_ease < READING_EASE_WARNING
        if not (very_hard or dense or (english and score.grade > GRADE_INFO)):
            return
        longest = max(sentences(text), key=lambda s: count_words(s.text))
        severity = WARNING if score.reading_ease < READING_EASE_WARNING else INFO
        yield self.finding(
            email,
            core.start + longest.start,
            core.start + longest.end,
            severity=severity,
            ease=score.reading_ease,
            grade=score.grade,
            longest=count_words(longest.text),
        )


def _word_bounds(email: Email, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each span of the core, the fewest and the most words it can hold, from the tokens
    of `email.read` that start in it: every word starts a token or holds the first letter
    of one ("’s" of "‘s"), and a token more than the words is one split off a word after an
    apostrophe or a hyphen inside it ("do" + "n't", "co" + "op", "m'" + "appeler"). "ʼ" (a
    letter, read as an apostrophe) moves the count by one either way. So readability counts
    the words of few sentences one by one."""
    starts, text = email.read.starts, email.text
    out = []
    for s, e in spans:
        tokens = bisect_left(starts, e) - bisect_left(starts, s)
        joins = text.count("'", s, e) + text.count("’", s, e) + text.count("-", s, e)
        letters = text.count("ʼ", s, e)
        out.append((tokens - joins - letters, tokens + letters))
    return out


@register
class MissingGreeting(Rule):
    id = "missing-greeting"
    severity = WARNING
    reason = KEEP_IT_PROFESSIONAL
    messages: ClassVar[Messages] = {
        "en": (
            "No greeting: the email does not open with “Dear …” or “Hello …”.",
            "Open with the interviewer's name, e.g. “Dear Ms Patel,”.",
        ),
        "fr": (
            "Pas de formule d'appel : le message ne commence pas par « Bonjour … » ou "
            "« Madame, … ».",
            "Commencez par « Bonjour Madame Martin, » ou « Madame, ».",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        parts = email.parts
        if parts.greeting is None and parts.word_count:
            yield self.finding(email, parts.first_line.start, parts.first_line.end)


@register
class MissingSignOff(Rule):
    id = "missing-sign-off"
    severity = WARNING
    reason = KEEP_IT_PROFESSIONAL
    messages: ClassVar[Messages] = {
        "en": (
            "No sign-off: the email does not close with “Best regards,” or the like.",
            "End with a closing and your name, e.g. “Best regards,” then your full name.",
        ),
        "fr": (
            "Pas de formule de politesse finale : le message ne se termine pas par "
            "« Cordialement, » ou équivalent.",
            "Terminez par « Bien cordialement, » suivi de vos prénom et nom.",
        ),
        "en:unsigned": (
            "No name after the closing: the email is not signed.",
            "Add your full name under the closing.",
        ),
        "fr:unsigned": (
            "Aucun nom après la formule finale : le message n'est pas signé.",
            "Ajoutez vos prénom et nom sous la formule de politesse.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        parts = email.parts
        if not parts.word_count:
            return
        if parts.sign_off is None:
            yield self.finding(email, parts.last_line.start, parts.last_line.end)
        elif not parts.signed:
            yield self.finding(email, parts.sign_off.start, parts.sign_off.end, variant="unsigned")
