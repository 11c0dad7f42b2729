"""The stakeholder register and the interaction log of one organisation.

Every query is scoped by ``organisation_id``; the organisation itself was resolved through
``vitaal.access`` by the route's dependency. Services only flush: the request commits.

Other domains use the register through ``find`` (is this stakeholder in one of these registers?)
and add their own entries to a stakeholder's timeline through ``timeline(..., others=...)``; this
domain imports none of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, NotFound
from vitaal.core.pagination import (
    DatedCursor,
    DatedPageParams,
    PageParams,
    fetch_page,
    newest_first_after,
    soonest_first_after,
    split_page,
)
from vitaal.core.patching import apply_patch
from vitaal.core.search import contains_text, has_tag
from vitaal.stakeholders.models import (
    FollowUp,
    Interaction,
    InteractionType,
    Stakeholder,
    StakeholderContact,
    StakeholderExternalId,
    StakeholderKind,
    StakeholderType,
)
from vitaal.stakeholders.schemas import (
    ContactPerson,
    ExternalId,
    FollowUpIn,
    FollowUpOverviewItem,
    InteractionCreate,
    InteractionRead,
    InteractionUpdate,
    StakeholderCreate,
    StakeholderRead,
    StakeholderUpdate,
    TimelineEntry,
)

TIMELINE_TITLE_LENGTH = 120


@dataclass(frozen=True)
class StakeholderFilters:
    q: str | None = None
    type: StakeholderType | None = None
    tag: str | None = None
    kind: StakeholderKind | None = None
    archived: bool = False


@dataclass(frozen=True)
class InteractionFilters:
    type: InteractionType | None = None
    from_: date | None = None
    to: date | None = None


def search_text(stakeholder: Stakeholder) -> str:
    parts = [
        stakeholder.name,
        stakeholder.sector,
        stakeholder.region,
        stakeholder.interests,
        *stakeholder.tags,
    ]
    return "\n".join(parts).casefold()


def _with_children(stmt: Select[Stakeholder]) -> Select[Stakeholder]:
    return stmt.options(selectinload(Stakeholder.contacts), selectinload(Stakeholder.external_ids))


async def get(
    session: AsyncSession, organisation_id: uuid.UUID, stakeholder_id: uuid.UUID
) -> Stakeholder:
    """The organisation's stakeholder with its contacts and external ids, or 404."""
    stakeholder = await session.scalar(
        _with_children(
            select(Stakeholder).where(
                Stakeholder.id == stakeholder_id, Stakeholder.organisation_id == organisation_id
            )
        )
    )
    if stakeholder is None:
        raise NotFound("Stakeholder not found.")
    return stakeholder


async def find(
    session: AsyncSession,
    stakeholder_id: uuid.UUID,
    organisation_ids: Collection[uuid.UUID] | Select[uuid.UUID],
) -> Stakeholder | None:
    """The stakeholder when it is in the register of one of these organisations, without its
    contacts and external ids; None for any other id, so that a caller linking a stakeholder
    can refuse it without revealing whether it exists elsewhere."""
    return await session.scalar(
        select(Stakeholder).where(
            Stakeholder.id == stakeholder_id, Stakeholder.organisation_id.in_(organisation_ids)
        )
    )


async def require_stakeholder_id(
    session: AsyncSession, organisation_id: uuid.UUID, stakeholder_id: uuid.UUID
) -> uuid.UUID:
    """404 unless the stakeholder belongs to the organisation; loads nothing else."""
    found = await session.scalar(
        select(Stakeholder.id).where(
            Stakeholder.id == stakeholder_id, Stakeholder.organisation_id == organisation_id
        )
    )
    if found is None:
        raise NotFound("Stakeholder not found.")
    return found


