"""A schema.org JobPosting → application fields, from saved pages written for the project."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tactful.errors import BadInput
from tactful.postings import PostingDraft, country_code, load_page, read_posting, read_postings

PAGES = Path(__file__).resolve().parent.parent / "data" / "postings"
TODAY = date(2026, 11, 10)


def draft(name: str, number: int = 1, today: date = TODAY) -> PostingDraft:
    return read_postings(load_page(str(PAGES / name))).draft(number, today=today)


def test_single_json_ld_posting() -> None:
    d = draft("acme-data-engineer.html")
    assert (d.company, d.role) == ("Acme Analytics", "Data Engineer")
    assert d.closing_date == date(2026, 11, 30)
    assert d.posted_date == date(2026, 10, 15)
    assert (d.country, d.subdivision) == ("FR", "")
    assert d.url == "https://careers.acme-analytics.com/jobs/data-engineer-paris"  # canonical
    assert d.requirements.startswith("Acme Analytics helps retailers")
    assert "- 3+ years of Python and SQL" in d.requirements
    assert "<li>" not in d.requirements
    assert "&amp;" not in d.requirements
    assert d.warnings == []


def test_graph_with_a_country_object_and_doubly_escaped_html() -> None:
    d = draft("globex-graph.html")
    assert (d.company, d.role) == ("Globex", "Développeur Python (H/F)")
    assert d.country == "FR"
    assert d.url == "https://jobs.globex.fr/offres/dev-python-lyon"
    assert d.posted_date == date(2026, 10, 2)
    assert "Vous rejoindrez l'équipe produit." in d.requirements
    assert "<p>" not in d.requirements
    assert "Skills: Python, Django, PostgreSQL" in d.requirements
    assert "Qualifications: Bac+5" in d.requirements


def test_microdata_fallback_with_region_as_holiday_subdivision() -> None:
    d = draft("stark-microdata.html")
    assert (d.company, d.role) == ("Stark Industries", "Site Reliability Engineer")
    assert (d.closing_date, d.posted_date) == (date(2026, 12, 4), date(2026, 11, 2))
    assert (d.country, d.subdivision) == ("US", "CA")
    assert d.url == "https://www.stark-industries.com/careers/sre-4411"
    assert "Keep the suits online." in d.requirements


def test_a_page_with_several_postings_lists_them_and_each_can_be_read() -> None:
    postings = read_postings(load_page(str(PAGES / "jobboard-several.html")))
    assert postings.labels() == [
        "Backend Engineer (Go) — Umbrella Corp (Berlin, DE)",
        "Backend Engineer — Umbrella Corp (Munich, DEU)",
        "Frontend Developer — Initech (Hamburg, Germany)",
    ]
    second = postings.draft(2, today=TODAY)
    assert (second.role, second.country, second.subdivision) == ("Backend Engineer", "DE", "BY")
    third = postings.draft(3, today=TODAY)
    assert (third.company, third.country) == ("Initech", "DE")
    with pytest.raises(BadInput, match="posting 4 is out of range: the page lists 3"):
        postings.draft(4, today=TODAY)


def test_a_closing_date_already_past_is_kept_with_a_warning() -> None:
    d = draft("hooli-closed.html")
    assert d.closing_date == date(2026, 10, 1)
    assert (d.country, d.subdivision) == ("US", "CA")
    assert len(d.warnings) == 1
    assert "closed on 2026-10-01" in d.warnings[0]


def test_broken_json_ld_names_the_page_and_the_block() -> None:
    with pytest.raises(BadInput) as caught:
        read_postings(load_page(str(PAGES / "broken-jsonld.html")))
    assert "broken-jsonld.html: JSON-LD block 1 is not valid JSON" in caught.value.message


def test_a_page_without_a_posting_says_how_to_add_it_by_hand() -> None:
    with pytest.raises(BadInput, match=r"has no job posting .* add the application by hand") as e:
        read_postings(load_page(str(PAGES / "no-posting.html")))
    assert e.value.code == "no-posting"
    assert e.value.values["source"].endswith("no-posting.html")


@pytest.mark.parametrize(
    ("posting", "message"),
    [
        ({"@type": "JobPosting", "hiringOrganization": {"name": "Acme"}}, "has no title"),
        ({"@type": "JobPosting", "title": "Engineer"}, "has no hiringOrganization"),
    ],
)
def test_a_posting_without_title_or_company_is_refused(
    posting: dict[str, Any], message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        read_posting(posting, page_url="", today=TODAY, fetched=False)


def test_unreadable_dates_and_unknown_countries_are_warnings_not_failures() -> None:
    d = read_posting(
        {
            "title": "Engineer",
            "hiringOrganization": "Acme",
            "validThrough": "ASAP",
            "jobLocation": {"address": {"addressCountry": "Atlantis"}},
        },
        page_url="https://jobs.example.com/1",
        today=TODAY,
        fetched=True,
    )
    assert d.closing_date is None
    assert d.country == ""
    assert d.url == "https://jobs.example.com/1"
    assert any('validThrough "ASAP" is not a date' in w for w in d.warnings)
    assert any("'Atlantis'" in w and "default country" in w for w in d.warnings)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("FR", "FR"), ("fr", "FR"), ("France", "FR"), ("FRA", "FR"), ("United States", "US"),
        ("USA", "US"), ("UK", "GB"), ("United Kingdom", "GB"), ("Allemagne", "DE"),
        ("États-Unis", "US"), ("the Netherlands", "NL"), ("Côte d'Ivoire", "CI"),
        ({"@type": "Country", "name": "Germany"}, "DE"), ({"@type": "Country", "name": "ES"}, "ES"),
        (["", "Belgique"], "BE"), ("Atlantis", None), ("", None), (None, None),
    ],
)  # fmt: skip
def test_country_names_and_codes(value: object, code: str | None) -> None:
    assert country_code(value) == code
