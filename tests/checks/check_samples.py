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
