"""English word lists for the inclusion and culture rules, with safe word-for-word fixes.

Each entry is (phrase, replacement): the replacement is used by `tactful ad improve` without AI
and is None when no word-for-word fix reads well (the finding's suggestion still applies).
Syntax: see tactful.ads.lexicon ("rockstar(s)", "fuck*", spaces match hyphens too).
"""

from __future__ import annotations

Entries = list[tuple[str, str | None]]

# Subject + verb, so "the ideal candidate has" can become "you have". After a modal verb only
# the subject changes ("[he] should" -> "you"): the finding points at the pronoun alone.
_MODALS = ("will", "would", "should", "must", "can", "may")
_VERBS = {
    "is": "are", "has": "have", "needs": "need", "brings": "bring",
    "works": "work", "thrives": "thrive", "enjoys": "enjoy", "possesses": "have",
    "knows": "know", "loves": "love", "wants": "want", "takes": "take",
}  # fmt: skip


def _with_verbs(subjects: list[str]) -> Entries:
    out: Entries = [(s, None) for s in subjects]
    out += [(f"{s} {verb}", f"you {you}") for s in subjects for verb, you in _VERBS.items()]
    out += [(f"{s} {modal}", f"you {modal}") for s in subjects for modal in _MODALS]
    return out


_JOB_NOUNS = [
    "developer", "engineer", "designer", "marketer", "coder", "programmer", "salesperson",
    "seller", "analyst", "writer", "recruiter", "accountant", "manager", "administrator",
    "consultant", "architect", "support agent", "data scientist",
]  # fmt: skip
_HEROES = [
    "rockstar",
    "rock star",
    "ninja",
    "guru",
    "wizard",
    "hero",
    "superhero",
    "superstar",
    "unicorn",
    "jedi",
    "samurai",
    "wunderkind",
    "maven",
    "genius",
    "10x",
]


def _heroes() -> Entries:
    out: Entries = []
    for hero in _HEROES:
        plural = "es" if hero.endswith("o") else "s"
        if hero != "10x":
            out.append((hero, "specialist"))
            out.append((hero + plural, "specialists"))
        for noun in _JOB_NOUNS:
            out.append((f"{hero} {noun}", f"skilled {noun}"))
            out.append((f"{hero} {noun}s", f"skilled {noun}s"))
    return out


PRONOUN_SUBJECTS = ["he", "she", "he/she", "she/he", "he or she", "she or he", "s/he"]

