"""What an ad states, found in its folded text: pay, benefits, dates, process.

Each detector is one compiled regex over the folded text (lower case, plain punctuation), so a
presence test costs one scan that stops at the first hit.
"""

from __future__ import annotations

import re

from tactful.ads.lexicon import expand, normalize, trie_pattern

# --- what the ad states (regexes start with a literal or a plain class: fast to scan) ------
# Regexes named *_SCAN_RE run on the scanning stream; the others on the folded text.


def _after_space(alternatives: list[str], initials: str) -> re.Pattern[str]:
    """A space of the stream, then one of the alternatives. `initials` (a character class's
    body) holds every character an alternative can start with: the lookahead rejects most
    spaces in one test, where the engine would try each branch of the alternation in turn.
    Without it the regex finds the same matches (tests/ads/test_ad_detect_initials.py)."""
    return re.compile(" (?=[" + initials + "])(?:" + "|".join(alternatives) + ")")


def _initials(phrases: tuple[str, ...]) -> str:
    """The first characters of the phrases' trie (its keys are `normalize`d variants)."""
    firsts = {normalize(variant)[:1] for phrase in phrases for variant in expand(phrase)}
    return "".join(re.escape(char) for char in sorted(firsts) if char)


def _led(pattern: str, initials: str) -> re.Pattern[str]:
    """`pattern` behind a lookahead of `initials` (a character class's body holding every
    character a match can start with): the engine rejects most positions in one test, where it
    would try each branch of the alternation in turn (four to six times as fast on a sentence).
    The matches are those of `pattern` (tests/ads/test_ad_detect_led_sentences.py)."""
    return re.compile(f"(?=[{initials}])(?:{pattern})")


