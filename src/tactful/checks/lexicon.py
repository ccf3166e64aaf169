"""Word classes the meaning rules share (see tactful.text.patterns for the syntax).

Each class is a pattern over lemmas: {I} is the writer as subject, {FUTURE} what makes a
sentence a plan or an offer rather than a report ("I'll", "I'd like to", "I plan to"), and so
on. A class is named by what it means so a rule reads as a sentence: "{I} {FUTURE} ~3 {CALL}
( you | your office )".
"""

from __future__ import annotations

DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
DAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

EN: dict[str, str] = {
    "I": "i|we",
    "FUTURE": (
        "will|would|could|can|might|may|shall|plan|intend|hope|want|like|love|go|try|think"
        "|be|happy|glad"
    ),
    "CALL": "call|phone|ring|telephone|dial|buzz|text",
    "CALLS": "call|ring|buzz|bell",
    "COME": "stop|drop|swing|pop|come|pass|head",
    "BY": "by|in|over|round|around|into|past",
    "PLACE": (
        "office|offices|building|premises|headquarters|hq|store|shop|site|campus|branch"
        "|location|desk|reception|lobby|door|factory|warehouse|restaurant|clinic|studio"
        "|dealership|agency|garage|showroom|salon|hotel|bank|depot|plant|bakery|pharmacy"
    ),
    "ASK": (
        "( please | kindly | feel free | free to | hesitate to | you can | you may | you could"
        " | could you | would you | can you | will you )"
    ),
    "PROPOSE": (
        "( let me know | let us | let 's | please | feel free | could we | can we | shall we"
        " | should we | would you | could you | can you | i would | i will | i be happy"
        " | happy to | glad to | i can | i could | we could | we can | maybe | perhaps"
        " | available | availability | good time | convenient time | best time | schedule"
        " | set up | arrange | book | organize | organise | hop on | jump on | get on"
        " | i be free | free to )"
    ),
    "DEMAND": (
        "( need | require | expect | must | want | would like | appreciate | please | kindly"
        " | let me know | tell me | inform me | update me | get back | reply | respond"
        " | answer | confirm | decide | decision | hear | response | give me | notify )"
    ),
    "UNTIL": "by|before|until",
    "DAY": DAYS_EN + "|today|tomorrow|tonight|eod|cob|noon|midnight",
    "SOON": "( asap | as soon as possible | urgently | immediately | right away | straight away )",
    "NUMBER": "( # | a | one | two | three | four | five | six | several | many | few | couple )",
    "APOLOGISE": "sorry|apologize|apologise|apology|apologies|forgive|pardon|excuse",
    "NUISANCE": (
        "( bother | disturb | trouble | intrude | intrusion | pester | nag | inconvenience"
        " | interrupt | take up | write again | follow up again | reach out again | persistence"
        " | another email | more of your time | your time | inbox | repeat | many email"
        " | multiple email | the email | the emails )"
    ),
}

FR: dict[str, str] = {
    "JE": "je",
    "I": "je|nous",
    "NOT_REMIND": (
        "!que|le|la|les|l'|notre|nos|mon|ma|mes|votre|vos|ce|cet|cette|ces|combien|a|au|aux"
        "|de|du|des|son|sa|ses|leur|leurs|quel|quelle|comment|pourquoi|si"
    ),
    "CALL": "appeler|rappeler|telephoner",
    "PLACE": (
        "bureau|locaux|local|agence|siege|magasin|boutique|accueil|entreprise|societe"
        "|restaurant|etablissement|cabinet|usine|atelier|entrepot|clinique|studio"
        "|boulangerie|patisserie|boucherie|pharmacie|garage|salon|hotel|commerce|chantier"
        "|depot|ecole|creche|mairie|hopital|concession|succursale"
    ),
    "PROPOSE": (
        "( proposer | organiser | caler | planifier | prevoir | fixer | convenir | pouvoir"
        " nous | pouvoir on | etre il possible | possible | disponible | disponibilite"
        " | hesiter | volontiers | ravi | ravie | heureux | heureuse | souhaiter | aimer"
        " | vouloir | dire moi | faire moi savoir | moment | creneau | quand )"
    ),
    "DEMAND": (
        "( besoin | exiger | attendre | falloir | souhaiter | vouloir | merci de | prier de"
        " | repondre | revenir | reponse | retour | decision | confirmation | confirmer"
        " | faire savoir | faire part | tenir informe | tenir informee | nouvelles | donner )"
    ),
    "UNTIL": "( de ici | avant | sous )",
    "DAY": DAYS_FR + "|demain|soir|fin|heure|heures|jour|jours|semaine|midi|prochain|prochaine",
    "SOON": (
        "( dans les plus brefs delais | au plus vite | rapidement | urgemment | au plus tot"
        " | des que possible | en urgence | de toute urgence | sans tarder | immediatement )"
    ),
    "NUMBER": "( # | un | une | deux | trois | quatre | cinq | six | plusieurs | quelques )",
}

CLASSES = {"en": EN, "fr": FR}
"""The classes a meaning rule's patterns may name, by language."""
