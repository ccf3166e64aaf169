"""Tone: what makes a follow-up pushy, needy or empty. Each occurrence is flagged where it is."""

from __future__ import annotations

from typing import ClassVar

from tactful.checks.model import ERROR, WARNING
from tactful.checks.rule import Messages, PhraseRule, Phrases, register
from tactful.policy import article

# Where a sentence may begin: the start of the text, a line, or after an end mark or a comma.
# (Spaces inside lookbehinds are written \x20: a plain space in a phrase means any whitespace.)
_SENTENCE_START = r"(?:(?<![\s\S])|(?<=[\n.!?,:])|(?<=[\n.!?,:]\x20)|(?<=[.!?,:]\x20\x20))"


@register
class CallOrVisit(PhraseRule):
    id = "call-or-visit"
    severity = ERROR
    reason = f"{article.EMAIL_NOT_CALL} {article.NO_VISIT}"
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
    phrases: ClassVar[Phrases] = {
        "en": [
            r"i('ll| will| would| could| can| might)( also)? (give you a (quick )?(call|ring)|"
            r"(call|phone|ring) (you|your office|the office))",
            r"(?<!the\x20)(?<!a\x20)(?<!that\x20)(?<!this\x20)(?<!your\x20)(call|phone|ring) you",
            r"give you a (quick )?(call|ring|buzz)",
            r"(set up|schedule|arrange|have|hop on|jump on|get on|book) a (quick |short |brief )?"
            r"(phone )?call",
            r"(?<!a\x20)(?<!the\x20)(stop|drop|swing|pop) (by|in|over|round)( to| at)?"
            r"( your| the)?( office| offices| building)?",
            r"come (by|in|over|round) (to |at )?(your|the) (office|offices|building)",
            r"(visit|see) you (at|in) (your|the) office",
            r"visit (your|the) (office|offices|premises)",
            r"(show|turn) up at (your|the) (office|offices|building)",
            r"i('ll| will) be in the (area|neighbou?rhood)",
            r"drop off (a|my|some)",
        ],
        "fr": [
            r"je (vous )?(appellerai|appelle|rappellerai|telephonerai|passerai un coup de fil)",
            r"vous (appeler|rappeler|telephoner)",
            r"(un|d'un) coup de (fil|telephone)",
            r"(proposer|organiser|caler|planifier|prevoir|fixer|convenir) (d'un|un) "
            r"(bref |court |petit |rapide )?(appel|echange telephonique|point telephonique)",
            r"(je vous propose|vous proposer) (un|d'un|de nous appeler|de vous appeler)"
            r"( bref| court| petit| rapide)? ?(appel|echange telephonique|point telephonique)?",
            r"passer (vous voir|a vos bureaux|dans vos locaux|a l'agence|au bureau|vous deposer)",
            r"je (passerai|passerais|pourrais passer|peux passer)"
            r"( vous voir| a vos bureaux| dans vos locaux| vous deposer| a l'agence)?",
            r"je (viendrai|viendrais|pourrais venir|peux venir) (vous voir|a vos bureaux|"
            r"dans vos locaux|a l'agence)",
            r"venir (vous voir|a vos bureaux|dans vos locaux)",
            r"vous rendre visite",
            r"dans le quartier",
        ],
    }


@register
class Desperate(PhraseRule):
    id = "desperate"
    severity = ERROR
    reason = article.NOT_DESPERATE
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
    phrases: ClassVar[Phrases] = {
        "en": [
            r"(really |truly |desperately |absolutely )?need (this|the|a) (job|position|role|work)"
            r"(?! filled)",
            r"i('m| am) (begging|desperate)",
            r"(i )?beg (you|of you)",
            r"please,? please",
            r"(please )?give me a (chance|shot)",
            r"i('ll| will| would) do (anything|whatever it takes)",
            r"(this|the) (job|position|role) (means|would mean) (everything|the world|so much)",
            r"my (last|only) (hope|chance)",
            r"(last|only) hope",
            r"(been )?(out of work|unemployed|jobless) (for|since)",
            r"(bills|rent|mortgage) to pay",
            r"i can('t| ?not) afford to",
            r"(any|whatever) salary",
            r"(willing|happy|ready) to (work for less|take a pay cut|accept (any|less))",
            r"please (don't|do not) (forget|ignore|overlook) me",
        ],
        "fr": [
            r"j'ai (vraiment |absolument |tellement |terriblement )?besoin (de ce|d'un|de cet)"
            r" (poste|travail|emploi|job|contrat)",
            r"je vous (en )?(supplie|conjure)",
            r"donnez-moi (une|ma|cette) chance",
            r"(je suis pret|je suis prete|je ferai|je ferais) (a faire )?(tout|n'importe quoi)",
            r"(ma|notre) (derniere|seule) chance",
            r"(mon|notre) (seul|dernier) espoir",
            r"(au chomage|sans emploi|sans travail|en recherche d'emploi) depuis",
            r"par pitie",
            r"s'il vous plait,? s'il vous plait",
            r"je suis (desespere|desesperee|aux abois)",
            r"(quel que soit|n'importe quel) (le )?salaire",
            r"je ne peux pas me permettre",
            r"(factures|loyer|credit) a payer",
            r"ne m'oubliez pas",
        ],
    }


