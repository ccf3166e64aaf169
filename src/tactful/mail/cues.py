"""What employers write, class by class: the phrases the classifier weighs, in English and French.

Each cue is (weight, pattern). Patterns are matched case-insensitively on the text folded by
`tactful.text.fold.key` (no accents, straight apostrophes), so they are written without
accents; a space stands for any run of whitespace. Weights: 3 means the phrase alone decides
("we have decided to move forward with other candidates"), 2 that it needs support, 1 that it
only tips a balance ("unfortunately"). Cues of `offer` and `invitation` marked POSITIVE count
for `rejection` instead when a negation comes just before them ("not able to offer you a
position", "ne pouvons pas vous proposer le poste").
"""

from __future__ import annotations

Cue = tuple[int, str]

REJECTION: tuple[Cue, ...] = (
    # English
    (
        3,
        r"(?:decided|chosen|decision|going|opted) (?:not )?to (?:move|go|proceed)"
        r" (?:forward|ahead) with (?:other|another|a different|the other|different)"
        r" (?:candidates?|applicants?|person|profiles?)",
    ),
    (
        3,
        r"(?:move|moving|go|going|proceed|proceeding|progress|progressing|continue|continuing)"
        r" (?:forward |ahead )?with (?:other|another|a different) (?:candidates?|applicants?)",
    ),
    (
        3,
        r"(?:move|moving|go|going|proceed|proceeding|progress|progressing) (?:forward |ahead"
        r" )?with (?:\w+ ){0,2}(?:candidates?|applicants?|profiles?) (?:who|whose|that|with)"
        r" (?:\w+ ){0,4}(?:more|better|closer|closely)",
    ),
    (
        3,
        r"(?:not|n't) (?:be )?(?:inviting|invite) you"
        r"|no longer (?:recruiting|hiring) for",
    ),
    (
        3,
        r"(?:have|has) (?:now )?filled the (?:position|role|vacancy)"
        r"|(?:position|role|job|vacancy) is (?:now )?(?:filled|closed)",
    ),
    (
        3,
        r"(?:will not|won't|wont|not be|are not|aren't|decided not to|unable"
        r" to|cannot|can't|not able to|no longer) (?:be"
        r" )?(?:moving|move|going|go|taking|take|progressing|progress|proceeding|proceed|pursu"
        r"ing|pursue|continuing|continue|considering|consider)(?: forward| further|"
        r" ahead)?(?: with)? (?:your|you\b)",
    ),
    (3, r"pursue (?:other|another) (?:candidates?|applicants?)"),
    (
        3,
        r"(?:selected|chosen|chose|hired|identified|appointed)"
        r" (?:a|another|other|an(?:other)? internal) (?:candidate|applicant|person)s?"
        r" (?:whose|who|with) (?:\w+ ){0,5}(?:more closely|better|closer|stronger|more)",
    ),
    (
        3,
        r"(?:selected|chosen|hired|appointed) (?:another|a different|other)"
        r" (?:candidate|applicant|person)",
    ),
    (
        3,
        r"offered the (?:[\w-]+ ){0,3}(?:role|position|job) to (?:another|someone|a"
        r" different|an internal)",
    ),
    (
        3,
        r"(?:application|candidacy|you) (?:has|have|was|were) (?:been )?(?:unsuccessful|not"
        r" (?:been )?(?:successful|selected|shortlisted|chosen))",
    ),
    (3, r"fill(?:ed)? the (?:position|role|vacancy) internally"),
    (3, r"(?:position|role|vacancy|job) (?:has|have) (?:now )?been (?:filled|closed)"),
    (3, r"no longer (?:being )?(?:considered|under consideration|in consideration)"),
    (3, r"(?:decided|decision) to go (?:in|with) a different direction"),
    (2, r"\bunsuccessful\b"),
    (
        2,
        r"(?:profile|experience|background|skills?) (?:does not|doesn't|did not|didn't)"
        r" (?:quite |fully )?(?:match|meet|align)",
    ),
    (2, r"(?:regret|sorry) to (?:inform|let you know|say|tell|advise)"),
    (
        2,
        r"keep (?:your|you) (?:resume|cv|details|application|profile|information)(?: on file|"
        r" in (?:our|mind)| for future)",
    ),
    (2, r"(?:resume|cv|details|profile) (?:on file|in our (?:database|talent pool|records))"),
    (
        1,
        r"\bunfortunately\b"
        r"|\bregrettably\b",
    ),
    (1, r"future (?:openings|opportunities|roles|vacancies|positions)"),
    (
        1,
        r"(?:best of luck|wish you (?:the (?:very )?best|every success|all the"
        r" best|success|luck))",
    ),
    # French
    (
        3,
        r"(?:pas|plus|impossibilite de|ne pouvons|ne pourrons) (?:pas )?(?:\w+ ){0,4}donner"
        r" (?:de |une )?suite(?: favorable)?",
    ),
    (
        3,
        r"(?:de ne pas|ne pouvons pas|ne pourrons pas) (?:poursuivre|continuer|aller plus"
        r" loin)"
        r"|n'(?:avons|a|ont) pas (?:pu )?retenu"
        r"|ne (?:\w+ )?retiendr\w* pas",
    ),
    (
        3,
        r"poste a ete attribue"
        r"|reponse negative",
    ),
    (3, r"\bne (?:\w+ ){1,2}pas (?:de )?suite"),
    (3, r"n'(?:a|avons|ont) pas ete (?:retenue?s?|selectionnee?s?)"),
    (
        3,
        r"(?:de ne pas|ne pouvons pas|ne pourrons pas|l'avons pas) (?:\w+ )?retenir"
        r"|ne l'avons pas retenue?",
    ),
    (3, r"ne pas (?:retenir|donner suite)"),
    (
        3,
        r"(?:retenu|choisi|selectionne|privilegie)(?:e|es|s)? (?:finalement )?(?:un autre|une"
        r" autre|d'autres) (?:candidat|candidate|profil|personne|candidature)s?",
    ),
    (
        3,
        r"poursuivre (?:le processus (?:de recrutement )?|le recrutement |nos echanges )?avec"
        r" (?:un autre|une autre|d'autres)"
        r" (?:candidat|candidate|profil|personne|candidature)s?",
    ),
    (
        3,
        r"(?:poste|offre) a ete pourvue?"
        r"|poste est (?:desormais |deja )?pourvu",
    ),
    (
        2,
        r"(?:avons choisi|avons retenu|avons selectionne) (?:finalement )?une?"
        r" (?:candidat|candidate|personne|profil)",
    ),
    (
        2,
        r"au regret de vous (?:informer|annoncer|faire part)"
        r"|avons le regret",
    ),
    (
        2,
        r"ne correspond(?:ait|ent)? pas (?:suffisamment |tout a fait )?(?:a|aux)"
        r"|correspond(?:aient|ait) mieux"
        r"|plus en adequation",
    ),
    (
        2,
        r"(?:conserv|gard)\w* votre (?:candidature|cv|profil|dossier)(?: dans notre"
        r" (?:vivier|base|cvtheque))?",
    ),
    (
        1,
        r"\bmalheureusement\b"
        r"|nous sommes desoles",
    ),
    (
        1,
        r"pleine reussite"
        r"|bonne continuation"
        r"|succes dans vos (?:recherches|demarches|projets)"
        r"|reussite dans vos",
    ),
    # Added after the first tuning pass, for phrasings the set did not have.
    (
        3,
        r"offer(?:ed)? the (?:[\w-]+ ){0,3}(?:role|position|job) to (?:a|another|someone|one of"
        r"|the other|a different)",
    ),
    (3, r"pursu(?:e|ing) (?:other |another |different )?(?:candidates?|applicants?|profiles?)"),
    (
        3,
        r"(?:candidates?|applicants?|profiles?|someone) (?:whose|who|that) (?:\w+ ){0,4}"
        r"(?:more closely|better|closer|more) (?:match|matches|align|aligns|fit|fits|meet|meets)",
    ),
    (3, r"(?:not|n't) (?:be )?offer(?:ing)? you|not (?:be )?(?:selected|shortlisted)"),
    (
        3,
        r"(?:unable to|not able to|cannot|can't|won't|will not|not be) (?:be )?(?:move|moving"
        r"|proceed|proceeding|progress|progressing) (?:forward|further)\b",
    ),
    (
        3,
        r"poursuivre (?:\w+ ){0,4}avec (?:un autre|une autre|d'autres|un profil|une candidature"
        r"|un candidat|une candidate|des profils|des candidat)",
    ),
    (
        3,
        r"ne (?:pas )?(?:pouvoir|pouvons|pourrons) (?:pas )?(?:y )?donner suite"
        r"|ne pas (?:y )?donner suite",
    ),
    (3, r"decliner votre candidature|(?:avons|a) pourvu le poste"),
    (1, r"bonne chance"),
    (
        3,
        r"(?:other|another) (?:candidates?|applicants?|profiles?) (?:were|was|are|is) (?:a )?"
        r"(?:stronger|better|closer) (?:match|fit)|n'a pas abouti",
    ),
    (
        3,
        r"(?:decided|chosen|opted|going) to (?:hire|appoint|select|choose|go with|move ahead with)"
        r" (?:another|a different|an(?:other)? internal|someone else|other)",
    ),
)

