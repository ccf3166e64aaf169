"""Rules v2: the meanings widened after the second published set and the fresh held-out sets
were read (docs/checker.md, "Rules v2"). Each meaning is tested here on paraphrases written for
these tests, in English and French, not on the sentences of those sets; and near misses that
must not fire. Every sentence goes into an otherwise clean email (tests/checks/check_samples).
"""

from __future__ import annotations

import pytest
from check_samples import (
    ST,
    TY,
    assert_near_miss,
    assert_wording_counts,
    assert_wording_does_not_count,
    email,
    found,
)

from tactful.checks import check_email

CAUGHT = [
    # call-or-visit: the writer is at the employer's place now
    (
        "en",
        "call-or-visit",
        "I'm sitting in your lobby right now, no rush.",
        "sitting in your lobby",
    ),
    ("en", "call-or-visit", "I am waiting outside the main entrance.", "waiting outside the main"),
    ("fr", "call-or-visit", "Je suis dans le hall de votre immeuble.", "Je suis dans le hall"),
    # call-or-visit: a call already made
    ("en", "call-or-visit", "I tried to reach you on the phone this morning.", "on the phone"),
    ("en", "call-or-visit", "I left you a voicemail on Tuesday.", "voicemail"),
    ("fr", "call-or-visit", "J'ai essayé de vous joindre au téléphone.", "au téléphone"),
    ("fr", "call-or-visit", "Je vous ai laissé un message vocal mardi.", "message vocal"),
    # call-or-visit: a meeting asked for (coming back, meeting, slots offered)
    ("en", "call-or-visit", "Could I come back to meet the engineering team?", "come back to"),
    ("en", "call-or-visit", "I'd be glad to return for a second interview.", "return for"),
    ("en", "call-or-visit", "Could we meet next week to go over the plan?", "Could we meet"),
    ("en", "call-or-visit", "I suggest we get together on Thursday.", "suggest we get together"),
    ("en", "call-or-visit", "I'm available on Tuesday or Wednesday afternoon.", "available on"),
    ("fr", "call-or-visit", "Nous pourrions nous rencontrer jeudi.", "pourrions nous"),
    ("fr", "call-or-visit", "Je vous propose que nous nous voyions mardi.", "nous nous voyions"),
    (
        "fr",
        "call-or-visit",
        "Je suis à votre disposition pour convenir d'un rendez-vous.",
        "convenir",
    ),
    ("fr", "call-or-visit", "Je peux revenir pour un second entretien.", "second entretien"),
    # pressure: repeated contact, urgency
    ("en", "pressure", "I will email you periodically for news.", "periodically"),
    ("en", "pressure", "This is urgent: please reply.", "urgent"),
    ("fr", "pressure", "Je vous relancerai régulièrement.", "régulièrement"),
    ("fr", "pressure", "C'est urgent pour moi.", "urgent"),
    # complaint: sarcasm and insult
    ("en", "complaint", "Far be it from me to question your process, but really.", "Far be it"),
    ("en", "complaint", "Surely common decency means answering candidates.", "common decency"),
    ("en", "complaint", "I feel insulted by how this was handled.", "insulted"),
    (
        "en",
        "complaint",
        "How frustrating to learn the role went to someone else.",
        "How frustrating",
    ),
    ("en", "complaint", "You wasted my time with three interviews.", "wasted my time"),
    ("en", "complaint", "You have overlooked a strong candidate.", "overlooked a strong candidate"),
    ("en", "complaint", "It is odd coming from a company that prides itself on service.", "odd"),
    ("fr", "complaint", "Je me sens méprisé par ce silence.", "méprisé"),
    ("fr", "complaint", "Comme c'est décevant de ne jamais avoir de réponse.", "décevant"),
    ("fr", "complaint", "Vous m'avez fait perdre mon temps.", "perdre mon temps"),
    ("fr", "complaint", "Je trouve cela peu courtois.", "peu courtois"),
    ("fr", "complaint", "C'est étonnant de la part d'un cabinet de recrutement.", "de la part"),
    # complaint: the silence reproached
    ("en", "complaint", "I have not heard anything at all.", "have not heard anything"),
    ("en", "complaint", "I can only assume the position went to someone else.", "only assume"),
    ("en", "complaint", "I thought I would hear from you by now.", "hear from you by now"),
    ("en", "complaint", "I have emailed you twice and never received a reply.", "twice"),
    ("en", "complaint", "This is the third time I have written to you.", "third time"),
    ("fr", "complaint", "Cela fait trois fois que je vous écris.", "trois fois que"),
    ("fr", "complaint", "Vous laissez les candidats sans aucune nouvelle.", "sans aucune nouvelle"),
    # blunt-demand: presuming the job, demanding an explanation
    ("en", "blunt-demand", "When can I start?", "When can I start?"),
    ("en", "blunt-demand", "When is my first day?", "When is my first day?"),
    ("en", "blunt-demand", "I demand an explanation.", "demand an explanation"),
    ("fr", "blunt-demand", "Je commence quand ?", "Je commence quand ?"),
    ("fr", "blunt-demand", "Quand est-ce que je commence ?", "je commence"),
    ("fr", "blunt-demand", "J'exige une explication.", "exige une explication"),
    # filler and apology
    ("fr", "filler", "Je vous re-relance au sujet de ma candidature.", "re-relance"),
    ("en", "apology", "Apologies for the long email.", "Apologies for the long email"),
    ("en", "apology", "Sorry for the brief message.", "Sorry for the brief message"),
    ("fr", "apology", "Désolée pour ce mail un peu long.", "Désolée pour ce mail"),
]


