"""French word lists: written for French job ads (their own habits, not a translation).

French ads have their own problems: masculine-only titles without "H/F", "jeune et dynamique",
"bonne présentation", "CV avec photo", "résistance au stress", "mouton à cinq pattes". Entries
are (phrase, replacement or None), in the syntax of tactful.ads.lexicon.
"""

from __future__ import annotations

Entries = list[tuple[str, str | None]]

_VERBES = {
    "a": "avez", "est": "êtes", "sera": "serez", "devra": "devrez", "doit": "devez",
    "possède": "possédez", "maîtrise": "maîtrisez", "dispose": "disposez",
    "aura": "aurez", "saura": "saurez", "justifie": "justifiez",
}  # fmt: skip
_TIERS = [
    "le candidat idéal", "la candidate idéale", "le candidat retenu", "la candidate retenue",
    "le/la candidat(e)", "le candidat", "la personne retenue", "le profil idéal",
    "le titulaire du poste", "la personne idéale", "le ou la candidate", "le futur collaborateur",
    "la future collaboratrice",
]  # fmt: skip

INCLUSION: dict[str, Entries] = {
    "gendered-term": [
        ("homme de terrain", "personne de terrain"),
        ("un homme de terrain", "une personne de terrain"),
        ("un homme de la situation", None), ("un homme de confiance", None),
        ("homme de la situation", "personne qu'il nous faut"),
        ("homme de confiance", "personne de confiance"), ("bon père de famille", None),
        ("messieurs", None), ("les gars", "l'équipe"), ("mec(s)", None),
        ("homme de l'art", None), ("homme à tout faire", "agent·e polyvalent·e"),
    ],
    "sex-sought": [
        ("un homme", None), ("une femme", None), ("femme de préférence", None),
        ("homme de préférence", None), ("de préférence une femme", None),
        ("de préférence un homme", None), ("jeune homme", None),
        ("jeune femme", None), ("jeunes femmes", None), ("jeunes hommes", None),
        ("homme uniquement", None), ("femme uniquement", None), ("hommes uniquement", None),
        ("femmes uniquement", None), ("de sexe masculin", None), ("de sexe féminin", None),
        ("sexe masculin", None), ("sexe féminin", None), ("profil masculin", None),
        ("profil féminin", None), ("exclusivement masculin", None),
    ],
    "age": [
        ("jeune et dynamique", "dynamique"), ("jeunes et dynamiques", "dynamiques"),
        ("jeune", None), ("jeunes", None), ("jeune diplômé(e)(s)", None),
        ("jeunes diplômé(e)s", None), ("jeune équipe", "équipe"), ("équipe jeune", "équipe"),
        ("équipe jeune et dynamique", "équipe dynamique"),
("digital native(s)", "à l'aise avec les outils numériques"),
        ("jeune entreprise", "-"), ("jeunes entreprises", "-"), ("jeune pousse", "-"),
        ("jeune entreprise innovante", "-"), ("génération z", None), ("millennial(s)", None),
        ("junior dans l'âme", None),
        ("âge maximum", None), ("âge limite", None),
    ],
    "disability": [
        ("en bonne santé", None), ("en parfaite santé", None), ("bonne santé", None),
        ("sans handicap", None), ("pas de handicap", None), ("bonne condition physique", None),
        ("excellente condition physique", None), ("parfaite condition physique", None),
        ("physiquement apte", None),
    ],
    "origin": [
        ("langue maternelle", None), ("de langue maternelle", None),
        ("français natif", "français courant"), ("française native", "français courant"),
        ("anglais natif", "anglais courant"), ("anglophone natif", "anglais courant"),
        ("anglophone native", "anglais courant"), ("native speaker", "anglais courant"),
        ("de nationalité française", None), ("nationalité française exigée", None),
        ("origine", None), ("origines", None),
    ],
    "family-status": [
        ("célibataire(s)", None), ("sans enfant(s)", None), ("situation familiale", None),
        ("situation de famille", None), ("marié(e)(s)", None), ("enceinte(s)", None),
        ("pas de contraintes familiales", None), ("sans contraintes familiales", None),
        ("sans attaches", None), ("libre de toute attache", None),
        ("projet de grossesse", None), ("mère de famille", None), ("père de famille", None),
        ("libre de toute obligation familiale", None),
        ("libre de toute contrainte familiale", None),
        ("libre de toute charge de famille", None), ("sans obligation(s) familiale(s)", None),
        ("sans charge(s) de famille", None), ("sans personne à charge", None),
        ("idéal pour une maman", None), ("idéal pour les mamans", None),
        ("idéal pour une mère", None), ("convient à une maman", None),
        ("parfait pour une maman", None), ("mère au foyer", None),
    ],
    "appearance": [
        ("bonne présentation", None), ("présentation soignée", None),
        ("excellente présentation", None), ("présentation irréprochable", None),
        ("belle présentation", None), ("physique agréable", None), ("joli(e) physique", None),
        ("photo obligatoire", None), ("cv avec photo", None), ("avec photo", None),
        ("joindre une photo", None), ("photo récente", None), ("taille minimum", None),
        ("taille minimale", None), ("jolie(s)", None), ("belle apparence", None),
        ("apparence physique", None), ("mensurations", None),
    ],
}  # fmt: skip

