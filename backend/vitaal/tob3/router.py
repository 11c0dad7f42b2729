from __future__ import annotations

from fastapi import APIRouter, Response, status

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.auth.deps import CurrentUser, SettingsDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.issues.schemas import IssueCreate
from vitaal.tob3 import links, service
from vitaal.tob3.deps import AdminLinkDep, AdminRoundDep, AdminWorryDep, RoundDep
from vitaal.tob3.schemas import (
    AnswerIn,
    AnswerRead,
    GroupIssueRequest,
    IssueFromWorries,
    LinkCreate,
    LinkCreated,
    LinkRead,
    RoundCreate,
    RoundRead,
    RoundResults,
    RoundUpdate,
)

router = APIRouter(
    prefix="/organisations/{organisation_id}",
    tags=["tob3"],
    responses=problem_responses(401, 403, 404, 409, 422),
)


@router.post(
    "/tob3-rounds",
    status_code=status.HTTP_201_CREATED,
    response_model=RoundRead,
    summary="Open a Tob-3 round for the organisation's members (admins)",
)
async def create_round(
    data: RoundCreate, access: OrganisationAdminDep, session: SessionDep, user: CurrentUser
) -> RoundRead:
    round_ = await service.create_round(session, access.organisation.id, user, data)
    return service.round_to_read(await service.round_view(session, round_, user.id))


@router.get(
    "/tob3-rounds",
    response_model=Page[RoundRead],
    summary="The organisation's Tob-3 rounds, oldest first",
)
async def list_rounds(
    access: OrganisationDep, session: SessionDep, user: CurrentUser, page: PageDep
) -> Page[RoundRead]:
    items, cursor = await service.list_rounds(session, access.organisation.id, user.id, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/tob3-rounds/{round_id}",
    response_model=RoundRead,
    summary="One Tob-3 round",
)
async def get_round(round_: RoundDep, session: SessionDep, user: CurrentUser) -> RoundRead:
    return service.round_to_read(await service.round_view(session, round_, user.id))


@router.patch(
    "/tob3-rounds/{round_id}",
    response_model=RoundRead,
    summary="Correct a round or move its closing time (admins)",
)
async def update_round(
    data: RoundUpdate, round_: AdminRoundDep, session: SessionDep, user: CurrentUser
) -> RoundRead:
    await service.update_round(session, round_, data)
    return service.round_to_read(await service.round_view(session, round_, user.id))


@router.post(
    "/tob3-rounds/{round_id}/close",
    response_model=RoundRead,
    summary="Close the round now (admins)",
)
async def close_round(round_: AdminRoundDep, session: SessionDep, user: CurrentUser) -> RoundRead:
    await service.close_round(session, round_)
    return service.round_to_read(await service.round_view(session, round_, user.id))


@router.get(
    "/tob3-rounds/{round_id}/my-answer",
    response_model=AnswerRead | None,
    summary="Your answer to the round (null when you have not answered)",
)
async def get_my_answer(
    round_: RoundDep, session: SessionDep, user: CurrentUser
) -> AnswerRead | None:
    answer = await service.my_answer(session, round_, user.id)
    return AnswerRead.model_validate(answer) if answer else None


@router.put(
    "/tob3-rounds/{round_id}/my-answer",
    response_model=AnswerRead,
    responses={201: {"model": AnswerRead, "description": "Your first answer to the round"}},
    summary="Give or change your top-3 worries while the round is open",
)
async def put_my_answer(
    data: AnswerIn,
    round_: RoundDep,
    session: SessionDep,
    user: CurrentUser,
    response: Response,
) -> AnswerRead:
    answer, created = await service.save_answer(session, round_, user, data)
    if created:
        response.status_code = status.HTTP_201_CREATED
    return AnswerRead.model_validate(answer)


@router.delete(
    "/tob3-rounds/{round_id}/my-answer",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Withdraw your answer while the round is open",
)
async def delete_my_answer(round_: RoundDep, session: SessionDep, user: CurrentUser) -> None:
    await service.withdraw_answer(session, round_, user.id)


