"""Content: what each kind of follow-up must say, per the article. One finding per missing part,
anchored at the whole body (from its first line to its last)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tactful.checks.model import ERROR, STATUS, THANK_YOU, WARNING, Finding
from tactful.checks.rule import Email, Messages, Phrases, RequiredRule, Rule, register
from tactful.checks.wordings import ENTHUSIASM, QUALIFICATION, REFERENCE, SELLING_POINT
from tactful.policy import article
from tactful.text.anatomy import Span
from tactful.text.content import echoes
from tactful.text.phrases import phrase_regex

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar

BOTH = frozenset({THANK_YOU, STATUS})


def _plan_field(email: Email, name: str) -> str:
    plan = email.context.plan
    return str(getattr(plan.interview, name, "") or "") if plan is not None else ""


@register
class MissingThanks(RequiredRule):
    id = "missing-thanks"
    severity = ERROR
    kinds = frozenset({THANK_YOU})
    reason = article.THANK_YOU_CONTENT
    messages: ClassVar[Messages] = {
        "en": (
            "The note never thanks the interviewer.",
            "Thank them for taking the time to meet with you, e.g. “Thank you for meeting with "
            "me on Tuesday.”",
        ),
        "fr": (
            "Le message ne remercie jamais votre interlocuteur.",
            "Remerciez-le du temps accordé, par exemple « Je vous remercie de m'avoir reçu "
            "mardi. »",
        ),
    }
    phrases: ClassVar[Phrases] = {
        "en": [
            r"thank(s| you)",
            r"grateful",
            r"gratitude",
            r"appreciat(e|ed|ing|ion)",
            r"th(a)?nx",
            r"thx",
            # v5: thanks in other registers ("Cheers for your time", "much obliged")
            r"cheers (for|again|to you)",
            r"(much|most|very|deeply) obliged",
            r"ta (for|very much)",
        ],
        "fr": [
            r"merci",
            r"remerci(e|er|ant|ements?)",
            r"reconnaissan(t|te|ce)",
            r"gratitude",
            r"j'(ai )?(beaucoup |vraiment )?apprecie (le temps|votre temps|l'occasion|que vous)",
        ],
    }

    def region(self, email: Email) -> Span:
        """The core, plus a sign-off line longer than a bare 'Thanks,'."""
        parts = email.parts
        if parts.sign_off is not None:
            line = email.text[parts.sign_off.start : parts.sign_off.end]
            if len(line.split()) > 3:
                return Span(parts.core.start, parts.sign_off.end)
        return parts.core


@register
class MissingEnthusiasm(RequiredRule):
    id = "missing-enthusiasm"
    severity = WARNING
    kinds = frozenset({THANK_YOU})
    reason = article.THANK_YOU_CONTENT
    messages: ClassVar[Messages] = {
        "en": (
            "The note does not say you are enthusiastic about the role.",
            "Add one sincere sentence, e.g. “Our conversation made me even more excited about "
            "joining your team.”",
        ),
        "fr": (
            "Le message ne dit pas votre enthousiasme pour le poste.",
            "Ajoutez une phrase sincère, par exemple « Notre échange a renforcé mon envie de "
            "rejoindre votre équipe. »",
        ),
    }
    phrases: ClassVar[Phrases] = {
        "en": [
            r"excit(ed|ing|ement)", r"enthusias(m|tic)", r"thrilled",
            # eager for the role, not "eagerly awaiting your decision"
            r"eager(ly)?(?! (await|anticipat|look(ing)? forward to hearing))",
            r"look(ing)? forward to (working|joining|contributing|the (next|possibility|"
            r"opportunity|chance)|helping|being part|bringing|putting|taking part|tackling|"
            r"work (with|for|on|at|in)|join|become|becoming)",

            r"keen", r"delighted", r"(would|i'd|we'd) (love|be glad|be happy) to (join|work|"
            r"contribute|help|be part|bring|take)", r"passion(ate)?",

            r"appeal(s|ed)? to me", r"motivat(ed|ing)", r"energi[sz](ed|ing)", r"inspir(ed|ing)",
            # v3: interest in the role itself ("I remain interested in the position")
            r"interested in (the|this|your) ([\w-]+ ){0,3}(role|position|job|post|opportunity|"
            r"team|vacancy)", r"interested in (joining|working)",
            r"can't wait", r"love (the|your|how|what)",
        ],
        "fr": [
            r"enthousias(me|te)s?", r"motiv(e|ee|es|ees|ation|ant|ante)", r"impatiente? (de|d')",
            r"ravie?", r"(j'ai )?hate (de|d')", r"passionn(e|ee|ant|ante)s?", r"seduite?",
            r"(tres|vivement|d'autant plus|particulierement|vraiment|encore plus|sincerement)"
            r" (interesse|interessee|enthousiaste|motive|motivee|attire|attiree|convaincu|"
            r"convaincue)",
            r"envie (de|d'y) (rejoindre|contribuer|travailler|participer|m'investir|vous rejoindre|"
            r"faire partie|relever)",
            r"me (\w+ )?(plait|plairait|tient (\w+ )?a c(oe|œ)ur|motive|donne envie)",
            r"confortee? dans", r"(attire|attiree) par",
            r"(je serais|je suis) (tres |vraiment |si |tellement |particulierement )?(heureux|"
            r"heureuse|ravi|ravie|fier|fiere|enchante|enchantee) de",
            # v3: interest said with the verb ("le poste m'intéresse beaucoup")
            r"m'interess(e|ent|ait|aient|erait|eraient)",
            r"(je suis|je reste|je serais|toujours|tres|vivement) (interesse|interessee)",
            r"(j'aimerais|j'adorerais|je serais heureux|je serais heureuse) (beaucoup |vivement )?"
            r"(de )?(rejoindre|contribuer|participer|travailler|vous rejoindre|faire partie)",
            r"serait un (plaisir|honneur|reel plaisir|vrai plaisir)", r"stimulante?s?",
        ],
    }  # fmt: skip

    def satisfied(self, email: Email) -> bool:
        # an intensifier and "interested", "a strong fit": see tactful.checks.wordings
        return ENTHUSIASM.within(email, self.region(email))


@register
class MissingSellingPoint(RequiredRule):
    id = "missing-selling-point"
    severity = WARNING
    kinds = frozenset({THANK_YOU})
    reason = article.THANK_YOU_CONTENT
    messages: ClassVar[Messages] = {
        "en": (
            "The note does not restate your key selling point for the job.",
            "Add one sentence on what you would bring, e.g. “My five years running SQL "
            "reporting would let me help from day one.”",
        ),
        "fr": (
            "Le message ne rappelle pas votre principal atout pour le poste.",
            "Ajoutez une phrase sur ce que vous apporteriez, par exemple « Mes cinq ans de "
            "reporting SQL me permettraient de contribuer dès le premier jour. »",
        ),
    }
    phrases: ClassVar[Phrases] = {
        "en": [
            # not a fit claimed in general ("an excellent match for my skills and interests")
            r"(?=my)(?<!match\ for\ )(?<!fit\ for\ )(?<!fit\ with\ )(?<!suited\ to\ )"
            r"my (\w+ )?(experience|background|skills?|expertise|track record|years|"
            r"certification|degree|knowledge|work (on|with|at|in))",
            r"(i|i've|i have|i've also|i also) (led|built|managed|launched|designed|delivered|"
            r"sold|served|coached|brought|cooked|nursed|repaired|maintained|prepared|processed|"
            r"resolved|recruited|tutored|cared for|volunteered|excel|supervise|manage|lead|"
            r"oversee|coach|teach|train|run|sell|maintain|"
            r"grown|run|shipped|developed|reduced|increased|cut|created|trained|coordinated|"
            r"organi[sz]ed|handled|automated|migrated|implemented|spent|worked|taught|written|"
            r"wrote|doubled|halved|raised|saved|supervised|mentored|negotiated|overseen|oversaw|"
            r"rewrote|rewritten|redesigned|introduced|set up|streamlined|improved|won|secured|"
            r"opened|founded|ran|installed|catalogued|cataloged|published|completed|launched|"
            r"translated|audited|designed|scaled|hired)",
            r"years of ([\w-]+ ){0,2}(experience|work|practice)",
            r"(i'm|i am) confident (that )?(i|my)",
            r"(i|my \w+( \w+)?) (could|can|would|will) (help|contribute|bring|add|make)",
            r"i bring", r"having (led|built|managed|worked|run|spent|launched|trained)",
            r"my success (in|at|with)",
            r"would (let|allow|help|enable) me to",
            r"as (a|an) [\w-]+( [\w-]+)? (with|who)",
        ],
        "fr": [
            r"mon (experience|parcours|expertise|savoir-faire)",
            r"mes (competences|\w+ (annees|ans))",
            r"me (permettrai(en)?t|permettra(ien)?t|permettent|permet) (de|d'|d)",
            r"ayant (dirige|mene|pilote|gere|concu|developpe|mis en place|encadre|lance|forme|"
            r"cree|conduit|coordonne|organise|travaille|passe|accompagne|anime|realise)",
            r"ma (maitrise|connaissance|pratique|formation|certification)",
            r"j'ai( deja| aussi| egalement| moi-meme)? (dirige|mene|pilote|gere|concu|developpe|"
            r"mis en place|encadre|lance|forme|cree|conduit|coordonne|organise|reduit|augmente|"
            r"accompagne|anime|realise|redige|obtenu|automatise|migre|travaille|passe|traite|"
            r"double|negocie|supervise|enseigne|installe|ecrit|publie|ouvert|fonde|remporte|"
            r"ameliore|optimise|catalogue|traduit|recrute|deploye|administre|audite|valide|"
            r"construit|vendu|tenu|servi|conseille|fidelise|accueilli|prepare|entretenu|repare|"
            r"soigne|contribue|assure|porte|remporte|decroche)",
            r"\w+ ans d'experience",
            r"pendant (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+) (ans|annees|"
            r"etes|saisons|mois)", r"(annees|ans) (passees?|chez|dans|en tant|a la tete)",
            r"je (pourrais|pourrai|saurai|saurais|peux) (vous |y )?(apporter|contribuer|mettre|"
            r"aider|etre "
            r"operationnel|etre operationnelle|prendre en charge)",
            r"(je suis|je reste) (convaincu|convaincue|persuade|persuadee|certain|certaine) que"
            r" (mon|mes|ma|je)",
            r"dans mon (poste|emploi|role) (actuel|precedent)",
            r"(en tant que|comme) [\w-]+( [\w-]+)? (chez|au sein)",
        ],
    }  # fmt: skip

    def satisfied(self, email: Email) -> bool:
        point = _plan_field(email, "selling_point")
        if point and echoes(point, email.body_text):
            return True
        return SELLING_POINT.within(email, self.region(email))


_PROCESS_NOUNS = {
    "en": phrase_regex(
        [
            r"process",
            r"decision",
            r"timeline",
            r"recruit(ment|ing)",
            r"hiring",
            r"time ?frame",
            r"next steps?",
            r"updates?",
            r"news",
            r"status",
            r"progress",
            r"where (things|you) (stand|are)",
            r"application",
            r"candidacy",
            r"hear(d)? back",
            r"schedule",
            r"moving forward",
            r"shortlist",
            r"how things are (going|moving|progressing)",
            r"moving along",
            r"(been|be|was|were|is) filled",
            # v3: the search, the selection, being considered ("how the search is going")
            r"search",
            r"selection",
            r"considered",
            r"consideration",
            r"shortlisted",
            r"where (it|things|matters|the [\w-]+) (stands?|is|are)",
            r"how (it|things|the [\w-]+( [\w-]+)?) (is|are) (going|progressing|moving)",
            # v5: where one stands, where they have got to, the role filled, the interviews
            r"where i stand",
            r"where you('ve| have) got to",
            r"(been|be) (filled|decided|made)",
            r"interviews",
            r"candidates",
            r"outcome",
            r"result",
        ]
    ),
    "fr": phrase_regex(
        [
            r"processus",
            r"recrutement",
            r"decision",
            r"calendrier",
            r"(prochaines|suite des)"
            r" etapes",
            r"la suite",
            r"nouvelles",
            r"avancement",
            r"ou en (est|sont|etes)",
            r"ou vous en (etes|etiez)",
            r"candidature",
            r"selection",
            r"retour",
            r"delais?",
            r"pourvue?",
            # v3: "où en était…", "du nouveau", "votre réflexion"
            r"ou en (etait|etaient|etiez|serait)",
            r"du nouveau",
            r"reflexion",
            r"choix",
            r"reponse",
            # v5: "avancer dans vos entretiens", "vos recrutements"
            r"avance(r|z|e|ee)?",
            r"recrutements",
            r"entretiens",
            r"candidats",
            r"suite",
            r"qu'en est-il",
        ]
    ),
}
_REQUEST_CUES = {
    "en": re.compile(
        r"\?|"
        + phrase_regex(
            [
                r"could you",
                r"would you",
                r"can you",
                r"might you",
                r"i('d| would) (\w+ )?(be grateful|appreciate|love to (know|hear)|like to (know|"
                r"hear|ask)|welcome)",
                # v3: "tell me whether…", "I would simply like to ask where…"
                r"tell me (whether|if|how|where|when)",
                r"(wanted|want|would|'d) (\w+ )?(like )?to ask",
                r"let me know",
                r"i('m| am| was) (wondering|curious)",
                r"(wanted|want|would like|'d like) to (ask|know|enquire|inquire|find out|learn)",
                r"(enquire|inquire|enquiring|inquiring|asking) (about|how|whether|if|after)",
                r"i wondered",
                r"wondering (how|if|whether|where|when)",
                r"(wanted|want|would like|'d like) to (see|check) (if|whether|how)",
                r"(writing|write|wrote|reaching out|getting in touch) to (ask|enquire|inquire|"
                r"find out|check|learn)",
                r"(following|follow) up (about|on|regarding|concerning) (the )?(status|progress|"
                r"outcome)",
                # v4: "I am following up to see whether…", "to check if there has been…"
                r"(following|follow|followed) up to (see|check|ask|find out|learn|hear)",
                r"(see|check|find out|ask) (if|whether) (there (is|are|was|were|has been|have "
                r"been|might be)|you (have|had|'ve|might have))",
                # v5: asked any way ("to ask whether…", "I thought I'd ask where…", "I'd
                # appreciate knowing…", "if there's any news")
                r"to ask (whether|if|about|where|how|when|what)",
                r"i('d| would) ask",
                r"(appreciate|welcome|value) (knowing|hearing|an update|any update|news|a word|"
                r"a quick)",
                r"(if|whether) there's",
                r"any (news|update|word|progress|feedback)",
                r"keep me (posted|informed|updated|in the loop)",
            ]
        ).pattern,
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\?|"
        + phrase_regex(
            [
                r"pourriez-vous",
                r"pourrez-vous",
                r"auriez-vous",
                r"serait-il possible",
                r"(je souhaiterais|j'aimerais|je voudrais|je souhaite|je souhaitais) "
                r"(savoir|connaitre|avoir|m'enquerir|vous demander|etre tenue? informee?)",
                r"me (tenir|faire) (informee?|savoir|part)",
                r"m'enquerir",
                r"je me permets de vous demander",
                r"savoir (ou|si|quand|comment)",
                # v3: "Je me demandais où en était…", "je souhaite une réponse claire"
                r"je me (demande|demandais|demandai)",
                r"(je souhaite|je souhaiterais|j'aimerais|je voudrais|je veux) (avoir |obtenir |"
                r"recevoir )?(une reponse|un retour|des nouvelles|un point)",
                # v5: "prendre des nouvelles", "je voulais savoir", "je reviens vers vous pour
                # savoir", "tenez-moi au courant"
                r"prendre (des|de vos) nouvelles",
                r"(voulais|veux|voudrais|souhaitais|souhaite|souhaiterais|aimerais) (savoir|"
                r"connaitre|vous demander|m'informer|me renseigner)",
                r"(pour|afin de) (savoir|connaitre|vous demander|m'informer|me renseigner|avoir des"
                r" nouvelles|faire le point)",
                r"(tenir|tenez-moi|tiendrez) (au courant|informee?)",
            ]
        ).pattern,
        re.IGNORECASE,
    ),
}


@register
class MissingProcessQuestion(Rule):
    id = "missing-process-question"
    # A warning, not an error: the question is recognised by its wording, and on the held-out
    # set half the emails it flagged asked it indirectly; a false "revise" blocks a good email.
    severity = WARNING
    kinds = frozenset({STATUS})
    reason = article.STATUS_CONTENT
    messages: ClassVar[Messages] = {
        "en": (
            "The email never asks how the hiring process is going.",
            "Ask it politely, e.g. “Could you tell me where you are in the process?”",
        ),
        "fr": (
            "Le message ne demande jamais où en est le recrutement.",
            "Posez la question poliment, par exemple « Pourriez-vous me dire où en est le "
            "processus ? »",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        """Flags the email unless one sentence of its core names the process and asks."""
        nouns, cues = _PROCESS_NOUNS[email.lang], _REQUEST_CUES[email.lang]
        core = email.parts.core
        folded = email.folded
        for start, end in email.sentences_in(core):
            sentence = folded[start:end]
            if nouns.search(sentence) and cues.search(sentence):
                return
        yield self.whole(email)


@register
class MissingForgottenQualification(RequiredRule):
    id = "missing-forgotten-qualification"
    severity = WARNING
    kinds = frozenset({STATUS})
    reason = article.STATUS_CONTENT
    messages: ClassVar[Messages] = {
        "en": (
            "The email does not add a qualification or accomplishment you did not mention at the "
            "interview.",
            "Add one, e.g. “One thing I did not get to mention: I also hold a PMP certification.”",
        ),
        "fr": (
            "Le message n'ajoute aucune compétence ou réalisation oubliée pendant l'entretien.",
            "Ajoutez-en une, par exemple « Je n'ai pas eu l'occasion de le préciser : je détiens "
            "aussi la certification PMP. »",
        ),
    }
    phrases: ClassVar[Phrases] = {
        "en": [
            r"i (also )?(forgot|neglected|failed) to (mention|bring up|share|say|add|tell)",
            r"i (also )?(didn't|did not|never|wasn't able to|was not able to|couldn't|could not) "
            r"(get|have|find) (a |the )?(chance|time|opportunity|occasion|moment) to (mention|"
            r"bring up|share|talk about|discuss|cover|add|tell you)",
            r"i (also )?(didn't|did not|never) (mention|bring up|get to|talk about)",
            r"i should (also )?have (mentioned|said|added|brought up|told you)",
            r"something i (didn't|did not|never|forgot to) (mention|bring up|share|get to)",
            r"i also (wanted|meant|want) to (add|mention|share|let you know|tell you)",
            r"(one|something|a) (thing|point|detail|project|skill|experience)( that)? i (didn't|"
            r"did not|never|forgot to) (mention|bring up|get to|share)",
            r"i (should|meant to|wanted to|would like to|'d like to) (also )?(add|mention|share|"
            r"let you know|tell you)",
            r"(didn't|did not|never) come up",
            r"(it|this) occurred to me", r"on reflection", r"since (we|our) (spoke|talked|met)",
            r"(in addition to|beyond|besides) what we (discussed|covered|talked about)",
            r"i('ve| have) (since|also) (completed|finished|earned|obtained|passed|received)",
            r"wasn't able to (mention|bring up|cover)",
        ],
        "fr": [
            r"(j'ai|j'avais)( egalement| aussi)? oublie de (vous |le |l'|en )?(mentionner|preciser|"
            r"evoquer|dire|parler|signaler|indiquer)",
            r"je n'(ai|avais) pas (eu l'occasion|eu le temps|pense a|mentionne|evoque|precise|"
            r"aborde|"
            r"parle)", r"je ne vous ai pas (dit|parle|precise|mentionne)",
            r"(je souhaitais|je souhaite|je voulais|j'aimerais|je tenais|je me permets)"
            r"( aussi| egalement)? (a |d'|de )?(vous )?(ajouter|preciser|completer|apporter"
            r"|mentionner|signaler|indiquer)",
            r"pour completer", r"en complement", r"(n'a|n'avons|n'avions) pas (ete )?"
            r"(aborde|evoque|eu le temps)", r"(nous n'avons|on n'a) pas (aborde|evoque|parle)",
            r"j'ai (depuis|entre-temps|egalement) (obtenu|termine|valide|recu|passe)",
            r"depuis (notre|mon|cet) (rencontre|entretien|echange),? j'ai (obtenu|termine|valide|"
            r"recu|passe|suivi|decroche|ete)",
            r"avec le recul", r"en y repensant",
        ],
    }  # fmt: skip

    def satisfied(self, email: Email) -> bool:
        forgot = _plan_field(email, "forgot")
        if forgot and echoes(forgot, email.body_text):
            return True
        # gained since the interview, or stated: see tactful.checks.wordings
        return QUALIFICATION.within(email, self.region(email))


_GENERIC_EN = (
    r"(the |this |your |our )?(past |current |new |overall |open )?(position|role|job|company|team|"
    r"organi[sz]ation|opportunity|firm|business|department|experiences?|projects|career|work|"
    r"background|culture|responsibilities|duties|next steps?|hiring process|process)"
    r"(( and| or|,) (the |your |our )?(past |current |new |overall )?(position|role|job|company|"
    r"team|organi[sz]ation|opportunity|firm|business|culture|projects|experiences?))*"
    r"( (with|at|in|here|on|from|through|via) [\w'-]+( [\w'-]+)?)?[.,;!]"
)
"""What learning or hearing "about" that is no reference to the interview: the job, the
company or the team named alone ("learning more about the position and the company.")."""


@register
class NoInterviewReference(RequiredRule):
    id = "no-interview-reference"
    severity = WARNING
    kinds = BOTH
    reason = article.REFER_TO_INTERVIEW
    messages: ClassVar[Messages] = {
        "en": (
            "No specific reference to your interview.",
            "Mention one moment of it, e.g. “I enjoyed hearing about your plans for the new "
            "warehouse.”",
        ),
        "fr": (
            "Aucune référence précise à votre entretien.",
            "Évoquez-en un moment, par exemple « J'ai beaucoup apprécié d'en apprendre plus sur "
            "votre projet d'entrepôt. »",
        ),
    }
    phrases: ClassVar[Phrases] = {
        "en": [
            r"(you|we) (mentioned|described|explained|discussed|talked about|spoke about|"
            r"told me|showed me|walked me through|shared|outlined|asked( me)? about|brought up|"
            r"went over|covered|touched on|noted|said|pointed out|highlighted|gave me|demonstrated|"
            r"demoed|characteri[sz]ed|presented|emphasi[sz]ed|stressed|recounted|called)",
            r"(our|the) (conversation|discussion|chat|talk|exchange)( [\w'-]+){0,5} (about|on|"
            r"regarding|around|of)",
            # not "I look forward to hearing about the next steps", nor "learning more about the
            # role and the company" (nothing from the interview itself)
            r"(?=[lhts])(?<!forward\ to\ )(?<!hope\ to\ )(learning|hearing|talking|speaking) "
            r"(more |a lot |a bit )?"
            r"(about|of|how|what|why|that)(?! " + _GENERIC_EN + ")",
            r"discussing (the|your|how|what|our)",
            r"the (tour|demo|case study|exercise|whiteboard|presentation|question|prototype|"
            r"walkthrough|visit) (of|about|on|you)",
            r"your (question|point|comment|remark|description|story|example|plans?|vision|"
            r"explanation|presentation|overview|account|articulation|tip|advice|insights?|idea|"
            r"suggestion|demo) (about|on|regarding|for|to|of)",
            # "the workshop you want to run", "the challenge you face" (a thing named, then what
            # the interviewer said of it), not "if you want", "I understand you plan to…"
            r"(?=you)(?<=[a-z]\ )(?<!that\ )(?<!\bif\ )(?<!\bas\ )(?<!know\ )(?<!hope\ )"
            r"(?<!think\ )(?<!\band\ )(?<!when\ )(?<!ever\ )(?<!stand\ )(?<!ether\ )(?<!what\ )"
            r"(?<!\bhow\ )(?<!cause\ )(?<!since\ )(?<!while\ )(?<!\bbut\ )(?<!\bso\ )"
            r"(you|you've|you have) (want|wanted|plan|planned|planning|hope|hoping|intend|"
            r"recommended|face|faced|gave)",
            r"introduc(ing|ed) me to",
            r"th(inking|ought|ink) (a lot |often |since )?about (?!" + _GENERIC_EN + ")",
            r"st(ayed|uck) with me",
        ],
        "fr": [
            r"(vous|tu) (m'avez|avez|nous avez|m'aviez|aviez|m'as|as|nous as|m'avais|avais)"
            r"( \w+)? (presente|explique|decrit|parle"
            r"|evoque|mentionne|montre|fait visiter|detaille|raconte|pose|expose|partage|indique|"
            r"souligne|confie|dit)(e|es|s)?",
            r"(m'avoir|nous avoir)( \w+)? (presente|explique|montre|fait visiter|fait decouvrir|"
            r"decrit|detaille|parle|expose|partage|raconte)(e|es|s)?(?! (le poste|l'entreprise|"
            r"la societe|votre entreprise|votre societe|le role|les missions)\b)",
            r"nous (avons|avions)( \w+ment)? (parle|evoque|aborde|discute|echange|vu)( ensemble)?",
            # (not "en apprendre plus sur les missions du poste": nothing from the interview)
            r"(en|d'en) (apprendre|savoir) (plus|davantage)(?! sur (les missions|le poste|"
            r"votre (entreprise|societe|structure)|l'entreprise|la societe|le role)\b)",
            r"(decouvrir|decouvrant|j'ai decouvert|appris que|d'apprendre que|(la|votre) (visite|"
            r"presentation|demonstration|demo|degustation|decouverte)( \w+)? (de|du|des|d'))",
            # v4: a thing shown or told, named before its teller ("la démo que tu m'as faite")
            r"(presentation|demonstration|demo|visite|description|explications?|recit|histoire|"
            r"anecdote)( \w+){0,6} que (vous|tu) (m'|nous )?(avez|aviez|as|avais) (faite?s?|"
            r"donnee?s?|montree?s?|racontee?s?|presentee?s?)",
            r"m'a (vraiment |beaucoup |particulierement |tout particulierement )?"
            r"(marquee?|touchee?|"
            r"frappee?|interpellee?)",
            r"(lorsque|quand|comme) (nous avons|vous avez|nous l'avons|vous l'avez) (parle|"
            r"evoque|aborde|discute|mentionne|souligne|vu|dit)",
            r"(votre|vos) (question|remarque|presentation|description|exemple|explication|projet|"
            r"vision|explications|questions|remarques|idee|conseil|anecdote|recit|histoire|"
            r"temoignage)s? (sur|au sujet|"
            r"concernant|a propos|de|d'|du|des)",
        ],
    }  # fmt: skip

    def satisfied(self, email: Email) -> bool:
        body = email.body_text
        detail = _plan_field(email, "detail")
        if detail and echoes(detail, body):
            return True
        if any(echoes(term, body) for term in email.context.extra_terms if term.strip()):
            return True
        # what was seen, heard or learned there: see tactful.checks.wordings
        return REFERENCE.within(email, self.region(email))

    def refers(self, email: Email) -> bool:
        """Whether the email refers to the interview specifically (what `check` asks)."""
        return self.occurs(email, self.region(email)) or self.satisfied(email)
