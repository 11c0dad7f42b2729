from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.auth.deps import CurrentUser
from vitaal.core.authz import OrganisationAccess, require_organisation
from vitaal.core.db import SessionDep


async def valid_organisation(
    organisation_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> OrganisationAccess:
    return await require_organisation(session, user.id, organisation_id)


OrganisationDep = Annotated[OrganisationAccess, Depends(valid_organisation, scope="function")]
