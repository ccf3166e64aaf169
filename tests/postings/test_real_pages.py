"""Job postings as real sites write them: schema.org's own example (`name`, not `title`), SAP
SuccessFactors' Java dates, JSON-LD nested past any sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CLI

PAGES = Path(__file__).resolve().parent.parent / "data" / "postings"
NOW = ("--now", "2026-11-10T09:00:00+01:00")


def test_schema_orgs_example_with_name_instead_of_title(cli: CLI) -> None:
    r = cli(*NOW, "application", "import", PAGES / "schema-org-name.html", "--yes", "--json")
    assert r.code == 0, r.err
    [app] = cli("list", "--json").json()["applications"]
    assert (app["company"], app["role"]) == ("ABC Company Inc.", "Software Engineer")
    assert (app["closing_date"], app["country"]) == ("2026-12-18", "US")


def test_sap_successfactors_dates_are_read(cli: CLI) -> None:
    r = cli(*NOW, "application", "import", PAGES / "sap-successfactors.html", "--yes", "--json")
    assert r.code == 0, r.err
    assert r.json()["warnings"] == []
    [app] = cli("list", "--json").json()["applications"]
    assert (app["closing_date"], app["posted_date"]) == ("2026-12-31", "2026-11-02")
    assert app["role"] == "Ingénieur Données (H/F)"


def test_a_posting_date_out_of_range_is_a_warning_not_a_poisoned_store(
    cli: CLI, tmp_path: Path
) -> None:
    page = tmp_path / "far.html"
    page.write_text(
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Dev", '
        '"hiringOrganization": "Acme", "validThrough": "9999-12-31"}</script>',
        encoding="utf-8",
    )
    r = cli(*NOW, "application", "import", page, "--yes", "--json")
    assert r.code == 0, r.err
    assert any("out of range" in w for w in r.json()["warnings"])
    assert cli("list", "--json").json()["applications"][0]["closing_date"] is None
    assert cli(*NOW, "due").code == 0


@pytest.mark.parametrize("depth", [200, 5000, 100_000])
@pytest.mark.parametrize("command", [("application", "import"), ("ad", "jsonld")])
def test_deeply_nested_json_ld_is_one_line(
    cli: CLI, tmp_path: Path, depth: int, command: tuple[str, str]
) -> None:
    nested = '{"a": ' * depth + '"x"' + "}" * depth
    page = tmp_path / "deep.html"
    page.write_text(
        f'<script type="application/ld+json">[{nested}, {{"@type": "JobPosting", '
        f'"title": "Dev", "hiringOrganization": "Acme"}}]</script>',
        encoding="utf-8",
    )
    r = cli(*NOW, *command, page, "--yes") if command[1] == "import" else cli(*command, page)
    assert "Traceback" not in r.err
    assert r.code in (0, 1, 2)
    if r.code:
        assert r.err.count("\n") >= 1
        assert "RecursionError" not in r.err
    if depth > 1000:
        assert r.code == 2
        assert "nested too deeply" in r.err
