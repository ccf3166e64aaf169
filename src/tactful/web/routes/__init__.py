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


def include_pages(app: FastAPI, *, with_today: bool = True) -> None:
    """Each part's routes straight on the app (one level of routers: matching a request walks
    less); `with_today=False` when `include_today` put Today first already (multi-user)."""
    for module in MODULES:
        if module is not today or with_today:
            app.include_router(
                module.router, include_in_schema=False, dependencies=[Depends(check_csrf)]
            )


def include_today(app: FastAPI) -> None:
    """Today alone: multi-user mode puts it before the accounts' routes (about 30 routes that
    every request for Today was matched against first)."""
    app.include_router(today.router, include_in_schema=False, dependencies=[Depends(check_csrf)])


__all__ = ["include_pages", "include_today"]