@pytest.mark.parametrize(("lang", "rule", "sentence", "inside"), CAUGHT)
def test_paraphrase_is_caught(lang: str, rule: str, sentence: str, inside: str) -> None:
    spans = found(sentence, lang).get(rule, [])
    assert any(inside in span or span in inside for span in spans), (
        spans,
        found(sentence, lang),
    )


NEAR_MISSES = [
    ("en", "I was in your lobby early on the day of the interview."),
    ("en", "I'm waiting for your decision with interest."),
    ("en", "Thank you for the voicemail you left me on Friday."),
    ("en", "I look forward to coming back to you with the references you asked for."),
    ("en", "I am available to start on Monday if an offer is made."),
    ("en", "I am available any time for questions about my references."),
    ("en", "Ms Chen told me you would decide by Friday."),
    ("en", "As we agreed, I will send my references by Monday."),
    ("en", "I check the job board regularly."),
    ("en", "I worked in an urgent care clinic for two years."),
    ("en", "I was not offended by the question about the gap in my CV."),
    ("en", "How exciting to hear about the new clinic!"),
    ("en", "I don't want to waste your time with a long email."),
    ("en", "Since I haven't heard back, I wanted to ask where things stand."),
    ("en", "When I start a new project, I plan it carefully."),
    ("en", "Thank you for your explanation of the shift pattern."),
    ("fr", "Je suis ravie d'avoir pu vous rencontrer."),
    ("fr", "Je reste à votre disposition pour toute question."),
    ("fr", "Je reviens vers vous dès que j'ai mes références."),
    ("fr", "J'ai travaillé trois ans aux urgences de l'hôpital Nord."),
    ("fr", "Comme nous l'avions convenu, je vous envoie mes références d'ici lundi."),
    ("fr", "Je trouve ce poste passionnant."),
    ("fr", "Je n'ai pas été vexée par la question sur mon parcours."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEAR_MISSES)
def test_near_miss_passes(lang: str, sentence: str) -> None:
    assert_near_miss(lang, sentence)


def test_being_reachable_by_email_offers_no_meeting() -> None:
    assert "call-or-visit" not in found("I am available by email every day this week.", "en")
    assert "call-or-visit" in found("I am available every afternoon this week.", "en")


def test_the_check_in_desk_is_not_filler() -> None:
    assert "filler" not in found("The new check-in desk looked great.", "en", TY)
    assert "filler" in found("I wanted to check in about my application.", "en")


# too-early without a round: the email's own words say the interview was yesterday or today
def test_a_status_email_the_day_after_is_too_early() -> None:
    for lang, sentence in [
        ("en", "I know we only spoke yesterday, but I am keen to hear."),
        ("en", "Following up on my interview this morning."),
        ("fr", "Nous nous sommes vus hier, mais je me permets de vous écrire."),
        ("fr", "Je fais suite à notre entretien de ce matin."),
    ]:
        report = check_email(email(ST, lang, sentence), kind=ST, lang=lang)
        assert "too-early" in report.rules(), (lang, sentence)
        assert report.verdict == "revise"


def test_yesterday_in_a_thank_you_or_weeks_ago_is_not_too_early() -> None:
    thanks = email(TY, "en", "It was a pleasure to meet you yesterday.")
    assert "too-early" not in check_email(thanks, kind=TY).rules()
    weeks = email(ST, "en", "We spoke three weeks ago about the analyst role.")
    assert "too-early" not in check_email(weeks, kind=ST).rules()
    fr = email(ST, "fr", "Notre entretien date d'il y a trois semaines.")
    assert "too-early" not in check_email(fr, kind=ST, lang="fr").rules()
    for lang, sentence in [
        ("en", "We met two weeks ago today, and I remain very interested."),
        ("en", "We spoke on the 2nd and today I am writing about the role."),
        ("fr", "Nous nous sommes rencontrés il y a deux semaines aujourd'hui."),
    ]:
        report = check_email(email(ST, lang, sentence), kind=ST, lang=lang)
        assert "too-early" not in report.rules(), (lang, sentence)


SHORT_STATUS = "Hi Ana,\n\n{body}\n\nBen\n"


def test_a_few_words_with_no_reference_are_ineffective() -> None:
    report = check_email(SHORT_STATUS.format(body="How is it going with the role?"), kind=ST)
    (finding,) = [f for f in report.findings if f.rule == "ineffective"]
    assert finding.whole
    assert finding.severity == "error"
    assert "word" in finding.message
    fr = check_email("Bonjour,\n\nMerci pour l'entretien.\n\nLéa\n", kind=TY, lang="fr")
    assert "ineffective" in fr.rules()


def test_a_few_words_with_a_reference_or_no_kind_are_not_ineffective() -> None:
    specific = SHORT_STATUS.format(
        body="How is the search going after our talk about the Lyon warehouse?"
    )
    assert "ineffective" not in check_email(specific, kind=ST).rules()
    generic = SHORT_STATUS.format(body="How is it going with the role?")
    assert "ineffective" not in check_email(generic, kind=None).rules()


# content warnings: what now counts as present
PRESENT = [
    (ST, "en", "missing-forgotten-qualification",
     "One thing I did not get to mention: I recently finished a course in accessibility "
     "auditing.", "Since we last spoke, I have passed my CPA exam."),
    (ST, "en", "missing-forgotten-qualification",
     "One thing I did not get to mention: I recently finished a course in accessibility "
     "auditing.", "I am a licensed forklift operator with eight years of warehouse experience."),
    (ST, "fr", "missing-forgotten-qualification",
     "Je n'ai pas eu l'occasion de vous le préciser : j'ai récemment suivi une formation à "
     "l'accessibilité numérique.", "Depuis notre échange, j'ai décroché ma certification AWS."),
    (ST, "fr", "missing-forgotten-qualification",
     "Je n'ai pas eu l'occasion de vous le préciser : j'ai récemment suivi une formation à "
     "l'accessibilité numérique.", "Depuis, mon projet de fin d'études a été récompensé."),
    (TY, "en", "missing-selling-point",
     "My four years automating SQL reporting at Norvane would let me help with that dashboard "
     "from the first week.", "I sold insurance for six years and was the top seller in my region."),
    (TY, "fr", "missing-selling-point",
     "Mes cinq années en agence web me permettraient d'être rapidement opérationnelle sur ce "
     "projet.", "J'ai vendu des cuisines pendant trois ans."),
    (TY, "en", "no-interview-reference",
     "I enjoyed hearing about how your team rebuilt the weekly sales dashboard after the "
     "warehouse merger.", "I keep thinking about the mentoring scheme you want to launch."),
    (TY, "fr", "no-interview-reference",
     "J'ai beaucoup apprécié votre présentation du projet de refonte du site de la médiathèque.",
     "Merci de m'avoir expliqué le fonctionnement de l'atelier de reliure."),
    (TY, "en", "missing-enthusiasm",
     "I am even more excited about the Data Analyst role.",
     "I am extremely interested in the Data Analyst role."),
    (ST, "en", "missing-process-question",
     "Could you tell me how the hiring process is going?",
     "I am writing to ask whether a decision has been made."),
    (ST, "en", "missing-process-question",
     "Could you tell me how the hiring process is going?", "Has the position been filled yet?"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "rule", "old", "new"), PRESENT)
def test_a_new_wording_counts(kind: str, lang: str, rule: str, old: str, new: str) -> None:
    assert_wording_counts(kind, lang, rule, old, new)


ABSENT = [
    (ST, "en", "missing-forgotten-qualification",
     "One thing I did not get to mention: I recently finished a course in accessibility "
     "auditing.", "Since our interview I have been waiting to hear back."),
    (ST, "fr", "missing-forgotten-qualification",
     "Je n'ai pas eu l'occasion de vous le préciser : j'ai récemment suivi une formation à "
     "l'accessibilité numérique.", "Depuis notre entretien, je n'ai pas eu de nouvelles."),
    (TY, "en", "missing-selling-point",
     "My four years automating SQL reporting at Norvane would let me help with that dashboard "
     "from the first week.", "I feel the job is well suited to my background."),
    (TY, "en", "no-interview-reference",
     "I enjoyed hearing about how your team rebuilt the weekly sales dashboard after the "
     "warehouse merger.", "I am looking forward to hearing about your decision."),
    (TY, "en", "no-interview-reference",
     "I enjoyed hearing about how your team rebuilt the weekly sales dashboard after the "
     "warehouse merger.", "I appreciated learning about the position and your team."),
    (TY, "en", "missing-enthusiasm",
     "I am even more excited about the Data Analyst role.", "I am eagerly awaiting your decision."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "rule", "old", "new"), ABSENT)
def test_a_near_wording_does_not_count(kind: str, lang: str, rule: str, old: str, new: str) -> None:
    assert_wording_does_not_count(kind, lang, rule, old, new)


def test_morning_and_a_name_greets() -> None:
    text = email(TY, "en").replace("Dear Ms Patel,", "Morning Dana,")
    assert "missing-greeting" not in check_email(text, kind=TY).rules()


def test_a_phone_number_under_the_name_still_signs() -> None:
    text = email(TY, "en").replace("Best regards,\nSamuel Okafor", "Samuel Okafor\n(320) 555-3845")
    assert "missing-sign-off" not in check_email(text, kind=TY).rules()
    mail = text.replace("(320) 555-3845", "samuel.okafor@example.com")
    assert "missing-sign-off" not in check_email(mail, kind=TY).rules()


def test_a_short_unknown_acronym_is_not_shouting_but_a_loud_word_is() -> None:
    assert "shouting" not in found("Je travaille en EHPAD depuis deux ans.", "fr", TY)
    assert "shouting" in found("Votre projet est SUPER intéressant.", "fr", TY)
