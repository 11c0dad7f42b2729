"""An organisation's collaboration portfolio: what each collaboration brings, regular reviews of
its relevance with the seed's questions for a collaboration in a crisis, and pausing it when
the partner is itself in crisis (DOMAIN.md §3).

Every query is scoped by ``organisation_id``; the organisation itself was resolved through
``vitaal.access`` by the route's dependency. Services only flush: the request commits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from vitaal import access as authz
from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition
from vitaal.core.db import lock_row, utcnow
from vitaal.core.errors import Conflict, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.portfolio.models import (
    Collaboration,
    CollaborationPause,
    CollaborationReview,
    Relevance,
    RelevanceChange,
)
from vitaal.portfolio.schemas import (
    CollaborationCreate,
    CollaborationRead,
    CollaborationUpdate,
    ReviewCreate,
)
from vitaal.stakeholders import service as stakeholder_service
from vitaal.stakeholders.models import Stakeholder

LEVELS = list(Relevance)
STEPS = {RelevanceChange.more: 1, RelevanceChange.same: 0, RelevanceChange.less: -1}
OWN_FIELDS = ("title", "contribution", "we_give", "we_get", "flexibility", "started_on")
# The answers to the seed's questions, copied from the review's body onto its row as given.
REVIEW_ANSWERS = (
    "purpose_changed",
    "purpose_note",
    "agreements_hold",
    "agreements_note",
    "impact_contribution",
    "strategy_fit",
    "strategy_note",
    "loyalty_note",
    "return_lapsed",
    "return_note",
)


@dataclass(frozen=True)
class PortfolioFilters:
    paused: bool | None = None
    relevance: Relevance | None = None


def next_relevance(current: Relevance, change: RelevanceChange) -> Relevance:
    """One step up or down the scale, staying at its ends."""
    index = LEVELS.index(current) + STEPS[change]
    return LEVELS[min(max(index, 0), len(LEVELS) - 1)]


def months_between(start: date | None, end: date) -> int | None:
    """Whole months from ``start`` to ``end``; None when the start is unknown or later."""
    if start is None or start > end:
        return None
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def _with_children(stmt: Select[Collaboration]) -> Select[Collaboration]:
    return stmt.options(
        joinedload(Collaboration.stakeholder),
        joinedload(Collaboration.coalition),
        selectinload(Collaboration.reviews),
        selectinload(Collaboration.pauses),
    )


async def get(
    session: AsyncSession, organisation_id: uuid.UUID, collaboration_id: uuid.UUID
) -> Collaboration:
    """The organisation's collaboration with its links, reviews and pauses, or 404."""
    collaboration = await session.scalar(
        _with_children(
            select(Collaboration).where(
                Collaboration.id == collaboration_id,
                Collaboration.organisation_id == organisation_id,
            )
        )
    )
    if collaboration is None:
        raise NotFound("Collaboration not found.")
    return collaboration


async def _own_stakeholder(
    session: AsyncSession, organisation_id: uuid.UUID, stakeholder_id: uuid.UUID
) -> Stakeholder:
    stakeholder = await stakeholder_service.find(session, stakeholder_id, [organisation_id])
    if stakeholder is None:
        raise Unprocessable.field(
            "body.stakeholder_id", "no such stakeholder in this organisation's register"
        )
    return stakeholder


async def _member_coalition(
    session: AsyncSession, organisation_id: uuid.UUID, coalition_id: uuid.UUID
) -> Coalition:
    coalition = await session.scalar(
        select(Coalition).where(
            Coalition.id == coalition_id,
            Coalition.id.in_(authz.organisation_coalition_ids(organisation_id)),
        )
    )
    if coalition is None:
        raise Unprocessable.field(
            "body.coalition_id", "not a coalition this organisation belongs to"
        )
    return coalition


async def create(
    session: AsyncSession, organisation_id: uuid.UUID, data: CollaborationCreate
) -> Collaboration:
    stakeholder = (
        await _own_stakeholder(session, organisation_id, data.stakeholder_id)
        if data.stakeholder_id
        else None
    )
    coalition = (
        await _member_coalition(session, organisation_id, data.coalition_id)
        if data.coalition_id
        else None
    )
    collaboration = Collaboration(
        organisation_id=organisation_id,
        title=data.title,
        contribution=data.contribution,
        we_give=data.we_give,
        we_get=data.we_get,
        flexibility=data.flexibility,
        relevance=data.relevance,
        started_on=data.started_on,
        stakeholder=stakeholder,
        coalition=coalition,
        reviews=[],
        pauses=[],
    )
    session.add(collaboration)
    await session.flush()
    return collaboration


