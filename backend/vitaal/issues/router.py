from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import OrganisationDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import MAX_LIMIT, DatedPageDep, Page, PageDep
from vitaal.issues import service
from vitaal.issues.deps import (
    ActivityDep,
    EvaluationDep,
    IssueDep,
    IssueFiltersDep,
    RankPageDep,
    StakeholderLinkDep,
)
from vitaal.issues.schemas import (
    ActivityCreate,
    ActivityRead,
    ActivityUpdate,
    BudgetOverview,
    EvaluationCreate,
    EvaluationOutcomeIn,
    EvaluationRead,
    EvaluationUpdate,
    HeatMap,
    IssueChangeRead,
    IssueCreate,
    IssueRead,
    IssueStakeholderCreate,
    IssueStakeholderRead,
    IssueStakeholderUpdate,
    IssueUpdate,
    PhaseChange,
    StatusChange,
)

router = APIRouter(
    prefix="/organisations/{organisation_id}/issues",
    tags=["issues"],
    responses=problem_responses(401, 404, 409, 422),
)
ONE = "/{issue_id}"


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=IssueRead,
    summary="Register an issue",
)
async def create_issue(
    data: IssueCreate, access: OrganisationDep, session: SessionDep, user: CurrentUser
) -> IssueRead:
    issue = await service.create_issue(
        session, organisation_id=access.organisation.id, created_by=user, data=data
    )
    return IssueRead.model_validate(issue)


@router.get(
    "",
    response_model=Page[IssueRead],
    summary="The issue register, highest priority first",
    description="Ranked by priority score (impact x urgency), then impact, then age.",
)
async def list_issues(
    access: OrganisationDep, session: SessionDep, filters: IssueFiltersDep, page: RankPageDep
) -> Page[IssueRead]:
    items, cursor = await service.list_page(
        session, access.organisation.id, filters, page.limit, page.after
    )
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/heat-map",
    response_model=HeatMap,
    summary="Number of issues per impact x urgency cell (same filters as the list)",
)
async def get_heat_map(
    access: OrganisationDep, session: SessionDep, filters: IssueFiltersDep
) -> HeatMap:
    return await service.heat_map_counts(session, access.organisation.id, filters)


@router.get(
    "/budget",
    response_model=BudgetOverview,
    summary="Budget overview across the issues: planned, funded and unfunded",
)
async def get_budget(
    access: OrganisationDep,
    session: SessionDep,
    include_closed: Annotated[
        bool, Query(description="Count the activities of closed issues too.")
    ] = False,
) -> BudgetOverview:
    return await service.budget_overview(session, access.organisation.id, include_closed)


@router.get(
    ONE,
    response_model=IssueRead,
    summary="One issue",
)
async def get_issue(issue: IssueDep) -> IssueRead:
    return IssueRead.model_validate(issue)


