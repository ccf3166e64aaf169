"""The plan speaks English and French; the rules decide the same either way."""

from datetime import date

import pytest

from tactful.models import StepKind
from tactful.policy import BusinessCalendar, plan_round, status_window
from tactful.policy.wording import MESSAGES, QUOTES, say

from .helpers import at, round_

NOEL = BusinessCalendar({date(2026, 12, 25): "Noël"})


def test_every_message_and_quote_exists_in_both_languages() -> None:
    assert set(MESSAGES["en"]) == set(MESSAGES["fr"])
    assert set(QUOTES["en"]) == set(QUOTES["fr"])


@pytest.mark.parametrize("key", sorted(MESSAGES["en"]))
def test_every_message_formats(key: str) -> None:
    values = {"closes": "x", "opens": "y", "basis": "z", "round": 2, "items": "i", "date": "d",
              "said": "s", "days": "n", "why": "w"}  # fmt: skip
    assert say("fr", key, **values)
    assert say("en", key, **values)


def test_reasons_and_advice_in_french() -> None:
    iv, app = round_("2026-12-10T10:00", closing=date(2026, 12, 18))
    plan = plan_round(iv, app, NOEL, at("2026-12-10T12:00"))
    thanks, status = plan.steps
    assert thanks.reason_in("fr").startswith("À envoyer maintenant, avant le 2026-12-11T11:00")
    assert "Remerciez l'employeur" in thanks.reason_in("fr")
    assert "le 2026-12-25 est Noël" in status.reason_in("fr")
    assert "le 2026-12-26 est samedi" in status.reason_in("fr")
    assert plan.advice_in("fr") == "Une relance est prête à partir : voir les étapes à faire."
    assert thanks.reason.startswith("Send it now")
    assert "2026-12-26 is Saturday" in status.reason


def test_the_language_changes_no_date() -> None:
    iv, app = round_(decision=date(2026, 12, 4), many=True)
    assert status_window(iv, app, NOEL, "fr")[:2] == status_window(iv, app, NOEL, "en")[:2]
    step = plan_round(iv, app, NOEL, at("2026-11-30T10:00")).step(StepKind.STATUS_INQUIRY)
    assert "une semaine de plus" in step.reason_in("fr")


def test_say_words_every_message_as_formatting_it_with_the_quotes_does() -> None:
    """`say` keeps each message with the quotes already in it: the same text, for every message,
    in every language (and English for an unknown one), whatever the values hold."""
    values = {
        "closes": "2026-12-01T10:00+01:00", "opens": "{opens}", "basis": "Opens at a; b.",
        "round": 3, "date": "2026-11-30", "said": "two {weeks}", "days": "d", "why": "Noël",
        "items": "x; y",
    }  # fmt: skip
    for lang in ("en", "fr", "de"):
        known = lang if lang in MESSAGES else "en"
        for key, message in MESSAGES[known].items():
            assert say(lang, key, **values) == message.format(**QUOTES[known], **values)