def _spaced(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases' variants as the trie holds them (one space between words, no wildcard), each
    with a space on both sides and with its words. Where the stream holds one, the phrases'
    regex matches (the trie ends a word where the next character is not a letter or a digit;
    tests/ads/test_ad_detect_led_sentences.py): whether an ad holds one is answered by look-ups
    in its words and an `in` test, before the regex is searched."""
    variants = {normalize(variant) for phrase in phrases for variant in expand(phrase)}
    return tuple(
        (f" {variant} ", tuple(variant.split()))
        for variant in sorted(variants, key=lambda v: (v.count(" "), v))
        if variant and "*" not in variant
    )


def _keywords(*phrases: str) -> re.Pattern[str]:
    """Phrases (tactful.ads.lexicon syntax) as one trie regex after a space of the stream."""
    return _after_space(["(?:" + trie_pattern(phrases) + ")"], _initials(phrases))


# An amount is pay when its sentence speaks of pay or of a period ("$58.25M raised" is not).
PAY_CONTEXT = (
    r"salar|\bpay\b|\bpaid\b|compensation|\bwage|\brate\b|\bbase\b|\bote\b|per (?:hour|year|"
    r"month|annum|week)|an hour|a year|a month|annual|hourly|/ ?(?:h|hr|hour|year|yr|month|mo|an|"
    r"mois|heure)\b|\bk\b|salaire|rémunération|brut|net|par (?:an|mois|heure|jour)|annuel|"
    r"mensuel|horaire|fixe|variable|package|tjm|daily rate|"
    # or a range of amounts: "$140,000–$175,000", "40 000 € à 50 000 €"
    r"[0-9][0-9,. ]*k?\s*[$€£]?\s*(?:-|to|à|et)\s*[$€£]?\s*[0-9]"
)
PAY_CONTEXT_RE = _led(PAY_CONTEXT, "/0-9abcdfhkmnoprstvw")
# ...unless the sentence is about the business's money ("a quota of €1.8M in annual recurring
# revenue", "deals worth €100k") and names no pay ("OTE", "salary", "commission" are pay).
NOT_PAY_CONTEXT = (
    r"\bquotas?\b|revenue|\barr\b|\bdeals?\b|turnover|funding|\braised\b|valuation|"
    r"\bbudgets?\b|chiffre d'affaires|levée|portefeuille|contrats? de|\bassets\b|\baum\b"
)
NOT_PAY_CONTEXT_RE = _led(NOT_PAY_CONTEXT, "abcdflpqrtv")
PAY_NAMED = (
    r"salar|\bpay\b|\bpaid\b|compensation|\bwage|\bote\b|commission|\bbonus|salaire|"
    r"rémunération|\bbrut\b|\bvariable\b|\bfixe\b|package"
)
PAY_NAMED_RE = _led(PAY_NAMED, "bcfoprsvw")
"""PAY_CONTEXT, NOT_PAY_CONTEXT and PAY_NAMED (the definitions, kept as text) are searched in
one sentence at a time, led by the characters their matches start with."""
PAY_RE = re.compile(
    r"[$€£0-9](?:(?<=[$€£]) ?[0-9]|(?<=[0-9]) ?k? ?(?:€|\$|£|eur\b|euros?\b|usd\b|gbp\b|"
    r"dollars?\b|chf\b))"
)
_PAY_WORDS = ("salary", "salaries", "pay", "compensation", "wage(s)", "salaire", "rémunération")
PAY_WORD_SCAN_RE = _after_space(
    [
        "(?:"
        + trie_pattern(_PAY_WORDS)
        + r")[^$]{0,40}?(?<![0-9])[0-9]{2,3}(?: [0-9]{3}| ?k(?![^\W_]))"
    ],
    _initials(_PAY_WORDS),
)
# Benefits named, not the word: Colorado asks for "a general description of all of the
# benefits" (C.R.S. 8-5-201), and "excellent benefits" describes none. A bonus or equity is pay.
_BENEFITS = (
    "health insurance",
    "health care",
    "healthcare",
    "medical",
    "dental",
    "vision insurance",
    "401 k",
    "401k",
    "pension",
    "retirement",
    "paid time off",
    "pto",
    "vacation",
    "paid holidays",
    "parental leave",
    "sick leave",
    "mutuelle",
    "ticket(s) restaurant",
    "titre(s) restaurant",
    "congés",
    "rtt",
    "prévoyance",
    "retraite",
    "intéressement",
    "participation",
)
BENEFITS_SCAN_RE = _keywords(*_BENEFITS)
BENEFITS_PHRASES = _spaced(_BENEFITS)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_DEADLINE_WORDS = (
    "closing date",
    "apply by",
    "apply before",
    "applications close",
    "applications are open until",
    "application deadline",
    "deadline",
    "open until",
    "accepting applications until",
    "closes on",
    "date limite",
    "candidature(s) jusqu'au",
    "candidature(s) avant le",
    "postulez avant",
    "postuler avant",
    "clôture des candidatures",
)
DEADLINE_PHRASES = _spaced(_DEADLINE_WORDS)
DEADLINE_SCAN_RE = _after_space(
    [
        "(?:" + trie_pattern(_DEADLINE_WORDS) + ")",
        r"(?:avant\s+le|jusqu'au)\s+(?:1er|[0-9])",
        r"(?:by|before|until|through)\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?"
        + _MONTHS
        + r"(?![^\W_])",
    ],
    _initials(_DEADLINE_WORDS) + "ajbut",
)
_REMOTE = (
    "remote",
    "hybrid",
    "on site",
    "onsite",
    "in office",
    "in the office",
    "from home",
    "télétravail",
    "teletravail",
    "à distance",
    "hybride",
    "sur site",
    "présentiel",
    "full remote",
    "fully remote",
)
REMOTE_SCAN_RE = _keywords(*_REMOTE)
REMOTE_PHRASES = _spaced(_REMOTE)
_PROCESS = (
    "hiring process",
    "interview process",
    "recruitment process",
    "selection process",
    "application process",
    "how we hire",
    "what happens next",
    "next steps",
    "interview(s)",
    "screening call",
    "phone screen",
    "phone call",
    "video call",
    "our process",
    "the process",
    "trial shift",
    "trial day",
    "take home",
    "processus de recrutement",
    "processus de sélection",
    "notre processus",
    "le processus",
    "étapes",
    "déroulement",
    "entretien(s)",
    "échange téléphonique",
    "étude de cas",
    "mise en situation",
    "immersion",
)
PROCESS_SCAN_RE = _keywords(*_PROCESS)
PROCESS_PHRASES = _spaced(_PROCESS)
_NUMBERS = [
    "a",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "ten",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "huit",
    "dix",
    "quinze",
]
_UNITS = [
    "day(s)",
    "week(s)",
    "month(s)",
    "business day(s)",
    "working day(s)",
    "jour(s)",
    "semaine(s)",
    "mois",
    "jour(s) ouvré(s)",
]
_TIMELINE_WORDS = ("timeline", "calendrier", *[f"{n} {u}" for n in _NUMBERS for u in _UNITS])
TIMELINE_PHRASES = _spaced(("timeline", "calendrier"))
"""Not the numbered ones ("two weeks"): some two hundred, their look-ups would cost more than the
regex (TIMELINE_UNITS stand for them)."""
TIMELINE_UNITS = (
    "days", "weeks", "months", "day", "week", "month", "jours", "semaines", "mois", "jour",
    "semaine",
)  # fmt: skip
"""The units a numbered timeline ends with ("20 days", "two weeks", "deux semaines"): the
regex is first searched just before the first of them (tactful.ads.rules.transparency)."""
TIMELINE_SCAN_RE = _after_space(
    [
        "(?:" + trie_pattern(_TIMELINE_WORDS) + ")",
        r"[0-9]+\s+(?:business\s+|working\s+)?(?:days?|weeks?|months?|jours?|semaines?|mois)"
        r"(?![^\W_])",
        r"(?:by|before|until)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?"
        + _MONTHS
        + r"(?![^\W_])",
        r"(?:d'ici|avant)\s+(?:le\s+|la\s+)?(?:fin|mi-?|début)\s+(?:de\s+|d')?(?:janvier|"
        r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
    ],
    _initials(_TIMELINE_WORDS) + "0-9buda",
)
REPLY_TRIGGER_SCAN_RE = _keywords(
    "repl*",
    "respon*",
    "answer*",
    "hear",
    "get back",
    "feedback",
    "répon*",
    "quelle que soit",
)
_REPLY_VERB = (
    r"(?:repl(?:y|ies)|respond|answer|get\s+back\s+to|hear\s+(?:back\s+)?from\s+us|response|"
    r"feedback|reply\s+to)"
)
_EVERYONE = r"(?:every|all|each)\b[^.!?]{0,20}?\b(?:applicants?|applications?|candidates?|one)"
REPLY = (
    rf"{_REPLY_VERB}[^.!?]{{0,60}}?\b{_EVERYONE}|{_EVERYONE}[^.!?]{{0,60}}?"
    rf"(?:repl|respon|answer|hear|feedback)|hear\s+(?:back\s+)?from\s+us[^.!?]{{0,40}}?"
    r"(?:either\s+way|whatever|regardless|no\s+matter)|"
    r"(?:répond\w*|réponse)[^.!?]{0,60}?(?:tou(?:te)?s?\s+(?:les\s+)?(?:candidatures|candidat\w*)|"
    r"chaque\s+(?:candidature|candidat\w*|personne)|chacun\w*)|(?:chaque|toutes?\s+les)\s+"
    r"(?:candidatures?|candidat\w*)[^.!?]{0,60}?répon\w*|quelle\s+que\s+soit\s+(?:l'issue|la\s+"
    r"réponse|notre\s+décision)"
)
REPLY_RE = _led(REPLY, "acefghqrt")
REPLY_WORDS = ("every", "all", "each", "hear", "répon", "quelle")
"""Every match of REPLY (the definition, kept as text) holds one of these: "every", "all",
"each" (of _EVERYONE: its first two branches), "hear" (its third), "répon" (fourth and fifth:
répond, réponse) or "quelle": a sentence without any is not searched."""
EEO_RE = re.compile(
    r"\b(?:regardless of|without regard to|irrespective of|equal opportunit|equal-opportunit|"
    r"(?:do|does) not discriminate|don't discriminate|all backgrounds|we welcome applica|"
    r"quel(?:le)?s? que soi(?:en)?t|sans distinction|sans discrimination|indépendamment|"
    r"égalité des chances|ouvert(?:e|s)? (?:à|aux) tou)"
)
# Two-digit numbers (ages): the definition, kept as text; tactful.ads.rules.inclusion.ages_in
# finds them faster, and the tests compile this to hold it to it.
TWO_DIGITS = r"[0-9][0-9](?![0-9])(?<![0-9]..)"
# Ages of the people served, not of the candidate: "students aged 11 to 18".
AGES_OF_OTHERS_RE = re.compile(
    r"(?:students|pupils|children|kids|patients|learners|teenagers|clients|customers|élèves|"
    r"enfants|jeunes|adolescents|patients|publics?)\W+(?:\w+\W+){0,2}$"
)
AGE_LIMIT_SCAN_RE = re.compile(
    r" ((?:moins\s+de|maximum|max|jusqu'à|pas\s+plus\s+de|au\s+plus|n'excédant\s+pas|"
    r"ne\s+dépassant\s+pas)"
    r"\s*[0-9]{2}\s*ans(?!\s*(?:d'|de\s)(?:expérience|ancienneté|pratique|métier))|"
    r"[0-9]{2}\s*ans\s*(?:maximum|max|au\s+plus|maxi)(?![^\W_])|"
    r"âgée?s?\s+de\s+[0-9]{2}\s*(?:à|-)\s*[0-9]{2}\s*ans|"
    r"âgée?s?\s+de\s+moins\s+de\s+[0-9]{2}\s*ans|"
    r"entre\s+[0-9]{2}\s+et\s+[0-9]{2}\s+ans(?!\s*(?:d'|de\s)(?:expérience|ancienneté))|"
    r"âge\s*(?:maximum|limite|max)(?![^\W_])[^\n]{0,20}?[0-9]{2}|"
    r"aged?\s+(?:between\s+)?[0-9]{2}\s*(?:-|to|and)\s*[0-9]{2}(?![0-9])|"
    r"(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than|not\s+over)\s+(?:the\s+age\s+of\s+)?"
    r"[0-9]{2}\s*(?:years?\s+old|yo\b)|"
    r"(?:younger\s+than|no\s+older\s+than|not\s+older\s+than|under\s+the\s+age\s+of|up\s+to\s+the\s+age\s+of|"
    r"maximum\s+age(?:\s+of)?|age\s+limit(?:\s+of)?)\s+[0-9]{2}(?![0-9])|"
    r"[0-9]{2}\s*(?:-|to)\s*[0-9]{2}\s*years?\s+old(?![^\W_]))"
)
ABLE_TO_SCAN_RE = re.compile(
    r" ((?:must|should|needs?\s+to|have\s+to)\s+be\s+able\s+to\s+(?:stand|walk|lift|carry|"
    r"climb|see|hear|"
    r"speak|drive|sit|bend|kneel|type|run|push|pull))(?![^\W_])"
)
NEED_RE = re.compile(
    r"\b(?:because|since|as the (?:role|job|work|position)|in order to|essential functions?|"
    r"accommodations?|involves|required (?:for|by)|to (?:load|move|reach|serve|stock|handle|"
    r"deliver|operate|access|visit|inspect|restock|transport))\b"
)
