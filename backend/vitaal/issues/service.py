"""The issue register of one organisation: issues with their workable frame (goal, objectives,
added value), the history of their phase, status and frame, the stakeholder analysis, planning
with the budget overview, and evaluation moments.

Every query is scoped by ``organisation_id``; the organisation was resolved through
``access`` and every path id through ``issues.deps`` (404 when not the organisation's).
Services only flush: the request commits.

Other domains (signals, Tob-3) create issues through :func:`create_issue`.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from vitaal.auth.models import User
from vitaal.core.db import lock_row, utcnow
from vitaal.core.errors import Conflict, FieldError, NotFound, Unprocessable
from vitaal.core.ids import new_id
from vitaal.core.pagination import (
    DatedCursor,
    DatedPageParams,
    PageParams,
    fetch_page,
    soonest_first_after,
    split_page,
)
from vitaal.core.patching import apply_patch
from vitaal.core.search import contains_text, has_tag
from vitaal.issues import budget
from vitaal.issues.models import (
    EvaluationOutcome,
    Issue,
    IssueActivity,
    IssueChange,
    IssueChangeKind,
    IssueEvaluation,
    IssueFrameChange,
    IssueFrameField,
    IssuePhase,
    IssueStakeholder,
    IssueStatus,
)
from vitaal.issues.priority import heat_map, priority
from vitaal.issues.schemas import (
    ActivityCreate,
    ActivityRead,
    ActivityUpdate,
    BudgetAmounts,
    BudgetBySource,
    BudgetIssueLine,
    BudgetOverview,
    EvaluationCreate,
    EvaluationOutcomeIn,
    EvaluationRead,
    EvaluationUpdate,
    HeatMap,
    HeatMapCell,
    IssueChangeRead,
    IssueCreate,
    IssueRead,
    IssueStakeholderCreate,
    IssueStakeholderRead,
    IssueStakeholderRef,
    IssueStakeholderUpdate,
    IssueUpdate,
    PhaseChange,
    PriorityRead,
    StatusChange,
)
from vitaal.organisations.models import Membership
from vitaal.stakeholders.models import Stakeholder

REGISTERED = "Registered"
OWN_FIELDS = ("title", "description", "scope", "scope_note", "tags", "impact", "urgency")
# The workable frame: each change of one of these is kept in the issue's history.
FRAME_FIELDS = tuple(IssueFrameField)


@dataclass(frozen=True)
class IssueFilters:
    status: IssueStatus | None = None
    phase: IssuePhase | None = None
    tag: str | None = None
    owner_id: uuid.UUID | None = None
    q: str | None = None
    open: bool | None = None
    impact: int | None = None
    urgency: int | None = None


def search_text(issue: Issue) -> str:
    return "\n".join([issue.title, issue.description, issue.scope_note, *issue.tags]).casefold()


def _issues(organisation_id: uuid.UUID) -> Select[Issue]:
    return (
        select(Issue)
        .where(Issue.organisation_id == organisation_id)
        .options(joinedload(Issue.owner))
    )


async def get(session: AsyncSession, organisation_id: uuid.UUID, issue_id: uuid.UUID) -> Issue:
    """The organisation's issue with its owner, or 404."""
    issue = await session.scalar(_issues(organisation_id).where(Issue.id == issue_id))
    if issue is None:
        raise NotFound("Issue not found.")
    return issue


async def _member_user(
    session: AsyncSession, organisation_id: uuid.UUID, user_id: uuid.UUID, field: str
) -> User:
    user = await session.scalar(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.organisation_id == organisation_id, User.id == user_id)
    )
    if user is None:
        raise Unprocessable.field(field, "is not a member of this organisation", "not_a_member")
    return user


def _change(
    issue: Issue,
    kind: IssueChangeKind,
    old: str | None,
    new: str,
    reason: str,
    user: User,
    evaluation_id: uuid.UUID | None = None,
) -> IssueChange:
    return IssueChange(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        kind=kind,
        old_value=old,
        new_value=new,
        reason=reason,
        evaluation_id=evaluation_id,
        changed_at=utcnow(),
        changed_by_id=user.id,
        changed_by_name=user.name,
    )


