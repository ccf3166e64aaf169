"""Which application (and round) a message is about. Pure: the index is built from values.

In order of trust: a reply to a Message-ID tactful sent (In-Reply-To/References); a sender
who is an interviewer or the contact; a sender at the company's own mail domain (learned from
those addresses, never a public webmail domain); an applicant-tracking system's sender whose
message names the company.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from tactful.calendars.guess import company_key
from tactful.models import Application, Interview, Person

WEBMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.fr",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.co.uk",
        "live.com",
        "live.fr",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.co.uk",
        "ymail.com",
        "rocketmail.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "protonmail.ch",
        "pm.me",
        "gmx.com",
        "gmx.fr",
        "gmx.de",
        "gmx.net",
        "web.de",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "neuf.fr",
        "bbox.fr",
        "numericable.fr",
        "fastmail.com",
        "fastmail.fm",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "tutanota.com",
        "tuta.io",
        "hey.com",
        "mailbox.org",
        "posteo.de",
        "posteo.net",
    ]
)
"""Everyone's domain: an address there says nothing about an employer."""

ATS_DOMAINS = {
    "greenhouse.io": "Greenhouse",
    "greenhouse-mail.io": "Greenhouse",
    "lever.co": "Lever",
    "myworkday.com": "Workday",
    "workday.com": "Workday",
    "smartrecruiters.com": "SmartRecruiters",
    "ashbyhq.com": "Ashby",
    "teamtailor.com": "Teamtailor",
    "teamtailor-mail.com": "Teamtailor",
    "welcometothejungle.com": "Welcome to the Jungle",
    "wttj.co": "Welcome to the Jungle",
    "workablemail.com": "Workable",
    "workable.com": "Workable",
    "recruitee.com": "Recruitee",
    "jobvite.com": "Jobvite",
    "icims.com": "iCIMS",
    "personio.de": "Personio",
    "personio.com": "Personio",
    "bamboohr.com": "BambooHR",
    "breezy.hr": "Breezy HR",
    "successfactors.com": "SAP SuccessFactors",
    "taleo.net": "Taleo",
    "flatchr.io": "Flatchr",
    "digitalrecruiters.com": "Digital Recruiters",
    "jazzhr.com": "JazzHR",
}
"""Applicant-tracking systems: they write for many companies, so the company is read from the
message itself."""


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def _within(domain: str, known: str) -> bool:
    return domain == known or domain.endswith("." + known)


def ats_name(address: str) -> str | None:
    domain = domain_of(address)
    return next((name for d, name in ATS_DOMAINS.items() if _within(domain, d)), None)


def is_webmail(domain: str) -> bool:
    return any(_within(domain, d) for d in WEBMAIL)


@dataclass(frozen=True, slots=True)
class Match:
    application_id: int
    interview_id: int
    how: str
    """thread, address, domain or ats."""
    person: Person | None = None
    """The interviewer or contact it is from (inbox) or to (Sent folder)."""


