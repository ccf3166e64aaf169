"""Wordings the content rules accept, read over lemmas rather than as phrases.

A content rule (rules_content) looks for what a follow-up must say: enthusiasm, a selling
point, a reference to the interview, a qualification added since. Most of it is a short list of
phrases. What varies inside — an intensifier before "interested", a qualification after "I
hold", a past participle several words after "Depuis notre entretien" — is written here as
patterns over lemmas (syntax: tactful.text.patterns), which an email without their words skips
at once. A content rule asks its wording only when none of its phrases is found.
"""

from __future__ import annotations

from tactful.checks.model import WARNING
from tactful.checks.rule import Email, MeaningRule, Messages, Patterns
from tactful.text.anatomy import Span

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar


class Wording(MeaningRule):
    """Patterns that satisfy a content rule. Not registered: the rule calls `within`."""

    severity = WARNING
    reason = ""
    messages: ClassVar[Messages] = {}

    def within(self, email: Email, region: Span) -> bool:
        """Whether one of the patterns matches inside `region` (the rule's own part)."""
        return any(region.start <= start < region.end for start, _ in self.spans(email))


_DONE_EN = (
    "( =installed | =shipped | =built | =led | =managed | =ran | =handled | =delivered"
    " | =designed | =developed | =launched | =trained | =supervised | =taught | =written"
    " | =wrote | =published | =grown | =grew | =sold | =saved | =reduced | =increased"
    " | =migrated | =deployed | =repaired | =maintained | =served | =coordinated | =organised"
    " | =organized | =created | =won | =raised | =cut | =doubled | =tripled | =coded"
    " | =programmed | =automated | =converted | =rolled | =onboarded | =recruited"
    " | =processed | =closed | =audited | =translated | =negotiated | =cooked | =treated"
    " | =cared | =coached | =mentored | =answered | =resolved | =fixed | =scaled )"
)
"""Work done, in the past ("I installed", "I have shipped"), for a result stated now."""
_DONE_FR = (
    "( code | programme | developpe | repris | fidelise | concu | construit | lance | gere"
    " | dirige | forme | cree | ecrit | publie | installe | deploye | vendu | augmente | reduit"
    " | double | automatise | migre | livre | monte | anime | encadre | pilote | mene"
    " | organise | realise | traite | negocie | remporte | decroche | ouvert | servi | cuisine"
    " | soigne | accompagne | recrute | conduit | travaille | assure | redresse | triple"
    " | refondu | modernise | passe | tenu | coordonne | supervise | enseigne | gagne )"
)
"""Work done, as a French past ("j'ai codé", "nous avons fidélisé")."""


_NUM_EN = (
    "( # | a | an | one | two | three | four | five | six | seven | eight | nine | ten"
    " | eleven | twelve | fifteen | twenty | thirty | several | many | few | couple )"
)
_NUM_FR = (
    "( # | un | une | deux | trois | quatre | cinq | six | sept | huit | neuf | dix | onze"
    " | douze | quinze | vingt | trente | plusieurs | quelques )"
)
_SPAN_EN = "( year | years | month | months | summer | summers | season | seasons )"
_SPAN_FR = "( an | ans | annee | annees | mois | saisons | etes )"
_TRADE_FR = (
    "( =travaille | =exerce | =pratique | =accompagne | =encadre | =gere | =dirige | =anime"
    " | =enseigne | =conduis | =conduit | =soigne | =vends | =vend | =cuisine | =livre"
    " | =analyse | =developpe | =code | =programme | =manage | =pilote | =coordonne | =repare"
    " | =entretiens | =entretient | =installe | =forme | =recrute | =redige | =traduis"
    " | =accueille | =conseille | =suis | =etais )"
)
"""Work done now or for some time, in the first person ("j'accompagne", "je suis grutier")."""

