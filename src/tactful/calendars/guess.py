"""Which application an invitation is for: an existing one it names, else a guessed company and
role read from its title (SUMMARY), its description and the interviewers' email domains.

A guess is shown to the user before anything is created; it only has to be right most of the
time and never silently wrong, so each guess says what it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tactful.calendars.invites import Invite
from tactful.models import Application
from tactful.text import strip_accents

_PREFIX = re.compile(
    r"^\s*(?:(?:updated|new|accepted|declined)\s+)?(?:invitation(?:\s+mise\s+à\s+jour)?|"
    r"canceled event|cancelled event|cancelled|canceled|annulé|annulation|rappel|reminder|"
    r"fwd?|tr|re|rescheduled|reprogrammé)\s*:\s*",
    re.IGNORECASE,
)
_GOOGLE_WHEN = re.compile(r"\s+@\s+\w{3}\s+\w{3}\s+\d{1,2}.*$")
_SEPARATORS = re.compile(r"\s+[-–—|•/:]\s+|\s*[|•]\s*|:\s+|\s+<>\s+|\s*[()\[\]]\s*")
_AT = re.compile(r"\s+(?:at|chez|@)\s+", re.IGNORECASE)
_WITH = re.compile(r"\s+(?:with|avec|for|pour)\s+", re.IGNORECASE)
_FILLER = re.compile(
    r"\b(?:job\s+)?(?:interviews?|entretiens?|entrevues?|technical|technique|tech|phone|"
    r"t[ée]l[ée]phoniques?|screens?|screening|calls?|video|vid[ée]o|visio|onsite|on-site|"
    r"final|first|second|third|\d+(?:st|nd|rd|th|er|e|ème)?\s+(?:round|tour)|round\s*\d+|"
    r"tour\s*\d+|round|d'embauche|de\s+recrutement|recrutement|hiring|meeting|r[ée]union|"
    r"rencontre|chat|invitation|for|pour|the|le|la|l'|un|une|a|an|poste\s+(?:de|d')|"
    r"position|role|rôle|poste|with|avec)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"\b(?:engineer|developer|dev|d[ée]veloppeu(?:r|se)|programmer|architect|architecte|"
    r"manager|lead|head|director|directeur|directrice|chief|officer|analyst|analyste|"
    r"scientist|designer|consultant|consultante|specialist|sp[ée]cialiste|intern|internship|"
    r"stagiaire|stage|alternant|alternance|apprenti|administrator|administrateur|assistant|"
    r"assistante|coordinator|coordinateur|coordinatrice|technician|technicien|technicienne|"
    r"ing[ée]nieur|ing[ée]nieure|chef|cheffe|responsable|charg[ée]e?|associate|accountant|"
    r"comptable|writer|r[ée]dacteur|r[ée]dactrice|recruiter|sre|devops|owner|researcher|"
    r"chercheur|chercheuse|nurse|infirmier|infirmi[èe]re|teacher|professeur|sales|"
    r"commercial|commerciale|vendeur|vendeuse|support|representative|agent|op[ée]rateur|"
    r"product|marketing|data|software|backend|frontend|full[- ]?stack|python|java)\b",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    r"^[^\S\n]*(?P<label>position|role|job|job title|poste|intitul[ée] du poste|company|"
    r"entreprise|soci[ée]t[ée]|employer|employeur)\s*:\s*(?P<value>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_SENTENCE = re.compile(
    r"(?:for the|for our|for a|pour le poste de|pour le poste d'|au poste de)\s+"
    r"(?P<role>[^.,;\n]+?)(?:\s+(?:position|role|opening|poste))?"
    r"(?:\s+(?:at|chez)\s+(?P<company>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*))?(?=[.,;\n]|$)",
)
_LONGEST_VALUE = 120
"""Longer than any job title or company name: a labelled line this long says something else."""
_COMPANY_WORDS = frozenset({"company", "entreprise", "société", "societe", "employer", "employeur"})
FREE_MAIL = frozenset(
    {
        "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "icloud", "me",
        "mac", "proton", "protonmail", "gmx", "orange", "free", "laposte", "wanadoo", "sfr",
        "aol", "zoho", "mail", "yandex", "fastmail", "hey", "tutanota", "web", "t-online",
        # Meeting and recruiting services: their domain is not the employer's.
        "zoom", "google", "calendar", "teams", "webex", "calendly", "greenhouse", "lever",
        "workday", "myworkday", "smartrecruiters", "ashbyhq", "goodtime", "teamtailor",
        "welcomekit", "welcometothejungle", "recruitee", "workable", "bamboohr", "jobvite",
        "icims", "personio", "example",
    }
)  # fmt: skip
_LEGAL_SUFFIX = re.compile(
    r"\b(?:inc|ltd|llc|plc|sa|sas|sasu|sarl|gmbh|ag|bv|nv|corp|corporation|co|company|group|"
    r"groupe|limited)\b\.?",
    re.IGNORECASE,
)


_SOURCE_WORDS = {
    "description": "the invitation's description",
    "title": "the invitation's title",
    "domain": "the interviewers' email domain ({})",
}


@dataclass(frozen=True, slots=True)
class Guess:
    company: str
    role: str
    application_id: int | None = None
    """Set when the invitation names an application already in tactful."""
    sources: tuple[tuple[str, str], ...] = ()
    """What the guess rests on, as facts each interface words itself: ("description", ""),
    ("title", ""), ("domain", "initech.com"); empty when there was nothing to guess from."""

    @property
    def complete(self) -> bool:
        return self.application_id is not None or bool(self.company and self.role)

    @property
    def basis(self) -> str:
        """What the guess rests on, in English words for the command line."""
        if self.application_id is not None:
            return f"it names {self.company}, application {self.application_id}"
        said = " and ".join(_SOURCE_WORDS[kind].format(value) for kind, value in self.sources)
        return said or "nothing: please say"


def company_key(name: str) -> str:
    """A company name reduced for comparison: "ACME S.A.S." and "Acme" give "acme"."""
    text = _fold(name).replace(".", "")
    text = _LEGAL_SUFFIX.sub(" ", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def guess_position(
    invite: Invite,
    *,
    me_email: str = "",
    me_name: str = "",
    applications: Sequence[Application] = (),
) -> Guess:
    """The application an invitation belongs to, or a guessed company and role for a new one."""
    if (known := _known_application(invite, me_email, applications)) is not None:
        return known
    domains = _employer_domains(invite, me_email)
    company, role = _from_description(invite.description)
    sources = [("description", "")] if company or role else []
    s_company, s_role = _from_summary(invite, me_name, domains)
    if (not company and s_company) or (not role and s_role):
        if not sources:
            sources.append(("title", ""))
        company, role = company or s_company, role or s_role
    if not company and domains:
        company = _title_from_domain(domains[0])
        sources.append(("domain", domains[0]))
    if role and company and company_key(role) == company_key(company):
        role = ""
    return Guess(company.strip(" .,-"), role.strip(" .,-"), None, tuple(sources))


def _fold(text: str) -> str:
    return strip_accents(text.casefold())


def _words(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", _fold(text)).strip() + " "


def _known_application(
    invite: Invite, me_email: str, applications: Sequence[Application]
) -> Guess | None:
    haystack = _words(f"{invite.summary} {invite.description}")
    labels = {_words(d.split(".")[0]).strip() for d in _employer_domains(invite, me_email)}
    matches = []
    for app in applications:
        key = company_key(app.company)
        if key and (f" {key} " in haystack or key.replace(" ", "") in labels):
            matches.append(app)
    if not matches:
        return None
    if len({a.id for a in matches}) > 1:
        by_role = [a for a in matches if f" {company_key(a.role)} " in haystack]
        if len(by_role) != 1:
            return None
        matches = by_role
    app = matches[0]
    return Guess(app.company, app.role, app.id)


def _employer_domains(invite: Invite, me_email: str) -> list[str]:
    """Registrable domains of the organizer and attendees that may be the employer's."""
    mine = me_email.rpartition("@")[2].casefold()
    found: list[str] = []
    people = [*([invite.organizer] if invite.organizer else []), *invite.attendees]
    for person in people:
        domain = person.email.rpartition("@")[2].casefold()
        if not domain or domain == mine:
            continue
        labels = domain.split(".")
        if len(labels) >= 3 and labels[-2] in {"co", "com", "ac", "org", "gov", "net", "gouv"}:
            labels = labels[-3:]
        else:
            labels = labels[-2:]
        if len(labels) < 2 or labels[0] in FREE_MAIL:
            continue
        registrable = ".".join(labels)
        if registrable not in found:
            found.append(registrable)
    return found


