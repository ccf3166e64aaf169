"""Package names that load their module on first use (PEP 562), so that importing a package
costs only what a command reads from it: `tactful`, `tactful.policy`, `tactful.ads` and
`tactful.markup` export many names, and a command needs few of them."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Callable


def lazy_names(
    package: str, modules: dict[str, str], namespace: dict[str, object]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """A package's `__getattr__` and `__dir__`: each name of `modules` (name -> module) is
    imported when first read, then kept in the package's `namespace`."""

    def __getattr__(name: str) -> object:
        if name in modules:
            from importlib import import_module

            value = getattr(import_module(modules[name]), name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted([*namespace, *modules])

    return __getattr__, __dir__
