"""The email's parts now live in the text engine (tactful.text.anatomy); this name stays for
callers that import it from the checker."""

from tactful.text.anatomy import Anatomy, Span, dissect

__all__ = ["Anatomy", "Span", "dissect"]