@dataclass
class Index:
    """What matching needs, built once per scan."""

    applications: dict[int, Application] = field(default_factory=dict)
    rounds: dict[int, list[Interview]] = field(default_factory=dict)
    by_message_id: dict[str, int] = field(default_factory=dict)
    by_address: dict[str, tuple[int, Person]] = field(default_factory=dict)
    by_domain: dict[str, set[int]] = field(default_factory=dict)
    companies: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)

    @classmethod
    def build(
        cls,
        applications: Iterable[Application],
        interviews: Iterable[Interview],
        sent_ids: dict[str, int],
    ) -> Index:
        index = cls()
        for app in applications:
            assert app.id is not None
            index.applications[app.id] = app
            if app.contact is not None and app.contact.email:
                index._person(app.id, app.contact)
            key = company_key(app.company)
            if len(key) >= 3:
                index.companies.append((app.id, re.compile(rf"\b{re.escape(key)}\b")))
        for iv in interviews:
            index.rounds.setdefault(iv.application_id, []).append(iv)
            for person in iv.interviewers:
                if person.email:
                    index._person(iv.application_id, person)
            ids = [f.message_id for f in iv.follow_ups] + [n.message_id for n in iv.notes]
            for mid in ids:
                if mid and iv.id is not None:
                    index.by_message_id[_bare(mid)] = iv.id
        for mid, interview_id in sent_ids.items():
            index.by_message_id.setdefault(_bare(mid), interview_id)
        return index

    def _person(self, app_id: int, person: Person) -> None:
        address = person.email.lower()
        self.by_address.setdefault(address, (app_id, person))
        domain = domain_of(address)
        if domain and not is_webmail(domain):
            self.by_domain.setdefault(domain, set()).add(app_id)

    def is_ours(self, message_id: str) -> bool:
        return _bare(message_id) in self.by_message_id

    def interview(self, interview_id: int) -> Interview | None:
        for rounds in self.rounds.values():
            for iv in rounds:
                if iv.id == interview_id:
                    return iv
        return None

    def round_for(self, app_id: int, when: datetime | None) -> int | None:
        """The round a message of `when` is about: the latest one that had started."""
        rounds = [iv for iv in self.rounds.get(app_id, []) if not iv.cancelled]
        if not rounds:
            return None
        started = [iv for iv in rounds if when is None or iv.starts_at <= when]
        chosen = max(started or rounds, key=lambda iv: iv.round)
        return chosen.id

    def match_incoming(
        self,
        sender: Person,
        *,
        in_reply_to: str = "",
        references: Iterable[str] = (),
        when: datetime | None = None,
        text: str = "",
    ) -> Match | None:
        """The application an incoming message is about, or None. `text` (subject, body)
        is read only for applicant-tracking senders."""
        for mid in [in_reply_to, *references]:
            if mid and (found := self.by_message_id.get(_bare(mid))) is not None:
                iv = self.interview(found)
                if iv is not None:
                    person = self.by_address.get(sender.email.lower(), (0, None))[1]
                    return Match(iv.application_id, found, "thread", person)
        address = sender.email.lower()
        if address in self.by_address:
            app_id, person = self.by_address[address]
            return self._at(app_id, when, "address", person)
        domain = domain_of(address)
        if domain and not is_webmail(domain) and ats_name(address) is None:
            apps = {a for d, ids in self.by_domain.items() if _within(domain, d) for a in ids}
            if len(apps) == 1:
                return self._at(apps.pop(), when, "domain", None)
            if apps:
                return self._latest(apps, when, "domain")
        if ats_name(address) is not None:
            folded = company_key(f"{sender.name} {text}")
            apps = {app_id for app_id, pattern in self.companies if pattern.search(folded)}
            if apps:
                return self._latest(apps, when, "ats")
        return None

    def match_sent(self, recipients: Iterable[Person], when: datetime | None) -> list[Match]:
        """A message in the Sent folder: the rounds whose interviewer or contact it went to."""
        found: list[Match] = []
        for person in recipients:
            entry = self.by_address.get(person.email.lower())
            if entry is not None:
                match = self._at(entry[0], when, "address", entry[1])
                if match is not None and match not in found:
                    found.append(match)
        return found

    def _at(
        self, app_id: int, when: datetime | None, how: str, person: Person | None
    ) -> Match | None:
        round_id = self.round_for(app_id, when)
        return Match(app_id, round_id, how, person) if round_id is not None else None

    def _latest(self, apps: set[int], when: datetime | None, how: str) -> Match | None:
        """Several applications fit: the one whose round started last before the message."""
        best: tuple[datetime, int] | None = None
        for app_id in apps:
            round_id = self.round_for(app_id, when)
            iv = self.interview(round_id) if round_id is not None else None
            if iv is not None and (best is None or iv.starts_at > best[0]):
                best = (iv.starts_at, app_id)
        return self._at(best[1], when, how, None) if best else None

    def wants_text(self, sender: Person) -> bool:
        """An applicant-tracking sender: the company is named in the message, not the
        address."""
        return ats_name(sender.email) is not None


def _bare(message_id: str) -> str:
    return message_id.strip().strip("<>").strip().lower()