async def _check_external_ids(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    external_ids: list[ExternalId],
    stakeholder_id: uuid.UUID | None,
) -> None:
    """409 naming the field when another stakeholder already has one of these ids."""
    if not external_ids:
        return
    stmt = select(StakeholderExternalId.system, StakeholderExternalId.external_id).where(
        StakeholderExternalId.organisation_id == organisation_id,
        StakeholderExternalId.system.in_({e.system for e in external_ids}),
        StakeholderExternalId.external_id.in_({e.id for e in external_ids}),
    )
    if stakeholder_id is not None:
        stmt = stmt.where(StakeholderExternalId.stakeholder_id != stakeholder_id)
    taken = {(system, external_id) for system, external_id in (await session.execute(stmt)).all()}
    errors = [
        FieldError(
            field=f"body.external_ids.{index}",
            reason=f"{e.system} id {e.id!r} already belongs to another stakeholder",
            code="duplicate",
        )
        for index, e in enumerate(external_ids)
        if (e.system, e.id) in taken
    ]
    if errors:
        raise Conflict("; ".join(error.reason for error in errors), errors=errors)


def _set_contacts(stakeholder: Stakeholder, contacts: list[ContactPerson]) -> None:
    stakeholder.contacts = [
        StakeholderContact(
            organisation_id=stakeholder.organisation_id,
            position=position,
            name=c.name,
            role=c.role,
            email=c.email,
            phone=c.phone,
        )
        for position, c in enumerate(contacts)
    ]


def _set_external_ids(stakeholder: Stakeholder, external_ids: list[ExternalId]) -> None:
    # Rows that stay are kept rather than replaced: a delete and an insert of the same id in
    # one flush would trip the unique constraint, as inserts are flushed before deletes.
    wanted = {(e.system, e.id) for e in external_ids}
    kept = [e for e in stakeholder.external_ids if (e.system, e.external_id) in wanted]
    have = {(e.system, e.external_id) for e in kept}
    stakeholder.external_ids = kept + [
        StakeholderExternalId(
            organisation_id=stakeholder.organisation_id, system=e.system, external_id=e.id
        )
        for e in external_ids
        if (e.system, e.id) not in have
    ]


async def create(
    session: AsyncSession, organisation_id: uuid.UUID, data: StakeholderCreate
) -> Stakeholder:
    await _check_external_ids(session, organisation_id, data.external_ids, None)
    stakeholder = Stakeholder(
        organisation_id=organisation_id,
        kind=data.kind,
        name=data.name,
        type=data.type,
        sector=data.sector,
        region=data.region,
        website=data.website,
        tags=data.tags,
        interests=data.interests,
        notes=data.notes,
        contacts=[],
        external_ids=[],
    )
    _set_contacts(stakeholder, data.contacts)
    _set_external_ids(stakeholder, data.external_ids)
    stakeholder.search_text = search_text(stakeholder)
    session.add(stakeholder)
    await session.flush()
    return stakeholder


# The stakeholder's own columns; contacts and external ids are rows of their own.
STAKEHOLDER_FIELDS = (
    "kind",
    "name",
    "type",
    "sector",
    "region",
    "website",
    "tags",
    "interests",
    "notes",
)


async def update(
    session: AsyncSession, stakeholder: Stakeholder, data: StakeholderUpdate
) -> Stakeholder:
    if data.external_ids is not None:
        await _check_external_ids(
            session, stakeholder.organisation_id, data.external_ids, stakeholder.id
        )
        _set_external_ids(stakeholder, data.external_ids)
    if data.contacts is not None:
        _set_contacts(stakeholder, data.contacts)
    apply_patch(stakeholder, data, STAKEHOLDER_FIELDS)
    stakeholder.search_text = search_text(stakeholder)
    # Set by hand: a change to contacts or external ids alone leaves this row's columns as
    # they were, so ``onupdate`` would not fire.
    stakeholder.updated_at = utcnow()
    await session.flush()
    return stakeholder


async def set_archived(session: AsyncSession, stakeholder: Stakeholder, archived: bool) -> None:
    if archived and stakeholder.archived_at is None:
        stakeholder.archived_at = utcnow()
    elif not archived:
        stakeholder.archived_at = None
    await session.flush()


def _filtered(organisation_id: uuid.UUID, filters: StakeholderFilters) -> Select[Stakeholder]:
    conditions: list[ColumnElement[bool]] = [
        Stakeholder.organisation_id == organisation_id,
        Stakeholder.archived_at.is_not(None)
        if filters.archived
        else Stakeholder.archived_at.is_(None),
    ]
    if filters.q:
        conditions.append(contains_text(Stakeholder.search_text, filters.q))
    if filters.type is not None:
        conditions.append(Stakeholder.type == filters.type)
    if filters.kind is not None:
        conditions.append(Stakeholder.kind == filters.kind)
    if filters.tag:
        conditions.append(has_tag(Stakeholder.tags, filters.tag))
    return _with_children(select(Stakeholder).where(*conditions))


