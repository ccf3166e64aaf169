"""find_meeting_time: the one interview start a text proposes, in English and French."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.mail import find_meeting_time

PARIS = ZoneInfo("Europe/Paris")
LONDON = ZoneInfo("Europe/London")
# Thursday 3 December 2026, 10:40 in Paris
RECEIVED = datetime(2026, 12, 3, 10, 40, tzinfo=PARIS)


def at(text: str, received: datetime = RECEIVED, zone: ZoneInfo = PARIS) -> datetime | None:
    return find_meeting_time(text, received_at=received, zone=zone)


def paris(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Are you free on Tuesday 8 December at 10:00?", paris(2026, 12, 8, 10, 0)),
        ("Would next Monday at 2pm work for you?", paris(2026, 12, 7, 14, 0)),
        ("Could you come in on Thursday, December 10 at 3:30 PM?", paris(2026, 12, 10, 15, 30)),
        (
            "Date: Tuesday 8 December\nTime: 10:00 (UK time)\nFormat: on-site",
            paris(2026, 12, 8, 10),
        ),
        ("Friday 11 December, 11:00–12:00, via Teams", paris(2026, 12, 11, 11, 0)),
        ("the 9th of December at 9.30am", paris(2026, 12, 9, 9, 30)),
        ("tomorrow at noon", paris(2026, 12, 4, 12, 0)),
        ("on 2026-12-15 at 16:00", paris(2026, 12, 15, 16, 0)),
        ("Le mardi 8 décembre à 10h, dans nos locaux.", paris(2026, 12, 8, 10, 0)),
        ("Seriez-vous disponible jeudi prochain à 14h30 ?", paris(2026, 12, 10, 14, 30)),
        ("le jeudi 10 décembre 2026 à 14 heures", paris(2026, 12, 10, 14, 0)),
        ("le lundi 14 décembre de 9h30 à 10h30", paris(2026, 12, 14, 9, 30)),
        ("demain à midi", paris(2026, 12, 4, 12, 0)),
        ("le 08/12/2026 à 10 h 15", paris(2026, 12, 8, 10, 15)),
        ("ce vendredi à 11h", paris(2026, 12, 4, 11, 0)),
        ("mercredi 9 déc. à 17h", paris(2026, 12, 9, 17, 0)),
    ],
)
def test_one_proposed_start_is_found(text: str, expected: datetime) -> None:
    assert at(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We can offer Monday 14 December at 9:30, or Tuesday 15 December at 14:00.",
        "Wednesday 8 December at 10:00",  # 8 December 2026 is a Tuesday
        "The interview will be on Tuesday 8 December.",  # no time
        "Let's talk at 10:00.",  # no day
        "Thank you for meeting me on Tuesday 1 December at 10:00.",  # in the past
        "L'entretien durera environ 1h30, le mardi 8 décembre.",  # a duration, not a time
        "Call the depot on 020 8123 4567 on Monday.",
        "Mon équipe vous rappellera à 14h.",  # "mon" is "my", not Monday
        "",
    ],
)
def test_unclear_or_absent_times_give_none(text: str) -> None:
    assert at(text) is None


def test_next_weekday_is_the_first_one_after_the_day_received() -> None:
    monday = datetime(2026, 11, 16, 9, 0, tzinfo=PARIS)
    assert at("next Monday at 10am", monday) == paris(2026, 11, 23, 10, 0)
    assert at("lundi prochain à 10h", monday) == paris(2026, 11, 23, 10, 0)
    assert at("next Thursday at 10am", monday) == paris(2026, 11, 19, 10, 0)
    assert at("this Monday at 4pm", monday) == paris(2026, 11, 16, 16, 0)


def test_a_date_without_a_year_is_the_next_such_date() -> None:
    december = datetime(2026, 12, 20, 9, 0, tzinfo=PARIS)
    assert at("Monday 4 January at 9:30", december) == paris(2027, 1, 4, 9, 30)


def test_the_day_is_read_in_the_users_zone() -> None:
    # 23:30 UTC on Monday 30 November is already Tuesday 1 December in Paris.
    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    assert at("tomorrow at 10:00", late, PARIS) == paris(2026, 12, 2, 10, 0)
    assert at("tomorrow at 10:00", late, LONDON) == datetime(2026, 12, 1, 10, 0, tzinfo=LONDON)
    assert find_meeting_time("tomorrow at 10:00", received_at=late) == datetime(
        2026, 12, 1, 10, 0, tzinfo=UTC
    )


def test_a_naive_received_time_without_a_zone_gives_none() -> None:
    assert find_meeting_time("tomorrow at 10:00", received_at=datetime(2026, 12, 1, 9)) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text: str) -> None:
    result = at(text)
    assert result is None or result > RECEIVED


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Tuesday",
                "8",
                "December",
                "at",
                "10:00",
                "2pm",
                "le",
                "mardi",
                "31",
                "février",
                "prochain",
                "next",
                "à",
                "14h30",
                "13/13",
                "2026-02-30",
                "midi",
                ",",
                "\n",
                "99:99",
            ]
        ),
        max_size=12,
    )
)
def test_never_raises_on_date_like_word_salad(words: list[str]) -> None:
    result = at(" ".join(words))
    assert result is None or result.tzinfo is PARIS
