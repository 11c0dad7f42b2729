from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, BackgroundTasks, status

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.auth.deps import CurrentUser, SettingsDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.mail import send_invitation_mail
from vitaal.core.pagination import Page, PageDep
from vitaal.organisations import service
from vitaal.organisations.deps import InvitationDep, MemberDep
from vitaal.organisations.schemas import (
    InvitationCreate,
    InvitationCreated,
    InvitationPreview,
    InvitationRead,
    MemberRead,
    MemberUpdate,
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
)

router = APIRouter(
    prefix="/organisations",
    tags=["organisations"],
    responses=problem_responses(401, 403, 404, 409, 422),
)
links_router = APIRouter(
    prefix="/invitations",
    tags=["invitations"],
    responses=problem_responses(401, 403, 404, 410),
)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=OrganisationRead,
    summary="Create an organisation (you become its owner)",
)
async def create_organisation(
    data: OrganisationCreate, session: SessionDep, user: CurrentUser
) -> OrganisationRead:
    return await service.create(session, user, data)


@router.get(
    "",
    response_model=Page[OrganisationRead],
    summary="The organisations you belong to",
)
async def list_organisations(
    session: SessionDep, user: CurrentUser, page: PageDep
) -> Page[OrganisationRead]:
    items, cursor = await service.list_for_user(session, user, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/{organisation_id}",
    response_model=OrganisationRead,
    summary="One of your organisations",
)
async def get_organisation(access: OrganisationDep) -> OrganisationRead:
    return service.to_read(access.organisation, access.role)


@router.patch(
    "/{organisation_id}",
    response_model=OrganisationRead,
    summary="Rename an organisation or change its kind (admin)",
)
async def update_organisation(
    data: OrganisationUpdate, access: OrganisationAdminDep, session: SessionDep
) -> OrganisationRead:
    return await service.update(session, access, data)


@router.get(
    "/{organisation_id}/members",
    response_model=Page[MemberRead],
    summary="Members of the organisation",
)
async def list_members(
    access: OrganisationDep, session: SessionDep, page: PageDep
) -> Page[MemberRead]:
    items, cursor = await service.list_members(session, access, page)
    return Page(items=items, next_cursor=cursor)


@router.patch(
    "/{organisation_id}/members/{user_id}",
    response_model=MemberRead,
    summary="Change a member's role (admin; owners only by an owner)",
)
async def update_member(
    data: MemberUpdate, access: OrganisationAdminDep, member: MemberDep, session: SessionDep
) -> MemberRead:
    return await service.change_role(session, access, member, data)


@router.delete(
    "/{organisation_id}/members/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a member, or leave the organisation yourself",
)
async def remove_member(
    access: OrganisationDep, member: MemberDep, session: SessionDep, user: CurrentUser
) -> None:
    await service.remove_member(session, access, user, member)


@router.post(
    "/{organisation_id}/invitations",
    status_code=status.HTTP_201_CREATED,
    response_model=InvitationCreated,
    summary="Invite a person by e-mail; returns the link to send",
)
async def create_invitation(
    data: InvitationCreate,
    access: OrganisationAdminDep,
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
    background: BackgroundTasks,
) -> InvitationCreated:
    invitation, token = await service.invite(
        session, access, user, data, lifetime=timedelta(days=settings.invitation_days)
    )
    link = f"{settings.public_base}/invite/{token}"
    background.add_task(
        send_invitation_mail,
        settings,
        to=invitation.email,
        subject=f"Uitnodiging voor {access.organisation.name} op Vitaal",
        body=(
            f"{user.name} nodigt je uit voor {access.organisation.name} op Vitaal.\n\n"
            f"Accepteer de uitnodiging via {link}\n"
        ),
    )
    return InvitationCreated(
        **InvitationRead.model_validate(invitation).model_dump(), token=token, link=link
    )


@router.get(
    "/{organisation_id}/invitations",
    response_model=Page[InvitationRead],
    summary="Pending invitations (admin)",
)
async def list_invitations(
    access: OrganisationAdminDep, session: SessionDep, page: PageDep
) -> Page[InvitationRead]:
    items, cursor = await service.list_invitations(session, access, page)
    return Page(items=[InvitationRead.model_validate(i) for i in items], next_cursor=cursor)


@router.delete(
    "/{organisation_id}/invitations/{invitation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Withdraw an invitation (admin)",
)
async def revoke_invitation(invitation: InvitationDep, session: SessionDep) -> None:
    await service.revoke_invitation(session, invitation)


@links_router.get(
    "/{token}",
    response_model=InvitationPreview,
    summary="What an invitation link is for (no login needed)",
)
async def preview_invitation(token: str, session: SessionDep) -> InvitationPreview:
    invitation, organisation = await service.open_invitation(session, token)
    return InvitationPreview(
        organisation_name=organisation.name,
        email=invitation.email,
        role=invitation.role,
        expires_at=invitation.expires_at,
    )


@links_router.post(
    "/{token}/accept",
    response_model=OrganisationRead,
    summary="Accept an invitation as the signed-in user",
)
async def accept_invitation(token: str, session: SessionDep, user: CurrentUser) -> OrganisationRead:
    return await service.accept_invitation(session, user, token)