async def list_page(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    filters: StakeholderFilters,
    params: PageParams,
) -> tuple[list[StakeholderRead], str | None]:
    rows, cursor = await fetch_page(
        session, _filtered(organisation_id, filters), Stakeholder.id, params
    )
    return [StakeholderRead.model_validate(row[0]) for row in rows], cursor


async def list_all(
    session: AsyncSession, organisation_id: uuid.UUID, filters: StakeholderFilters
) -> list[StakeholderRead]:
    stmt = _filtered(organisation_id, filters).order_by(Stakeholder.name, Stakeholder.id)
    return [StakeholderRead.model_validate(s) for s in (await session.scalars(stmt)).all()]


async def by_external_id(
    session: AsyncSession, organisation_id: uuid.UUID, system: str, external_id: str
) -> Stakeholder:
    stakeholder = await session.scalar(
        _with_children(
            select(Stakeholder)
            .join(StakeholderExternalId, StakeholderExternalId.stakeholder_id == Stakeholder.id)
            .where(
                Stakeholder.organisation_id == organisation_id,
                StakeholderExternalId.organisation_id == organisation_id,
                StakeholderExternalId.system == system.strip().lower(),
                StakeholderExternalId.external_id == external_id.strip(),
            )
        )
    )
    if stakeholder is None:
        raise NotFound("No stakeholder has this external id.")
    return stakeholder


# Interactions


def _interactions(organisation_id: uuid.UUID, stakeholder_id: uuid.UUID) -> Select[Interaction]:
    return select(Interaction).where(
        Interaction.organisation_id == organisation_id,
        Interaction.stakeholder_id == stakeholder_id,
    )


def _with_follow_ups(stmt: Select[Interaction]) -> Select[Interaction]:
    return stmt.options(selectinload(Interaction.follow_ups), joinedload(Interaction.created_by))


async def get_interaction(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    stakeholder_id: uuid.UUID,
    interaction_id: uuid.UUID,
) -> Interaction:
    interaction = await session.scalar(
        _with_follow_ups(
            _interactions(organisation_id, stakeholder_id).where(Interaction.id == interaction_id)
        )
    )
    if interaction is None:
        raise NotFound("Interaction not found.")
    return interaction


def _set_follow_ups(interaction: Interaction, follow_ups: list[FollowUpIn]) -> None:
    interaction.follow_ups = [
        FollowUp(
            organisation_id=interaction.organisation_id,
            stakeholder_id=interaction.stakeholder_id,
            position=position,
            description=f.description,
            owner_name=f.owner_name,
            due_on=f.due_on,
            done=f.done,
        )
        for position, f in enumerate(follow_ups)
    ]


async def create_interaction(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    stakeholder_id: uuid.UUID,
    author: User,
    data: InteractionCreate,
) -> Interaction:
    interaction = Interaction(
        organisation_id=organisation_id,
        stakeholder_id=stakeholder_id,
        occurred_on=data.occurred_on,
        type=data.type,
        our_people=data.our_people,
        their_people=data.their_people,
        summary=data.summary,
        created_by_id=author.id,
        created_by=author,
        follow_ups=[],
    )
    _set_follow_ups(interaction, data.follow_ups)
    session.add(interaction)
    await session.flush()
    return interaction


async def update_interaction(
    session: AsyncSession, interaction: Interaction, data: InteractionUpdate
) -> Interaction:
    apply_patch(interaction, data, ("occurred_on", "type", "our_people", "their_people", "summary"))
    if data.follow_ups is not None:
        _set_follow_ups(interaction, data.follow_ups)
    interaction.updated_at = utcnow()
    await session.flush()
    return interaction


async def delete_interaction(session: AsyncSession, interaction: Interaction) -> None:
    await session.delete(interaction)
    await session.flush()


def _interaction_key(interaction: Interaction) -> DatedCursor:
    return DatedCursor(on=interaction.occurred_on, id=interaction.id)


