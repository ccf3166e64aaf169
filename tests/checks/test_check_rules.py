"""Each rule, in English and French: a sentence that must be flagged (at that sentence's span),
and a near miss that must not be."""

from __future__ import annotations

import pytest
from check_samples import email

from tactful.checks import CheckReport, check_email

TY, ST = "thank-you", "status-inquiry"


def run(text: str, kind: str | None, lang: str) -> CheckReport:
    return check_email(text, kind=kind, lang=lang)


def spans(report: CheckReport, text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in report.findings if f.rule == rule]


# (rule, kind, lang, sentence added to a clean email, the span it must flag)
POSITIVE = [
    (
        "call-or-visit",
        TY,
        "en",
        "I'll give you a call on Friday to talk it through.",
        "I'll give you a call",
    ),
    (
        "call-or-visit",
        ST,
        "en",
        "I could stop by your office on Monday with my portfolio.",
        "I could stop by your office",
    ),
    (
        "call-or-visit",
        TY,
        "fr",
        "Je vous appellerai vendredi pour en parler.",
        "Je vous appellerai",
    ),
    (
        "call-or-visit",
        ST,
        "fr",
        "Je peux passer à vos bureaux lundi si vous le souhaitez.",
        "Je peux passer à vos bureaux",
    ),
    ("desperate", TY, "en", "Honestly, I really need this job.", "I really need this job"),
    (
        "desperate",
        ST,
        "en",
        "I have been out of work for eight months now.",
        "out of work for",
    ),
    (
        "desperate",
        TY,
        "fr",
        "Franchement, j'ai vraiment besoin de ce poste.",
        "j'ai vraiment besoin de ce poste",
    ),
    ("desperate", ST, "fr", "Je suis au chômage depuis un an.", "au chômage depuis"),
    ("pressure", ST, "en", "I need an answer by Friday.", "I need an answer by Friday"),
    (
        "pressure",
        TY,
        "en",
        "Please note that I have a competing offer.",
        "I have a competing offer",
    ),
    (
        "pressure",
        ST,
        "fr",
        "J'ai besoin d'une réponse d'ici vendredi.",
        "besoin d'une réponse d'ici vendredi",
    ),
    ("pressure", TY, "fr", "Je précise que j'ai une autre offre.", "j'ai une autre offre"),
    ("filler", ST, "en", "Just checking in on my application.", "Just checking in"),
    ("filler", ST, "en", "I wanted to circle back on the role.", "circle back"),
    ("filler", ST, "fr", "Je me permets de vous relancer.", "Je me permets de vous relancer"),
    ("filler", ST, "fr", "Petite relance concernant ma candidature.", "Petite relance"),
    ("blunt-demand", ST, "en", "Any update?", "Any update?"),
    (
        "complaint",
        ST,
        "en",
        "Why haven't you replied to my last email?",
        "Why haven't you replied",
    ),
    ("blunt-demand", ST, "fr", "Des nouvelles ?", "Des nouvelles ?"),
    ("blunt-demand", ST, "fr", "J'attends toujours votre réponse.", "J'attends toujours"),
    ("apology", ST, "en", "Sorry to bother you again.", "Sorry to bother you"),
    (
        "apology",
        TY,
        "en",
        "I apologize for bothering you so soon.",
        "I apologize for bothering you",
    ),
    (
        "apology",
        ST,
        "fr",
        "Désolée de vous déranger à nouveau.",
        "Désolée de vous déranger à nouveau",
    ),
    ("apology", ST, "fr", "Excusez-moi de vous relancer.", "Excusez-moi de vous relancer"),
    ("shouting", TY, "en", "I am VERY excited to hear back.", "VERY"),
    ("shouting", TY, "en", "Thank you again!!", "!!"),
    ("shouting", TY, "fr", "Je suis TRÈS motivée.", "TRÈS"),
    ("shouting", TY, "fr", "MERCI BEAUCOUP pour votre accueil.", "MERCI BEAUCOUP"),
    ("emoji", TY, "en", "It was a great afternoon 😊", "😊"),
    ("emoji", TY, "en", "See you soon :)", ":)"),
    ("emoji", TY, "fr", "Excellente journée à vous 👍🏽", "👍🏽"),
    ("emoji", TY, "fr", "À bientôt ;-)", ";-)"),
]

