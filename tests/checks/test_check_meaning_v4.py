"""Rules v4: the meanings widened after held-out set 4 was measured once and read
(docs/checker.md, "Rules v4"). Each meaning is tested here as a family of paraphrases written
for these tests, English and French, not copied from that set (no run of eight words of its
emails is here); and near misses that must not fire. Every sentence goes into an otherwise
clean email (tests/checks/check_samples).
"""

from __future__ import annotations

import pytest
from check_samples import (
    ENTH_EN,
    PROCESS_EN,
    QUALIF_FR,
    REF_EN,
    REF_FR,
    SELL_EN,
    SELL_FR,
    ST,
    TY,
    assert_caught,
    assert_near_miss,
    assert_wording_counts,
    assert_wording_does_not_count,
    email,
)

from tactful.checks import check_email

CAUGHT = [
    # complaint: sarcasm with no marker word, a guess about the employer's slowness
    ("en", "complaint", "I guess the decision needed a whole month of thought."),
    ("en", "complaint", "I suppose you have been far too busy to answer."),
    ("en", "complaint", "I assume you were too busy to get back to me."),
    ("en", "complaint", "I imagine choosing took all that time."),
    ("fr", "complaint", "Je présume que vous avez été débordés."),
    ("fr", "complaint", "J'imagine qu'il vous a fallu tout ce temps pour trancher."),
    # complaint: a grievance closed by an irony mark (double question mark, smiley, "?!")
    ("en", "complaint", "So you still haven't decided??"),
    ("en", "complaint", "Three weeks and not a word :)"),
    ("en", "complaint", "It took you so long to answer?!"),
    ("en", "complaint", "You must have been very busy ;)"),
    ("fr", "complaint", "Trois semaines sans rien :)"),
    ("fr", "complaint", "Je suppose que vous étiez très occupés :)"),
    ("fr", "complaint", "Il vous fallait tout ce temps pour lire un CV ??"),
    # complaint: "still nothing?" as the whole sentence
    ("en", "complaint", "Still nothing?"),
    ("en", "complaint", "Still no news?"),
    ("fr", "complaint", "Toujours pas de réponse ?"),
    ("fr", "complaint", "Alors, toujours rien ?"),
    # call-or-visit: a visit already made or a call already placed to chase the decision
    ("en", "call-or-visit", "I dropped in at your office on Monday to ask about the decision."),
    ("en", "call-or-visit", "I passed by the shop yesterday to see whether you had decided."),
    ("en", "call-or-visit", "I stopped by your store this morning but you were out."),
    ("en", "call-or-visit", "I went to the agency on Friday to ask about it."),
    ("en", "call-or-visit", "I called the front desk twice to ask about the decision."),
    ("en", "call-or-visit", "I phoned reception yesterday to check on my application."),
    ("fr", "call-or-visit", "Je suis passé à l'agence mardi pour savoir si vous aviez décidé."),
    ("fr", "call-or-visit", "Je suis passée au magasin hier, mais vous n'étiez pas là."),
    ("fr", "call-or-visit", "Je me suis rendu à vos bureaux lundi pour en savoir plus."),
    ("fr", "call-or-visit", "J'ai appelé l'accueil deux fois la semaine dernière."),
    ("fr", "call-or-visit", "J'ai téléphoné à votre secrétaire pour avoir des nouvelles."),
    # desperate: hardship told as the reason to be picked
    ("en", "desperate", "Things have been really hard since I lost my job in March."),
    ("en", "desperate", "I have been struggling ever since the mill shut down."),
    ("en", "desperate", "Getting this job would mean the world to my kids."),
    ("en", "desperate", "This position would change everything for my family."),
    ("en", "desperate", "As a single mother, I count on this chance."),
    ("fr", "desperate", "Je suis seul avec trois enfants, ce poste changerait beaucoup."),
    ("fr", "desperate", "C'est très difficile pour moi depuis la fermeture de l'usine."),
    ("fr", "desperate", "Ce poste compterait énormément pour ma famille."),
    ("fr", "desperate", "Je traverse une période difficile depuis mon licenciement."),
    ("fr", "desperate", "J'ai vraiment besoin de travailler, vous savez."),
    # blunt-demand: the job presumed as a first shift or day, a schedule
    ("en", "blunt-demand", "What time is my first shift?"),
    ("en", "blunt-demand", "When should I arrive on my first morning?"),
    ("en", "blunt-demand", "Should I bring anything on my first day?"),
    ("en", "blunt-demand", "What is my schedule for next week?"),
    ("fr", "blunt-demand", "Quel jour dois-je venir pour mon premier jour ?"),
    ("fr", "blunt-demand", "Quels seront mes horaires la semaine prochaine ?"),
    ("fr", "blunt-demand", "À quelle heure commence mon premier service ?"),
    ("fr", "blunt-demand", "Je commence quel jour ?"),
    ("fr", "blunt-demand", "Où en êtes-vous ?"),
    # pressure: an answer needed "before then" / "d'ici là" after another process
    ("en", "pressure", "A rival firm wants my reply on Monday, so I'd need to hear from you by"
     " then."),
    ("en", "pressure", "My other interviews end soon and I will need to know before then."),
    ("en", "pressure", "A second firm expects to decide soon after, so I'd need an answer from"
     " you before then."),
    ("fr", "pressure", "J'ai un dernier entretien ailleurs vendredi, il me faudrait donc une"
     " réponse d'ici là."),
    ("fr", "pressure", "Une autre entreprise me répond jeudi : j'aurais besoin de connaître"
     " votre décision avant cette date."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "sentence"), CAUGHT)