_NOT_WORK_EN = (
    "!you|your|we|they|he|she|=looking|search|=searching|wait|=waiting|apply|=applying"
    "|=applied|unemployed|=out|off|hunt|=hunting|=lived|live|=living|=moved|=known"
)
"""What makes a length of time no experience: someone else's, a job search, a wait."""
_NOT_WORK_FR = (
    "!vous|tu|nous|il|elle|ils|elles|cherche|recherche|attends|attente|chomage|sans|postule"
    "|habite|vis|connais"
)
# v5: what a first-person statement of experience, skill or result looks like, whatever its
# verb: a length of time at the work ("I've been a chef for five years", "je suis cariste
# depuis six ans"), being trained or used to it, a credential held or gained.
_EXPERIENCE_EN = [
    f"i ~8{_NOT_WORK_EN} ( for | over ) ( the ( last | past ) )? ~1 {_NUM_EN} ~1 {_SPAN_EN}",
    f"i ~8{_NOT_WORK_EN} in the ( last | past ) ~1 {_NUM_EN} ~1 {_SPAN_EN}",
    f"i ~2 ( be | have be ) ( a | an ) ~4 ( for | since ) ~3 {_SPAN_EN}",
    f"{_NUM_EN} ~1 {_SPAN_EN} ( of | as | at | in | on | running | working | doing | leading"
    " | managing | teaching | driving | behind | under )",
    "i ( be | have be ) ( =used | =trained | =experienced | =skilled | =qualified"
    " | =comfortable | =confident | =fluent | =certified | =familiar | =proficient | =licensed"
    " | =registered ) ( to | in | with | at | on | as | for )",
    "i ( have | also | now | already )? ( hold | =held | =got | =earned | =obtained | =did"
    " | =completed | =passed | have ) ( a | an | my | the | our ) ~5 ( certificate"
    " | certification | licence | license | card | degree | diploma | qualification | nvq"
    " | ticket | accreditation | registration | award | level )",
    "my ~2 ( experience | background | skills | skill | training | expertise | record"
    " | coordination | leadership | management | work ) ( at | in"
    " | as | with | on | of | running | leading | managing | teaching )",
    "( as | like ) ( a | an ) ~3 ( i | my ) ~2 ( =learned | =learnt | =ran | =led | =handled"
    " | =managed | =built | =worked | =know | know | =knew | =saw | have | =had )",
]
_EXPERIENCE_FR = [
    f"je ~10{_NOT_WORK_FR} depuis ~1 {_NUM_FR} ~1 {_SPAN_FR}",
    f"depuis ~1 {_NUM_FR} ~1 {_SPAN_FR} <,>? ( je | j' ) {_TRADE_FR}",
    f"je {_TRADE_FR} ~6 depuis ~1 ( {_NUM_FR} | des | de nombreuses | longtemps )",
    f"( je | nous ) avoir ~2 ( =passe | =travaille | =exerce | =ete ) ~6 ( {_NUM_FR} | pendant"
    f" | durant ) ~1 {_SPAN_FR}",
    f"( pendant | durant | en ) ~1 {_NUM_FR} ~1 {_SPAN_FR} <,>? ~6 ( je | j' | nous ) avoir",
    "je etre ( =forme | =formee | =habitue | =habituee | =rompu | =rompue | =experimente"
    " | =experimentee | =qualifie | =qualifiee | =titulaire | =diplome | =diplomee | =certifie"
    " | =certifiee | =habilite | =habilitee | =capable ) ( a | au | aux | en | de | du | d' )?",
    "je ( =detiens | avoir ) ( un | une | mon | ma | mes | le | la | les ) ~3 ( formation"
    " | diplome | certificat | certification | permis | caces | carte | habilitation | brevet"
    " | cap | bts | titre | licence | master | licence )",
    "( experience | competences | savoir faire | expertise ) ~4 que je avoir ~2 ( =acquise"
    " | =acquises | =accumulee | =accumulees | =developpee | =developpees | =construite )",
    f"( mon | ma | mes ) ~2 ( experience | parcours | formation | competences | savoir faire"
    f" | {_NUM_FR} ~1 {_SPAN_FR} ) ( de | en | chez | comme | dans | au | aux | a | sur )",
]