INVITATION: tuple[Cue, ...] = (
    (
        3,
        r"invite you (?:back )?(?:to|for) (?:a|an|the|your|our) (?:[\w-]+"
        r" ){0,3}(?:interview|conversation|meeting|call|chat|round|assessment|stage|discussion"
        r"|visit)",
    ),
    (
        3,
        r"invite you to (?:an? )?interview"
        r"|you(?:'re| are) invited",
    ),
    (3, r"offer you an? (?:\w+ ){0,2}(?:interview|call|meeting|chat)"),
    (
        3,
        r"(?:move|moving|progress|progressing|advance|advancing|bring|bringing) you"
        r" (?:forward |on |through )?(?:to|into) (?:the|a|our)"
        r" (?:next|second|third|final|technical|onsite|on-site|panel)",
    ),
    (
        3,
        r"(?:schedule|book|arrange|set up) (?:a|an|your|the) (?:[\w-]+"
        r" ){0,2}(?:interview|call)\b",
    ),
    (
        3,
        r"availability for (?:a|an|the|your) (?:[\w-]+ ){0,3}(?:interview|call|chat|meeting)"
        r"|(?:been|were) (?:selected|shortlisted|chosen) for (?:an?|the) (?:[\w-]+"
        r" ){0,2}(?:interview|round|stage)",
    ),
    (
        2,
        r"(?:choose|pick|select|grab|book) (?:a|the|whichever|your) (?:time|slot|time slot)"
        r"|submit your availability"
        r"|(?:like|love|want) you to come (?:in|back)",
    ),
    (
        2,
        r"(?:second|2nd|third|final|next|technical|panel|on-?site|follow-up) (?:round"
        r" )?interview\b"
        r"|(?:final|next|second) round\b",
    ),
    (2, r"(?:are|would) you (?:be )?(?:available|free) (?:on|for|at|this|next)"),
    (
        2,
        r"calendly\.com/"
        r"|/candidate_availability/"
        r"|/schedule\b"
        r"|/meetings/book/"
        r"|/interviews/schedule/",
    ),
    (
        2,
        r"interview invitation"
        r"|invitation to (?:a |an )?interview"
        r"|invite you back",
    ),
    (
        1,
        r"(?:work|suit) (?:for )?you\?"
        r"|come (?:in|back) (?:on|for)"
        r"|you will meet"
        r"|you'll meet"
        r"|the panel will be",
    ),
    # French
    (
        3,
        r"(?:inviter|convier|convoquer|invitons|convions) a (?:un|une|notre|votre) (?:\w+"
        r" ){0,2}(?:entretien|rencontre|echange|entrevue)",
    ),
    (
        3,
        r"(?:souhait\w*|aimerions|voudrions|serions (?:ravis|heureux) de) (?:vous |te"
        r" )?(?:rencontrer|revoir|recevoir)",
    ),
    (3, r"echanger avec vous lors d'un (?:\w+ )?entretien"),
    (
        3,
        r"(?:retenue?s?|selectionnee?s?) pour (?:la suite|l'etape suivante|le prochain|un"
        r" (?:second |nouvel )?entretien)",
    ),
    (
        2,
        r"(?:second|deuxieme|dernier|nouvel|premier|prochain) entretien"
        r"|entretien (?:technique|complementaire|final)",
    ),
    (
        2,
        r"(?:choisi|choisissez|reserve|reserver|planifie|planifiez)\w* (?:le |un |mon |votre"
        r" )?creneau",
    ),
    (2, r"seriez-vous disponible (?:le |ce |lundi|mardi|mercredi|jeudi|vendredi|demain|\d)"),
    (
        3,
        r"(?:vous|te) propos(?:er|e|ons) (?:un|une) (?:\w+"
        r" )?(?:entretien|echange|rendez-vous|rencontre)"
        r"|(?:vous propose|proposons) de (?:nous |vous )?(?:rencontrer|voir)",
    ),
    (
        3,
        r"disponibilites (?:pour|afin de convenir d') ?(?:un|une) (?:\w+"
        r" )?(?:entretien|echange|rendez-vous|visio)",
    ),
    (
        2,
        r"\bconvocation\b"
        r"|(?:confirme|confirmons) (?:votre |l')entretien",
    ),
    (
        1,
        r"vous rencontrerez"
        r"|confirmer votre (?:presence|venue)"
        r"|dans nos locaux",
    ),
    # Added after the first tuning pass, for phrasings the set did not have.
    (
        3,
        r"(?:schedule|book|arrange|set up|organi[sz]e) (?:a|an|your|the) (?:[\w-]+ ){0,2}"
        r"(?:screen|screening|chat|conversation|meeting|video call|phone call)\b",
    ),
    (
        3,
        r"(?:free|available) for (?:a|an) (?:[\w-]+ ){0,3}(?:interview|call|chat|conversation"
        r"|meeting)|set up (?:a|some) time to (?:chat|talk|speak|meet)",
    ),
    (3, r"(?:like|love|happy|pleased|excited) to move forward with (?:your|you\b)"),
    (
        3,
        r"(?:organiser|planifier|fixer|convenir d') (?:un|une) (?:\w+ )?(?:entretien|echange"
        r"|rencontre|rendez-vous)"
        r"|poursuivre (?:le processus|les echanges|le recrutement) avec vous",
    ),
    (
        3,
        r"(?:like|love|want|keen) to meet (?:with )?you\b|(?:souhait\w*|aimerions|voudrions) "
        r"(?:echanger avec vous|vous parler|discuter avec vous|faire votre connaissance)",
    ),
    (
        3,
        r"disponibles? pour (?:un|une) (?:\w+ )?(?:entretien|echange|rendez-vous|appel|visio"
        r"|rencontre)",
    ),
)