def test_paraphrase_is_caught(lang: str, rule: str, sentence: str) -> None:
    assert_caught(lang, rule, sentence)


NEAR_MISSES = [
    # a polite question, however it is worded or punctuated
    ("en", "Would you let me know if the search has moved on and whether I'm still in the"
     " running?"),
    ("fr", "Où en êtes-vous dans le recrutement ??"),
    ("fr", "Où en êtes-vous de votre réflexion ?"),
    # sympathy, not sarcasm
    ("en", "I guess the team is busy with the season, so no rush at all."),
    ("en", "I imagine you are very busy at this time of year."),
    ("en", "I suppose the holidays slow things down; I look forward to hearing from you."),
    ("en", "Thank you again for your time :)"),
    ("en", "Still very interested in the role!"),
    ("fr", "Je suppose que la période des fêtes ralentit les choses, je reste disponible."),
    ("fr", "Je suis toujours très intéressée :)"),
    # a visit or call that chases nothing; a client's calls described
    ("en", "I stopped by the job fair last spring, which is where I first heard of you."),
    ("en", "I called my former manager, who is happy to be a reference."),
    ("en", "I passed my forklift certification last month."),
    ("en", "I still think of the customer who called every Friday and how you handled it."),
    ("fr", "Je suis passée à la formation SST le mois dernier."),
    ("fr", "J'ai appelé mon ancien responsable, qui accepte d'être ma référence."),
    # work and life told without hardship as a plea
    ("fr", "Je suis seule responsable de la caisse depuis deux ans."),
    ("fr", "J'ai vraiment apprécié ce travail d'équipe."),
    ("en", "I struggled at first with the new software, then trained the whole team on it."),
    # the first day or a schedule not presumed
    ("en", "I'm available to start on the first day of next month."),
    ("en", "My first day at my current job was a long time ago."),
    ("en", "My schedule is flexible."),
    ("fr", "Mes horaires actuels sont souples."),
    # a date that is not a deadline set on the employer
    ("en", "I need to give notice to my current employer, so I will let them know by then."),
    ("fr", "Je dois finir ma mission d'ici là, ce qui me laisse libre ensuite."),
    # an interview yesterday told in a thank-you kind of way (no status email)
    ("en", "Yesterday afternoon I finished the online course I mentioned."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence"), NEAR_MISSES)
def test_near_miss_passes(lang: str, sentence: str) -> None:
    assert_near_miss(lang, sentence)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "When we met on 3 March,", "When we met yesterday evening about the role,"),
        ("en", "When we met on 3 March,", "I had my interview for the analyst role with you"
         " yesterday afternoon, and"),
        ("fr", "Lors de notre entretien du 3 mars,", "Lors de notre entretien d'hier soir,"),
        ("fr", "Lors de notre entretien du 3 mars,", "Lors de notre rencontre de ce matin,"),
    ],
)  # fmt: skip
def test_a_status_email_the_day_after_is_too_early(lang: str, old: str, new: str) -> None:
    base = email(ST, lang)
    assert old in base
    report = check_email(base.replace(old, new), kind=ST, lang=lang)
    assert "too-early" in report.rules(), [(f.rule, f.message) for f in report.findings]