@register
class Pressure(PhraseRule):
    id = "pressure"
    severity = ERROR
    reason = article.PRESSURE
    messages: ClassVar[Messages] = {
        "en": (
            "Puts pressure on the employer: “{phrase}”.",
            "Drop deadlines and ultimatums; ask politely how the process is going.",
        ),
        "fr": (
            "Met le recruteur sous pression : « {phrase} ».",
            "Retirez délais et ultimatums ; demandez poliment où en est le processus.",
        ),
    }
    phrases: ClassVar[Phrases] = {
        "en": [
            r"(i )?need (an|your|a) (answer|decision|response|reply|confirmation)"
            r"( from you)?( by| before| within| no later than| today| this week| soon)?",
            r"(reply|respond|answer|let me know|get back to me|hear back) "
            r"(by|before|no later than) (end of|eod|cob|close|tomorrow|today|tonight|monday|"
            r"tuesday|wednesday|thursday|friday|the end|\d)",
            r"(by|before) (eod|cob|close of business|end of (the )?day)",
            r"no later than",
            r"(another|a competing|other|competing) (offer|offers)",
            r"if i (don't|do not) hear (back )?(from you )?(by|before|within|soon|this week)",
            r"i('ll| will) (have to )?(assume|take (that|it|your silence) as|withdraw|"
            r"move on|accept (the )?other)",
            r"(or else|otherwise) i('ll| will)",
            r"i can('t| ?not) wait (much |any )?longer",
            r"i expect (an answer|a response|a reply|to hear)",
            r"(hear (back|from you)|let me know|get back to me|reply|respond|answer|response|"
            r"decision|update)( \w+){0,3} (asap|as soon as possible)",
            r"time[- ]sensitive",
        ],
        "fr": [
            r"j'ai besoin d'(une|votre) (reponse|decision|confirmation|retour)",
            r"(il me faut|je souhaite (avoir|obtenir)|merci de me (donner|faire parvenir)) "
            r"(une|votre) (reponse|decision|retour)",
            r"(me repondre|repondre|revenir vers moi|me faire un retour|reponse|retour)"
            r"( \w+){0,3} (avant|d'ici) (demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|"
            r"la fin|\d)",
            r"(une autre|d'autres|une) (offre|proposition)s? (concurrente|en cours|ailleurs|"
            r"d'une autre entreprise)",
            r"(une autre|d'autres) (offre|proposition)s?",
            r"sans (reponse|nouvelles|retour) de votre part (d'ici|avant|sous)",
            r"je (considererai|prendrai) (cela|votre silence|l'absence de reponse)",
            r"je me verrai (dans l'obligation|contraint|contrainte)",
            r"je ne (peux|pourrai) (pas|plus) attendre",
            r"(me repondre|repondre|revenir vers moi|me faire un retour|reponse|retour)"
            r"( \w+){0,3} (dans les (plus )?brefs delais|au plus vite|rapidement|urgemment)",
            r"(de toute )?urgence|urgent",
            r"je compte sur (une|votre) reponse (rapide|avant|d'ici)",
        ],
    }


@register
class Filler(PhraseRule):
    id = "filler"
    severity = WARNING
    reason = "Empty openers waste the reader's time. " + article.REFER_TO_INTERVIEW
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
    phrases: ClassVar[Phrases] = {
        "en": [
            r"just checking in", r"checking in (on|with you|to see|about)",
            r"i('m| am| was| wanted to be) checking in", r"touch(ing)? base", r"circl(e|ing) back",
            r"just (wanted to )?follow(ing)? up", r"just wanted to (see|check|reach out)",
            r"(just )?(a )?(quick|friendly|gentle) (reminder|nudge|ping)",
            r"bump(ing)? (this|my (email|message|note))( up)?",
            r"(following up on|as per|per) my (previous|last|earlier) (email|message|note)",
            r"ping(ing)? you", r"just reaching out",
        ],
        "fr": [
            r"je me permets de vous relancer", r"(petite|simple) relance", r"je vous relance",
            r"je reviens aux nouvelles",
            r"(juste |simplement )?pour prendre (des|de vos) nouvelles",
            r"je voulais (juste|simplement) (savoir|voir|verifier|faire un (petit )?point)",
            r"je fais suite a mon (precedent|dernier) (mail|message|courriel|e-mail)",
            r"je remonte (ce|mon) (mail|message|courriel)", r"(petit|simple) rappel",
            r"(faire|refaire) un petit point", r"je me manifeste (a nouveau|de nouveau)",
        ],
    }  # fmt: skip