@router.patch(
    ONE,
    response_model=IssueRead,
    summary="Change an issue; phase and status have their own endpoints",
)
async def update_issue(
    data: IssueUpdate, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> IssueRead:
    return IssueRead.model_validate(await service.update_issue(session, issue, user, data))


@router.post(
    ONE + "/phase",
    response_model=IssueRead,
    summary="Move the issue to another phase, with the reason (kept in its history)",
)
async def change_phase(
    data: PhaseChange, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> IssueRead:
    return IssueRead.model_validate(await service.change_phase(session, issue, user, data))


@router.post(
    ONE + "/status",
    response_model=IssueRead,
    summary="Change the issue's status (kept in its history)",
)
async def change_status(
    data: StatusChange, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> IssueRead:
    return IssueRead.model_validate(await service.change_status(session, issue, user, data))


@router.get(
    ONE + "/history",
    response_model=Page[IssueChangeRead],
    summary="Every change of the issue's phase, status, goal, objectives and added value, "
    "oldest first",
)
async def get_history(
    issue: IssueDep,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page.")] = None,
) -> Page[IssueChangeRead]:
    items, next_cursor = await service.history(session, issue, limit, cursor)
    return Page(items=items, next_cursor=next_cursor)


# --- stakeholder analysis -------------------------------------------------------------------


@router.get(
    ONE + "/stakeholders",
    response_model=Page[IssueStakeholderRead],
    summary="The stakeholder analysis of the issue",
)
async def list_issue_stakeholders(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[IssueStakeholderRead]:
    items, cursor = await service.list_stakeholders(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    ONE + "/stakeholders",
    status_code=status.HTTP_201_CREATED,
    response_model=IssueStakeholderRead,
    summary="Link a stakeholder of the register with its position on the issue",
)
async def link_issue_stakeholder(
    data: IssueStakeholderCreate, issue: IssueDep, session: SessionDep
) -> IssueStakeholderRead:
    return service.stakeholder_to_read(await service.link_stakeholder(session, issue, data))


@router.patch(
    ONE + "/stakeholders/{link_id}",
    response_model=IssueStakeholderRead,
    summary="Change a stakeholder's position, interest or influence on the issue",
)
async def update_issue_stakeholder(
    data: IssueStakeholderUpdate, link: StakeholderLinkDep, session: SessionDep
) -> IssueStakeholderRead:
    return service.stakeholder_to_read(await service.update_stakeholder_link(session, link, data))


@router.delete(
    ONE + "/stakeholders/{link_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a stakeholder from the issue's analysis (the register keeps it)",
)
async def unlink_issue_stakeholder(link: StakeholderLinkDep, session: SessionDep) -> None:
    await service.unlink_stakeholder(session, link)


# --- planning -------------------------------------------------------------------------------


@router.get(
    ONE + "/activities",
    response_model=Page[ActivityRead],
    summary="The activities planned for the issue",
)
async def list_activities(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[ActivityRead]:
    items, cursor = await service.list_activities(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    ONE + "/activities",
    status_code=status.HTTP_201_CREATED,
    response_model=ActivityRead,
    summary="Plan an activity with its cost estimate and funding source",
)
async def create_activity(
    data: ActivityCreate, issue: IssueDep, session: SessionDep
) -> ActivityRead:
    return ActivityRead.model_validate(await service.create_activity(session, issue, data))


@router.patch(
    ONE + "/activities/{activity_id}",
    response_model=ActivityRead,
    summary="Change an activity",
)
async def update_activity(
    data: ActivityUpdate, activity: ActivityDep, session: SessionDep
) -> ActivityRead:
    return ActivityRead.model_validate(await service.update_activity(session, activity, data))


@router.delete(
    ONE + "/activities/{activity_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete an activity",
)
async def delete_activity(activity: ActivityDep, session: SessionDep) -> None:
    await service.delete_activity(session, activity)


# --- evaluations ----------------------------------------------------------------------------


@router.get(
    ONE + "/evaluations",
    response_model=Page[EvaluationRead],
    summary="Evaluation moments of the issue, soonest first",
)
async def list_evaluations(
    issue: IssueDep, session: SessionDep, page: DatedPageDep
) -> Page[EvaluationRead]:
    items, cursor = await service.list_evaluations(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    ONE + "/evaluations",
    status_code=status.HTTP_201_CREATED,
    response_model=EvaluationRead,
    summary="Plan an evaluation moment",
)
async def plan_evaluation(
    data: EvaluationCreate, issue: IssueDep, session: SessionDep
) -> EvaluationRead:
    return EvaluationRead.model_validate(await service.plan_evaluation(session, issue, data))


@router.patch(
    ONE + "/evaluations/{evaluation_id}",
    response_model=EvaluationRead,
    summary="Move an evaluation moment or change what it is about",
)
async def update_evaluation(
    data: EvaluationUpdate, evaluation: EvaluationDep, session: SessionDep
) -> EvaluationRead:
    return EvaluationRead.model_validate(await service.update_evaluation(session, evaluation, data))


@router.delete(
    ONE + "/evaluations/{evaluation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Cancel a planned evaluation (not one whose outcome is recorded)",
)
async def delete_evaluation(evaluation: EvaluationDep, session: SessionDep) -> None:
    await service.delete_evaluation(session, evaluation)


@router.post(
    ONE + "/evaluations/{evaluation_id}/outcome",
    response_model=EvaluationRead,
    summary="Record the outcome: continue, adjust, or goal reached (closes the issue)",
)
async def record_outcome(
    data: EvaluationOutcomeIn,
    evaluation: EvaluationDep,
    issue: IssueDep,
    session: SessionDep,
    user: CurrentUser,
) -> EvaluationRead:
    return EvaluationRead.model_validate(
        await service.record_outcome(session, issue, evaluation, user, data)
    )
