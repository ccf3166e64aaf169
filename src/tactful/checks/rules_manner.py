"""Manner: what makes a follow-up needy or empty — desperation, filler, apologies for writing.
Patterns over lemmas, in English and French (syntax: tactful.text.patterns)."""

from __future__ import annotations

from tactful.checks.lexicon import CLASSES
from tactful.checks.model import ERROR, WARNING
from tactful.checks.rule import MeaningRule, Messages, Patterns, register
from tactful.policy import article

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar


@register
class Desperate(MeaningRule):
    id = "desperate"
    severity = ERROR
    reason = article.NOT_DESPERATE
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Sounds desperate: “{phrase}”.",
            "Show enthusiasm for the role instead of need: say what you would bring to it.",
        ),
        "fr": (
            "Donne une impression de désespoir : « {phrase} ».",
            "Montrez votre enthousiasme pour le poste plutôt que votre besoin : dites ce que "
            "vous y apporteriez.",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            "{I} ~3!not|you|they|he|she|it ( really | truly | desperately | badly | absolutely"
            " | so )? need ~2"
            " ( this | the | a | that ) ~2 ( job | position | role | work | opportunity | income"
            " | money | paycheck | salary )",
            "{I} ~2 ( beg | plead | implore )",
            "( be | am ) ~2 ( begging | desperate | pleading )",
            "desperate|desperately",
            "please <,>? please",
            "give me ~2 ( a | one | this | the | another ) ~2 ( chance | shot | try )",
            "{I} ~3 do ( anything | whatever ~2 take )",
            "( anything | whatever it take ) to ( get | land | have | be | secure )",
            "( mean | means ) ~2 ( everything | the world | so much ) to me",
            "( my | our ) ( last | only | final ) ( hope | chance | option )",
            "( unemployed | jobless | laid off | job hunting | job searching ) ~3 ( for"
            " | since | over ) ~3",
            "out of work ~3 ( for | since | over )",
            "( bill | bills | rent | mortgage | family | kids | children | mouths ) ~2 to ( pay"
            " | feed | support )",
            "{I} ~2 can not ~1 afford",
            "( any | whatever ) ( salary | pay | wage | rate | compensation )",
            "( work | willing | happy | ready ) ~3 ( for less | pay cut | lower salary | less"
            " money | for free | unpaid | minimum wage | accept less | accept any )",
            "( do not | never ) ( forget | ignore | overlook | give up on ) me",
            "( nobody | no one | anyone | anybody ) ~3 ( want | deserve | need | desire ) ~6 more"
            " than ( i | me )",
            "( nobody | no one | anyone ) ~4 ( want | deserve | need ) ~3 ( this | it ) ~2 more",
            "if ~2 not ~2 get ~2 ( this | the ) ( job | position | role | offer ) ~6 ( not know"
            " what | be devastated | be crushed | lose | be heartbroken )",
            "lose my ( house | home | apartment | flat | car )",
            "{I}? ~1 can not wait to ( hear | know | get | find )",
            "( nobody | no one ) ~2 ( will | want to | seem to ) hire me",
            # v4: hardship told as the reason to be picked ("struggling since the mine shut")
            "{I} ~3 ( be | =been ) ~2 ( struggling | =struggle ) ( since | ever since"
            " | financially | to make ends meet | to get by )",
            "( thing | things | life | it ) ~2 ( be | =been ) ~2 ( really | very | so | incredibly"
            " )? ( hard | tough | difficult | rough ) ~4 since",
            "( mean | =means | =meant ) ~2 ( everything | the world | so much | a lot ) to ( my"
            " | our ) ( family | kids | children | wife | husband | son | daughter | partner"
            " | household )",
            "( change | =changes ) everything for ( my | us | me | our )",
            "single ( mother | mom | mum | father | dad | parent )",
            "make ends meet",
            "{I} ~2 apply ~2 ( to | for ) ~1 ( hundreds | dozens | # | so many ) ~1 ( job | jobs"
            " | position | positions | company | companies )",
        ],
        "fr": [
            "je ~3 avoir ~2 besoin ~2 de ~2 ( ce | cet | cette | un | une ) ~1 ( poste | travail"
            " | emploi | job | contrat | salaire | revenu )",
            "je vous en? ( supplier | conjurer | implorer )",
            "donner moi ~2 ( une | ma | cette | votre ) ~2 chance",
            "( pret | prete ) a tout",
            "faire n' importe quoi",
            "( ma | notre ) ( derniere | seule | ultime ) ( chance | option )",
            "( mon | notre ) ( seul | dernier | ultime ) espoir",
            "( au chomage | sans emploi | sans travail | en recherche de emploi ) depuis",
            "par pitie",
            "s' il vous plait <,>? s' il vous plait",
            "desespere|desesperee|desesperement|desesperes",
            "aux abois",
            "( quel que soit | n' importe quel ) le? salaire",
            "je ne ~1 pouvoir pas ~1 me permettre",
            "( factures | loyer | credit | famille | enfants ) a ( payer | nourrir )",
            "ne me oublier pas",
            "personne ~4 ( vouloir | meriter | desirer ) ~6 plus que moi",
            "si ~2 ne ~2 pas ~2 ( ce | le ) ( poste | travail | emploi ) ~6 ne ~1 savoir pas",
            # v4: hardship told as the reason to be picked ("seule avec trois enfants")
            "je ~1 ( etre | =suis ) ( seul | seule ) avec ~3 ( enfant | enfants | fils | fille"
            " | filles | bebe | bebes )",
            "( mere | pere | maman | papa | parent ) ( celibataire | solo | isole | isolee )",
            "( difficile | dur | dure | complique | compliquee | penible ) ~4 depuis ~4 ( perte"
            " | licenciement | fermeture | chomage | deces | separation | divorce | accident )",
            "traverser ~2 ( periode | passe | moment ) ~2 ( difficile | dure | compliquee"
            " | delicate | penible )",
            "( compter | =compterait | changer | =changerait ) ~2 ( enormement | tout | beaucoup"
            " ) pour ( ma | mes | nous | notre | moi ) ~1 ( famille | enfants | foyer )?",
            "je ~3 avoir ~2 besoin de travailler",
        ],
    }


