"""The HTML pages: one module per part of the app. Every state-changing form needs the CSRF
token."""

from fastapi import APIRouter, Depends

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

page_router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
for module in (
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
):
    page_router.include_router(module.router)

__all__ = ["page_router"]
