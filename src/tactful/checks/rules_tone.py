"""Tone: what makes a follow-up pushy. Each meaning is found by patterns over lemmas and roles
(who calls whom, who comes where, who sets the deadline), in English and French, and flagged
where it is. The syntax of the patterns: tactful.text.patterns; the classes: checks.lexicon."""

from __future__ import annotations

import re

from tactful.checks import lexicon
from tactful.checks.model import ERROR
from tactful.checks.rule import Email, MeaningRule, Messages, Patterns, register
from tactful.policy import article

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar

CLASSES = {"en": lexicon.EN, "fr": lexicon.FR}


@register
class CallOrVisit(MeaningRule):
    id = "call-or-visit"
    severity = ERROR
    reason = f"{article.EMAIL_NOT_CALL} {article.NO_VISIT}"
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Proposes a call or a visit: “{phrase}”.",
            "Remove it: follow up by email only, and let the employer choose when to talk.",
        ),
        "fr": (
            "Propose un appel ou une visite : « {phrase} ».",
            "Supprimez-le : relancez uniquement par e-mail et laissez le recruteur choisir "
            "quand vous parler.",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            # the writer calls the employer (any tense: a call made is as unwelcome)
            "{I} ~4!not|never|you|they|he|she {CALL} ( you | your | the office | him | her"
            " | them | back )",
            # the writer asks to be called
            "{ASK} ~3!not {CALL} me|us",
            "^ =call|=phone|=ring|=telephone|=text me|us",
            "you ~3!not =call|=phone|=ring|=telephone|=text me|us",
            "give ( you | me | us | your office | him | her | them ) a ~2 {CALLS}",
            # a phone conversation proposed
            "{PROPOSE} ~6 ( by | over | on ) the? phone|telephone",
            "{PROPOSE} ~4 ( a | an ) ~2!judgment|judgement|close|tough|cold|wake|roll|last|sales"
            " ( =call | =phone ( call | conversation | chat | discussion | talk | meeting ) )",
            "( could | can | may | shall ) we ~2 ( talk | speak | chat ) ~3 ( phone | call )",
            # a conversation or a meeting asked for
            "( have | find | set aside | spare ) ~2 time to ( talk | meet | chat | speak"
            " | discuss | catch up | connect | sit down )",
            "( meet | meeting ) ~3 ( in person | for coffee | for a coffee | over coffee )",
            "( grab | get | have ) ~2 ( coffee | a coffee | lunch )",
            # the writer comes to the employer's place
            "{I} {FUTURE} ~3!not|never|you|they|he|she {COME} {BY} ( ( your | the ) ~1 {PLACE} )?",
            "( could | can | may ) i ~2 {COME} {BY} ( ( your | the ) ~1 {PLACE} )?",
            "{I} be ~2 ( stop | drop | swing | pop | come ) ( by | in | over | round )",
            "{I} {FUTURE} ~3!not|never visit ( you | your | the ) ~2 {PLACE}?",
            "{I} ~3 be ~1 ( in | near | around ) the? ( area | neighborhood | neighbourhood"
            " | vicinity | building )",
            "( show | turn ) up ~2 ( at | in ) ( your | the ) ~1 {PLACE}",
            "drop off ( my | a | some | the | copy ) ~2",
            "( come | stop | drop | swing | pop ) ( by | in | over | round ) ( to | at ) ( your"
            " | the ) ~1 {PLACE}",
            # the writer is at the employer's place now ("I'm waiting in your lobby")
            "i ( =am | ='m ) ~2!not|never ( camp | wait | sit | park | stand | =outside"
            " | =downstairs ) ~2 ( in | at | outside | near | by | across from | opposite )? ~1"
            " ( your | the ) ~3 ( {PLACE} | parking | car park | carpark | entrance | doorstep )",
            # a call already made ("I tried to reach you by phone", "I left you a voicemail")
            "i ~3 ( try | attempt ) to ( reach | contact | get hold of | get through to | speak"
            " to | speak with | get in touch with ) ~3 ( by | over | on ) the? ( phone"
            " | telephone )",
            "i ~3 ( leave | =left ) ~3 ( voicemail | voicemails | voice mail | voice message"
            " | voice messages"
            " | phone message )",
            # v4: a visit already made, or a call already placed, to chase the decision
            "{I} ~2 ( =stopped | =dropped | =popped | =swung | =passed ) ( by | in | past | round"
            " | over | into ) ~1 ( at | to )? ( your | the ) ~1 {PLACE}",
            "{I} ~2 ( =came | =went | =walked | =headed ) ( by | in | over | round | into | to"
            " | down to ) ~3 {PLACE} ~8 to ( see | ask | check | find | know | hear | enquire"
            " | inquire | learn )",
            "{I} ~3 ( =called | =phoned | =rang | =telephoned ) ( your | the ) ~2 ( front desk"
            " | reception | receptionist | switchboard | secretary | assistant | hr | {PLACE} )",
            "{I} ~3 ( =called | =phoned | =rang | =telephoned ) ~6 to ( ask | check | see | find"
            " out | enquire | inquire | know ) ~6 ( decision | application | status | news"
            " | update | process | position | job | role )",
            # a meeting asked for: coming back, meeting, offered slots
            "( come | return ) back? ( for | to ) ~3 ( interview | meet | meeting | visit | chat"
            " | conversation | tour )",
            "( could | can | shall | might ) we ~2!not ( meet | get together | sit down )",
            "( propose | suggest ) ~3 we ~2 ( meet | get together | sit down )",
            # times offered to meet, not "available by email every day"
            "{I} ( be | =am | ='m ) ~1 ( available | free ) ( on | this | next | any )? ( {DAY}"
            " | morning | afternoon | evening | mornings | afternoons | evenings ) ~4 ( if | to"
            " ( talk | chat | meet | speak | discuss ) | for ( a | an ) ~1 ( call | chat | meeting"
            " | coffee | conversation ) )",
            "{I} ( be | =am | ='m ) ~1 ( available | free ) ~2!start|begin|join|work|email|mail"
            "|message"
            "|reply|question|questions|to ( any | every | all"
            " | on | this | next | most ) ~2 ( morning | mornings | afternoon | afternoons"
            " | evening | evenings | day | days | week | {DAY} ) !to|for|start|begin|join|work",
            # v3: talking in person or by voice offered ("I'd be glad to go over it face to face")
            "( ='d | =would | =am | ='m | =remain ) be? ~1 ( happy | glad | available | free"
            " | keen ) to ~4 ( in person | face to face | by voice | over coffee )",
            "if you ~2 ( like | want | prefer | wish | rather ) ~5 ( in person | face to face"
            " | by phone | over the phone | by voice )",
            # v5: the offer with no subject ("Happy to pop in to go over it in person")
            "^ ( happy | glad | keen | free | available | ready ) to ~2 {COME} {BY}",
            "( happy | glad | keen | ready ) to ~6 ( in person | face to face | by voice"
            " | over the phone | by phone )",
        ],
        "fr": [
            # "rappeler" is also "remind": "je vous rappelle que…", "me rappeler le nom"
            "je ~5!ne|pas|jamais vous {CALL} {NOT_REMIND}",
            "( me | m' ) =appeler|=rappeler|=telephoner|=appelez|=rappelez|=telephonez"
            "|=appellerez|=rappellerez|=appelleriez|=rappelleriez {NOT_REMIND}",
            "{CALL} moi",
            # a number given ("me joindre au 06…") is not a call proposed: the rule table
            "me joindre ( au | par ) ~2 ( telephone | portable | mobile )",
            "( un | une ) ~2 coup de fil|telephone",
            "{PROPOSE} ~5 ( par | au ) telephone",
            "{PROPOSE} ~4 ( un | une | d' ) ~2 ( appel | echange telephonique | point telephonique"
            " | entretien telephonique | rendez vous )",
            "a votre disposition pour ( fixer | convenir | organiser | caler | planifier"
            " | prendre ) ~3 ( rendez vous | rencontre | entretien | appel | creneau )",
            "( proposer | souhaiter | aimer | vouloir | suggerer ) ~3 que nous nous ( rencontrer"
            " | voir | retrouver | parler )",
            "( =pourrions | =pourrons | =puissions | =pourrait | =pourra ) ( nous | on ) ~1"
            " ( rencontrer | voir | retrouver )",
            # a call already made ("J'ai essayé de vous joindre par téléphone")
            "je ~3 essayer ~2 de vous ( joindre | appeler | contacter | telephoner ) ~3 ( par"
            " | au ) ( telephone | portable | mobile )",
            "je ~3 laisser ~3 ( message vocal | messages vocaux | message sur votre ( repondeur"
            " | messagerie | portable ) )",
            "je ~4 revenir ~3 ( pour un | a un ) ( second | deuxieme | nouvel | autre ) entretien",
            "je =suis ~2!ne|pas ( dans | devant | sur ) ( le | votre ) ~1 ( parking | hall"
            " | accueil | entree )",
            "je ~4!ne|pas|jamais ( passer | venir | rendre | presenter ) ~3!pour|que|qui ( a"
            " | au | aux | dans | chez | par ) ~2 {PLACE}",
            "( passer | venir ) ( vous voir | vous deposer | chez vous )",
            "vous rendre visite",
            "je ~4 ( passer | venir ) ~1 deposer",
            # v4: a visit already made, or a call already placed, to chase the decision
            "je ~2 ( etre | =suis ) ( =passe | =passee | =passes | =passees ) ~1 ( a | au | aux"
            " | chez | devant | par ) ~2 {PLACE}",
            "je ~2 ( me | m' ) ~1 ( etre | =suis ) ( =rendu | =rendue | =presente | =presentee"
            " | =deplace | =deplacee ) ~4 {PLACE} ~8 pour en? ( savoir | avoir | demander"
            " | connaitre | voir | me renseigner | prendre )",
            "je ~1 avoir ~2 ( appeler | =appele | telephoner | =telephone | rappeler | =rappele"
            " ) ~2 ( a | au )? ~1 ( le | la | l' | votre | vos | ce )? ~1 ( accueil | standard"
            " | secretaire | secretariat | assistante | assistant | rh | reception | {PLACE} )",
            "je ~1 avoir ~2 ( appeler | =appele | telephoner | =telephone ) ~8 pour ( savoir"
            " | avoir des nouvelles | demander | connaitre ) ~6 ( decision | candidature"
            " | nouvelles | reponse | poste | recrutement )",
            "( prendre | boire ) un cafe",
            "( minute | minutes | moment | instant | creneau ) pour ( un | une ) ~1 ( appel"
            " | coup de fil | echange telephonique | rendez vous )",
            "vous ( rencontrer | voir ) ~2 ( de vive voix | en personne | autour de un cafe )",
            "je ~4 etre ( dans le | a cote | pres de ) ~1 ( quartier | coin | secteur | bureau"
            " | locaux )",
            # v3: days offered to talk or meet (not "disponible dès le 1er" to start)
            # (not "disponible le samedi et le dimanche" nor "lundi et mardi pour les
            # remplacements": days of work, not a talk)
            "( disponible | libre | disponibles | libres ) ( ce | cette )? ( lundi | mardi"
            " | mercredi | jeudi | vendredi | samedi | demain | matin | apres midi ) ~8 ( si vous"
            " ~3 ( parler | echanger | discuter | rencontrer | voir | appeler ) | pour ( un"
            " | une ) ~1 ( echange | appel | entretien | rendez vous | rencontre | cafe | point )"
            " | pour en? ( echanger | discuter | parler ) | pour ( vous | nous ) ( rencontrer"
            " | voir | parler ) )",
            # v3: talking by voice or in person offered, not "ravie d'avoir échangé de vive voix"
            "( si vous | souhaiter | disponible | disponibles | volontiers | possible | pourrions"
            " | pourrons | proposer | aimerais | voudrais | si besoin ) ~7 ( de vive voix"
            " | en personne | en face a face | par telephone | au telephone )",
            "( =serais | =serai | =suis | =serions | =serons ) ( ravi | ravie | heureux | heureuse"
            " | pret | prete ) ( de | d' ) en? ( parler"
            " | discuter | echanger ) ( de vive voix | en personne | par telephone )",
            # v5: talking it over by voice proposed in a purpose clause ("pour qu'on en
            # reparle de vive voix"), not a talk already had ("nous en avons parlé de vive
            # voix"); a quick visit ("faire un saut à la boutique")
            "( que on | que nous | pour | afin de ) ~1 en? ( reparler | =reparle | =reparlions"
            " | parler | =parle | =parlions | discuter | =discute | =discutions | echanger"
            " | =echange | =echangions | voir | =voie | =voyions ) ~2 ( de vive voix | en"
            " personne | en face a face | par telephone | au telephone )",
            "( faire | =fais | =ferai | =ferais | =passe ) un ( saut | crochet | tour ) ~1"
            " ( a | au | aux | chez | par | jusqu' | dans ) ~2 {PLACE}",
        ],
    }


