"""Every route of an app, read from its router (so a route added tomorrow is listed too)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from starlette.routing import Mount, Route


@dataclass(frozen=True)
class Endpoint:
    path: str
    method: str


def _walk(routes: list[Any], prefix: str) -> Iterator[Endpoint | Mount]:
    for route in routes:
        if isinstance(route, Mount):
            yield route
        elif isinstance(route, Route):
            for method in sorted((route.methods or {"GET"}) - {"HEAD"}):
                yield Endpoint(prefix + route.path, method)
        elif hasattr(route, "original_router"):  # FastAPI's included router
            yield from _walk(route.original_router.routes, prefix + route.include_context.prefix)
        else:
            raise AssertionError(f"a route of an unknown kind: {route!r}")


def endpoints(app: Any) -> tuple[list[Endpoint], list[Mount]]:
    found = list(_walk(app.routes, ""))
    mounts = [e for e in found if isinstance(e, Mount)]
    points = sorted({e for e in found if isinstance(e, Endpoint)}, key=lambda e: (e.path, e.method))
    return points, mounts
