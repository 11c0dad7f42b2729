"""Organisations, their members and invitations by link."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from vitaal.access import OrganisationAccess
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.core.security import token_digest
from vitaal.organisations.models import (
    Membership,
    Organisation,
    OrganisationInvitation,
    OrganisationRole,
)
from vitaal.organisations.schemas import (
    InvitationCreate,
    MemberRead,
    MemberUpdate,
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
)


def to_read(organisation: Organisation, role: OrganisationRole) -> OrganisationRead:
    return OrganisationRead(
        id=organisation.id,
        name=organisation.name,
        kind=organisation.kind,
        created_at=organisation.created_at,
        my_role=role,
    )


async def create(session: AsyncSession, user: User, data: OrganisationCreate) -> OrganisationRead:
    organisation = Organisation(name=data.name, kind=data.kind)
    session.add(organisation)
    await session.flush()
    session.add(
        Membership(organisation_id=organisation.id, user_id=user.id, role=OrganisationRole.owner)
    )
    await session.flush()
    return to_read(organisation, OrganisationRole.owner)


async def list_for_user(
    session: AsyncSession, user: User, params: PageParams
) -> tuple[list[OrganisationRead], str | None]:
    stmt: Select[Organisation, OrganisationRole] = (
        select(Organisation, Membership.role)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user.id)
    )
    rows, cursor = await fetch_page(session, stmt, Organisation.id, params)
    return [to_read(org, role) for org, role in rows], cursor


async def summaries_for_user(
    session: AsyncSession, user_id: uuid.UUID
) -> Sequence[tuple[Organisation, OrganisationRole]]:
    rows = await session.execute(
        select(Organisation, Membership.role)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user_id)
        .order_by(Organisation.name, Organisation.id)
    )
    return [(org, role) for org, role in rows.all()]


async def lock(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    """Holds the organisation's row until the request commits, so two requests that replace
    one of its settings (its own crisis template, its commitment levels) run one after the
    other instead of both deleting the old rows and both adding new ones. PostgreSQL locks the
    row; SQLite writes one transaction at a time anyway."""
    await session.execute(
        select(Organisation.id).where(Organisation.id == organisation_id).with_for_update()
    )


async def update(
    session: AsyncSession, access: OrganisationAccess, data: OrganisationUpdate
) -> OrganisationRead:
    apply_patch(access.organisation, data)
    await session.flush()
    return to_read(access.organisation, access.role)


def member_read(membership: Membership) -> MemberRead:
    return MemberRead(
        user_id=membership.user.id,
        name=membership.user.name,
        email=membership.user.email,
        role=membership.role,
        joined_at=membership.created_at,
    )


def _memberships(organisation_id: uuid.UUID) -> Select[Membership]:
    return (
        select(Membership)
        .where(Membership.organisation_id == organisation_id)
        .options(joinedload(Membership.user, innerjoin=True))
    )


async def list_members(
    session: AsyncSession, access: OrganisationAccess, params: PageParams
) -> tuple[list[MemberRead], str | None]:
    rows, cursor = await fetch_page(
        session, _memberships(access.organisation.id), Membership.id, params
    )
    return [member_read(row[0]) for row in rows], cursor


async def get_member(
    session: AsyncSession, organisation_id: uuid.UUID, user_id: uuid.UUID
) -> Membership:
    membership = await session.scalar(
        _memberships(organisation_id).where(Membership.user_id == user_id)
    )
    if membership is None:
        raise NotFound("Member not found.")
    return membership


async def _owner_count(session: AsyncSession, organisation_id: uuid.UUID) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Membership)
            .where(
                Membership.organisation_id == organisation_id,
                Membership.role == OrganisationRole.owner,
            )
        )
        or 0
    )


def _check_owner_rights(
    access: OrganisationAccess, current: OrganisationRole, new: OrganisationRole | None
) -> None:
    """Admins manage members and admins; only owners touch owners or make new ones."""
    touches_owner = current is OrganisationRole.owner or new is OrganisationRole.owner
    if touches_owner and access.role is not OrganisationRole.owner:
        raise Forbidden("Only an owner can change or remove an owner, or appoint one.")


async def _keep_an_owner(session: AsyncSession, membership: Membership) -> None:
    if (
        membership.role is OrganisationRole.owner
        and await _owner_count(session, membership.organisation_id) == 1
    ):
        raise Conflict("An organisation needs at least one owner; appoint another owner first.")


async def change_role(
    session: AsyncSession, access: OrganisationAccess, membership: Membership, data: MemberUpdate
) -> MemberRead:
    role = data.role
    if role is not None:  # never null when sent (NotNull): None means left out
        _check_owner_rights(access, membership.role, role)
        if role is not OrganisationRole.owner:
            await _keep_an_owner(session, membership)
        membership.role = role
        await session.flush()
    return member_read(membership)


async def remove_member(
    session: AsyncSession, access: OrganisationAccess, actor: User, membership: Membership
) -> None:
    if membership.user_id != actor.id:  # anyone may leave; removing others needs the rights
        access.require(OrganisationRole.admin)
        _check_owner_rights(access, membership.role, None)
    await _keep_an_owner(session, membership)
    await session.delete(membership)
    await session.flush()


async def invite(
    session: AsyncSession,
    access: OrganisationAccess,
    actor: User,
    data: InvitationCreate,
    *,
    lifetime: timedelta,
) -> tuple[OrganisationInvitation, str]:
    if data.role is OrganisationRole.owner and access.role is not OrganisationRole.owner:
        raise Forbidden("Only an owner can invite a new owner.")
    email = str(data.email).strip().lower()
    already = await session.scalar(
        select(Membership.id)
        .join(User, User.id == Membership.user_id)
        .where(Membership.organisation_id == access.organisation.id, User.email == email)
    )
    if already is not None:
        raise Unprocessable.field("body.email", "this person is already a member")
    invitation = OrganisationInvitation(
        organisation_id=access.organisation.id,
        email=email,
        role=data.role,
        invited_by_id=actor.id,
    )
    token = invitation.issue(lifetime)
    session.add(invitation)
    await session.flush()
    return invitation, token


async def list_invitations(
    session: AsyncSession, access: OrganisationAccess, params: PageParams
) -> tuple[list[OrganisationInvitation], str | None]:
    stmt = select(OrganisationInvitation).where(
        OrganisationInvitation.organisation_id == access.organisation.id,
        OrganisationInvitation.accepted_at.is_(None),
        OrganisationInvitation.revoked_at.is_(None),
        OrganisationInvitation.expires_at > utcnow(),
    )
    rows, cursor = await fetch_page(session, stmt, OrganisationInvitation.id, params)
    return [row[0] for row in rows], cursor


async def get_invitation(
    session: AsyncSession, organisation_id: uuid.UUID, invitation_id: uuid.UUID
) -> OrganisationInvitation:
    invitation = await session.scalar(
        select(OrganisationInvitation).where(
            OrganisationInvitation.id == invitation_id,
            OrganisationInvitation.organisation_id == organisation_id,
        )
    )
    if invitation is None:
        raise NotFound("Invitation not found.")
    return invitation


async def revoke_invitation(session: AsyncSession, invitation: OrganisationInvitation) -> None:
    invitation.withdraw()
    await session.flush()


async def open_invitation(
    session: AsyncSession, token: str
) -> tuple[OrganisationInvitation, Organisation]:
    """The invitation behind a link; 404 when unknown, 410 when used, revoked or expired."""
    row = (
        await session.execute(
            select(OrganisationInvitation, Organisation)
            .join(Organisation, Organisation.id == OrganisationInvitation.organisation_id)
            .where(OrganisationInvitation.token_hash == token_digest(token))
        )
    ).first()
    if row is None:
        raise NotFound("Invitation not found.")
    invitation, organisation = row[0], row[1]
    invitation.ensure_open()
    return invitation, organisation


async def accept_invitation(session: AsyncSession, user: User, token: str) -> OrganisationRead:
    invitation, organisation = await open_invitation(session, token)
    if invitation.email != user.email:
        raise Forbidden(
            "This invitation was sent to another e-mail address. Log in with that address."
        )
    existing = await session.scalar(
        select(Membership).where(
            Membership.organisation_id == organisation.id, Membership.user_id == user.id
        )
    )
    invitation.accepted_at = utcnow()
    if existing is not None:
        await session.flush()
        return to_read(organisation, existing.role)
    session.add(Membership(organisation_id=organisation.id, user_id=user.id, role=invitation.role))
    await session.flush()
    return to_read(organisation, invitation.role)
