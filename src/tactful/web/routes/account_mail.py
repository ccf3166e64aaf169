"""A member's mail account in multi-user mode (`/account/mail`): the servers (filled from the
provider's preset when the address is well known) and the password, kept encrypted by the
server's key. The worker then reads the member's inbox; sending stays the member's choice."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from tactful.errors import BadInput
from tactful.web.deps import ViewDep, check_csrf, form_data, see_other

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
FIELDS = ("email", "user", "smtp_host", "smtp_port", "smtp_security", "imap_host", "imap_port",
          "imap_security", "sent_folder", "name")  # fmt: skip


def _accounts(request: Request) -> Any:
    from tactful.hosting.mail_accounts import HostedMailAccounts
    from tactful.store.scope import Scope
    from tactful.web.routes.accounts import account_of, hosted_web

    account = account_of(request)
    database = hosted_web(request).hosted.database.scoped(Scope.of(account.user_id))
    return HostedMailAccounts(database)


@router.get("/account/mail", response_class=HTMLResponse)
async def mail_form(request: Request, view: ViewDep, done: str = "") -> Response:
    accounts = _accounts(request)
    current = await run_in_threadpool(accounts.load)
    values = current.to_json() if current is not None else {}
    return view.page("account_mail.html", values=values, configured=current is not None,
                     error="", done=done)  # fmt: skip


@router.post("/account/mail", response_class=HTMLResponse)
async def mail_save(request: Request, view: ViewDep) -> Response:
    from tactful.mailbox.account import build_account

    raw = await form_data(request)
    accounts = _accounts(request)

    def number(name: str) -> int | None:
        value = str(raw.get(name, "")).strip()
        if not value:
            return None
        if not (value.isascii() and value.isdigit()):  # "²" is a digit int() cannot read
            raise BadInput(f"{name}: a port is a number", code="not-a-number", field=name)
        return int(value)

    def save() -> None:
        account = build_account(
            str(raw.get("email", "")).strip(),
            user=str(raw.get("user", "")).strip() or None,
            smtp_host=str(raw.get("smtp_host", "")).strip() or None,
            smtp_port=number("smtp_port"),
            smtp_security=str(raw.get("smtp_security", "")).strip() or None,
            imap_host=str(raw.get("imap_host", "")).strip() or None,
            imap_port=number("imap_port"),
            imap_security=str(raw.get("imap_security", "")).strip() or None,
            sent_folder=str(raw.get("sent_folder", "")).strip() or None,
            name=str(raw.get("name", "")).strip(),
        )
        accounts.save(account, str(raw.get("password", "")) or None)

    try:
        await run_in_threadpool(save)
    except BadInput as exc:
        values = {k: raw.get(k, "") for k in FIELDS}
        return view.page("account_mail.html", status=422, values=values, configured=False,
                         error=exc.message, done="")  # fmt: skip
    return see_other("/account/mail?done=saved")


@router.post("/account/mail/forget")
async def mail_forget(request: Request) -> Response:
    await run_in_threadpool(_accounts(request).forget)
    return see_other("/account/mail?done=forgotten")