def _mentions_employer_date(email: Email, start: int) -> bool:
    """Whether the sentence around `start` quotes a date the employer gave ("as you
    mentioned, you hope to decide by Friday"): their deadline, not the writer's."""
    sentence = _sentence(email, start)
    return _THEIR_DATE[email.lang].search(sentence) is not None


def _sentence(email: Email, offset: int) -> str:
    text = email.folded
    left = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset), text.rfind("?", 0, offset))
    right_candidates = [p for p in (text.find(".", offset), text.find("\n", offset)) if p >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


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
        if _OTHER_EMPLOYER[email.lang if email.lang in _OTHER_EMPLOYER else "en"].search(
            _sentence(email, start)
        ):
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


@register
class Complaint(MeaningRule):
    id = "complaint"
    severity = ERROR
    reason = f"{article.DONT_TAKE_IT_PERSONALLY} {article.PRESSURE}"
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Reproaches or threatens the employer: “{phrase}”.",
            "Take it out: slow answers are common and not personal; ask politely instead.",
        ),
        "fr": (
            "Reproche ou menace : « {phrase} ».",
            "Retirez-le : les réponses tardent souvent, ce n'est pas personnel ; posez la "
            "question poliment.",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            "why ~5 ( take | taking ) ~2 ( so | this | that ) ~1 long",
            "why ~3 ( not | no | nobody | never ) ~3 ( reply | respond | answer | hear | get"
            " | write | contact | call | update | tell | inform | acknowledge | come ) back?",
            "{I} ~2 try ~2 ( reach | contact | call | get hold of | get in touch with ) ~3"
            " ( several | many | multiple | # | two | three | numerous | countless | a few ) ~1"
            " times",
            "( in case | maybe | perhaps | probably ) ~8 ( spam | junk ) ( folder | box | filter"
            " )?",
            "why ~3 ( be | have ) ~2 ( i | my ) ~2 ( ignore | overlook | ghost | leave )",
            "( be | have ) you ~2 ( ignore | ghost | forget ) ~1 me",
            "unprofessional|rude|disrespectful|unacceptable|ridiculous|outrageous|insulting"
            "|appalling|inexcusable|shameful|disgraceful",
            "( disappointed | frustrated | annoyed | upset | offended | shocked ) ~4 ( by | with"
            " | that | about | at ) ~5 ( lack | silence | delay | wait | response | reply"
            " | process | you | your | no | not | nobody )",
            "( lack | absence ) of ( response | reply | communication | responsiveness"
            " | feedback | courtesy | respect | follow | professionalism | update )",
            "( leave | post | write | share | give ) ~3 ( review | reviews | rating )",
            "glassdoor",
            "( report | complain | escalate | mention ) ~5 ( to | with ) ~3 ( your | the ) ~2"
            " ( manager | boss | ceo | supervisor | director | head | board | owner | hr"
            " | president | friend )",
            "( close | friend | friends ) with ( your | the ) ~1 ( ceo | boss | manager"
            " | director | owner | president )",
            "you =said|=promised|=told ~12 ( but | and | yet ) ~5 ( now | still | nothing | not"
            " | no | today )",
            "^ where be you ~2 <?>",
            "( least | minimum ) you ~1 could do",
            "common courtesy",
            "{I} deserve ~2 ( answer | response | reply | explanation | update )",
            "( keep | leave ) ( me | candidates | people ) ( hang | hanging | in the dark"
            " | waiting )",
            "( keep | leave ) ~3 ( me | candidate | candidates | applicant | applicants | people"
            " ) ~3 without ~2 ( answer | response | news | word | reply | update | feedback )",
            # sarcasm and insult
            "far be it ( for | from ) me",
            "( common | basic | professional | simple ) ( courtesy | decency )",
            "{I} ~1 ( be | feel ) ~2!not|never ( insult | =insulted | offend | =offended"
            " | =disrespected | =slighted | =humiliated )",
            "^ how ( disappointing | frustrating | rude | unprofessional | insulting | annoying"
            " | disrespectful | typical | sad ) !of|for",
            "( waste | =wasted | =wasting ) ~2 ( my | our ) time",
            "( could | should | might ) have be ~1 ( better | more wisely | more usefully ) spend",
            "as ( be | =was ) ( obviously | clearly | evidently ) your",
            "( strange | odd | curious | surprising | ironic | rich ) ~3 ( coming from | for a"
            " | for an | from a | from an ) ~2 ( company | organization | organisation | firm"
            " | business | association | employer | agency | recruiter )",
            "you ~3 ( =passed | =missed | =lost | =overlooked ) ( up | out on )? ~3 ( a | an"
            " | the ) ~4 ( candidate | hire | asset | applicant )",
            # the silence reproached: a sentence that only states it, a conclusion drawn from it
            "^ ( well <,> since {I} ( have | had ) not ( hear | receive | get ) | since? {I}"
            " ( have | had ) not ( hear | receive | get ) ~2 ( back | anything | a word | a thing"
            " | a reply | a response | an answer ) ~3 ( from you | yet | still | at all | since )?"
            " ~2 $ )",
            "{I} ( can | could ) only assume",
            "( think | =thought | expect | assume ) ( that )? {I} ( would | 'd | should )"
            " ( hear | get ) ~4"
            " ( by now | this week | already | sooner | before now | last week | by then )",
            "( i guess | i suppose | i take it | apparently ) ~2 ( no | not ) ~2 ( interest"
            " | interested | care | bother )",
            "stick to ~2 ( commitment | commitments | promise | promises | word )",
            "{I} ~2 ( sure | doubt | bet | suspect | certain ) ~4 ( not | never | no ) ~3"
            " ( hear | get | receive | response | reply | answer )",
            "{I} ~3 ( email | write | send | contact | message | follow ) ~5 ( twice | three"
            " times | several times | # times | many times | multiple times | repeatedly ) ~10"
            " ( ( no | not | never | without ) ~3 ( response | reply | answer | hear | word )"
            " | ( hear | =heard | get | =got | receive | =received ) nothing | nothing back"
            " | silence )",
            "this be ~1 the ( second | third | fourth | fifth ) time ~3 {I} ~3 ( email | write"
            " | contact | follow | reach | send )",
            # v3: one's messages counted with the silence ("my third note, and still nothing")
            "( second | third | fourth | fifth | 2nd | 3rd | 4th | two | three | four | several"
            " | multiple | many ) ( email | emails | message | messages | note | notes | follow"
            " | attempt | attempts | mail | letter | letters ) ~20 ( not a word | no word"
            " | no reply | no response | no answer | nothing back | no news | not hear"
            " | without ~2 ( reply | response | answer | word ) | still nothing | silence"
            " | zero | hear nothing | =heard nothing | not one )",
            "( third | fourth | fifth | 3rd | 4th | 5th | umpteenth ) ( attempt | try | time"
            " | email | message | note | follow )",
            "( not | n't ) ~1 worth ( a | any | the ) ~1 ( reply | response | answer | courtesy"
            " | acknowledgement | acknowledgment )",
            "( no | not ) ~3 ( reply | response | answer | word ) ~3 ( to | on ) ~1 ( any | either"
            " | both | all | one ) of my ~2 ( email | emails | message | messages | note | notes )",
            "despite ( my | two | three | several | multiple ) ~2 ( email | emails | message"
            " | messages | note | notes | follow | attempt | attempts ) ~8 ( no | not | nothing"
            " | never | without | silence )",
            # v3: a conclusion drawn from the silence ("I gather the post went to someone else")
            "( i take it | i ~2 ( guess | suppose | gather | presume | assume | conclude )"
            " | apparently | evidently | obviously | clearly ) ~3!not|if|yet ( position | role"
            " | job | post | vacancy | opening | it | you | someone | somebody ) ~4!not|yet"
            " ( =filled | =gone | =went | =given | =chosen | =picked | =hired | =found | =moved"
            " | =decided | =lost | =offered | =settled | =selected )",
            "( nobody | no one | noone ) ~2 ( =thought | =bothered | =cared | =took | =had"
            " | =remembered | think | bother | care | remember ) ~3 ( tell | let | inform | notify"
            " | update | reply | answer | respond | write | courtesy )",
            "( not | never ) even ~2 ( bother | acknowledge | reply | respond | answer"
            " | the courtesy | a reply | a response )",
            "( shame | pity | regrettable | unfortunate | disappointing | sad ) ( that )? ( no one"
            " | nobody | you | companies | employers | candidates | applicants | your ) ~5 ( reply"
            " | respond | answer | tell | inform | acknowledge | bother | courtesy | get back )",
            "it would have be ~2 ( nice | good | courteous | polite | decent | kind ) to ( be"
            " tell | be =told | hear | know | get | receive | be inform )",
            # v3: sarcasm about slowness or about how one was treated
            "( suppose | guess | imagine | apparently | evidently | surely ) ~6 ( week | weeks"
            " | day | days | month | months ) ~4 not ~2 ( enough | sufficient | long enough )",
            "( surely | certainly ) ~4 ( week | weeks | day | days | month | months | time ) ~2"
            " be ~1 ( enough | sufficient | plenty )",
            "( not | be | this | that ) ~1 how you ~2 ( treat | handle | deal with | speak to"
            " | talk to ) ~2 ( candidate | candidates | client | clients | customer | customers"
            " | people | applicant | applicants | patient | patients | guest | guests | staff"
            " | employee | employees | everyone | anyone )",
            "{I} ~3 ( wait | =kept waiting | keep wait ) ~3 # ~1 ( minute | minutes | hour | hours"
            " | min | mins ) ~6 ( past | after | beyond | late | before anyone | for you )",
            "you ~2 ( take | taking ) ( all | your ) ~2 time",
            "( apparently | evidently | clearly | seemingly | seem | be it | =was it ) ~6 too"
            " much to ( ask | expect )",
            "( thank | thanks ) ~3 for ~1 =finally ( replying | responding | answering | getting"
            " | writing | calling | seeing | meeting | taking )",
            # v4: sarcasm with no marker word: a guess about the employer's slowness or
            # treatment ("I suppose all that time was needed"), a bare "Still nothing?"
            "( i guess | i suppose | i assume | i presume | i imagine | i take it ) ~8 ( need"
            " | =needed | take | =took | =taking | require | =required ) ~3 ( all ( that | this"
            " | the ) ~1 time | the whole ~1 ( week | month | time ) | a whole ~1 ( week | month"
            " ) | that long | so long | this long | ages | forever )",
            "( i guess | i suppose | i assume | i presume | i imagine ) ~3 you ~2 ( =were | have"
            " =been | =had =been ) ~2 ( too | far too | much too | way too ) ( busy | swamped"
            " | overwhelmed | occupied | important )",
            "^ ( so | and )? <,>? still ( nothing | no ( news | word | reply | answer | response"
            " | update ) ) ~3 <?>",
            "^ ( so | and )? <,>? ( you | they ) still ( have | =has ) not ( decide | =decided"
            " | =made ~2 decision | =replied | =answered ) ~4 <?>",
            # v5: a rhetorical question doubting anyone reads or reviews ("Did anybody even
            # open my CV?", "Is anyone there?"), the silence stated with "still"
            "( be | =was | =is | do | =did | have | =has | =were ) ( anyone | anybody | someone"
            " | somebody | you | my ~2 ) ~3 ( even | actually | ever | really | at all ) ~3"
            " ( read | =reading | review | =reviewed | look | =looked | open | =opened | see"
            " | =seen | consider | =considered | glance | =glanced | check | =checked ) ~6 <?>",
            "( be | =is ) ( anyone | anybody | someone | somebody ) ~2 ( there | home | reading"
            " | listening | awake | alive | out there ) ~2 <?>",
            "^ i ( have | =had ) still ( not | n't | never ) ( =had | =received | =heard | =got"
            " | =gotten ) ~4 ( reply | answer | response | word | news | acknowledgement"
            " | acknowledgment | back ) ~6 $",
            "^ i still ( have | =had | =haven't ) ( not | n't )? ( =had | =received | =heard"
            " | =got ) ( no | any | a single | one | nothing ) ~6 $",
        ],
        "fr": [
            "pourquoi ~5 ( si | aussi | tellement | autant ) ~2 ( long | longtemps | temps )",
            "pourquoi ~4 ( pas | jamais | toujours | aucune | aucun | personne | rien ) ~4"
            " ( repondre | revenir | reponse | retour | nouvelles | contacter | ecrire"
            " | rappeler | informer )",
            "inadmissible|inacceptable|irrespectueux|irrespectueuse|impoli|impolie|scandaleux"
            "|scandaleuse|honteux|honteuse|lamentable|deplorable|inadmissibles",
            "( pas | peu ) professionnel|professionnelle",
            "manque de ( professionnalisme | respect | consideration | courtoisie | reactivite"
            " | reponse | retour | communication )",
            "( decu | decue | agace | agacee | frustre | frustree | choque | choquee ) ~4 ( par"
            " | de | que ) ~4 ( silence | absence | attente | delai | manque | votre | vos | ne"
            " | aucune )",
            "( avis | commentaire ) ~3 ( glassdoor | indeed | en ligne | internet )",
            "( signaler | plaindre | denoncer ) ~6 ( direction | hierarchie | superieur"
            " | responsable | directeur | pdg | inspection | prud'hommes )",
            "( contacter | informer | ecrire | prevenir | alerter | avertir | saisir ) ~3 ( votre"
            " | la ) ~2 ( direction | hierarchie | superieur | directeur | pdg )",
            "( cela | ca ) ~1 faire ~4 ( jour | jours | semaine | semaines | mois ) que je ~2"
            " attendre",
            "vous ~3 ( =dit | =promis | =assure | =indique | =annonce ) ~12 ( mais | or"
            " | pourtant ) ~5 ( rien | pas | aucune | toujours | ne )",
            "ignorer ~1 moi",
            "me ( ignorer | laisser sans )",
            "( au cas ou | peut etre ) ~8 ( spam | spams | indesirable | indesirables )",
            "je ~2 essayer ~2 de vous ( joindre | contacter | appeler ) ~3 ( plusieurs"
            " | maintes | # | deux | trois | a de nombreuses ) ~1 ( fois | reprises )",
            "( voila | voici | cela fait | ca fait ) ~2 ( deux | trois | quatre | plusieurs | # )"
            " fois ~2 que",
            "( deux | trois | quatre | plusieurs | # ) fois ~6 que je ~4 ( envoyer | ecrire"
            " | relancer | contacter ) ~10 ( aucune | pas de | sans | jamais ) ~2 ( reponse"
            " | retour | nouvelles )",
            "( laisser | garder ) ~3 ( candidat | candidats | candidate | candidates | gens"
            " | personnes ) ~2 sans ~2 ( nouvelle | nouvelles | reponse | retour )",
            # sarcasm and insult
            "( peu | pas | guere ) ( respectueux | respectueuse | courtois | courtoise | poli"
            " | polie | elegant | elegante )",
            "( curieux | curieuse | etrange | etonnant | surprenant | dommage | decevant"
            " | regrettable | ironique ) de la part",
            "^ ( comme | que ) ce etre ~1 ( decevant | dommage | triste | regrettable"
            " | decourageant )",
            "je ~1 ( etre | me ( sentir | =sens ) ) ~2!ne|pas ( insulte | insultee | vexe | vexee"
            " | offense"
            " | offensee | humilie | humiliee | meprise | meprisee )",
            "( perdre | gaspiller ) ~2 mon temps",
            "je ~3 ( douter | parier ) ~4 ( ne | pas | jamais | aucune ) ~3 ( reponse | repondre"
            " | retour | nouvelles )",
            # v3: one's messages counted with the silence ("malgré mes trois relances, rien")
            "( aucune | aucun | pas de | rien | sans | jamais ) ~10 malgre ( mes | mon | plusieurs"
            " | deux | trois ) ~2 ( message | mail | courriel | relance | email | appel )",
            "( troisieme | quatrieme | cinquieme | 3e | 4e | 5e | enieme | nieme ) ( message"
            " | mail | courriel | relance | email | tentative | fois )",
            "( deuxieme | second | seconde ) ( message | mail | courriel | relance | email ) ~6"
            " ( sans | aucune | aucun | pas de | toujours pas | rien )",
            "( deux | trois | quatre | plusieurs | # ) fois ~8 ( sans | aucune | aucun | pas de"
            " | rien | jamais | toujours pas ) ~2 ( reponse | retour | nouvelles | nouvelle"
            " | suite )",
            "malgre ( mes | plusieurs ) ~2 ( message | mail | courriel | relance | email ) ~8"
            " ( aucune | aucun | pas de | rien | sans | jamais | toujours pas )",
            "( deux | trois | quatre | plusieurs | # ) ( message | mail | courriel | relance"
            " | email | messages | mails | courriels | relances | emails ) ~8 ( sans | aucune"
            " | aucun | pas de | rien | jamais ) ~2 ( reponse | retour | nouvelles | nouvelle"
            " | suite )",
            # v3: the silence judged ("dommage qu'on ne daigne pas prévenir les candidats")
            "( regrettable | dommage | decevant | triste | navrant | desolant | dommageable )"
            " ( que | qu' | de ) ~8 ( ne | n' | sans | aucune | aucun | jamais | personne ) ~5"
            " ( repondre | reponse | retour | nouvelles | nouvelle | prevenir | informer | peine"
            " | candidat | candidats )",
            "( ne | n' ) ~2 prendre ~3 ( pas | jamais | plus ) ~1 la peine",
            "sans ~2 prendre la peine",
            "personne ~3 ( prendre | penser | songer ) ~3 ( peine | a | de ) ~3 ( prevenir"
            " | informer | repondre | dire | tenir )",
            "daigner|daigne|daignez|daigne",
            "vous ~2 ( prendre | =prenez ) ~1 ( tout | votre ) ~1 temps",
            "( apparemment | visiblement | sembler | =semble | =semblerait | croire | manifestement"
            " | est ce | etait ce ) ~6 trop ( demander | exiger )",
            "( ne | n' ) ~2 ( meriter | =meritait | =merite ) ~2 ( pas | meme pas | guere ) ~2"
            " ( reponse | retour | courtoisie )",
            # v3: a conclusion drawn from the silence ("j'en conclus que le poste est pourvu")
            "( je ( supposer | =suppose | imaginer | =imagine | presumer | =presume ) | il faut"
            " croire | apparemment | visiblement | manifestement | je en ( conclure | =conclus"
            " | deduire | =deduis ) )"
            " que ~3 ( le poste"
            " | vous | quelqu' un | la place ) ~5!ne|pas ( pourvu | pourvue | choisi | choisie"
            " | retenu | retenue | trouve | embauche | recrute | attribue | passe a autre chose )",
            # v3: sarcasm about slowness or about how one was treated
            "( semaine | jour | mois | semaines | jours ) ~3 ( ne | n' ) ~1 ( suffire | =suffisent"
            " | =suffit | =suffisaient | =suffisait | etre ) ~2 pas ( pour | a | assez )",
            "( ainsi | comme ca | comme cela | de cette facon | de cette maniere ) que vous ~2"
            " ( traiter | =traitez | recevoir | =recevez | accueillir | =accueillez | considerer"
            " | =considerez ) ~2 ( candidat | candidats | client"
            " | clients | gens | personnes )",
            "je ~4 ( attendre | =attendu | patienter | =patiente ) ~3 ( # | une | plus de | pres de"
            " | presque ) ~1"
            " ( minute | minutes | heure | heures ) ~6 ( apres | au dela | de retard | avant que"
            " | sans )",
            # v4: sarcasm with no marker word ("j'imagine qu'il fallait tout ce temps"), a bare
            # "Toujours rien ?"
            "( supposer | =suppose | imaginer | =imagine | presumer | =presume | croire ) ~8"
            " ( falloir | =fallait | =faut | =fallu | besoin | prendre | =pris ) ~3 tout ce"
            " ( temps | delai )",
            "( je ( supposer | =suppose | imaginer | =imagine | presumer | =presume ) | il faut"
            " croire ) que vous ~2 ( =etiez | avoir =ete | =avez =ete ) ~2 ( trop | tellement"
            " | =deborde | =debordes | =debordee | =debordees | =submerge | =submerges )",
            "^ ( alors | et )? <,>? toujours ( rien | pas de ( nouvelles | reponse | retour )"
            " | aucune ( nouvelle | reponse ) | aucun retour | sans ( nouvelles | reponse ) ) ~3"
            " <?>",
            # v5: the silence stated with "toujours" ("Je n'ai toujours rien reçu de votre
            # part."), a rhetorical question doubting anyone reads
            "^ je ( ne | n' ) ~1 avoir toujours ~2 ( aucune | aucun | pas | rien | jamais ) ~3"
            " ( reponse | retour | nouvelle | nouvelles | =recu | signe | message ) ~8 $",
            "^ ( toujours | encore ) ( aucune | aucun | pas de | rien ) ~2 ( reponse | retour"
            " | nouvelles | nouvelle ) ~8 $",
            "( quelqu' un | quelqu'un | personne | vous ) ~4 ( seulement | meme | vraiment"
            " | au moins ) ~3 ( lire | =lit | =lu | =lue | regarder | =regarde | =regardee"
            " | ouvrir | =ouvert | =ouverte | =ouvre | =etudie | =etudiee | consulter"
            " | =consulte ) ~6 <?>",
            "( ma candidature | mon cv | mon dossier | mes messages | mes mails ) ~3 ( seulement"
            " | meme | vraiment | au moins ) ~2 ( ete )? ( =lue | =lu | =ouvert | =ouverte"
            " | =regarde | =regardee | =etudie | =etudiee | =consulte | =consultee ) ~4 <?>",
        ],
    }

    def _spans(self, email: Email) -> list[tuple[int, int]]:
        """The patterns' places, and a grievance about time or treatment closed by an
        irony mark ("You needed five weeks to choose?? :)"): sarcasm a pattern over words
        cannot see, since the marks are not words."""
        found = super()._spans(email)
        folded = email.folded
        if not any(mark in folded for mark in _IRONY_HINTS):
            return found
        grievance = _GRIEVANCE[email.lang if email.lang in _GRIEVANCE else "en"]
        body = email.body
        extra = []
        for start, end in email.sentences_in(body):
            tail = folded[end : min(end + 4, body.end)]
            marks = folded[max(start, end - 3) : end] + tail.split("\n")[0]
            if _IRONY_MARK.search(marks) and grievance.search(folded, start, end):
                extra.append((start, end))
        if not extra:
            return found
        out: list[tuple[int, int]] = []
        for start, end in sorted(found + extra):
            if out and start < out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            else:
                out.append((start, end))
        return out