INCLUSION: dict[str, Entries] = {
    "gendered-term": [
        *[(s, None) for s in PRONOUN_SUBJECTS],
        *[(f"{s} {v}", f"you {y}") for s in PRONOUN_SUBJECTS for v, y in _VERBS.items()],
        *[(f"[{s}] {m}", "you") for s in PRONOUN_SUBJECTS for m in _MODALS],
        ("him", None), ("his", None), ("himself", None), ("her", None), ("hers", None),
        ("herself", None), ("his/her", "your"), ("his or her", "your"), ("her/his", "your"),
        ("him/her", "you"), ("him or her", "you"),
        ("guy", None), ("guys", None), ("you guys", "you all"), ("hey guys", "hi everyone"),
        ("hi guys", "hi everyone"), ("our guys", "our team"), ("the guys", "the team"),
        ("dude(s)", None),
        ("manpower", "staff"), ("chairman", "chair"), ("chairmen", "chairs"),
        ("salesman", "salesperson"), ("salesmen", "salespeople"),
        ("saleswoman", "salesperson"), ("saleswomen", "salespeople"),
        ("man hours", "person-hours"), ("manhours", "person-hours"),
        ("foreman", "supervisor"), ("foremen", "supervisors"),
        ("craftsman", "craftsperson"), ("craftsmen", "craftspeople"),
        ("workman", "worker"), ("workmen", "workers"), ("tradesman", "tradesperson"),
        ("tradesmen", "tradespeople"), ("fireman", "firefighter"), ("firemen", "firefighters"),
        ("policeman", "police officer"), ("middleman", "intermediary"),
        ("mankind", "humanity"), ("manned", "staffed"), ("manning", "staffing"),
        ("businessman", "businessperson"), ("businessmen", "businesspeople"),
        ("spokesman", "spokesperson"), ("cameraman", "camera operator"),
        ("repairman", "repair technician"), ("handyman", "maintenance technician"),
        ("deliveryman", "delivery driver"), ("draughtsman", "drafter"),
        ("draftsman", "drafter"), ("doorman", "door attendant"), ("barman", "bartender"),
        ("barmaid", "bartender"), ("waitress(es)", None), ("stewardess(es)", None),
        ("hostess", "host"), ("headmaster", "head teacher"), ("headmistress", "head teacher"),
        ("cleaning lady", "cleaner"), ("girl friday", "assistant"), ("gentlemen", None),
        ("ladies", None), ("gal(s)", None), ("housewife", None), ("housewives", None),
    ],
    "sex-sought": [
        ("male candidate(s)", None), ("female candidate(s)", None), ("men only", None),
        ("women only", None), ("male only", None), ("female only", None),
        ("male applicant(s)", None), ("female applicant(s)", None), ("must be male", None),
        ("must be female", None), ("looking for a man", None), ("looking for a woman", None),
    ],
    "age": [
        ("young company", "-"), ("young companies", "-"), ("young startup", "-"),
        *[(f"young {who}", "-") for who in (
            "patient(s)", "child(ren)", "kid(s)", "learner(s)", "reader(s)", "student(s)",
            "pupil(s)", "audience(s)", "famil(y)(ies)", "customer(s)", "brand(s)", "adult(s)",
            "people's")],
        ("young", None), ("younger", None), ("youthful", None), ("youngsters", None),
        ("young and dynamic", "dynamic"), ("young, dynamic", "dynamic"),
        ("energetic young team", "energetic team"), ("young team", "friendly team"),
        ("young people", None), ("young professional(s)", None),
        ("digital native(s)", "confident with digital tools"),
        ("recent graduate(s)", None), ("recent grad(s)", None), ("new grad(s)", None),
        ("fresh graduate(s)", None), ("fresh grad(s)", None), ("recent college graduate(s)", None),
        ("millennial(s)", None), ("gen z", None), ("generation z", None),
        ("overqualified", None), ("over qualified", None), ("fresh faced", None),
        ("twentysomething(s)", None), ("20 something(s)", None), ("young blood", None),
        ("early twenties", None), ("no older than", None),
    ],
    "disability": [
        ("able bodied", None), ("physically fit", None), ("in good health", None),
        ("good physical health", None), ("perfect health", None), ("excellent health", None),
        ("no disabilities", None), ("without disabilities", None), ("sound mind", None),
        ("perfect eyesight", None), ("perfect vision", None), ("20/20 vision", None),
        ("fit and healthy", None), ("no health problems", None),
    ],
    "origin": [
        ("native speaker(s)", "fluent speaker"), ("native speaking", "fluent"),
        *[(f"native {lang}", f"fluent {lang.title()}") for lang in (
            "english", "french", "german", "spanish", "italian", "dutch", "portuguese",
            "japanese", "chinese", "mandarin", "polish", "arabic")],
        *[(f"native {lang} speaker(s)", f"fluent {lang.title()} speaker") for lang in (
            "english", "french", "german", "spanish", "italian", "dutch", "portuguese",
            "japanese", "chinese", "mandarin", "polish", "arabic")],
        ("native level", "fluent"), ("native-like", "fluent"), ("mother tongue", None),
        ("first language", None), ("born in", None), ("citizens only", None),
        ("locals only", None), ("local candidates only", None), ("no foreigners", None),
        ("nationality", None), ("ethnicity", None), ("ethnic background", None),
    ],
    "family-status": [
        ("married", None), ("unmarried", None), ("marital status", None),
        ("must be single", None), ("single candidates", None), ("no children", None),
        ("no kids", None), ("childless", None), ("without children", None),
        ("without kids", None), ("no family commitments", None),
        ("no family obligations", None), ("free of family commitments", None),
        ("family situation", None), ("not pregnant", None), ("no dependants", None),
        ("no dependents", None), ("plans to have children", None),
        # no one to care for, or hours that "suit" a mother: a family situation sought
        ("without dependants", None), ("without dependents", None),
        ("no caring responsibilities", None), ("without caring responsibilities", None),
        ("free of caring responsibilities", None), ("other caring responsibilities", None),
        ("suit(s) a mum", None), ("suit(s) a mom", None), ("suit(s) a mother", None),
        ("suit(s) mums", None), ("suit(s) moms", None), ("suit(s) mothers", None),
        ("ideal for a mum", None), ("ideal for a mom", None), ("ideal for mums", None),
        ("ideal for moms", None), ("perfect for a mum", None), ("perfect for a mom", None),
        ("perfect for mums", None), ("perfect for moms", None), ("suit(s) a housewife", None),
        ("ideal for a housewife", None),
    ],
    "appearance": [
        ("attractive", None),
        *[(f"attractive {what}", "-") for what in (
            "salary", "salaries", "pay", "package(s)", "compensation", "benefits", "rate(s)",
            "conditions", "location", "office(s)", "offer", "prices", "terms", "remuneration",
            "bonus", "career", "opportunit(y)(ies)")],
        *[(f"attractive {who}", None) for who in (
            "person", "people", "candidate(s)", "applicant(s)", "appearance", "woman", "women",
            "man", "men", "girl(s)", "staff", "hostess(es)")],
        ("good looking", None), ("well groomed", None), ("presentable", None),
        ("pleasant appearance", None), ("good appearance", None), ("smart appearance", None),
        ("physical appearance", None), ("pretty girl(s)", None), ("pretty face", None),
        ("handsome", None), ("slim", None), ("photo required", None),
        ("include a photo", None), ("include your photo", None), ("with a photo", None),
        ("with photo", None), ("send a photo", None), ("attach a photo", None),
        ("recent photo", None), ("minimum height", None), ("height requirement", None),
        ("weight requirement", None), ("clean shaven", None), ("no visible tattoos", None),
        ("no tattoos", None), ("beard(s)", None), ("bearded", None), ("beardy", None),
        ("grizzled", None),
    ],
}  # fmt: skip