def _title_from_domain(domain: str) -> str:
    label = domain.split(".")[0]
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", label) if part)


def _from_description(text: str) -> tuple[str, str]:
    company = role = ""
    for match in _LABELLED.finditer(text):
        label, value = _fold(match["label"]), match["value"].strip()
        if len(value) > _LONGEST_VALUE:
            continue  # a paragraph after "Role:", not a role or a company's name
        if label in _COMPANY_WORDS:
            company = company or value
        else:
            role = role or value
    sentence = _SENTENCE.search(text) if not role else None
    if sentence is not None:
        role = sentence["role"].strip()
        company = company or (sentence["company"] or "").strip()
    return company, role


def _from_summary(invite: Invite, me_name: str, domains: list[str]) -> tuple[str, str]:
    title = invite.summary
    while (cut := _PREFIX.sub("", title)) != title:
        title = cut
    title = _GOOGLE_WHEN.sub("", title)
    people = {
        _words(p.name).strip()
        for p in [*([invite.organizer] if invite.organizer else []), *invite.attendees]
        if p.name
    }
    if me_name:
        people.add(_words(me_name).strip())
    domain_keys = {company_key(d.split(".")[0].replace("-", " ")) for d in domains}
    company = role = ""
    loose: list[str] = []
    for segment in filter(None, (s.strip() for s in _SEPARATORS.split(title))):
        parts = _AT.split(segment, maxsplit=1)
        if len(parts) == 2:
            segment, company = parts[0], company or _clean(parts[1])
        for piece in _WITH.split(segment):
            cleaned = _clean(piece)
            if not cleaned or _words(cleaned).strip() in people:
                continue
            if company_key(cleaned) in domain_keys:
                company = company or cleaned
            elif _ROLE_WORDS.search(cleaned) and not role:
                role = cleaned
            else:
                loose.append(cleaned)
    loose = [s for s in loose if s not in (company, role)]
    if not company and loose:
        company = loose.pop(0)
    if not role and loose:
        role = loose.pop(0)
    return company, role


