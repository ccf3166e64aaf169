"""Dates in words with their zone, friendly fix-ups, replies and follow-ups that cannot be true,
and the applications list at scale (search, sort, pages): the web's pure parts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.models import Application, Interview, Outcome, Person
from tactful.policy import BusinessCalendar, plan_round
from tactful.web.dates import day_words, in_words, moment_words, zone_label
from tactful.web.forms import FieldErrors, application_values, person_of
from tactful.web.round_forms import reply_values, sent_at
from tactful.web.views import ApplicationRow, application_rows, paginate, search_rows, sort_rows

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 17, tzinfo=PARIS)


def test_dates_and_times_in_words_with_their_zone() -> None:
    moment = datetime(2026, 11, 26, 11, tzinfo=PARIS)
    assert moment_words(moment, "en", 2026) == "Thu 26 Nov, 11:00 CET"
    assert moment_words(moment, "fr", 2026) == "jeu. 26 nov., 11:00 CET"
    assert moment_words(moment, "en", 2025) == "Thu 26 Nov 2026, 11:00 CET"
    summer = datetime(2026, 7, 1, 9, tzinfo=PARIS)
    assert zone_label(summer) == "CEST"
    assert zone_label(datetime(2026, 7, 1, 9, tzinfo=ZoneInfo("America/Sao_Paulo"))) == "UTC-03"
    assert zone_label(datetime(2026, 7, 1, 9, tzinfo=ZoneInfo("Asia/Kolkata"))) == "IST"
    assert day_words(date(2026, 12, 1), "fr", 2026) == "mar. 1 déc."


def test_iso_dates_inside_sentences_become_words_in_the_rounds_zone() -> None:
    reason = "Send it now, before 2026-11-26T11:00+01:00. The window opens on 2026-12-04."
    assert in_words(reason, "en", PARIS, 2026) == (
        "Send it now, before Thu 26 Nov, 11:00 CET. The window opens on Fri 4 Dec."
    )
    new_york = ZoneInfo("America/New_York")
    assert in_words("before 2026-11-26T11:00+01:00", "en", new_york, 2026) == (
        "before Thu 26 Nov, 05:00 EST"
    )
    assert in_words("version 2026-13-45 stays", "en", PARIS, 2026) == "version 2026-13-45 stays"


def test_a_french_date_that_ends_a_sentence_has_one_full_stop() -> None:
    from tactful.web.i18n import shown, translator

    reason = "Facultatif, par e-mail, du 2026-12-07 au 2026-12-10. S'ouvre le 2026-12-04."
    assert in_words(reason, "fr", None, 2026) == (
        "Facultatif, par e-mail, du lun. 7 déc. au jeu. 10 déc. S'ouvre le ven. 4 déc."
    )
    assert in_words("ends 2026-12-10...", "fr", None, 2026) == "ends jeu. 10 déc...."
    opens = shown({"opens": date(2026, 12, 7)}, "fr", 2026)
    note = translator("fr")("draft.note.too_early", **opens)
    assert "s’ouvre le lun. 7 déc. Gardez ce brouillon" in note
    assert translator("fr")("today.now", when="mar. 1 déc.") == "Au mar. 1 déc."


@pytest.mark.parametrize(
    "typed",
    [
        "Pepper Potts, pepper@stark.example",
        "Pepper Potts pepper@stark.example",
        "Pepper Potts; pepper@stark.example",
        "pepper@stark.example (Pepper Potts)",
        "Pepper Potts <pepper@stark.example>",
    ],
)
def test_a_name_and_an_address_are_read_however_they_are_typed(typed: str) -> None:
    assert person_of(typed) == Person("Pepper Potts", "pepper@stark.example")


def test_an_address_without_https_is_completed_and_a_bad_one_refused() -> None:
    values = application_values(
        {"company": "Stark", "role": "Engineer", "url": "stark.example/jobs", "country": ""}
    )
    assert values["url"] == "https://stark.example/jobs"
    assert application_values({"url": "www.stark.example"}, partial=True)["url"] == (
        "https://www.stark.example"
    )
    for bad in ("javascript:alert(1)", "not an address", "ftp://stark.example"):
        with pytest.raises(FieldErrors) as refused:
            application_values({"url": bad}, partial=True)
        assert refused.value.errors["url"].code == "not-a-url"


def _interview(**fields: object) -> Interview:
    at = datetime(2026, 11, 20, 10, tzinfo=PARIS)
    return Interview(application_id=1, id=3, starts_at=at, **fields)  # type: ignore[arg-type]


def test_the_reply_and_sent_forms_read_and_leave_the_rules_to_the_core() -> None:
    """The forms read what was typed; whether it may be recorded (before the interview, in the
    future, a second reply) is the core's refusal, worded by the web (tests/web/test_notes.py,
    tests/web/test_api.py)."""
    ok = reply_values({"outcome": "offer", "at": "2026-11-24 09:00"}, zone=PARIS)
    assert ok["outcome"] is Outcome.OFFER
    assert ok["at"] == datetime(2026, 11, 24, 9, tzinfo=PARIS)
    early = reply_values({"outcome": "offer", "at": "2026-11-19 09:00"}, zone=PARIS)
    assert early["at"] < _interview().starts_at, "read as typed: the core refuses it"
    with pytest.raises(FieldErrors) as nothing:
        reply_values({"outcome": ""}, zone=PARIS)
    assert nothing.value.errors["outcome"].code == "choose-outcome"
    with pytest.raises(FieldErrors) as unknown:
        reply_values({"outcome": "maybe", "at": "soon"}, zone=PARIS)
    assert unknown.value.errors["outcome"].code == "unknown-outcome"
    assert unknown.value.errors["at"].code == "not-a-datetime"
    assert sent_at({"at": None}, zone=PARIS) is None
    assert sent_at({"at": "2026-11-21 08:00"}, zone=PARIS) == datetime(
        2026, 11, 21, 8, tzinfo=PARIS
    )
    with pytest.raises(FieldErrors) as unreadable:
        sent_at({"at": "yesterday"}, zone=PARIS)
    assert unreadable.value.errors["at"].code == "not-a-datetime"


def _rows(count: int) -> list[ApplicationRow]:
    apps = [
        Application(company=f"Company {i:04d}", role="Engineer" if i % 2 else "Analyste", id=i)
        for i in range(1, count + 1)
    ]
    plans = []
    for app in apps[: count // 2]:
        at = NOW - timedelta(days=app.id or 0)
        iv = Interview(application_id=app.id or 0, id=app.id, starts_at=at)
        plans.append(plan_round(iv, app, BusinessCalendar(), NOW))
    return application_rows(apps, plans)


def test_applications_are_searched_sorted_and_paged() -> None:
    rows = _rows(1000)
    assert len(search_rows(rows, "analyste")) == 500
    assert [r.application.id for r in search_rows(rows, "company 0042")] == [42]
    assert len(search_rows(rows, "ANALYSTE company")) == 500  # every word, any case
    newest = sort_rows(rows, "newest")
    assert newest[0].application.id == 1000
    assert sort_rows(rows, "oldest")[0].application.id == 1
    assert sort_rows(rows, "company")[0].application.company == "Company 0001"
    upcoming = sort_rows(rows, "next")
    # Applications with something still to do come first, the most pressing deadline first.
    assert all(p.steps for p in upcoming[0].plans)
    assert not upcoming[-1].plans
    page = paginate(rows, 3, 25)
    assert (page.page, page.pages, page.total, len(page.rows)) == (3, 40, 1000, 25)
    assert paginate(rows, 99, 25).page == 40  # past the end: the last page
    assert paginate([], 1).pages == 1


def test_a_placeholder_the_checker_flags_is_named_once() -> None:
    from tactful.web.drafting import leftovers

    text = "Subject: Hi\n\nThanks for [a moment from the interview].\n\nI need an answer by Friday."
    at = text.index("[a moment")
    pushy = text.index("I need")
    report = {
        "text": text,
        "leftovers": ["[a moment from the interview]"],
        "findings": [
            {"severity": "error", "start": at, "end": at + 29, "message": "placeholder left"},
            {"severity": "error", "start": pushy, "end": pushy + 19, "message": "pushy"},
            {"severity": "warning", "start": 0, "end": 4, "message": "a warning"},
        ],
    }
    left = leftovers(report)
    assert left.placeholders == ["[a moment from the interview]"]
    assert [f["message"] for f in left.errors] == ["pushy"]
    assert left
    assert not leftovers({"text": "x", "findings": [], "leftovers": []})