NEGATIVE = [
    ("call-or-visit", TY, "en", "Thank you for the call you arranged with the team lead."),
    ("call-or-visit", TY, "en", "Roles like this one are hard to come by."),
    ("call-or-visit", TY, "en", "Thank you for calling me back so quickly last week."),
    ("call-or-visit", TY, "fr", "Merci encore pour l'appel de mardi avec votre directeur."),
    ("call-or-visit", TY, "fr", "Je viendrai avec plaisir à un second entretien."),
    ("desperate", TY, "en", "I understand you need the position filled by March."),
    ("desperate", TY, "fr", "Vous m'avez dit avoir besoin d'un renfort rapide."),
    ("pressure", ST, "en", "I can start as soon as possible."),
    ("pressure", ST, "en", "You hoped to reach a decision by the end of the month."),
    ("pressure", ST, "fr", "Vous m'aviez dit prendre une décision d'ici la fin du mois."),
    ("pressure", ST, "fr", "Je suis disponible dans les plus brefs délais."),
    ("filler", ST, "en", "I am checking the references you asked for."),
    ("filler", ST, "fr", "Je reviens vers vous au sujet de ma candidature."),
    ("blunt-demand", ST, "en", "I would be grateful for any update on the process."),
    ("blunt-demand", ST, "fr", "Auriez-vous des nouvelles concernant le processus ?"),
    ("apology", TY, "en", "I apologize for the delay in sending this note."),
    ("apology", TY, "fr", "Veuillez excuser mon retard dans l'envoi de ce message."),
    ("shouting", TY, "en", "I have used SQL, AWS and the CFA syllabus daily."),
    ("shouting", TY, "fr", "J'ai préparé le CACES et le TOEIC l'an dernier."),
    ("emoji", TY, "en", "We spoke at 10:30 (see https://example.com/jobs)."),
    ("emoji", TY, "fr", "Nous avons parlé à 10:30 (voir https://example.com/offres)."),
]


@pytest.mark.parametrize(("rule", "kind", "lang", "sentence", "span"), POSITIVE)
def test_rule_flags_the_sentence(rule: str, kind: str, lang: str, sentence: str, span: str) -> None:
    text = email(kind, lang, sentence)
    report = run(text, kind, lang)
    assert span in spans(report, text, rule), [
        (f.rule, text[f.start : f.end]) for f in report.findings
    ]


@pytest.mark.parametrize(("rule", "kind", "lang", "sentence"), NEGATIVE)
def test_rule_lets_the_near_miss_pass(rule: str, kind: str, lang: str, sentence: str) -> None:
    text = email(kind, lang, sentence)
    report = run(text, kind, lang)
    assert rule not in report.rules(), spans(report, text, rule)


@pytest.mark.parametrize("kind", [TY, ST])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_clean_samples_pass_every_rule(kind: str, lang: str) -> None:
    report = run(email(kind, lang), kind, lang)
    assert report.findings == []
    assert report.verdict == "ok"


def _without(text: str, *sentences: str) -> str:
    for sentence in sentences:
        assert sentence in text
        text = text.replace(sentence, "")
    return text


