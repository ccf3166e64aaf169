"""The REST API under /api/v1: the same JSON as the CLI's --json. Writes are JSON bodies."""

from fastapi import Depends, FastAPI

from tactful.web.api import ads, applications, checks, drafts, followups, mail, rounds
from tactful.web.api.answers import ERRORS
from tactful.web.deps import require_json

MODULES = (applications, rounds, followups, drafts, checks, ads, mail)


def include_api(app: FastAPI) -> None:
    """Each part's routes straight on the app (one level of routers: matching a request walks
    less)."""
    for module in MODULES:
        app.include_router(
            module.router,
            prefix="/api/v1",
            dependencies=[Depends(require_json)],
            responses=ERRORS,
        )


__all__ = ["include_api"]
