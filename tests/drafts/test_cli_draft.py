"""`tactful draft` through the real entry point, on a real store built with the CLI."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from conftest import CLI
from tactful import Tactful

from .conftest import ADA, AFTER_INTERVIEW, DETAIL, FORGOT, GRACE, SELLING, STATUS_OPEN


@pytest.fixture(autouse=True)
def after_interview(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_NOW", AFTER_INTERVIEW)


def _round(cli: CLI, *people: str, contact: str | None = None, **facts: str) -> str:
    args = ["application", "add", "--company", "Acme", "--role", "Data Engineer", "--json"]
    if contact:
        args += ["--contact", contact]
    r = cli(*args)
    assert r.code == 0, r.err
    app_id = str(r.json()["id"])
    args = ["interview", "add", app_id, "--at", "2026-11-20 10:00", "--json"]
    for person in people:
        args += ["--interviewer", person]
    for name, value in facts.items():
        args += [f"--{name.replace('_', '-')}", value]
    r = cli(*args)
    assert r.code == 0, r.err
    return str(r.json()["id"])


def _full(cli: CLI, *people: str, **extra: str) -> str:
    facts = {"detail": DETAIL, "selling_point": SELLING, "forgot": FORGOT, **extra}
    return _round(cli, *people, **facts)


def test_one_thank_you_per_interviewer(cli: CLI) -> None:
    iv = _full(cli, ADA, GRACE)
    assert cli("config", "set", "me.name", "Sam Doe").code == 0
    r = cli("draft", iv, "thank-you", "--json")
    assert r.code == 0, r.err
    drafts = r.json()["drafts"]
    assert [d["to"] for d in drafts] == [
        {"name": "Ada Lovelace", "email": "ada@acme.example", "role": "interviewer"},
        {"name": "Grace Hopper", "email": "grace@acme.example", "role": "interviewer"},
    ]
    for d, first in zip(drafts, ("Ada", "Grace"), strict=True):
        assert d["kind"] == "thank-you"
        assert d["lang"] == "en"
        assert d["source"] == "template"
        assert first in d["body"].splitlines()[0]
        assert DETAIL in d["body"]
        assert SELLING in d["body"]
        assert d["body"].endswith("Sam Doe")
        assert d["placeholders"] == []
        assert d["check"]["verdict"] == "ok"
        assert {"verdict", "words", "findings"} <= set(d["check"])
    assert drafts[0]["subject"] != drafts[1]["subject"]
    # The same command again gives the same words.
    assert cli("draft", iv, "thank-you", "--json").json() == r.json()


def test_human_output_has_recipient_subject_and_body(cli: CLI) -> None:
    iv = _full(cli, ADA, GRACE)
    r = cli("draft", iv, "thank-you")
    assert r.code == 0
    assert r.out.startswith("To: Ada Lovelace <ada@acme.example>\nSubject: ")
    assert "\nTo: Grace Hopper <grace@acme.example>\nSubject: " in r.out
    assert DETAIL in r.out
    assert "[your name]" in r.out
    assert 'tactful: to fill [your name] (me.name): tactful config set me.name "..."' in r.err
    assert r.err.count("config set me.name") == 1


def test_to_picks_one_by_name_or_email_case_insensitively(cli: CLI) -> None:
    iv = _full(cli, ADA, GRACE)
    for who in ("GRACE@acme.example", "grace hopper", "Grace"):
        r = cli("draft", iv, "thank-you", "--to", who, "--json")
        assert r.code == 0, r.err
        assert [d["to"]["name"] for d in r.json()["drafts"]] == ["Grace Hopper"]
    r = cli("draft", iv, "thank-you", "--to", "Bob")
    assert r.code == 2
    assert r.out == ""
    assert r.err.count("\n") == 1
    assert r.err.startswith("tactful: error: --to 'Bob' matches no one")
    assert "Ada Lovelace <ada@acme.example>" in r.err
    assert "Grace Hopper" in r.err


def test_no_interviewer_goes_to_the_contact_else_the_hiring_team(cli: CLI) -> None:
    with_contact = _round(cli, contact="Rita Recruiter <rita@acme.example>", detail=DETAIL)
    r = cli("draft", with_contact, "thank-you", "--json")
    assert [d["to"]["email"] for d in r.json()["drafts"]] == ["rita@acme.example"]
    nobody = _round(cli, detail=DETAIL)
    r = cli("draft", nobody, "thank-you", "--json")
    (draft,) = r.json()["drafts"]
    assert draft["to"] == {"name": "Hiring team", "email": "", "role": "team"}
    r = cli("draft", nobody, "thank-you", "--to", "ada")
    assert r.code == 2
    assert "no interviewer or contact is recorded" in r.err


def test_status_inquiry_goes_once_to_the_contact(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_NOW", STATUS_OPEN)
    iv = _full(cli, ADA, GRACE, contact="Rita Recruiter <rita@acme.example>")
    assert cli("config", "set", "me.name", "Sam Doe").code == 0
    r = cli("draft", iv, "status", "--json")
    assert r.code == 0, r.err
    (draft,) = r.json()["drafts"]
    assert draft["to"]["name"] == "Rita Recruiter"
    assert draft["kind"] == "status-inquiry"
    assert FORGOT in draft["body"]
    assert DETAIL in draft["body"]
    assert draft["check"]["verdict"] == "ok"
    assert draft["check"]["words"] <= 125
    assert r.err == ""
    r = cli("draft", iv, "status", "--to", "ada", "--json")
    assert [d["to"]["name"] for d in r.json()["drafts"]] == ["Ada Lovelace"]


def test_status_inquiry_before_its_window_warns_with_the_date(cli: CLI) -> None:
    iv = _full(cli, ADA)
    r = cli("draft", iv, "status")
    assert r.code == 0
    assert "Subject: " in r.out
    lines = [line for line in r.err.splitlines() if "window opens on 2026-11-27" in line]
    assert len(lines) == 1, r.err
    assert lines[0].startswith("tactful: too early")
    # The JSON carries the same note, and the check's own timing finding.
    d = cli("draft", iv, "status", "--json").json()["drafts"][0]
    assert any("2026-11-27" in n for n in d["notes"])
    assert "too-early" in {f["rule"] for f in d["check"]["findings"]}


def test_missing_facts_say_which_command_fills_them(cli: CLI) -> None:
    iv = _round(cli, ADA)
    r = cli("draft", iv, "thank-you")
    assert r.code == 0
    assert "[a moment from the interview]" in r.out
    assert "[your key selling point]" in r.out
    assert f'tactful interview edit {iv} --detail "..."' in r.err
    assert f'tactful interview edit {iv} --selling-point "..."' in r.err
    r = cli("draft", iv, "status", "--json")
    fields = [p["field"] for p in r.json()["drafts"][0]["placeholders"]]
    assert fields == ["detail", "me.name"]
    # Recording the fact with the command we print removes the placeholder.
    assert cli("interview", "edit", iv, "--detail", DETAIL).code == 0
    r = cli("draft", iv, "thank-you", "--json")
    assert "[a moment from the interview]" not in r.json()["drafts"][0]["body"]


def test_language_from_option_or_config(cli: CLI) -> None:
    iv = _full(cli, ADA)
    assert cli("draft", iv, "thank-you", "--json").json()["drafts"][0]["lang"] == "en"
    assert cli("config", "set", "lang", "fr").code == 0
    assert cli("config", "set", "me.name", "Sam Doe").code == 0
    d = cli("draft", iv, "thank-you", "--json").json()["drafts"][0]
    assert d["lang"] == "fr"
    assert d["body"].startswith("Bonjour")
    assert d["check"]["verdict"] == "ok"
    d = cli("draft", iv, "thank-you", "--lang", "en", "--json").json()["drafts"][0]
    assert d["lang"] == "en"
    r = cli("draft", iv, "thank-you", "--lang", "de")
    assert r.code == 2
    assert "en or fr" in r.err


def test_bad_kind_and_unknown_interview(cli: CLI) -> None:
    iv = _full(cli, ADA)
    r = cli("draft", iv, "reminder")
    assert r.code == 2
    assert "thank-you or status" in r.err
    r = cli("draft", "99", "thank-you")
    assert r.code == 2
    assert "no interview 99" in r.err


def test_eml_to_stdout_parses_back(cli: CLI) -> None:
    iv = _full(cli, ADA, GRACE)
    cli("config", "set", "me.name", "Sam Doe")
    cli("config", "set", "me.email", "sam@example.org")
    expected = cli("draft", iv, "thank-you", "--to", "grace", "--json").json()["drafts"][0]
    r = cli("draft", iv, "thank-you", "--to", "grace", "--format", "eml")
    assert r.code == 0, r.err
    message = email.message_from_string(r.out, policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "grace@acme.example"
    assert message["From"].addresses[0].addr_spec == "sam@example.org"
    assert message["Subject"] == expected["subject"]
    assert message["Date"].datetime.isoformat() == "2026-11-20T15:00:00+01:00"
    assert message["Message-ID"]
    assert message["MIME-Version"] == "1.0"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").strip() == expected["body"]


def test_eml_for_several_notes_needs_to_or_out(cli: CLI, tmp_path: Path) -> None:
    iv = _full(cli, ADA, GRACE)
    r = cli("draft", iv, "thank-you", "--format", "eml")
    assert r.code == 2
    assert r.out == ""
    assert "--to" in r.err
    assert "--out" in r.err
    out = tmp_path / "notes"
    r = cli("draft", iv, "thank-you", "--format", "eml", "--out", out)
    assert r.code == 0, r.err
    paths = [Path(line) for line in r.out.splitlines()]
    assert [p.name for p in paths] == [
        f"{iv}-thank-you-ada-lovelace.eml",
        f"{iv}-thank-you-grace-hopper.eml",
    ]
    recipients = [
        email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0].username
        for p in paths
    ]
    assert recipients == ["ada", "grace"]
    r = cli("draft", iv, "thank-you", "--out", out)
    assert r.code == 2
    assert "--format eml" in r.err
    r = cli("draft", iv, "thank-you", "--format", "eml", "--json")
    assert r.code == 2
    r = cli("draft", iv, "thank-you", "--format", "pdf")
    assert r.code == 2


def test_mailto_link_round_trips(cli: CLI) -> None:
    iv = _full(cli, ADA)
    cli("config", "set", "lang", "fr")
    expected = cli("draft", iv, "thank-you", "--json").json()["drafts"][0]
    r = cli("draft", iv, "thank-you", "--format", "mailto")
    assert r.code == 0
    (link,) = r.out.splitlines()
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "ada@acme.example"
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["subject"] == [expected["subject"]]
    assert query["body"] == [expected["body"].replace("\n", "\r\n")]


def test_user_templates_in_home_are_used(cli: CLI, home: Path) -> None:
    iv = _full(cli, ADA)
    mine = home / "templates" / "en" / "thank-you.j2"
    mine.parent.mkdir(parents=True)
    mine.write_text(
        "Subject: Thanks from me\n\nDear {{ first_name }},\n\nThank you for your time and "
        "{{ detail }}.\nI am excited about {{ company }}.\nMy background: {{ selling_point }}."
        "\n\nBest regards,\n{{ me }}\n",
        encoding="utf-8",
    )
    d = cli("draft", iv, "thank-you", "--json").json()["drafts"][0]
    assert d["subject"] == "Thanks from me"
    assert d["body"].startswith(f"Dear Ada,\n\nThank you for your time and {DETAIL}. I am excited")


def test_real_process_writes_a_crlf_eml_on_stdout(tactful_process: CLI, tactful: Tactful) -> None:
    from .conftest import make_round

    iv = make_round(tactful, interviewers=(ADA,)).interview_id
    r = tactful_process("draft", iv, "thank-you", "--format", "eml")
    assert r.code == 0, r.err
    message = email.message_from_string(r.out, policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "ada@acme.example"
    assert DETAIL in message.get_content()


def test_a_draft_still_holding_a_placeholder_is_revise(cli) -> None:  # type: ignore[no-untyped-def]
    """Without `me.name` the draft signs "[your name]": the check says revise (issue 10)."""
    iv = _full(cli, ADA)
    (draft,) = cli("draft", iv, "thank-you", "--json").json()["drafts"]
    assert draft["body"].endswith("[your name]")
    assert draft["check"]["verdict"] == "revise"
    assert [f["rule"] for f in draft["check"]["findings"] if f["severity"] == "error"] == [
        "placeholder"
    ]
