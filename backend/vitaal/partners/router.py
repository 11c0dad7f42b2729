from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic_core import to_json

from vitaal.access import (
    CoalitionDep,
    CoalitionManagerDep,
    ManagesPartnerPositionsDep,
    ManagesPartnerStrategiesDep,
    OrganisationDep,
    SeesAssessmentRationalesDep,
    SeesPartnerPositionsDep,
    SeesPartnerStrategiesDep,
)
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep, utcnow
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import DatedPageDep, Page, PageDep
from vitaal.partners import matrix, service
from vitaal.partners.deps import AssessorDep, PartnerDep
from vitaal.partners.schemas import (
    AmbitionLineRead,
    AmbitionLineUpdate,
    AssessmentCreate,
    AssessmentRead,
    AttentionOut,
    CoalitionMatrix,
    MatrixRequest,
    MatrixResponse,
    PartnerCreate,
    PartnerOutcomeOut,
    PartnerRead,
    PartnerStrategyRead,
    PartnerStrategyUpdate,
    PartnerUpdate,
    StrategyReviewItem,
    SummaryOut,
)
from vitaal.stakeholders import service as stakeholder_service
from vitaal.stakeholders.deps import StakeholderIdDep
from vitaal.stakeholders.schemas import TimelineEntry

router = APIRouter(
    prefix="/partner-matrix", tags=["partner-matrix"], responses=problem_responses(401, 422)
)


@router.post(
    "/calculate",
    response_model=MatrixResponse,
    summary="Place partners against the ambition line (stateless, for integrations and what-if)",
)
async def calculate_partner_matrix(data: MatrixRequest, _: CurrentUser) -> MatrixResponse:
    line = matrix.AmbitionLine(**data.ambition_line.model_dump())
    outcomes, summary = matrix.calculate(
        line,
        (
            matrix.PartnerInput(
                id=p.id,
                influence=p.influence,
                dependency=p.dependency,
                target=matrix.Position(p.target.influence, p.target.dependency)
                if p.target
                else None,
            )
            for p in data.partners
        ),
    )
    return MatrixResponse(
        ambition_line=data.ambition_line,
        partners=[PartnerOutcomeOut(**asdict(outcome)) for outcome in outcomes],
        summary=SummaryOut(
            count=summary.count,
            sufficient=summary.sufficient,
            share_sufficient=summary.share_sufficient,
            by_quadrant=summary.by_quadrant,
            by_strategy=summary.by_strategy,
            attention=[AttentionOut(**asdict(item)) for item in summary.attention],
        ),
    )


coalition_router = APIRouter(
    prefix="/coalitions/{coalition_id}",
    tags=["partners"],
    responses=problem_responses(401, 403, 404, 409, 422),
)


@coalition_router.get(
    "/partner-matrix",
    response_model=CoalitionMatrix,
    summary="Every partner's aggregated position against the ambition line, with a summary",
    description="The partner matrix is the core team's preparation unless shared (404 "
    "otherwise). The assessors' spread, the targets and the chosen strategies are null for "
    "those who do not see them.",
)
async def get_coalition_partner_matrix(
    access: SeesPartnerPositionsDep, session: SessionDep
) -> Response:
    # Serialised straight from plain data: validating 2,000 entries into models only to dump
    # them again doubled the time (bench/RESULTS.md). `response_model` still documents it.
    data = await service.coalition_matrix(session, access)
    return Response(to_json(data), media_type="application/json")


@coalition_router.post(
    "/partners",
    status_code=status.HTTP_201_CREATED,
    response_model=PartnerRead,
    summary="Add a current or potential partner (coordinator)",
)
async def create_partner(
    data: PartnerCreate, access: CoalitionManagerDep, session: SessionDep, user: CurrentUser
) -> PartnerRead:
    return await service.add_partner(session, access, user, data)


@coalition_router.get(
    "/partners",
    response_model=Page[PartnerRead],
    summary="The coalition's partners",
    description="Shared with every member organisation (meetings, the plan and agreements name "
    "them); the targets only with those who see them.",
)
async def list_partners(
    access: CoalitionDep, session: SessionDep, page: PageDep
) -> Page[PartnerRead]:
    items, cursor = await service.list_partners(session, access, page)
    return Page(items=items, next_cursor=cursor)


@coalition_router.get(
    "/partners/{partner_id}",
    response_model=PartnerRead,
    summary="One partner",
)
async def get_partner(access: CoalitionDep, partner: PartnerDep) -> PartnerRead:
    return service.partner_read(partner, access)


@coalition_router.patch(
    "/partners/{partner_id}",
    response_model=PartnerRead,
    summary="Change a partner's status, relationship form or target (coordinator)",
)
async def update_partner(
    data: PartnerUpdate, access: CoalitionManagerDep, partner: PartnerDep, session: SessionDep
) -> PartnerRead:
    return await service.update_partner(session, access, partner, data)


@coalition_router.delete(
    "/partners/{partner_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a partner and its assessments (coordinator)",
)
async def delete_partner(_: CoalitionManagerDep, partner: PartnerDep, session: SessionDep) -> None:
    await service.remove_partner(session, partner)


