"""Guessing the company and role of an invitation, or the application it belongs to."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.calendars import Invite, company_key, guess_position
from tactful.calendars.guess import _LABELLED
from tactful.models import Application, Person

PARIS = ZoneInfo("Europe/Paris")


def invite(summary: str, description: str = "", *people: Person) -> Invite:
    return Invite(
        uid="u",
        sequence=0,
        starts_at=datetime(2026, 11, 25, 14, 0, tzinfo=PARIS),
        duration_minutes=60,
        zone="Europe/Paris",
        tzid="Europe/Paris",
        cancelled=False,
        summary=summary,
        description=description,
        organizer=people[0] if people else None,
        attendees=list(people[1:]),
    )


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Interview: Data Engineer at Acme Analytics", "Acme Analytics", "Data Engineer"),
        ("Updated invitation: Interview: Data Engineer at Acme", "Acme", "Data Engineer"),
        ("Entretien – Développeur Python (Globex)", "Globex", "Développeur Python"),
        (
            "Technical interview - Backend Engineer | Umbrella Corp",
            "Umbrella Corp",
            "Backend Engineer",
        ),
        (
            "Phone screen with Stark Industries for Site Reliability Engineer",
            "Stark Industries",
            "Site Reliability Engineer",
        ),
        ("Chef de projet chez Orange Business — entretien", "Orange Business", "Chef de projet"),
        (
            "Invitation: Product Designer interview @ Tue Nov 24, 2026 2pm - 3pm (CET) (s@x.io)",
            "",
            "Product Designer",
        ),
    ],
)
def test_company_and_role_from_the_title(summary: str, company: str, role: str) -> None:
    guess = guess_position(invite(summary))
    assert (guess.company, guess.role) == (company, role)
    assert guess.application_id is None


def test_the_employers_email_domain_names_the_company_when_the_title_does_not() -> None:
    guess = guess_position(
        invite("Data Engineer interview", "", Person("Ada", "ada@acme-analytics.co.uk"))
    )
    assert (guess.company, guess.role) == ("Acme Analytics", "Data Engineer")
    assert "acme-analytics.co.uk" in guess.basis


def test_free_mail_and_scheduling_services_are_not_employers() -> None:
    guess = guess_position(
        invite(
            "Data Engineer interview",
            "",
            Person("X", "x@gmail.com"),
            Person("Y", "no-reply@greenhouse.io"),
        )
    )
    assert guess.company == ""
    assert not guess.complete


def test_a_labelled_description_wins_over_the_title() -> None:
    guess = guess_position(
        invite("Call with Pepper", "Position: Site Reliability Engineer\nCompany: Stark Industries")
    )
    assert (guess.company, guess.role) == ("Stark Industries", "Site Reliability Engineer")


def test_people_in_the_title_are_not_taken_for_the_company() -> None:
    sam = Person("Sam Candidate", "sam@gmail.com")
    gavin = Person("Gavin Belson", "gavin@hooli.xyz")
    guess = guess_position(
        invite("Sam Candidate <> Hooli: Product Manager interview", "", gavin, sam)
    )
    assert (guess.company, guess.role) == ("Hooli", "Product Manager")


def test_an_application_already_in_tactful_is_recognised() -> None:
    apps = [
        Application(company="ACME Analytics SAS", role="Data Engineer", id=4),
        Application(company="Globex", role="Backend Engineer", id=5),
    ]
    guess = guess_position(invite("Interview: Data Engineer at Acme Analytics"), applications=apps)
    assert guess.application_id == 4
    by_domain = guess_position(
        invite("Second interview", "", Person("M", "m@globex.fr")), applications=apps
    )
    assert by_domain.application_id == 5


def test_two_applications_at_one_company_are_told_apart_by_role_or_not_at_all() -> None:
    apps = [
        Application(company="Acme", role="Data Engineer", id=1),
        Application(company="Acme", role="Data Analyst", id=2),
    ]
    assert (
        guess_position(invite("Acme: Data Analyst interview"), applications=apps).application_id
        == 2
    )
    ambiguous = guess_position(invite("Acme interview"), applications=apps)
    assert ambiguous.application_id is None


def test_company_key_ignores_case_accents_and_legal_forms() -> None:
    assert company_key("ACME S.A.S.") == company_key("Acme") == "acme"
    assert company_key("Société Générale SA") == "societe generale"


def test_labelled_lines_after_blank_lines_are_read_as_before() -> None:
    # the label's pattern keeps its leading white space on the line (it read through every
    # blank line after each line start, the square of a run's length); what it finds is the same
    as_written = re.compile("^\\s*" + _LABELLED.pattern[len("^[^\\S\\n]*") :], _LABELLED.flags)
    for text in (
        "\n\n  Position: Data engineer\n\nCompany : Acme\n",
        "\r\n\r\n\tPoste : Développeur\n \n",
        "Intro\n\n\n   role:   Analyst  \n",
        "\n" * 50 + "company: X",
    ):
        found = [m.group("label", "value") for m in _LABELLED.finditer(text)]
        assert found == [m.group("label", "value") for m in as_written.finditer(text)]
        assert found


def test_a_paragraph_after_a_label_is_not_taken_for_the_role() -> None:
    paragraph = "we will talk about your experience, the team and the next steps " * 3
    guess = guess_position(invite("Interview", f"Role: {paragraph}\nCompany: Acme"))
    assert (guess.company, guess.role) == ("Acme", "")