class Enthusiasm(Wording):
    id = "missing-enthusiasm:wording"
    patterns: ClassVar[Patterns] = {
        "en": [
            "( very | really | even more | more | truly | genuinely | particularly | especially"
            " | all the more | strongly | extremely | so | highly | incredibly | deeply | keenly"
            " | most ) ( interested | drawn | motivated | inspired | attracted | convinced )",
            "( =confirmed | =reinforced | =strengthened | =increased | =deepened | =heightened ) my"
            " ~1 interest",
            "( great | strong | genuine | real | sincere | deep ) interest in",
            "( great | strong | good | natural ) fit",
            # v4: interest said with the verb, love to join, fired up about the role
            "( role | position | job | post | opportunity | it | this ) ( interest | =interests"
            " ) me",
            "( would | ='d ) love to ( join | be | work | contribute | help | become | bring )",
            "( =fired | =pumped | =revved ) up",
            "( really | truly | genuinely ) ( want | hope ) to ( join | work | be part | become )",
            # v5: wanting the role said any way ("I would very much like to come on board"),
            # a positive word about the role, the team or the work
            "( would | ='d | really | truly | genuinely ) ~3 ( like | love | want | hope ) to"
            " ( join | work | be part | become | come on board | come aboard | get going | start"
            " | contribute | bring | help | grow | be a part | be on )",
            "( =glad | =happy | =pleased | =delighted | =proud ) ~2 to ( join | work | be part"
            " | contribute | come on board | bring | help )",
            "( =excited | =keen | =enthusiastic | =thrilled | =motivated"
            " | =drawn | =attracted | =pumped | =buzzing | =stoked )",
            "( role | position | job | post | team | crew | company | place | work | kitchen"
            " | store | shop | school | ward | site | firm | business | opportunity | project"
            " | department ) ~4 ( sound | =sounds | =sounded | look | =looks | =looked | seem"
            " | =seems | =seemed | be | =is | =was ) ~2 ( great | exciting | fantastic"
            " | brilliant | perfect | ideal | amazing | wonderful | solid | fascinating | superb"
            " | excellent | right | fun | inspiring | rewarding | like ( a | the ) ~2 ( great"
            " | good | solid | perfect | right | fantastic | brilliant ) )",
            "( sound | =sounds | seem | =seems | look | =looks ) like ( a | an ) ~1 ( great"
            " | solid | brilliant | fantastic | perfect | wonderful | fun | friendly | lovely"
            " | exciting ) ( crew | team | place | role | job | company | opportunity | fit"
            " | kitchen | bunch | outfit | group )",
            "( =love | =loved | =enjoy | =enjoyed | =like | =liked | =appreciate | =admire"
            " | =admired ) ( the | your | how | what ) ~3 ( team | role | position | job | company"
            " | culture | approach | mission | values | work | kitchen | store | school | ward"
            " | vision | ethos | atmosphere )",
            "( dream | perfect | ideal ) ( job | role | position | next step | fit | match )",
        ],
        "fr": [
            # v5: wanting the role, or a positive word about it, said any way ("ce poste
            # m'attire", "emballé par le poste", "j'aimerais vraiment travailler chez vous")
            "( =emballe | =emballee | =enthousiaste | =enthousiasmee | =enthousiasme | =motive"
            " | =motivee | =interesse | =interessee | =attire | =attiree | =seduit | =seduite"
            " | =conquis | =conquise | =impatient | =impatiente | =ravi | =ravie | =passionne"
            " | =passionnee | =partant | =partante )",
            "me ( =attire | =attirent | =plait | =plaisent | =plairait | =tente | =tentent"
            " | =motive | =motivent | =passionne | =passionnent | =enthousiasme | =interesse"
            " | =interessent | =parle )",
            "( aimer | vouloir | souhaiter | adorer | esperer | =aimerais | =voudrais"
            " | =souhaiterais | =adorerais ) ~3 ( travailler | rejoindre | integrer | faire partie"
            " | venir | contribuer | participer | devenir | relever | m'investir | investir"
            " | collaborer | evoluer | vous rejoindre | vous apporter | apporter )",
            "( envie | hate | plaisir | fierte | honneur ) ( de | d' ) ~3 ( travailler | rejoindre"
            " | integrer | faire partie | venir | contribuer | participer | devenir | relever"
            " | collaborer | evoluer | commencer | demarrer | m'investir | apporter )",
            "( donner | =donne | =donnee | avoir ) ~2 envie",
            "( mon | notre ) ( interet | enthousiasme | envie | motivation | attrait ) ~5 ( pour"
            " | de | a )",
            "( poste | equipe | entreprise | projet | mission | metier | structure | cabinet"
            " | societe | ecole | service | magasin | atelier ) ~4 ( =correspond | =correspondrait"
            " | =semble | =paraît | =parait | etre | =est ) ~3 ( exactement | parfaitement"
            " | vraiment | tout a fait )? ( ce que je cherche | passionnant | passionnante"
            " | motivant | motivante | stimulant | stimulante | enthousiasmant | ideal | ideale"
            " | parfait | parfaite | super | genial | geniale | formidable | top | attirant"
            " | attirante | ce qu' il me faut )",
        ],
    }


