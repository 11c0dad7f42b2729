"""Meetings of a coalition: the meeting with its invitations, documents, agenda, minutes,
decisions and next steps, and the chair's commitment determination per partner on the scale of
the coalition's coordinating organisation (``scale``; an organisation names the levels).

Everyone in the coalition reads; only its coordinators (the kwartiermaker's admins) write, as
for the coalition's partners — the routes' dependencies (``meetings/deps.py``) hold that rule
and resolve the meeting and its children, so the writes here take rows. Services flush, the
request commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy import delete as delete_where
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute, joinedload, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition, CoalitionMember, CoalitionRole
from vitaal.core.db import utc_date, utcnow
from vitaal.core.errors import Conflict, NotFound, Unprocessable
from vitaal.core.pagination import (
    DatedCursor,
    DatedPageParams,
    PageParams,
    fetch_page,
    newest_first_after,
    split_page,
)
from vitaal.core.patching import apply_patch
from vitaal.meetings import scale
from vitaal.meetings.models import (
    AgendaItem,
    CommitmentLevel,
    CommitmentLevelSetting,
    CommitmentRecord,
    Meeting,
    MeetingDocument,
    MeetingInvitee,
    MeetingOutcome,
    MeetingOutcomeKind,
    MeetingType,
)
from vitaal.meetings.schemas import (
    CommitmentCreate,
    CommitmentLevelRead,
    CommitmentRead,
    CommitmentScaleRead,
    CommitmentScaleUpdate,
    CommitmentSummary,
    InviteeCreate,
    InviteeRead,
    InviteeUpdate,
    MeetingAgendaItemCreate,
    MeetingAgendaItemRead,
    MeetingAgendaItemUpdate,
    MeetingAgendaOrder,
    MeetingCreate,
    MeetingDocumentCreate,
    MeetingDocumentRead,
    MeetingOutcomeCreate,
    MeetingOutcomeRead,
    MeetingOutcomeUpdate,
    MeetingRead,
    MeetingSummary,
    MeetingUpdate,
    PartnerCommitment,
    check_ends_after,
)
from vitaal.meetings.template import agenda_template
from vitaal.organisations import service as organisation_service
from vitaal.organisations.models import Organisation
from vitaal.partners import service as partner_service
from vitaal.partners.models import CoalitionPartner

LEVEL_RANK = {level: rank for rank, level in enumerate(CommitmentLevel)}

Child = TypeVar("Child", MeetingInvitee, MeetingDocument, AgendaItem, MeetingOutcome)


def in_coalition(
    partner: QueryableAttribute[Any], coalition_id: uuid.UUID
) -> QueryableAttribute[Any]:
    """A row's relationship to its partner, scoped to the coalition like every query here; rows
    are read with it joined in (``joinedload``), so their reads name the partner."""
    return partner.and_(CoalitionPartner.coalition_id == coalition_id)


# --- meetings ------------------------------------------------------------------------------


async def get_meeting(
    session: AsyncSession, coalition_id: uuid.UUID, meeting_id: uuid.UUID
) -> Meeting:
    meeting = await session.scalar(
        select(Meeting).where(Meeting.id == meeting_id, Meeting.coalition_id == coalition_id)
    )
    if meeting is None:
        raise NotFound("Meeting not found.")
    return meeting


async def get_child(
    session: AsyncSession,
    model: type[Child],
    meeting: Meeting,
    child_id: uuid.UUID,
    what: str,
    *options: LoaderOption,
) -> Child:
    child = await session.scalar(
        select(model)
        .where(
            model.id == child_id,
            model.meeting_id == meeting.id,
            model.coalition_id == meeting.coalition_id,
        )
        .options(*options)
    )
    if child is None:
        raise NotFound(f"{what} not found.")
    return child


async def create_meeting(
    session: AsyncSession, access: CoalitionAccess, user: User, data: MeetingCreate
) -> MeetingRead:
    meeting = Meeting(
        coalition_id=access.coalition.id,
        type=data.type,
        title=data.title,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        place=data.place,
        link=data.link,
        chair_name=data.chair_name,
        invitee_scope=data.invitee_scope,
        invited_by=data.invited_by,
        invitation_note=data.invitation_note,
        created_by_id=user.id,
    )
    session.add(meeting)
    await session.flush()
    if data.agenda_template is not None:
        session.add_all(
            AgendaItem(
                coalition_id=access.coalition.id,
                meeting_id=meeting.id,
                part=item.part,
                title=item.title,
                description=item.description,
                duration_minutes=item.duration_minutes,
                position=position,
            )
            for position, item in enumerate(agenda_template(data.type, data.agenda_template))
        )
        await session.flush()
    return await meeting_read(session, meeting)


def _summary_columns() -> tuple[Any, ...]:
    invitees = (
        select(func.count(MeetingInvitee.id))
        .where(MeetingInvitee.meeting_id == Meeting.id)
        .scalar_subquery()
    )
    minutes = (
        select(func.coalesce(func.sum(AgendaItem.duration_minutes), 0))
        .where(AgendaItem.meeting_id == Meeting.id)
        .scalar_subquery()
    )
    open_steps = (
        select(func.count(MeetingOutcome.id))
        .where(
            MeetingOutcome.meeting_id == Meeting.id,
            MeetingOutcome.kind == MeetingOutcomeKind.next_step,
            MeetingOutcome.done.is_(False),
        )
        .scalar_subquery()
    )
    return invitees, minutes, open_steps


def _meeting_key(row: Any) -> DatedCursor:
    return DatedCursor(on=row[1], id=row[0].id)


async def list_meetings(
    session: AsyncSession,
    access: CoalitionAccess,
    params: DatedPageParams,
    meeting_type: MeetingType | None = None,
) -> tuple[list[MeetingSummary], str | None]:
    """Newest first by day (one query, counts included)."""
    day = utc_date(Meeting.starts_at)
    stmt: Select[Any] = select(Meeting, day, *_summary_columns()).where(
        Meeting.coalition_id == access.coalition.id
    )
    if meeting_type is not None:
        stmt = stmt.where(Meeting.type == meeting_type)
    if params.after is not None:
        stmt = stmt.where(newest_first_after(day, Meeting.id, params.after))
    stmt = stmt.order_by(day.desc(), Meeting.id.desc()).limit(params.limit + 1)
    rows, cursor = split_page((await session.execute(stmt)).all(), params.limit, _meeting_key)
    return [
        MeetingSummary(
            id=meeting.id,
            coalition_id=meeting.coalition_id,
            type=meeting.type,
            status=meeting.status,
            title=meeting.title,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            place=meeting.place,
            link=meeting.link,
            invitees=invitees,
            agenda_minutes=minutes,
            open_next_steps=open_steps,
        )
        for meeting, _, invitees, minutes, open_steps in rows
    ], cursor


async def meeting_read(session: AsyncSession, meeting: Meeting) -> MeetingRead:
    """The whole meeting in a fixed number of queries, however long its lists."""
    coalition_id = meeting.coalition_id
    await session.execute(
        select(Meeting)
        .where(Meeting.id == meeting.id)
        .options(
            selectinload(Meeting.invitees).joinedload(
                in_coalition(MeetingInvitee.partner, coalition_id)
            ),
            selectinload(Meeting.documents),
            selectinload(Meeting.agenda),
            selectinload(Meeting.outcomes).joinedload(
                in_coalition(MeetingOutcome.owner_partner, coalition_id)
            ),
            selectinload(Meeting.commitments).joinedload(
                in_coalition(CommitmentRecord.partner, coalition_id), innerjoin=True
            ),
        )
        # The lists are loaded onto the row the caller holds, replacing what it had.
        .execution_options(populate_existing=True)
    )
    return MeetingRead.model_validate(meeting)


async def update_meeting(
    session: AsyncSession, meeting: Meeting, data: MeetingUpdate
) -> MeetingRead:
    sent = data.model_fields_set
    check_ends_after(
        data.starts_at if "starts_at" in sent else meeting.starts_at,
        data.ends_at if "ends_at" in sent else meeting.ends_at,
    )
    apply_patch(meeting, data)
    meeting.updated_at = utcnow()
    await session.flush()
    return await meeting_read(session, meeting)


async def delete_meeting(session: AsyncSession, meeting: Meeting) -> None:
    """Commitments determined at a meeting are the partners' commitment history, which deleting
    the meeting must not erase: such a meeting is refused."""
    recorded = select(CommitmentRecord.id).where(CommitmentRecord.meeting_id == meeting.id)
    if await session.scalar(recorded.exists().select()):
        raise Conflict(
            "Commitments were recorded at this meeting; they are the partners' commitment "
            "history, so the meeting cannot be deleted."
        )
    await session.delete(meeting)
    await session.flush()


async def _touch(meeting: Meeting, session: AsyncSession) -> None:
    meeting.updated_at = utcnow()
    await session.flush()


async def delete_child(session: AsyncSession, meeting: Meeting, child: Child) -> None:
    await session.delete(child)
    await _touch(meeting, session)


# --- invitees ------------------------------------------------------------------------------


async def add_invitee(session: AsyncSession, meeting: Meeting, data: InviteeCreate) -> InviteeRead:
    invitee = MeetingInvitee(
        coalition_id=meeting.coalition_id,
        meeting_id=meeting.id,
        partner=await partner_service.optional_partner(
            session, meeting.coalition_id, data.partner_id, "body.partner_id"
        ),
        person_name=data.person_name,
        email=data.email,
        has_execution_power=data.has_execution_power,
        note=data.note,
    )
    session.add(invitee)
    await _touch(meeting, session)
    return InviteeRead.model_validate(invitee)


async def update_invitee(
    session: AsyncSession, meeting: Meeting, invitee: MeetingInvitee, data: InviteeUpdate
) -> InviteeRead:
    apply_patch(invitee, data)
    if invitee.partner_id is None and not invitee.person_name:
        raise Unprocessable.field("body.person_name", "an invitee without a partner needs a name")
    await _touch(meeting, session)
    return InviteeRead.model_validate(invitee)


# --- documents -----------------------------------------------------------------------------


async def add_document(
    session: AsyncSession, meeting: Meeting, data: MeetingDocumentCreate
) -> MeetingDocumentRead:
    document = MeetingDocument(
        coalition_id=meeting.coalition_id, meeting_id=meeting.id, title=data.title, url=data.url
    )
    session.add(document)
    await _touch(meeting, session)
    return MeetingDocumentRead.model_validate(document)


# --- agenda --------------------------------------------------------------------------------


async def _agenda(session: AsyncSession, meeting: Meeting) -> list[AgendaItem]:
    return list(
        (
            await session.scalars(
                select(AgendaItem)
                .where(
                    AgendaItem.meeting_id == meeting.id,
                    AgendaItem.coalition_id == meeting.coalition_id,
                )
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        ).all()
    )


def _renumber(items: Sequence[AgendaItem]) -> None:
    for position, item in enumerate(items):
        item.position = position


async def add_agenda_item(
    session: AsyncSession, meeting: Meeting, data: MeetingAgendaItemCreate
) -> MeetingAgendaItemRead:
    items = await _agenda(session, meeting)
    item = AgendaItem(
        coalition_id=meeting.coalition_id,
        meeting_id=meeting.id,
        part=data.part,
        title=data.title,
        description=data.description,
        duration_minutes=data.duration_minutes,
        position=0,
    )
    at = len(items) if data.position is None else min(data.position, len(items))
    items.insert(at, item)
    _renumber(items)
    session.add(item)
    await _touch(meeting, session)
    return MeetingAgendaItemRead.model_validate(item)


async def update_agenda_item(
    session: AsyncSession, meeting: Meeting, item: AgendaItem, data: MeetingAgendaItemUpdate
) -> MeetingAgendaItemRead:
    apply_patch(item, data)
    await _touch(meeting, session)
    return MeetingAgendaItemRead.model_validate(item)


async def delete_agenda_item(session: AsyncSession, meeting: Meeting, item: AgendaItem) -> None:
    await session.delete(item)
    await session.flush()
    _renumber(await _agenda(session, meeting))
    await _touch(meeting, session)


async def reorder_agenda(
    session: AsyncSession, meeting: Meeting, data: MeetingAgendaOrder
) -> list[MeetingAgendaItemRead]:
    items = {item.id: item for item in await _agenda(session, meeting)}
    if len(data.item_ids) != len(set(data.item_ids)) or set(data.item_ids) != set(items):
        raise Unprocessable.field(
            "body.item_ids", "must list every agenda item of the meeting exactly once", "mismatch"
        )
    ordered = [items[item_id] for item_id in data.item_ids]
    _renumber(ordered)
    await _touch(meeting, session)
    return [MeetingAgendaItemRead.model_validate(item) for item in ordered]


# --- decisions and next steps --------------------------------------------------------------


async def add_outcome(
    session: AsyncSession, meeting: Meeting, data: MeetingOutcomeCreate
) -> MeetingOutcomeRead:
    outcome = MeetingOutcome(
        coalition_id=meeting.coalition_id,
        meeting_id=meeting.id,
        kind=data.kind,
        description=data.description,
        owner_partner=await partner_service.optional_partner(
            session, meeting.coalition_id, data.owner_partner_id, "body.owner_partner_id"
        ),
        owner_name=data.owner_name,
        due_on=data.due_on,
        done=data.done,
    )
    session.add(outcome)
    await _touch(meeting, session)
    return MeetingOutcomeRead.model_validate(outcome)


async def update_outcome(
    session: AsyncSession, meeting: Meeting, outcome: MeetingOutcome, data: MeetingOutcomeUpdate
) -> MeetingOutcomeRead:
    sent = data.model_fields_set
    if "owner_partner_id" in sent:
        # Through the relationship, so the read below names the new owner.
        outcome.owner_partner = await partner_service.optional_partner(
            session, meeting.coalition_id, data.owner_partner_id, "body.owner_partner_id"
        )
    apply_patch(outcome, data, sent - {"owner_partner_id"})
    await _touch(meeting, session)
    return MeetingOutcomeRead.model_validate(outcome)


# --- commitment ----------------------------------------------------------------------------


async def record_commitment(
    session: AsyncSession, meeting: Meeting, user: User, data: CommitmentCreate
) -> CommitmentRead:
    """The chair states where a partner stands; kept as history, never edited."""
    record = CommitmentRecord(
        coalition_id=meeting.coalition_id,
        meeting_id=meeting.id,
        partner=await partner_service.coalition_partner(
            session, meeting.coalition_id, data.partner_id, "body.partner_id"
        ),
        level=data.level,
        points_to_discuss=data.points_to_discuss,
        recorded_by_id=user.id,
        recorded_by_name=user.name,
        recorded_at=utcnow(),
    )
    session.add(record)
    await _touch(meeting, session)
    return CommitmentRead.model_validate(record)


async def commitment_history(
    session: AsyncSession,
    access: CoalitionAccess,
    params: PageParams,
    partner_id: uuid.UUID | None = None,
) -> tuple[list[CommitmentRead], str | None]:
    """Every determination across the coalition's meetings, oldest first."""
    stmt = (
        select(CommitmentRecord)
        .where(CommitmentRecord.coalition_id == access.coalition.id)
        .options(
            joinedload(in_coalition(CommitmentRecord.partner, access.coalition.id), innerjoin=True)
        )
    )
    if partner_id is not None:
        stmt = stmt.where(CommitmentRecord.partner_id == partner_id)
    rows, cursor = await fetch_page(session, stmt, CommitmentRecord.id, params)
    return [CommitmentRead.model_validate(row[0]) for row in rows], cursor


