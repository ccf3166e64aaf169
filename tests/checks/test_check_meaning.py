"""Issue 10: rules by meaning. Each sentence the issue lists, and paraphrases of it, inside an
otherwise polite email, through the real `tactful check` command; near misses that must pass;
the verdict rules (placeholder, ineffective); and the email's own header block and quoted reply.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_samples import email

from conftest import CLI
from tactful.checks import check_email

ST = "status-inquiry"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "email.txt"
    path.write_text(text, encoding="utf-8")
    return path


# The sentences, then paraphrases no rule names word for word.
CAUGHT = [
    ("en", "call-or-visit", "Please call me tomorrow at 9am.", "Please call me"),
    ("en", "call-or-visit", "Let me know a good time to chat by phone.", "chat by phone"),
    ("fr", "call-or-visit", "N'hésitez pas à m'appeler.", "m'appeler"),
    ("fr", "call-or-visit", "Pourriez-vous me rappeler demain ?", "me rappeler"),
    ("fr", "call-or-visit", "Je passerai à vos bureaux lundi.", "Je passerai à vos bureaux"),
    ("en", "pressure", "I'll keep emailing every few days until I hear from you.", "keep emailing"),
    ("en", "complaint", "Why is this taking so long?", "Why is this taking so long"),
    ("en", "call-or-visit", "I was planning to phone your office on Thursday.", "phone your"),
    ("en", "call-or-visit", "Could we set up a quick call next week?", "a quick call"),
    ("en", "call-or-visit", "I'd be happy to swing by your office with my portfolio.", "swing by"),
    ("en", "call-or-visit", "Feel free to give me a ring whenever suits you.", "give me a ring"),
    ("fr", "call-or-visit", "Je me permettrai de vous téléphoner jeudi.", "vous téléphoner"),
    ("fr", "call-or-visit", "Appelez-moi quand vous voulez.", "Appelez-moi"),
    ("fr", "call-or-visit", "Je peux passer vous voir mardi.", "passer vous voir"),
    ("en", "pressure", "I would appreciate a decision before Friday.", "before Friday"),
    ("en", "pressure", "I have received an offer from another company.", "an offer"),
    (
        "en",
        "pressure",
        "If I don't hear back this week, I will assume the role is filled.",
        "assume",
    ),
    ("fr", "pressure", "Merci de me répondre d'ici jeudi.", "d'ici jeudi"),
    ("fr", "pressure", "J'ai reçu une proposition d'une autre entreprise.", "autre entreprise"),
    ("fr", "pressure", "Je continuerai à vous relancer chaque semaine.", "relancer"),
    ("en", "desperate", "Honestly, I badly need this job.", "need this job"),
    ("en", "desperate", "You won't find anyone who wants this more than me.", "wants this more"),
    ("fr", "desperate", "J'ai absolument besoin de ce travail.", "besoin de ce travail"),
    ("en", "complaint", "Why hasn't anyone gotten back to me?", "gotten back"),
    ("en", "complaint", "I find this lack of communication unprofessional.", "unprofessional"),
    ("fr", "complaint", "Pourquoi est-ce aussi long ?", "aussi long"),
    ("fr", "complaint", "Je trouve ce silence inadmissible.", "inadmissible"),
    ("en", "filler", "I hope this email finds you well.", "hope this email finds you"),
    ("en", "filler", "Just wanted to circle back on this.", "circle back"),
    ("fr", "filler", "J'espère que vous allez bien.", "espère que vous allez bien"),
    ("en", "apology", "I'm sorry for taking up more of your time.", "sorry for taking up"),
    ("fr", "apology", "Pardon de vous importuner à nouveau.", "importuner"),
]


@pytest.mark.parametrize(("lang", "rule", "sentence", "inside"), CAUGHT)
def test_meaning_is_caught_through_the_cli(
    cli: CLI, tmp_path: Path, lang: str, rule: str, sentence: str, inside: str
) -> None:
    text = email(ST, lang, sentence + "\n\n")
    r = cli("check", write(tmp_path, text), "--kind", "status", "--json")
    data = r.json()
    spans = [text[f["start"] : f["end"]] for f in data["findings"] if f["rule"] == rule]
    assert any(inside in span for span in spans), (spans, data["findings"])
    if rule in ("filler", "apology"):
        assert r.code == 0  # a warning alone does not block
        assert data["verdict"] == "ok"
    else:
        assert r.code == 1
        assert data["verdict"] == "revise"


PASSES = [
    ("en", "Thank you for calling me back so quickly last week."),
    ("en", "I enjoyed our phone interview on Monday."),
    ("en", "When we spoke on the phone, you described the new warehouse."),
    ("en", "I enjoyed visiting your office and meeting the team."),
    ("en", "As you mentioned, you hope to decide by Friday."),
    ("en", "I understand you need the position filled by March."),
    ("en", "I have a lot to offer your team."),
    ("en", "My experience in the call centre taught me patience."),
    ("fr", "Je vous rappelle que je suis disponible dès avril."),
    ("fr", "Merci pour l'entretien téléphonique de mardi."),
    ("fr", "Vous m'aviez indiqué une décision avant la fin du mois."),
    ("fr", "J'ai passé un excellent entretien avec votre équipe."),
]


@pytest.mark.parametrize(("lang", "sentence"), PASSES)
def test_near_misses_pass(lang: str, sentence: str) -> None:
    report = check_email(email(ST, lang, sentence + "\n\n"), kind=ST, lang=lang)
    tone = {"call-or-visit", "pressure", "complaint", "desperate", "blunt-demand"}
    assert report.rules() & tone == set(), [
        (f.rule, f.message) for f in report.findings if f.rule in tone
    ]


ONLY_FILLER = """Hi Sam,