@router.get(
    "/tob3-rounds/{round_id}/answers",
    response_model=Page[AnswerRead],
    summary="Every answer with who gave it (owners and admins)",
)
async def list_answers(
    round_: AdminRoundDep, session: SessionDep, page: PageDep
) -> Page[AnswerRead]:
    items, cursor = await service.list_answers(session, round_, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/tob3-rounds/{round_id}/results",
    response_model=RoundResults,
    summary="Worries ranked by weighted count (3/2/1), grouped by topic",
    description="Owners and admins see the results at any time; members once the round has "
    "closed. Results name no one.",
)
async def get_results(
    round_: RoundDep, access: OrganisationDep, session: SessionDep
) -> RoundResults:
    return await service.results(session, access, round_)


@router.post(
    "/tob3-rounds/{round_id}/worries/{worry_id}/issue",
    status_code=status.HTTP_201_CREATED,
    response_model=IssueFromWorries,
    summary="Make an issue of one worry (admins)",
)
async def worry_to_issue(
    worry: AdminWorryDep,
    data: IssueCreate,
    round_: AdminRoundDep,
    session: SessionDep,
    user: CurrentUser,
) -> IssueFromWorries:
    return await service.make_issue(session, round_, user, data, [worry])


@router.post(
    "/tob3-rounds/{round_id}/groups/issue",
    status_code=status.HTTP_201_CREATED,
    response_model=IssueFromWorries,
    summary="Make one issue of a result group (a topic) (admins)",
    description="Links the group's worries that are not an issue yet to the new issue; 409 "
    "when all of them already are.",
)
async def group_to_issue(
    request: GroupIssueRequest, round_: AdminRoundDep, session: SessionDep, user: CurrentUser
) -> IssueFromWorries:
    worries = await service.group_worries(session, round_, request.group)
    return await service.make_issue(session, round_, user, request.issue, worries)


# Links for members without an account (tob3/links.py; the page behind them is tob3/public.py).


def _created(settings: SettingsDep, link: LinkRead, token: str) -> LinkCreated:
    return LinkCreated(**link.model_dump(), token=token, url=f"{settings.public_base}/t/{token}")


@router.post(
    "/tob3-rounds/{round_id}/links",
    status_code=status.HTTP_201_CREATED,
    response_model=LinkCreated,
    summary="Make a link to answer the round without an account (admins)",
    description="The token and the address are in this response only; renew the link to get "
    "new ones.",
)
async def create_link(
    data: LinkCreate,
    round_: AdminRoundDep,
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
) -> LinkCreated:
    link, token = await links.create_link(session, round_, user, data)
    return _created(settings, await links.link_read(session, link), token)


@router.get(
    "/tob3-rounds/{round_id}/links",
    response_model=Page[LinkRead],
    summary="The round's links, with how many members answered through each (admins)",
)
async def list_links(round_: AdminRoundDep, session: SessionDep, page: PageDep) -> Page[LinkRead]:
    items, cursor = await links.list_links(session, round_, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/tob3-rounds/{round_id}/links/{link_id}/renew",
    response_model=LinkCreated,
    summary="Give the link a new token; the old address stops working (admins)",
    description="The answers given through the link stay. A revoked link works again.",
)
async def renew_link(
    link: AdminLinkDep, round_: AdminRoundDep, session: SessionDep, settings: SettingsDep
) -> LinkCreated:
    token = await links.renew_link(session, round_, link)
    return _created(settings, await links.link_read(session, link), token)


@router.post(
    "/tob3-rounds/{round_id}/links/{link_id}/revoke",
    response_model=LinkRead,
    summary="Stop the link working; its answers stay and count (admins)",
)
async def revoke_link(link: AdminLinkDep, session: SessionDep) -> LinkRead:
    await links.revoke_link(session, link)
    return await links.link_read(session, link)
