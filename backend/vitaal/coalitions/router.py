from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import CoalitionCoreTeamDep, CoalitionDep, CoalitionManagerDep, core_team_member
from vitaal.auth.deps import CurrentUser, SettingsDep
from vitaal.coalitions import service, sharing
from vitaal.coalitions.models import CoalitionMember
from vitaal.coalitions.schemas import (
    CoalitionCreate,
    CoalitionInvitationAccept,
    CoalitionInvitationCreate,
    CoalitionInvitationCreated,
    CoalitionInvitationPreview,
    CoalitionInvitationRead,
    CoalitionMemberRead,
    CoalitionMemberUpdate,
    CoalitionRead,
    CoalitionUpdate,
    CoalitionVisibilityRead,
    VisibilityChangeRead,
    WorkSharingUpdate,
)
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.organisations.models import Organisation
from vitaal.visibility import WorkPiece

router = APIRouter(
    prefix="/coalitions",
    tags=["coalitions"],
    responses=problem_responses(401, 403, 404, 409, 422),
)
links_router = APIRouter(
    prefix="/coalition-invitations",
    tags=["coalition-invitations"],
    responses=problem_responses(401, 403, 404, 409, 410, 422),
)


def _member_read(member: CoalitionMember, organisation: Organisation) -> CoalitionMemberRead:
    return CoalitionMemberRead(
        organisation_id=organisation.id,
        organisation_name=organisation.name,
        organisation_kind=organisation.kind,
        role=member.role,
        joined_at=member.joined_at,
        core_team=core_team_member(member.role, member.core_team),
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CoalitionRead,
    summary="Found a coalition; your organisation becomes its coordinator (kwartiermaker)",
)
async def create_coalition(
    data: CoalitionCreate, session: SessionDep, user: CurrentUser
) -> CoalitionRead:
    return await service.create(session, user, data)


@router.get(
    "",
    response_model=Page[CoalitionRead],
    summary="Coalitions your organisations take part in",
)
async def list_coalitions(
    session: SessionDep,
    user: CurrentUser,
    page: PageDep,
    organisation_id: Annotated[
        uuid.UUID | None, Query(description="Only coalitions this organisation takes part in.")
    ] = None,
) -> Page[CoalitionRead]:
    items, cursor = await service.list_for_user(session, user, page, organisation_id)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/{coalition_id}",
    response_model=CoalitionRead,
    summary="One coalition",
)
async def get_coalition(access: CoalitionDep) -> CoalitionRead:
    return service.to_read(access)


@router.patch(
    "/{coalition_id}",
    response_model=CoalitionRead,
    summary="Change name, goal, description, status or founding rule (coordinator)",
)
async def update_coalition(
    data: CoalitionUpdate, access: CoalitionManagerDep, session: SessionDep
) -> CoalitionRead:
    return await service.update(session, access, data)


@router.get(
    "/{coalition_id}/members",
    response_model=Page[CoalitionMemberRead],
    summary="The member organisations and their roles",
)
async def list_coalition_members(
    access: CoalitionDep, session: SessionDep, page: PageDep
) -> Page[CoalitionMemberRead]:
    rows, cursor = await service.list_members(session, access, page)
    return Page(items=[_member_read(m, o) for m, o in rows], next_cursor=cursor)


@router.patch(
    "/{coalition_id}/members/{organisation_id}",
    response_model=CoalitionMemberRead,
    summary="Change a member organisation's role or core-team membership (coordinator)",
)
async def update_coalition_member(
    organisation_id: uuid.UUID,
    data: CoalitionMemberUpdate,
    access: CoalitionManagerDep,
    session: SessionDep,
    user: CurrentUser,
) -> CoalitionMemberRead:
    member, organisation = await service.update_member(session, access, user, organisation_id, data)
    return _member_read(member, organisation)


@router.delete(
    "/{coalition_id}/members/{organisation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a member organisation (coordinator), or leave with your own",
)
async def remove_coalition_member(
    organisation_id: uuid.UUID, access: CoalitionDep, session: SessionDep, user: CurrentUser
) -> None:
    await service.remove_member(session, access, user, organisation_id)


