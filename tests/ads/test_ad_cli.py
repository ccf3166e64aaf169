"""`tactful ad …` through the real entry point: output, JSON shape, exit codes, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CLI

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "ads"
EXAMPLES = ROOT / "docs" / "examples"
NOW = ("--now", "2026-03-02T09:00")

BAD = "# Rockstar Developer\n\nLocation: Denver, CO\n\nOur guys crush it. He will lead.\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_json_shape(cli: CLI, tmp_path: Path) -> None:
    ad = write(tmp_path, "ad.md", BAD)
    r = cli(*NOW, "ad", "check", ad, "--json")
    assert r.code == 1  # Colorado pay, benefits and deadline are legal errors
    data = r.json()
    assert set(data) >= {"score", "words", "language", "gender_coding", "findings"}
    assert 0 <= data["score"] <= 100
    assert data["words"] == 12
    assert data["language"] == "en"
    assert data["gender_coding"] == {
        "verdict": "masculine-coded",
        "masculine": ["lead"],
        "feminine": [],
    }
    keys = {
        "rule",
        "category",
        "severity",
        "message",
        "suggestion",
        "evidence",
        "start",
        "end",
        "line",
        "column",
    }
    for finding in data["findings"]:
        assert keys <= set(finding)
        if finding["start"] is not None:
            assert BAD[finding["start"] : finding["end"]] == finding["text"]
    assert {"us-co-pay", "superhero-title", "gendered-term", "bro-culture"} <= {
        f["rule"] for f in data["findings"]
    }
    assert "error-level finding" in r.err
    assert r.err.startswith("tactful: error:")


def test_check_human_output_ranks_fixes(cli: CLI, tmp_path: Path) -> None:
    ad = write(tmp_path, "ad.md", BAD)
    r = cli(*NOW, "ad", "check", ad)
    assert r.code == 1
    assert "score" in r.out
    assert "/100" in r.out
    assert "Fixes that raise the score most" in r.out
    ranked = r.out.split("Fixes that raise the score most")[1]
    assert ranked.index("us-co-") < ranked.index("superhero-title")
    assert "1:3 [2–20]" in r.out  # "Rockstar Developer", the title


def test_check_clean_ad_exits_zero(cli: CLI) -> None:
    r = cli(*NOW, "ad", "check", CORPUS / "en-01-data-analyst-denver.md", "--json")
    assert r.code == 0, r.err
    assert r.json()["score"] == 100
    assert r.json()["findings"] == []


def test_check_stdin_and_options(cli: CLI) -> None:
    r = cli(
        *NOW,
        "ad",
        "check",
        "-",
        "--json",
        "--lang",
        "fr",
        "--jurisdiction",
        "FR",
        input="Nous cherchons une perle rare.",
    )
    data = r.json()
    assert data["language"] == "fr"
    assert data["jurisdictions"] == ["FR"]
    assert r.code == 0


def test_check_jurisdiction_option_repeats(cli: CLI) -> None:
    r = cli(
        *NOW,
        "ad",
        "check",
        "-",
        "--json",
        "--jurisdiction",
        "US-NY",
        "--jurisdiction",
        "us-ca",
        input="You write code.",
    )
    assert r.json()["jurisdictions"] == ["US-NY", "US-CA"]
    assert {"us-ny-pay", "us-ca-pay"} <= {f["rule"] for f in r.json()["findings"]}
    assert r.code == 1


def test_check_eu_date_comes_from_now(cli: CLI) -> None:
    ad = "# Directeur\n\nLieu : Bruxelles\n\nVous dirigez l'équipe."
    before = cli("--now", "2026-06-06T12:00", "ad", "check", "-", "--json", input=ad)
    after = cli("--now", "2026-06-07T12:00", "ad", "check", "-", "--json", input=ad)
    assert before.code == 0
    assert after.code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ad", "check", "missing.md"), "no such file: missing.md"),
        (("ad", "check", "-", "--lang", "de"), "unknown language 'de'"),
        (("ad", "check", "-", "--jurisdiction", "Colorado!"), "unknown jurisdiction"),
    ],
)
def test_check_bad_input_exits_two(cli: CLI, args: tuple[str, ...], message: str) -> None:
    r = cli(*NOW, *args, input="text")
    assert r.code == 2
    assert message in r.err
    assert r.err.count("\n") == 1


def test_check_rejects_non_utf8(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café rockstar".encode("latin-1"))
    r = cli(*NOW, "ad", "check", path)
    assert r.code == 2
    assert "not UTF-8" in r.err


def test_check_html_file(cli: CLI) -> None:
    r = cli(*NOW, "ad", "check", CORPUS / "en-07-engineer-berlin-html.html", "--json")
    data = r.json()
    assert data["format"] == "html"
    assert data["jurisdictions"] == ["DE"]
    assert "superhero-title" not in {f["rule"] for f in data["findings"]}  # only in <script>


def test_check_odd_unicode_spans_are_offsets_into_the_file_as_read(
    cli: CLI, tmp_path: Path
) -> None:
    text = (
        "\ufeff# Rockstar Developer\r\n\r\nLocation:\u00a0Denver, CO\r\n\r\n"
        "We want a \u201cninja\u201d \u2014 rock\u200fstar guys who work hard, play hard.\r\n"
    )
    path = tmp_path / "odd.md"
    path.write_bytes(text.encode("utf-8"))  # BOM and CRLF kept as written
    r = cli(*NOW, "ad", "check", path, "--json")
    data = r.json()
    spans = {
        (f["rule"], text[f["start"] : f["end"]], f["line"], f["column"])
        for f in data["findings"]
        if f["start"] is not None
    }
    assert all(text[f["start"] : f["end"]] == f["text"] for f in data["findings"] if f["text"])
    assert {
        ("superhero-title", "Rockstar Developer", 1, 4),
        ("superhero-title", "ninja", 5, 12),
        ("superhero-title", "rock\u200fstar", 5, 21),
        ("gendered-term", "guys", 5, 31),
        ("bro-culture", "work hard, play hard", 5, 40),
    } <= spans
    assert data["jurisdictions"] == ["US-CO"]
    assert r.code == 1


def test_check_empty_input(cli: CLI) -> None:
    r = cli(*NOW, "ad", "check", "-", "--json", input="")
    data = r.json()
    assert r.code == 0
    assert data["words"] == 0
    assert data["gender_coding"] == {"verdict": "empty", "masculine": [], "feminine": []}
    assert data["findings"]
    assert all(f["start"] is None for f in data["findings"])


# --- ad new -------------------------------------------------------------------------------


def test_new_markdown_and_jsonld_file(cli: CLI, tmp_path: Path) -> None:
    out = tmp_path / "posting.json"
    r = cli(*NOW, "ad", "new", EXAMPLES / "ad-spec.toml", "--jsonld", out)
    assert r.code == 0, r.err
    assert r.out.startswith("# Backend Engineer\n")
    posting = json.loads(out.read_text(encoding="utf-8"))
    assert posting["@type"] == "JobPosting"
    assert posting["title"] == "Backend Engineer"
    check = cli(*NOW, "ad", "check", "-", "--json", input=r.out)
    assert check.code == 0
    assert check.json()["score"] >= 95


def test_new_html_page_passes_jsonld_validation(cli: CLI, tmp_path: Path) -> None:
    r = cli(*NOW, "ad", "new", EXAMPLES / "ad-spec-fr.toml", "--format", "html")
    assert r.code == 0, r.err
    page = write(tmp_path, "page.html", r.out)
    v = cli(*NOW, "ad", "jsonld", page, "--json")
    assert v.code == 0, v.out
    assert v.json()["valid"] is True
    assert v.json()["postings"][0]["title"] == "Développeur back-end Python (H/F)"
    check = cli(*NOW, "ad", "check", page, "--json")
    assert check.code == 0
    assert check.json()["language"] == "fr"


def test_new_bad_spec_is_one_line(cli: CLI, tmp_path: Path) -> None:
    spec = write(tmp_path, "spec.toml", 'title = "Cook"\ncompany = "Bistro"\n')
    r = cli(*NOW, "ad", "new", spec)
    assert r.code == 2
    assert r.err.startswith("tactful: error: ad spec: missing required field")
    broken = write(tmp_path, "broken.toml", "title = \n")
    assert cli(*NOW, "ad", "new", broken).code == 2
    assert cli(*NOW, "ad", "new", EXAMPLES / "ad-spec.toml", "--format", "pdf").code == 2


def test_new_does_not_write_half_a_file(cli: CLI, tmp_path: Path) -> None:
    r = cli(
        *NOW,
        "ad",
        "new",
        EXAMPLES / "ad-spec.toml",
        "--jsonld",
        tmp_path / "no-such-dir" / "x.json",
    )
    assert r.code == 2
    assert "does not exist" in r.err
    assert not (tmp_path / "no-such-dir").exists()


# --- ad jsonld ----------------------------------------------------------------------------


def test_jsonld_missing_required_exits_one(cli: CLI, tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "p.html",
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Vendeur"}</script>',
    )
    r = cli(*NOW, "ad", "jsonld", page, "--json")
    assert r.code == 1
    props = {p["property"] for p in r.json()["postings"][0]["problems"] if p["level"] == "error"}
    assert props == {"description", "datePosted", "hiringOrganization", "jobLocation"}
    human = cli(*NOW, "ad", "jsonld", page)
    assert "invalid" in human.out
    assert "missing required property description" in human.out


def test_jsonld_no_markup_exits_one(cli: CLI, tmp_path: Path) -> None:
    r = cli(*NOW, "ad", "jsonld", write(tmp_path, "p.html", "<p>no markup</p>"))
    assert r.code == 1
    assert "no schema.org JobPosting markup" in r.err


def test_jsonld_broken_json_exits_two(cli: CLI, tmp_path: Path) -> None:
    page = write(tmp_path, "p.html", '<script type="application/ld+json">{"a": }</script>')
    r = cli(*NOW, "ad", "jsonld", page)
    assert r.code == 2
    assert "JSON-LD block 1 is not valid JSON" in r.err


def test_jsonld_microdata(cli: CLI, tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "p.html",
        (
            '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Cook</h1>'
            '<div itemprop="description">Cook.</div><meta itemprop="datePosted" '
            'content="2026-03-01"><div itemprop="hiringOrganization" itemscope '
            'itemtype="https://schema.org/Organization"><span itemprop="name">Bistro</span></div>'
            '<div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">'
            '<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
            '<span itemprop="addressLocality">Lyon</span></div></div></div>'
        ),
    )
    r = cli(*NOW, "ad", "jsonld", page, "--json")
    assert r.code == 0, r.out
    levels = {p["level"] for p in r.json()["postings"][0]["problems"]}
    assert levels == {"warning"}
