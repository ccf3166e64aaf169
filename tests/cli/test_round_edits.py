"""Editing interview rounds from the command line: what moves with a round, what may not move, how
rounds are numbered and who is in them."""

from __future__ import annotations

from pathlib import Path

from conftest import CLI

from .journey import NOW, add_application, add_round, decision_of


def test_moving_a_round_moves_the_decision_date_its_timeline_gives(cli: CLI) -> None:
    interview = add_round(cli, add_application(cli), "--timeline", "two weeks")
    assert decision_of(cli, interview) == "2026-12-14"  # Mon 30 Nov + two weeks
    moved = cli("interview", "edit", str(interview), "--at", "2026-12-07 10:00")
    assert moved.code == 0, moved.err
    # "two weeks" was said at the interview, now on Mon 7 Dec: the decision is Mon 21 Dec.
    assert decision_of(cli, interview) == "2026-12-21"
    plan = cli("--now", NOW, "plan", str(interview), "--json").json()
    status = plan["interviews"][0]["steps"][1]
    assert status["earliest"].startswith("2026-12-22")
    # A date the employer gave (no timeline) stays as it is when the round moves.
    given = add_round(cli, 1, "--decision-by", "2026-12-18")
    assert cli("interview", "edit", str(given), "--at", "2026-12-02 10:00").code == 0
    assert decision_of(cli, given) == "2026-12-18"


def test_interview_edit_tz_without_at_is_refused_not_ignored(cli: CLI) -> None:
    interview = add_round(cli, add_application(cli))
    for extra in ((), ("--detail", "the billing migration")):
        result = cli("interview", "edit", str(interview), "--tz", "Asia/Tokyo", *extra)
        assert result.code == 2
        assert "--tz" in result.err
        assert "--at" in result.err
        assert "nothing to change" not in result.err
        assert len(result.err.strip().splitlines()) == 1
    shown = cli("interview", "show", str(interview), "--json").json()
    assert shown["detail"] == ""  # refused: nothing was written
    moved = cli(
        "interview", "edit", str(interview), "--at", "2026-11-30 14:00", "--tz", "Asia/Tokyo"
    )  # fmt: skip
    assert moved.code == 0, moved.err
    shown = cli("interview", "show", str(interview), "--json").json()
    assert (shown["timezone"], shown["starts_at"]) == ("Asia/Tokyo", "2026-11-30T14:00:00+09:00")


def test_interview_edit_decision_by_with_an_empty_timeline_keeps_the_date(cli: CLI) -> None:
    interview = add_round(cli, add_application(cli), "--timeline", "two weeks")
    edited = cli(
        "interview", "edit", str(interview), "--decision-by", "2026-12-18", "--timeline", ""
    )  # fmt: skip
    assert edited.code == 0, edited.err
    shown = cli("interview", "show", str(interview), "--json").json()
    assert (shown["decision_date"], shown["timeline"]) == ("2026-12-18", "")
    # as 'interview add' does with the same options
    added = add_round(cli, 1, "--decision-by", "2026-12-18", "--timeline", "")
    assert decision_of(cli, added) == "2026-12-18"
    # --timeline '' alone still clears what they said and its date
    assert cli("interview", "edit", str(interview), "--timeline", "").code == 0
    assert decision_of(cli, interview) is None


def test_an_interview_start_without_a_time_is_refused_not_read_as_midnight(cli: CLI) -> None:
    app = add_application(cli)
    for day in ("2026-11-30", "20261130"):
        result = cli("interview", "add", str(app), "--at", day)
        assert result.code == 2
        assert "has no time" in result.err
        assert "14:00" in result.err
    assert cli("interview", "list", "--json").json() == {"interviews": []}
    interview = add_round(cli, app)
    edited = cli("interview", "edit", str(interview), "--at", "2026-12-01")
    assert edited.code == 2
    shown = cli("interview", "show", str(interview), "--json").json()
    assert shown["starts_at"].startswith("2026-11-30T14:00:00")
    # When a follow-up went out, a day alone still says when (it is checked against the round).
    sent = cli("--now", NOW, "sent", str(interview), "thank-you", "--at", "2026-12-01")
    assert sent.code == 0, sent.err


def test_a_round_cannot_be_moved_after_what_was_recorded_for_it(cli: CLI, tmp_path: Path) -> None:
    interview = add_round(cli, add_application(cli), "--interviewer", "Ada <ada@acme.example>")
    sent = cli("--now", NOW, "sent", str(interview), "thank-you", "--at", "2026-11-30 17:00")
    assert sent.code == 0, sent.err
    moved = cli("interview", "edit", str(interview), "--at", "2026-12-20 10:00")
    assert moved.code == 2
    assert "cannot start at 2026-12-20 10:00" in moved.err
    shown = cli("interview", "show", str(interview), "--json").json()
    assert shown["starts_at"].startswith("2026-11-30T14:00")  # nothing written
    # Earlier is fine, and the export still imports back.
    assert cli("interview", "edit", str(interview), "--at", "2026-11-30 09:00").code == 0
    out = tmp_path / "export.json"
    assert cli("export", "-o", str(out)).code == 0
    assert cli("application", "delete", "1", "--yes").code == 0
    assert cli("import", str(out)).code == 0


