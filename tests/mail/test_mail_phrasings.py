"""Phrasings outside the tuning set, one sentence or two each, written by the rules' author
while broadening the phrase families: a regression net, not a measure (the held-out set is).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tactful.mail import IncomingMail, MailKind, classify
from tactful.models import Person

PARIS = ZoneInfo("Europe/Paris")

PHRASINGS: list[tuple[str, str]] = [
    (
        "rejection",
        "Thank you for taking the time to interview with us. After much consideration, we "
        "have decided to offer the position to a candidate whose experience better aligns "
        "with our needs.",
    ),
    (
        "rejection",
        "We appreciate your interest. However, we have chosen to pursue candidates whose "
        "qualifications more closely match the requirements of this role.",
    ),
    ("rejection", "Nous avons finalement décidé de poursuivre avec un profil plus expérimenté."),
    (
        "rejection",
        "Après étude de votre dossier, nous avons le regret de ne pouvoir y donner suite.",
    ),
    (
        "invitation",
        "We were impressed by your background and would like to schedule a 30-minute phone "
        "screen. Please let me know your availability this week.",
    ),
    (
        "invitation",
        "We'd love to chat further. Could you let me know when you're free for a video call "
        "with our CTO next week?",
    ),
    (
        "invitation",
        "Suite à votre candidature, nous aimerions organiser un entretien téléphonique. "
        "Quelles sont vos disponibilités ?",
    ),
    (
        "offer",
        "I'm thrilled to let you know that we'd like you to join us as Senior Analyst. The "
        "offer details are attached.",
    ),
    (
        "offer",
        "Nous sommes heureux de vous annoncer que nous retenons votre candidature pour le "
        "poste de chef de projet. Vous trouverez ci-joint votre contrat de travail.",
    ),
    (
        "request",
        "Before we proceed, can you send over your current payslip and your expected salary?",
    ),
    ("request", "Pouvez-vous m'envoyer une copie de votre diplôme ?"),
    ("request", "Quel est votre préavis ?"),
    (
        "acknowledgement",
        "Nous vous remercions pour votre candidature, qui a bien été prise en compte.",
    ),
    (
        "rejection",
        "Hi Jordan, thanks so much for your time over the past few weeks. I'm sorry to share "
        "that we won't be moving forward with your candidacy for the Ops role.",
    ),
    (
        "rejection",
        "Unfortunately the team felt that other candidates were a stronger match for this "
        "position.",
    ),
    (
        "rejection",
        "We have now completed our selection process and regret to inform you that you have "
        "not been successful on this occasion.",
    ),
    (
        "rejection",
        "Bonjour, nous vous informons que nous ne retiendrons pas votre candidature pour ce poste.",
    ),
    ("rejection", "Merci pour votre intérêt. Le poste a été attribué à une autre personne."),
    ("rejection", "Nous sommes désolés de vous annoncer que votre candidature n'a pas abouti."),
    (
        "invitation",
        "Great news: the hiring manager would like to meet you! Can you do Thursday 10 "
        "December at 2pm at our office?",
    ),
    (
        "invitation",
        "We'd like you to complete the next stage: a one-hour panel interview. Please pick a "
        "slot here: https://app.goodtime.io/abc",
    ),
    (
        "invitation",
        "Bonjour Camille, votre profil nous intéresse et nous souhaiterions échanger avec "
        "vous. Êtes-vous disponible mardi à 10h ?",
    ),
    (
        "invitation",
        "Je me permets de vous recontacter pour vous proposer un second entretien avec notre "
        "directrice.",
    ),
    (
        "offer",
        "Congratulations! We're happy to offer you the Marketing Coordinator position at a "
        "salary of $58,000.",
    ),
    ("offer", "After speaking with the team, I'm delighted to say we'd like to offer you the job."),
    (
        "offer",
        "Nous avons le plaisir de vous informer que vous avez été retenu pour le poste de "
        "comptable. Votre contrat débutera le 4 janvier.",
    ),
    ("offer", "Bonne nouvelle : nous souhaitons vous embaucher en tant que développeur."),
    ("request", "As part of our process, please send us your portfolio and a short cover letter."),
    ("request", "Would you mind sharing your current notice period and salary expectations?"),
    ("request", "Merci de nous faire parvenir votre RIB et votre numéro de sécurité sociale."),
    ("request", "Pourriez-vous préciser vos dates de disponibilité pour une prise de poste ?"),
    (
        "acknowledgement",
        "Thank you for your application to the Analyst role. We're reviewing applications and"
        " will be in touch.",
    ),
    (
        "acknowledgement",
        "Ceci est un message automatique. Votre candidature a été enregistrée sous la "
        "référence 2231.",
    ),
    (
        "other",
        "Hi Priya, just letting you know I'm still waiting on feedback from the panel. Should"
        " have news early next week.",
    ),
    ("other", "Thanks for the lovely note! It was great to meet you too."),
    ("other", "Je vous remercie pour votre message et reviens vers vous dès que possible."),
    ("other", "Bonjour, le recrutement est toujours en cours. Je vous tiendrai informé."),
    ("other", "Happy to answer: the team is 8 people and reports to the COO."),
    ("other", "Thanks for confirming Tuesday. Parking is available on site."),
    (
        "other",
        "We're still interviewing a few candidates and expect to decide by the end of the month.",
    ),
    (
        "other",
        "Thanks for getting back to me so quickly. We're excited to move forward with the "
        "remaining interviews this week and will update you after.",
    ),
    (
        "other",
        "I wanted to let you know we are still reviewing your application alongside a few others.",
    ),
    (
        "other",
        "Hi Sam, apologies — I meant to send this yesterday. The team is meeting on Friday to"
        " discuss all candidates.",
    ),
    ("other", "Merci Julien, j'ai bien noté vos disponibilités. Je reviens vers vous rapidement."),
    (
        "other",
        "Bonjour, je suis la nouvelle chargée de recrutement et je reprends le suivi de votre"
        " candidature.",
    ),
    ("other", "No problem at all, take the time you need to think about it."),
    ("other", "Good to hear from you! Yes, the role can be done from Lyon."),
    ("other", "Your interview on Tuesday has been moved to the third floor, room 3B."),
    (
        "rejection",
        "We've reviewed your application carefully and unfortunately won't be proceeding further.",
    ),
    (
        "rejection",
        "Although we were impressed with your skills, we have decided to hire another candidate.",
    ),
    (
        "rejection",
        "Nous avons bien étudié votre candidature mais nous avons choisi un autre candidat.",
    ),
    (
        "rejection",
        "Votre candidature n'a malheureusement pas été retenue pour la suite du processus.",
    ),
    (
        "invitation",
        "You've been selected to move on to the next round! Please book your technical "
        "interview using the link.",
    ),
    ("invitation", "I'd like to invite you for a coffee chat with our team lead next week."),
    ("invitation", "Seriez-vous disponible pour un échange téléphonique jeudi ou vendredi ?"),
    (
        "invitation",
        "Nous vous invitons à passer un entretien dans nos locaux le lundi 7 décembre à 9h.",
    ),
    (
        "offer",
        "We'd like to formally offer you the position of Data Engineer. Please find the "
        "contract attached.",
    ),
    (
        "offer",
        "Je suis ravie de vous annoncer que nous vous proposons le poste de responsable marketing.",
    ),
    (
        "request",
        "Could you let me know which days you can come in for a trial shift? Also please bring ID.",
    ),
    (
        "request",
        "Afin de finaliser votre dossier, merci de nous transmettre une copie de votre carte "
        "vitale.",
    ),
    (
        "acknowledgement",
        "Hello, thank you for your interest in Acme! This is an automated message to confirm "
        "we received your application for Sales Associate.",
    ),
    (
        "acknowledgement",
        "Votre candidature au poste de vendeur a été reçue. Nous l'étudierons avec attention.",
    ),
    (
        "out-of-office",
        "Hello, I'm currently on vacation and will be back on January 5th. For urgent matters"
        " contact my colleague Paul.",
    ),
    (
        "out-of-office",
        "Bonjour, je suis en congés jusqu'au 5 janvier. Je traiterai votre message à mon retour.",
    ),
]


def human_mail(text: str) -> IncomingMail:
    return IncomingMail(
        message_id="",
        in_reply_to="",
        references=(),
        sender=Person("Recruiter", "hr@acme.example"),
        to=(),
        cc=(),
        subject="Your application",
        date=datetime(2026, 12, 3, 10, 0, tzinfo=PARIS),
        text=text,
        quoted="",
        headers={},
        calendars=(),
        attachments=(),
    )


@pytest.mark.parametrize(("kind", "text"), PHRASINGS)
def test_phrasing(kind: str, text: str) -> None:
    result = classify(human_mail(text), zone=PARIS)
    assert result.kind is MailKind(kind), result.reasons