_IRONY_MARK = re.compile(r"\? ?\?|\?!|!\?|[:;]-?\)|\U0001f642|\U0001f609|\U0001f643|\U0001f60f")
"""Two question marks, "?!", a wink or a smile: after a grievance, they make it sarcasm."""
_IRONY_HINTS = (
    "??",
    "? ?",
    "?!",
    "!?",
    ":)",
    ";)",
    ":-)",
    ";-)",
    "\U0001f642",
    "\U0001f609",
    "\U0001f643",
    "\U0001f60f",
)
"""What a text holds when it may hold an irony mark (a cheap test before the regex)."""
_COUNT_EN = r"(?:\d+|two|three|four|five|six|seven|eight|several|many)"
_COUNT_FR = r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|plusieurs)"
_GRIEVANCE = {
    "en": re.compile(
        r"\b(?:(?:very|too|so|really|terribly|extremely) busy|all (?:that|this|the) time"
        r"|(?:so|this|that) long|took you|still (?:not|no|nothing|haven|hasn|waiting)"
        r"|waited|forever|ages|finally|" + _COUNT_EN + r" (?:weeks|months|days|hours|minutes))\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:(?:tres|trop|si|tellement) (?:occupes?|occupees?|debordes?|debordees?|pris|prise)"
        r"|tout ce (?:temps|delai)|si longtemps|aussi longtemps|(?:j'ai|j'avais) attendu"
        r"|toujours (?:pas|rien|aucune?)|enfin|"
        + _COUNT_FR
        + r" (?:semaines|mois|jours|heures|minutes))\b",
        re.IGNORECASE,
    ),
}


