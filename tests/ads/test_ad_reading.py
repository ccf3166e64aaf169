"""Issue 10: ads read as they are written. Places stated anywhere in the text bring their
jurisdiction (through `tactful ad check`); Markdown holding inline HTML keeps its headings;
plain-text list markers are list items."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import CLI
from tactful.ads import analyse_ad
from tactful.ads.document import AdDocument, detect_format

NOW = ("--now", "2026-07-01T09:00")  # the EU directive is in force: its findings are errors
BODY = (
    "## About the role\n\nYou will keep our books and close the month with the team. "
    "We answer every applicant within two weeks.\n"
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("We are headquartered in Iowa City and grow every year.", None),
        ("Primary Location: US-CO-Boulder", "US-CO"),
        ("This is a full-time, Denver-based role.", "US-CO"),
        ("This position is based in Seattle", "US-WA"),
        ("This is a hybrid role working from our New York office 3 days per week.", "US-NY"),
        ("Des réunions à La Défense chaque semaine.", "FR"),
        ("Télétravail possible, avec une présence à Paris le lundi.", "FR"),
        ("Lieu : Faverges (Haute-Savoie, Auvergne Rhône-Alpes)", "FR"),
        ("Poste basé à Limonest (69).", "FR"),
        ("Une brasserie de 80 couverts à Bordeaux (33), sur les quais.", "FR"),
        ("Un hôtel sur Ajaccio (2A), ouvert d'avril à octobre.", "FR"),
        ("Saint-Jean-de-Luz (64) – CDI", "FR"),
    ],
)
def test_a_place_stated_anywhere_is_read(
    cli: CLI, tmp_path: Path, sentence: str, code: str | None
) -> None:
    ad = tmp_path / "ad.md"
    ad.write_text(f"# Accountant\n\n{BODY}\n{sentence}\n", encoding="utf-8")
    data = cli(*NOW, "ad", "check", ad, "--json").json()
    rules = {f["rule"] for f in data["findings"]}
    assert "location-missing" not in rules
    if code is None:
        assert data["jurisdictions"] == []
    else:
        assert data["jurisdictions"] == [code]
        assert data["jurisdiction_source"] == "location"
    if code == "US-CO":
        assert {"us-co-pay", "us-co-benefits", "us-co-deadline"} <= rules
    if code == "FR":
        assert "eu-pay" in rules


def test_the_job_place_wins_over_the_company_headquarters() -> None:
    text = (
        f"# Site Reliability Engineer\n\n{BODY}\nThis is a hybrid role working from our Dublin "
        "office 3 days per week.\n\nOur team is headquartered in New York City, with offices "
        "in Chicago and Aveiro.\n"
    )
    assert analyse_ad(text, today=date(2026, 7, 1)).jurisdictions == ("IE",)


def test_a_company_office_elsewhere_is_not_the_job_place() -> None:
    text = (
        f"# Go Engineer\n\n{BODY}\nThis role is hybrid in our Amsterdam office.\n\n## Perks\n\n"
        "- The possibility to visit our office in Boulder, CO\n"
    )
    assert analyse_ad(text, today=date(2026, 7, 1)).jurisdictions == ("NL",)


def test_a_ministry_named_de_la_defense_is_not_the_district() -> None:
    text = f"# Développeur\n\n{BODY}\nRejoignez le ministère des Civils de la défense.\n"
    report = analyse_ad(text, today=date(2026, 7, 1), lang="fr")
    assert report.jurisdictions == ()


def test_a_french_address_in_a_town_we_do_not_know_says_france() -> None:
    body = (
        "## Le poste\n\nVous tiendrez la comptabilité et préparerez les clôtures avec "
        "l'équipe. Nous répondons à chaque candidature sous quinze jours.\n"
    )
    text = f"# Comptable\n\n{body}\nMairie de Saint-Aubin – 12 place de l'Église, 35250 Chevaigné\n"
    report = analyse_ad(text, today=date(2026, 7, 1))
    assert report.jurisdictions == ("FR",)
    english = f"# Accountant\n\n{BODY}\nOffice: 10115 Mitte, open on weekdays.\n"
    assert analyse_ad(english, today=date(2026, 7, 1)).jurisdictions == ()


def test_a_firm_settled_somewhere_places_the_job_there_when_nothing_else_does() -> None:
    body = (
        "## Le poste\n\nVous tiendrez la comptabilité de nos clients. Nous répondons à chaque "
        "candidature sous quinze jours.\n"
    )
    text = f"# Comptable (H/F)\n\nUne fiduciaire installée à Bruxelles depuis vingt ans.\n\n{body}"
    assert analyse_ad(text, today=date(2026, 7, 1)).jurisdictions == ("BE",)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The hours would suit a mum looking for school-time work.", "en"),
        ("Ideal for moms returning to work.", "en"),
        ("This post would suit someone without dependants.", "en"),
        ("Libre de toute obligation familiale, vous pourrez rester tard le soir.", "fr"),
        ("Poste idéal pour une maman, horaires scolaires.", "fr"),
        ("Sans charges de famille de préférence.", "fr"),
    ],
)
def test_a_family_situation_sought_in_other_words(sentence: str, lang: str) -> None:
    text = f"# Accountant\n\n{BODY}\n{sentence}\n"
    rules = {f.rule for f in analyse_ad(text, today=date(2026, 7, 1), lang=lang).findings}
    assert "family-status" in rules


def test_hours_that_suit_everyone_are_no_family_situation() -> None:
    text = f"# Accountant\n\n{BODY}\nFlexible hours that suit your life; parents welcome.\n"
    rules = {f.rule for f in analyse_ad(text, today=date(2026, 7, 1)).findings}
    assert "family-status" not in rules


def test_a_number_in_brackets_after_any_capital_is_no_departement() -> None:
    text = f"# Accountant\n\n{BODY}\nThe duties are listed in Appendix (12) and Part (3).\n"
    assert analyse_ad(text, today=date(2026, 7, 1)).jurisdictions == ()


def _pay_stated(sentence: str) -> bool:
    text = f"# Account Executive\n\n{BODY}\nThis role is based in Dublin.\n\n{sentence}\n"
    rules = {f.rule for f in analyse_ad(text, today=date(2026, 7, 1)).findings}
    return "pay-missing" not in rules and "eu-pay" not in rules


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("You will exceed a quota of €1.8M in annual recurring revenue.", False),
        ("You will build a pipeline of enterprise deals worth €100k and more.", False),
        ("We raised €20M last year and our annual budget is €5M.", False),
        ("Base salary €60k a year, plus commission on deals worth €100k and more.", True),
        ("OTE of €120,000 on a quota of €900,000 in annual revenue.", True),
        ("Salary: €55,000–€65,000 a year.", True),
    ],
)
def test_the_business_s_money_is_not_pay_unless_pay_is_named(sentence: str, stated: bool) -> None:
    assert _pay_stated(sentence) is stated


MARKDOWN_WITH_HTML = """# Data Analyst

