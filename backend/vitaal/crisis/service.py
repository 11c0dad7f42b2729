"""Crisis assessments, escalation to a crisis protocol and de-escalation of one issue, and the
organisation's crisis protocol template.

Escalating is allowed when an assessment of the issue says "crisis" under the rule of
``escalation.evaluate``, or by an explicit override with a reason. It sets the issue's status
through the issues service (so the history keeps it) and creates a protocol from the
organisation's own template, or from Vitaal's (``template``) when it has none; de-escalating
closes the protocol, which stays as history. Services only flush.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import Select, case, func, select
from sqlalchemy import delete as delete_where
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.communication import service as communication_service
from vitaal.communication.schemas import CommunicationCreate, CommunicationRead
from vitaal.core.db import lock_row, utcnow
from vitaal.core.errors import Conflict, NotFound, Unprocessable
from vitaal.core.ids import new_id
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.crisis import escalation, template
from vitaal.crisis.models import (
    CrisisAssessment,
    CrisisProtocol,
    CrisisRole,
    CrisisScenario,
    CrisisTask,
    CrisisTeamMember,
    CrisisTemplateTask,
)
from vitaal.crisis.schemas import (
    CrisisAnswers,
    CrisisAssessmentCreate,
    CrisisAssessmentRead,
    CrisisOverview,
    CrisisTemplateRead,
    CrisisTemplateTaskRead,
    CrisisTemplateUpdate,
    DeEscalate,
    Escalate,
    ProtocolRead,
    ProtocolSummary,
    RuleOutcome,
    ScenarioRead,
    TaskCreate,
    TaskRead,
    TaskUpdate,
    TeamMemberCreate,
    TeamMemberRead,
    TeamMemberUpdate,
)
from vitaal.issues import service as issue_service
from vitaal.issues.models import Issue, IssueStatus
from vitaal.issues.schemas import StatusChange
from vitaal.organisations import service as organisation_service
from vitaal.organisations.models import Membership

REASON_LIMIT = 2_000


def outcome(answers: CrisisAnswers) -> RuleOutcome:
    return RuleOutcome.model_validate(escalation.evaluate(answers.answers()))


# --- assessments ----------------------------------------------------------------------------


def _assessments(issue: Issue) -> Select[CrisisAssessment]:
    return select(CrisisAssessment).where(
        CrisisAssessment.organisation_id == issue.organisation_id,
        CrisisAssessment.issue_id == issue.id,
    )


async def assess(
    session: AsyncSession, issue: Issue, user: User, data: CrisisAssessmentCreate
) -> CrisisAssessment:
    assessment = CrisisAssessment(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        reputation=data.reputation,
        continuity=data.continuity,
        subject=data.subject,
        several_members=data.several_members,
        member_affects_whole=data.member_affects_whole,
        is_crisis=escalation.evaluate(data.answers()).is_crisis,
        note=data.note,
        assessed_at=utcnow(),
        assessed_by_id=user.id,
        assessed_by_name=user.name,
    )
    session.add(assessment)
    await session.flush()
    return assessment


async def list_assessments(
    session: AsyncSession, issue: Issue, params: PageParams
) -> tuple[list[CrisisAssessmentRead], str | None]:
    """Oldest first."""
    rows, cursor = await fetch_page(session, _assessments(issue), CrisisAssessment.id, params)
    return [CrisisAssessmentRead.model_validate(row[0]) for row in rows], cursor


# --- protocols ------------------------------------------------------------------------------


def _protocols(issue: Issue) -> Select[CrisisProtocol]:
    return select(CrisisProtocol).where(
        CrisisProtocol.organisation_id == issue.organisation_id,
        CrisisProtocol.issue_id == issue.id,
    )


async def get_protocol(
    session: AsyncSession, issue: Issue, protocol_id: uuid.UUID
) -> CrisisProtocol:
    protocol = await session.scalar(_protocols(issue).where(CrisisProtocol.id == protocol_id))
    if protocol is None:
        raise NotFound("Crisis protocol not found.")
    return protocol


def require_open(protocol: CrisisProtocol) -> CrisisProtocol:
    if protocol.de_escalated_at is not None:
        raise Conflict("This crisis was de-escalated; its protocol is kept as history.")
    return protocol


async def _active(session: AsyncSession, issue: Issue) -> CrisisProtocol | None:
    return await session.scalar(_protocols(issue).where(CrisisProtocol.de_escalated_at.is_(None)))


def _summary(protocol: CrisisProtocol, total: int, done: int) -> ProtocolSummary:
    return ProtocolSummary(
        id=protocol.id,
        issue_id=protocol.issue_id,
        number=protocol.number,
        active=protocol.de_escalated_at is None,
        own_template=protocol.own_template,
        assessment_id=protocol.assessment_id,
        override_reason=protocol.override_reason,
        escalated_at=protocol.escalated_at,
        escalated_by_name=protocol.escalated_by_name,
        de_escalated_at=protocol.de_escalated_at,
        de_escalated_by_name=protocol.de_escalated_by_name,
        de_escalation_reason=protocol.de_escalation_reason,
        tasks_total=total,
        tasks_done=done,
    )


async def protocol_read(session: AsyncSession, protocol: CrisisProtocol) -> ProtocolRead:
    """Three queries: tasks, team and communication plan."""
    scoped = (CrisisTask.organisation_id == protocol.organisation_id,)
    tasks = (
        await session.scalars(
            select(CrisisTask)
            .where(*scoped, CrisisTask.protocol_id == protocol.id)
            .order_by(CrisisTask.id)
        )
    ).all()
    team = (
        await session.scalars(
            select(CrisisTeamMember)
            .where(
                CrisisTeamMember.organisation_id == protocol.organisation_id,
                CrisisTeamMember.protocol_id == protocol.id,
            )
            .order_by(CrisisTeamMember.id)
        )
    ).all()
    communications = await communication_service.protocol_plan(
        session, protocol.organisation_id, protocol.id
    )
    done = sum(1 for t in tasks if t.done)
    return ProtocolRead(
        **_summary(protocol, len(tasks), done).model_dump(),
        scenarios=[
            ScenarioRead(
                scenario=scenario,
                tasks=[TaskRead.model_validate(t) for t in tasks if t.scenario is scenario],
            )
            for scenario in CrisisScenario
        ],
        team=[TeamMemberRead.model_validate(m) for m in team],
        communications=[CommunicationRead.model_validate(c) for c in communications],
    )


async def overview(session: AsyncSession, issue: Issue) -> CrisisOverview:
    latest = await session.scalar(_assessments(issue).order_by(CrisisAssessment.id.desc()).limit(1))
    active = await _active(session, issue)
    count = await session.scalar(
        select(func.count(CrisisProtocol.id)).where(
            CrisisProtocol.organisation_id == issue.organisation_id,
            CrisisProtocol.issue_id == issue.id,
        )
    )
    return CrisisOverview(
        issue_status=issue.status,
        latest_assessment=CrisisAssessmentRead.model_validate(latest) if latest else None,
        active_protocol=await protocol_read(session, active) if active else None,
        protocol_count=count or 0,
    )


async def list_protocols(
    session: AsyncSession, issue: Issue, params: PageParams
) -> tuple[list[ProtocolSummary], str | None]:
    """Oldest first, with the task counts from one grouped subquery."""
    counts = (
        select(
            CrisisTask.protocol_id,
            func.count(CrisisTask.id).label("total"),
            func.count(case((CrisisTask.done_at.is_not(None), 1))).label("done"),
        )
        .where(CrisisTask.organisation_id == issue.organisation_id)
        .group_by(CrisisTask.protocol_id)
        .subquery()
    )
    stmt = (
        _protocols(issue)
        .add_columns(func.coalesce(counts.c.total, 0), func.coalesce(counts.c.done, 0))
        .outerjoin(counts, counts.c.protocol_id == CrisisProtocol.id)
    )
    rows, cursor = await fetch_page(session, stmt, CrisisProtocol.id, params)
    return [_summary(p, total, done) for p, total, done in rows], cursor


def _why(assessment: CrisisAssessment | None, override_reason: str) -> str:
    if override_reason:
        return f"Crisis (override): {override_reason}"[:REASON_LIMIT]
    assert assessment is not None  # noqa: S101 - escalate() allows no other way
    held = ", ".join(assessment.outcome.held)
    return f"Crisis according to the assessment: {held}"[:REASON_LIMIT]


async def escalate(
    session: AsyncSession, issue: Issue, user: User, data: Escalate
) -> CrisisProtocol:
    # The issue's lock makes the check for an open protocol and the insert one step: of
    # concurrent escalations one opens the protocol, the others then see it (409).
    await lock_row(session, issue)
    if issue.status is IssueStatus.closed:
        raise Conflict("A closed issue cannot become a crisis; reopen it first.")
    if await _active(session, issue) is not None:
        raise Conflict("The issue is already a crisis; de-escalate before escalating again.")
    assessment = None
    if data.assessment_id is not None:
        assessment = await session.scalar(
            _assessments(issue).where(CrisisAssessment.id == data.assessment_id)
        )
        if assessment is None:
            raise Unprocessable.field(
                "body.assessment_id", "no such assessment of this issue", "not_found"
            )
    if not (assessment is not None and assessment.is_crisis) and not data.override_reason:
        raise Unprocessable.field(
            "body.override_reason",
            "the assessment does not say crisis: give a reason to escalate anyway",
            "not_a_crisis",
        )
    override = (
        data.override_reason if not (assessment is not None and assessment.is_crisis) else None
    )
    number = await session.scalar(
        select(func.coalesce(func.max(CrisisProtocol.number), 0)).where(
            CrisisProtocol.organisation_id == issue.organisation_id,
            CrisisProtocol.issue_id == issue.id,
        )
    )
    own_tasks = await _own_template(session, issue.organisation_id)
    now = utcnow()
    protocol = CrisisProtocol(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        number=(number or 0) + 1,
        assessment_id=assessment.id if assessment else None,
        override_reason=override,
        escalated_at=now,
        escalated_by_id=user.id,
        escalated_by_name=user.name,
        own_template=bool(own_tasks),
    )
    session.add(protocol)
    await session.flush()
    tasks = own_tasks or template.vitaal_tasks(data.lang)
    _from_template(session, protocol, user, tasks, data.lang)
    if issue.status is not IssueStatus.crisis:
        await issue_service.change_status(
            session,
            issue,
            user,
            StatusChange(status=IssueStatus.crisis, reason=_why(assessment, override or "")),
        )
    await session.flush()
    return protocol


def _from_template(
    session: AsyncSession,
    protocol: CrisisProtocol,
    user: User,
    tasks: Sequence[template.TemplateTask | CrisisTemplateTask],
    lang: str,
) -> None:
    """The protocol's own copy of the template's tasks: a later change of the template leaves
    this protocol as it is."""
    today = protocol.escalated_at.date()
    scope = {"organisation_id": protocol.organisation_id, "protocol_id": protocol.id}
    # Ids made within one millisecond are not in order by themselves; sorted, they keep the
    # template's order in every list that is ordered by id.
    ids = iter(sorted(new_id() for _ in tasks))
    session.add_all(
        CrisisTask(
            id=next(ids),
            **scope,
            scenario=task.scenario,
            title=task.title,
            due_on=today + timedelta(days=task.due_after_days),
        )
        for task in tasks
    )
    session.add(CrisisTeamMember(**scope, user_id=user.id, name=user.name, role=CrisisRole.lead))
    communication_service.add_lines(
        session,
        organisation_id=protocol.organisation_id,
        issue_id=protocol.issue_id,
        lines=[
            CommunicationCreate(
                audience=planned.audience,
                message=planned.message,
                channel=planned.channel,
                planned_on=today + timedelta(days=planned.after_days),
                protocol_id=protocol.id,
            )
            for planned in template.COMMUNICATIONS[lang]
        ],
    )


async def de_escalate(
    session: AsyncSession, issue: Issue, user: User, data: DeEscalate
) -> CrisisProtocol:
    await lock_row(session, issue)
    protocol = await _active(session, issue)
    if protocol is None:
        raise Conflict("The issue is not a crisis.")
    protocol.de_escalated_at = utcnow()
    protocol.de_escalated_by_id, protocol.de_escalated_by_name = user.id, user.name
    protocol.de_escalation_reason = data.reason
    if issue.status is IssueStatus.crisis:
        await issue_service.change_status(
            session,
            issue,
            user,
            StatusChange(status=data.status, reason=f"De-escalated: {data.reason}"[:REASON_LIMIT]),
        )
    await session.flush()
    return protocol


# --- the organisation's template ------------------------------------------------------------


async def _own_template(
    session: AsyncSession, organisation_id: uuid.UUID
) -> Sequence[CrisisTemplateTask]:
    """The organisation's own tasks from signalling to closure; none when it uses Vitaal's."""
    return (
        await session.scalars(
            select(CrisisTemplateTask)
            .where(CrisisTemplateTask.organisation_id == organisation_id)
            .order_by(CrisisTemplateTask.position)
        )
    ).all()


async def crisis_template(
    session: AsyncSession, organisation_id: uuid.UUID, lang: str
) -> CrisisTemplateRead:
    own = await _own_template(session, organisation_id)
    if own:
        return _own_read(own)
    return CrisisTemplateRead(
        own=False,
        saved_at=None,
        tasks=[CrisisTemplateTaskRead.model_validate(t) for t in template.vitaal_tasks(lang)],
    )


def _own_read(own: Sequence[CrisisTemplateTask]) -> CrisisTemplateRead:
    return CrisisTemplateRead(
        own=True,
        saved_at=max(task.created_at for task in own),
        tasks=[CrisisTemplateTaskRead.model_validate(task) for task in own],
    )


async def replace_template(
    session: AsyncSession, organisation_id: uuid.UUID, data: CrisisTemplateUpdate
) -> CrisisTemplateRead:
    """The organisation's template becomes ``data``; protocols made before keep their tasks."""
    await organisation_service.lock(session, organisation_id)
    await reset_template(session, organisation_id)
    ordered = sorted(data.tasks, key=lambda task: template.SCENARIO_ORDER[task.scenario])
    now = utcnow()
    tasks = [
        CrisisTemplateTask(
            organisation_id=organisation_id, position=position, created_at=now, **task.model_dump()
        )
        for position, task in enumerate(ordered)
    ]
    session.add_all(tasks)
    await session.flush()
    return _own_read(tasks)