@register
class BluntDemand(MeaningRule):
    id = "blunt-demand"
    severity = ERROR
    reason = f"{article.PRESSURE} {article.SHORT_AND_FRIENDLY}"
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Blunt demand: “{phrase}” reads as impatient.",
            "Ask politely instead, e.g. “Could you tell me how the hiring process is going?”",
        ),
        "fr": (
            "Demande abrupte : « {phrase} » paraît impatiente.",
            "Posez la question poliment, par exemple « Pourriez-vous me dire où en est le "
            "processus de recrutement ? »",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            # a whole sentence that is only the demand
            "^ ( so | well | hi | hey )? <,>? ( any ( update | news | word | feedback | progress"
            " ) | what be the ( status | verdict | decision | update | holdup | hold up ) | status"
            " update | have you ( decide | make ~2 decision ) | do i get ( the job | it | the"
            " position | the role | the offer ) | when will i ( hear | know | get ) ~3 | well"
            " | update ) ~8 <?>",
            "( i be | i am ) still wait ~3 ( for | on )? ~2 ( answer | reply | response"
            " | decision | news | update | you )?",
            "please ~1 ( respond | reply | answer | confirm | acknowledge ) ~2!if|whether",
            "( respond | reply | get back to me | answer | write back ) ( asap | immediately"
            " | promptly | right away | quickly )",
            "make sure ~1 you ~1 ( receive | get | see | saw | have | read ) ~1 my",
            "^ ( do | have ) you ~1 ( receive | get | see | read ) my ~2 ( email | message"
            " | application | note | cv | resume | letter | previous | last )",
            "confirm ( receipt | that you ( receive | get ) )",
            # presuming the job, demanding an explanation
            "^ when ( ( do | can | will | shall | should ) i start | be my ( start | starting"
            " | first ) ( date | day ) ) <?>",
            "( want | would like | demand | insist | deserve | expect ) ~2 ( to know | an"
            " explanation ) ~2 what be wrong with ( my | me )",
            "( demand | insist on | deserve | owe me ) ~1 ( an | some ) explanation",
            # v3: the job presumed, asked any way ("what date should I report on?")
            "when ~3 ( would | do | will | should | can ) you ~2 ( like | want | need ) me to"
            " ( start | begin | join | report )",
            "^ when ( can | could | should | shall | do | will | may ) i ( start | begin | join"
            " | report ) ~6 <?>",
            "( what | which ) ( day | date ) ~2 ( should | do | can | will | shall ) i ( start"
            " | begin | report )",
            "( see you | meet you ) ~4 my first day",
            "^ what be my ( start | starting | first ) ( date | day )",
            "^ explain ( to me )? why",
            # v3: an explanation demanded ("I want to be told exactly why, in writing")
            # (not "I want to know more about why you chose…": curiosity)
            "( want | demand | insist | expect | need | deserve | require ) ~2 ( to know | to be"
            " =told | an answer | to hear ) ( exactly | precisely )? why",
            "( want | demand | expect | require | insist | need ) ~8 in writing",
            "( want | demand | expect | require ) ( a | an ) ( written | full | detailed"
            " | proper ) ( explanation | justification | reason | reasons )",
            # v4: the job presumed as a first shift, a schedule ("What time is my first shift?")
            "my first ( shift | shifts | rota ) ~4 <?>",
            "( bring | wear | arrive | come | expect | park | dress ) ~6 my first ( day | morning"
            " | week ) ~4 <?>",
            "^ what be ( my | the ) ( schedule | shifts | shift | hours | rota | timetable"
            " | roster ) ~4 <?>",
            "tell me ( exactly | precisely ) why",
            "( explain | justify ) ~1 ( exactly | precisely ) why",
            "( want | need | expect | demand ) you to ( explain | justify )",
            # v3: a bare "Have you got any news?"
            "^ ( do you have | have you get | have you =got | got ) any ( news | update | updates"
            " | word ) <?>",
            # v5: still waiting said as a statement ("I still have no answer.")
            "^ i still ( have | =had | =haven't ) ( not | n't )? ( =had | =received | =heard"
            " | =got ) ( no | any | a single | one | nothing ) ~6 $",
            "^ i ( have | =had ) still ( not | n't | never ) ( =had | =received | =heard | =got"
            " | =gotten ) ~4 ( reply | answer | response | word | news ) ~6 $",
            # v5: the job presumed inside a longer sentence or after "so"/"and" ("So when do I
            # start, and what are the shifts?", "what time would you like me there on day one")
            "^ ( so | and | ok | okay | well | right | great | quick question ) <,>? when ( can"
            " | could | should | shall | do | will | may ) i ( start | begin | join | report )",
            "( what | which ) ( be | =are | =will | =would ) ( my | the ) ( hours | shifts"
            " | schedule | rota | working hours | start time | start date | starting date ) ~3"
            " <?>",
            "( what time | when | where ) ~3 ( do | would | will | should ) you ( want | need"
            " | like | expect ) me ( in | there | to ( arrive | come | start | be | report"
            " | turn up ) ) ~12 <?>",
            "( what time | when | where ) ~6 my first ( day | shift | morning | week | night )",
            "( should | do | must | shall ) i ( bring | wear ) ~8 ( first day | first shift"
            " | on monday | when i start | with me ) ~4 <?>",
        ],
        "fr": [
            "^ ( alors | bonjour )? <,>? ( des nouvelles | du nouveau | une reponse | ca avancer"
            " | alors | avoir vous ( prendre"
            " ~1 decision | decider ) | ce etre bon | est ce que je avoir ( le poste | etre"
            " retenu | etre retenue ) | toujours ( rien | pas de nouvelles | aucune nouvelle"
            " | aucune reponse | pas de reponse ) ) ~8 <?>",
            "je =attends toujours",
            "je =attends ( votre | une ) ( reponse | retour | decision )",
            "repondre moi",
            "merci de ( me repondre | confirmer | accuser reception | me confirmer )",
            "( avoir vous | vous avoir ) bien ( =recu | =eu | =lu ) ( mon | ma | mes )",
            "^ quand ( est ce que )? ( je commencer | commencer je ) <?>",
            "^ je commencer quand ~4 <?>",
            "( quel | quelle ) ( etre | =est ) ma ( date | jour ) de ( demarrage | debut | prise"
            " de poste | embauche | commencement )",
            "savoir ( exactement | precisement ) pourquoi",
            "^ =expliquez moi ( pourquoi | ce qui )",
            "( vouloir | exiger | souhaiter ) ~2 savoir ~2 ce qui ne ( aller | convenir ) pas"
            " ( avec | dans ) ( mon | ma | mes | moi )",
            "( exiger | meriter | devoir ) ~2 une explication",
            # v3: the job presumed ("À partir de quand dois-je commencer ?")
            "quand ( =puis | =pourrai | =pourrais | =dois | =devrai | =devrais | =peux ) je ~1"
            " ( commencer | demarrer | debuter | prendre mon poste | prendre mes fonctions )",
            "quand ( =voulez | =souhaitez | =souhaiteriez | =voudriez ) vous que je ( commencer"
            " | demarrer | debuter | =commence | =demarre | =debute )",
            "( quel | quelle ) ( jour | date ) ( est ce que )? ( je | =dois | =puis ) ~2"
            " ( commencer | demarrer | debuter )",
            # v3: an explanation demanded
            "je ( =veux | =exige | =demande ) ~2 ( savoir | connaitre ) ~2 ( exactement"
            " | precisement | les raisons | la raison | les motifs | pourquoi )",
            "( =veux | =exige | =exigerai | =attends ) ~8 par ecrit",
            # v3: a bare "Avez-vous du nouveau ?"
            "^ ( avoir vous | vous avoir | est ce que vous avoir ) ( du nouveau | des nouvelles"
            " ) <?>",
            # v4: "Où en êtes-vous ?" alone (not "Où en êtes-vous dans le recrutement ??":
            # a polite question, whatever its marks)
            "^ ( alors )? <,>? ou en etre ( vous | on | nous ) <?>",
            # v4: the job presumed as a first day, a schedule ("Quels seront mes horaires ?")
            "( mon | ma ) ( premier | premiere ) ( jour | journee | service | semaine | vacation"
            " | poste ) ~4 <?>",
            "( quels | quel | quelles ) ( etre | =seront | =sont ) mes ( horaires | plannings"
            " | planning | jours de travail )",
            "je ( commencer | =commence ) ~2 ( quel | quelle ) ( jour | date ) <?>",
            # v5: the job presumed inside a longer question ("Et je commence quand, avec
            # quels horaires ?", "À quelle heure dois-je arriver le premier jour ?")
            "( quels | quel | quelles ) ( etre | =seront | =sont ) ( mes | les ) ( horaires"
            " | plannings | planning | jours de travail ) ~6 <?>",
            "( a quelle heure | quand | ou ) ~4 ( je | =dois | =devrai | =dois je ) ~3 ( arriver"
            " | venir | etre la | me presenter | commencer | demarrer ) ~6 ( premier | premiere"
            " | lundi | le jour )",
            "( et | alors | donc ) <,>? ( quand | quand est ce que )? je ( commencer | =commence"
            " | demarrer | =demarre | debuter | =debute ) ~3 ( quand | quel jour | quelle date"
            " ) ~6 <?>",
            "( =dois | =devrai | =faut il ) ~3 ( apporter | prendre | amener ) ~6 ( premier"
            " jour | lundi | des le debut ) ~4 <?>",
            # v5: still waiting said as a statement ("Je n'ai toujours pas de réponse."), as
            # bare as "J'attends toujours votre réponse"
            "^ je ( ne | n' ) ~1 avoir toujours ~2 ( aucune | aucun | pas | rien ) ~3 ( reponse"
            " | retour | nouvelle | nouvelles ) ~8 $",
        ],
    }

    def keep(self, email: Email, start: int, end: int) -> bool:
        """A question about the start or the hours is the job presumed, unless the employer
        has offered it (v5: "Thank you for the offer! When would you like me to start?")."""
        if (
            _PRESUMED[email.lang if email.lang in _PRESUMED else "en"].search(
                email.folded, start, end
            )
            is None
        ):
            return True
        return _OFFERED[email.lang if email.lang in _OFFERED else "en"].search(email.folded) is None