@router.post(
    "/{coalition_id}/invitations",
    status_code=status.HTTP_201_CREATED,
    response_model=CoalitionInvitationCreated,
    summary="Invite a partner organisation; returns the link to send",
)
async def create_coalition_invitation(
    data: CoalitionInvitationCreate,
    access: CoalitionManagerDep,
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
) -> CoalitionInvitationCreated:
    invitation, token = await service.invite(
        session, access, user, data, lifetime=timedelta(days=settings.invitation_days)
    )
    return CoalitionInvitationCreated(
        **CoalitionInvitationRead.model_validate(invitation).model_dump(),
        token=token,
        link=f"{settings.public_base}/join/{token}",
    )


@router.get(
    "/{coalition_id}/invitations",
    response_model=Page[CoalitionInvitationRead],
    summary="Pending partner invitations (coordinator)",
)
async def list_coalition_invitations(
    access: CoalitionManagerDep, session: SessionDep, page: PageDep
) -> Page[CoalitionInvitationRead]:
    items, cursor = await service.list_invitations(session, access, page)
    return Page(
        items=[CoalitionInvitationRead.model_validate(i) for i in items], next_cursor=cursor
    )


@router.delete(
    "/{coalition_id}/invitations/{invitation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Withdraw a partner invitation (coordinator)",
)
async def revoke_coalition_invitation(
    invitation_id: uuid.UUID, access: CoalitionManagerDep, session: SessionDep
) -> None:
    await service.revoke_invitation(session, access, invitation_id)


@links_router.get(
    "/{token}",
    response_model=CoalitionInvitationPreview,
    summary="What a partner invitation link is for",
)
async def preview_coalition_invitation(
    token: str, session: SessionDep, user: CurrentUser
) -> CoalitionInvitationPreview:
    invitation, coalition, inviter = await service.open_invitation(session, token)
    return CoalitionInvitationPreview(
        coalition_name=coalition.name,
        societal_goal=coalition.societal_goal,
        inviting_organisation_name=inviter.name,
        role=invitation.role,
        note=invitation.note,
        expires_at=invitation.expires_at,
    )


@links_router.post(
    "/{token}/accept",
    response_model=CoalitionRead,
    summary="Join the coalition with one of your organisations (its owner or admin)",
)
async def accept_coalition_invitation(
    token: str, data: CoalitionInvitationAccept, session: SessionDep, user: CurrentUser
) -> CoalitionRead:
    return await service.accept_invitation(session, user, token, data.organisation_id)


@router.get(
    "/{coalition_id}/visibility",
    response_model=CoalitionVisibilityRead,
    summary="Which work is shared with all member organisations and who is in the core team",
)
async def get_coalition_visibility(
    access: CoalitionDep, session: SessionDep
) -> CoalitionVisibilityRead:
    return await sharing.overview(session, access)


@router.put(
    "/{coalition_id}/visibility/{piece}",
    response_model=CoalitionVisibilityRead,
    summary="Share a piece of the preparation with all member organisations, or stop (coordinator)",
)
async def set_coalition_work_sharing(
    piece: WorkPiece,
    data: WorkSharingUpdate,
    access: CoalitionManagerDep,
    session: SessionDep,
    user: CurrentUser,
) -> CoalitionVisibilityRead:
    await sharing.set_shared(session, access, user, piece, data)
    return await sharing.overview(session, access)


@router.get(
    "/{coalition_id}/visibility/changes",
    response_model=Page[VisibilityChangeRead],
    summary="Every change of what is shared and of the core team, newest first (core team)",
)
async def list_visibility_changes(
    access: CoalitionCoreTeamDep, session: SessionDep, page: PageDep
) -> Page[VisibilityChangeRead]:
    items, cursor = await sharing.list_changes(session, access, page)
    return Page(items=[VisibilityChangeRead.model_validate(i) for i in items], next_cursor=cursor)
