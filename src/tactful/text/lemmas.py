"""Lemmas for English and French: "calling", "called" -> "call"; "appellerai" -> "appeler".

The rules match meanings over lemmas, so one pattern covers every tense and person. The table
(data/lemmas.json) holds every form simplemma's dictionaries give for the lemmas below — the
words the rules name — and is rebuilt by scripts/build_lemmas.py. It is read on first use, not
at import. A word outside it is its own lemma (lower case, no accents).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from tactful.text.tokens import words_of

VOCABULARY: dict[str, tuple[str, ...]] = {
    "en": words_of(
        """
        be have do will would can could may might shall should must need want like love
        hope plan intend try call phone ring telephone dial text visit come go stop drop
        swing pop pass show turn meet see talk speak chat discuss connect catch touch
        circle follow check reach write email send keep continue hear reply respond
        answer get give take make let know tell wait expect assume withdraw accept move
        consider pursue decide receive beg forget ignore overlook apologize apologise
        bother disturb trouble intrude pester nag forgive excuse find wonder ask inquire
        enquire appreciate thank enjoy learn mention describe explain leave post report
        complain escalate deserve afford pay feed lose wish bump ping nudge remind
        update schedule arrange set book hop jump organize organise hire apply interview
        offer say hold look start sit drive rush hurry expire require push offer call
        company day week hour month minute bill chance office email message note
        reminder review manager time answer response reply decision update job position
        role opportunity candidate employer business weekend morning evening afternoon
        year application interviewer question minute sorry take spend waste clog fill
        think suppose guess insult offend camp sit stand park promise
        """
    ),
    "fr": words_of(
        """
        être avoir faire aller venir passer pouvoir vouloir devoir falloir appeler
        rappeler téléphoner joindre contacter déranger importuner embêter ennuyer
        excuser pardonner permettre relancer revenir répondre attendre espérer trouver
        porter souhaiter savoir tenir informer donner recevoir considérer prendre
        retirer accepter obtenir hésiter supplier prier rendre déposer présenter voir
        rencontrer discuter échanger parler écrire envoyer continuer insister oublier
        ignorer remercier apprécier proposer organiser caler planifier prévoir fixer
        convenir demander décider plaindre laisser publier signaler mériter payer perdre
        manquer rechercher postuler trouver aimer adorer pouvoir dire mettre arriver
        sembler rester penser croire comprendre désirer presser dépêcher offre
        proposition entreprise société réponse nouvelle jour semaine heure mois bureau
        local facture chance espoir appel message courriel mail candidature poste retour
        décision délai minute année employeur recruteur question temps rappel coup fil
        téléphone visite boîte essayer commencer décevoir sentir exiger
        """
    ),
}
"""The lemmas the rules name, per language (scripts/build_lemmas.py keeps their forms)."""


@lru_cache(maxsize=2)
def table(lang: str) -> dict[str, str]:
    """Form (lower case, no accents) -> lemma (same), for one language."""
    # The file next to this module, when the package is installed as files (importing
    # importlib.resources costs more than reading the table; pathlib, a tenth of a check);
    # else through the loader.
    beside = os.path.join(os.path.dirname(__file__), "data", "lemmas.json")
    if os.path.isfile(beside):
        with open(beside, encoding="utf-8") as file:
            text = file.read()
    else:
        from importlib import resources

        text = (
            resources.files("tactful.text")
            .joinpath("data", "lemmas.json")
            .read_text(encoding="utf-8")
        )
    data: dict[str, dict[str, str]] = json.loads(text)
    return data.get(lang, {})


def lemma(word: str, lang: str) -> str:
    """The lemma of a word given in lower case without accents; the word itself if unknown."""
    return table(lang).get(word, word)