# (rule, kind, lang, sentences removed from the clean email)
MISSING = [
    ("missing-thanks", TY, "en", ["Thank you for meeting with me on Tuesday. "]),
    (
        "missing-thanks",
        TY,
        "fr",
        ["Je vous remercie pour le temps que vous m'avez accordé mardi. "],
    ),
    ("missing-enthusiasm", TY, "en", ["I am even more excited about the Data Analyst role. "]),
    (
        "missing-enthusiasm",
        TY,
        "fr",
        ["Notre échange a renforcé mon envie de rejoindre votre équipe. "],
    ),
    (
        "missing-selling-point",
        TY,
        "en",
        [
            " My four years automating SQL reporting at Norvane would let me help with "
            "that dashboard from the first week."
        ],
    ),
    (
        "missing-selling-point",
        TY,
        "fr",
        [
            " Mes cinq années en agence web me permettraient d'être rapidement "
            "opérationnelle sur ce projet."
        ],
    ),
    ("missing-process-question", ST, "en", [" Could you tell me how the hiring process is going?"]),
    (
        "missing-process-question",
        ST,
        "fr",
        [" Pourriez-vous me dire où en est le processus de recrutement ?"],
    ),
    (
        "missing-forgotten-qualification",
        ST,
        "en",
        [
            "One thing I did not get to mention: I recently finished a course in "
            "accessibility auditing."
        ],
    ),
    (
        "missing-forgotten-qualification",
        ST,
        "fr",
        [
            "Je n'ai pas eu l'occasion de vous le préciser : j'ai récemment suivi une "
            "formation à l'accessibilité numérique."
        ],
    ),
    (
        "no-interview-reference",
        TY,
        "en",
        [
            " I enjoyed hearing about how your team rebuilt the weekly sales dashboard "
            "after the warehouse merger."
        ],
    ),
    (
        "no-interview-reference",
        TY,
        "fr",
        [
            " J'ai beaucoup apprécié votre présentation du projet de refonte du site de "
            "la médiathèque."
        ],
    ),
    (
        "no-interview-reference",
        ST,
        "en",
        [
            "When we met on 3 March, you mentioned that the team hoped to decide by the "
            "end of the month. "
        ],
    ),
    (
        "no-interview-reference",
        ST,
        "fr",
        [
            "Lors de notre entretien du 3 mars, vous m'aviez indiqué souhaiter prendre "
            "une décision avant la fin du mois. "
        ],
    ),
]


@pytest.mark.parametrize(("rule", "kind", "lang", "removed"), MISSING)
def test_missing_part_is_flagged_once_over_the_body(
    rule: str, kind: str, lang: str, removed: list[str]
) -> None:
    text = _without(email(kind, lang), *removed)
    report = run(text, kind, lang)
    found = [f for f in report.findings if f.rule == rule]
    assert len(found) == 1
    body_start = text.index("Dear" if lang == "en" else "Bonjour")
    assert (found[0].start, found[0].end) == (body_start, len(text.rstrip()))
    assert (found[0].line, found[0].column) == (1, 1)


@pytest.mark.parametrize(("rule", "kind", "lang", "removed"), MISSING)
def test_missing_part_rules_are_silent_for_other_kinds(
    rule: str, kind: str, lang: str, removed: list[str]
) -> None:
    """Content rules belong to a kind: the generic check (no kind) never asks for them."""
    text = _without(email(kind, lang), *removed)
    assert rule not in run(text, None, lang).rules()
    other = ST if kind == TY else TY
    if rule != "no-interview-reference":
        assert rule not in run(text, other, lang).rules()


def test_missing_thanks_is_an_error_and_makes_the_verdict_revise() -> None:
    text = _without(email(TY, "en"), "Thank you for meeting with me on Tuesday. ")
    report = run(text, TY, "en")
    assert report.verdict == "revise"
    assert [f.rule for f in report.errors] == ["missing-thanks"]


def test_a_bare_thanks_sign_off_does_not_count_as_thanking() -> None:
    text = _without(email(TY, "en"), "Thank you for meeting with me on Tuesday. ")
    text = text.replace("Best regards,", "Thanks,")
    assert "missing-thanks" in run(text, TY, "en").rules()


def test_process_question_needs_a_question_about_the_process() -> None:
    text = email(ST, "en").replace(
        "Could you tell me how the hiring process is going?", "I enjoyed the process."
    )
    assert "missing-process-question" in run(text, ST, "en").rules()
    polite = text.replace("I enjoyed the process.", "I would be grateful for news on the timeline.")
    assert "missing-process-question" not in run(polite, ST, "en").rules()


