"""The web app's pure parts: highlighting, the timeline SVG, field validation, the catalogues."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tactful.models import Application, Interview, StepKind
from tactful.policy import BusinessCalendar, RoundPlan, plan_round
from tactful.web.forms import FieldErrors, application_values, round_changes, round_values
from tactful.web.highlight import excerpt, pieces
from tactful.web.i18n import catalogue, choose, from_accept_language, translator
from tactful.web.security import is_loopback
from tactful.web.timeline import open_plans, timeline_svg
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


def test_the_timeline_escapes_and_draws_every_part() -> None:
    plan = _plan('<b>"Acme" & Co</b>', NOW - timedelta(hours=5))
    t = translator("en")
    svg = timeline_svg([plan], NOW, t=t, day_label=lambda d: d.isoformat())
    assert "<b>" not in svg
    assert "&lt;b&gt;&quot;Acme&quot; &amp; Co&lt;/b&gt;" in svg
    assert svg.count('class="window ') == 2
    assert 'class="window thank st-due"' in svg
    assert 'class="closing"' in svg
    assert 'class="interview"' in svg
    assert '<line class="today"' in svg
    assert 'href="/rounds/7"' in svg
    assert re.search(r"<title>Thank-you note \(due now\): 2026-11-25 → 2026-11-26</title>", svg)
    assert timeline_svg([], NOW, t=t, day_label=str) == ""


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
    values = application_values({"company": " Acme ", "role": "Dev", "country": "fr"})
    assert values["company"] == "Acme"
    assert values["country"] == "FR"
    assert application_values({"notes": "x"}, partial=True) == {"notes": "x"}

    got = round_values({"at": "2026-11-25T10:00", "interviewers": "Ada <a@b.co>\n\n"}, zone=PARIS)
    assert got["at"] == datetime(2026, 11, 25, 10, tzinfo=PARIS)
    assert [p.email for p in got["interviewers"]] == ["a@b.co"]
    assert got["duration_minutes"] == 60
    with pytest.raises(FieldErrors) as bad:
        round_values({"at": "", "duration_minutes": "0", "timezone": "Moon/Base"}, zone=PARIS)
    assert set(bad.value.errors) == {"at", "duration_minutes", "timezone"}
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
    sources.append((TEMPLATES.parent / "timeline.py").read_text())
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
        "done.": ("added", "saved", "deleted", "reply", "sent-thank-you", "sent-status-inquiry"),
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


def test_every_translated_error_is_a_message_the_web_writes() -> None:
    """An `error:` key is the exact message it translates: a reworded message would lose it."""
    sources = "".join(p.read_text() for p in TEMPLATES.parent.glob("*.py"))
    for key in catalogue("en"):
        if key.startswith("error:"):
            message = key.removeprefix("error:")
            assert f'"{message}"' in sources, message
            assert catalogue("en")[key] == message
