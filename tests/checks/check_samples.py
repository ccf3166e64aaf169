"""Clean emails for the unit tests: each passes every rule; a test changes one thing in it."""

from __future__ import annotations

THANKS_EN = """Dear Ms Patel,

Thank you for meeting with me on Tuesday. I enjoyed hearing about how your team rebuilt the \
weekly sales dashboard after the warehouse merger.

I am even more excited about the Data Analyst role. My four years automating SQL reporting \
at Norvane would let me help with that dashboard from the first week.

{extra}Best regards,
Samuel Okafor
"""

THANKS_FR = """Bonjour Madame Lefèvre,

Je vous remercie pour le temps que vous m'avez accordé mardi. J'ai beaucoup apprécié votre \
présentation du projet de refonte du site de la médiathèque.

Notre échange a renforcé mon envie de rejoindre votre équipe. Mes cinq années en agence web \
me permettraient d'être rapidement opérationnelle sur ce projet.

{extra}Bien cordialement,
Camille Roux
"""

STATUS_EN = """Dear Ms Rossi,

When we met on 3 March, you mentioned that the team hoped to decide by the end of the month. \
Could you tell me how the hiring process is going?

One thing I did not get to mention: I recently finished a course in accessibility auditing.

{extra}Best regards,
Ethan Cole
"""

STATUS_FR = """Bonjour Madame Julien,

Lors de notre entretien du 3 mars, vous m'aviez indiqué souhaiter prendre une décision avant \
la fin du mois. Pourriez-vous me dire où en est le processus de recrutement ?

Je n'ai pas eu l'occasion de vous le préciser : j'ai récemment suivi une formation à \
l'accessibilité numérique.

{extra}Bien cordialement,
Clément Faure
"""

BASES = {
    ("thank-you", "en"): THANKS_EN,
    ("thank-you", "fr"): THANKS_FR,
    ("status-inquiry", "en"): STATUS_EN,
    ("status-inquiry", "fr"): STATUS_FR,
}


def email(kind: str, lang: str, extra: str = "") -> str:
    """The clean email of that kind and language, with `extra` as a paragraph before the
    sign-off."""
    return BASES[(kind, lang)].format(extra=f"{extra}\n\n" if extra else "")


# What the tests of each rules version share: a sentence put into a clean email, then read.

ST, TY = "status-inquiry", "thank-you"
TONE = frozenset({"call-or-visit", "pressure", "complaint", "desperate", "blunt-demand"})
"""The rules that read attitude or acts: a near miss must fire none of them."""

# The clean emails' own sentences that a content-warning test swaps for a new wording.
PROCESS_EN = "Could you tell me how the hiring process is going?"
PROCESS_FR = "Pourriez-vous me dire où en est le processus de recrutement ?"
QUALIF_EN = (
    "One thing I did not get to mention: I recently finished a course in accessibility auditing."
)
QUALIF_FR = (
    "Je n'ai pas eu l'occasion de vous le préciser : j'ai récemment suivi une formation à "
    "l'accessibilité numérique."
)
ENTH_EN = "I am even more excited about the Data Analyst role."
ENTH_FR = "Notre échange a renforcé mon envie de rejoindre votre équipe."
SELL_EN = (
    "My four years automating SQL reporting at Norvane would let me help with that dashboard "
    "from the first week."
)
SELL_FR = (
    "Mes cinq années en agence web me permettraient d'être rapidement opérationnelle sur ce projet."
)
REF_EN = (
    "I enjoyed hearing about how your team rebuilt the weekly sales dashboard after the "
    "warehouse merger."
)
REF_FR = "J'ai beaucoup apprécié votre présentation du projet de refonte du site de la médiathèque."


def found(sentence: str, lang: str, kind: str = ST) -> dict[str, list[str]]:
    """Rule -> the spans it flags, for the clean email of that kind with `sentence` added."""
    from tactful.checks import check_email

    text = email(kind, lang, sentence)
    report = check_email(text, kind=kind, lang=lang)
    out: dict[str, list[str]] = {}
    for f in report.findings:
        out.setdefault(f.rule, []).append(text[f.start : f.end])
    return out


def assert_caught(lang: str, rule: str, sentence: str) -> None:
    """`sentence` in a clean status email fires `rule` and makes the verdict "revise"."""
    from tactful.checks import check_email

    report = check_email(email(ST, lang, sentence), kind=ST, lang=lang)
    assert rule in report.rules(), found(sentence, lang)
    assert report.verdict == "revise"


def assert_near_miss(lang: str, sentence: str) -> None:
    """`sentence` in a clean status email fires no attitude rule and keeps the verdict "ok"."""
    from tactful.checks import check_email

    report = check_email(email(ST, lang, sentence), kind=ST, lang=lang)
    assert report.rules() & TONE == set(), [
        (f.rule, f.message) for f in report.findings if f.rule in TONE
    ]
    assert report.verdict == "ok"


def assert_wording_counts(kind: str, lang: str, rule: str, old: str, new: str) -> None:
    """The clean email's `old` sentence keeps the warning `rule` away; without it the warning
    fires; with `new` in its place it stays away again."""
    from tactful.checks import check_email

    base = email(kind, lang)
    assert old in base
    assert rule not in check_email(base, kind=kind, lang=lang).rules()
    assert rule in check_email(base.replace(old, ""), kind=kind, lang=lang).rules()
    assert rule not in check_email(base.replace(old, new), kind=kind, lang=lang).rules()


def assert_wording_does_not_count(kind: str, lang: str, rule: str, old: str, new: str) -> None:
    """With `new` in place of the clean email's `old` sentence, the warning `rule` fires."""
    from tactful.checks import check_email

    base = email(kind, lang)
    assert old in base
    assert rule in check_email(base.replace(old, new), kind=kind, lang=lang).rules()