def _frame_change(
    issue: Issue,
    kind: IssueFrameField,
    old: str | list[str] | None,
    new: str | list[str] | None,
    user: User,
) -> IssueFrameChange:
    """``old``/``new`` are the field's values: texts for the goal and the added value, lists
    for the objectives, each stored in its own pair of columns."""
    values = (
        {"old_objectives": old, "new_objectives": new}
        if kind is IssueFrameField.objectives
        else {"old_value": old, "new_value": new}
    )
    return IssueFrameChange(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        kind=kind,
        changed_at=utcnow(),
        changed_by_id=user.id,
        changed_by_name=user.name,
        **values,
    )


async def create_issue(
    session: AsyncSession, *, organisation_id: uuid.UUID, created_by: User, data: IssueCreate
) -> Issue:
    """Register an issue; its starting phase and status are the first entries of its history.

    ``created_by`` must be a member of the organisation (the caller checked that); an
    ``owner_id`` that is not a member is refused with a 422 on ``body.owner_id``."""
    owner = (
        await _member_user(session, organisation_id, data.owner_id, "body.owner_id")
        if data.owner_id is not None
        else None
    )
    now = utcnow()
    issue = Issue(
        id=new_id(),
        organisation_id=organisation_id,
        title=data.title,
        description=data.description,
        scope=data.scope,
        scope_note=data.scope_note,
        owner_id=owner.id if owner else None,
        owner=owner,
        tags=data.tags,
        status=data.status,
        phase=data.phase,
        phase_since=now,
        impact=data.impact,
        urgency=data.urgency,
        goal=data.goal,
        objectives=data.objectives,
        added_value=data.added_value,
        created_by_id=created_by.id,
        created_at=now,
        updated_at=now,
    )
    issue.search_text = search_text(issue)
    session.add(issue)
    await session.flush()
    session.add_all(
        [
            _change(issue, IssueChangeKind.phase, None, data.phase, REGISTERED, created_by),
            _change(issue, IssueChangeKind.status, None, data.status, REGISTERED, created_by),
            # The frame it was registered with, where something was written down.
            *(
                _frame_change(issue, kind, None, getattr(issue, kind), created_by)
                for kind in FRAME_FIELDS
                if getattr(issue, kind)
            ),
        ]
    )
    await session.flush()
    return issue


async def update_issue(session: AsyncSession, issue: Issue, user: User, data: IssueUpdate) -> Issue:
    """Change what was sent; a change of the goal, objectives or added value is recorded with
    its old and new value."""
    if "owner_id" in data.model_fields_set:
        if data.owner_id is None:
            issue.owner_id, issue.owner = None, None
        else:
            owner = await _member_user(
                session, issue.organisation_id, data.owner_id, "body.owner_id"
            )
            issue.owner_id, issue.owner = owner.id, owner
    frame_before = {kind: getattr(issue, kind) for kind in FRAME_FIELDS}
    changed = apply_patch(issue, data, (*OWN_FIELDS, *FRAME_FIELDS))
    session.add_all(
        _frame_change(issue, kind, frame_before[kind], getattr(issue, kind), user)
        for kind in FRAME_FIELDS
        if kind in changed
    )
    issue.search_text = search_text(issue)
    issue.updated_at = utcnow()
    await session.flush()
    return issue


async def change_phase(session: AsyncSession, issue: Issue, user: User, data: PhaseChange) -> Issue:
    """Move to any phase (skipping or going back is allowed); the reason is kept."""
    if data.phase == issue.phase:
        raise Unprocessable.field("body.phase", "the issue is already in this phase", "unchanged")
    session.add(_change(issue, IssueChangeKind.phase, issue.phase, data.phase, data.reason, user))
    now = utcnow()
    issue.phase, issue.phase_since, issue.updated_at = data.phase, now, now
    await session.flush()
    return issue


def _set_status(
    session: AsyncSession,
    issue: Issue,
    user: User,
    status: IssueStatus,
    reason: str,
    evaluation_id: uuid.UUID | None = None,
) -> None:
    session.add(
        _change(issue, IssueChangeKind.status, issue.status, status, reason, user, evaluation_id)
    )
    issue.status, issue.updated_at = status, utcnow()