async def commitment_summary(session: AsyncSession, access: CoalitionAccess) -> CommitmentSummary:
    """Every partner with its current level (the latest determination at any meeting)."""
    ranked = (
        select(
            CommitmentRecord.partner_id,
            CommitmentRecord.level,
            CommitmentRecord.points_to_discuss,
            CommitmentRecord.meeting_id,
            CommitmentRecord.recorded_at,
            func.row_number()
            .over(
                partition_by=CommitmentRecord.partner_id,
                order_by=(CommitmentRecord.recorded_at.desc(), CommitmentRecord.id.desc()),
            )
            .label("recency"),
            func.count().over(partition_by=CommitmentRecord.partner_id).label("determinations"),
        )
        .where(CommitmentRecord.coalition_id == access.coalition.id)
        .subquery()
    )
    rows = (
        await session.execute(
            select(
                CoalitionPartner.id.label("partner_id"),
                CoalitionPartner.name.label("partner_name"),
                ranked.c.level,
                func.coalesce(ranked.c.points_to_discuss, "").label("points_to_discuss"),
                ranked.c.meeting_id,
                ranked.c.recorded_at,
                func.coalesce(ranked.c.determinations, 0).label("determinations"),
            )
            .outerjoin(
                ranked, and_(ranked.c.partner_id == CoalitionPartner.id, ranked.c.recency == 1)
            )
            .where(CoalitionPartner.coalition_id == access.coalition.id)
        )
    ).all()
    partners = [PartnerCommitment.model_validate(row) for row in rows]
    partners.sort(
        key=lambda p: (-(LEVEL_RANK[p.level] + 1 if p.level else 0), p.partner_name.casefold())
    )
    by_level = dict.fromkeys(CommitmentLevel, 0)
    for partner in partners:
        if partner.level is not None:
            by_level[partner.level] += 1
    in_force = await _scale(session, _coordinating_organisation(access.coalition))
    counting = {item.level for item in in_force.levels if item.counts_as_commitment}
    return CommitmentSummary(
        partners=partners,
        by_level=by_level,
        undetermined=sum(1 for p in partners if p.level is None),
        committed=sum(count for level, count in by_level.items() if level in counting),
        scale=in_force,
    )