@coalition_router.post(
    "/partners/{partner_id}/assessments",
    status_code=status.HTTP_201_CREATED,
    response_model=AssessmentRead,
    summary="Score a partner's influence and your dependency on it (core team)",
)
async def create_assessment(
    data: AssessmentCreate,
    _: AssessorDep,
    partner: PartnerDep,
    session: SessionDep,
    user: CurrentUser,
) -> AssessmentRead:
    return AssessmentRead.model_validate(await service.add_assessment(session, user, partner, data))


@coalition_router.get(
    "/partners/{partner_id}/assessments",
    response_model=Page[AssessmentRead],
    summary="Every assessment of a partner, oldest first",
    description="Each assessor's scores and rationale: the core team's preparation unless "
    "shared (404 otherwise).",
)
async def list_assessments(
    _: SeesAssessmentRationalesDep, partner: PartnerDep, session: SessionDep, page: PageDep
) -> Page[AssessmentRead]:
    items, cursor = await service.list_assessments(session, partner, page)
    return Page(items=[AssessmentRead.model_validate(a) for a in items], next_cursor=cursor)


@coalition_router.get(
    "/ambition-line",
    response_model=AmbitionLineRead,
    summary="The ambition line in force (defaults base 3, slope 0.5, midpoint 5)",
)
async def get_ambition_line(
    access: SeesPartnerPositionsDep, session: SessionDep
) -> AmbitionLineRead:
    return await service.current_line(session, access.coalition.id)


@coalition_router.put(
    "/ambition-line",
    response_model=AmbitionLineRead,
    summary="Set the ambition line (coordinator); every change is kept",
)
async def set_ambition_line(
    data: AmbitionLineUpdate,
    access: ManagesPartnerPositionsDep,
    session: SessionDep,
    user: CurrentUser,
) -> AmbitionLineRead:
    return await service.set_line(session, access, user, data)


@coalition_router.get(
    "/ambition-line/history",
    response_model=Page[AmbitionLineRead],
    summary="Every change of the ambition line, oldest first",
)
async def list_ambition_line_changes(
    access: SeesPartnerPositionsDep, session: SessionDep, page: PageDep
) -> Page[AmbitionLineRead]:
    items, cursor = await service.line_history(session, access, page)
    return Page(items=items, next_cursor=cursor)


@coalition_router.get(
    "/partners/{partner_id}/strategy",
    response_model=PartnerStrategyRead,
    summary="The strategy chosen for a partner beside the one the matrix suggests, with history",
    description="The core team's preparation unless shared (404 otherwise); the suggestion "
    "only for those who see the partner matrix, its movement only for those who see the "
    "targets.",
)
async def get_partner_strategy(
    access: SeesPartnerStrategiesDep, partner: PartnerDep, session: SessionDep
) -> PartnerStrategyRead:
    return await service.get_strategy(session, access, partner)


@coalition_router.put(
    "/partners/{partner_id}/strategy",
    response_model=PartnerStrategyRead,
    summary="Choose a partner's strategy, planned actions and review date (coordinator)",
    description="A strategy other than the suggested one needs a `reason`. Every change of the "
    "chosen strategy or direction is kept in `history`.",
)
async def set_partner_strategy(
    data: PartnerStrategyUpdate,
    _: ManagesPartnerStrategiesDep,
    partner: PartnerDep,
    session: SessionDep,
    user: CurrentUser,
) -> PartnerStrategyRead:
    return await service.set_strategy(session, user, partner, data)


@coalition_router.get(
    "/strategy-reviews",
    response_model=Page[StrategyReviewItem],
    summary="Partners whose strategy review is due, soonest first",
)
async def list_strategy_reviews(
    access: SeesPartnerStrategiesDep,
    session: SessionDep,
    page: DatedPageDep,
    due_before: Annotated[
        date | None,
        Query(description="Review date on or before this day; today (UTC) when left out."),
    ] = None,
) -> Page[StrategyReviewItem]:
    items, cursor = await service.strategy_reviews(
        session, access, due_before or utcnow().date(), page
    )
    return Page(items=items, next_cursor=cursor)


# A stakeholder's timeline merges its interactions with the assessments of the coalition partners
# that stand for it. It is composed here, on the side that depends on both: partners links
# stakeholders from the register, so the stakeholders domain cannot ask partners back. The path,
# tag and operation are the stakeholders' own.
stakeholder_router = APIRouter(
    prefix="/organisations/{organisation_id}",
    tags=["stakeholders"],
    responses=problem_responses(401, 404, 422),
)


@stakeholder_router.get(
    "/stakeholders/{stakeholder_id}/timeline",
    response_model=Page[TimelineEntry],
    summary="Everything that happened with a stakeholder, newest first",
    description="The assessments of coalition partners that stand for the stakeholder come "
    "only from coalitions where this organisation sees them (in the core team, or shared).",
)
async def get_timeline(
    stakeholder_id: StakeholderIdDep,
    access: OrganisationDep,
    session: SessionDep,
    page: DatedPageDep,
) -> Page[TimelineEntry]:
    organisation_id = access.organisation.id
    assessments = await service.assessments_of_stakeholder(
        session, organisation_id, stakeholder_id, page
    )
    items, cursor = await stakeholder_service.timeline(
        session, organisation_id, stakeholder_id, page, others=assessments
    )
    return Page(items=items, next_cursor=cursor)
