"""Issue 3: "drafts for every kind and language pass the checker ... all through the real CLI".

`tactful draft --json` reports its own check; the same text fed to `tactful check --interview`
(what a user does before sending) must exit 0 with the same findings, in the draft's language.
"""

from __future__ import annotations

import pytest

from conftest import CLI

from .conftest import ADA, AFTER_INTERVIEW, GRACE, STATUS_OPEN

FACTS = {
    "en": {
        "detail": "your plan to move billing to event sourcing",
        "selling_point": "my five years of building streaming pipelines",
        "forgot": "I led the migration of 40 services to Kubernetes",
    },
    "fr": {
        "detail": "votre projet de passer la facturation en event sourcing",
        "selling_point": "mes cinq années de développement de pipelines de données",
        "forgot": "j'ai piloté la migration de 40 services vers Kubernetes",
    },
}
NOW = {"thank-you": AFTER_INTERVIEW, "status": STATUS_OPEN}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", ["thank-you", "status"])
def test_drafts_pass_tactful_check(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, kind: str, lang: str
) -> None:
    monkeypatch.setenv("TACTFUL_NOW", NOW[kind])
    assert cli("config", "set", "me.name", "Sam Doe").code == 0
    r = cli("application", "add", "--company", "Acme", "--role", "Data Engineer", "--json")
    assert r.code == 0, r.err
    args = ["interview", "add", str(r.json()["id"]), "--at", "2026-11-20 10:00", "--json"]
    args += ["--interviewer", ADA, "--interviewer", GRACE]
    for name, value in FACTS[lang].items():
        args += [f"--{name.replace('_', '-')}", value]
    r = cli(*args)
    assert r.code == 0, r.err
    iv = str(r.json()["id"])

    r = cli("draft", iv, kind, "--lang", lang, "--json")
    assert r.code == 0, r.err
    drafts = r.json()["drafts"]
    assert len(drafts) == (2 if kind == "thank-you" else 1)
    for draft in drafts:
        assert draft["placeholders"] == []
        assert draft["check"]["verdict"] == "ok", draft["check"]
        text = f"Subject: {draft['subject']}\n\n{draft['body']}\n"
        checked = cli("check", "-", "--interview", iv, "--kind", kind, "--json", input=text)
        assert checked.code == 0, checked.out
        report = checked.json()
        assert report["verdict"] == "ok"
        assert report["language"] == lang  # detected from the draft's own words
        assert report["kind"] == draft["kind"]
        assert [f for f in report["findings"] if f["severity"] != "info"] == []
        assert report["findings"] == draft["check"]["findings"]