# --- the commitment scale ------------------------------------------------------------------


def _coordinating_organisation(coalition: Coalition) -> ColumnElement[uuid.UUID]:
    """The organisation whose scale a coalition uses: its founding organisation while that
    coordinates it, else the coordinator that joined first (a coalition always has one; the
    founding organisation, which cannot be deleted, stands in should it not)."""
    first_coordinator = (
        select(CoalitionMember.organisation_id)
        .where(
            CoalitionMember.coalition_id == coalition.id,
            CoalitionMember.role == CoalitionRole.coordinator,
        )
        .order_by(
            case(
                (CoalitionMember.organisation_id == coalition.founding_organisation_id, 0),
                else_=1,
            ),
            CoalitionMember.joined_at,
            CoalitionMember.id,
        )
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(first_coordinator, coalition.founding_organisation_id)


async def _scale(
    session: AsyncSession, organisation_id: uuid.UUID | ColumnElement[uuid.UUID]
) -> CommitmentScaleRead:
    """One query: the organisation with its own level settings, if it has them."""
    rows = (
        await session.execute(
            select(Organisation.id, Organisation.name, CommitmentLevelSetting)
            .outerjoin(
                CommitmentLevelSetting, CommitmentLevelSetting.organisation_id == Organisation.id
            )
            .where(Organisation.id == organisation_id)
        )
    ).all()
    own = {row[2].level: row[2] for row in rows if row[2] is not None}
    return CommitmentScaleRead(
        organisation_id=rows[0][0],
        organisation_name=rows[0][1],
        own=bool(own),
        saved_at=max((setting.created_at for setting in own.values()), default=None),
        levels=[
            CommitmentLevelRead.model_validate(own[level])
            if level in own
            else CommitmentLevelRead(
                level=level,
                label=None,
                description=None,
                counts_as_commitment=level in scale.VITAAL_COUNTS,
            )
            for level in CommitmentLevel
        ],
    )


async def organisation_scale(
    session: AsyncSession, organisation_id: uuid.UUID
) -> CommitmentScaleRead:
    return await _scale(session, organisation_id)


async def replace_scale(
    session: AsyncSession, organisation_id: uuid.UUID, data: CommitmentScaleUpdate
) -> CommitmentScaleRead:
    """The organisation's own words for every level; the keys stay, so every determination
    recorded in the coalitions it coordinates now reads with the new names."""
    await organisation_service.lock(session, organisation_id)
    await reset_scale(session, organisation_id)
    now = utcnow()
    session.add_all(
        CommitmentLevelSetting(organisation_id=organisation_id, created_at=now, **item.model_dump())
        for item in data.levels
    )
    await session.flush()
    return await _scale(session, organisation_id)


async def reset_scale(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    """Back to Vitaal's scale."""
    await session.execute(
        delete_where(CommitmentLevelSetting).where(
            CommitmentLevelSetting.organisation_id == organisation_id
        )
    )
    await session.flush()
