from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, status

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.crisis import service
from vitaal.crisis.deps import MemberDep, OpenProtocolDep, ProtocolDep, TaskDep
from vitaal.crisis.schemas import (
    CrisisAnswers,
    CrisisAssessmentCreate,
    CrisisAssessmentRead,
    CrisisOverview,
    CrisisTemplateRead,
    CrisisTemplateUpdate,
    DeEscalate,
    Escalate,
    ProtocolRead,
    ProtocolSummary,
    RuleOutcome,
    TaskCreate,
    TaskRead,
    TaskUpdate,
    TeamMemberCreate,
    TeamMemberRead,
    TeamMemberUpdate,
)
from vitaal.issues.deps import IssueDep

router = APIRouter(
    prefix="/organisations/{organisation_id}/issues/{issue_id}/crisis",
    tags=["crisis"],
    responses=problem_responses(401, 404, 409, 422),
)
template_router = APIRouter(
    prefix="/organisations/{organisation_id}/crisis-template",
    tags=["crisis"],
    responses=problem_responses(401, 403, 404, 422),
)
PROTOCOL = "/protocols/{protocol_id}"


@router.get(
    "",
    response_model=CrisisOverview,
    summary="The issue's crisis state: latest assessment and the active protocol",
)
async def get_crisis(issue: IssueDep, session: SessionDep) -> CrisisOverview:
    return await service.overview(session, issue)


@router.post(
    "/rule",
    response_model=RuleOutcome,
    summary="Apply the escalation rule to answers without storing them (a live preview)",
    description="Crisis = a real or acute threat to the reputation or continuity of the "
    "association or the sector AND (several members involved OR one member's crisis affects "
    "the whole association). The codes say which conditions held and which half was missing.",
)
async def check_rule(data: CrisisAnswers, issue: IssueDep) -> RuleOutcome:
    return service.outcome(data)


@router.get(
    "/assessments",
    response_model=Page[CrisisAssessmentRead],
    summary="Every crisis assessment of the issue, oldest first",
)
async def list_assessments(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[CrisisAssessmentRead]:
    items, cursor = await service.list_assessments(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/assessments",
    status_code=status.HTTP_201_CREATED,
    response_model=CrisisAssessmentRead,
    summary="Assess whether the issue is a crisis; the answers and the outcome are kept",
)
async def create_assessment(
    data: CrisisAssessmentCreate, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> CrisisAssessmentRead:
    return CrisisAssessmentRead.model_validate(await service.assess(session, issue, user, data))


@router.post(
    "/escalate",
    status_code=status.HTTP_201_CREATED,
    response_model=ProtocolRead,
    summary="Escalate to a crisis: status crisis, and a protocol from the template",
    description="Allowed on an assessment whose outcome is a crisis, or with an "
    "`override_reason`. Creates the scenarios with their tasks, a crisis team with you as lead "
    "and a crisis communication plan; 409 while a protocol is active or the issue is closed.",
)
async def escalate(
    data: Escalate, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> ProtocolRead:
    protocol = await service.escalate(session, issue, user, data)
    return await service.protocol_read(session, protocol)


@router.post(
    "/de-escalate",
    response_model=ProtocolRead,
    summary="De-escalate: the status goes back and the protocol is kept as history",
)
async def de_escalate(
    data: DeEscalate, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> ProtocolRead:
    protocol = await service.de_escalate(session, issue, user, data)
    return await service.protocol_read(session, protocol)


@router.get(
    "/protocols",
    response_model=Page[ProtocolSummary],
    summary="Every crisis protocol of the issue (active and history), oldest first",
)
async def list_protocols(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[ProtocolSummary]:
    items, cursor = await service.list_protocols(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    PROTOCOL,
    response_model=ProtocolRead,
    summary="One crisis protocol: scenarios with tasks, team and communication plan",
)
async def get_protocol(protocol: ProtocolDep, session: SessionDep) -> ProtocolRead:
    return await service.protocol_read(session, protocol)


@router.post(
    PROTOCOL + "/tasks",
    status_code=status.HTTP_201_CREATED,
    response_model=TaskRead,
    summary="Add a task to a scenario of the protocol",
)
async def create_task(data: TaskCreate, protocol: OpenProtocolDep, session: SessionDep) -> TaskRead:
    return TaskRead.model_validate(await service.add_task(session, protocol, data))


@router.patch(
    PROTOCOL + "/tasks/{task_id}",
    response_model=TaskRead,
    summary="Change a task, or tick it off (`done`)",
)
async def update_task(
    data: TaskUpdate, task: TaskDep, session: SessionDep, user: CurrentUser
) -> TaskRead:
    return TaskRead.model_validate(await service.update_task(session, task, user, data))


@router.delete(
    PROTOCOL + "/tasks/{task_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a task",
)
async def delete_task(task: TaskDep, session: SessionDep) -> None:
    await service.delete(session, task)


@router.post(
    PROTOCOL + "/team",
    status_code=status.HTTP_201_CREATED,
    response_model=TeamMemberRead,
    summary="Add someone to the crisis team: a user of the organisation or a named person",
)
async def create_team_member(
    data: TeamMemberCreate, protocol: OpenProtocolDep, session: SessionDep
) -> TeamMemberRead:
    return TeamMemberRead.model_validate(await service.add_member(session, protocol, data))


@router.patch(
    PROTOCOL + "/team/{member_id}",
    response_model=TeamMemberRead,
    summary="Change a team member's role, name or contact",
)
async def update_team_member(
    data: TeamMemberUpdate, member: MemberDep, session: SessionDep
) -> TeamMemberRead:
    return TeamMemberRead.model_validate(await service.update_member(session, member, data))


@router.delete(
    PROTOCOL + "/team/{member_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove someone from the crisis team",
)
async def delete_team_member(member: MemberDep, session: SessionDep) -> None:
    await service.delete(session, member)


# --- the organisation's template (a Vitaal rule, not from the method) ----------------------


@template_router.get(
    "",
    response_model=CrisisTemplateRead,
    summary="The crisis protocol template a new escalation starts from",
    description="The organisation's own template, or Vitaal's in `lang` when it has none. "
    "Vitaal's scenarios and tasks fill a gap in the method, which asks for a protocol with "
    "scenarios from signalling to evaluation and closure.",
)
async def get_crisis_template(
    access: OrganisationDep, session: SessionDep, lang: Literal["nl", "en"] = "nl"
) -> CrisisTemplateRead:
    return await service.crisis_template(session, access.organisation.id, lang)


@template_router.put(
    "",
    response_model=CrisisTemplateRead,
    summary="Replace the template with the organisation's own (admin)",
    description="Applies to protocols escalated afterwards; existing protocols keep their tasks.",
)
async def replace_crisis_template(
    data: CrisisTemplateUpdate, access: OrganisationAdminDep, session: SessionDep
) -> CrisisTemplateRead:
    return await service.replace_template(session, access.organisation.id, data)


@template_router.delete(
    "",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Go back to Vitaal's template (admin)",
)
async def reset_crisis_template(access: OrganisationAdminDep, session: SessionDep) -> None:
    await service.reset_template(session, access.organisation.id)
