"""Pressure: deadlines and ultimatums the writer sets, competing offers used as leverage —
not a date the employer gave. Patterns over lemmas and roles, in English and French."""

from __future__ import annotations

import re
from bisect import bisect_left

from tactful.checks.lexicon import CLASSES
from tactful.checks.model import ERROR
from tactful.checks.rule import Email, MeaningRule, Messages, Patterns, register
from tactful.policy import article

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar


def _mentions_employer_date(email: Email, start: int) -> bool:
    """Whether the sentence around `start` quotes a date the employer gave ("as you
    mentioned, you hope to decide by Friday"): their deadline, not the writer's."""
    return _in_sentence(email, _THEIR_DATE[email.lang], start)


def _in_sentence(email: Email, pattern: re.Pattern[str], offset: int) -> bool:
    """Whether `pattern` matches in the sentence around `offset`: from after the last ".",
    "?" or line break before it to the first of them from it (stops found once per email,
    each sentence searched once: `Email.stops`, `Email.occurs`). A "?" ends the sentence on
    both sides: when it ended one only before the offset, each match after a "?" read on to
    the next full stop, a stretch of its own, and "?urgent" repeated cost the square."""
    stops = email.stops(".\n?")
    at = bisect_left(stops, offset)  # the first stop at or after `offset`
    left = stops[at - 1] + 1 if at else 0
    right = stops[at] if at < len(stops) else len(email.folded)
    return email.occurs(pattern, left, right)


_THEIR_DATE = {
    "en": re.compile(
        r"\b(?:you|your team|the team|they)\s+(?:\w+\s+){0,2}(?:mentioned|said|told|expected|"
        r"hoped|planned|indicated|noted|anticipated|estimated|would|were|are|hope|plan|expect)\b"
        r"|\bas (?:you|we|discussed|mentioned|agreed|planned)\b|\byour (?:timeline|timeframe|plan)"
        r"|\b(?:told|assured|promised|informed|advised) (?:me|us)\b"
        # v5: the employer's date told in the passive ("I was told I would hear within…")
        r"|\b(?:was|were|been|am|being) (?:told|assured|promised|informed|advised)\b"
        r"|\b(?:he|she)\s+(?:\w+\s+){0,2}(?:mentioned|said|told|expected|hoped|planned|indicated|"
        r"promised|assured)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\bvous (?:m'|nous )?(?:avez|aviez|pensiez|comptiez|esperiez|prevoyiez|souhaitiez|"
        r"pensez|comptez|esperez|prevoyez|souhaitez)\b"
        r"|\bcomme (?:vous|nous|convenu|prevu|indique)\b"
        r"|\b(?:il|elle|ils|elles) (?:m'|nous )(?:a|avait|ont|avaient) "
        r"(?:dit|indique|assure|promis|"
        r"annonce)"
        r"|\bvotre (?:calendrier|decision)\s+(?:etait|est)\s+prevue?",
        re.IGNORECASE,
    ),
}