OFFER: tuple[Cue, ...] = (
    (
        3,
        r"(?:pleased|delighted|happy|thrilled|excited|glad) to (?:\w+ ){0,2}offer you (?!an?"
        r" (?:\w+ )?(?:interview|call|chat|meeting))",
    ),
    (
        3,
        r"offer you (?:the|a|this) (?:[\w-]+"
        r" ){0,3}(?:position|role|job|place|internship|contract)",
    ),
    (3, r"extend (?:you )?(?:an?|the|our|this) (?:[\w-]+ ){0,2}offer"),
    (
        3,
        r"offer of employment"
        r"|employment offer"
        r"|(?:been|were) (?:selected|chosen) (?:for|as) (?:the|our) (?:[\w-]+"
        r" ){0,3}(?:position|role|job)",
    ),
    (
        2,
        r"job offer"
        r"|offer letter"
        r"|your offer\b"
        r"|(?:formal|written|official) offer"
        r"|confirm our offer",
    ),
    (
        3,
        r"(?:like|love|want|pleased|excited|delighted|happy) to hire you"
        r"|(?:review|sign|accept)(?: and sign)? your offer",
    ),
    (
        2,
        r"(?:love|like|want) you to join"
        r"|have you on board"
        r"|welcome (?:you )?(?:aboard|to the team)",
    ),
    (
        2,
        r"let us know (?:whether|if) you accept"
        r"|confirm your acceptance"
        r"|(?:sign|signing) (?:and return|your offer)"
        r"|accept (?:this|the|our) offer",
    ),
    (
        1,
        r"(?:start|starting) date"
        r"|anticipated start"
        r"|you would join"
        r"|you will report to"
        r"|report directly to",
    ),
    (
        1,
        r"(?:£|\$|€)\s?\d[\d,.]*\s?k?\b"
        r"|\b\d[\d,.\s]*(?:€|euros?\b|k€)"
        r"|base salary"
        r"|salary (?:is|of|will be)",
    ),
    (
        1,
        r"\bcongratulations\b"
        r"|\bfelicitations\b",
    ),
    # French
    (
        3,
        r"(?:plaisir|heureux|heureuse|ravie?s?) de (?:vous|te) (?:proposer|faire une"
        r" (?:offre|proposition))",
    ),
    (
        3,
        r"(?:vous|te) proposer le poste"
        r"|(?:vous|te) faire une (?:offre|proposition) (?:pour|d'embauche|de poste)",
    ),
    (
        3,
        r"proposition d'embauche"
        r"|promesse d'embauche"
        r"|offre d'embauche"
        r"|offre de contrat"
        r"|lettre d'offre"
        r"|volonte de vous embaucher",
    ),
    (
        2,
        r"vous compter parmi (?:nous|nos)"
        r"|bienvenue (?:dans l'equipe|parmi nous|chez)",
    ),
    (3, r"vous avez ete (?:retenue?|selectionnee?|choisie?) pour (?:le|ce) poste"),
    (2, r"votre candidature a ete retenue"),
    (
        2,
        r"(?:heureux|heureuse|ravis?|ravie) de vous accueillir"
        r"|vous accueillir (?:en stage|dans (?:l'|notre|nos))",
    ),
    (
        1,
        r"(?:salaire|remuneration) (?:\w+ ){0,3}(?:de )?\d"
        r"|bruts? (?:annuels?|mensuels?)",
    ),
    (
        1,
        r"date d'(?:entree|embauche)"
        r"|prise de (?:poste|fonction)"
        r"|a compter du"
        r"|entree en fonction",
    ),
    (
        1,
        r"\bcdi\b"
        r"|contrat a duree indeterminee"
        r"|contrat de travail",
    ),
    (
        1,
        r"rejoindre (?:l'equipe|notre equipe|nos equipes)"
        r"|confirmer votre accord"
        r"|votre acceptation",
    ),
    # Added after the first tuning pass, for phrasings the set did not have.
    (
        3,
        r"(?:like|love|want) you to join (?:us|the team|our team|[\w-]+) as|make you an? (?:formal "
        r"|job )?offer|you(?:'ve| have)? got the (?:job|role|position)",
    ),
    (2, r"offer (?:details|package)"),
    (3, r"(?:confirmer|confirmons|confirme) votre embauche|vous faire une offre"),
    (2, r"retenons votre candidature"),
    (3, r"(?:souhait\w*|voulons|aimerions|voudrions) (?:vous|te) (?:embaucher|recruter)"),
    (3, r"(?:vous|te) propos(?:ons|e|er|erons) le poste"),
)