CULTURE: dict[str, Entries] = {
    "superhero-title": [
        ("ninja(s)", "expert·e"), ("rockstar(s)", "expert·e"), ("rock star(s)", "expert·e"),
        ("gourou(s)", "expert·e"), ("guru(s)", "expert·e"), ("magicien(ne)(s)", "expert·e"),
        ("super héros", "expert·e"), ("superhéros", "expert·e"), ("super héroïne(s)", "expert·e"),
        ("pépite(s)", None), ("licorne(s)", None), ("jedi(s)", "expert·e"),
        ("crack(s)", None), ("perle rare", None), ("génie(s)", None),
    ],
    "bro-culture": [
        ("babyfoot(s)", None), ("baby foot(s)", None), ("table de ping pong", None),
        ("ping pong", None), ("work hard play hard", None), ("bière(s) à volonté", None),
        ("fût(s) de bière", None), ("soirées arrosées", None), ("afterworks arrosés", None),
        ("apéros à volonté", None), ("esprit de bande", None), ("entre potes", None),
    ],
    "profanity": [
        ("putain", None), ("merde", None), ("bordel", None), ("chier", None),
        ("de ouf", None), ("foutre", None), ("emmerde*", None),
    ],
    "sexualised": [
        ("sexy", "attractif"), ("canon(s)", None), ("bombe(s)", None),
        ("séduisant(e)(s)", None), ("sex appeal", None),
    ],
    "drama-free": [
        ("pas de drama", None), ("zéro drama", None), ("pas de chichis", None),
        ("pas de râleurs", None), ("pas de pleurnicheurs", None),
        ("peau dure", None), ("sans états d'âme", None),
    ],
    "meritocracy": [("méritocratie", "culture d'évaluation transparente"),
                    ("méritocratique(s)", "transparent"), ("méritocra*", None)],
    "empty-superlative": [
        ("de renommée mondiale", None), ("de classe mondiale", None),
        ("à la pointe de la technologie", "moderne"), ("à la pointe", None),
        ("leader incontesté", None), ("leader mondial", None), ("incontournable(s)", None),
        ("le meilleur", None), ("les meilleurs", None), ("hors norme(s)", None),
        ("ultra innovant(e)(s)", "innovant"), ("révolutionnaire(s)", None),
        ("disruptif", None), ("disruptive", None), ("top niveau", None), ("au top", None),
        ("best of the best", None), ("world class", None),
    ],
    "unrealistic-demand": [
        ("24h/24", None), ("24 h/24", None), ("24h sur 24", None), ("7j/7", None),
        ("7 j/7", None), ("7 jours sur 7", None), ("disponible à tout moment", None),
        ("disponibilité totale", None), ("corvéable(s)", None),
        ("opérationnel(le) immédiatement", "prêt·e à apprendre vite"),
        ("immédiatement opérationnel(le)", "prêt·e à apprendre vite"),
        ("opérationnel(le) rapidement", None),
        ("résistance au stress", None), ("résistant(e) au stress", None),
        ("sous pression", None), ("couteau suisse", None), ("mouton à cinq pattes", None),
        ("mouton à 5 pattes", None), ("sans compter ses heures", None),
        ("ne pas compter vos heures", None), ("ne compte pas ses heures", None),
        ("ne comptez pas vos heures", None), ("horaires extensibles", None),
        ("hit the ground running", None),
    ],
    "third-person": [
        *[(s, None) for s in _TIERS],
        *[(f"{s} {v}", f"vous {y}") for s in _TIERS for v, y in _VERBES.items()],
    ],
}  # fmt: skip