@register
class Filler(MeaningRule):
    id = "filler"
    severity = WARNING
    reason = "Empty openers waste the reader's time. " + article.REFER_TO_INTERVIEW
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Filler phrase: “{phrase}” says nothing the employer can act on.",
            "Cut it and open with a specific reference to your interview.",
        ),
        "fr": (
            "Formule creuse : « {phrase} » n'apporte rien au recruteur.",
            "Supprimez-la et commencez par une référence précise à votre entretien.",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            # the verb ("checking in", "I wanted to check in"), not the noun ("check-in desk")
            "( =checking | =checked ) in",
            "( to | just | i | we | will | quick ) =check in",
            "touch base",
            "circle back",
            "just ~2 ( follow | reach | ping | see | check | write | drop ) ( up | out | in"
            " | a | if | whether | how | to )?",
            "( quick | friendly | gentle | little | small ) ( reminder | nudge | ping )",
            "bump ~2 ( this | my | it ) ~2 ( up | email | message | note )?",
            "( as per | per | following up on | further to | as mention in ) my ( previous"
            " | last | earlier | prior ) ( email | message | note | mail )",
            "ping you",
            # pleasantries
            "{I} ~1 hope ~3 ( email | message | note | letter ) ~1 find you",
            "hope ( you | all | everything | this | your | things ) ~4 ( well | good | great"
            " | fine | smoothly | nicely | wonderful )",
            "hope ~2 you ~2 ( have | enjoy ) ~3 ( great | good | nice | lovely | wonderful"
            " | relaxing | fantastic ) ~1 ( weekend | week | day | holiday | holidays | vacation"
            " | break | time | start )",
            # v3: any adjective for the weekend hoped for ("an amazing weekend")
            "hope ~2 you ~2 ( have | =had | enjoy | =enjoyed ) ~1 ( a | an ) ~2 ( weekend"
            " | week | holiday | holidays | vacation | break | time off )",
        ],
        "fr": [
            "je me permettre de vous relancer",
            "( petite | simple ) relance",
            "je vous relancer",
            # "re-re-relancer": the chase spelled out
            "vous re ~3 ( =lancer | relancer )",
            "je revenir aux nouvelles",
            "prendre ( des | de vos ) nouvelles",
            "je vouloir ( juste | simplement ) ( savoir | voir | verifier | faire un ~1 point )",
            "je faire suite a mon ( precedent | dernier ) ( mail | message | courriel | e mail )",
            "je remonter ( ce | mon ) ( mail | message | courriel )",
            "( petit | simple ) rappel",
            "( faire | refaire ) un petit point",
            "je me manifester ( a nouveau | de nouveau )",
            "( je | en ) ~1 esperer que ~2 ( vous ) ~1 ( aller | porter ) bien",
            "esperer que ( tout | ce message | ce mail | ce courriel | votre | vous ) ~5"
            " ( bien | bon | bonne | trouver | excellente | agreable )",
        ],
    }


