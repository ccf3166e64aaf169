"""Where a job is: the places an ad names, and the jurisdictions they bring (pure).

Jurisdictions are ISO 3166 codes (FR, DE…, US-CO…) plus EU. The ad's stated location is read
from "Location:"/"Lieu :" lines, "based in …" phrases and its first lines; only the places below
bring rules (the US states with pay-transparency laws, France, EU member states).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache

from tactful.errors import BadInput


def _by_first_letter(branches: list[str]) -> str:
    """The branches (each starting with a plain letter) as one alternation, grouped by that
    letter, in their order within a letter: the regex engine then leaves a word after one test
    per letter instead of entering every branch. Branches that start with different letters
    cannot match at the same place, so the first branch that matches is the same."""
    groups: dict[str, list[str]] = {}
    for branch in branches:
        groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


EU_MEMBERS = frozenset((
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
))  # fmt: skip
_CODE_RE = re.compile(r"^(?:EU|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$")
_ISO_3166_TEXT = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS XK YE YT ZA ZM ZW
"""
ISO_3166_COUNTRIES = frozenset(_ISO_3166_TEXT.split())
"""The ISO 3166-1 alpha-2 codes (and XK, Kosovo, as it is commonly written): a code of the
right shape that names no country ("NY" for New York, "UK") would replace the places the ad
states and silence their laws."""
_HINTS = {"UK": " (the United Kingdom is GB)"}
# French cities, regions and départements (folded: lower case, accents kept), and the adjectives
# of the big cities ("nos locaux parisiens"): a French ad names its place this way.
_FRENCH_PLACE_NAMES = [
    "paris", "parisien(?:ne)?s?", "lyon", "lyonnais(?:e|es)?", "marseille", "toulouse", "bordeaux",
    "lille", "nantes", "strasbourg", "montpellier", "rennes", "grenoble", "nice", "caen", "rouen",
    "reims", "dijon", "angers", "tours", "orléans", "orleans", "metz", "nancy", "brest", "limoges",
    "amiens", "poitiers", "clermont-ferrand", "besançon", "perpignan", "nîmes", "avignon",
    "toulon", "annecy", "chambéry", "valence", "le mans", "le havre", "saint-étienne",
    "versailles", "boulogne-billancourt", "nanterre", "courbevoie", "puteaux",
    "issy-les-moulineaux", "levallois-perret", "neuilly-sur-seine", "saint-denis", "montreuil",
    "créteil", "évry", "cergy", "massy", "saclay", "sophia antipolis", "limonest", "faverges",
    "villeurbanne", "île-de-france", "ile-de-france", "région parisienne", "hauts-de-france",
    "grand est", "normandie", "bretagne", "pays de la loire", "centre-val de loire", "bourgogne",
    "franche-comté", "nouvelle-aquitaine", "occitanie", "auvergne", "rhône-alpes",
    "auvergne-rhône-alpes", "provence", "côte d'azur", "corse", "hauts-de-seine",
    "seine-saint-denis", "val-de-marne", "val-d'oise", "yvelines", "essonne", "seine-et-marne",
    "haute-savoie", "savoie", "isère", "rhône", "gironde", "nord", "pas-de-calais",
    "bouches-du-rhône", "alpes-maritimes", "haute-garonne", "loire-atlantique", "ille-et-vilaine",
    "bas-rhin", "haut-rhin", "hérault", "var", "calvados", "finistère", "morbihan", "moselle",
    "meurthe-et-moselle", "puy-de-dôme", "côte-d'or", "doubs",
]  # fmt: skip