_WHEN_WORD = re.compile(
    r"^(?:\d{1,4}(?:[:.h]\d{0,2})?(?:am|pm|h)?|"
    r"\d{1,2}(?:[:.h]\d{2})?(?:am|pm)?[-–]\d{1,2}(?:[:.h]\d{2})?(?:am|pm)?|\d{1,2}(?:st|nd|rd|th|er)?|am|pm|a\.m\.|p\.m\.|"
    r"noon|midi|midnight|minuit|today|tomorrow|aujourd'hui|demain|"
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|"
    r"avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
    r"utc|gmt|cet|cest|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|aest|"
    r"(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"at|on|from|to|until|le|à|a|de|du|au|et|and|-|–)$",
    re.IGNORECASE,
)
"""A word of a date or a time ("3", "PM", "14h30", "Nov", "CET"): a segment of nothing else
("3 PM", "Wed Nov 25 2pm - 3pm") is when, never a company or a role."""


def _is_when(text: str) -> bool:
    words = re.findall(r"[^\s,()]+", text)
    return bool(words) and all(_WHEN_WORD.match(w) for w in words)


def _clean(segment: str) -> str:
    text = _FILLER.sub(" ", segment)
    text = re.sub(r"\s+", " ", text).strip(" -–—:|,.'’\"")
    if _is_when(text):
        return ""
    return text if re.search(r"\w", text) else ""