def _words(n: int) -> str:
    return " ".join(["word"] * n)


@pytest.mark.parametrize(("kind", "limit"), [(TY, 150), (ST, 125), (None, 150)])
def test_too_long_starts_at_the_first_word_over_the_limit(kind: str | None, limit: int) -> None:
    def letter(n: int) -> str:  # w1 w2 … numbered words, so the span's first word is known
        return (
            "Dear Ms Patel,\n\n"
            + " ".join(f"w{i}" for i in range(1, n + 1))
            + (".\n\nBest regards,\nSam")
        )

    fixed = 6  # "Dear Ms Patel," "Best regards," "Sam"
    report = run(letter(limit - fixed), kind, "en")
    assert report.words == limit
    assert "too-long" not in report.rules()
    over = letter(limit)
    report = run(over, kind, "en")
    assert report.words == limit + fixed
    (finding,) = [f for f in report.findings if f.rule == "too-long"]
    # Words 1-3 are the greeting, so word limit + 1 is w(limit - 2).
    assert over[finding.start :].startswith(f"w{limit - 2} ")
    assert finding.end == len(over)
    assert f"{limit + fixed} words" in finding.message
    assert str(limit) in finding.message


def test_too_long_in_french_says_so_in_french() -> None:
    text = "Bonjour Madame,\n\n" + " ".join(["mot"] * 200) + ".\n\nCordialement,\nSam"
    (finding,) = [f for f in run(text, ST, "fr").findings if f.rule == "too-long"]
    assert finding.message.startswith("Trop long : 204 mots")


def test_more_than_two_questions_points_at_the_third() -> None:
    extra = "Is the role still open? Have you set a date? Should I send references?"
    text = email(ST, "en", extra)
    (finding,) = [f for f in run(text, ST, "en").findings if f.rule == "too-many-questions"]
    assert text[finding.start : finding.end] == "Have you set a date?"
    assert finding.message.startswith("4 questions")
    two = email(ST, "en", "Is the role still open?")
    assert "too-many-questions" not in run(two, ST, "en").rules()


def test_too_many_questions_in_french_with_spaced_question_marks() -> None:
    extra = "Le poste est-il pourvu ? Avez-vous fixé une date ?"
    (finding,) = [
        f for f in run(email(ST, "fr", extra), ST, "fr").findings if f.rule == "too-many-questions"
    ]
    assert finding.message.startswith("3 questions")


DENSE_EN = (
    "Further to our comprehensive discussion regarding organisational transformation "
    "initiatives, I would like to formally express considerable appreciation concerning the "
    "opportunity to participate, particularly considering my demonstrated proficiency in "
    "enterprise-level architectural optimisation and multidisciplinary infrastructure "
    "modernisation."
)
DENSE_FR = (
    "Consécutivement à l'entretien approfondi relatif à la réorganisation institutionnelle des "
    "dispositifs d'accompagnement socioprofessionnel, je souhaiterais vous témoigner ma "
    "considérable reconnaissance concernant l'éventualité d'une contribution opérationnelle à "
    "l'harmonisation méthodologique interdépartementale des établissements médico-sociaux."
)


@pytest.mark.parametrize(("lang", "dense"), [("en", DENSE_EN), ("fr", DENSE_FR)])
def test_hard_to_read_points_at_the_longest_sentence(lang: str, dense: str) -> None:
    text = email(TY, lang, dense)
    (finding,) = [f for f in run(text, TY, lang).findings if f.rule == "hard-to-read"]
    assert text[finding.start : finding.end] == dense
    assert finding.severity in ("info", "warning")
    assert ("Flesch" in finding.message) if lang == "en" else ("lisibilité" in finding.message)


def test_very_hard_text_is_a_warning() -> None:
    text = "Dear Ms Patel,\n\n" + DENSE_EN + " " + DENSE_EN + "\n\nBest regards,\nSam"
    (finding,) = [f for f in run(text, None, "en").findings if f.rule == "hard-to-read"]
    assert finding.severity == "warning"