REQUEST: tuple[Cue, ...] = (
    # Questions that ask by themselves (3), asks (2), and what is asked about (1).
    (
        3,
        r"what (?:is|are|would be) your (?:\w+"
        r" ){0,2}(?:salary|compensation|pay|notice|availability|expectations)"
        r"|when (?:could|can|would) you (?:be available to )?start",
    ),
    (
        3,
        r"(?:complete|fill (?:in|out)) (?:this|the|a|our) (?:short"
        r" )?(?:questionnaire|form|survey)"
        r"|you have a new task"
        r"|task assigned",
    ),
    (
        2,
        r"could you (?:please )?(?:send|provide|share|let (?:me|us)"
        r" know|confirm|tell|fill|complete|forward|give)",
    ),
    (
        2,
        r"(?:please|kindly) (?:could you )?(?:send|provide|share|complete|fill"
        r" (?:in|out)|upload|forward)",
    ),
    (
        2,
        r"(?:would|like|need|want) to (?:request|ask for|see|receive) (?:a few |some |your"
        r" |two |three )?(?:references|documents|samples|copies)",
    ),
    (
        2,
        r"(?:would|are) you (?:be )?open to"
        r"|what (?:is|are) your",
    ),
    (
        1,
        r"(?:salary|compensation|pay) (?:expectations?|requirements?|range)"
        r"|expected salary"
        r"|current salary",
    ),
    (
        1,
        r"notice period"
        r"|(?:available|able|free) to start"
        r"|start(?:ing)? date",
    ),
    (
        1,
        r"\breferences\b"
        r"|\breferees\b"
        r"|right to work"
        r"|share code"
        r"|proof of (?:address|identity)"
        r"|passport"
        r"|(?:copy|scan) of your",
    ),
    (
        1,
        r"writing samples"
        r"|work samples"
        r"|portfolio"
        r"|examples of your work"
        r"|(?:updated|latest) (?:cv|resume)"
        r"|background check"
        r"|questionnaire",
    ),
    # French
    (
        3,
        r"(?:quelles sont|quelles seraient) vos (?:pretentions|attentes|disponibilites)"
        r"|a partir de quelle date"
        r"|quand (?:seriez|pourriez)-vous (?:commencer|demarrer)",
    ),
    (
        3,
        r"(?:completer|remplir|retourner|renvoyer) (?:le|ce|un) (?:\w+"
        r" )?(?:questionnaire|formulaire)",
    ),
    (
        2,
        r"pourriez-vous (?:me |m'|nous |te"
        r" |t')?(?:transmettre|envoyer|indiquer|preciser|communiquer|faire"
        r" parvenir|completer|confirmer|retourner|faire part)",
    ),
    (
        2,
        r"merci de (?:bien vouloir )?(?:nous |me |m')?(?:transmettre|envoyer|retourner|faire"
        r" parvenir|completer|indiquer)",
    ),
    (
        2,
        r"(?:remercions|remercie) de bien vouloir (?:nous |me |m')?(?:faire"
        r" parvenir|transmettre|envoyer|retourner|indiquer)",
    ),
    (
        1,
        r"pretentions salariales"
        r"|salaire actuel"
        r"|remuneration actuelle"
        r"|vos attentes (?:salariales|financieres|pour ce poste)",
    ),
    (
        1,
        r"\bpreavis\b"
        r"|date de disponibilite"
        r"|coordonnees de (?:deux|trois|vos) (?:anciens|references)",
    ),
    (
        1,
        r"piece d'identite"
        r"|justificatifs?"
        r"|copie de votre (?:diplome|piece)"
        r"|exemples de vos realisations"
        r"|formulaire",
    ),
    # Added after the first tuning pass, for phrasings the set did not have.
    (
        2,
        r"(?:can|would) you (?:please )?(?:send|provide|share|let (?:me|us) know|confirm|tell|fill"
        r"|complete|forward|give)|send (?:me |us )?over|(?:we|i) (?:will )?need (?:a |your |the )?"
        r"(?:copy|copies|references|details|documents?|proof)",
    ),
    (
        2,
        r"(?:pouvez|pourriez|peux|pourrais)-(?:vous|tu) (?:me |m'|nous |te |t')?(?:transmettre"
        r"|envoyer|indiquer|preciser|communiquer|faire parvenir|completer|confirmer|retourner)",
    ),
    (
        3,
        r"quel(?:le)?s? (?:est|sont|serait|seraient) (?:votre|vos|ton|tes) (?:preavis|pretentions"
        r"|attentes|disponibilites|salaire|remuneration)",
    ),
)