@register
class BluntDemand(PhraseRule):
    id = "blunt-demand"
    severity = ERROR
    reason = f"{article.PRESSURE} {article.SHORT_AND_FRIENDLY}"
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
    phrases: ClassVar[Phrases] = {
        "en": [
            # A whole sentence that is only the demand: start of a line or after an end mark.
            _SENTENCE_START + r"(so,? |well,? )?(any (updates?|news)|what('s| is) the"
            r" (status|verdict|decision)|status update|have you (decided|made a decision)"
            r"( yet)?|did i get (the job|it|the position)|when will i (hear back|know|get an"
            r" answer)|well)( (on|about|regarding|for) [^.?!\n]{1,50})?( yet)?\s*\?+",
            r"why (haven't|have not|hasn't|has not) (you|i|anyone|anybody)"
            r" (replied|responded|answered|heard|gotten back|got back|written)",
            r"(i'm|i am) still waiting( for| on)?( an| your| a)?( answer| reply| response)?",
            r"please (respond|reply|answer)( (asap|soon|quickly|promptly|to this))?",
            r"(respond|reply|get back to me) (asap|immediately|promptly|right away)",
        ],
        "fr": [
            _SENTENCE_START + r"(alors,? )?(des nouvelles|du nouveau|une reponse|"
            r"ca avance|ou en (etes-vous|est-on|sommes-nous)|alors|avez-vous (pris une decision|"
            r"decide)|c'est bon|est-ce que j'ai (le poste|ete retenu|ete retenue))"
            r"( (pour|concernant|sur|au sujet de|de) [^.?!\n]{1,50})?\s*\?+",
            r"pourquoi (n'ai-je|je n'ai|n'avez-vous|vous n'avez) (pas|toujours pas|jamais)"
            r" (eu|recu|repondu|donne)",
            r"j'attends (toujours|(votre|une) (reponse|retour|decision))",
            r"repondez-moi",
        ],
    }


@register
class Apology(PhraseRule):
    id = "apology"
    severity = WARNING
    reason = "Apologising for writing frames your email as a nuisance. " + article.NOT_DESPERATE
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
    phrases: ClassVar[Phrases] = {
        "en": [
            r"(so |very |really )?sorry (to|for|if i('m| am)) (bother|bothering|disturb|"
            r"disturbing|trouble|troubling|pester|pestering|the intrusion|intrude|intruding|"
            r"nag|nagging|writing again|following up|reaching out again|the (repeated|"
            r"multiple|many) (emails|messages))( you)?",
            r"(i )?apologi[sz]e (for|to) (bother|bothering|disturb|disturbing|trouble|"
            r"troubling|the intrusion|intrude|intruding|reaching out|writing|following up|"
            r"my persistence|pester|pestering|nag|nagging)( you)?( again)?",
            r"(i )?hate to (bother|trouble|pester|nag)( you)?",
            r"(i )?(don't|do not) (mean|want) to (bother|pester|nag|be a (pest|bother|nuisance))"
            r"( you)?",
            r"(please )?forgive (me for|my) (writing|persistence|bothering|following up)",
            r"sorry if this is (a bother|annoying|too much)",
        ],
        "fr": [
            r"(vraiment |tres )?(desole|desolee|navre|navree) de (vous )?(deranger|importuner|"
            r"embeter|ennuyer|relancer|insister|revenir vers vous|ecrire)( encore| a nouveau)?",
            r"(je vous prie de m'excuser|excusez-moi|pardonnez-moi|veuillez m'excuser|"
            r"je m'excuse|pardon) de (vous )?(deranger|importuner|relancer|insister|"
            r"revenir vers vous|ecrire|embeter)( encore| a nouveau| de nouveau)?",
            r"je ne (veux|voudrais) pas vous (deranger|importuner|embeter|ennuyer)",
            r"en esperant ne pas vous (deranger|importuner|embeter)",
            r"sans vouloir vous (deranger|importuner|embeter|ennuyer)",
            r"pardon pour (le derangement|mon insistance)",
        ],
    }
