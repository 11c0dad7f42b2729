"""``GET /me``: who the caller is and which organisations they act for."""

from __future__ import annotations

from fastapi import APIRouter

from vitaal.auth.deps import CurrentUser
from vitaal.auth.schemas import UserRead
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.organisations import service as organisation_service
from vitaal.organisations.schemas import OrganisationSummary

router = APIRouter(tags=["me"], responses=problem_responses(401))


class Me(UserRead):
    organisations: list[OrganisationSummary]


@router.get("/me", response_model=Me, summary="The caller")
async def read_me(user: CurrentUser, session: SessionDep) -> Me:
    rows = await organisation_service.summaries_for_user(session, user.id)
    return Me(
        **UserRead.model_validate(user).model_dump(),
        organisations=[OrganisationSummary(id=o.id, name=o.name, role=r) for o, r in rows],
    )
