"""Legal rules, by jurisdiction: France, the EU pay-transparency directive, and the US states
that require pay ranges in job postings (Colorado, New York, California, Washington).

The jurisdictions come from `--jurisdiction`, else from the ad's stated location, else there are
none. Every EU member state code (FR, DE, …) also brings the EU rules. The EU rules apply from
7 June 2026; before that date they are reported as information, so an employer can get ready.
"""

from __future__ import annotations

from datetime import date

from tactful.ads.model import ERROR, INFO
from tactful.ads.places import EU_MEMBERS
from tactful.ads.rules.base import Context, Hit
from tactful.ads.rules.inclusion import TitleIssue
from tactful.ads.rules.transparency import Facts

EU_PAY_TRANSPARENCY_FROM = date(2026, 6, 7)
"""Transposition deadline of Directive (EU) 2023/970 (Art. 34)."""


def legal_hits(
    ctx: Context,
    known: Facts,
    title: TitleIssue | None,
    inclusion: list[Hit],
    age_limits: list[tuple[int, int]],
) -> list[Hit]:
    codes = set(ctx.jurisdictions)
    hits: list[Hit] = []
    if "FR" in codes:
        hits += _france(ctx, title, inclusion, age_limits)
    if codes & EU_MEMBERS or "EU" in codes:
        hits += _eu(ctx, known, title)
    hits += _us_states(codes, known)
    return hits


def _france(
    ctx: Context,
    title: TitleIssue | None,
    inclusion: list[Hit],
    age_limits: list[tuple[int, int]],
) -> list[Hit]:
    hits = [
        Hit("fr-sex-family", hit.start, hit.end)
        for hit in inclusion
        if hit.rule in ("family-status", "sex-sought")
    ]
    if title is not None:
        hits.append(
            Hit(
                "fr-title",
                title.start,
                title.end,
                message=f"“{title.found}”: France requires a gender-neutral title or "
                "the H/F (F/H) mention",
                suggestion=f"write {title.fix}",
            )
        )
    hits += [Hit("fr-age-limit", start, end) for start, end in age_limits]
    if ctx.lang != "fr":
        hits.append(Hit("fr-language"))
    return hits


def _eu(ctx: Context, known: Facts, title: TitleIssue | None) -> list[Hit]:
    in_force = ctx.today >= EU_PAY_TRANSPARENCY_FROM
    severity = ERROR if in_force else INFO
    when = "" if in_force else " (applies from 7 June 2026)"
    hits: list[Hit] = []
    if not known.pay:
        hits.append(
            Hit(
                "eu-pay",
                severity=severity,
                message="EU: applicants must be told the initial pay or its range" + when,
            )
        )
    if title is not None:
        hits.append(
            Hit(
                "eu-neutral-title",
                title.start,
                title.end,
                severity=severity,
                message=f"“{title.found}”: EU job titles must be gender-neutral" + when,
                suggestion=f"write {title.fix}",
            )
        )
    return hits


_US_STATE_NEEDS: dict[str, tuple[str, ...]] = {
    "US-CO": ("pay", "benefits", "deadline"),
    "US-NY": ("pay",),
    "US-CA": ("pay",),
    "US-WA": ("pay", "benefits"),
}
"""What each state's pay-transparency law requires a posting to state (see docs/ad-studio.md)."""


def _us_states(codes: set[str], known: Facts) -> list[Hit]:
    """A finding per fact a state requires and the ad does not state (e.g. `us-co-benefits`)."""
    return [
        Hit(f"{state.lower()}-{fact}")
        for state, needs in _US_STATE_NEEDS.items()
        if state in codes
        for fact in needs
        if not getattr(known, fact)
    ]
