"""An agreement's path ids resolved to rows: 404 for what is not in the caller's coalition.

Everyone in the coalition reads an agreement (``AgreementDep``) and its versions; writing it,
its text and its options is for the coordinators (``ManagedAgreementDep``, ``OptionDep``). The
role is checked after the coalition, so a stranger still gets 404.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from vitaal.access import CoalitionDep, CoalitionManagerDep
from vitaal.agreements import options, reading
from vitaal.agreements.models import Agreement, AgreementOption, AgreementVersion
from vitaal.core.db import SessionDep


async def valid_agreement(
    agreement_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> Agreement:
    return await reading.get_agreement(session, access.coalition.id, agreement_id)


async def managed_agreement(
    agreement_id: uuid.UUID, access: CoalitionManagerDep, session: SessionDep
) -> Agreement:
    return await reading.get_agreement(session, access.coalition.id, agreement_id)


AgreementDep = Annotated[Agreement, Depends(valid_agreement, scope="function")]
ManagedAgreementDep = Annotated[Agreement, Depends(managed_agreement, scope="function")]


async def valid_version(
    number: Annotated[int, Path(ge=1)], agreement: AgreementDep, session: SessionDep
) -> AgreementVersion:
    return await reading.get_version(session, agreement, number)


async def valid_option(
    option_id: uuid.UUID, agreement: ManagedAgreementDep, session: SessionDep
) -> AgreementOption:
    return await options.get_option(session, agreement, option_id)


VersionDep = Annotated[AgreementVersion, Depends(valid_version, scope="function")]
OptionDep = Annotated[AgreementOption, Depends(valid_option, scope="function")]