async def _newest_interactions_with_one_more(
    session: AsyncSession, stmt: Select[Interaction], params: DatedPageParams
) -> Sequence[Interaction]:
    """A page of interactions, newest first, plus one to tell whether more follow."""
    if params.after is not None:
        stmt = stmt.where(newest_first_after(Interaction.occurred_on, Interaction.id, params.after))
    stmt = stmt.order_by(Interaction.occurred_on.desc(), Interaction.id.desc()).limit(
        params.limit + 1
    )
    return (await session.scalars(stmt)).all()


async def _newest_interactions(
    session: AsyncSession, stmt: Select[Interaction], params: DatedPageParams
) -> tuple[Sequence[Interaction], str | None]:
    interactions = await _newest_interactions_with_one_more(session, stmt, params)
    return split_page(interactions, params.limit, _interaction_key)


async def list_interactions(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    stakeholder_id: uuid.UUID,
    filters: InteractionFilters,
    params: DatedPageParams,
) -> tuple[list[InteractionRead], str | None]:
    stmt = _with_follow_ups(_interactions(organisation_id, stakeholder_id))
    if filters.type is not None:
        stmt = stmt.where(Interaction.type == filters.type)
    if filters.from_ is not None:
        stmt = stmt.where(Interaction.occurred_on >= filters.from_)
    if filters.to is not None:
        stmt = stmt.where(Interaction.occurred_on <= filters.to)
    interactions, cursor = await _newest_interactions(session, stmt, params)
    return [InteractionRead.model_validate(i) for i in interactions], cursor


def _timeline_title(interaction: Interaction) -> str:
    label = interaction.type.value.capitalize()
    if not interaction.their_people:
        return label
    return f"{label} with {', '.join(interaction.their_people)}"[:TIMELINE_TITLE_LENGTH]


def _timeline_key(entry: TimelineEntry) -> DatedCursor:
    return DatedCursor(on=entry.at, id=entry.id)


async def timeline(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    stakeholder_id: uuid.UUID,
    params: DatedPageParams,
    others: Iterable[TimelineEntry] = (),
) -> tuple[list[TimelineEntry], str | None]:
    """Interactions and the ``others`` (entries other domains keep about the stakeholder, such
    as the partners' assessments) in one order, day desc, id desc. Each source gives a page and
    one ahead for the same ``params``, so the first page-and-one of the merge is exact; the
    interactions take one query whatever the page size."""
    interactions = await _newest_interactions_with_one_more(
        session, _interactions(organisation_id, stakeholder_id), params
    )
    entries = [
        TimelineEntry(
            kind="interaction",
            at=i.occurred_on,
            title=_timeline_title(i),
            summary=i.summary,
            id=i.id,
        )
        for i in interactions
    ]
    entries += others
    entries.sort(key=lambda e: (e.at, e.id), reverse=True)
    page, cursor = split_page(entries[: params.limit + 1], params.limit, _timeline_key)
    return list(page), cursor


def _follow_up_key(row: Row[FollowUp, str]) -> DatedCursor:
    return DatedCursor(on=row[0].due_on, id=row[0].id)


async def list_follow_ups(
    session: AsyncSession, organisation_id: uuid.UUID, open_: bool | None, params: DatedPageParams
) -> tuple[list[FollowUpOverviewItem], str | None]:
    stmt = (
        select(FollowUp, Stakeholder.name)
        .join(Stakeholder, Stakeholder.id == FollowUp.stakeholder_id)
        .where(
            FollowUp.organisation_id == organisation_id,
            Stakeholder.organisation_id == organisation_id,
        )
    )
    if open_ is not None:
        stmt = stmt.where(FollowUp.done == (not open_))
    if params.after is not None:
        stmt = stmt.where(soonest_first_after(FollowUp.due_on, FollowUp.id, params.after))
    stmt = stmt.order_by(FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id).limit(
        params.limit + 1
    )
    rows, cursor = split_page((await session.execute(stmt)).all(), params.limit, _follow_up_key)
    return [
        FollowUpOverviewItem(
            id=f.id,
            description=f.description,
            owner_name=f.owner_name,
            due_on=f.due_on,
            done=f.done,
            interaction_id=f.interaction_id,
            stakeholder_id=f.stakeholder_id,
            stakeholder_name=name,
        )
        for f, name in rows
    ], cursor
