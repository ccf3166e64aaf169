"""Specs, generated ads (which must pass their own analysis) and JobPosting JSON-LD."""

from __future__ import annotations

import copy
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tactful.ads import analyse_ad, build_job_posting, parse_spec, render_ad, validate_job_posting
from tactful.errors import BadInput
from tactful.markup import job_postings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [
    ROOT / "docs" / "examples" / "ad-spec.toml",
    ROOT / "docs" / "examples" / "ad-spec-fr.toml",
]
TODAY = date(2026, 3, 2)


def spec_data(path: Path = EXAMPLES[0]) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", EXAMPLES, ids=["en", "fr"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_generated_ads_pass_their_own_analysis(path: Path, fmt: str) -> None:
    spec = parse_spec(spec_data(path), today=TODAY)
    posting = build_job_posting(spec)
    text = render_ad(spec, fmt, posting)
    report = analyse_ad(text, today=TODAY)
    assert report.language == spec.language
    assert not report.errors
    assert report.score >= 95, [f.rule for f in report.findings]
    assert report.gender_coding.verdict in ("neutral", "feminine-coded", "strongly feminine-coded")


def test_generated_ads_pass_after_the_eu_date_and_with_every_jurisdiction() -> None:
    for path in EXAMPLES:
        spec = parse_spec(spec_data(path), today=TODAY)
        text = render_ad(spec, "md")
        report = analyse_ad(
            text, today=date(2026, 9, 1), jurisdictions=["US-CO", "US-NY", "US-CA", "US-WA", "EU"]
        )
        assert not report.errors, [f.rule for f in report.errors]


def test_french_title_gets_h_f_when_it_names_one_gender() -> None:
    spec = parse_spec(spec_data(EXAMPLES[1]), today=TODAY)
    assert render_ad(spec).startswith("# Développeur back-end Python (H/F)\n")
    data = spec_data(EXAMPLES[1])
    data["title"] = "Développeur·se back-end"
    assert render_ad(parse_spec(data, today=TODAY)).startswith("# Développeur·se back-end\n")


def test_json_ld_has_google_required_and_recommended_properties() -> None:
    posting = build_job_posting(parse_spec(spec_data(), today=TODAY))
    for key in (
        "title",
        "description",
        "datePosted",
        "hiringOrganization",
        "jobLocation",
        "validThrough",
        "employmentType",
        "baseSalary",
        "directApply",
        "identifier",
    ):
        assert key in posting
    assert posting["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 115000,
            "maxValue": 135000,
            "unitText": "YEAR",
        },
    }
    assert posting["jobLocation"]["address"]["addressRegion"] == "CO"
    assert posting["identifier"]["value"] == "NW-2026-014"
    assert validate_job_posting(posting, today=TODAY) == []


def test_remote_job_is_telecommute_with_applicant_location() -> None:
    data = spec_data()
    data["location"] = {"workplace": "remote", "remote_countries": ["US", "CA"]}
    spec = parse_spec(data, today=TODAY)
    posting = build_job_posting(spec)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == [
        {"@type": "Country", "name": "US"},
        {"@type": "Country", "name": "CA"},
    ]
    assert "jobLocation" not in posting
    assert validate_job_posting(posting) == []
    assert "remote, from United States, Canada" in render_ad(spec)


def test_html_page_round_trips_through_the_markup_reader() -> None:
    spec = parse_spec(spec_data(), today=TODAY)
    posting = build_job_posting(spec)
    page = render_ad(spec, "html", posting)
    assert job_postings(page) == [posting]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("title"), "missing required field 'title'"),
        (lambda d: d["pay"].pop("max"), "missing required field 'pay.max'"),
        (lambda d: d["pay"].update(min=200000), "pay.max (135000) is below pay.min (200000)"),
        (lambda d: d["pay"].update(period="FORTNIGHT"), "'pay.period' must be one of"),
        (lambda d: d["pay"].update(currency="dollars"), "'pay.currency' must be an ISO 4217"),
        (lambda d: d["pay"].update(currency="XYZ"), "'pay.currency' must be an ISO 4217"),
        (lambda d: d.update(language="de"), "'language' must be 'en' or 'fr'"),
        (lambda d: d.update(employment_type="forever"), "'employment_type' must be one of"),
        (
            lambda d: d.update(closing_date=date(2026, 1, 1)),
            "closing_date (2026-01-01) is before date_posted",
        ),
        (lambda d: d.update(closing_date="next week"), "'closing_date' is not a date"),
        (lambda d: d["location"].update(workplace="moon"), "'location.workplace' must be one of"),
        (lambda d: d["location"].pop("city"), "missing required field 'location.city'"),
        (
            lambda d: d["location"].update(workplace="remote"),
            "missing required field 'location.remote_countries'",
        ),
        (lambda d: d["location"].update(country="USA"), "'location.country' must be an ISO"),
        (lambda d: d.update(responsibilities=[]), "missing required field 'responsibilities'"),
        (lambda d: d["requirements"].pop("must"), "missing required field 'requirements.must'"),
        (lambda d: d["process"].pop("steps"), "missing required field 'process.steps'"),
        (lambda d: d["apply"].pop("url"), "missing required field 'apply.url' or 'apply.email'"),
        (lambda d: d["apply"].update(url="ftp://x"), "'apply.url' is not an http(s) URL"),
        (lambda d: d.update(salary=3), "unknown field 'salary'"),
        (lambda d: d["pay"].update(bonus=3), "unknown field 'pay.bonus'"),
        (lambda d: d["process"].update(reply_within_days=0), "'process.reply_within_days'"),
        (lambda d: d.update(direct_apply="yes"), "'direct_apply' must be true or false"),
    ],
)
def test_spec_errors_name_the_field(change: Any, message: str) -> None:
    data = copy.deepcopy(spec_data())
    change(data)
    with pytest.raises(BadInput) as caught:
        parse_spec(data, today=TODAY)
    assert message in caught.value.message
    assert "\n" not in caught.value.message


