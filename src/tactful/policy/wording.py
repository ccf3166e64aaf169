"""The words of the plan, in English and French.

The rules decide; this module only words their decisions. French quotes of the article are
our translations of its sentences (`tactful.policy.article` holds the English originals).
"""

from __future__ import annotations

from datetime import date

from tactful.policy import article

LANGS = ("en", "fr")

QUOTES: dict[str, dict[str, str]] = {
    "en": {
        "TWICE": article.TWICE,
        "THANK_YOU_IMMEDIATELY": article.THANK_YOU_IMMEDIATELY,
        "THANK_YOU_CONTENT": article.THANK_YOU_CONTENT,
        "WEEK_TO_TEN_DAYS": article.WEEK_TO_TEN_DAYS,
        "DONT_TAKE_IT_PERSONALLY": article.DONT_TAKE_IT_PERSONALLY,
        "SHORT_AND_FRIENDLY": article.SHORT_AND_FRIENDLY,
    },
    "fr": {
        "TWICE": (
            "Vous pouvez relancer l'employeur deux fois. La première relance est essentielle, "
            "la seconde facultative."
        ),
        "THANK_YOU_IMMEDIATELY": (
            "La première relance est le mot de remerciement, envoyé – de préférence par e-mail "
            "– juste après l'entretien."
        ),
        "THANK_YOU_CONTENT": (
            "Remerciez l'employeur du temps qu'il vous a consacré, redites votre enthousiasme "
            "pour le poste et rappelez votre principal atout pour l'obtenir."
        ),
        "WEEK_TO_TEN_DAYS": (
            "C'est en général une semaine à dix jours après la date de clôture de l'offre."
        ),
        "DONT_TAKE_IT_PERSONALLY": (
            "Les employeurs répondent souvent lentement, et trop souvent pas du tout. "
            "Cela paraît impoli, mais ne le prenez pas personnellement."
        ),
        "SHORT_AND_FRIENDLY": (
            "Une seconde relance n'augmente que peu vos chances d'être embauché, mais si elle "
            "reste courte et aimable, elle ne peut pas nuire."
        ),
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "ty.sent": "Sent. {THANK_YOU_CONTENT}",
        "ty.upcoming": (
            "Essential: email a thank-you within 24 hours after the interview ends. "
            "{THANK_YOU_IMMEDIATELY}"
        ),
        "ty.due": "Send it now, before {closes}. {THANK_YOU_CONTENT}",
        "ty.late": (
            "Late: the 24 hours have passed, but a thank-you is still worth sending once, "
            "as soon as you can."
        ),
        "ty.skipped": "Skipped by you. {TWICE}",
        "cancelled": "Cancelled: the employer already answered, or the interview was cancelled.",
        "st.sent": "Sent. Now wait for the employer's answer. {DONT_TAKE_IT_PERSONALLY}",
        "st.skipped": "Skipped by you: it is optional. {SHORT_AND_FRIENDLY}",
        "st.superseded": "Not needed: round {round} carries the status inquiry.",
        "st.upcoming": "Optional, by email, {opens} to {closes}. {basis} {WEEK_TO_TEN_DAYS}",
        "st.due": (
            "Optional: you may send one short, friendly status email until {closes}. {basis}"
        ),
        "st.late": (
            "Optional and past its window ({opens} to {closes}): send it once if you still "
            "have heard nothing, or skip it. {SHORT_AND_FRIENDLY}"
        ),
        "basis": "Opens at {items}.",
        "why.decision": "the business day after the decision date the employer gave, {date}",
        "why.said": " ('{said}')",
        "why.closing": "a week after the posting closed on {date}",
        "why.interview": "a week after the interview (the employer gave no decision date)",
        "why.many": "one more week: the employer is seeing many candidates",
        "why.after_thank_you": "not before the thank-you window has closed",
        "why.moved": "moved to a business day: {days}",
        "why.closed_day": "{date} is {why}",
        "advice.cancelled": "The interview was cancelled.",
        "advice.answered": "The employer answered: no more follow-ups for this round.",
        "advice.active": "Something is ready to send: see the steps due.",
        "advice.superseded": "Round {round} carries on from here.",
        "advice.move_on": (
            "Two weeks without an answer after your last email: move on to other "
            "applications, and don't take it personally. {DONT_TAKE_IT_PERSONALLY}"
        ),
        "advice.wait_date": "Nothing to send yet: tactful will tell you when.",
        "advice.wait_reply": "Both follow-ups are done: wait for the employer's answer.",
    },
    "fr": {
        "ty.sent": "Envoyé. {THANK_YOU_CONTENT}",
        "ty.upcoming": (
            "Essentiel : envoyez un e-mail de remerciement dans les 24 heures qui suivent la "
            "fin de l'entretien. {THANK_YOU_IMMEDIATELY}"
        ),
        "ty.due": "À envoyer maintenant, avant le {closes}. {THANK_YOU_CONTENT}",
        "ty.late": (
            "En retard : les 24 heures sont passées, mais un remerciement vaut encore d'être "
            "envoyé une fois, dès que possible."
        ),
        "ty.skipped": "Ignoré à votre demande. {TWICE}",
        "cancelled": "Annulé : l'employeur a déjà répondu, ou l'entretien a été annulé.",
        "st.sent": "Envoyé. Attendez maintenant la réponse de l'employeur. "
        "{DONT_TAKE_IT_PERSONALLY}",
        "st.skipped": "Ignoré à votre demande : il est facultatif. {SHORT_AND_FRIENDLY}",
        "st.superseded": "Inutile : le tour {round} porte la relance de suivi.",
        "st.upcoming": (
            "Facultatif, par e-mail, du {opens} au {closes}. {basis} {WEEK_TO_TEN_DAYS}"
        ),
        "st.due": (
            "Facultatif : vous pouvez envoyer un e-mail de suivi, court et aimable, jusqu'au "
            "{closes}. {basis}"
        ),
        "st.late": (
            "Facultatif, et sa fenêtre est passée (du {opens} au {closes}) : envoyez-le une "
            "fois si vous n'avez toujours aucune nouvelle, ou ignorez-le. {SHORT_AND_FRIENDLY}"
        ),
        "basis": "S'ouvre {items}.",
        "why.decision": "le jour ouvré qui suit la date de décision annoncée, le {date}",
        "why.said": " (« {said} »)",
        "why.closing": "une semaine après la clôture de l'offre, le {date}",
        "why.interview": "une semaine après l'entretien (aucune date de décision annoncée)",
        "why.many": "une semaine de plus : l'employeur voit beaucoup de candidats",
        "why.after_thank_you": "pas avant la fin de la fenêtre du remerciement",
        "why.moved": "décalé au jour ouvré suivant : {days}",
        "why.closed_day": "le {date} est {why}",
        "advice.cancelled": "L'entretien a été annulé.",
        "advice.answered": "L'employeur a répondu : plus de relance pour ce tour.",
        "advice.active": "Une relance est prête à partir : voir les étapes à faire.",
        "advice.superseded": "Le tour {round} prend le relais.",
        "advice.move_on": (
            "Deux semaines sans réponse après votre dernier e-mail : passez à d'autres "
            "candidatures, sans le prendre personnellement. {DONT_TAKE_IT_PERSONALLY}"
        ),
        "advice.wait_date": "Rien à envoyer pour l'instant : tactful vous dira quand.",
        "advice.wait_reply": "Les deux relances sont faites : attendez la réponse de l'employeur.",
    },
}

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def say(lang: str, key: str, **values: object) -> str:
    """A message in `lang` (English when the language is unknown), quotes filled in."""
    if (template := _FILLED.get((lang, key))) is None:
        template = _filled(lang, key)
    return template.format(**values)


_FILLED: dict[tuple[str, str], str] = {}
"""Each message with the article's quotes already in it: the values are all `say` formats
(a reason is worded per due step, thousands of times)."""


def _filled(lang: str, key: str) -> str:
    known = lang if lang in MESSAGES else "en"
    template = MESSAGES[known][key]
    for name, text in QUOTES[known].items():
        template = template.replace("{" + name + "}", text.replace("{", "{{").replace("}", "}}"))
    _FILLED[(lang, key)] = template
    return template


def weekday(day: date, lang: str) -> str:
    return WEEKDAYS.get(lang, WEEKDAYS["en"])[day.weekday()]
