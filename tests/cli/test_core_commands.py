"""The core commands through the real entry point, against a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CLI

NOW = "2026-11-25T17:00:00+01:00"


def setup_round(cli: CLI, *extra: str) -> tuple[int, int]:
    app = cli(
        "application", "add", "--company", "Acme", "--role", "Data engineer",
        "--country", "FR", "--closing-date", "2026-11-20",
        "--contact", "Rita Recruiter <rita@acme.example>", "--json",
    )  # fmt: skip
    assert app.code == 0, app.err
    app_id = app.json()["id"]
    interview = cli(
        "interview", "add", str(app_id), "--at", "2026-11-25 14:00",
        "--interviewer", "Ada Lovelace <ada@acme.example>",
        "--interviewer", "Grace Hopper <grace@acme.example>",
        "--detail", "the pipeline outage story", "--json", *extra,
    )  # fmt: skip
    assert interview.code == 0, interview.err
    return app_id, interview.json()["id"]


def test_add_prints_the_new_id(cli: CLI) -> None:
    result = cli("application", "add", "--company", "Acme", "--role", "Dev")
    assert result.code == 0
    assert result.out.strip() == "1"
    assert cli("application", "add", "--company", "B", "--role", "R", "--json").json() == {"id": 2}


def test_plan_json_has_the_contract_shape(cli: CLI) -> None:
    _, interview = setup_round(cli, "--timeline", "two weeks")
    plan = cli("--now", NOW, "plan", "--json").json()
    (round_,) = plan["interviews"]
    assert set(round_) >= {
        "interview_id", "application_id", "company", "role", "round", "state", "steps"
    }  # fmt: skip
    assert round_["interview_id"] == interview
    assert round_["state"] == "active"
    thanks, status = round_["steps"]
    assert set(thanks) == {"kind", "channel", "state", "earliest", "latest", "reason"}
    assert (thanks["kind"], thanks["channel"], thanks["state"]) == ("thank-you", "email", "due")
    assert thanks["earliest"] == "2026-11-25T15:00:00+01:00"
    assert thanks["latest"] == "2026-11-26T15:00:00+01:00"
    # "two weeks" from Wed 25 Nov → decision Wed 9 Dec → status opens Thu 10 Dec.
    assert (status["kind"], status["state"]) == ("status-inquiry", "upcoming")
    assert status["earliest"].startswith("2026-12-10")


def test_now_comes_from_tactful_now_or_the_option(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, interview = setup_round(cli)
    monkeypatch.setenv("TACTFUL_NOW", "2026-11-25T14:30")
    assert cli("plan", "--json").json()["interviews"][0]["steps"][0]["state"] == "upcoming"
    late = cli("--now", "2026-11-30T09:00", "plan", str(interview), "--json").json()
    assert late["interviews"][0]["steps"][0]["state"] == "late"


def test_due_lists_what_to_send_most_urgent_first(cli: CLI) -> None:
    _, first = setup_round(cli)
    _, earlier = setup_round(cli)
    _, late = setup_round(cli)
    assert cli("interview", "edit", str(earlier), "--at", "2026-11-25 09:00").code == 0
    assert cli("interview", "edit", str(late), "--at", "2026-11-24 09:00").code == 0
    due = cli("--now", NOW, "due", "--json").json()["due"]
    # Due before late; among the due, the window that closes first comes first.
    assert [(d["interview_id"], d["state"]) for d in due] == [
        (earlier, "due"),
        (first, "due"),
        (late, "late"),
    ]
    assert all(d["kind"] == "thank-you" and d["company"] == "Acme" for d in due)
    human = cli("--now", NOW, "due")
    assert f"tactful draft {earlier} thank-you" in human.out


def test_sent_then_the_plan_moves_on(cli: CLI) -> None:
    _, interview = setup_round(cli)
    assert cli("--now", NOW, "sent", str(interview), "thank-you").code == 0
    plan = cli("--now", NOW, "plan", "--json").json()["interviews"][0]
    assert plan["steps"][0]["state"] == "sent"
    assert plan["state"] == "waiting"
    assert cli("--now", NOW, "due", "--json").json() == {"due": []}


def test_phone_and_visit_are_refused_with_exit_1(cli: CLI) -> None:
    _, interview = setup_round(cli)
    for channel, quote in (("phone", "Do not call"), ("visit", "showing up at the office")):
        result = cli("--now", NOW, "sent", str(interview), "thank-you", "--channel", channel)
        assert result.code == 1
        assert quote in result.err
        assert result.err.count("\n") == 1
        assert "Traceback" not in result.err


def test_a_third_follow_up_is_refused(cli: CLI) -> None:
    _, interview = setup_round(cli)
    assert cli("--now", NOW, "sent", str(interview), "thank-you").code == 0
    later = "2026-12-10T10:00"
    assert cli("--now", later, "sent", str(interview), "status").code == 0
    again = cli("--now", later, "sent", str(interview), "status")
    assert again.code == 1
    assert "already recorded" in again.err


def test_a_reply_cancels_what_is_pending(cli: CLI) -> None:
    _, interview = setup_round(cli)
    assert cli("--now", NOW, "reply", str(interview), "--outcome", "next-round").code == 0
    plan = cli("--now", NOW, "plan", "--json").json()["interviews"][0]
    assert [s["state"] for s in plan["steps"]] == ["cancelled", "cancelled"]
    assert plan["state"] == "closed"
    refused = cli("--now", NOW, "sent", str(interview), "thank-you")
    assert refused.code == 1
    assert "already answered" in refused.err


def test_a_later_round_starts_its_own_sequence(cli: CLI) -> None:
    app, first = setup_round(cli)
    cli("--now", NOW, "sent", str(first), "thank-you")
    second = cli("interview", "add", str(app), "--at", "2026-12-01 10:00", "--json").json()["id"]
    plans = cli("--now", "2026-12-01T12:00", "plan", "--json").json()["interviews"]
    by_id = {p["interview_id"]: p for p in plans}
    assert by_id[first]["state"] == "closed"
    assert by_id[second]["round"] == 2
    assert by_id[second]["steps"][0]["state"] == "due"
    # One round's plan still sees the later round of its application.
    alone = cli("--now", "2026-12-01T12:00", "plan", str(first), "--json").json()["interviews"]
    assert [p["state"] for p in alone] == ["closed"]


def test_skip_the_optional_status_inquiry(cli: CLI) -> None:
    _, interview = setup_round(cli)
    assert cli("skip", str(interview), "status").code == 0
    plan = cli("--now", NOW, "plan", "--json").json()["interviews"][0]
    assert plan["steps"][1]["state"] == "skipped"
    assert cli("skip", str(interview), "status").code == 1
    assert cli("unskip", str(interview), "status").code == 0


def test_bad_input_is_one_line_and_exit_2(cli: CLI) -> None:
    app, interview = setup_round(cli)
    cases = [
        ("interview", "add", str(app), "--at", "next tuesday"),
        ("interview", "add", str(app), "--at", "2026-11-25 10:00", "--timeline", "soonish"),
        ("application", "add", "--company", "X", "--role", "Y", "--closing-date", "31/12/2026"),
        ("application", "add", "--company", "X", "--role", "Y", "--country", "ZZ"),
        ("application", "add", "--company", "X", "--role", "Y", "--contact", "Bob <not-an-email>"),
        ("plan", "999"),
        ("show", "999"),
        ("sent", str(interview), "fax"),
        ("--now", "yesterday", "plan"),
        ("no-such-command",),
    ]
    for args in cases:
        result = cli(*args)
        assert result.code == 2, (args, result.err)
        assert result.err.startswith("tactful: error: "), (args, result.err)
        assert result.err.count("\n") == 1, (args, result.err)
    accepted = cli(
        "interview", "add", str(app), "--at", "2026-11-25 10:00", "--timeline", "soonish"
    )
    assert "two weeks" in accepted.err
    assert "d'ici vendredi" in accepted.err


def test_list_show_edit(cli: CLI) -> None:
    app, interview = setup_round(cli)
    listed = cli("--now", NOW, "list", "--json").json()["applications"]
    assert listed[0]["company"] == "Acme"
    assert listed[0]["interviews"] == [{"interview_id": interview, "round": 1, "state": "active"}]
    assert "Acme" in cli("--now", NOW, "list").out
    shown = cli("--now", NOW, "show", str(app), "--json").json()
    assert shown["contact"] == {"name": "Rita Recruiter", "email": "rita@acme.example"}
    assert shown["interviews"][0]["plan"]["state"] == "active"
    human = cli("--now", NOW, "show", str(app))
    assert "Rita Recruiter" in human.out
    assert "thank-you" in human.out
    assert cli("application", "edit", str(app), "--role", "Staff engineer").code == 0
    assert cli("show", str(app), "--json").json()["role"] == "Staff engineer"
    assert cli("interview", "edit", str(interview), "--timeline", "d'ici vendredi").code == 0
    edited = cli("interview", "show", str(interview), "--json").json()
    assert edited["decision_date"] == "2026-11-27"
    assert edited["timeline"] == "d'ici vendredi"


def test_delete_asks_for_confirmation_unless_yes(cli: CLI) -> None:
    app, _ = setup_round(cli)
    refused = cli("application", "delete", str(app))
    assert refused.code == 2
    assert "--yes" in refused.err
    assert cli("show", str(app)).code == 0
    assert cli("application", "delete", str(app), "--yes").code == 0
    assert cli("show", str(app)).code == 2
    assert cli("plan", "--json").json() == {"interviews": []}


@pytest.mark.sqlite_only  # a database per home; PostgreSQL: tests/store/test_postgres.py
def test_export_then_import_into_another_home(cli: CLI, tmp_path: Path) -> None:
    _, interview = setup_round(cli)
    cli("--now", NOW, "sent", str(interview), "thank-you", "--subject", "Merci ✓")
    out = tmp_path / "export.json"
    assert cli("export", "--out", str(out)).code == 0
    exported = json.loads(out.read_text())
    other = tmp_path / "other"
    assert cli("--home", str(other), "import", str(out)).code == 0
    assert cli("--home", str(other), "export").json() == exported
    via_stdin = tmp_path / "third"
    result = cli("--home", str(via_stdin), "import", "-", "--json", input=out.read_text())
    assert result.json()["follow_ups"] == 1
    assert cli("import", str(tmp_path / "missing.json")).code == 2
    assert cli("import", "-", input="{not json").code == 2


def test_config_defaults_apply(cli: CLI) -> None:
    assert cli("config", "set", "country", "de").code == 0
    assert cli("config", "get", "country").out.strip() == "DE"
    app = cli("application", "add", "--company", "A", "--role", "B", "--json").json()["id"]
    assert cli("show", str(app), "--json").json()["country"] == "DE"
    assert cli("config", "set", "ai.api_key", "sk-123").code == 2
    assert cli("config", "set", "nonsense", "1").code == 2
    assert cli("config", "list", "--json").json()["settings"]["country"] == "DE"
    bad_region = cli("config", "set", "subdivision", "ZZ")
    assert bad_region.code == 2
    assert "subdivision" in bad_region.err
    assert cli("config", "set", "subdivision", "BY").code == 0
    assert cli("config", "set", "timezone", "Mars/Olympus").code == 2
    assert cli("config", "set", "me.email", "not an email").code == 2


def test_python_dash_m_runs_as_a_process(tactful_process: CLI) -> None:
    added = tactful_process("application", "add", "--company", "Acme", "--role", "Dev", "--json")
    assert added.code == 0
    assert json.loads(added.out) == {"id": 1}
    bad = tactful_process("interview", "add", "1", "--at", "someday")
    assert bad.code == 2
    assert "Traceback" not in bad.err
    assert bad.err.count("\n") == 1


def test_plans_speak_the_configured_language(cli: CLI) -> None:
    _, interview = setup_round(cli)
    assert cli("config", "set", "lang", "fr").code == 0
    plan = cli("--now", NOW, "plan", "--json").json()["interviews"][0]
    assert plan["advice"].startswith("Une relance est prête")
    assert plan["steps"][0]["reason"].startswith("À envoyer maintenant")
    assert "Remerciez" in cli("--now", NOW, "plan", str(interview)).out


@pytest.mark.sqlite_only  # gives its own database URL
def test_a_bad_database_url_is_one_line(cli: CLI, tmp_path: Path) -> None:
    bogus = cli("--database-url", "bogus://", "list")
    assert bogus.code == 2
    assert "SQLAlchemy URL" in bogus.err
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    home = cli("--home", str(not_a_dir), "list")
    assert home.code == 2
    assert "cannot create the tactful home" in home.err
    for result in (bogus, home):
        assert result.err.count("\n") == 1
        assert "Traceback" not in result.err
