"""Pages of the coach role (the rounds of members who share with them, read-only, with notes)
and of the admin role (accounts: invite, remove, end sessions; never anyone's data).

The account gate already refused anyone without the role; a coach's view of a member goes
through `Hosted.coach_api`, which checks the share and reads in a read-only scope.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from tactful.accounts import Account
from tactful.errors import Refused
from tactful.web.deps import ViewDep, check_csrf, form_data, see_other
from tactful.web.hosted import HostedWeb

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


def _web(request: Request) -> tuple[HostedWeb, Account]:
    from tactful.web.routes.accounts import account_of, hosted_web

    return hosted_web(request), account_of(request)


# Coach


@router.get("/coach", response_class=HTMLResponse)
async def coach_home(request: Request, view: ViewDep) -> Response:
    web, me = _web(request)
    members = await run_in_threadpool(web.hosted.sharing(me.user_id).members)
    return view.page("coach.html", members=members)


@router.get("/coach/members/{member_id}", response_class=HTMLResponse)
async def coach_member(request: Request, view: ViewDep, member_id: int) -> Response:
    web, me = _web(request)

    def read() -> tuple[object, list[object]]:
        person = web.hosted.sharing(me.user_id).check_member(member_id)
        with web.hosted.coach_api(me.user_id, member_id) as api:
            return person, list(api.plans())

    person, plans = await run_in_threadpool(read)
    return view.page("coach_member.html", member=person, plans=plans)


@router.get("/coach/members/{member_id}/rounds/{interview_id}", response_class=HTMLResponse)
async def coach_round(
    request: Request, view: ViewDep, member_id: int, interview_id: int, error: str = ""
) -> Response:
    web, me = _web(request)

    def read() -> tuple[object, object, list[object]]:
        sharing = web.hosted.sharing(me.user_id)
        person = sharing.check_member(member_id)
        with web.hosted.coach_api(me.user_id, member_id) as api:
            plan = api.plan(interview_id)
        return person, plan, list(sharing.notes_by_me(member_id, interview_id))

    person, plan, notes = await run_in_threadpool(read)
    return view.page("coach_round.html", member=person, plan=plan, notes=notes, error=error)


@router.post("/coach/members/{member_id}/rounds/{interview_id}/notes")
async def coach_note(request: Request, member_id: int, interview_id: int) -> Response:
    web, me = _web(request)
    raw = await form_data(request)

    def write() -> None:
        with web.hosted.coach_api(me.user_id, member_id) as api:
            api.plan(interview_id)  # NotFound unless the round is the member's, and shared
        web.hosted.sharing(me.user_id).add_note(member_id, interview_id, str(raw.get("text", "")))

    await run_in_threadpool(write)
    return see_other(f"/coach/members/{member_id}/rounds/{interview_id}")


# Admin


@router.get("/admin/users", response_class=HTMLResponse)
async def admin_users(request: Request, view: ViewDep, link: str = "", done: str = "") -> Response:
    web, _me = _web(request)
    users = await run_in_threadpool(web.hosted.users.list)
    return view.page("admin_users.html", users=users, link=link, done=done)


@router.post("/admin/users/invite", response_class=HTMLResponse)
async def admin_invite(request: Request, view: ViewDep) -> Response:
    from tactful.hosting.notices import link_mail
    from tactful.hosting.outbound import SendFailed, ServerMail
    from tactful.web.routes.accounts import public_base

    web, _me = _web(request)
    raw = await form_data(request)
    link = await run_in_threadpool(
        web.hosted.users.invite, str(raw.get("email", "")), str(raw.get("role", "member"))
    )
    base = public_base(request)
    mail = ServerMail.from_env()
    if mail is not None:
        subject, body = link_mail(link, base, view.lang)
        try:
            await run_in_threadpool(mail.send, mail.message(link.email, subject, body))
            return see_other("/admin/users?done=mailed")
        except SendFailed:
            pass
    users = await run_in_threadpool(web.hosted.users.list)
    return view.page("admin_users.html", users=users, link=link.url(base), done="")


@router.post("/admin/users/{user_id}/remove")
async def admin_remove(request: Request, user_id: int) -> Response:
    web, me = _web(request)
    if user_id == me.user_id:
        raise Refused("you cannot remove your own account here", code="own-account")
    user = await run_in_threadpool(web.hosted.users.get, user_id)
    await run_in_threadpool(web.hosted.delete_account, user)
    web.forget(user_id)
    return see_other("/admin/users?done=removed")


@router.post("/admin/users/{user_id}/logout")
async def admin_logout(request: Request, user_id: int) -> Response:
    web, _me = _web(request)
    await run_in_threadpool(web.hosted.users.get, user_id)  # NotFound for an unknown id
    await run_in_threadpool(web.hosted.logins.revoke, user_id)
    return see_other("/admin/users?done=logged-out")