# French job titles: (masculine, feminine, inclusive form). A title that uses one form only and
# no "H/F" mention is not gender-neutral.
TITLE_NOUNS: list[tuple[str, str, str]] = [
    ("développeur", "développeuse", "développeur·se"), ("ingénieur", "ingénieure", "ingénieur·e"),
    ("technicien", "technicienne", "technicien·ne"), ("commercial", "commerciale", "commercial·e"),
    ("vendeur", "vendeuse", "vendeur·se"), ("directeur", "directrice", "directeur·rice"),
    ("consultant", "consultante", "consultant·e"), ("serveur", "serveuse", "serveur·se"),
    ("cuisinier", "cuisinière", "cuisinier·ère"), ("conseiller", "conseillère", "conseiller·ère"),
    ("assistant", "assistante", "assistant·e"), ("infirmier", "infirmière", "infirmier·ère"),
    ("boulanger", "boulangère", "boulanger·ère"), ("coiffeur", "coiffeuse", "coiffeur·se"),
    ("caissier", "caissière", "caissier·ère"), ("magasinier", "magasinière", "magasinier·ère"),
    ("livreur", "livreuse", "livreur·se"), ("rédacteur", "rédactrice", "rédacteur·rice"),
    ("administrateur", "administratrice", "administrateur·rice"),
    ("acheteur", "acheteuse", "acheteur·se"), ("auditeur", "auditrice", "auditeur·rice"),
    ("contrôleur", "contrôleuse", "contrôleur·se"), ("opérateur", "opératrice", "opérateur·rice"),
    ("préparateur", "préparatrice", "préparateur·rice"), ("employé", "employée", "employé·e"),
    ("ouvrier", "ouvrière", "ouvrier·ère"), ("chargé", "chargée", "chargé·e"),
    ("superviseur", "superviseuse", "superviseur·se"),
    ("formateur", "formatrice", "formateur·rice"),
    ("animateur", "animatrice", "animateur·rice"), ("éducateur", "éducatrice", "éducateur·rice"),
    ("avocat", "avocate", "avocat·e"), ("programmeur", "programmeuse", "programmeur·se"),
    ("intégrateur", "intégratrice", "intégrateur·rice"), ("testeur", "testeuse", "testeur·se"),
    ("traducteur", "traductrice", "traducteur·rice"),
    ("mécanicien", "mécanicienne", "mécanicien·ne"),
    ("électricien", "électricienne", "électricien·ne"), ("plombier", "plombière", "plombier·ère"),
    ("menuisier", "menuisière", "menuisier·ère"), ("soudeur", "soudeuse", "soudeur·se"),
    ("aide-soignant", "aide-soignante", "aide-soignant·e"),
    ("pharmacien", "pharmacienne", "pharmacien·ne"),
    ("coordinateur", "coordinatrice", "coordinateur·rice"),
    ("chercheur", "chercheuse", "chercheur·se"), ("enseignant", "enseignante", "enseignant·e"),
    ("étudiant", "étudiante", "étudiant·e"), ("alternant", "alternante", "alternant·e"),
    ("apprenti", "apprentie", "apprenti·e"), ("président", "présidente", "président·e"),
    ("gérant", "gérante", "gérant·e"), ("chef", "cheffe", "chef·fe"),
    ("agent", "agente", "agent·e"),
    ("expert", "experte", "expert·e"), ("associé", "associée", "associé·e"),
    ("conducteur", "conductrice", "conducteur·rice"), ("chauffeur", "chauffeuse", "chauffeur·se"),
    ("collaborateur", "collaboratrice", "collaborateur·rice"), ("hôte", "hôtesse", "hôte·sse"),
    ("directeur commercial", "directrice commerciale", "directeur·rice commercial·e"),
    ("analyste programmeur", "analyste programmeuse", "analyste programmeur·se"),
    ("employé de libre service", "employée de libre service", "employé·e de libre-service"),
    ("ambulancier", "ambulancière", "ambulancier·ère"), ("boucher", "bouchère", "boucher·ère"),
    ("jardinier", "jardinière", "jardinier·ère"), ("banquier", "banquière", "banquier·ère"),
]  # fmt: skip
