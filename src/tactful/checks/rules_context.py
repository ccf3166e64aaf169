"""Checks that need the round's plan (`EmailContext.plan`): timing, and the recorded detail.

They read values given by the caller (the plan, "now"); they do no I/O. Each finding is about
the email as a whole, so it is anchored at the whole body.
"""

from __future__ import annotations

from collections.abc import Iterable

from tactful.checks.model import ERROR, STATUS, WARNING, Finding
from tactful.checks.rule import Email, MeaningRule, Messages, Patterns, Rule, register
from tactful.kinds import StepKind, StepState
from tactful.policy import article
from tactful.text.content import echoes

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import ClassVar


@register
class AlreadyAnswered(Rule):
    id = "already-answered"
    severity = ERROR
    needs_plan = True
    reason = (
        "The employer's answer is what a follow-up asks for: once it comes, the round needs no "
        "more. " + article.TWICE
    )
    messages: ClassVar[Messages] = {
        "en": (
            "The employer already answered this round on {day}.",
            "Do not send it; reply to their message instead, or record the next round.",
        ),
        "fr": (
            "Le recruteur a déjà répondu pour cet entretien, le {day}.",
            "Ne l'envoyez pas ; répondez plutôt à son message ou enregistrez l'entretien suivant.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        assert email.context.plan is not None
        replies = email.context.plan.interview.replies
        if replies:
            first = min(r.received_at for r in replies)
            yield self.whole(email, day=first.date().isoformat())


@register
class InterviewCancelled(Rule):
    id = "interview-cancelled"
    severity = ERROR
    needs_plan = True
    reason = "A cancelled interview has nothing to follow up."
    messages: ClassVar[Messages] = {
        "en": ("This interview was cancelled.", "Do not send a follow-up for it."),
        "fr": ("Cet entretien a été annulé.", "N'envoyez pas de relance pour celui-ci."),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        assert email.context.plan is not None
        if email.context.plan.interview.cancelled:
            yield self.whole(email)


@register
class ThirdFollowUp(Rule):
    id = "third-follow-up"
    severity = ERROR
    needs_plan = True
    reason = article.TWICE
    messages: ClassVar[Messages] = {
        "en": (
            "This would be a third follow-up: you already sent {count} for this round.",
            "Do not send it. Two follow-ups are the most an employer should get; wait, and "
            "don't take the silence personally.",
        ),
        "fr": (
            "Ce serait une troisième relance : vous en avez déjà envoyé {count} pour cet "
            "entretien.",
            "Ne l'envoyez pas. Deux relances sont un maximum ; patientez, sans le prendre "
            "personnellement.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        assert email.context.plan is not None
        count = len(email.context.plan.interview.follow_ups)
        if count >= article.MAX_FOLLOW_UPS:
            yield self.whole(email, count=count)


@register
class AlreadySent(Rule):
    id = "already-sent"
    severity = ERROR
    needs_plan = True
    reason = article.TWICE
    messages: ClassVar[Messages] = {
        "en": (
            "A {kind} was already sent for this round on {day}.",
            "Send one of each at most: do not repeat it.",
        ),
        "fr": (
            "Un message de ce type ({kind}) a déjà été envoyé pour cet entretien, le {day}.",
            "Un seul de chaque au plus : ne le renvoyez pas.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        plan = email.context.plan
        assert plan is not None
        if email.kind is None or len(plan.interview.follow_ups) >= article.MAX_FOLLOW_UPS:
            return  # a third follow-up is ThirdFollowUp's finding
        for sent in plan.interview.follow_ups:
            if sent.kind == email.kind:
                yield self.whole(email, kind=email.kind, day=sent.sent_at.date().isoformat())
                return


_NOT_SINCE_EN = "!ago|and|but|week|weeks|month|months|since|day|days|then"
"""Words that put the meeting further back ("we met two weeks ago today", "…and today I")."""
_NOT_SINCE_FR = "!il|et|mais|semaine|semaines|mois|jour|jours|depuis|puis"


class _SaysTheInterviewWasRecent(MeaningRule):
    """Where a status email says the interview was yesterday or today ("I know we spoke
    yesterday"): with no round recorded, the email itself says it is too early. Not
    registered: `TooEarly` reads it."""

    id = "too-early:recent"
    severity = ERROR
    reason = ""
    messages: ClassVar[Messages] = {}
    patterns: ClassVar[Patterns] = {
        "en": [
            # not "we met two weeks ago today", nor "we spoke on Monday and today I…"
            "( we | you and i ) ~2 ( meet | speak | talk | chat | =met | =spoke ) ~5"
            + _NOT_SINCE_EN
            + " ( yesterday | today | this morning | this afternoon | earlier today )",
            "i ~2 ( =interviewed | =met | =spoke | =talked ) ~5"
            + _NOT_SINCE_EN
            + " ( yesterday | this morning"
            " | this afternoon | earlier today )",
            # v4: a longer gap ("my interview for the X role with you yesterday afternoon")
            "( my | our | the ) ( interview | meeting | conversation | call | chat ) ~8"
            + _NOT_SINCE_EN
            + " ( yesterday | this morning | this afternoon | earlier today )",
            "yesterday 's ( interview | meeting | conversation )",
            # v5: the interview named by what the employer did ("thank you for meeting me
            # this morning", "you interviewed me yesterday")
            "( =meeting | =seeing | =interviewing | =speaking | =talking | =chatting | =having"
            " ) ( me | with me | to me | me in ) ~6"
            + _NOT_SINCE_EN
            + " ( yesterday | this morning | this afternoon | earlier today | today )",
            "you ~2 ( =met | =saw | =interviewed | =had ) me ~5"
            + _NOT_SINCE_EN
            + " ( yesterday | this morning | this afternoon | earlier today | today )",
        ],
        "fr": [
            "( nous | on ) ~3 ( rencontrer | parler | echanger | voir | =vus | =parle"
            " | =echange ) ~4"
            + _NOT_SINCE_FR
            + " ( hier | ce matin | cet apres midi | aujourd' hui )",
            "( entretien | rencontre | echange | rendez vous ) ~6"
            + _NOT_SINCE_FR
            + " ( hier | ce matin | cet apres midi | aujourd' hui )",
            # v5: "merci de m'avoir reçue ce matin", "vous m'avez rencontré hier"
            "( me | m' | nous ) avoir? ( =recu | =recue | =recus | =rencontre | =rencontree"
            " | =accueilli | =accueillie | =vu | =vue | =entendu | =entendue ) ~4"
            + _NOT_SINCE_FR
            + " ( hier | ce matin | cet apres midi | aujourd' hui )",
        ],
    }


@register
class TooEarly(Rule):
    id = "too-early"
    severity = ERROR
    needs_plan = True  # a rule about the round's state (drafts do not retry on it)
    kinds = frozenset({STATUS})
    reason = f"{article.CLOSING_DATE} {article.WEEK_TO_TEN_DAYS}"
    messages: ClassVar[Messages] = {
        "en": (
            "Too early: the window for the status email opens on {day}.",
            "Wait until {day} to send it ({why}).",
        ),
        "fr": (
            "Trop tôt : la fenêtre de la relance s'ouvre le {day}.",
            "Attendez le {day} pour l'envoyer ({why}).",
        ),
        "en:bare": (
            "Too early: the window for the status email opens on {day}.",
            "Wait until {day} to send it.",
        ),
        "fr:bare": (
            "Trop tôt : la fenêtre de la relance s'ouvre le {day}.",
            "Attendez le {day} pour l'envoyer.",
        ),
        "en:recent": (
            "Too early: the email says the interview was “{phrase}”; a status email waits a "
            "week to ten days.",
            "Send a thank-you note now, and ask how the process is going a week to ten days "
            "after the interview.",
        ),
        "fr:recent": (
            "Trop tôt : le message dit que l'entretien a eu lieu « {phrase} » ; une relance "
            "attend une semaine à dix jours.",
            "Envoyez maintenant un remerciement, et demandez où en est le recrutement une "
            "semaine à dix jours après l'entretien.",
        ),
    }

    def applies(self, email: Email) -> bool:
        """A status email, with or without a round: without one, its own words decide."""
        return email.kind in self.kinds

    def check(self, email: Email) -> Iterable[Finding]:
        plan, now = email.context.plan, email.context.now
        if plan is None:
            # No round recorded: only the email's own words can say it is too early.
            for start, end in _RECENT.spans(email)[:1]:
                phrase = " ".join(email.text[start:end].split())
                yield self.finding(email, start, end, variant="recent", phrase=phrase)
            return
        if now is None:
            return
        step = plan.step(StepKind.STATUS_INQUIRY)
        if step.state in _NOT_TO_SEND or now >= step.earliest:
            return
        day = step.earliest.date().isoformat()
        why = "; ".join(plan.window_basis(email.lang))
        if why:
            yield self.whole(email, day=day, why=why)
        else:
            yield self.whole(email, variant="bare", day=day)


_NOT_TO_SEND = frozenset({StepState.SENT, StepState.CANCELLED})
_RECENT = _SaysTheInterviewWasRecent()


@register
class DetailNotMentioned(Rule):
    id = "detail-not-mentioned"
    severity = WARNING
    needs_plan = True
    reason = article.REFER_TO_INTERVIEW
    messages: ClassVar[Messages] = {
        "en": (
            "The email does not mention the detail you recorded: “{detail}”.",
            "Refer to it in a sentence, in your own words.",
        ),
        "fr": (
            "Le message n'évoque pas le détail que vous avez noté : « {detail} ».",
            "Mentionnez-le dans une phrase, avec vos mots.",
        ),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        assert email.context.plan is not None
        detail = email.context.plan.interview.detail.strip()
        if detail and not echoes(detail, email.body_text):
            yield self.whole(email, detail=detail)