Just checking in on my application. Touching base to see if there is anything new. Sorry to
bother you, just circling back.

Thanks,
Alex
"""


def test_filler_and_apology_only_is_ineffective(cli: CLI, tmp_path: Path) -> None:
    r = cli("check", write(tmp_path, ONLY_FILLER), "--kind", "status", "--json")
    assert r.code == 1
    data = r.json()
    assert data["verdict"] == "revise"
    (finding,) = [f for f in data["findings"] if f["rule"] == "ineffective"]
    assert finding["severity"] == "error"
    assert finding["whole"] is True
    assert (
        sorted(f["rule"] for f in data["findings"] if f["severity"] == "warning").count("filler")
        == 3
    )


def test_one_filler_in_a_full_email_is_a_warning_only() -> None:
    report = check_email(email(ST, "en", "I hope this email finds you well.\n\n"), kind=ST)
    assert report.verdict == "ok"
    assert "ineffective" not in report.rules()


DRAFT = """To: Ada Lovelace <ada@acme.example>
Subject: Thank you for your time on November 25

Hello Ada,

Thank you for speaking with me on November 25 about the Data engineer position at Acme; I
appreciated your time. What I remember most is our exchange about the Black Friday outage story.

I am very excited about the Data engineer role. My five years of running Spark pipelines would
let me help from day one.

With best wishes,
{name}
"""


def test_a_drafts_header_block_is_read(cli: CLI, tmp_path: Path) -> None:
    r = cli("check", write(tmp_path, DRAFT.format(name="Sam Doe")), "--kind", "thank-you")
    assert r.code == 0, r.out
    assert "missing-greeting" not in r.out
    assert "verdict: ok" in r.out


def test_a_leftover_placeholder_is_revise(cli: CLI, tmp_path: Path) -> None:
    text = DRAFT.format(name="[your name]")
    r = cli("check", write(tmp_path, text), "--kind", "thank-you", "--json")
    assert r.code == 1
    (finding,) = r.json()["findings"]
    assert finding["rule"] == "placeholder"
    assert text[finding["start"] : finding["end"]] == "[your name]"


@pytest.mark.parametrize("blank", ["{topic}", "<DETAIL>", "<FIRST NAME>", "XXX", "TODO"])
def test_other_templates_blanks_are_placeholders(blank: str) -> None:
    text = email(ST, "en", f"I enjoyed hearing about {blank} during our talk.\n\n")
    report = check_email(text, kind=ST)
    found = [text[f.start : f.end] for f in report.findings if f.rule == "placeholder"]
    assert found == [blank]
    assert report.verdict == "revise"


def test_addresses_tags_and_code_are_not_placeholders() -> None:
    body = "Write to <ada@acme.example>; the <br> tag and {} are not blanks; xxx neither.\n\n"
    assert "placeholder" not in check_email(email(ST, "en", body), kind=ST).rules()


def test_brackets_that_are_not_placeholders_pass() -> None:
    text = email(ST, "en", "As the job ad put it, the role is [sic] “hybrid” [...].\n\n")
    assert "placeholder" not in check_email(text, kind=ST).rules()


def test_a_quoted_reply_is_not_checked() -> None:
    quoted = (
        "\nOn Mon, 2 Mar 2026 at 10:00, Ana Rossi <ana@example.com> wrote:\n"
        "> Call me any time, I will stop by your office tomorrow.\n"
    )
    report = check_email(email(ST, "en") + quoted, kind=ST)
    assert report.verdict == "ok", [(f.rule, f.message) for f in report.findings]


def test_every_meaning_pattern_compiles_in_both_languages() -> None:
    from tactful.checks import registered_rules
    from tactful.checks.rule import MeaningRule

    rules = [r for r in registered_rules() if isinstance(r, MeaningRule)]
    assert {r.id for r in rules} >= {"call-or-visit", "pressure", "complaint", "desperate"}
    for rule in rules:
        for lang in ("en", "fr"):
            compiled = rule.compiled(lang)
            assert len(compiled) == len(rule.patterns[lang])
            for needs, _regex in compiled:
                assert all(needs), (rule.id, lang)