RECEIPT: tuple[Cue, ...] = (
    (
        3,
        r"(?:we(?:'ve| have)?|has|have|was|were) (?:successfully |now |just )?received"
        r" (?:your|the) (?:application|message|email|e-mail|enquiry|documents|cv|resume)",
    ),
    (
        3,
        r"(?:application|message|submission|documents?) (?:has|have|was) (?:been"
        r" )?(?:successfully )?(?:received|submitted|recorded)",
    ),
    (
        3,
        r"confirm(?:s|ation)? (?:of )?(?:receipt|that (?:your|we)|your application)"
        r"|confirms? receipt",
    ),
    (2, r"thank(?:s| you) for (?:applying|your application|submitting your application)"),
    (
        1,
        r"(?:will|we'll) (?:\w+ )?(?:review|be reviewing)"
        r"|(?:reach out|contact you|get in touch|get back to you) (?:if|as soon as|soon)",
    ),
    (1, r"(?:withdraw|track|check) (?:the status of )?your (?:application|submission)"),
    (
        2,
        r"(?:application|submission) is (?:currently |now )?(?:under|being) review"
        r"|candidature est (?:en cours d'(?:etude|examen)|a l'etude)",
    ),
    # French
    (
        3,
        r"(?:avons|a) bien (?:ete )?recu (?:votre|vos)"
        r"|accus\w* (?:bonne )?reception",
    ),
    (
        3,
        r"(?:candidature|message|dossier|documents?)\b[^.]{0,120}? (?:a|ont) (?:bien )?ete"
        r" (?:envoyee?s?|transmise?s?|enregistree?s?|recue?s?|prise?s? en compte)",
    ),
    (3, r"confirmons (?:la (?:bonne )?reception|que votre (?:candidature|dossier|message))"),
    (
        2,
        r"(?:merci|remercions|remercie) (?:pour|de) votre candidature"
        r"|merci d'avoir postule",
    ),
    (
        1,
        r"(?:sera|va etre) (?:examinee?|etudiee?|traitee?)"
        r"|reviendrons vers vous (?:sous|dans|des)",
    ),
    (
        1,
        r"(?:are|we're|is) (?:currently )?reviewing (?:all )?(?:applications|your application)"
        r"|will be in touch|(?:message|e-mail|courriel) (?:automatique|genere automatiquement)"
        r"|automated (?:message|email|response)|do not reply|ne pas (?:y )?repondre",
    ),
)