## About the role

You will build the dashboards our sales team reads every morning.

## What you will do

- Build dashboards
- Answer questions from sales

## What you bring

- SQL

<!--more-->

## How to apply

Write to <a href="mailto:jobs@acme.example">jobs@acme.example</a>.

## What we offer

\\- Health insurance
\\- 25 days off
"""


def test_markdown_with_an_inline_link_keeps_its_headings(cli: CLI, tmp_path: Path) -> None:
    assert detect_format(MARKDOWN_WITH_HTML) == "markdown"
    ad = tmp_path / "ad.md"
    ad.write_text(MARKDOWN_WITH_HTML, encoding="utf-8")
    data = cli(*NOW, "ad", "check", ad, "--json").json()
    assert data["format"] == "markdown"
    assert [f for f in data["findings"] if f["rule"] == "missing-section"] == []


def test_inline_tags_are_not_read_as_words_but_spans_stay_exact() -> None:
    doc = AdDocument.read(MARKDOWN_WITH_HTML)
    assert "href" not in doc.text
    assert "more" not in doc.text
    start = doc.text.index("jobs@acme.example")
    source_start, _ = doc.source_span(start, start + 4)
    assert MARKDOWN_WITH_HTML[source_start:].startswith("jobs@acme.example")


def test_a_real_html_page_is_still_html() -> None:
    page = "<!DOCTYPE html><html><body><h1>Nurse</h1><p>Join us.</p></body></html>"
    assert detect_format(page) == "html"
    assert detect_format("<div><p>One</p><p>Two</p></div>") == "html"


def test_plain_text_list_markers_are_list_items() -> None:
    text = "Role\n\n· Build dashboards\n\\- Answer questions\n• Write reports\n1) Present them\n"
    doc = AdDocument.read(text, "text")
    assert sum(1 for line in doc.lines if line.bullet) == 4
