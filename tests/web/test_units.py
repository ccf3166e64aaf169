"""The web app's pure parts: highlighting, field validation, words and dates, the catalogues."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tactful.models import Application, Interview, StepKind
from tactful.policy import BusinessCalendar, RoundPlan, plan_round
from tactful.web.forms import FieldErrors, application_values
from tactful.web.highlight import excerpt, pieces
from tactful.web.i18n import catalogue, choose, error_translator, from_accept_language, translator
from tactful.web.round_forms import round_changes, round_values
from tactful.web.security import is_loopback
from tactful.web.timeline import open_plans
from tactful.web.views import application_rows, coming_next, kind_from_slug

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 17, tzinfo=PARIS)
TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "tactful" / "web" / "templates"


def test_pieces_cut_the_text_at_every_span_edge() -> None:
    text = "I need an answer by Friday."
    findings: list[dict[str, Any]] = [
        {"start": 0, "end": 19, "severity": "error"},
        {"start": 16, "end": 26, "severity": "warning"},
        {"start": None, "end": None, "severity": "info"},
    ]
    cut = pieces(text, findings)
    assert "".join(p.text for p in cut) == text
    assert [(p.text, p.findings, p.severity) for p in cut] == [
        ("I need an answer", (0,), "error"),
        (" by", (0, 1), "error"),
        (" Friday", (1,), "warning"),
        (".", (), ""),
    ]
    assert cut[0].first_of == (0,)
    assert cut[1].first_of == (1,)
    assert excerpt(text, findings[1]) == "by Friday"  # spaces squeezed, ends trimmed
    assert excerpt(text, findings[2]) == ""
    outside = pieces("short", [{"start": 3, "end": 99, "severity": "info"}])
    assert [p.text for p in outside] == ["sho", "rt"]


def _plan(company: str, at: datetime, **interview: Any) -> RoundPlan:
    app = Application(company=company, role="Dev", id=1, closing_date=date(2026, 11, 20))
    iv = Interview(application_id=1, id=7, starts_at=at, **interview)
    return plan_round(iv, app, BusinessCalendar(), NOW)


def test_closed_rounds_leave_the_timeline_and_coming_next_is_sorted() -> None:
    from tactful.models import Reply

    done = _plan("Done", NOW - timedelta(days=3), replies=[Reply(NOW - timedelta(days=1))])
    soon = _plan("Soon", NOW + timedelta(days=2))
    later = _plan("Later", NOW - timedelta(days=2))
    assert open_plans([done, soon, later]) == [later, soon]
    coming = coming_next([soon, later], NOW)
    assert [(p.application.company, s.kind) for p, s in coming] == [
        ("Soon", StepKind.THANK_YOU),  # opens 27 Nov, when that interview ends
        ("Later", StepKind.STATUS_INQUIRY),  # 30 Nov: a week after its interview
        ("Soon", StepKind.STATUS_INQUIRY),
    ]
    assert [s.earliest for _, s in coming] == sorted(s.earliest for _, s in coming)
    rows = application_rows([done.application], [done], "closed")
    assert [r.state for r in rows] == ["closed"]


def test_fields_are_refused_by_name() -> None:
    with pytest.raises(FieldErrors) as refused:
        application_values(
            {"company": " ", "role": "a\nb", "closing_date": "soon", "contact": "<x>",
             "url": "ftp://x", "country": "FR"}
        )  # fmt: skip
    assert set(refused.value.errors) == {"company", "role", "closing_date", "contact", "url"}
    codes = {name: p.code for name, p in refused.value.errors.items()}
    assert codes == {
        "company": "required",
        "role": "one-line",
        "closing_date": "not-a-date",
        "contact": "not-a-person",
        "url": "not-a-url",
    }
    values = application_values({"company": " Acme ", "role": "Dev", "country": "fr"})
    assert values["company"] == "Acme"
    assert values["country"] == "FR"
    assert application_values({"notes": "x"}, partial=True) == {"notes": "x"}
    with pytest.raises(FieldErrors) as region:
        application_values({"company": "A", "role": "B", "country": "DE", "subdivision": "XX"})
    assert region.value.field == "subdivision"
    assert region.value.errors["subdivision"].code == "unknown-region"
    assert (
        application_values({"company": "A", "role": "B", "country": "de", "subdivision": "by"})[
            "subdivision"
        ]
        == "BY"
    )

    got = round_values({"at": "2026-11-25T10:00", "interviewers": "Ada <a@b.co>\n\n"}, zone=PARIS)
    assert got["at"] == datetime(2026, 11, 25, 10, tzinfo=PARIS)
    assert [p.email for p in got["interviewers"]] == ["a@b.co"]
    assert got["duration_minutes"] == 60
    with pytest.raises(FieldErrors) as bad:
        round_values({"at": "", "duration_minutes": "0", "timezone": "Moon/Base"}, zone=PARIS)
    assert set(bad.value.errors) == {"at", "duration_minutes", "timezone"}
    with pytest.raises(FieldErrors) as unreadable:
        round_values({"at": "2026-11-25 10:00", "timeline": "when the moon is blue"}, zone=PARIS)
    assert unreadable.value.field == "timeline"
    assert unreadable.value.errors["timeline"].code == "unreadable-timeline"
    assert round_changes({"decision_date": None, "timeline": "two weeks"}) == {
        "decision_date": None,
        "timeline": "two weeks",
    }
    assert round_changes({"decision_date": date(2026, 12, 1)})["timeline"] == ""


def test_languages() -> None:
    assert from_accept_language("de-DE,fr;q=0.8,en;q=0.9") == "en"
    assert from_accept_language("fr-CA") == "fr"
    assert from_accept_language("de, es;q=0.5") is None
    assert from_accept_language("fr;q=0") is None
    assert choose("", "de", "fr") == "fr"
    assert choose("en", "fr", "fr") == "en"
    assert translator("fr")("today.due", count=3) == "À envoyer maintenant : 3"
    assert translator("fr")("no.such.key") == "no.such.key"


def test_both_catalogues_hold_every_key_the_templates_use() -> None:
    en, fr = catalogue("en"), catalogue("fr")
    assert set(en) == set(fr)
    assert all(fr[k].strip() for k in fr)
    used: set[str] = set()
    sources = [p.read_text() for p in TEMPLATES.glob("*.html")]
    sources += [p.read_text() for p in (TEMPLATES.parent / "routes").glob("*.py")]
    sources += [(TEMPLATES.parent / name).read_text() for name in ("timeline.py", "drafting.py")]
    for text in sources:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_][a-z0-9_.:-]*)["']""", text))
    families = {
        "state.": ("upcoming", "due", "late", "sent", "cancelled", "skipped"),
        "round_state.": ("active", "waiting", "closed"),
        "app_state.": ("active", "waiting", "closed", "new"),
        "kind.": ("thank-you", "status-inquiry"),
        "today.write.": ("thank-you", "status-inquiry"),
        "draft.title.": ("thank-you", "status-inquiry"),
        "outcome.": ("offer", "rejection", "next-round", "other"),
        "severity.": ("error", "warning", "info"),
        "check.verdict.": ("ok", "revise"),
        "done.": (
            "added",
            "saved",
            "deleted",
            "reply",
            "sent-thank-you",
            "sent-status-inquiry",
            "already-sent-thank-you",
            "already-sent-status-inquiry",
            "skipped",
            "unskipped",
            "unsent",
            "imported",
            "round-deleted",
        ),
        "today.done.": ("sent", "skipped"),
        "timeline.zoom.": ("2w", "2m", "all"),
        "applications.sort.": ("next", "newest", "oldest", "company", "closing"),
        "studio.format.": ("auto", "text", "markdown", "html"),
        "settings.key_": ("environment", "keyring", "none"),
        "import.action.": ("created", "updated", "cancelled", "unchanged", "ignored"),
    }
    used |= {prefix + name for prefix, names in families.items() for name in names}
    missing = sorted(k for k in used if k not in en and not k.endswith((".", "_")))
    assert not missing, missing


