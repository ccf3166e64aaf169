"""The words of the server's own mail, in English and French: a sign-up link, a reset link, and
a reminder that a follow-up is due."""

from __future__ import annotations

from tactful.accounts.users import Link

TEXTS = {
    "en": {
        "invite.subject": "Your tactful account",
        "invite.body": (
            "Hello,\n\nYou are invited to use tactful, which tells you when and how to follow up "
            "after your job interviews.\n\nChoose your password here (the link works once, for "
            "seven days):\n{url}\n\nIf you did not expect this message, ignore it.\n"
        ),
        "reset.subject": "Reset your tactful password",
        "reset.body": (
            "Hello,\n\nSomeone (hopefully you) asked to reset the password of your tactful "
            "account.\n\nChoose a new one here (the link works once, for one hour):\n{url}\n\n"
            "If you did not ask, ignore this message: your password stays as it is.\n"
        ),
        "remind.subject": "tactful: {company} is waiting for your {step}",
        "remind.body": (
            "Hello,\n\nYour {step} after the {role} interview at {company} is due now "
            "(until {until}).\n\nOpen tactful to see the draft:\n{url}\n\nOne reminder per step: "
            "tactful will not write again about this one.\n"
        ),
        "remind.late": (
            "Hello,\n\nYour {step} after the {role} interview at {company} is late: its window "
            "closed on {until}. Sent now, it still helps.\n\nOpen tactful to see the draft:\n"
            "{url}\n\nOne reminder per step: tactful will not write again about this one.\n"
        ),
        "thank-you": "thank-you email",
        "status-inquiry": "status email",
    },
    "fr": {
        "invite.subject": "Votre compte tactful",
        "invite.body": (
            "Bonjour,\n\nVous êtes invité·e à utiliser tactful, qui vous dit quand et comment "
            "relancer après vos entretiens d'embauche.\n\nChoisissez votre mot de passe ici (le "
            "lien sert une fois, pendant sept jours) :\n{url}\n\nSi vous n'attendiez pas ce "
            "message, ignorez-le.\n"
        ),
        "reset.subject": "Nouveau mot de passe tactful",
        "reset.body": (
            "Bonjour,\n\nQuelqu'un (vous, espérons-le) a demandé à changer le mot de passe de "
            "votre compte tactful.\n\nChoisissez-en un nouveau ici (le lien sert une fois, "
            "pendant une heure) :\n{url}\n\nSi ce n'était pas vous, ignorez ce message : votre "
            "mot de passe ne change pas.\n"
        ),
        "remind.subject": "tactful : {company} attend votre {step}",
        "remind.body": (
            "Bonjour,\n\nVotre {step} après l'entretien pour le poste {role} chez {company} est "
            "à envoyer maintenant (jusqu'au {until}).\n\nOuvrez tactful pour voir le brouillon :\n"
            "{url}\n\nUn seul rappel par étape : tactful ne vous en reparlera pas.\n"
        ),
        "remind.late": (
            "Bonjour,\n\nVotre {step} après l'entretien pour le poste {role} chez {company} est "
            "en retard : le moment idéal s'est terminé le {until}. Envoyé maintenant, il reste "
            "utile.\n\nOuvrez tactful pour voir le brouillon :\n{url}\n\nUn seul rappel par "
            "étape : tactful ne vous en reparlera pas.\n"
        ),
        "thank-you": "e-mail de remerciement",
        "status-inquiry": "e-mail de suivi",
    },
}


def text(lang: str, key: str, **values: str) -> str:
    table = TEXTS.get(lang, TEXTS["en"])
    return table[key].format(**values)


def link_mail(link: Link, base_url: str, lang: str = "en") -> tuple[str, str]:
    """The subject and body of a sign-up or reset mail."""
    kind = "invite" if link.purpose == "invite" else "reset"
    return text(lang, f"{kind}.subject"), text(lang, f"{kind}.body", url=link.url(base_url))
