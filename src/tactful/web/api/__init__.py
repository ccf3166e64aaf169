"""The REST API under /api/v1: the same JSON as the CLI's --json. Writes are JSON bodies."""

from fastapi import APIRouter, Depends

from tactful.web.api import ads, applications, checks, drafts, followups, rounds
from tactful.web.api.answers import ERRORS
from tactful.web.deps import require_json

api_router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_json)], responses=ERRORS)
for module in (applications, rounds, followups, drafts, checks, ads):
    api_router.include_router(module.router)

__all__ = ["api_router"]