def test_short_emails_are_not_scored_for_readability() -> None:
    text = (
        "Dear Ms Patel,\n\nThank you for your consideration regarding organisational "
        "initiatives.\n\nBest,\nSam"
    )
    assert "hard-to-read" not in run(text, None, "en").rules()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_missing_greeting_points_at_the_first_line(lang: str) -> None:
    text = email(TY, lang)
    first_line = text.split("\n", 1)[0]
    text = text.replace(first_line + "\n\n", "", 1)
    (finding,) = [f for f in run(text, TY, lang).findings if f.rule == "missing-greeting"]
    assert finding.start == 0
    assert text[finding.start : finding.end] == text.split("\n", 1)[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_missing_sign_off_points_at_the_last_line(lang: str) -> None:
    text = email(TY, lang)
    closing = "Best regards,\n" if lang == "en" else "Bien cordialement,\n"
    full_name = text.rstrip().rsplit("\n", 1)[1]
    text = text.replace(closing, "").replace(full_name, full_name.split()[0])
    (finding,) = [f for f in run(text, TY, lang).findings if f.rule == "missing-sign-off"]
    assert text[finding.start : finding.end] == full_name.split()[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_full_name_alone_signs_the_email(lang: str) -> None:
    """Career offices' models often end with the name alone: that is a sign-off (issue 10)."""
    closing = "Best regards,\n" if lang == "en" else "Bien cordialement,\n"
    text = email(TY, lang).replace(closing, "")
    assert "missing-sign-off" not in run(text, TY, lang).rules()


def test_a_closing_without_a_name_is_unsigned() -> None:
    text = email(TY, "en").replace("\nSamuel Okafor\n", "\n")
    (finding,) = [f for f in run(text, TY, "en").findings if f.rule == "missing-sign-off"]
    assert text[finding.start : finding.end] == "Best regards,"
    assert "not signed" in finding.message


def test_formal_french_closing_counts_as_a_sign_off() -> None:
    text = email(TY, "fr").replace(
        "Bien cordialement,",
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n",
    )
    assert "missing-sign-off" not in run(text, TY, "fr").rules()


def test_french_surnames_in_capitals_are_not_shouting() -> None:
    text = email(TY, "fr").replace("Bonjour Madame Lefèvre", "Bonjour Madame LEFÈVRE")
    text = text.replace("Camille Roux", "Camille ROUX")
    assert "shouting" not in run(text, TY, "fr").rules()


def test_a_run_of_capitals_is_one_finding() -> None:
    text = email(TY, "en", "THANK YOU SO MUCH for the tour.")
    assert spans(run(text, TY, "en"), text, "shouting") == ["THANK YOU SO MUCH"]


def test_emoji_sequences_are_one_span() -> None:
    family = "👨\u200d👩\u200d👧"
    text = email(TY, "en", f"My family says hello {family}.")
    assert spans(run(text, TY, "en"), text, "emoji") == [family]


def test_subject_line_is_checked_for_tone_but_not_counted() -> None:
    text = "Subject: URGENT – any update?\n\n" + email(ST, "en")
    report = run(text, ST, "en")
    assert spans(report, text, "shouting") == ["URGENT"]
    assert report.words == run(email(ST, "en"), ST, "en").words


def test_generic_check_runs_tone_and_form_rules_only() -> None:
    text = "Hi,\n\nJust checking in. I'll call you tomorrow.\n\nThanks,\nSam"
    rules = run(text, None, "en").rules()
    # the filler and the call leave nothing else: the email is also ineffective
    assert rules == {"filler", "call-or-visit", "ineffective"}


def test_each_finding_cites_its_reason_and_speaks_the_email_language() -> None:
    text = email(ST, "fr", "Je vous appellerai lundi.")
    (finding,) = [f for f in run(text, ST, "fr").findings if f.rule == "call-or-visit"]
    assert "Do not call." in finding.reason
    assert finding.message.startswith("Propose un appel")
    assert finding.suggestion.startswith("Supprimez-le")