class SellingPoint(Wording):
    id = "missing-selling-point:wording"
    patterns: ClassVar[Patterns] = {
        "en": [
            # "at my current site I supervise…", "I was their top seller"
            "( in | at ) my ( current | previous | last | former | present )",
            "( =was | =were ) ( their | our | the ) ( top | best | leading )",
            # v3: years at a trade ("I have eight years running night shifts")
            "i have ~1 ( # | one | two | three | four | five | six | seven | eight | nine | ten"
            " | several | many ) ~2 ( year | years ) ( of | running | in | as | at | doing"
            " | working | leading | managing | on | with )",
            # v3: a result with its figure ("I grew the list from 300 to 14k", "I cut costs 20%")
            f"i ( have | also )? {_DONE_EN} ~10 ( # | from | percent | per cent | dozens"
            " | hundreds | thousands | over | more than )",
            # v4: years at the work told with "since" or "for" ("I have worked for nine
            # years with…", "I work since 11 years")
            "i ( work | =worked | have =worked | have be =working | be =working ) ~3 since ~1"
            " ( # | two | three | four | five | six | seven | eight | nine | ten | several"
            " | many ) ( year | years )",
            "i ~1 ( =worked | =working ) ~3 for ~1 ( # | two | three | four | five | six | seven"
            " | eight | nine | ten | several | many ) ( year | years )",
            # v5: any first-person statement of experience, skill or result (see above)
            *_EXPERIENCE_EN,
        ],
        "fr": [
            # v3: work done in the first person ("j'ai codé tout le module", "nous avons
            # fidélisé ce client")
            f"( je | nous ) avoir ( deja | aussi | egalement | moi meme | notamment )? {_DONE_FR}",
            "( # | deux | trois | quatre | cinq | six | sept | huit | neuf | dix | plusieurs )"
            " ( ans | annees ) ( comme | en tant que | de | chez | a | au | dans )",
            # v4: years at the work told with "depuis" ("j'exerce depuis dix ans en cuisine")
            "je ( travailler | =travaille | exercer | =exerce | pratiquer | =pratique ) ~2"
            " depuis ~1 ( # | deux | trois | quatre | cinq | six | sept | huit | neuf | dix"
            " | quinze | vingt | plusieurs ) ( ans | annees )",
            # v5: any first-person statement of experience, skill or result (see above)
            *_EXPERIENCE_FR,
        ],
    }


_GAINED_EN = (
    "( =completed | =finished | =earned | =obtained | =passed | =received | =gained | =got"
    " | =achieved | =launched | =published | =won | =become | =qualified | =taken | =started"
    " | been ( =awarded | =certified | =promoted | =accepted | =named ) )"
)
_GAINED_FR = (
    "( =obtenu | =obtenue | =termine | =terminee | =valide | =validee | =decroche | =fini"
    " | =finie | =acheve | =reussi | =prime | =primee | =primes | =recompense | =recompensee"
    " | =publie | =publiee | =certifie | =certifiee | =diplome | =diplomee | =suivi | =lance"
    " | =selectionne | =selectionnee )"
)


