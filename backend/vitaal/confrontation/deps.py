from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.access import OrganisationDep
from vitaal.confrontation import service
from vitaal.confrontation.models import ConfrontationItem, ConfrontationMatrix
from vitaal.core.db import SessionDep


async def valid_matrix(
    matrix_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> ConfrontationMatrix:
    return await service.get(session, access.organisation.id, matrix_id)


MatrixDep = Annotated[ConfrontationMatrix, Depends(valid_matrix, scope="function")]


async def valid_item(item_id: uuid.UUID, matrix: MatrixDep) -> ConfrontationItem:
    return service.find_item(matrix, item_id)


ItemDep = Annotated[ConfrontationItem, Depends(valid_item, scope="function")]
