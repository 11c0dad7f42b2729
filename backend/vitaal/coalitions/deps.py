from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.auth.deps import CurrentUser
from vitaal.core.authz import CoalitionAccess, require_coalition
from vitaal.core.db import SessionDep


async def valid_coalition(
    coalition_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> CoalitionAccess:
    return await require_coalition(session, user.id, coalition_id)


CoalitionDep = Annotated[CoalitionAccess, Depends(valid_coalition, scope="function")]
