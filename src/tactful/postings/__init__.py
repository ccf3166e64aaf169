"""Job postings in: a saved page or a URL → the fields of a new application."""

from tactful.postings.countries import country_code, known_country
from tactful.postings.extract import PostingDraft, posting_label, read_posting
from tactful.postings.fetch import Page, canonical_url, decode_html, fetch_page, load_page
from tactful.postings.page import Postings, application_fields, draft_json, read_postings

__all__ = [
    "Page",
    "PostingDraft",
    "Postings",
    "application_fields",
    "canonical_url",
    "country_code",
    "decode_html",
    "draft_json",
    "fetch_page",
    "known_country",
    "load_page",
    "posting_label",
    "read_posting",
    "read_postings",
]