def test_helpers() -> None:
    assert kind_from_slug("status-inquiry") is StepKind.STATUS_INQUIRY
    assert all(is_loopback(h) for h in ("127.0.0.1", "::1", "[::1]", "localhost", "127.0.0.2"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.4", "example.com", "::"))


def test_every_problem_the_web_raises_is_worded_in_both_languages() -> None:
    """Every `Problem("code")` in the web's code, every HTTP error it answers and every
    refusal it explains has an `error.<code>` entry, in English and in French."""
    from tactful.web.app import _VALIDATION_CODES
    from tactful.web.problems import HTTP_CODES

    web = TEMPLATES.parent
    sources = "".join(p.read_text() for p in web.rglob("*.py"))
    codes = set(re.findall(r'Problem\(\s*"([a-z0-9-]+)"', sources))
    codes |= set(HTTP_CODES.values()) | set(_VALIDATION_CODES.values())
    codes |= {"unknown-host", "cross-site", "too-large", "login-required"}  # the middleware's
    assert len(codes) > 60
    for lang in ("en", "fr"):
        missing = sorted(c for c in codes if f"error.{c}" not in catalogue(lang))
        assert not missing, (lang, missing)


def test_problems_are_worded_with_their_values_and_dates_in_words() -> None:
    from tactful.web.problems import Problem

    when = datetime(2026, 11, 25, 10, tzinfo=PARIS)
    en, fr = error_translator("en", 2026), error_translator("fr", 2026)
    problem = Problem("reply-before-interview", {"when": when})
    assert en(problem) == (
        "A reply cannot come before the interview (Wed 25 Nov, 10:00 CET): check the date."
    )
    assert "(mer. 25 nov., 10:00 CET)" in fr(problem)
    # A code the catalogue lacks: the core's English, without its command-line advice.
    core = Problem("some-new-code", text="no application 5: run 'tactful list' to see the ids")
    assert en(core) == "no application 5"
    assert "tactful" not in fr(core)