_PRESUMED = {
    "en": re.compile(r"\b(?:start|begin|join|report|first|hours|shifts?|schedule|rota|bring)\b"),
    "fr": re.compile(
        r"\b(?:commence\w*|demarre\w*|debute\w*|premier|premiere|horaires|planning|apporter)\b"
    ),
}
"""What in a demand presumes the job: its start, its first day, its hours."""
_OFFERED = {
    "en": re.compile(
        r"\b(?:(?:offering|offered|offer) me (?:the|this|a) (?:\w+ ){0,3}(?:job|position|role|post)"
        r"|(?:your|the|this) (?:kind |generous |job )?offer(?! of an interview)\b"
        r"|(?:accept|accepting|accepted) (?:the|your|this) (?:\w+ )?(?:offer|position|job|role)"
        r"|offer of employment|offer letter)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:(?:votre|cette|la) (?:proposition|offre) (?:d'embauche|de contrat|de poste)"
        r"|(?:m'avoir|me) (?:propos\w+|offert) (?:le|ce) (?:poste|contrat)"
        r"|(?:accepte|accepter|j'accepte) (?:votre|la|cette) (?:proposition|offre)"
        r"|m'avoir (?:retenue?|choisie?))",
        re.IGNORECASE,
    ),
}
"""The employer's offer, made to the writer: then asking when to start is not presuming."""