def normalise_jurisdictions(codes: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for raw in codes:
        for piece in raw.split(","):
            code = piece.strip().upper().replace("_", "-")
            if not code:
                continue
            country, _, region = code.partition("-")
            if (
                not _CODE_RE.match(code)
                or (code != "EU" and country not in ISO_3166_COUNTRIES)
                or (country == "US" and region and region.lower() not in _US_STATES)
            ):
                raise BadInput(
                    f"unknown jurisdiction {piece.strip()!r}{_HINTS.get(code, '')}: use an ISO "
                    "3166 code such as FR, DE, US-CO, US-NY, US-CA, US-WA, or EU",
                    code="unknown-jurisdiction",
                    field="jurisdictions",
                    values={"value": piece.strip()},
                )
            if region and country != "US":
                # Outside the US the studio knows national laws only: "FR-75" is France's
                code = country
            if code not in out:
                out.append(code)
    return tuple(out)


# --- the ad's stated location ---------------------------------------------------------------


_LOCATION_LABELS = [
    *(f"{kind} locations?" for kind in ("primary", "job", "work", "secondary")),
    "locations?", "where", "workplace", "lieu", "lieu de travail", "localisation", "adresse",
    "address", "office", "bureau", "based in", "poste basé à", "ville", "city",
]  # fmt: skip
"""The words of a "Location:" line, in the order they are tried ("work location" before
"location": (?:work )?locations? as first written)."""
_LOCATION_WORDS = "(?:" + "|".join(_LOCATION_LABELS) + r")\b"
LOCATION_LINE_RE = re.compile(r"[\s#*>_-]*" + _LOCATION_WORDS + r"[*_\s]*[:：-]?(.*)")
"""A "Location: …" line, matched from the line's start to its end (group 1: the place)."""
# The lines where LOCATION_LINE_RE matches, found in one pass over the text: its start, with
# white space that is not a line break (what \s matches inside one line); what follows the
# words always matches.
# Searched in the text with a line break in front, so that the engine skips from line break to
# line break ("^" in multi-line mode is tried at every position).
SPACE_IN_LINE = "\t\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
r"""The characters of [^\S\n] (white space that is not a line break), as a character class's
body: with [#*>_-], one class the engine tests in one step, where (?:[^\S\n]|[#*>_-])* (the
definition) enters a repeat of two branches at every line (tests/ads/test_ad_places_word_gates.py
holds the class to [^\S\n] on every character)."""
_LOCATION_LINE_START_RE = re.compile(
    rf"\n[{SPACE_IN_LINE}#*>_-]*(?:" + _by_first_letter(_LOCATION_LABELS) + r")\b"
)


def location_lines(folded: str, longest: int = 300) -> list[str]:
    """What follows "Location:", "Lieu :"… on the lines of `folded` that start so (lines
    longer than `longest` are prose, not a label), in order: group 1 of LOCATION_LINE_RE
    matched on each line, when it holds more than white space."""
    out: list[str] = []
    for start in _LOCATION_LINE_START_RE.finditer("\n" + folded):
        begin = start.start()  # the line's start in `folded` (one character was put in front)
        end = folded.find("\n", begin)
        if end < 0:
            end = len(folded)
        if end - begin > longest:
            continue
        match = LOCATION_LINE_RE.match(folded, begin, end)
        if match is not None and match.group(1).strip():
            out.append(match.group(1))
    return out


# On the scanning stream (punctuation as spaces, one space in front): "based in Paris".
_LOCATED_WORDS = ("based", "located", "situé", "située", "basé", "basée")
LOCATED_RE = re.compile(r" (?:" + "|".join(_LOCATED_WORDS) + r")\s+(?:in|at|à|en|au|near)\s+")


def _matches_at_words(
    pattern: re.Pattern[str], scan: str, words: Container[str], firsts: Iterable[str]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(scan)`, for a regex whose every match starts with a space and one of
    `firsts`, a whole word of the stream (white space follows it): the regex is matched only
    where a space and one of those words are, and not at all when `words` (the stream's words,
    as AdDocument.word_counts counts them) holds none. Tried at every space of the ad, it cost
    more than these look-ups; most ads hold none of the words, or one or two."""
    starts: set[int] = set()
    for word in firsts:
        if word in words:
            needle = " " + word
            at = scan.find(needle)
            while at >= 0:
                starts.add(at)
                at = scan.find(needle, at + 1)
    end = 0  # where the last match ended: finditer goes on from there
    for at in sorted(starts):
        if at >= end:
            match = pattern.match(scan, at)
            if match is not None:
                yield match
                end = match.end()


_PLACE_TEXT_RE = re.compile(r"[^.\n;]{2,60}")
_PLACE_NAMES: list[tuple[str, list[str], list[str]]] = [
    ("US-CO", [r"\bcolorado\b", r",\s*co\b", r"\bus-co\b"], [
        "denver", "boulder", "colorado springs", "fort collins", "aurora, co", "lakewood, co",
        "golden, co",
    ]),
    ("US-NY", [r"\bnew york\b", r",\s*ny\b", r"\bnyc\b", r"\bus-ny\b"], [
        "brooklyn", "manhattan", "queens", "the bronx", "buffalo", "albany", "soho",
        "rochester, ny",
    ]),
    ("US-CA", [r"\bcalifornia\b", r",\s*ca\b", r"\bus-ca\b"], [
        "san francisco", "los angeles", "san diego", "san jose", "oakland", "palo alto",
        "mountain view", "sacramento", "sunnyvale", "santa clara", "irvine",
    ]),
    ("US-WA", [r"\bwashington state\b", r",\s*wa\b", r"\bus-wa\b"], [
        "seattle", "tacoma", "spokane", "bellevue", "redmond", "olympia",
    ]),
    ("FR", [r"\bfrance\b", r"\bfr-"], _FRENCH_PLACE_NAMES),
    ("DE", [], [
        "germany", "deutschland", "allemagne", "berlin", "munich", "münchen", "hamburg",
        "frankfurt", "cologne", "köln", "stuttgart", "düsseldorf",
    ]),
    ("ES", [], ["spain", "espagne", "españa", "madrid", "barcelona", "barcelone", "valencia"]),
    ("IT", [], ["italy", "italie", "italia", "milan", "milano", "rome", "roma", "turin", "torino"]),
    ("NL", [], ["netherlands", "pays-bas", "amsterdam", "rotterdam", "utrecht", "eindhoven"]),
    ("BE", [], [
        "belgium", "belgique", "brussels", "bruxelles", "antwerp", "anvers", "ghent", "gand",
    ]),
    ("IE", [], ["ireland", "irlande", "dublin", "cork", "galway"]),
    ("PT", [], ["portugal", "lisbon", "lisbonne", "lisboa", "porto"]),
    ("AT", [], ["austria", "autriche", "vienna", "vienne", "wien"]),
    ("SE", [], ["sweden", "suède", "stockholm", "gothenburg"]),
    ("PL", [], ["poland", "pologne", "warsaw", "varsovie", "kraków", "krakow"]),
    ("LU", [], ["luxembourg"]),
    ("DK", [], ["denmark", "danemark", "copenhagen", "copenhague"]),
    ("FI", [], ["finland", "finlande", "helsinki"]),
]  # fmt: skip
"""The places that bring rules, by jurisdiction: branches tried first (a state, ", co"), then
names (whole words)."""
_PLACE_BRANCHES: list[tuple[str, list[str]]] = [
    (code, [*first, *(rf"\b{name}\b" for name in names)]) for code, first, names in _PLACE_NAMES
]
"""Each jurisdiction's places as one list of branches, in the order they are tried."""
_JURISDICTIONS = tuple(code for code, _, _ in _PLACE_NAMES)
"""The jurisdictions places bring, in the order `jurisdictions_of` gives them."""


@lru_cache(maxsize=1)
def _places() -> list[tuple[str, re.Pattern[str]]]:
    """Each jurisdiction's places as one regex: the definition (the tests hold the fast
    readings to it), compiled when asked for, not at import."""
    return [(code, re.compile("|".join(branches))) for code, branches in _PLACE_BRANCHES]


# Places that say where a job is without bringing rules: "Columbus, OH", country names.
_US_STATES = [
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in",
    "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
    "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
    "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
]  # fmt: skip
_US_STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
    "minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    "new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|"
    "south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|"
    "wisconsin|wyoming|chicago|boston|atlanta|austin|dallas|houston|miami|philadelphia|"
    "portland|phoenix|detroit|minneapolis|pittsburgh|salt lake city|las vegas"
)
_TOWN_STATE = r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+)*, (?:" + "|".join(_US_STATES) + r")\b"
_COUNTRIES_AND_CITIES = (
    "united states|usa|united kingdom|uk|england|scotland|wales|canada|australia|"
    "new zealand|switzerland|suisse|norway|norvège|japan|japon|india|inde|singapore|"
    "singapour|brazil|brésil|mexico|mexique|morocco|maroc|tunisia|tunisie|senegal|sénégal|"
    "québec|quebec|london|londres|toronto|montréal|montreal|geneva|genève|zurich|"
    "royaume-uni|états-unis|etats-unis"
)
_NAMED_PLACE = (
    r"\b(?:" + _US_STATE_NAMES + r")\b|\bus-[a-z]{2}\b|\b(?:" + _COUNTRIES_AND_CITIES + r")\b"
)
ANY_PLACE = _TOWN_STATE + "|" + _NAMED_PLACE
"""A town and its state ("Columbus, oh"), a US state, a country or a big city: the definition,
kept as text (the tests compile it to hold the fast reading below to it)."""
# How names_a_place reads ANY_PLACE, as fast: a town before ", oh" is at least one letter,
# so the state is looked for first (after its literal ", ") and then the letter before it (the
# whole regex, tried at every position, walks every run of words to its end).
_COMMA_STATE_RE = re.compile(r", (?:" + "|".join(_US_STATES) + r")\b")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _by_first_character(branches: list[str]) -> str:
    """Branches that each start with \\b and a letter, or with a comma, as one alternation
    grouped by that first character (see `_by_first_letter`; a comma and a letter cannot match
    at the same place): the word boundary is tested once, and the regex engine leaves a
    position after one test per first character instead of entering every branch."""
    words = [branch.removeprefix(r"\b") for branch in branches if branch.startswith(r"\b")]
    others = [branch for branch in branches if not branch.startswith(r"\b")]
    return "|".join(
        [
            *([_by_first_letter(others)] if others else []),
            *([r"\b(?:" + _by_first_letter(words) + ")"] if words else []),
        ]
    )


@lru_cache(maxsize=1)
def _all_places() -> re.Pattern[str]:
    """Every place of `_places()` in one regex, one named group per jurisdiction (US-CO ->
    US_CO): the definition of what `place_codes` finds."""
    return re.compile(
        "|".join(f"(?P<{code.replace('-', '_')}>{pattern.pattern})" for code, pattern in _places())
    )


@lru_cache(maxsize=1)
def _place_finder() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """`_all_places()` as fast: its branches grouped by their first character
    (`_by_first_character`: at a position, the branches that can match there are tried in
    the same order, so the matches are the same), each branch ending with an empty group
    whose number says its jurisdiction (`Match.lastindex`). The regex as written tries the
    nineteen jurisdictions, and in each its branches, at every word of the text."""
    flat = [(code, branch) for code, branches in _PLACE_BRANCHES for branch in branches]
    pattern = re.compile(
        _by_first_character([f"{branch}(?P<p{i}>)" for i, (_, branch) in enumerate(flat)])
    )
    codes = [""] * (pattern.groups + 1)
    for name, number in pattern.groupindex.items():
        codes[number] = flat[int(name[1:])][0]
    return pattern, tuple(codes)


def place_codes(text: str) -> list[tuple[int, int, str]]:
    """What `_all_places().finditer(text)` finds: the span of each place and its
    jurisdiction."""
    pattern, codes = _place_finder()
    return [(*m.span(), codes[m.lastindex or 0]) for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def _place_name_re() -> re.Pattern[str]:
    """A name of `_NAMED_PLACE` or of `_places()`, found in one search: every name, grouped by
    its first character (whether one is found does not depend on the order they are tried)."""
    return re.compile(
        _by_first_character(
            [
                *(rf"\b{name}\b" for name in _US_STATE_NAMES.split("|")),
                r"\bus-[a-z]{2}\b",
                *(rf"\b{name}\b" for name in _COUNTRIES_AND_CITIES.split("|")),
                *(branch for _, branches in _PLACE_BRANCHES for branch in branches),
            ]
        )
    )


def names_a_place(text: str) -> bool:
    """Whether `text` (folded) names a city, state or country we know."""
    if ", " in text:
        for state in _COMMA_STATE_RE.finditer(text):
            if state.start() and _LETTER_RE.match(text, state.start() - 1):
                return True
    return _place_name_re().search(text) is not None


def jurisdictions_of(places: Iterable[str]) -> tuple[str, ...]:
    """The jurisdictions the places bring, in the order of `_JURISDICTIONS`."""
    found = {code for place in places for *_, code in place_codes(place)}
    return tuple(code for code in _JURISDICTIONS if code in found)


def located_phrases(folded: str, scan: str, words: Container[str]) -> list[str]:
    """Places named after 'based in', 'located in', 'basé à'… (folded text, its stream and the
    stream's words)."""
    out: list[str] = []
    for match in _matches_at_words(LOCATED_RE, scan, words, _LOCATED_WORDS):
        place = _PLACE_TEXT_RE.match(folded, match.end() - 1)
        if place is not None:
            out.append(place.group())
    return out


# --- where the job is, read anywhere in the ad ---------------------------------------------
# What follows these says where the job is done ("based in", "working from our … office",
# "présence régulière à", "réunions à"); what follows the weak ones says where the company is
# ("headquartered in", "offices in"), which counts only when nothing else names a place.
# Run on the scanning stream (punctuation as spaces, one space in front): each regex starts
# with a literal space, which the regex engine finds fast (tactful.ads.lexicon), then its
# branches grouped by their first letter.
_AFTER = r"(?:in|at|out of|near|from|à|a|au|aux|en|dans|sur)\s+"
_NEAR = r"\s+(?:[\w']+\s+){0,%d}"
"""White space and up to so many words (a "%" format)."""
_OUR_PLACE = r"\s+our\s+(?=[^\n;]{2,40}?\s(?:office|offices|hq|headquarters|campus|studio|hub)\b)"
_ADJECTIVE = r"\s+(?=[a-zà-ÿ]+(?:ien|iens|ienne|iennes|ais|aise|aises)\b)"


# Each branch is written without the space in front; the space comes once, in front of all.
_JOB_PLACE_RE = re.compile(
    " (?:"
    + _by_first_letter([
        *(
            rf"{word}\s+{_AFTER}"
            for word in (
                "based", "located", "situated", "situé", "située", "situés", "situées", "basé",
                "basée", "basés", "basées", "implanté", "implantée",
            )
        ),
        *(
            word + _NEAR % 2 + r"(?:à|au|aux|en|sur|dans)\s+"
            for word in ("présence", "presence", "réunions?", "rencontres?", "déplacements?")
        ),
        r"jours?\s+par\s+semaine\s+(?:à|au|en|dans|sur)\s+",
        *(
            word + _NEAR % 3 + r"(?:in|at|from)\s+"
            for word in (
                "hybrid", "on-?site", "in-office", r"in\s+office", r"days?\s+(?:a|per)\s+week",
            )
        ),
        *(word + _NEAR % 2 + r"(?:à|au|en|de)\s+" for word in ("bureaux", "locaux", "agence")),
        *(word + _OUR_PLACE for word in ("from", "in", "at", "to")),
        *(word + _ADJECTIVE for word in ("locaux", "bureaux", "agences?")),
    ])
    + ")"
)  # fmt: skip
_HEADQUARTERS = ("headquartered", "headquarters", "hq")
_INSTALLED = (
    "installé", "installée", "installés", "installées", "établi", "établie", "établis", "établies",
)  # fmt: skip
_COMPANY_PLACE_RE = re.compile(
    " (?:"
    + _by_first_letter([
        *(word + r"\s+(?:is\s+|are\s+)?(?:\w+\s+)?(?:in|at)\s+" for word in _HEADQUARTERS),
        r"siège\s+(?:social\s+)?(?:est\s+)?(?:à|au|en)\s+",
        r"offices?\s+(?:\w+\s+){0,2}(?:in|at|à|en)\s+",
        *(word + r"\s+(?:depuis\s+[\w ]{2,20}?\s+)?(?:à|au|aux|en|dans)\s+" for word in _INSTALLED),
    ])
    + ")"
)  # fmt: skip
_COMPANY_WORDS = (*_HEADQUARTERS, "siège", "office", "offices", *_INSTALLED)
"""The words a match of _COMPANY_PLACE_RE starts with (after its space)."""
_BASED_RE = re.compile(r"-based\b")
_BEFORE_BASED_RE = re.compile(r"[^\W\d_][\w.' ]{0,29}$")
_PLACE_AFTER_RE = re.compile(r"[^.\n;!?]{2,80}")
_JOB_WORDS_RE = re.compile(
    r"\b(?:role|position|job|hybrid|remote|work|working|based|days|poste|télétravail|"
    r"présence|vous|you will|you'll)\b"
)
_LA_DEFENSE_RE = re.compile(r"\b(?:[Pp]aris[ -])?[Ll]a Défense\b")
# [0-9]{5} written with its first digit apart: a pattern that starts with a character class
# lets the regex engine skip to the digits (twice as fast over a whole ad)
_FIVE_DIGITS_RE = re.compile(r"[0-9][0-9]{4}(?![0-9])")
_TOWN_AFTER_RE = re.compile(r"\s+[A-Z][\w'-]{2,30}")
_CITY_BEFORE_RE = re.compile(r"(?:Paris|Lyon|Marseille)\s+$")
# "à Bordeaux (33)", "Saint-Jean-de-Luz (64)", "Ajaccio (2A)": a town with its département
# number in brackets, as French ads write where a job is: the number says France. Only after
# "à", "sur", "de", "au", a comma, a colon or a line's start ("see Appendix (12)" is no town).
_DEPARTEMENT_NUMBER = r"0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6]"
_TOWN_DEPARTEMENT_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[:,–·|] )|(?<=\bà )|(?<=\bsur )|(?<=\bde )|(?<=\bau ))"
    r"([A-ZÀ-Ý][\w'’]+(?:[ -](?:[A-ZÀ-Ý][\w'’]+|sur|sous|en|de|du|des|la|le|lès|les))*)"
    rf"\s?\(({_DEPARTEMENT_NUMBER})\)"
)


def job_places(
    text: str, folded: str, scan: str, words: Container[str]
) -> tuple[list[str], list[str]]:
    """Places the ad's body ties the job to (strong), and places it names for the company
    (weak): each a piece of folded text that may name a place. `scan` is the folded text's
    scanning stream (offsets one more than in `folded`), `words` the stream's words."""
    strong: list[str] = []
    weak: list[str] = []
    # the sentence of the last "our" match read (its end) and whether it speaks of the job:
    # the matches up to its end are in it (read once, a long sentence costs its length)
    sentence_end, of_the_job = -1, False
    for match in _JOB_PLACE_RE.finditer(scan):
        place = _PLACE_AFTER_RE.match(folded, match.end() - 1)
        if place is None:
            continue
        if " our" in match.group():
            if match.start() > sentence_end:
                start, sentence_end = _sentence_span(folded, match.start())
                of_the_job = _JOB_WORDS_RE.search(folded[start:sentence_end]) is not None
            if not of_the_job:  # "visit our office in Boulder": the company's office
                weak.append(place.group())
                continue
        strong.append(place.group())
    for match in _BASED_RE.finditer(folded):  # "a Denver-based role": the words before it
        before = _BEFORE_BASED_RE.search(folded, max(0, match.start() - 30), match.start())
        if before is not None:
            strong.append(before.group())
    # the business district, written with its capital (not "les Civils de la défense")
    if "Défense" in text:
        strong += ["paris la défense" for _ in _LA_DEFENSE_RE.finditer(text)]
    strong += _postcodes(text)
    if "(" in text:
        strong += [f"{m[1]} ({m[2]}), france" for m in town_departements(text)]
    for match in _matches_at_words(_COMPANY_PLACE_RE, scan, words, _COMPANY_WORDS):
        place = _PLACE_AFTER_RE.match(folded, match.end() - 1)
        if place is not None:
            weak.append(place.group())
    return [p.lower() for p in strong], [p.lower() for p in weak]


_DEPARTEMENT_RE = re.compile(rf"\((?:{_DEPARTEMENT_NUMBER})\)")


def town_departements(text: str) -> list[re.Match[str]]:
    """What `_TOWN_DEPARTEMENT_RE.finditer(text)` finds, found from the bracketed numbers: its
    look-behinds, tried at every position of the ad, cost more than the rest of the place
    reading. A town is one run of words on the line of its "(" (or the line before, when the
    bracket opens a line), so the regex is run only there, from where its last match ended."""
    found: list[re.Match[str]] = []
    position = 0
    # where the last bracketed number ended: a town is words, spaces and hyphens, so no match
    # starts before it (the line's start is looked for after it alone: a long line of numbers
    # costs its length, not its length for each number)
    previous = 0
    for number in _DEPARTEMENT_RE.finditer(text):
        bracket = number.start()
        line_start = text.rfind("\n", previous, max(bracket - 1, 0)) + 1
        match = _TOWN_DEPARTEMENT_RE.search(text, max(position, line_start, previous), number.end())
        if match is not None:
            found.append(match)
            position = match.end()
        previous = number.end()
    return found


def french_postcode(text: str) -> bool:
    """Whether `text` holds a French postcode with its town ("35160 Montfort-sur-Meu"): in an
    ad written in French, the address says France even when the town is not one we know."""
    return any(p[:2] in _DEPARTEMENT_NUMBERS for p in _postcodes(text))


_DEPARTEMENT_NUMBERS = frozenset([f"{n:02d}" for n in range(1, 96)] + ["97"])
"""A French postcode's first two digits: a département (Corsica's are 20…), or 97 overseas."""


def _postcodes(text: str) -> list[str]:
    """French postcodes with their town ("69760 Limonest", "Paris 75007")."""
    out: list[str] = []
    if not _five_digits(text):
        return out  # _FIVE_DIGITS_RE matches five digits in a row: it would find nothing
    for match in _FIVE_DIGITS_RE.finditer(text):
        if match.start() and text[match.start() - 1].isdigit():
            continue
        town = _TOWN_AFTER_RE.match(text, match.end())
        if town is not None:
            out.append(match.group() + town.group())
        elif _CITY_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            out.append(text[max(0, match.start() - 12) : match.end()])
    return out


_ONE_DIGIT = bytes.maketrans(b"0123456789", b"0000000000")


def _five_digits(text: str) -> bool:
    """Whether `text` holds five ASCII digits in a row (what [0-9]{5} matches): its UTF-8
    bytes with every digit as "0" hold "00000" (no byte of a character beyond ASCII is one).
    Encoding and translating cost half the regex's scan for its first digit, which reads the
    whole ad when none is there (most ads)."""
    return b"00000" in text.encode("utf-8", "surrogatepass").translate(_ONE_DIGIT)


def _sentence_span(folded: str, offset: int) -> tuple[int, int]:
    """The sentence around `offset`: from after the last full stop or line break before it to
    the first at or after it (every offset up to that end has the same sentence)."""
    start = max(folded.rfind(".", 0, offset), folded.rfind("\n", 0, offset)) + 1
    ends = [p for p in (folded.find(".", offset), folded.find("\n", offset)) if p >= 0]
    return start, min(ends) if ends else len(folded)