class Qualification(Wording):
    """A qualification or accomplishment offered in a status email: gained since the
    interview, or simply stated ("I hold a forklift licence")."""

    id = "missing-forgotten-qualification:wording"
    patterns: ClassVar[Patterns] = {
        "en": [
            # since the interview ("Since our interview about the post, I've completed…")
            f"since ( then | our | the | we | last ) ~14 i ~3 {_GAINED_EN}",
            "i have? ( just | recently )? ( =completed | =finished | =earned | =obtained"
            " | =gained | =passed ) ( a | an | my | the )",
            # stated
            "i ( also | now )? ( hold | have | =earned | =obtained ) ( a | an | my | the ) ~4"
            " ( certificate | certificates | certification | certifications | degree | license"
            " | licence | diploma | qualification | accreditation | mba | phd | master | masters )",
            "i be ( also | now )? ( a | an )? ( =certified | =qualified | =licensed | =registered"
            " | =chartered | =accredited )",
            "i be a graduate of",
            "i have ~3 year ~4 experience",
            "my ~2 experience ( could | would | will | can | should )",
            # v3: an accomplishment stated now, with its figure or its length ("I have
            # installed over 40 units", "I ran payroll for 600 staff for three years")
            f"i ( have | also | since | then | recently | already )? ~1 {_DONE_EN} ~10 ( #"
            " | from | percent | dozens | hundreds | thousands | over | more than | year"
            " | years | month | months | exactly that | the same )",
            f"since ( then | our | the | we | last ) ~14 i ~3 {_DONE_EN}",
            # v3: a language spoken ("I speak fluent Portuguese")
            "i ~2 ( speak | write ) ~3 ( fluent | fluently | native | bilingual )",
            "i be ( fluent | bilingual ) in",
            # v5: any first-person statement of experience, skill or credential (see above)
            *_EXPERIENCE_EN,
        ],
        "fr": [
            # "Depuis notre entretien, j'ai obtenu…", "Depuis, mon affiche a été primée"
            f"depuis ~16 ( je | mon | ma | mes | nous ) ~10 {_GAINED_FR}",
            f"je avoir ( recemment | aussi | egalement | depuis ) {_GAINED_FR}",
            "je etre ( egalement | aussi | desormais | maintenant )? ( titulaire | =diplome"
            " | =diplomee | =certifie | =certifiee | =habilite | =habilitee )",
            "je avoir ~2 ( ans | annees ) de experience",
            # v3: work stated now ("j'ai encadré la même filière pendant deux ans") and a
            # language spoken ("je parle couramment l'espagnol")
            f"( je | nous ) avoir ( deja | aussi | egalement | moi meme )? {_DONE_FR} ~10 ( #"
            " | an | ans | annee | annees | mois | pendant | depuis | deux | trois | quatre"
            " | cinq | six | sept | huit | neuf | dix | plusieurs | meme | similaire )",
            "je ~1 ( parler | ecrire ) ~3 ( couramment | courant | bilingue | natif | native )",
            "je etre ( bilingue | =formee | =forme ) ( a | en | au )",
            # v4: years at the trade, a skill mastered, a licence held ("j'ai mes CACES
            # depuis six ans", "vingt ans de métier"), work done "personnellement… durant"
            "( # | deux | trois | quatre | cinq | six | sept | huit | neuf | dix | quinze"
            " | vingt | trente | plusieurs ) ( ans | annees ) de ( metier | experience | pratique"
            " | terrain | service )",
            "je ( maitriser | =maitrise ) ~2 ( le | la | les | l' | toutes | tous )",
            "je avoir ( mon | ma | mes | le | la | les | un | une ) ~2 ( caces | permis"
            " | diplome | certificat | certification | habilitation | brevet | cap | bts | titre"
            " | carte | licence ) ~6 ( depuis | # | valide | valable | en cours )",
            f"( je | nous ) avoir ( personnellement | moi meme | directement ) {_DONE_FR}",
            # v5: any first-person statement of experience, skill or credential (see above)
            *_EXPERIENCE_FR,
        ],
    }


_NOT_GENERIC = (
    "!the|your|our|this|a|role|position|job|post|company|team|opportunity|vacancy"
    "|organisation|organization|firm|business|process|responsibilities|responsibility|duties"
    "|culture|values|mission|work|next|hiring|interview|company's|role's"
)
"""What talking "about" that is no reference: the job, the company or the team in general."""


