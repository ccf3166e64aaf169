"""The AI extension point: one base class, `TextBackend`, with one required method, `generate`.

Built-in backends register themselves with `register_backend`, exactly as a third-party backend
does; plugins published as packages declare an entry point in the group `tactful.ai_backends`
whose value is their backend class. Entry points are loaded lazily, the first time a backend
that is not built in is asked for (or when every backend is listed).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, TypedDict, TypeVar

from tactful.errors import BadInput, TactfulError

if TYPE_CHECKING:
    from tactful.ai.settings import AISettings

ENTRY_POINT_GROUP = "tactful.ai_backends"


class Message(TypedDict):
    """One chat message, as the OpenAI chat-completions API takes it."""

    role: str
    """"system", "user" or "assistant"."""
    content: str


class AIError(TactfulError):
    """The AI endpoint failed: down, unknown model, bad key, timeout or a malformed answer.

    Its message is one line, never contains the API key, and maps to exit status 2.
    """

    default_code = "ai-failed"


TokenCallback = Callable[[str], None]


class TextBackend(ABC):
    """A text generator: give it chat messages, get the model's whole answer back.

    Subclass it, set `name`, implement `generate`, and call `register_backend(YourClass)` (or
    declare it as a `tactful.ai_backends` entry point). `configured_backend` builds it with
    `from_settings`, which by default calls `cls(settings)`.
    """

    name: ClassVar[str] = ""
    """The name users pick it by (TACTFUL_AI_BACKEND); unique among registered backends."""

    def __init__(self, settings: AISettings | None = None) -> None:
        from tactful.ai.settings import AISettings

        self.settings = settings if settings is not None else AISettings()

    @classmethod
    def from_settings(cls, settings: AISettings) -> TextBackend:
        """Build the backend, raising `BadInput` when the settings it needs are missing."""
        return cls(settings)

    cut_off: bool = False
    """Whether the last answer stopped at `max_tokens`, unfinished, as far as the backend can
    tell (the OpenAI-compatible one reads `finish_reason: "length"`). Writers that need a
    whole text (a draft, an ad) refuse a cut one."""

    @abstractmethod
    def generate(
        self,
        messages: list[Message],
        *,
        on_token: TokenCallback | None = None,
        temperature: float = 0.4,
        max_tokens: int = 800,
    ) -> str:
        """Return the model's whole answer to `messages`.

        When `on_token` is given, call it with each piece of text as it arrives (streaming);
        the pieces joined are the returned text. Raise `AIError` (one line) on any failure.
        """

    def describe(self) -> str:
        """A short human label: backend, model and endpoint (never a key)."""
        parts = [self.name or type(self).__name__]
        if self.settings.model:
            parts.append(self.settings.model)
        if self.settings.base_url:
            parts.append(f"at {self.settings.display_url}")
        return " ".join(parts)


B = TypeVar("B", bound=type[TextBackend])

_registry: dict[str, type[TextBackend]] = {}
_broken: dict[str, str] = {}
_entry_points_loaded = False


def register_backend(cls: B) -> B:
    """Register a `TextBackend` subclass under its `name`; usable as a class decorator."""
    if not (isinstance(cls, type) and issubclass(cls, TextBackend)):
        raise TypeError(f"{cls!r} is not a TextBackend subclass")
    if not cls.name:
        raise TypeError(f"{cls.__name__} has no `name`: set the class attribute `name`")
    _registry[cls.name] = cls
    _broken.pop(cls.name, None)
    return cls


def unregister_backend(name: str) -> None:
    """Forget a registered backend (tests and plugins that replace one)."""
    _registry.pop(name, None)


def backends() -> dict[str, type[TextBackend]]:
    """Every available backend by name: the built-in ones and those from entry points."""
    _load_builtins()
    _load_entry_points()
    return dict(sorted(_registry.items()))


def broken_backends() -> dict[str, str]:
    """Entry points that failed to load, by name, with the one-line reason."""
    _load_entry_points()
    return dict(_broken)


def backend_class(name: str) -> type[TextBackend]:
    """The backend registered as `name`; entry points are read only if it is not built in."""
    _load_builtins()
    if name not in _registry:
        _load_entry_points()
    if name in _registry:
        return _registry[name]
    if name in _broken:
        raise BadInput(f"the AI backend {name!r} failed to load: {_broken[name]}")
    known = ", ".join(sorted(_registry)) or "none"
    raise BadInput(
        f"unknown AI backend {name!r}; known backends: {known} "
        f"(install a plugin that provides it, or unset TACTFUL_AI_BACKEND)"
    )


def _load_builtins() -> None:
    import tactful.ai.openai_compat  # noqa: F401  (registers itself)


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = point.load()
        except Exception as exc:  # a broken plugin must not break tactful
            _broken[point.name] = f"{type(exc).__name__}: {exc}".splitlines()[0]
            continue
        if not (isinstance(loaded, type) and issubclass(loaded, TextBackend)):
            _broken[point.name] = f"{point.value} is not a TextBackend subclass"
            continue
        if not loaded.name:
            loaded.name = point.name
        if loaded.name not in _registry:
            register_backend(loaded)


def reset_entry_points() -> None:
    """Read the entry points again on next use (after installing a plugin at run time)."""
    global _entry_points_loaded
    _entry_points_loaded = False
    _broken.clear()
