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
        for hit in inclusion:
            if hit.rule in ("family-status", "sex-sought"):
                hits.append(Hit("fr-sex-family", hit.start, hit.end))
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
        for start, end in age_limits:
            hits.append(Hit("fr-age-limit", start, end))
        if ctx.lang != "fr":
            hits.append(Hit("fr-language"))
    if codes & EU_MEMBERS or "EU" in codes:
        in_force = ctx.today >= EU_PAY_TRANSPARENCY_FROM
        severity = ERROR if in_force else INFO
        when = "" if in_force else " (applies from 7 June 2026)"
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
    if "US-CO" in codes:
        if not known.pay:
            hits.append(Hit("us-co-pay"))
        if not known.benefits:
            hits.append(Hit("us-co-benefits"))
        if not known.deadline:
            hits.append(Hit("us-co-deadline"))
    if "US-NY" in codes and not known.pay:
        hits.append(Hit("us-ny-pay"))
    if "US-CA" in codes and not known.pay:
        hits.append(Hit("us-ca-pay"))
    if "US-WA" in codes:
        if not known.pay:
            hits.append(Hit("us-wa-pay"))
        if not known.benefits:
            hits.append(Hit("us-wa-benefits"))
    return hits
