"""`tactful application add/edit --language`: the CLI sets what the web and the API set."""

from __future__ import annotations

from conftest import CLI


def _round(cli: CLI, *language: str) -> int:
    app = cli(
        "application", "add", "--company", "Boulangerie Dupont", "--role", "Chef de rang",
        "--country", "FR", *language, "--json",
    )  # fmt: skip
    assert app.code == 0, app.err
    app_id = app.json()["id"]
    interview = cli(
        "interview", "add", str(app_id), "--at", "2026-11-30 10:00",
        "--interviewer", "Marie Dupont <marie@dupont.example>", "--json",
    )  # fmt: skip
    assert interview.code == 0, interview.err
    return int(app_id)


def test_an_application_in_french_gets_its_drafts_in_french(cli: CLI) -> None:
    app_id = _round(cli, "--language", "fr")
    draft = cli("--now", "2026-11-30T12:00:00+00:00", "draft", "1", "thank-you")
    assert "Bonjour Marie," in draft.out, draft.err
    assert "Emails in: French" in cli("application", "show", str(app_id)).out
    assert cli("application", "show", str(app_id), "--json").json()["language"] == "fr"


def test_edit_sets_and_clears_the_language(cli: CLI) -> None:
    app_id = _round(cli)
    now = ("--now", "2026-11-30T12:00:00+00:00")
    assert "Hello Marie," in cli(*now, "draft", "1", "thank-you").out
    assert cli("application", "edit", str(app_id), "--language", "fr").code == 0
    assert "Bonjour Marie," in cli(*now, "draft", "1", "thank-you").out
    assert cli("application", "edit", str(app_id), "--language", "").code == 0
    assert "Hello Marie," in cli(*now, "draft", "1", "thank-you").out
    assert "Emails in" not in cli("application", "show", str(app_id)).out


def test_a_language_tactful_does_not_write_is_refused_in_one_line(cli: CLI) -> None:
    refused = cli(
        "application", "add", "--company", "Acme", "--role", "Dev", "--language", "de"
    )  # fmt: skip
    assert refused.code == 2
    assert refused.err.strip().splitlines() == [
        'tactful: error: language "de" is not one tactful writes: use "en" or "fr"'
    ]
    assert cli("application", "list", "--json").json() == {"applications": []}
    app_id = _round(cli, "--language", "fr")
    edited = cli("application", "edit", str(app_id), "--language", "xx")
    assert edited.code == 2
    assert "Traceback" not in edited.err
    assert cli("application", "show", str(app_id), "--json").json()["language"] == "fr"