class Reference(Wording):
    """A specific reference to the interview: what was seen, heard or learned there."""

    id = "no-interview-reference:wording"
    patterns: ClassVar[Patterns] = {
        "en": [
            "( =showing | =walking | =taking ) me ( through | around | the | your | a )",
            "( =enjoyed | =loved | =appreciated | =liked ) ( our | the ) ( conversation"
            " | discussion | chat | tour | demo | walkthrough | exchange | visit | case study"
            " | exercise ) ( about | on | of | with | through | around )",
            "( =seeing | =trying | =testing | =touring | =visiting | =watching ) ( the | your"
            " | how | what | where | who )",
            "( his | her | their ) ( question | point | comment | remark | description | story"
            " | example | plan | plans | vision | explanation | presentation | overview | account"
            " | tip | advice | insight | insights | idea | suggestion | demo ) ( about | on"
            " | regarding | for | to | of )",
            "( during | at | in ) ( the | our ) ( interview | conversation | meeting | visit"
            " | tour ) <,>? ( i | we ) ( =learned | =learnt | =heard | =saw | =discovered"
            " | found out | =discussed )",
            "( i | we ) ( =learned | =learnt | found out | =discovered ) ( that | how | about"
            " !the|this|your|our|more )",
            "( =struck | =resonated with ) me",
            # v3: a topic talked over ("talked with you about the flaky tests"), a thing
            # explained or shown, a session attended
            "( =talked | =spoke | =chatted | talk | speak | chat ) ( with | to ) ( you | him"
            f" | her | them | your ~2 ) ~3 about ( the | your | our | this )? {_NOT_GENERIC}",
            "( thank | thanks | appreciate | =appreciated | =enjoyed | =loved ) ~12 ( =explaining"
            " | =describing | =presenting | =outlining | =showing | =introducing | =sharing"
            " | =detailing ) ( the | your | how | what | why | me | us )",
            "( =sat | sit | =sitting ) in on",
            # v4: a story remembered, a thing explained or gone through with someone
            "( remember | =remembered | recall | =recalled | still think of ) the ( story"
            " | example | anecdote | case | moment | demo | tour | joke )",
            "( grateful | thankful | =enjoyed | =loved | =liked | =appreciated ) ~8 ( =explaining"
            " | =describing | =presenting | =outlining | =showing | =demonstrating | =detailing"
            " | =introducing ) ( the | your | how | what | why | me | us )",
            "( =going | =went | go | =walking | =working ) ( through | over | on ) ( the | your"
            " ) ~5 with ( you | him | her | them | your )",
            "the ( whiteboard | pairing | coding | design | live | hands on | practical"
            " | trial ) ( session | exercise | task | test | shift )",
            "( attend | =attended | observe | =observed | =joined | =shadowed ) ( the | your"
            " | a | an ) ~3 ( session | class | lesson | meeting | shift | demo | workshop"
            " | rehearsal | service | presentation | standup | stand up | huddle | briefing"
            " | observation )",
            # v5: a person met and what they did ("meeting Gloria", "met you and Stefan, who
            # showed me…"), something shown, told or gone through ("the point you made", "you
            # talked me through", "showing me round"), a moment remembered
            "( =met | =meeting | meet ) ~2 ( you and | your | everyone | all | both | the ) ~3"
            " ( team | crew | staff | chef | manager | colleagues | nurses | drivers | everyone"
            " | and | who | , )",
            "( who | he | she | they ) ( =showed | =explained | =told | =walked | =talked | =took"
            " | =gave ) ( me | us )",
            "( show | =showing | =showed | =shown | walk | =walking | =walked | talk | =talking"
            " | =talked | take | =taking | =took ) ( me | us ) ( round | around | through | over"
            " | how | what | where | ( the | your ) !courtesy|respect|decency|door )",
            "( point | question | comment | remark | story | example | plan | idea | case"
            " | problem | challenge | figure | figures | tip | joke | scenario ) ( you | he | she"
            " | they ) ( =made | =raised | =asked | =told | =gave | =mentioned | =described"
            " | =shared | =set | =posed | =showed | =explained | =talked | =walked )",
            "( =hearing | =seeing | =watching | =hear | =see | =watch ) ~3 ( explain"
            " | =explaining | describe | =describing | show | =showing | talk | =talking | run"
            " | =running | present | =presenting | demo | =demoing )",
            "( remember | =remembered | recall | =recalled | ( still | keep ) ~1 think"
            " ) ( ( the | your | our | his | her ) !day|date|time|job|role|position|advert|ad"
            "|posting|company|vacancy|application | how | what | meeting )",
            "the ( tour | demo | trial | mock | session | exercise | tasting | visit | walk"
            " | walkthrough | assessment | test | task | role play | shadow | shift | practical )"
            " ~4 ( with | of | on | around | through | at | you | we | he | she | was | were"
            " | =taught | =showed )",
            "as ( =discussed | we =discussed | we =said | you =said | you =mentioned | =mentioned"
            " | we =agreed )",
            "( our | the ) ~1!time|chance|opportunity|moment ( conversation | discussion | chat"
            " | exchange ) ~5 ( about"
            " | on | regarding | around | of | with | concerning )",
        ],
        "fr": [
            # (a word like "d'il" is two here: seven words cover the phrases' five)
            "( notre | nos | ce | cet | cette | ces ) ( bel | bon | riche | excellent | agreable"
            " | long | passionnant | bref )? ( echange | echanges | discussion | conversation"
            " | entretien | entretiens ) ~7 ( sur | au sujet | autour | concernant | a propos"
            " | relatif | relative | relatifs | portant )",
            "( la | cette | sa | son | votre | ta ) ( facon | maniere ) ( dont | de )",
            # v4: a talk named with its topic ("la discussion sur le planning des tournées")
            "( la | le | l' ) ( discussion | conversation | echange | echanges ) ~3 ( sur"
            " | au sujet | autour | concernant | a propos ) ~2 !poste|entreprise|societe|role",
            # v3: a session attended ("la séance à laquelle j'ai pu assister")
            "( a laquelle | auquel | auxquels | auxquelles | ou ) ~2 je ~2 ( assister"
            " | participer )",
            "je ~3 ( assister | participer ) ( a | au | aux ) ~3 ( seance | cours | reunion"
            " | atelier | visite | demonstration | service | presentation | lecon | classe"
            " | brief | briefing )",
            "( son | sa | ses | leur ) ( question | remarque | presentation | description"
            " | exemple | explication | projet | vision | explications | questions | remarques"
            " | idee | conseil | anecdote ) ( sur | au sujet | concernant | a propos | de | du"
            " | des )",
            # v5: a moment of the interview named ("la visite de l'atelier", "l'exercice
            # que nous avons fait", "ce que tu m'as dit"), a person met and what they did,
            # a memory kept
            "( le | la | l' | cette | ce | cet ) ( visite | tour | essai | exercice | atelier"
            " | mise en situation | demonstration | demo | degustation | cas | jeu de role"
            " | simulation | test | epreuve | echange | discussion | rencontre | presentation"
            " | explications ) ~1 ( de | du | des | d' | sur | que | avec | en | au | a )",
            # (not "le temps que vous m'avez accordé": the interview itself, not a moment)
            "( ce | le | la | les ) ~4!temps|moment|minutes|entretien|poste|occasion|chance"
            "|opportunite|accueil que ( vous | tu ) ( me | nous ) avoir !=accorde|=accordee"
            "|=consacre|=consacree|=donne|=donnee|=offert|=offerte|=propose|=proposee|=laisse",
            "que ( vous | tu ) ( me | nous ) avoir ( =montre | =montree | =montres | =montrees"
            " | =soumis | =soumise | =presente | =presentee | =explique | =raconte"
            " | =fait | =faite | =dit | =decrit | =decrite"
            " | =fait visiter | =fait decouvrir )",
            "( =anime | =animee | =presente | =presentee | =mene | =menee | =explique"
            " | =expliquee | =prepare | =preparee | =montre | =montree ) par",
            "( souvenir | souviens | souvient | repense | repenser | retenu | retiens ) ( de | du"
            " | des | d' | a | au | aux | la | le | l' )",
            "( =rencontre | =rencontree | rencontrer | =rencontrant ) ~2 ( vous et | votre"
            " | l' equipe | vos | les ) ~3",
            "avec ( vous | toi ) ~6 ( me avoir | me a )"
            " ~2 ( plaire | =plu | =marque | =marquee | =interesse | =interessee | =convaincu"
            " | =convaincue | =passionne | =passionnee )",
            "( nous | on ) ~2 ( avoir | =avions ) ~2 ( =echange | =parle | =discute"
            " | =evoque | =aborde | =fait | =travaille | =vu )",
        ],
    }


ENTHUSIASM = Enthusiasm()
SELLING_POINT = SellingPoint()
QUALIFICATION = Qualification()
REFERENCE = Reference()
