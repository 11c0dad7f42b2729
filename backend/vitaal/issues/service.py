"""The issue register of one organisation: issues, their phase and status history, the
stakeholder analysis, planning with the budget overview, and evaluation moments.

Every query is scoped by ``organisation_id``; the organisation itself was resolved through
``core.authz`` by the route's dependency. Services only flush: the request commits.

Other domains (signals, Tob-3) create issues through :func:`create_issue`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.ids import new_id
from vitaal.issues.models import (
    Issue,
    IssueChange,
    IssueChangeKind,
    IssuePhase,
    IssueStatus,
)
from vitaal.issues.priority import priority
from vitaal.issues.schemas import (
    IssueCreate,
    IssueRead,
    PriorityRead,
    UserRef,
)
from vitaal.organisations.models import Membership

LIKE_ESCAPE = "!"
REGISTERED = "Registered"


@dataclass(frozen=True)
class IssueFilters:
    status: IssueStatus | None = None
    phase: IssuePhase | None = None
    tag: str | None = None
    owner_id: uuid.UUID | None = None
    q: str | None = None
    open: bool | None = None


def _like(fragment: str) -> str:
    escaped = (
        fragment.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", f"{LIKE_ESCAPE}%")
        .replace("_", f"{LIKE_ESCAPE}_")
    )
    return f"%{escaped}%"


def search_text(issue: Issue) -> str:
    return "\n".join([issue.title, issue.description, issue.scope_note, *issue.tags]).casefold()


def _priority(impact: int, urgency: int) -> PriorityRead:
    p = priority(impact, urgency)
    return PriorityRead(score=p.score, band=p.band)


def to_read(issue: Issue) -> IssueRead:
    owner = issue.owner
    return IssueRead(
        id=issue.id,
        organisation_id=issue.organisation_id,
        title=issue.title,
        description=issue.description,
        scope=issue.scope,
        scope_note=issue.scope_note,
        owner=UserRef(id=owner.id, name=owner.name) if owner else None,
        tags=list(issue.tags),
        status=issue.status,
        phase=issue.phase,
        phase_since=issue.phase_since,
        impact=issue.impact,
        urgency=issue.urgency,
        priority=_priority(issue.impact, issue.urgency),
        created_at=issue.created_at,
        updated_at=issue.updated_at,
    )


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
        ]
    )
    await session.flush()
    return issue
