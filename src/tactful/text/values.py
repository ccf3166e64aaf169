"""Small value classes without the `dataclasses` module.

Importing `dataclasses` brings `inspect` (and `ast`, `dis`, `tokenize`), and each decorated
class is built by generating and compiling its methods: together about a third of what
`tactful ad check` spends beyond the interpreter's start (docs/benchmarks.md). The classes the
text engine and the ad studio build on every run therefore write their `__init__` by hand and
take equality, hashing and `repr` from these bases, which behave as a dataclass's do: fields
compared in order, only with an object of the same class, `repr` as `Name(field=value, …)`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any, ClassVar


class Record:
    """Equality and `repr` over the class's `_fields` (a mutable record: not hashable)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _unshown: ClassVar[tuple[str, ...]] = ()
    """Fields left out of `repr` (a dataclass's `field(repr=False)`)."""

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable: as a dataclass with eq and no frozen

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self._fields if name not in self._unshown
        )
        return f"{self.__class__.__qualname__}({shown})"


class Frozen(Record):
    """A read-only record: hashable by its fields; assigning a field raises AttributeError.
    `__init__` sets the fields with `object.__setattr__`, as a frozen dataclass does."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]  # Record's None: a read-only one hashes
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # copy and pickle rebuild through __init__ (fields are its parameters, in order):
        # their default path sets attributes one by one, which a read-only record refuses.
        return (self.__class__, self._values())


if TYPE_CHECKING:
    from functools import cached_property

    cached = cached_property
else:

    class cached:  # named as the decorator it stands for
        """`functools.cached_property` without its lock: Python 3.11's takes an RLock on every
        first read, which costs more than most values the text engine computes (an email is
        read a dozen of them once each). The values are pure: two threads computing one at
        the same time would store the same value."""

        def __init__(self, func):
            self.func = func
            self.attrname = func.__name__
            self.__doc__ = func.__doc__

        def __set_name__(self, owner, name):
            self.attrname = name

        def __get__(self, instance, owner=None):
            if instance is None:
                return self
            value = instance.__dict__[self.attrname] = self.func(instance)
            return value


KEPT = 20_000
"""How many values a bounded cache keeps by default (see `keep`)."""


def keep(cache: dict[Any, Any], key: object, value: object, limit: int = KEPT) -> None:
    """Keep `value`, after forgetting every other when the cache holds `limit`: a cache of what
    repeats (dates, phrases) stays bounded, and a megabyte of ever new keys stays linear."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