async def change_status(
    session: AsyncSession, issue: Issue, user: User, data: StatusChange
) -> Issue:
    if data.status == issue.status:
        raise Unprocessable.field("body.status", "the issue already has this status", "unchanged")
    _set_status(session, issue, user, data.status, data.reason)
    await session.flush()
    return issue


# --- the register: ranked list and heat map -------------------------------------------------


def _conditions(organisation_id: uuid.UUID, filters: IssueFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Issue.organisation_id == organisation_id]
    if filters.status is not None:
        conditions.append(Issue.status == filters.status)
    if filters.open is not None:
        conditions.append(
            Issue.status != IssueStatus.closed
            if filters.open
            else Issue.status == IssueStatus.closed
        )
    if filters.phase is not None:
        conditions.append(Issue.phase == filters.phase)
    if filters.owner_id is not None:
        conditions.append(Issue.owner_id == filters.owner_id)
    if filters.impact is not None:
        conditions.append(Issue.impact == filters.impact)
    if filters.urgency is not None:
        conditions.append(Issue.urgency == filters.urgency)
    if filters.q and filters.q.strip():
        conditions.append(contains_text(Issue.search_text, filters.q))
    if filters.tag and filters.tag.strip():
        conditions.append(has_tag(Issue.tags, filters.tag))
    return conditions


@dataclass(frozen=True)
class RankCursor:
    score: int
    impact: int
    id: uuid.UUID


def encode_rank_cursor(cursor: RankCursor) -> str:
    text = f"{cursor.score}.{cursor.impact}.{cursor.id.hex}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_rank_cursor(text: str) -> RankCursor:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        score, impact, hex_id = raw.split(".")
        return RankCursor(score=int(score), impact=int(impact), id=uuid.UUID(hex=hex_id))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise Unprocessable.field("query.cursor", "not a cursor this API gave out") from None


async def list_page(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    filters: IssueFilters,
    limit: int,
    after: RankCursor | None,
) -> tuple[list[IssueRead], str | None]:
    """Highest priority first (score, then impact, then oldest); one query per page."""
    score = Issue.impact * Issue.urgency
    stmt = _issues(organisation_id).where(*_conditions(organisation_id, filters))
    if after is not None:
        stmt = stmt.where(
            or_(
                score < after.score,
                and_(score == after.score, Issue.impact < after.impact),
                and_(score == after.score, Issue.impact == after.impact, Issue.id > after.id),
            )
        )
    stmt = stmt.order_by(score.desc(), Issue.impact.desc(), Issue.id).limit(limit + 1)
    issues = (await session.scalars(stmt)).all()
    cursor = None
    if len(issues) > limit:
        issues = issues[:limit]
        last = issues[-1]
        cursor = encode_rank_cursor(
            RankCursor(score=last.impact * last.urgency, impact=last.impact, id=last.id)
        )
    return [IssueRead.model_validate(issue) for issue in issues], cursor


async def heat_map_counts(
    session: AsyncSession, organisation_id: uuid.UUID, filters: IssueFilters
) -> HeatMap:
    rows = await session.execute(
        select(Issue.impact, Issue.urgency, func.count())
        .where(*_conditions(organisation_id, filters))
        .group_by(Issue.impact, Issue.urgency)
    )
    grid = heat_map((impact, urgency, count) for impact, urgency, count in rows)
    cells = [
        HeatMapCell(
            impact=impact,
            urgency=urgency,
            count=grid[impact - 1][urgency - 1],
            priority=PriorityRead.model_validate(priority(impact, urgency)),
        )
        for impact in range(5, 0, -1)
        for urgency in range(1, 6)
    ]
    return HeatMap(cells=cells, total=sum(cell.count for cell in cells))


# --- history --------------------------------------------------------------------------------


# The two tables of an issue's history, read with the same cursor.
HistoryRow = TypeVar("HistoryRow", IssueChange, IssueFrameChange)


