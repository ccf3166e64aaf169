"""Inputs the command line refuses or reads as a user means them: a one-line error that names
the input, or the value taken in the form the data holds it."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CLI

from .journey import NOW, add_application, add_round


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


def test_stdin_is_named_in_words_not_as_a_dash(cli: CLI) -> None:
    imported = cli("import", "-", input="")
    assert imported.code == 2
    assert imported.err.startswith("tactful: error: standard input is not JSON")
    markup = cli("ad", "jsonld", "-", input="<p>no posting</p>")
    assert markup.code == 1
    assert "markup found in stdin:" in markup.err


def test_a_person_named_for_the_status_inquiry_is_refused_not_ignored(cli: CLI) -> None:
    """`--to` picks one thank-you note; on the status inquiry it was ignored (the whole step
    skipped) while the CLI said "Skipped the status-inquiry to Ada"."""
    interview = add_round(
        cli, add_application(cli), "--interviewer", "Ada Lovelace <ada@zeta.example>"
    )
    for command in ("skip", "unskip"):
        refused = cli(command, str(interview), "status", "--to", "Ada")
        assert refused.code == 2, refused.err
        assert refused.err.strip().splitlines() == [
            "tactful: error: only a thank-you note is skipped person by person: the status "
            "inquiry is one email per round; skip it or plan it again without naming anyone"
        ]
    shown = cli("interview", "show", str(interview), "--json").json()
    assert shown["skipped"] == []
    assert cli("skip", str(interview), "thank-you", "--to", "Ada").code == 0


def test_a_text_longer_than_the_forms_allow_is_refused_naming_its_field(cli: CLI) -> None:
    """A 30,000-character --detail was taken, then made every draft fail with "the email is
    …characters long", naming no field; the web's forms refused it already."""
    app_id = add_application(cli)
    interview = add_round(cli, app_id)
    long_detail = cli("interview", "edit", str(interview), "--detail", "x" * 30_000)
    assert long_detail.code == 2
    assert long_detail.err.strip().splitlines() == [
        "tactful: error: detail is 30,000 characters long: keep it under 20,000"
    ]
    long_role = cli("application", "edit", str(app_id), "--role", "Dev " * 100)
    assert long_role.code == 2
    assert "role is 400 characters long: keep it under 300" in long_role.err
    assert cli("interview", "edit", str(interview), "--detail", "x" * 20_000).code == 0


def test_a_start_with_a_one_digit_hour_is_read_as_written(cli: CLI) -> None:
    app_id = add_application(cli)
    added = cli("interview", "add", str(app_id), "--at", "2026-11-30 9:05", "--tz", "UTC")
    assert added.code == 0, added.err
    shown = cli("interview", "show", added.out.split()[0], "--json").json()
    assert shown["starts_at"] == "2026-11-30T09:05:00+00:00"
    # an hour without its minutes is still refused
    assert cli("interview", "add", str(app_id), "--at", "2026-11-30 9").code == 2