async def update(
    session: AsyncSession, collaboration: Collaboration, data: CollaborationUpdate
) -> Collaboration:
    sent = data.model_fields_set
    organisation_id = collaboration.organisation_id
    # Links are checked only when sent: a coalition the organisation has since left stays
    # linked until someone changes it, rather than blocking every other edit.
    if "stakeholder_id" in sent:
        collaboration.stakeholder = (
            await _own_stakeholder(session, organisation_id, data.stakeholder_id)
            if data.stakeholder_id
            else None
        )
    if "coalition_id" in sent:
        collaboration.coalition = (
            await _member_coalition(session, organisation_id, data.coalition_id)
            if data.coalition_id
            else None
        )
    apply_patch(collaboration, data, OWN_FIELDS)
    # Set by hand: changing only a link may leave this row's own columns as they were.
    collaboration.updated_at = utcnow()
    await session.flush()
    return collaboration


async def delete(session: AsyncSession, collaboration: Collaboration) -> None:
    await session.delete(collaboration)
    await session.flush()


def _filtered(organisation_id: uuid.UUID, filters: PortfolioFilters) -> Select[Collaboration]:
    conditions: list[ColumnElement[bool]] = [Collaboration.organisation_id == organisation_id]
    if filters.paused is not None:
        conditions.append(
            Collaboration.paused_at.is_not(None)
            if filters.paused
            else Collaboration.paused_at.is_(None)
        )
    if filters.relevance is not None:
        conditions.append(Collaboration.relevance == filters.relevance)
    return _with_children(select(Collaboration).where(*conditions))


async def list_page(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    filters: PortfolioFilters,
    params: PageParams,
) -> tuple[list[CollaborationRead], str | None]:
    rows, cursor = await fetch_page(
        session, _filtered(organisation_id, filters), Collaboration.id, params
    )
    return [CollaborationRead.model_validate(row[0]) for row in rows], cursor


async def add_review(
    session: AsyncSession, collaboration: Collaboration, reviewer: User, data: ReviewCreate
) -> CollaborationReview:
    today = utcnow().date()
    reviewed_on = data.reviewed_on or today
    if reviewed_on > today:
        raise Unprocessable.field("body.reviewed_on", "must not be in the future", "future_date")
    relevance = next_relevance(collaboration.relevance, data.relevance)
    review = CollaborationReview(
        organisation_id=collaboration.organisation_id,
        reviewed_on=reviewed_on,
        relevance=data.relevance,
        relevance_after=relevance,
        note=data.note,
        **data.model_dump(include=set(REVIEW_ANSWERS)),
        relationship_months=months_between(collaboration.started_on, reviewed_on),
        reviewer_id=reviewer.id,
        reviewer_name=reviewer.name,
    )
    collaboration.reviews.append(review)
    collaboration.relevance = relevance
    await session.flush()
    return review


async def pause(
    session: AsyncSession, collaboration: Collaboration, user: User, reason: str
) -> Collaboration:
    await lock_row(session, collaboration)
    if collaboration.paused_at is not None:
        raise Conflict("This collaboration is already paused; resume it first.")
    now = utcnow()
    collaboration.pauses.append(
        CollaborationPause(
            organisation_id=collaboration.organisation_id,
            reason=reason,
            paused_at=now,
            paused_by_id=user.id,
            paused_by_name=user.name,
        )
    )
    collaboration.paused_at = now
    await session.flush()
    return collaboration


async def resume(session: AsyncSession, collaboration: Collaboration, user: User) -> Collaboration:
    await lock_row(session, collaboration)
    open_pause = collaboration.pause
    if collaboration.paused_at is None or open_pause is None:
        raise Conflict("This collaboration is not paused.")
    open_pause.resumed_at = utcnow()
    open_pause.resumed_by_id = user.id
    open_pause.resumed_by_name = user.name
    collaboration.paused_at = None
    await session.flush()
    return collaboration
