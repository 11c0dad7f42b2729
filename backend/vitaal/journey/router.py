from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from vitaal.access import CoalitionDep, CoalitionManagerDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.journey import service
from vitaal.journey.deps import RoundDep, StepDep
from vitaal.journey.schemas import JourneyRead, RoundRepeat, StepChangeRead, StepUpdate

router = APIRouter(
    prefix="/coalitions/{coalition_id}/journey",
    tags=["journey"],
    responses=problem_responses(401, 403, 404, 409, 422),
)


@router.get(
    "",
    response_model=JourneyRead,
    summary="The step plan: every step with its state, the rounds, and what comes next",
)
async def get_journey(access: CoalitionDep, session: SessionDep) -> JourneyRead:
    return await service.journey(session, access.coalition.id)


@router.patch(
    "/steps/{step}",
    response_model=JourneyRead,
    summary="Change a step's status, checklist, notes or dates (coordinator)",
    description="Skipping needs a `skip_reason`; reopening a done or skipped step (going back "
    "in the lemniscate) needs a `reason`. Every status change is kept in the step history.",
)
async def update_journey_step(
    data: StepUpdate,
    access: CoalitionManagerDep,
    step: StepDep,
    session: SessionDep,
    user: CurrentUser,
) -> JourneyRead:
    return await service.update_step(session, access.coalition.id, user, step, data)


@router.post(
    "/rounds/{round}/repeat",
    response_model=JourneyRead,
    summary="Run through a round once more (coordinator); recorded with the reason",
)
async def repeat_journey_round(
    data: RoundRepeat,
    access: CoalitionManagerDep,
    round: RoundDep,
    session: SessionDep,
    user: CurrentUser,
) -> JourneyRead:
    return await service.repeat_round(session, access.coalition.id, user, round, data)


@router.get(
    "/history",
    response_model=Page[StepChangeRead],
    summary="Every change of a step's status, oldest first: who, when, from → to, why",
)
async def list_journey_history(
    access: CoalitionDep,
    session: SessionDep,
    page: PageDep,
    step: Annotated[int | None, Query(ge=1, le=10, description="Only this step.")] = None,
) -> Page[StepChangeRead]:
    items, cursor = await service.history(session, access.coalition.id, step, page)
    return Page(items=items, next_cursor=cursor)
