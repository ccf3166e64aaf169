"""Complaints, reproaches and threats: about the wait, the process, the people; sarcasm too.
Patterns over lemmas, in English and French (syntax: tactful.text.patterns)."""

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