ABSENCE: tuple[Cue, ...] = (
    (
        3,
        r"(?:i am|i'm|i will be|i'll be|currently) (?:currently )?(?:out of (?:the"
        r" )?office|away\b|on (?:annual |parental |maternity |paternity |sick |study"
        r" )?leave|on holiday|on vacation|travelling|traveling|off sick|off work|out sick)",
    ),
    (
        3,
        r"(?:limited|no) access to (?:my )?(?:e-?mails?|messages|internet)"
        r"|access to (?:my )?(?:e-?mails?|messages) (?:will be|is) limited"
        r"|not (?:be )?checking (?:my )?e-?mails?",
    ),
    (
        2,
        r"out of (?:the )?office"
        r"|(?:parental|maternity|paternity|annual|sick) leave"
        r"|limited connectivity",
    ),
    (3, r"(?:i am|i'm) out (?:until|till|today|this week)"),
    (
        2,
        r"(?:be |am )?(?:back|returning|return) (?:on|to the office|after|in the office)"
        r"|upon my return"
        r"|on my return"
        r"|when i return"
        r"|covering for me"
        r"|in my absence",
    ),
    (
        3,
        r"(?:je suis|je serai|actuellement) (?:actuellement )?(?:absente?|en"
        r" (?:conges?|vacances|deplacement|formation|arret|conge"
        r" (?:maternite|maladie|parental))|indisponible|hors du bureau)",
    ),
    (
        3,
        r"acces limite a (?:mes|ma) (?:e-?mails|messagerie)"
        r"|pas acces a (?:ma|mes) (?:messagerie|e-?mails)"
        r"|ne consulterai pas mes",
    ),
    (
        2,
        r"absente? du bureau"
        r"|(?:des|a) (?:mon|notre) retour"
        r"|conge maternite"
        r"|\bfermee? (?:du|jusqu'au)"
        r"|serai de retour",
    ),
)

