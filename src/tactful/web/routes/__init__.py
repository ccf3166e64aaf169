"""The HTML pages: one module per part of the app. Every state-changing form needs the CSRF
token."""

from fastapi import Depends, FastAPI

from tactful.web.deps import check_csrf
from tactful.web.routes import (
    applications,
    auth,
    drafts,
    feed,
    imports,
    mail,
    reference,
    rounds,
    settings,
    studio,
    timeline,
    today,
)

MODULES = (
    today,
    imports,
    applications,
    rounds,
    drafts,
    timeline,
    studio,
    settings,
    auth,
    feed,
    reference,
    mail,
)
"""Today first: the page asked for most."""


def include_pages(app: FastAPI) -> None:
    """Each part's routes straight on the app (one level of routers: matching a request walks
    less)."""
    for module in MODULES:
        app.include_router(
            module.router, include_in_schema=False, dependencies=[Depends(check_csrf)]
        )


__all__ = ["include_pages"]
