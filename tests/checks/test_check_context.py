"""`tactful check --interview`: timing and the recorded detail, against a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from check_samples import email

from conftest import CLI, Result
from tactful import Application, BusinessCalendar, Interview, Outcome, StepKind, Tactful, plan_round
from tactful.checks import EmailContext, check_email, kind_for

INTERVIEW_AT = "2026-11-20 10:00"  # a Friday, Europe/Paris
AFTER_INTERVIEW = "2026-11-20T15:00:00+01:00"  # thank-you due
BEFORE_STATUS = "2026-11-24T09:00:00+01:00"  # thank-you late, status window not open
STATUS_OPENS = "2026-11-27"  # a week after the interview
IN_STATUS = "2026-11-27T12:00:00+01:00"
DETAIL = "your plan to move billing to event sourcing"

THANKS_WITH_DETAIL = email("thank-you", "en").replace(
    "I enjoyed hearing about how your team rebuilt the weekly sales dashboard after the "
    "warehouse merger.",
    "I enjoyed hearing about your plan to move billing to event sourcing.",
)
STATUS_WITH_DETAIL = email("status-inquiry", "en", "I keep thinking about the event sourcing move.")


@pytest.fixture
def api() -> Iterator[Tactful]:
    tactful = Tactful.open()
    yield tactful
    tactful.close()


@pytest.fixture
def round_id(api: Tactful) -> int:
    app = api.add_application(company="Acme", role="Data Analyst", country="")
    return api.add_interview(app, at=INTERVIEW_AT, detail=DETAIL)


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "email.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def check(cli: CLI, tmp_path: Path, now: str, text: str, *args: str) -> Result:
    return cli("--now", now, "check", write(tmp_path, text), *args, "--json")


def rules(result: Result) -> list[str]:
    return [f["rule"] for f in result.json()["findings"]]


def test_status_before_its_window_is_an_error_with_the_opening_date(
    cli: CLI, tmp_path: Path, round_id: int
) -> None:
    r = check(cli, tmp_path, BEFORE_STATUS, STATUS_WITH_DETAIL, "--interview", str(round_id),
              "--kind", "status")  # fmt: skip
    assert r.code == 1
    (finding,) = [f for f in r.json()["findings"] if f["rule"] == "too-early"]
    assert finding["severity"] == "error"
    assert STATUS_OPENS in finding["message"]
    assert "a week after the interview" in finding["suggestion"]
    later = check(cli, tmp_path, IN_STATUS, STATUS_WITH_DETAIL, "--interview", str(round_id),
                  "--kind", "status")  # fmt: skip
    assert "too-early" not in rules(later)


def test_too_early_in_french(cli: CLI, tmp_path: Path, round_id: int) -> None:
    text = email(
        "status-inquiry", "fr", "Je repense souvent au passage de la facturation en event sourcing."
    )
    r = check(cli, tmp_path, BEFORE_STATUS, text, "--interview", str(round_id), "--kind", "status")
    (finding,) = [f for f in r.json()["findings"] if f["rule"] == "too-early"]
    assert finding["message"] == f"Trop tôt : la fenêtre de la relance s'ouvre le {STATUS_OPENS}."
    # The plan explains its window in French too.
    assert "une semaine après l'entretien" in finding["suggestion"]


def test_kind_defaults_to_the_step_due(
    cli: CLI, tmp_path: Path, api: Tactful, round_id: int
) -> None:
    r = check(cli, tmp_path, AFTER_INTERVIEW, THANKS_WITH_DETAIL, "--interview", str(round_id))
    assert r.code == 0, r.json()
    assert r.json()["kind"] == "thank-you"
    api.record_sent(round_id, StepKind.THANK_YOU, at="2026-11-20 16:00")
    r = check(cli, tmp_path, IN_STATUS, STATUS_WITH_DETAIL, "--interview", str(round_id))
    assert r.json()["kind"] == "status-inquiry"
    assert r.code == 0, r.json()
    # Before the window, the next step is still the status inquiry, and it is too early.
    r = check(cli, tmp_path, BEFORE_STATUS, STATUS_WITH_DETAIL, "--interview", str(round_id))
    assert r.json()["kind"] == "status-inquiry"
    assert "too-early" in rules(r)


def test_a_round_the_employer_answered(
    cli: CLI, tmp_path: Path, api: Tactful, round_id: int
) -> None:
    api.record_reply(round_id, at="2026-11-23 09:30", outcome=Outcome.NEXT_ROUND)
    r = check(cli, tmp_path, IN_STATUS, STATUS_WITH_DETAIL, "--interview", str(round_id),
              "--kind", "status")  # fmt: skip
    assert r.code == 1
    (finding,) = [f for f in r.json()["findings"] if f["rule"] == "already-answered"]
    assert "2026-11-23" in finding["message"]
    assert r.json()["kind"] == "status-inquiry"


def test_a_third_follow_up(cli: CLI, tmp_path: Path, api: Tactful, round_id: int) -> None:
    api.record_sent(round_id, StepKind.THANK_YOU, at="2026-11-20 16:00")
    api.record_sent(round_id, StepKind.STATUS_INQUIRY, at="2026-11-27 10:00")
    r = check(cli, tmp_path, "2026-12-04T10:00:00+01:00", STATUS_WITH_DETAIL,
              "--interview", str(round_id))  # fmt: skip
    assert r.code == 1
    assert r.json()["kind"] is None  # nothing is left to send
    (finding,) = [f for f in r.json()["findings"] if f["rule"] == "third-follow-up"]
    assert "third" in finding["message"]
    assert "2" in finding["message"]
    assert "already-sent" not in rules(r)


def test_the_same_kind_twice(cli: CLI, tmp_path: Path, api: Tactful, round_id: int) -> None:
    api.record_sent(round_id, StepKind.THANK_YOU, at="2026-11-20 16:00")
    r = check(cli, tmp_path, "2026-11-21T10:00:00+01:00", THANKS_WITH_DETAIL,
              "--interview", str(round_id), "--kind", "thank-you")  # fmt: skip
    assert r.code == 1
    assert "already-sent" in rules(r)


def test_recorded_detail_must_be_referred_to(cli: CLI, tmp_path: Path, round_id: int) -> None:
    r = check(
        cli, tmp_path, AFTER_INTERVIEW, email("thank-you", "en"), "--interview", str(round_id)
    )
    (finding,) = [f for f in r.json()["findings"] if f["rule"] == "detail-not-mentioned"]
    assert finding["severity"] == "warning"
    assert DETAIL in finding["message"]
    assert r.code == 0  # a warning only
    ok = check(cli, tmp_path, AFTER_INTERVIEW, THANKS_WITH_DETAIL, "--interview", str(round_id))
    assert "detail-not-mentioned" not in rules(ok)


def test_without_interview_no_round_rules_run(cli: CLI, tmp_path: Path, round_id: int) -> None:
    r = check(cli, tmp_path, BEFORE_STATUS, email("status-inquiry", "en"), "--kind", "status")
    assert rules(r) == []


def test_unknown_interview_exits_2(cli: CLI, tmp_path: Path) -> None:
    r = check(cli, tmp_path, AFTER_INTERVIEW, THANKS_WITH_DETAIL, "--interview", "42")
    assert r.code == 2
    assert "no interview 42" in r.err


def test_end_to_end_with_the_cli_commands(cli: CLI, tmp_path: Path) -> None:
    app = cli("application", "add", "--company", "Globex", "--role", "Analyst", "--json").json()
    iv = cli("interview", "add", str(app["id"]), "--at", INTERVIEW_AT, "--detail", DETAIL,
             "--json").json()  # fmt: skip
    interview = str(iv["id"])
    assert cli("--now", AFTER_INTERVIEW, "sent", interview, "thank-you").code == 0
    early = check(cli, tmp_path, BEFORE_STATUS, STATUS_WITH_DETAIL, "--interview", interview)
    assert early.code == 1
    assert "too-early" in rules(early)
    assert cli("--now", "2026-11-25T10:00:00+01:00", "reply", interview).code == 0
    answered = check(cli, tmp_path, IN_STATUS, STATUS_WITH_DETAIL, "--interview", interview,
                     "--kind", "status")  # fmt: skip
    assert answered.code == 1
    assert "already-answered" in rules(answered)
    human = cli("--now", IN_STATUS, "check", write(tmp_path, STATUS_WITH_DETAIL),
                "--interview", interview, "--kind", "status")  # fmt: skip
    assert "[already-answered]" in human.out
    assert human.out.rstrip().endswith("status-inquiry, en)")


def _plan(**changes: Any) -> EmailContext:
    at = datetime.fromisoformat("2026-11-20T10:00:00+01:00")
    interview = Interview(application_id=1, id=1, starts_at=at, **changes)
    application = Application(company="Acme", role="Analyst", id=1)
    now = datetime.fromisoformat(AFTER_INTERVIEW)
    return EmailContext(plan=plan_round(interview, application, BusinessCalendar(), now), now=now)


def test_cancelled_interview_is_an_error_without_a_store() -> None:
    context = _plan(cancelled=True)
    report = check_email(THANKS_WITH_DETAIL, kind="thank-you", context=context)
    assert "interview-cancelled" in report.rules()
    assert report.verdict == "revise"
    assert kind_for(context) is None


def test_recorded_selling_point_and_forgot_count_when_echoed() -> None:
    context = _plan(selling_point="ten years of payroll audits", forgot="Kubernetes certification")
    thanks = email("thank-you", "en").replace(
        " My four years automating SQL reporting at Norvane would let me help with that dashboard "
        "from the first week.",
        " Payroll audits are where mistakes hide.",  # (v5: "ten years of…" is one itself)
    )
    report = check_email(thanks, kind="thank-you", context=context)
    assert "missing-selling-point" not in report.rules()
    assert "missing-selling-point" in check_email(thanks, kind="thank-you").rules()
    status = email("status-inquiry", "en").replace(
        "One thing I did not get to mention: I recently finished a course in accessibility "
        "auditing.",
        # no wording of a qualification here ("I now hold…" would be one): only the echo counts
        "The Kubernetes certification is done as well.",
    )
    assert "missing-forgotten-qualification" in check_email(status, kind="status").rules()
    assert (
        "missing-forgotten-qualification"
        not in check_email(status, kind="status", context=context).rules()
    )


def test_context_without_now_skips_timing() -> None:
    context = _plan()
    bare = EmailContext(plan=context.plan)
    report = check_email(STATUS_WITH_DETAIL, kind="status", context=bare)
    assert "too-early" not in report.rules()
    assert "too-early" in check_email(STATUS_WITH_DETAIL, kind="status", context=context).rules()


def test_kind_for_prefers_a_due_step_over_a_late_one() -> None:
    at = datetime.fromisoformat("2026-11-20T10:00:00+01:00")
    interview = Interview(application_id=1, id=1, starts_at=at)
    application = Application(company="Acme", role="Analyst", id=1)
    now = datetime.fromisoformat(IN_STATUS)  # thank-you late (never sent), status due
    plan = plan_round(interview, application, BusinessCalendar(), now)
    assert [str(s.state) for s in plan.steps] == ["late", "due"]
    assert kind_for(EmailContext(plan=plan, now=now)) == "status-inquiry"