NEGATION = (
    r"(?:\b(?:not|never|unable|cannot|without|ne|pas|aucune?|sans)\b|n't\b|\bn'|\bno longer\b)"
)
"""Words that, just before a positive cue in the same clause, turn it into a refusal."""

CONDITIONAL = (
    r"\bif you (?:do not|don't|have not|haven't|did not|didn't) (?:hear|heard)"
    r"|sans (?:reponse|nouvelles?) de notre part"
    r"|si vous n'avez pas (?:de|eu de) (?:reponse|nouvelles)|faute de reponse"
    r"|\bin the absence of (?:a )?(?:response|reply)"
)
"""A rejection said only as a condition ("if you do not hear from us…") is an acknowledgement."""

OOO_SUBJECT = (
    r"^\s*\[?(?:automatic reply|auto(?:matic)?[-\s]?(?:reply|response)|autoreply|auto"
    r"|out of (?:the )?office(?: auto-?reply)?|ooo|away|reponse automatique|reponse auto"
    r"|absence du bureau|absente?|absent\(e\)|indisponible|en conges?|abwesend|abwesenheitsnotiz)"
    r"\]?\s*(?:[:/\-(]|$)"
)
"""Subjects of automatic replies: "Automatic reply:", "Réponse automatique :", "Out of office"."""
