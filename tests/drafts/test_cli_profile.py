"""`tactful profile …` and `tactful suggest`, and the suggestion used in a status inquiry."""

from __future__ import annotations

import pytest

from conftest import CLI
from tactful import Tactful

from .conftest import ADA, DETAIL, STATUS_OPEN

REQUIREMENTS = (
    "- 3+ years of Python\n- Experience running Kubernetes in production\n"
    "- Familiarity with event sourcing"
)


@pytest.fixture(autouse=True)
def status_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_NOW", STATUS_OPEN)


def _round(cli: CLI, requirements: str = REQUIREMENTS, forgot: str = "") -> str:
    r = cli(
        "application", "add", "--company", "Acme", "--role", "Data Engineer",
        "--requirements", requirements, "--json",
    )  # fmt: skip
    app_id = str(r.json()["id"])
    args = ["interview", "add", app_id, "--at", "2026-11-20 10:00", "--interviewer", ADA]
    args += ["--detail", DETAIL, "--forgot", forgot, "--json"]
    return str(cli(*args).json()["id"])


def test_profile_add_list_remove(cli: CLI) -> None:
    r = cli("profile", "list")
    assert r.code == 0
    assert "empty" in r.out
    assert cli("profile", "list", "--json").json() == {"profile": []}
    r = cli("profile", "add", "skill", "Python [and] SQL")
    assert r.code == 0
    assert r.out.strip() == "1"
    r = cli("profile", "add", "accomplishment", "Led the move to Kubernetes", "--json")
    assert r.json() == {"id": 2, "kind": "accomplishment", "text": "Led the move to Kubernetes"}
    assert cli("profile", "list", "--json").json()["profile"] == [
        {"id": 1, "kind": "skill", "text": "Python [and] SQL"},
        {"id": 2, "kind": "accomplishment", "text": "Led the move to Kubernetes"},
    ]
    r = cli("profile", "list")
    assert "Python [and] SQL" in r.out
    assert "accomplishment" in r.out
    r = cli("profile", "remove", "1")
    assert r.code == 0
    assert [i["id"] for i in cli("profile", "list", "--json").json()["profile"]] == [2]
    r = cli("profile", "remove", "1")
    assert r.code == 2
    assert "tactful profile list" in r.err


def test_profile_add_rejects_bad_input(cli: CLI) -> None:
    r = cli("profile", "add", "hobby", "chess")
    assert r.code == 2
    assert "skill or accomplishment" in r.err
    r = cli("profile", "add", "skill", "   ")
    assert r.code == 2
    assert cli("profile", "list", "--json").json() == {"profile": []}


def test_suggest_command(cli: CLI) -> None:
    iv = _round(cli)
    r = cli("suggest", iv, "--json")
    assert r.json() == {"suggestions": [], "hints": [r.json()["hints"][0]]}
    assert "tactful profile add" in r.json()["hints"][0]
    cli("profile", "add", "skill", "Kubernetes")
    cli("profile", "add", "accomplishment", "Ran Kubernetes clusters for 40 services")
    cli("profile", "add", "skill", "Event sourcing")  # already in the interview notes
    r = cli("suggest", iv, "--json")
    assert r.code == 0
    assert r.json()["hints"] == []
    (top,) = r.json()["suggestions"]
    assert top["text"] == "Ran Kubernetes clusters for 40 services"
    assert top["requirement"] == "Experience running Kubernetes in production"
    assert top["matched"] == ["kubernetes"]
    r = cli("suggest", iv)
    assert "1. Ran Kubernetes clusters for 40 services" in r.out
    assert (
        f'tactful interview edit {iv} --forgot "Ran Kubernetes clusters for 40 services"' in r.out
    )


def test_suggest_says_when_the_posting_has_no_requirements(cli: CLI) -> None:
    iv = _round(cli, requirements="")
    r = cli("suggest", iv)
    assert r.code == 0
    assert "No suggestion" in r.out
    assert "--requirements" in r.out


def test_status_inquiry_uses_the_top_suggestion_and_says_so(cli: CLI) -> None:
    iv = _round(cli)
    cli("profile", "add", "accomplishment", "Ran Kubernetes clusters for 40 services")
    r = cli("draft", iv, "status", "--json")
    (draft,) = r.json()["drafts"]
    assert "Ran Kubernetes clusters for 40 services" in draft["body"]
    assert [p["field"] for p in draft["placeholders"]] == ["me.name"]
    assert any("using your profile's" in n for n in draft["notes"])
    # "[your name]" is still there: not ready to send (issue 10)
    assert draft["check"]["verdict"] == "revise"
    assert {f["rule"] for f in draft["check"]["findings"] if f["severity"] == "error"} == {
        "placeholder"
    }
    r = cli("draft", iv, "status")
    assert "tactful: no 'forgot' recorded: using your profile's" in r.err
    # A recorded `forgot` wins over the suggestion.
    cli("interview", "edit", iv, "--forgot", "my PMP certification")
    (draft,) = cli("draft", iv, "status", "--json").json()["drafts"]
    assert "my PMP certification" in draft["body"]
    assert draft["notes"] == []


def test_suggestion_after_editing_requirements_with_the_api(cli: CLI, tactful: Tactful) -> None:
    iv = _round(cli, requirements="")
    tactful.edit_application(1, requirements="Strong SQL; Airflow scheduling")
    cli("profile", "add", "skill", "Airflow")
    r = cli("suggest", iv, "--json")
    assert [s["text"] for s in r.json()["suggestions"]] == ["Airflow"]
