"""The approach of one issue: agenda items, policy links, reputation actions, the versioned
position paper, and coalitions started or linked from the issue with its stakeholders carried
over as potential partners. The external communication plan is ``communication.service``'s.

Every query is scoped by the issue's ``organisation_id`` and ``issue_id``; the issue itself was
resolved (404 for anything the caller may not see) by ``issues.deps``. Services only flush.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import access as authz
from vitaal.agreements.markdown import render_markdown
from vitaal.approach.models import (
    IssueAgendaItem,
    IssueCoalition,
    IssuePolicyLink,
    PositionPaperVersion,
    ReputationAction,
)
from vitaal.approach.schemas import (
    AddedPartner,
    IssueCoalitionRead,
    PaperVersionRead,
    PaperVersionSummary,
    PositionPaperRead,
    PositionPaperSave,
    StartCoalition,
    StartCoalitionResult,
)
from vitaal.auth.models import User
from vitaal.coalitions import service as coalition_service
from vitaal.coalitions.models import Coalition, CoalitionMember
from vitaal.coalitions.schemas import CoalitionCreate
from vitaal.core.db import utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import Patch, apply_patch
from vitaal.issues.models import Issue, IssueStakeholder
from vitaal.partners import service as partner_service
from vitaal.partners.models import CoalitionPartner, PartnerStatus
from vitaal.partners.schemas import PartnerCreate
from vitaal.stakeholders.models import Stakeholder

Child = TypeVar("Child", IssueAgendaItem, IssuePolicyLink, ReputationAction, IssueCoalition)


# --- rows that belong to one issue ----------------------------------------------------------


def _of_issue(model: type[Child], issue: Issue) -> Select[Child]:
    return select(model).where(
        model.organisation_id == issue.organisation_id, model.issue_id == issue.id
    )


async def get_child(
    session: AsyncSession, model: type[Child], issue: Issue, child_id: uuid.UUID, what: str
) -> Child:
    row = await session.scalar(_of_issue(model, issue).where(model.id == child_id))
    if row is None:
        raise NotFound(f"{what} not found.")
    return row


async def list_children(
    session: AsyncSession, model: type[Child], issue: Issue, params: PageParams
) -> tuple[list[Child], str | None]:
    """One page in the order the rows were added (one query)."""
    rows, cursor = await fetch_page(session, _of_issue(model, issue), model.id, params)
    return [row[0] for row in rows], cursor


async def add_child(session: AsyncSession, issue: Issue, row: Child) -> Child:
    row.organisation_id, row.issue_id = issue.organisation_id, issue.id
    session.add(row)
    await session.flush()
    return row


async def update_child(session: AsyncSession, row: Child, data: Patch) -> Child:
    apply_patch(row, data)
    await session.flush()
    return row


async def delete_child(session: AsyncSession, row: Any) -> None:
    await session.delete(row)
    await session.flush()


# --- position paper -------------------------------------------------------------------------


def _versions(issue: Issue) -> Select[PositionPaperVersion]:
    return select(PositionPaperVersion).where(
        PositionPaperVersion.organisation_id == issue.organisation_id,
        PositionPaperVersion.issue_id == issue.id,
    )


def version_read(version: PositionPaperVersion) -> PaperVersionRead:
    return PaperVersionRead(
        **PaperVersionSummary.model_validate(version).model_dump(),
        content=version.content,
        content_html=render_markdown(version.content),
    )


async def _latest(session: AsyncSession, issue: Issue) -> PositionPaperVersion | None:
    return await session.scalar(
        _versions(issue).order_by(PositionPaperVersion.number.desc()).limit(1)
    )


async def position_paper(session: AsyncSession, issue: Issue) -> PositionPaperRead:
    latest = await _latest(session, issue)
    return PositionPaperRead(
        current=version_read(latest) if latest else None,
        version_count=latest.number if latest else 0,
    )


async def save_position_paper(
    session: AsyncSession, issue: Issue, user: User, data: PositionPaperSave
) -> PositionPaperVersion:
    """A new version when the title or text changed; nothing is ever overwritten."""
    latest = await _latest(session, issue)
    if latest is not None and (latest.title, latest.content) == (data.title, data.content):
        raise Unprocessable.field(
            "body.content", "the text is the same as the current version", "unchanged"
        )
    version = PositionPaperVersion(
        organisation_id=issue.organisation_id,
        issue_id=issue.id,
        number=(latest.number if latest else 0) + 1,
        title=data.title,
        content=data.content,
        note=data.note,
        author_id=user.id,
        author_name=user.name,
        created_at=utcnow(),
    )
    session.add(version)
    await session.flush()
    return version


async def get_version(session: AsyncSession, issue: Issue, number: int) -> PositionPaperVersion:
    version = await session.scalar(_versions(issue).where(PositionPaperVersion.number == number))
    if version is None:
        raise NotFound("Position paper version not found.")
    return version


async def list_versions(
    session: AsyncSession, issue: Issue, params: PageParams
) -> tuple[list[PaperVersionSummary], str | None]:
    """Oldest first (version 1, 2, ...)."""
    rows, cursor = await fetch_page(session, _versions(issue), PositionPaperVersion.id, params)
    return [PaperVersionSummary.model_validate(row[0]) for row in rows], cursor


# --- coalitions -----------------------------------------------------------------------------


def _coalition_read(link: IssueCoalition, name: str) -> IssueCoalitionRead:
    return IssueCoalitionRead(
        coalition_id=link.coalition_id,
        name=name,
        started=link.started,
        linked_at=link.linked_at,
        linked_by_name=link.linked_by_name,
    )


async def list_coalitions(
    session: AsyncSession, issue: Issue, params: PageParams
) -> tuple[list[IssueCoalitionRead], str | None]:
    stmt = select(IssueCoalition, Coalition.name).join(
        Coalition, Coalition.id == IssueCoalition.coalition_id
    )
    stmt = stmt.where(
        IssueCoalition.organisation_id == issue.organisation_id,
        IssueCoalition.issue_id == issue.id,
    )
    rows, cursor = await fetch_page(session, stmt, IssueCoalition.id, params)
    return [_coalition_read(link, name) for link, name in rows], cursor


async def _coalition_to_link(
    session: AsyncSession, issue: Issue, user: User, data: StartCoalition
) -> tuple[authz.CoalitionAccess, bool]:
    if data.coalition_id is None:
        # The schema made sure a new coalition has its name and goal.
        created = await coalition_service.create(
            session,
            user,
            CoalitionCreate(
                name=data.name or "",
                societal_goal=data.societal_goal or "",
                description=data.description,
                organisation_id=issue.organisation_id,
            ),
        )
        return await authz.require_coalition(session, user.id, created.id), True
    member = await session.scalar(
        select(CoalitionMember.id).where(
            CoalitionMember.coalition_id == data.coalition_id,
            CoalitionMember.organisation_id == issue.organisation_id,
        )
    )
    if member is None:
        raise Unprocessable.field(
            "body.coalition_id", "your organisation is not a member of this coalition", "not_found"
        )
    return await authz.require_coalition(session, user.id, data.coalition_id), False


async def start_coalition(
    session: AsyncSession, issue: Issue, user: User, data: StartCoalition
) -> StartCoalitionResult:
    """Start a coalition (the issue's organisation founds and coordinates it) or link one the
    organisation is a member of, and add the issue's stakeholders that are not partners there
    yet as potential partners. Linking again carries over stakeholders added since."""
    access, started = await _coalition_to_link(session, issue, user, data)
    # Adding partners is the coordinator's work (an admin of the coordinating organisation).
    access.require_manage()
    coalition = access.coalition
    link = await session.scalar(
        _of_issue(IssueCoalition, issue).where(IssueCoalition.coalition_id == coalition.id)
    )
    if link is None:
        link = await add_child(
            session,
            issue,
            IssueCoalition(
                coalition_id=coalition.id,
                started=started,
                linked_at=utcnow(),
                linked_by_id=user.id,
                linked_by_name=user.name,
            ),
        )
    stakeholders = (
        await session.execute(
            select(IssueStakeholder.stakeholder_id, Stakeholder.name)
            .join(Stakeholder, Stakeholder.id == IssueStakeholder.stakeholder_id)
            .where(
                IssueStakeholder.organisation_id == issue.organisation_id,
                IssueStakeholder.issue_id == issue.id,
            )
            .order_by(Stakeholder.name, IssueStakeholder.id)
        )
    ).all()
    already = set(
        await session.scalars(
            select(CoalitionPartner.stakeholder_id).where(
                CoalitionPartner.coalition_id == coalition.id,
                CoalitionPartner.stakeholder_id.in_([s for s, _ in stakeholders]),
            )
        )
    )
    added: list[AddedPartner] = []
    for stakeholder_id, name in stakeholders:
        if stakeholder_id in already:
            continue
        partner = await partner_service.add_partner(
            session,
            access,
            user,
            PartnerCreate(stakeholder_id=stakeholder_id, status=PartnerStatus.potential),
        )
        added.append(AddedPartner(id=partner.id, name=name, stakeholder_id=stakeholder_id))
    return StartCoalitionResult(
        coalition=_coalition_read(link, coalition.name),
        added_partners=added,
        already_partners=len(already),
    )
