"""Optional AI writing: one backend interface shared by drafts and the job-ad studio.

    from tactful.ai import configured_backend
    backend = configured_backend(api)          # BadInput when nothing is configured
    text = backend.generate(messages, on_token=print_piece)   # AIError on any failure

Offline by default: nothing here runs unless the user asks for `--ai`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tactful.ai.base import (
    ENTRY_POINT_GROUP,
    AIError,
    Message,
    TextBackend,
    backend_class,
    backends,
    register_backend,
)
from tactful.ai.openai_compat import OpenAICompatible
from tactful.ai.settings import AISettings, load_ai_settings

if TYPE_CHECKING:
    from tactful.core import Tactful

__all__ = [
    "ENTRY_POINT_GROUP",
    "AIError",
    "AISettings",
    "Message",
    "OpenAICompatible",
    "TextBackend",
    "backend_class",
    "backends",
    "configured_backend",
    "load_ai_settings",
    "register_backend",
]


def configured_backend(api: Tactful) -> TextBackend:
    """The backend the user configured (environment first, then config and keyring).

    Raises `tactful.errors.BadInput` with a one-line "how to configure" message when no
    endpoint is configured, or when the chosen backend is unknown.
    """
    settings = load_ai_settings(api.config)
    return backend_class(settings.backend).from_settings(settings)