@register
class Apology(MeaningRule):
    id = "apology"
    severity = WARNING
    reason = "Apologising for writing frames your email as a nuisance. " + article.NOT_DESPERATE
    classes = CLASSES
    messages: ClassVar[Messages] = {
        "en": (
            "Apologises for writing: “{phrase}”.",
            "Drop the apology: a short, polite follow-up is normal and expected.",
        ),
        "fr": (
            "S'excuse d'écrire : « {phrase} ».",
            "Retirez l'excuse : une relance courte et polie est normale et attendue.",
        ),
    }
    patterns: ClassVar[Patterns] = {
        "en": [
            "{I}? ( be | am )? ( so | very | really | terribly )? {APOLOGISE} ~4 {NUISANCE}"
            " ( you | my inbox )?",
            "( hate | not ~1 ( want | mean ) ) to ( bother | trouble | pester | nag | disturb"
            " | intrude | be ~1 ( pest | bother | nuisance ) )",
            "( i know | i realize | i realise | i understand | i be sure ) ~1 you ~1 be ~2"
            " ( busy | swamped | slammed )",
            "sorry if this be ~2 ( bother | annoying | too much | intrusive )",
            "{APOLOGISE} ~4 ( write | email | contact | message | follow ) ~2 ( again | once more"
            " )",
            # v3: asking leave to write again ("hope you won't mind another note from me")
            "hope ~1 you ~2 ( not | n't | =won't ) ~1 mind ~3 ( me | my | another | again"
            " | write | writing | email | emailing | follow | following )",
            "{APOLOGISE} ~3 ( for | about ) ~2 ( short | brief | long | lengthy | quick | rushed"
            " ) ( email | message | note | mail )",
            # v5: asking leave to write again in other words ("Hope it's all right to send
            # another note", "I hope it is not a bother that I write again")
            "( hope | trust ) ~1 ( it | this | that ) ~1 ( be | =is | 's | =isn't ) ( not )?"
            " ~1 ( ok | okay | alright | all right | fine | acceptable | a problem | a bother"
            " | an imposition ) ~4 ( write | =writing | drop | =dropping | send | =sending"
            " | email | =emailing | follow | =following | reach | =reaching | line | note"
            " | message | again | another | once more )",
            "( is it | it 's | it be ) ~1 ( ok | okay | alright | all right | fine ) ( if | that"
            " ) i ~2 ( write | =writing | email | =emailing | follow | =following | reach"
            " | =reaching | check | =checking | send ) ~3 ( again | once more | another )",
        ],
        "fr": [
            # v3: "j'espère que cela ne vous dérange pas que je vous écrive encore"
            "esperer que ~3 ( ne | n' ) ~2 ( deranger | ennuyer | embeter | importuner ) ~2 pas"
            " ~5 ( ecrire | relancer | revenir | encore | nouveau )",
            "( desole | desolee | navre | navree | excuser | pardonner | pardon | excuses ) ~4"
            " ( deranger | importuner | embeter | ennuyer | relancer | insister | revenir"
            " | ecrire | derangement | insistance | solliciter | sollicitation | temps ) ( a"
            " nouveau | de nouveau | encore )?",
            "( desole | desolee | navre | navree | pardon | excuses ) ( pour | de ) ( ce | mon"
            " | le ) ~2 ( message | mail | courriel | mot ) ~3 ( court | bref | breve | long"
            " | tardif )?",
            "ne ~1 vouloir pas ~1 vous ( deranger | importuner | embeter | ennuyer )",
            "en esperer ne pas vous ( deranger | importuner | embeter )",
            "sans vouloir vous ( deranger | importuner | embeter | ennuyer )",
            "( je savoir | je me douter | je comprendre | je imaginer ) ~4 ( occupe | occupee"
            " | occupes | deborde | debordee | debordes | pris | prise )",
            # v5: "j'espère que ce n'est pas gênant que je vous écrive encore"
            "esperer que ( ce | cela | ca | il ) ~3 ( genant | derangeant | ennuyeux | un"
            " probleme | =gene | =derange | possible ) ~6 ( ecrire | =ecrive | relancer"
            " | =relance | =relancer | revenir | =revienne | message | encore | nouveau"
            " | nouvelle fois )",
        ],
    }
