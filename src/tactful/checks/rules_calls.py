"""Calls and visits: the article's follow-up is an email, never a call or a visit. Found by
patterns over lemmas and roles (who calls whom, who comes where), in English and French
(syntax: tactful.text.patterns; the classes: checks.lexicon)."""

from __future__ import annotations

from tactful.checks.lexicon import CLASSES
from tactful.checks.model import ERROR
from tactful.checks.rule import MeaningRule, Messages, Patterns, register
from tactful.policy import article

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar


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
