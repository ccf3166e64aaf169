"""Reading web pages: JSON-LD and microdata job postings, and HTML as readable text (pure)."""

from tactful.lazy import lazy_names

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from tactful.markup.jsonld import (
        is_job_posting,
        job_postings,
        json_ld_objects,
        microdata_items,
    )
    from tactful.markup.text import (
        MappedText,
        drop_characters,
        html_to_mapped_text,
        html_to_text,
        identity,
    )

# Each name loads its module on first use: the ad studio reads HTML through tactful.markup.text
# and needs neither the JSON-LD reader nor the HTML entity table it imports.
_LAZY = {
    "is_job_posting": "tactful.markup.jsonld",
    "job_postings": "tactful.markup.jsonld",
    "json_ld_objects": "tactful.markup.jsonld",
    "microdata_items": "tactful.markup.jsonld",
    "MappedText": "tactful.markup.text",
    "drop_characters": "tactful.markup.text",
    "html_to_mapped_text": "tactful.markup.text",
    "html_to_text": "tactful.markup.text",
    "identity": "tactful.markup.text",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


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