def _encode_history_cursor(change: IssueChange | IssueFrameChange) -> str:
    text = f"{change.changed_at.isoformat()}|{change.id.hex}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_history_cursor(text: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        at, hex_id = raw.split("|")
        return datetime.fromisoformat(at), uuid.UUID(hex=hex_id)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise Unprocessable.field("query.cursor", "not a cursor this API gave out") from None


async def _changes_after(
    session: AsyncSession,
    model: type[HistoryRow],
    issue: Issue,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[HistoryRow]:
    stmt = select(model).where(
        model.organisation_id == issue.organisation_id, model.issue_id == issue.id
    )
    if after is not None:
        at, id_ = after
        stmt = stmt.where(or_(model.changed_at > at, and_(model.changed_at == at, model.id > id_)))
    return (await session.scalars(stmt.order_by(model.changed_at, model.id).limit(limit))).all()


async def history(
    session: AsyncSession, issue: Issue, limit: int, cursor: str | None
) -> tuple[list[IssueChangeRead], str | None]:
    """Phase, status and frame changes in the order they happened (then by id): the first
    ``limit + 1`` of each table after the cursor, merged, hold the page and tell whether
    another follows."""
    after = decode_history_cursor(cursor) if cursor is not None else None
    changes: list[IssueChange | IssueFrameChange] = [
        *await _changes_after(session, IssueChange, issue, after, limit + 1),
        *await _changes_after(session, IssueFrameChange, issue, after, limit + 1),
    ]
    changes.sort(key=lambda change: (change.changed_at, change.id))
    next_cursor = None
    if len(changes) > limit:
        changes = changes[:limit]
        next_cursor = _encode_history_cursor(changes[-1])
    return [IssueChangeRead.model_validate(change) for change in changes], next_cursor


# --- stakeholder analysis -------------------------------------------------------------------


def stakeholder_to_read(link: IssueStakeholder) -> IssueStakeholderRead:
    s = link.stakeholder
    return IssueStakeholderRead(
        id=link.id,
        issue_id=link.issue_id,
        stakeholder=IssueStakeholderRef(
            id=s.id, name=s.name, type=s.type, archived=s.archived_at is not None
        ),
        stance=link.stance,
        interest=link.interest,
        influence=link.influence,
        notes=link.notes,
        created_at=link.created_at,
        updated_at=link.updated_at,
    )


def _links(issue: Issue) -> Select[IssueStakeholder]:
    return (
        select(IssueStakeholder)
        .where(
            IssueStakeholder.organisation_id == issue.organisation_id,
            IssueStakeholder.issue_id == issue.id,
        )
        .options(joinedload(IssueStakeholder.stakeholder))
    )


async def get_stakeholder_link(
    session: AsyncSession, issue: Issue, link_id: uuid.UUID
) -> IssueStakeholder:
    link = await session.scalar(_links(issue).where(IssueStakeholder.id == link_id))
    if link is None:
        raise NotFound("This stakeholder is not linked to the issue.")
    return link


async def link_stakeholder(
    session: AsyncSession, issue: Issue, data: IssueStakeholderCreate
) -> IssueStakeholder:
    stakeholder = await session.scalar(
        select(Stakeholder).where(
            Stakeholder.id == data.stakeholder_id,
            Stakeholder.organisation_id == issue.organisation_id,
        )
    )
    if stakeholder is None:
        raise Unprocessable.field(
            "body.stakeholder_id", "is not in this organisation's stakeholder register", "unknown"
        )
    taken = await session.scalar(
        select(IssueStakeholder.id).where(
            IssueStakeholder.issue_id == issue.id,
            IssueStakeholder.stakeholder_id == stakeholder.id,
        )
    )
    if taken is not None:
        reason = "this stakeholder is already linked to the issue"
        raise Conflict(
            reason,
            errors=[FieldError(field="body.stakeholder_id", reason=reason, code="duplicate")],
        )
    now = utcnow()
    link = IssueStakeholder(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        stakeholder_id=stakeholder.id,
        stakeholder=stakeholder,
        stance=data.stance,
        interest=data.interest,
        influence=data.influence,
        notes=data.notes,
        created_at=now,
        updated_at=now,
    )
    session.add(link)
    await session.flush()
    return link


async def update_stakeholder_link(
    session: AsyncSession, link: IssueStakeholder, data: IssueStakeholderUpdate
) -> IssueStakeholder:
    apply_patch(link, data)
    link.updated_at = utcnow()
    await session.flush()
    return link


async def unlink_stakeholder(session: AsyncSession, link: IssueStakeholder) -> None:
    await session.delete(link)
    await session.flush()


async def list_stakeholders(
    session: AsyncSession, issue: Issue, params: PageParams
) -> tuple[list[IssueStakeholderRead], str | None]:
    rows, cursor = await fetch_page(session, _links(issue), IssueStakeholder.id, params)
    return [stakeholder_to_read(row[0]) for row in rows], cursor


# --- planning -------------------------------------------------------------------------------


def _activities(issue: Issue) -> Select[IssueActivity]:
    return select(IssueActivity).where(
        IssueActivity.organisation_id == issue.organisation_id,
        IssueActivity.issue_id == issue.id,
    )


async def get_activity(
    session: AsyncSession, issue: Issue, activity_id: uuid.UUID
) -> IssueActivity:
    activity = await session.scalar(_activities(issue).where(IssueActivity.id == activity_id))
    if activity is None:
        raise NotFound("Activity not found.")
    return activity


async def create_activity(
    session: AsyncSession, issue: Issue, data: ActivityCreate
) -> IssueActivity:
    now = utcnow()
    activity = IssueActivity(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        title=data.title,
        description=data.description,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        cost_estimate=data.cost_estimate,
        funding_source=data.funding_source,
        funded=data.funded,
        created_at=now,
        updated_at=now,
    )
    session.add(activity)
    await session.flush()
    return activity


async def update_activity(
    session: AsyncSession, activity: IssueActivity, data: ActivityUpdate
) -> IssueActivity:
    apply_patch(activity, data)
    if activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
        field = "body.ends_on" if "ends_on" in data.model_fields_set else "body.starts_on"
        raise Unprocessable.field(field, "ends_on must not be before starts_on", "date_order")
    activity.updated_at = utcnow()
    await session.flush()
    return activity


async def delete_activity(session: AsyncSession, activity: IssueActivity) -> None:
    await session.delete(activity)
    await session.flush()


async def list_activities(
    session: AsyncSession, issue: Issue, params: PageParams
) -> tuple[list[ActivityRead], str | None]:
    rows, cursor = await fetch_page(session, _activities(issue), IssueActivity.id, params)
    return [ActivityRead.model_validate(row[0]) for row in rows], cursor


def _amounts(amounts: budget.Amounts) -> dict[str, int]:
    return {"planned": amounts.planned, "funded": amounts.funded, "unfunded": amounts.unfunded}


async def budget_overview(
    session: AsyncSession, organisation_id: uuid.UUID, include_closed: bool
) -> BudgetOverview:
    """Two queries, whatever the number of issues and activities."""
    issue_stmt = select(Issue.id, Issue.title, Issue.status).where(
        Issue.organisation_id == organisation_id
    )
    if not include_closed:
        issue_stmt = issue_stmt.where(Issue.status != IssueStatus.closed)
    issues = [
        budget.IssueRef(id=id_, title=title, status=status)
        for id_, title, status in await session.execute(issue_stmt)
    ]
    activity_rows = await session.execute(
        select(
            IssueActivity.issue_id,
            IssueActivity.cost_estimate,
            IssueActivity.funding_source,
            IssueActivity.funded,
        ).where(IssueActivity.organisation_id == organisation_id)
    )
    result = budget.overview(
        issues,
        (
            budget.ActivityCost(issue_id=i, cost=c, source=s, funded=f)
            for i, c, s, f in activity_rows
        ),
    )
    return BudgetOverview(
        issues=[
            BudgetIssueLine(
                issue_id=line.issue.id,
                title=line.issue.title,
                status=IssueStatus(line.issue.status),
                activities=line.activities,
                **_amounts(line.amounts),
            )
            for line in result.issues
        ],
        by_source=[
            BudgetBySource(funding_source=source, **_amounts(amounts))
            for source, amounts in result.by_source.items()
        ],
        total=BudgetAmounts(**_amounts(result.total)),
    )


# --- evaluations ----------------------------------------------------------------------------


def _evaluations(issue: Issue) -> Select[IssueEvaluation]:
    return select(IssueEvaluation).where(
        IssueEvaluation.organisation_id == issue.organisation_id,
        IssueEvaluation.issue_id == issue.id,
    )


async def get_evaluation(
    session: AsyncSession, issue: Issue, evaluation_id: uuid.UUID
) -> IssueEvaluation:
    evaluation = await session.scalar(
        _evaluations(issue).where(IssueEvaluation.id == evaluation_id)
    )
    if evaluation is None:
        raise NotFound("Evaluation not found.")
    return evaluation


async def plan_evaluation(
    session: AsyncSession, issue: Issue, data: EvaluationCreate
) -> IssueEvaluation:
    evaluation = IssueEvaluation(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        planned_on=data.planned_on,
        focus=data.focus,
        outcome_note="",
        created_at=utcnow(),
    )
    session.add(evaluation)
    await session.flush()
    return evaluation


async def update_evaluation(
    session: AsyncSession, evaluation: IssueEvaluation, data: EvaluationUpdate
) -> IssueEvaluation:
    apply_patch(evaluation, data)
    await session.flush()
    return evaluation


async def delete_evaluation(session: AsyncSession, evaluation: IssueEvaluation) -> None:
    if evaluation.outcome is not None:
        raise Conflict("An evaluation with a recorded outcome is part of the history.")
    await session.delete(evaluation)
    await session.flush()


async def record_outcome(
    session: AsyncSession,
    issue: Issue,
    evaluation: IssueEvaluation,
    user: User,
    data: EvaluationOutcomeIn,
) -> IssueEvaluation:
    """Record what the evaluation decided, with the goal it was judged against; "goal reached"
    needs a goal written down, closes the issue, and that closing enters the issue's history
    with this evaluation as its cause."""
    # The issue first, then the evaluation (one order everywhere): concurrent requests record
    # one outcome, and two evaluations reaching the goal at once close the issue once.
    await lock_row(session, issue)
    await lock_row(session, evaluation)
    if evaluation.outcome is not None:
        raise Conflict("This evaluation's outcome has already been recorded.")
    if data.outcome is EvaluationOutcome.goal_reached and issue.goal is None:
        raise Unprocessable.field(
            "body.outcome",
            "the issue has no goal written down: write down its goal before recording that "
            "it is reached",
            "no_goal",
        )
    evaluation.outcome = data.outcome
    evaluation.outcome_note = data.note
    evaluation.goal = issue.goal
    evaluation.recorded_at = utcnow()
    evaluation.recorded_by_id = user.id
    evaluation.recorded_by_name = user.name
    await session.flush()
    if data.outcome is EvaluationOutcome.goal_reached and issue.status is not IssueStatus.closed:
        reason = "Evaluation: goal reached" + (f". {data.note}" if data.note else "")
        _set_status(session, issue, user, IssueStatus.closed, reason, evaluation.id)
        await session.flush()
    return evaluation


def _evaluation_key(evaluation: IssueEvaluation) -> DatedCursor:
    return DatedCursor(on=evaluation.planned_on, id=evaluation.id)


async def list_evaluations(
    session: AsyncSession, issue: Issue, params: DatedPageParams
) -> tuple[list[EvaluationRead], str | None]:
    """Soonest planned first."""
    stmt = _evaluations(issue)
    if params.after is not None:
        stmt = stmt.where(
            soonest_first_after(IssueEvaluation.planned_on, IssueEvaluation.id, params.after)
        )
    stmt = stmt.order_by(IssueEvaluation.planned_on, IssueEvaluation.id).limit(params.limit + 1)
    evaluations: Sequence[IssueEvaluation] = (await session.scalars(stmt)).all()
    page, cursor = split_page(evaluations, params.limit, _evaluation_key)
    return [EvaluationRead.model_validate(e) for e in page], cursor
