"""Bugs a new user met on a tour of the command line, through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CLI

NOW = "2026-12-01T09:00:00+00:00"


def add_application(cli: CLI, *extra: str) -> int:
    result = cli(
        "application", "add", "--company", "Zeta", "--role", "Dev", "--country", "FR", "--json",
        *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    return int(result.json()["id"])


def add_round(cli: CLI, app_id: int, *extra: str) -> int:
    result = cli("interview", "add", str(app_id), "--at", "2026-11-30 14:00", "--json", *extra)
    assert result.code == 0, result.err
    return int(result.json()["id"])


def decision_of(cli: CLI, interview_id: int) -> str | None:
    shown = cli("interview", "show", str(interview_id), "--json")
    assert shown.code == 0, shown.err
    decision: str | None = shown.json()["decision_date"]
    return decision


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


def test_a_subdivision_without_a_country_is_refused_not_dropped(cli: CLI) -> None:
    added = cli("application", "add", "--company", "X", "--role", "Y", "--subdivision", "CA")
    assert added.code == 2
    assert "--subdivision" in added.err
    assert "country" in added.err
    assert cli("list", "--json").json() == {"applications": []}  # nothing half-written
    app = cli("application", "add", "--company", "X", "--role", "Y", "--json").json()["id"]
    edited = cli("application", "edit", str(app), "--subdivision", "CA")
    assert edited.code == 2
    assert cli("show", str(app), "--json").json()["subdivision"] == ""
    # With the country, or the default country, it is kept; clearing the country clears it.
    ok = cli("application", "edit", str(app), "--country", "US", "--subdivision", "CA", "--json")
    assert (ok.json()["country"], ok.json()["subdivision"]) == ("US", "CA")
    cleared = cli("application", "edit", str(app), "--country", "", "--json").json()
    assert (cleared["country"], cleared["subdivision"]) == ("", "")
    assert cli("config", "set", "country", "US").code == 0
    default = cli("application", "add", "--company", "X", "--role", "Y", "--subdivision", "CA")
    assert default.code == 0, default.err
    shown = cli("show", default.out.strip(), "--json").json()
    assert (shown["country"], shown["subdivision"]) == ("US", "CA")


def test_an_empty_file_name_or_a_folder_is_named_in_the_error(cli: CLI, tmp_path: Path) -> None:
    for command in (
        ("check",),
        ("ad", "check"),
        ("ad", "new"),
        ("import",),
        ("interview", "import"),
    ):
        result = cli(*command, "")
        assert result.code == 2, command
        assert "no file name" in result.err, (command, result.err)
    for writer in (("export", "-o"), ("calendar", "export", "--out")):
        for target in ("", str(tmp_path)):
            result = cli(*writer, target)
            assert result.code == 2, (writer, target)
            assert "is a folder" in result.err or "no file name" in result.err, result.err
            assert "Device or resource busy" not in result.err
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_a_jurisdiction_that_names_no_country_is_refused(cli: CLI) -> None:
    ad = Path(__file__).parents[1] / "data" / "ads" / "en-03-sales-nyc-no-pay.md"
    stated = cli("--now", NOW, "ad", "check", str(ad), "--json")
    assert stated.code == 1  # New York's pay law, from the ad's own location
    assert stated.json()["jurisdictions"] == ["US-NY"]
    # "NY" (New York), "UK" or a US state that does not exist would replace the ad's place and
    # silence its law: refused in one line instead.
    for typo in ("NY", "UK", "US-XX", "QQ"):
        result = cli("--now", NOW, "ad", "check", str(ad), "--jurisdiction", typo, "--json")
        assert result.code == 2, typo
        assert result.out == ""
        assert f"unknown jurisdiction {typo!r}" in result.err
    assert "GB" in cli("ad", "check", str(ad), "--jurisdiction", "UK").err
    for real in ("GB", "us-ny", "EU", "XK", "US-DC"):
        assert cli("--now", NOW, "ad", "check", str(ad), "--jurisdiction", real).code in (0, 1)


def test_the_status_reason_says_why_it_opens_after_a_decision_date_already_past(
    cli: CLI,
) -> None:
    app = add_application(cli)
    interview = add_round(cli, app, "--decision-by", "2026-11-30")  # the interview's own day
    plan = cli("--now", NOW, "plan", str(interview), "--json").json()
    status = plan["interviews"][0]["steps"][1]
    # The business day after 30 Nov is 1 Dec, inside the thank-you window (to 1 Dec 15:00):
    # the window opens on 2 Dec, and the reason says why rather than only naming 30 Nov.
    assert status["earliest"].startswith("2026-12-02")
    assert "not before the thank-you window has closed" in status["reason"]
    later = add_round(cli, app, "--decision-by", "2026-12-09")
    plan = cli("--now", NOW, "plan", str(later), "--json").json()
    assert "thank-you window" not in plan["interviews"][0]["steps"][1]["reason"]


def test_an_id_too_large_for_the_database_is_not_found_not_a_traceback(cli: CLI) -> None:
    huge = "99999999999999999999"
    for command in (
        ("profile", "remove", huge),
        ("inbox", "apply", huge),
        ("inbox", "dismiss", huge),
        ("mail", "resolve", huge, "sent"),
        ("show", huge),
        ("plan", huge),
    ):
        result = cli(*command)
        assert result.code == 2, (command, result.err)
        assert "Traceback" not in result.err
        (line,) = result.err.strip().splitlines()
        assert line.startswith("tactful: error: no ")
        assert huge in line


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


def test_import_refuses_an_interviewer_email_that_is_no_address(cli: CLI, tmp_path: Path) -> None:
    interview = add_round(cli, add_application(cli), "--interviewer", "Ada <ada@acme.example>")
    out = tmp_path / "export.json"
    assert cli("export", "-o", str(out)).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["applications"][0]["interviews"][0]["interviewers"] = [{"name": "X", "email": "nope"}]
    out.write_text(json.dumps(data), encoding="utf-8")
    assert cli("application", "delete", "1", "--yes").code == 0
    result = cli("import", str(out))
    assert result.code == 2
    assert "interviewers.email 'nope' is not an email address" in result.err
    assert "nothing was imported" in result.err
    assert cli("list", "--json").json() == {"applications": []}
    # An address the store may hold from an invitation (no dot in the host) imports back.
    data["applications"][0]["interviews"][0]["interviewers"] = [{"name": "X", "email": "x@host"}]
    out.write_text(json.dumps(data), encoding="utf-8")
    assert cli("import", str(out)).code == 0
    shown = cli("interview", "show", str(interview), "--json").json()
    assert shown["interviewers"] == [{"name": "X", "email": "x@host"}]


def test_ad_jsonld_reads_the_file_ad_new_jsonld_writes(cli: CLI, tmp_path: Path) -> None:
    spec = Path(__file__).parents[2] / "docs" / "examples" / "ad-spec.toml"
    written = tmp_path / "posting.jsonld"
    made = cli("--now", "2026-03-05T09:00", "ad", "new", str(spec), "--jsonld", str(written))
    assert made.code == 0, made.err
    checked = cli("--now", "2026-03-05T09:00", "ad", "jsonld", str(written), "--json")
    assert checked.code == 0, checked.err
    report = checked.json()
    assert report["valid"] is True
    assert [p["title"] for p in report["postings"]] == ["Backend Engineer"]
    # JSON that holds no posting is still "none found" (exit 1), not bad input.
    empty = cli("ad", "jsonld", "-", input='{"@type": "Organization"}')
    assert empty.code == 1
    assert "no schema.org JobPosting markup found" in empty.err


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


def test_a_mistyped_command_gets_one_suggestion(cli: CLI) -> None:
    for typo, line in (
        ("lst", "tactful: error: No such command 'lst'. Did you mean 'list'? "
         "(see 'tactful --help')"),
        ("sen", "tactful: error: No such command 'sen'. Did you mean 'sent', 'send' or 'unsend'? "
         "(see 'tactful --help')"),
        ("xyzzy", "tactful: error: No such command 'xyzzy'. (see 'tactful --help')"),
    ):  # fmt: skip
        result = cli(typo)
        assert result.code == 2
        assert result.err.strip() == line
    nested = cli("application", "ad")
    assert nested.err.count("Did you mean") == 1


def test_a_subdivision_in_any_case_is_stored_as_the_holidays_spell_it(cli: CLI) -> None:
    app = cli(
        "application", "add", "--company", "X", "--role", "Y", "--country", "us",
        "--subdivision", "ca", "--json",
    )  # fmt: skip
    assert app.code == 0, app.err
    shown = cli("show", str(app.json()["id"]), "--json").json()
    assert (shown["country"], shown["subdivision"]) == ("US", "CA")
    edited = cli("application", "edit", str(shown["id"]), "--subdivision", "ny", "--json")
    assert edited.json()["subdivision"] == "NY"
    assert cli("config", "set", "country", "FR").code == 0
    assert cli("config", "set", "subdivision", "zone a").out.strip() == "subdivision = Zone A"
    unknown = cli("application", "add", "--company", "X", "--role", "Y", "--subdivision", "xx")
    assert unknown.code == 2
    assert 'unknown subdivision "xx" of FR' in unknown.err


def test_a_language_in_upper_case_is_taken_by_every_command(cli: CLI, tmp_path: Path) -> None:
    interview = add_round(cli, add_application(cli), "--interviewer", "Ada <ada@acme.example>")
    draft = cli("--now", NOW, "draft", str(interview), "thank-you", "--lang", "FR", "--json")
    assert draft.code == 0, draft.err
    assert draft.json()["drafts"][0]["lang"] == "fr"
    assert cli("config", "set", "lang", "FR").out.strip() == "lang = fr"
    ad = tmp_path / "ad.md"
    ad.write_text("# Développeur\n\nLieu : Lyon\n", encoding="utf-8")
    checked = cli("--now", NOW, "ad", "check", str(ad), "--lang", "FR", "--json")
    assert checked.code in (0, 1), checked.err
    assert checked.json()["language"] == "fr"
    assert cli("config", "set", "lang", "de").code == 2


def test_to_finds_a_name_typed_without_its_accents(cli: CLI) -> None:
    interview = add_round(
        cli, add_application(cli),
        "--interviewer", "Édouard Noël <en@acme.example>",
        "--interviewer", "Ada Lovelace <ada@acme.example>",
    )  # fmt: skip
    draft = cli("--now", NOW, "draft", str(interview), "thank-you", "--to", "edouard", "--json")
    assert draft.code == 0, draft.err
    assert [d["to"]["email"] for d in draft.json()["drafts"]] == ["en@acme.example"]
    sent = cli("--now", NOW, "sent", str(interview), "thank-you", "--to", "EDOUARD NOEL")
    assert sent.code == 0, sent.err
    notes = cli("--now", NOW, "plan", str(interview), "--json").json()["interviews"][0]
    states = {n["email"]: n["state"] for n in notes["thank_you_notes"]}
    assert states == {"en@acme.example": "sent", "ada@acme.example": "due"}


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


def test_export_and_import_count_what_they_moved_profile_included(cli: CLI, tmp_path: Path) -> None:
    add_round(cli, add_application(cli))
    assert cli("profile", "add", "skill", "Python").code == 0
    out = tmp_path / "export.json"
    exported = cli("export", "-o", str(out))
    assert exported.err.strip() == f"Exported 1 application and 1 profile item to {out}."
    assert cli("application", "delete", "1", "--yes").code == 0
    assert cli("profile", "remove", "1").code == 0
    imported = cli("import", str(out))
    assert imported.out.strip() == (
        "Imported 1 application, 1 round, 0 follow-ups, 0 replies, 1 profile item."
    )


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


def test_show_says_what_requirements_the_application_holds(cli: CLI) -> None:
    app = add_application(cli, "--requirements", "Python; SQL")
    assert "  Requirements: Python; SQL" in cli("show", str(app)).out
    long = " ".join(["Experience running Kubernetes in production."] * 20)
    assert cli("application", "edit", str(app), "--requirements", long).code == 0
    line = next(s for s in cli("show", str(app)).out.splitlines() if "Requirements" in s)
    assert line.startswith("  Requirements: Experience running Kubernetes")
    assert line.endswith("… (100 words)")


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


def test_stdin_is_named_in_words_not_as_a_dash(cli: CLI) -> None:
    imported = cli("import", "-", input="")
    assert imported.code == 2
    assert imported.err.startswith("tactful: error: standard input is not JSON")
    markup = cli("ad", "jsonld", "-", input="<p>no posting</p>")
    assert markup.code == 1
    assert "markup found in stdin:" in markup.err