CULTURE: dict[str, Entries] = {
    "superhero-title": [
        *_heroes(), ("heroic", None), ("super star(s)", "specialist"), ("bamf", None),
    ],
    "bro-culture": [
        ("crush it", "do great work"), ("crushing it", "doing great work"),
        ("[crush] code", None), ("[crushing] code", None), ("[crush] the competition", None),
        ("crushes it", "does great work"), ("kill it", "do great work"),
        ("killing it", "doing great work"), ("work hard play hard", None),
        ("work hard and play hard", None), ("play hard", None), ("party hard", None),
        ("[beer] fridge", None), ("[beer] on tap", None), ("[beers] on tap", None),
        ("drink [beer(s)]", None), ("drinking [beer(s)]", None), ("free [beer(s)]", None),
        ("[beer] o'clock", None), ("play [pool]", None), ("playing [pool]", None),
        ("kegerator", None), ("keg(s)", None), ("beer pong", None), ("beer o'clock", None),
        ("beer friday(s)", None), ("pool table", None), ("ping pong table", None),
        ("ping pong", None), ("foosball", None), ("frat", None), ("bro(s)", None),
        ("brogrammer(s)", None), ("bro culture", None), ("nerf gun(s)", None),
        ("brogramming", None), ("dudebro(s)", None), ("hardcore", None), ("hard core", None),
        ("hella", None), ("skillz", None), ("make it rain", None), ("making it rain", None),
    ],
    "profanity": [
        ("fuck*", None), ("shit*", None), ("bullshit*", None), ("badass", None),
        ("kick ass", "excellent"), ("kickass", "excellent"), ("damn", None), ("crap", None),
        ("crappy", None), ("hell of a", None), ("wtf", None), ("asshole(s)", None),
        ("bitch*", None), ("pissed", None), ("piss", None), ("pissing", None),
        ("bloody", None), ("bugger", None), ("cunt*", None), ("motherfuck*", None),
    ],
    "sexualised": [
        ("sexy", "exciting"), ("sexiest", "most exciting"), ("sex appeal", None),
        ("seductive", None), ("seduce*", None), ("hottie(s)", None), ("eye candy", None),
        ("babe(s)", None), ("hot chick(s)", None), ("bimbo(s)", None), ("milf(s)", None),
        ("slut(s)", None), ("slag(s)", None), ("hunk(s)", None), ("gay for", None),
        ("hawt", None), ("phat", None),
    ],
    "drama-free": [
        ("drama free", "respectful"), ("stress free", None), ("no drama", None),
        ("zero drama", None),
        ("no whiners", None), ("no whining", None), ("no complainers", None),
        ("thick skin", None), ("thick skinned", None), ("no snowflakes", None),
    ],
    "meritocracy": [
        ("meritocracy", "fair, transparent workplace"), ("meritocratic", "fair"),
        ("meritocracies", None),
    ],
    "empty-superlative": [
        ("world class", "strong"), ("cutting edge", "modern"), ("bleeding edge", "modern"),
        ("top of your game", None),
        *[(f"top of {who} game", None) for who in ("their", "his", "her", "the")],
        ("forefront", None), ("enlightened", None), ("synergy", None), ("synergies", None),
        ("paradigm shift(s)", None), ("blue sky thinking", None), ("best in class", "strong"),
        ("best of the best", None),
        ("industry leading", "established"), ("game changing", None), ("game changer(s)", None),
        ("state of the art", "modern"), ("next level", None), ("second to none", None),
        ("unparalleled", None), ("unrivaled", None), ("unrivalled", None),
        ("a players", None), ("top talent", None), ("top tier", None),
        ("best and brightest", None), ("best and the brightest", None), ("elite", None),
        ("rockstar team", None),
    ],
    "unrealistic-demand": [
        ("24/7", None), ("24x7", None), ("always on", None), ("always available", None),
        ("available at all times", None), ("hit the ground running", "get up to speed quickly"),
        ("hits the ground running", "gets up to speed quickly"),
        ("wear many hats", "take on varied tasks"), ("wears many hats", "takes on varied tasks"),
        ("whatever it takes", None), ("nights and weekends", None), ("fast paced", None),
        ("thrive(s) under pressure", None), ("thriving under pressure", None),
        ("work under pressure", None),
        ("high pressure", None), ("hustle", None), ("grind", None), ("not a 9 to 5", None),
        ("no 9 to 5", None), ("long hours", None), ("unlimited hours", None),
        ("do more with less", None),
    ],
    "third-person": _with_verbs([
        "the ideal candidate", "the successful candidate", "the right candidate",
        "the perfect candidate", "the ideal applicant", "the successful applicant",
        "the candidate", "the applicant", "the incumbent", "the post holder", "the jobholder",
        "the ideal person", "the right person", "the ideal hire",
    ]),
}  # fmt: skip

# English job titles in one gender only (used on the title line for the EU neutral-title rule).
GENDERED_TITLE_NOUNS = [
    "salesman", "salesmen", "saleswoman", "chairman", "foreman", "craftsman", "workman",
    "tradesman", "fireman", "policeman", "businessman", "spokesman", "cameraman", "repairman",
    "handyman", "deliveryman", "draughtsman", "draftsman", "doorman", "barman", "barmaid",
    "waitress", "stewardess", "hostess", "headmaster", "headmistress", "cleaning lady",
    "girl friday", "middleman",
]  # fmt: skip
