"""`tactful application import PAGE.html|URL` through the real CLI."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from conftest import CLI
from tactful.cli.main import main

PAGES = Path(__file__).resolve().parent.parent / "data" / "postings"
NOW = ("--now", "2026-11-10T09:00:00+01:00")


def page(name: str) -> str:
    return str(PAGES / name)


def applications(cli: CLI) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], cli("list", "--json").json()["applications"])


def test_a_saved_page_becomes_an_application(cli: CLI) -> None:
    r = cli(*NOW, "application", "import", page("acme-data-engineer.html"), "--yes", "--json")
    assert r.code == 0, r.err
    created = r.json()
    [app] = applications(cli)
    assert app["id"] == created["id"]
    assert (app["company"], app["role"]) == ("Acme Analytics", "Data Engineer")
    assert (app["closing_date"], app["posted_date"]) == ("2026-11-30", "2026-10-15")
    assert app["country"] == "FR"
    assert app["url"] == "https://careers.acme-analytics.com/jobs/data-engineer-paris"
    assert "Experience with Airflow or Dagster" in app["requirements"]
    assert "- Model data for analysts & data scientists" in app["requirements"]
    assert "<li>" not in app["requirements"]
    assert "&amp;" not in app["requirements"]


def test_without_a_terminal_or_yes_it_shows_the_fields_and_asks_for_yes(cli: CLI) -> None:
    r = cli(*NOW, "application", "import", page("acme-data-engineer.html"))
    assert r.code == 2
    assert "Role: Data Engineer" in r.out
    assert "Closing date: 2026-11-30" in r.out
    assert "Add --yes" in r.err
    assert r.err.count("\n") == 1
    assert applications(cli) == []


def test_a_url_is_fetched_from_a_real_server(cli: CLI, server: str) -> None:
    url = f"{server}/jobs/stark-microdata.html"
    r = cli(*NOW, "application", "import", url, "--yes")
    assert r.code == 0, r.err
    assert "Application 1 created: Stark Industries, Site Reliability Engineer." in r.out
    [app] = applications(cli)
    assert app["url"] == url
    assert (app["country"], app["subdivision"]) == ("US", "CA")


def test_fetch_failures_are_one_line_and_create_nothing(cli: CLI, server: str) -> None:
    for url, message in (
        (f"{server}/jobs/missing.html", "answered 404"),
        (f"{server}/pdf", "is not a web page"),
        ("https://careers.example.invalid/job", "careers.example.invalid"),
    ):
        r = cli(*NOW, "application", "import", url, "--yes")
        assert r.code == 2, url
        assert message in r.err, r.err
        assert r.err.count("\n") == 1, r.err
    assert applications(cli) == []


def test_several_postings_need_an_index_without_a_terminal(cli: CLI) -> None:
    r = cli(*NOW, "application", "import", page("jobboard-several.html"), "--yes")
    assert r.code == 2
    assert "lists 3 job postings" in r.err
    assert "add --index N" in r.err
    assert "2. Backend Engineer — Umbrella Corp (Munich, DEU)" in r.err
    ok = cli(
        *NOW,
        "application",
        "import",
        page("jobboard-several.html"),
        "--index",
        "2",
        "--yes",
        "--json",
    )
    assert ok.code == 0, ok.err
    [app] = applications(cli)
    assert (app["role"], app["country"], app["subdivision"]) == ("Backend Engineer", "DE", "BY")
    bad = cli(*NOW, "application", "import", page("jobboard-several.html"), "--index", "9", "--yes")
    assert bad.code == 2
    assert "out of range" in bad.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_terminal_the_postings_are_listed_and_one_is_chosen(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal("3\ny\n"))
    code = main([*NOW, "application", "import", page("jobboard-several.html")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "1. Backend Engineer (Go) — Umbrella Corp (Berlin, DE)" in out
    assert [a["company"] for a in applications(cli)] == ["Initech"]


def test_a_closing_date_already_past_warns_but_is_kept(cli: CLI) -> None:
    r = cli(*NOW, "application", "import", page("hooli-closed.html"), "--yes")
    assert r.code == 0
    assert "tactful: warning: the posting closed on 2026-10-01, before today" in r.err
    assert applications(cli)[0]["closing_date"] == "2026-10-01"


def test_broken_json_ld_and_pages_without_postings(cli: CLI) -> None:
    broken = cli(*NOW, "application", "import", page("broken-jsonld.html"), "--yes")
    assert broken.code == 2
    assert "broken-jsonld.html: JSON-LD block 1 is not valid JSON" in broken.err
    none = cli(*NOW, "application", "import", page("no-posting.html"), "--yes")
    assert none.code == 2
    assert "has no job posting" in none.err
    assert applications(cli) == []


def test_importing_the_same_posting_twice_is_refused(cli: CLI) -> None:
    assert cli(*NOW, "application", "import", page("globex-graph.html"), "--yes").code == 0
    again = cli(*NOW, "application", "import", page("globex-graph.html"), "--yes")
    assert again.code == 2
    assert "already application 1" in again.err
    assert len(applications(cli)) == 1


def test_the_configured_country_is_used_when_the_posting_names_none(
    cli: CLI, tmp_path: Path
) -> None:
    cli("config", "set", "country", "FR")
    bare = tmp_path / "bare.html"
    bare.write_text(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",'
        '"title":"Analyst","hiringOrganization":{"@type":"Organization","name":"Acme"}}</script>',
        encoding="utf-8",
    )
    r = cli(*NOW, "application", "import", str(bare), "--yes", "--json")
    assert r.code == 0, r.err
    assert r.json()["country"] == "FR"
    assert applications(cli)[0]["country"] == "FR"
