"""Reading web pages: JSON-LD and microdata job postings, and HTML as readable text (pure)."""

from tactful.markup.jsonld import is_job_posting, job_postings, json_ld_objects, microdata_items
from tactful.markup.text import (
    MappedText,
    drop_characters,
    html_to_mapped_text,
    html_to_text,
    identity,
)

__all__ = [
    "MappedText",
    "drop_characters",
    "html_to_mapped_text",
    "html_to_text",
    "identity",
    "is_job_posting",
    "job_postings",
    "json_ld_objects",
    "microdata_items",
]
