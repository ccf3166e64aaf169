"""The job postings of a page, and the application fields of the one the user picks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tactful.errors import BadInput
from tactful.postings.extract import PostingDraft, posting_label, read_posting
from tactful.postings.fetch import Page, canonical_url


@dataclass(frozen=True, slots=True)
class Postings:
    page: Page
    items: list[dict[str, Any]]
    canonical: str = ""
    """A saved page's own address (<link rel=canonical> or og:url), read once for every draft."""

    def labels(self) -> list[str]:
        return [posting_label(p) for p in self.items]

    def draft(self, number: int, *, today: date) -> PostingDraft:
        """The application fields of posting `number` (from 1)."""
        if not 1 <= number <= len(self.items):
            raise BadInput(
                f"posting {number} is out of range: the page lists {len(self.items)} job "
                f"posting{'s' * (len(self.items) != 1)}",
                code="number-out-of-range",
                field="index",
            )
        return read_posting(
            self.items[number - 1],
            page_url=self.page.url,
            today=today,
            fetched=self.page.fetched,
            canonical=self.canonical,
        )


def read_postings(page: Page) -> Postings:
    """The schema.org JobPostings of a page (JSON-LD, else microdata); BadInput when none."""
    from tactful.markup import job_postings

    try:
        found = job_postings(page.html)
    except BadInput as exc:
        raise BadInput(
            f"{page.source}: {exc.message}",
            code=exc.code,
            field=exc.field,
            values={**exc.values, "source": page.source},
        ) from None
    if not found:
        raise BadInput(
            f"{page.source} has no job posting (no schema.org JobPosting in JSON-LD or "
            "microdata): add the application by hand with its company, role and address",
            code="no-posting",
            values={"source": page.source},
        )
    return Postings(page, found, "" if page.fetched else canonical_url(page.html))


def application_fields(draft: PostingDraft) -> dict[str, Any]:
    """Keyword arguments for `Tactful.add_application` (country "" → the configured default)."""
    return {
        "company": draft.company,
        "role": draft.role,
        "closing_date": draft.closing_date,
        "country": draft.country or None,
        "subdivision": draft.subdivision if draft.country else None,
        "url": draft.url,
        "posted_date": draft.posted_date,
        "requirements": draft.requirements,
        "notes": f"Imported from the job posting ({draft.location})." if draft.location else "",
    }


def draft_json(draft: PostingDraft) -> dict[str, Any]:
    return {
        "company": draft.company,
        "role": draft.role,
        "url": draft.url,
        "closing_date": draft.closing_date.isoformat() if draft.closing_date else None,
        "posted_date": draft.posted_date.isoformat() if draft.posted_date else None,
        "country": draft.country,
        "subdivision": draft.subdivision,
        "location": draft.location,
        "requirements": draft.requirements,
        "warnings": list(draft.warnings),
    }