async def reset_template(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    """Back to Vitaal's template."""
    await session.execute(
        delete_where(CrisisTemplateTask).where(
            CrisisTemplateTask.organisation_id == organisation_id
        )
    )
    await session.flush()


# --- tasks and team -------------------------------------------------------------------------


async def get_task(
    session: AsyncSession, protocol: CrisisProtocol, task_id: uuid.UUID
) -> CrisisTask:
    task = await session.scalar(
        select(CrisisTask).where(
            CrisisTask.organisation_id == protocol.organisation_id,
            CrisisTask.protocol_id == protocol.id,
            CrisisTask.id == task_id,
        )
    )
    if task is None:
        raise NotFound("Task not found.")
    return task


async def add_task(session: AsyncSession, protocol: CrisisProtocol, data: TaskCreate) -> CrisisTask:
    task = CrisisTask(
        organisation_id=protocol.organisation_id, protocol_id=protocol.id, **data.model_dump()
    )
    session.add(task)
    await session.flush()
    return task


async def update_task(
    session: AsyncSession, task: CrisisTask, user: User, data: TaskUpdate
) -> CrisisTask:
    apply_patch(task, data, ("scenario", "title", "owner", "due_on"))
    if "done" in data.model_fields_set:
        # Ticking off a task that is done already keeps who did it and when.
        if data.done and not task.done:
            task.done_at, task.done_by_name = utcnow(), user.name
        elif not data.done:
            task.done_at, task.done_by_name = None, None
    await session.flush()
    return task


async def get_member(
    session: AsyncSession, protocol: CrisisProtocol, member_id: uuid.UUID
) -> CrisisTeamMember:
    member = await session.scalar(
        select(CrisisTeamMember).where(
            CrisisTeamMember.organisation_id == protocol.organisation_id,
            CrisisTeamMember.protocol_id == protocol.id,
            CrisisTeamMember.id == member_id,
        )
    )
    if member is None:
        raise NotFound("Team member not found.")
    return member


async def add_member(
    session: AsyncSession, protocol: CrisisProtocol, data: TeamMemberCreate
) -> CrisisTeamMember:
    name = data.name
    if data.user_id is not None:
        user = await session.scalar(
            select(User)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.organisation_id == protocol.organisation_id, User.id == data.user_id)
        )
        if user is None:
            raise Unprocessable.field(
                "body.user_id", "is not a member of this organisation", "not_a_member"
            )
        name = name or user.name
    member = CrisisTeamMember(
        organisation_id=protocol.organisation_id,
        protocol_id=protocol.id,
        user_id=data.user_id,
        name=name or "",
        role=data.role,
        contact=data.contact.strip(),
    )
    session.add(member)
    await session.flush()
    return member


async def update_member(
    session: AsyncSession, member: CrisisTeamMember, data: TeamMemberUpdate
) -> CrisisTeamMember:
    apply_patch(member, data)
    await session.flush()
    return member


async def delete(session: AsyncSession, row: CrisisTask | CrisisTeamMember) -> None:
    await session.delete(row)
    await session.flush()
