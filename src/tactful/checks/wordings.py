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
        ],
        "fr": [],
    }


class SellingPoint(Wording):
    id = "missing-selling-point:wording"
    patterns: ClassVar[Patterns] = {
        "en": [
            # "at my current site I supervise…", "I was their top seller"
            "( in | at ) my ( current | previous | last | former | present )",
            "( =was | =were ) ( their | our | the ) ( top | best | leading )",
        ],
        "fr": [],
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
        ],
        "fr": [
            # "Depuis notre entretien, j'ai obtenu…", "Depuis, mon affiche a été primée"
            f"depuis ~16 ( je | mon | ma | mes | nous ) ~10 {_GAINED_FR}",
            f"je avoir ( recemment | aussi | egalement | depuis ) {_GAINED_FR}",
            "je etre ( egalement | aussi | desormais | maintenant )? ( titulaire | =diplome"
            " | =diplomee | =certifie | =certifiee | =habilite | =habilitee )",
            "je avoir ~2 ( ans | annees ) de experience",
        ],
    }


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
        ],
        "fr": [
            # (a word like "d'il" is two here: seven words cover the phrases' five)
            "( notre | nos | ce | cet | cette | ces ) ( bel | bon | riche | excellent | agreable"
            " | long | passionnant | bref )? ( echange | echanges | discussion | conversation"
            " | entretien | entretiens ) ~7 ( sur | au sujet | autour | concernant | a propos )",
            "( la | cette ) ( facon | maniere ) dont",
            "( son | sa | ses | leur ) ( question | remarque | presentation | description"
            " | exemple | explication | projet | vision | explications | questions | remarques"
            " | idee | conseil | anecdote ) ( sur | au sujet | concernant | a propos | de | du"
            " | des )",
        ],
    }


ENTHUSIASM = Enthusiasm()
SELLING_POINT = SellingPoint()
QUALIFICATION = Qualification()
REFERENCE = Reference()