@register
class Pressure(MeaningRule):
    id = "pressure"
    severity = ERROR
    reason = article.PRESSURE
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Puts pressure on the employer: “{phrase}”.",
            "Drop deadlines, ultimatums and other offers; ask politely how the process is going.",
        ),
        "fr": (
            "Met le recruteur sous pression : « {phrase} ».",
            "Retirez délais, ultimatums et autres offres ; demandez poliment où en est le "
            "processus.",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            # a deadline set by the writer (one pattern per form of deadline: each needs its
            # own words, so an email without them skips it at once)
            "{I}? {DEMAND} ~6 {UNTIL} {DAY}",
            "{I}? {DEMAND} ~6 {UNTIL} #",
            "{I}? {DEMAND} ~6 {UNTIL} the? ( end | close ) of ~2 ( day | week | month | business"
            " | today | tomorrow )",
            "{I}? {DEMAND} ~6 {UNTIL} ( this | next ) ( week | weekend | month | afternoon"
            " | evening | {DAY} )",
            "{I}? {DEMAND} ~6 {UNTIL} the weekend",
            "{I}? {DEMAND} ~6 within ~2 ( hour | hours | day | days | week | weeks | business )",
            "{I}? {DEMAND} ~6 no later than",
            "{I}? {DEMAND} ~6 at the latest",
            "{DEMAND} ~6!i|we|and|but {SOON}",
            "( by | before ) ( eod | cob | close of business | end of ( the )? day )",
            # ultimatums
            "if ~3 ( not | no | nothing ) ~5 ( hear | get | receive | response | answer | reply"
            " | news | word ) ~10 {I} ~3 ( assume | take | withdraw | move | accept | consider"
            " | pursue | go | look | be force )",
            "( otherwise | or else ) ~2 {I} ( will | would | shall | have | must )",
            "{I} ~2 ( have | be force | need | will ) to ~1 ( assume | withdraw | move on | accept"
            " ~2 other | take ~2 silence | look elsewhere | go with ~2 other | pursue ~2 other )",
            "{I} ( will | would | shall ) ( assume | take ~2 silence )",
            "( take | treat | consider ) ~2 silence as",
            "can not wait ~2 ( much | any )? longer",
            "expect ~1 ( an | a | your ) ( answer | response | reply | decision )",
            "time sensitive",
            # "urgent" about the answer, not "urgent care" (a clinic's unit)
            "urgent !care|cares",
            "urgently",
            # a competing offer as leverage
            "( another | other | competing | second | outside | rival | counter ) ~1 offer",
            "offer ~1 from ( another | other | a competitor | a different | one of your"
            " | a competing )",
            "{I} ( have ~2 ( =received | =gotten | =got | =been ) | =received | =got | =have"
            " | =had | =hold ) ~2 ( an | a | another | one ) ~2!to|your|this|the offer|proposal",
            "( interview | interviewing | talk | process | stage | stages ) ~3 with ( other"
            " | another | several | multiple | two | three | a | one ) ~2 ( competitor"
            " | competitors | company | companies | employer"
            " | employers | firm | firms | organization | organisation | business )",
            "{I} ~2 ( consider | weigh | evaluate | entertain ) ~3 ( other | another ) ~2 ( offer"
            " | option | opportunity | opportunities | position )",
            # repeated contact promised
            "{I} ( will | would | shall | plan | intend | be ) ~2!not ( keep | continue ) ~2"
            " ( email | write | call | contact | follow | check | reach | ping | message | send"
            " | try | chase )",
            # (the writer's routine, not "a client who called every Friday")
            "{I} ~4 ( email | write | call | contact | follow | check | reach | ping | message"
            " | remind ) ~5 ( every | each ) ~2 ( day | days | week | morning | few | couple"
            " | other | hour | {DAY} | weekday | fortnight | month | afternoon | evening )",
            # v3: contact promised until the decision comes ("I'll write every week until…")
            "{I} ~2 ( will | shall | ='ll | plan | intend | go ) ~3 ( check | write | email"
            " | follow | contact | call | ping | chase | reach | message | remind ) ~8 until",
            # v3: another process used as a deadline ("another interview Friday, so…before then")
            "( another | other | second | competing | rival ) ~2 ( interview | interviews | offer"
            " | process | opportunity | company | employer | firm ) ~15 ( know | hear | decide"
            " | decision | answer | response | news ) ~4 ( before | by | until | prior to | soon"
            " | quickly | first )",
            "( interview | interviewing | offer | process ) ~4 ( competitor | competitors"
            " | elsewhere ) ~15 ( know | hear | decide | decision | answer | response | news ) ~4"
            " ( before | by | until | prior to | soon | quickly | first )",
            "( have | =got | with | a | an | another | other ) ~1 ( interview | offer | offers"
            " | interviews ) elsewhere",
            # (not "before the next interview": the employer's own next round)
            "( before | by | until ) ~3 ( my | the ) ~2 other ~1 ( interview | offer | deadline )",
            "( another | other | a different | rival | competing ) ( company | firm | employer"
            " | organisation | organization | agency | group | business ) ~6 ( ( =offered"
            " | =proposed | =made ) me | ( an | a ) ~1 ( offer | proposal ) | wait ~2 my ( answer"
            " | reply | response | decision ) )",
            "until ~3 ( hear | get | receive ) ~3 ( answer | response | reply | back | decision"
            " | from you )",
            "{I} ~2 ( will | shall | plan | intend | be go ) ~2 ( email | write | call | contact"
            " | follow | check | reach | ping | message | remind ) ~6 ( from time to time"
            " | regularly | periodically | every so often | on a regular basis | again and again )",
            # v4: an answer needed before another date ("so I must know by then")
            "( need | =needs | have | must ) to ( hear | know | have ~3 answer | get ~3 answer"
            " | have ~3 decision | get ~3 decision ) ~4 ( before | by ) ( then | that date | that"
            " day | that point | that time )",
        ],
        "fr": [
            "{I}? {DEMAND} ~6 {UNTIL} ~2 {DAY}",
            "{I}? {DEMAND} ~6 {UNTIL} ~2 #",
            "{DEMAND} ~6 au plus tard",
            "{DEMAND} ~6 dernier delai",
            "{DEMAND} ~6!je|et|mais {SOON}",
            "( sans | faute de | a defaut de | en l' absence de ) ~2 ( reponse | nouvelles"
            " | retour ) ~8 je ~4 ( considerer | prendre | retirer | accepter | donner | aller"
            " | tourner | devoir | etre oblige | etre obligee | etre contraint | voir )",
            "je me voir ( dans l' obligation | contraint | contrainte | oblige | obligee )",
            "je ~2 ( considerer | prendre ) ~2 ( cela | votre silence | l' absence | absence"
            " | silence ) comme",
            "je ne ~1 ( pouvoir ) ~1 ( pas | plus ) attendre",
            "compter sur ( une | votre ) reponse ( rapide | avant | de ici )",
            # "urgent" about the answer, not the hospital's "service des urgences"
            "( urgent | urgente | urgemment )",
            "il y avoir urgence",
            "( autre | autres | concurrente | concurrent | seconde | deuxieme ) ( offre"
            " | proposition | promesse )",
            "( offre | proposition ) ~3 ( de | une | un ) autre ( entreprise | societe | cabinet"
            " | employeur | structure | groupe )",
            "je =ai ( =recu | =obtenu | =deja | =egalement | =aussi )? ~1 ( une | deux | plusieurs"
            " ) ~2!de|votre|vos ( offre | offres | proposition | propositions | promesse )",
            "( en | des ) ~2 ( entretien | processus | discussion | discussions ) ~3 avec"
            " ( de autres | une autre | plusieurs | deux | autres | un autre ) ~2 ( entreprise"
            " | entreprises | societe | societes | employeur | employeurs | recruteur"
            " | recruteurs | structure | structures | cabinet | cabinets )",
            "de autres ( pistes | opportunites | propositions | processus | offres )",
            "je ~4 ( continuer | relancer ) ~4 ( chaque | tous | toutes ) ~2 ( jour | jours"
            " | semaine | semaines | matin | matins | deux | trois | quelques )",
            "( relancer | ecrire | appeler | contacter | envoyer | revenir ) ~6 ( tous | toutes"
            " | chaque ) ~2 ( jour | jours | semaine | semaines | matin | matins | lundi | mardi"
            " | mercredi | jeudi | vendredi | lundis | mardis | mercredis | jeudis | vendredis"
            " | quinzaine | mois )",
            "je ~4 ( relancer | recontacter | ecrire | appeler | revenir ) ~8 jusque a ce que",
            # v3: another employer's proposal, with or without the word "offre"
            # (not "une autre entreprise qui proposait des formations": a proposal to me)
            "autre ( entreprise | societe | groupe | cabinet | employeur | structure | recruteur"
            " | boite | agence | hopital | etablissement | enseigne | maison ) ~3 ( me | m' ) ~3"
            " ( proposer | =propose | proposition | offre | offrir | =offert | embaucher"
            " | recruter | promesse )",
            "autre ( entreprise | societe | groupe | cabinet | employeur | structure | recruteur"
            " | boite | agence | hopital | etablissement | enseigne | maison ) ~6 ( attendre"
            " | =attend ) ma ( reponse | decision )",
            "( une | deux ) ( promesse de embauche | proposition ferme | offre ferme )",
            "( un | une ) ( concurrent | concurrente ) ~3 ( me | m' ) ~3 ( proposer | =propose"
            " | proposition | offre | =offert )",
            # (not "quand un client écrit, je dois lui répondre sous 24 h": work described)
            "je ~1 ( devoir | =dois ) ( lui | leur ) ( donner | rendre ) ma reponse",
            "je ~1 ( devoir | =dois ) ( lui | leur ) repondre ~3 ( avant | de ici | lundi | mardi"
            " | mercredi | jeudi | vendredi | demain | cette semaine | la semaine prochaine )",
            "( un | une | des | deux | plusieurs | autre ) ~1 ( entretien | entretiens | offre"
            " | offres | proposition | propositions ) ailleurs",
            "( attendre | =attend | =attendent ) ma ( reponse | decision ) ~3 ( avant | de ici"
            " | pour | la semaine | sous | lundi | mardi | mercredi | jeudi | vendredi | demain )",
            "( autre | second | deuxieme ) ~1 ( entretien | processus ) ~15 ( savoir | connaitre"
            " | decision | reponse | retour ) ~4 ( avant | de ici | rapidement | vite )",
            "je ~3 continuer ~2 ( a | de ) ~2 ( relancer | ecrire | contacter | appeler"
            " | envoyer | revenir )",
            "jusque a ( ce que | obtenir | recevoir | avoir ) ~3 ( reponse | nouvelles | retour )",
            "je ~3 ( relancer | recontacter | ecrire | revenir vers vous ) ~4 ( regulierement"
            " | de temps en temps | de temps a autre | periodiquement )",
            # v4: an answer needed before another date ("il me faudrait une réponse d'ici là")
            "( falloir | =faudrait | =faut | besoin | devoir | =devrais ) ~4 ( reponse | nouvelles"
            " | savoir | decision | retour | connaitre ) ~4 ( de ici la | avant cela | avant cette"
            " date | avant ce moment | avant ce jour | avant cette echeance )",
        ],
    }

    def keep(self, email: Email, start: int, end: int) -> bool:
        # v4: a date another employer set ("the other company answers on Monday, so I must
        # know by then") is still the writer's deadline, not the reader's
        other = _OTHER_EMPLOYER[email.lang if email.lang in _OTHER_EMPLOYER else "en"]
        if _in_sentence(email, other, start):
            return True
        return not _mentions_employer_date(email, start)


_OTHER_EMPLOYER = {
    "en": re.compile(
        r"\b(?:another|other|rival|competing) (?:firm|company|employer|interview|offer|process)"
        r"|\belsewhere\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:autre|concurrente?) (?:entreprise|societe|employeur|entretien|offre|processus)"
        r"|\bailleurs\b",
        re.IGNORECASE,
    ),
}