def test_date_posted_defaults_to_today() -> None:
    data = spec_data()
    data.pop("date_posted")
    assert parse_spec(data, today=TODAY).date_posted == TODAY


# --- validating markup found on pages -------------------------------------------------------

VALID = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Cook",
    "description": "<p>Cook things.</p>",
    "datePosted": "2026-03-01",
    "validThrough": "2026-04-01T23:59",
    "employmentType": ["FULL_TIME", "PART_TIME"],
    "hiringOrganization": {"@type": "Organization", "name": "Bistro"},
    "jobLocation": {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressLocality": "Lyon", "addressCountry": "FR"},
    },
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "value": 12.5, "unitText": "HOUR"},
    },
    "directApply": True,
    "identifier": {"@type": "PropertyValue", "name": "Bistro", "value": "7"},
}


def problems(posting: dict[str, Any], **kwargs: Any) -> set[tuple[str, str]]:
    return {(p.level, p.property) for p in validate_job_posting(posting, **kwargs)}


def test_valid_posting_has_no_problems() -> None:
    assert problems(VALID) == set()


@pytest.mark.parametrize(
    "prop", ["title", "description", "datePosted", "hiringOrganization", "jobLocation"]
)
def test_missing_required_property_is_an_error(prop: str) -> None:
    posting = {k: v for k, v in VALID.items() if k != prop}
    assert ("error", prop) in problems(posting)


@pytest.mark.parametrize(
    "prop", ["validThrough", "employmentType", "baseSalary", "directApply", "identifier"]
)
def test_missing_recommended_property_is_a_warning(prop: str) -> None:
    posting = {k: v for k, v in VALID.items() if k != prop}
    assert problems(posting) == {("warning", prop)}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"datePosted": "1st of March"}, ("error", "datePosted")),
        ({"validThrough": "2026-02-01"}, ("error", "validThrough")),
        ({"employmentType": "FULLTIME"}, ("error", "employmentType")),
        (
            {"baseSalary": {"@type": "MonetaryAmount", "currency": "€", "value": 3}},
            ("error", "baseSalary.currency"),
        ),
        (
            {"baseSalary": {"@type": "MonetaryAmount", "currency": "XYZ", "value": 3}},
            ("error", "baseSalary.currency"),
        ),
        (
            {
                "baseSalary": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": {
                        "@type": "QuantitativeValue",
                        "minValue": 9,
                        "maxValue": 5,
                        "unitText": "HOUR",
                    },
                }
            },
            ("error", "baseSalary.value"),
        ),
        (
            {
                "baseSalary": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": {"@type": "QuantitativeValue", "value": 5},
                }
            },
            ("error", "baseSalary.value.unitText"),
        ),
        ({"hiringOrganization": {"@type": "Organization"}}, ("error", "hiringOrganization.name")),
        ({"jobLocation": "Lyon"}, ("error", "jobLocation")),
        ({"directApply": "maybe"}, ("error", "directApply")),
        ({"title": ""}, ("error", "title")),
    ],
)
def test_bad_values_are_errors(change: dict[str, Any], expected: tuple[str, str]) -> None:
    assert expected in problems({**VALID, **change})


def test_telecommute_needs_applicant_location_requirements() -> None:
    remote = {k: v for k, v in VALID.items() if k != "jobLocation"}
    remote["jobLocationType"] = "TELECOMMUTE"
    assert ("error", "applicantLocationRequirements") in problems(remote)
    remote["applicantLocationRequirements"] = {"@type": "Country", "name": "FR"}
    assert problems(remote) == set()


def test_expired_posting_is_a_warning() -> None:
    assert problems(VALID, today=date(2026, 5, 1)) == {("warning", "validThrough")}
