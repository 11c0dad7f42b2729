"""An organisation's path ids resolved to rows: 404 for what is not in the caller's organisation."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.organisations import service
from vitaal.organisations.models import Membership, OrganisationInvitation


async def valid_member(
    user_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> Membership:
    return await service.get_member(session, access.organisation.id, user_id)


async def valid_invitation(
    invitation_id: uuid.UUID, access: OrganisationAdminDep, session: SessionDep
) -> OrganisationInvitation:
    return await service.get_invitation(session, access.organisation.id, invitation_id)


# A membership with its user loaded.
MemberDep = Annotated[Membership, Depends(valid_member, scope="function")]
# Only admins see pending invitations, so resolving one needs the admin role.
InvitationDep = Annotated[OrganisationInvitation, Depends(valid_invitation, scope="function")]