def test_rounds_are_numbered_in_the_order_they_start(cli: CLI) -> None:
    app = add_application(cli)
    later = add_round(cli, app)  # Mon 30 Nov
    earlier = cli("interview", "add", str(app), "--at", "2026-11-23 10:00", "--json").json()["id"]
    plans = cli("--now", NOW, "plan", "--json").json()["interviews"]
    rounds = {p["interview_id"]: (p["round"], p["steps"][1]["state"]) for p in plans}
    # The round recorded afterwards but held first is round 1; the latest interview is the one
    # whose status inquiry stays planned.
    assert rounds[earlier] == (1, "cancelled")
    assert rounds[later][0] == 2
    assert rounds[later][1] != "cancelled"
    # Moving a round past another renumbers them.
    assert cli("interview", "edit", str(earlier), "--at", "2026-12-01 10:00").code == 0
    plans = cli("--now", NOW, "plan", "--json").json()["interviews"]
    assert {p["interview_id"]: p["round"] for p in plans} == {later: 1, earlier: 2}


def test_interview_edit_interviewer_empty_clears_them(cli: CLI) -> None:
    interview = add_round(cli, add_application(cli), "--interviewer", "Ada <ada@acme.example>")
    cleared = cli("interview", "edit", str(interview), "--interviewer", "")
    assert cleared.code == 0, cleared.err
    assert cli("interview", "show", str(interview), "--json").json()["interviewers"] == []
    mixed = cli("interview", "edit", str(interview), "--interviewer", "", "--interviewer", "B")
    assert mixed.code == 2  # an empty one among others is still a mistake


def test_rounds_are_renumbered_next_to_a_legacy_start_without_offset(cli: CLI) -> None:
    import sqlite3

    app = add_application(cli)
    legacy = add_round(cli, app)  # Mon 30 Nov 14:00
    url = cli("config", "list", "--json").json()["database_url"]
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        db.execute(
            "UPDATE interviews SET starts_at = '2026-11-30T14:00:00' WHERE id = ?", (legacy,)
        )
    earlier = cli("interview", "add", str(app), "--at", "2026-11-23 10:00", "--json")
    assert earlier.code == 0, earlier.err
    plans = cli("--now", NOW, "plan", "--json").json()["interviews"]
    assert {p["interview_id"]: p["round"] for p in plans} == {earlier.json()["id"]: 1, legacy: 2}


def test_an_outlook_last_first_name_is_greeted_by_the_first_name(cli: CLI) -> None:
    interview = add_round(
        cli, add_application(cli),
        "--interviewer", "Lovelace, Ada <ada@acme.example>",
        "--interviewer", "Acme, Inc. <hr@acme.example>",
    )  # fmt: skip
    shown = cli("interview", "show", str(interview), "--json").json()
    assert [p["name"] for p in shown["interviewers"]] == ["Ada Lovelace", "Acme, Inc."]
    drafts = cli("--now", NOW, "draft", str(interview), "thank-you", "--json").json()["drafts"]
    greetings = [d["body"].splitlines()[0] for d in drafts]
    assert greetings[0].endswith(" Ada,")
    assert greetings[1].endswith(" Acme,")
    several = cli(
        "interview", "add", "1", "--at", "2026-11-30 14:00",
        "--interviewer", "Ada <ada@acme.example>, Bob <bob@acme.example>",
    )  # fmt: skip
    assert several.code == 2
    assert "names several people: give one at a time" in several.err


def test_an_interviewer_given_twice_gets_one_thank_you_draft(cli: CLI) -> None:
    interview = add_round(
        cli, add_application(cli),
        "--interviewer", "Ada Lovelace <ada@acme.example>",
        "--interviewer", "Grace Hopper <grace@acme.example>",
        "--interviewer", "Ada L. <ADA@acme.example>",
    )  # fmt: skip
    drafts = cli("--now", NOW, "draft", str(interview), "thank-you", "--json")
    assert drafts.code == 0, drafts.err
    to = [d["to"]["email"] for d in drafts.json()["drafts"]]
    assert to == ["ada@acme.example", "grace@acme.example"]
    plan = cli("--now", NOW, "plan", str(interview), "--json").json()
    notes = plan["interviews"][0]["thank_you_notes"]
    assert [n["email"] for n in notes] == to
