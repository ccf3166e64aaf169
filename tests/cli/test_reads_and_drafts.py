"""What reads, drafts and transfers say: the status reason, `--to`, `show`, `ad jsonld`, and the
summary of an export or an import."""

from __future__ import annotations

from pathlib import Path

from conftest import CLI

from .journey import NOW, add_application, add_round


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


def test_show_says_what_requirements_the_application_holds(cli: CLI) -> None:
    app = add_application(cli, "--requirements", "Python; SQL")
    assert "  Requirements: Python; SQL" in cli("show", str(app)).out
    long = " ".join(["Experience running Kubernetes in production."] * 20)
    assert cli("application", "edit", str(app), "--requirements", long).code == 0
    line = next(s for s in cli("show", str(app)).out.splitlines() if "Requirements" in s)
    assert line.startswith("  Requirements: Experience running Kubernetes")
    assert line.endswith("… (100 words)")