# content warnings: what now counts as present (the clean email's own sentence swapped out)

PRESENT = [
    (ST, "en", "missing-process-question", PROCESS_EN,
     "I wanted to follow up to check on the hiring."),
    (ST, "en", "missing-process-question", PROCESS_EN,
     "I'm writing to see whether there has been any movement on the analyst hiring."),
    (TY, "en", "missing-enthusiasm", ENTH_EN, "The analyst role interests me a great deal."),
    (TY, "en", "missing-enthusiasm", ENTH_EN, "I'd love to join the reporting team."),
    (TY, "en", "missing-enthusiasm", ENTH_EN, "I came home fired up about the analyst role."),
    (TY, "en", "missing-selling-point", SELL_EN,
     "I have worked for nine years with SQL reporting tools."),
    (TY, "fr", "missing-selling-point", SELL_FR,
     "Je travaille depuis huit ans sur des sites de bibliothèques."),
    (ST, "fr", "missing-forgotten-qualification", QUALIF_FR,
     "J'ai oublié de le dire : j'ai quinze ans de métier en accueil du public."),
    (ST, "fr", "missing-forgotten-qualification", QUALIF_FR,
     "J'ai mon permis poids lourd depuis quatre ans."),
    (ST, "fr", "missing-forgotten-qualification", QUALIF_FR,
     "J'ai personnellement animé les ateliers numériques de la ville."),
    (TY, "en", "no-interview-reference", REF_EN,
     "I still remember the story about the customer who returned every sofa."),
    (TY, "en", "no-interview-reference", REF_EN,
     "I'm grateful to Mr Osei for explaining the new stock forecasting tool."),
    (TY, "en", "no-interview-reference", REF_EN,
     "I liked the reporting prototype you demonstrated."),
    (TY, "en", "no-interview-reference", REF_EN,
     "Going through the churn figures with you and Dana was the best part."),
    (TY, "en", "no-interview-reference", REF_EN,
     "The whiteboard exercise on the sales funnel was great fun."),
    (TY, "fr", "no-interview-reference", REF_FR,
     "Je repense à la démo du logiciel de prêt que vous m'avez faite."),
    (TY, "fr", "no-interview-reference", REF_FR,
     "Votre récit du déménagement des archives m'a beaucoup plu."),
    (TY, "fr", "no-interview-reference", REF_FR,
     "La discussion sur l'accueil des scolaires était passionnante."),
    (TY, "fr", "no-interview-reference", REF_FR,
     "J'ai aimé la présentation détaillée de la nouvelle salle de lecture."),
    (TY, "fr", "no-interview-reference", REF_FR,
     "J'ai apprécié sa façon de présenter le fonds patrimonial."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "rule", "old", "new"), PRESENT)
def test_a_new_wording_counts(kind: str, lang: str, rule: str, old: str, new: str) -> None:
    assert_wording_counts(kind, lang, rule, old, new)


ABSENT = [
    (TY, "fr", "no-interview-reference", REF_FR,
     "J'ai été contente d'en savoir plus sur le poste proposé."),
    (TY, "fr", "no-interview-reference", REF_FR,
     "Merci d'en savoir davantage sur votre entreprise."),
    (TY, "en", "no-interview-reference", REF_EN, "I remember the day I applied."),
    (TY, "en", "missing-enthusiasm", ENTH_EN, "The schedule you described works for me."),
    (TY, "fr", "missing-selling-point", SELL_FR, "Je travaille depuis chez moi le mardi."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "rule", "old", "new"), ABSENT)
def test_a_near_wording_does_not_count(kind: str, lang: str, rule: str, old: str, new: str) -> None:
    assert_wording_does_not_count(kind, lang, rule, old, new)
