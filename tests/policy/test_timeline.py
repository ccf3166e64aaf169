"""What the employer said about timing becomes a decision date."""

from datetime import date

import pytest

from tactful.errors import BadInput
from tactful.policy import BusinessCalendar, parse_timeline

WED = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("two weeks", date(2026, 12, 9)),
        ("Two weeks.", date(2026, 12, 9)),
        ("within 10 days", date(2026, 12, 5)),
        ("10 business days", date(2026, 12, 9)),
        ("5 working days", date(2026, 12, 2)),
        ("end of next week", date(2026, 12, 4)),
        ("end of this week", date(2026, 11, 27)),
        ("next week", date(2026, 12, 4)),
        ("by Friday", date(2026, 11, 27)),
        ("Monday", date(2026, 11, 30)),
        ("by Wednesday", date(2026, 12, 2)),
        ("tomorrow", date(2026, 11, 26)),
        ("end of the month", date(2026, 11, 30)),
        ("a couple of weeks", date(2026, 12, 9)),
        ("2026-12-18", date(2026, 12, 18)),
        ("sous deux semaines", date(2026, 12, 9)),
        ("d'ici vendredi", date(2026, 11, 27)),
        ("d’ici vendredi", date(2026, 11, 27)),
        ("fin de la semaine prochaine", date(2026, 12, 4)),
        ("la semaine prochaine", date(2026, 12, 4)),
        ("dans 10 jours", date(2026, 12, 5)),
        ("10 jours ouvrés", date(2026, 12, 9)),
        ("sous quinzaine", date(2026, 12, 9)),
        ("sous huitaine", date(2026, 12, 2)),
        ("fin du mois", date(2026, 11, 30)),
        ("vendredi prochain", date(2026, 11, 27)),
    ],
)
def test_phrases(phrase: str, expected: date) -> None:
    assert parse_timeline(phrase, WED) == expected


def test_business_days_skip_holidays() -> None:
    calendar = BusinessCalendar({date(2026, 11, 26): "Thanksgiving Day"})
    assert parse_timeline("2 business days", WED, calendar) == date(2026, 11, 30)


@pytest.mark.parametrize("phrase", ["soon", "whenever they can", "0 days", "", "2026-13-40"])
def test_unparseable_phrases_are_a_clear_error_listing_accepted_forms(phrase: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_timeline(phrase, WED)
    message = caught.value.message
    assert "\n" not in message
    assert "two weeks" in message or "between 1 and 366" in message
