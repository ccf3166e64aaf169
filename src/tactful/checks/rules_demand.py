"""Blunt demands: "Any update?" as a whole sentence, "please respond", "did you get my email?",
a start date presumed, an explanation demanded. Patterns over lemmas, in English and French
(syntax: tactful.text.patterns)."""

from __future__ import annotations

import re

from tactful.checks.lexicon import CLASSES
from tactful.checks.model import ERROR
from tactful.checks.rule import Email, MeaningRule, Messages, Patterns, register
from tactful.policy import article

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar


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
        return not email.occurs(_OFFERED[email.lang if email.lang in _OFFERED else "en"])


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
