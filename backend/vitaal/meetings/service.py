"""Meetings of a coalition: the meeting with its invitations, documents, agenda, minutes,
decisions and next steps, and the chair's commitment determination per partner.

Everyone in the coalition reads; only its coordinators (the kwartiermaker's admins) write, as
for the coalition's partners. Services flush, the request commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.core.db import utc_date, utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.pagination import (
    DatedCursor,
    DatedPageParams,
    PageParams,
    fetch_page,
    newest_first_after,
    split_page,
)
from vitaal.meetings.models import (
    AgendaItem,
    CommitmentLevel,
    CommitmentRecord,
    Meeting,
    MeetingDocument,
    MeetingInvitee,
    MeetingOutcome,
    MeetingOutcomeKind,
    MeetingType,
)
from vitaal.meetings.partner_refs import named_partner, partner_names, require_partner
from vitaal.meetings.patching import apply_sent, refuse_null
from vitaal.meetings.schemas import (
    CommitmentCreate,
    CommitmentRead,
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
from vitaal.partners.models import CoalitionPartner

LEVEL_RANK = {level: rank for rank, level in enumerate(CommitmentLevel)}


# --- meetings ------------------------------------------------------------------------------


async def get_meeting(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID
) -> Meeting:
    meeting = await session.scalar(
        select(Meeting).where(Meeting.id == meeting_id, Meeting.coalition_id == access.coalition.id)
    )
    if meeting is None:
        raise NotFound("Meeting not found.")
    return meeting


async def create_meeting(
    session: AsyncSession, access: CoalitionAccess, user: User, data: MeetingCreate
) -> MeetingRead:
    access.require_manage()
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
    return await meeting_read(session, access, meeting.id)


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


def _invitee_read(invitee: MeetingInvitee, names: dict[uuid.UUID, str]) -> InviteeRead:
    return InviteeRead(
        id=invitee.id,
        partner_id=invitee.partner_id,
        partner_name=names.get(invitee.partner_id) if invitee.partner_id else None,
        person_name=invitee.person_name,
        email=invitee.email,
        has_execution_power=invitee.has_execution_power,
        note=invitee.note,
        attendance=invitee.attendance,
    )


def _agenda_read(item: AgendaItem) -> MeetingAgendaItemRead:
    return MeetingAgendaItemRead(
        id=item.id,
        part=item.part,
        title=item.title,
        description=item.description,
        duration_minutes=item.duration_minutes,
        position=item.position,
    )


def _outcome_read(outcome: MeetingOutcome, names: dict[uuid.UUID, str]) -> MeetingOutcomeRead:
    return MeetingOutcomeRead(
        id=outcome.id,
        kind=outcome.kind,
        description=outcome.description,
        owner_partner_id=outcome.owner_partner_id,
        owner_partner_name=names.get(outcome.owner_partner_id)
        if outcome.owner_partner_id
        else None,
        owner_name=outcome.owner_name,
        due_on=outcome.due_on,
        done=outcome.done,
        created_at=outcome.created_at,
    )


def _commitment_read(record: CommitmentRecord, names: dict[uuid.UUID, str]) -> CommitmentRead:
    return CommitmentRead(
        id=record.id,
        meeting_id=record.meeting_id,
        partner_id=record.partner_id,
        partner_name=names.get(record.partner_id, ""),
        level=record.level,
        points_to_discuss=record.points_to_discuss,
        recorded_by_name=record.recorded_by_name,
        recorded_at=record.recorded_at,
    )


async def meeting_read(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID
) -> MeetingRead:
    """The whole meeting in a fixed number of queries, however long its lists."""
    meeting = await session.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id, Meeting.coalition_id == access.coalition.id)
        .options(
            selectinload(Meeting.invitees),
            selectinload(Meeting.documents),
            selectinload(Meeting.agenda),
            selectinload(Meeting.outcomes),
        )
        .execution_options(populate_existing=True)
    )
    if meeting is None:
        raise NotFound("Meeting not found.")
    commitments = (
        await session.scalars(
            select(CommitmentRecord)
            .where(
                CommitmentRecord.meeting_id == meeting.id,
                CommitmentRecord.coalition_id == access.coalition.id,
            )
            .order_by(CommitmentRecord.recorded_at, CommitmentRecord.id)
        )
    ).all()
    names = await partner_names(
        session,
        access.coalition.id,
        [i.partner_id for i in meeting.invitees]
        + [o.owner_partner_id for o in meeting.outcomes]
        + [c.partner_id for c in commitments],
    )
    return MeetingRead(
        id=meeting.id,
        coalition_id=meeting.coalition_id,
        type=meeting.type,
        status=meeting.status,
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        link=meeting.link,
        chair_name=meeting.chair_name,
        invitee_scope=meeting.invitee_scope,
        invited_by=meeting.invited_by,
        invitation_note=meeting.invitation_note,
        minutes=meeting.minutes,
        invitees=[_invitee_read(i, names) for i in meeting.invitees],
        documents=[
            MeetingDocumentRead(id=d.id, title=d.title, url=d.url) for d in meeting.documents
        ],
        agenda=[_agenda_read(item) for item in meeting.agenda],
        agenda_minutes=sum(item.duration_minutes or 0 for item in meeting.agenda),
        outcomes=[_outcome_read(o, names) for o in meeting.outcomes],
        commitments=[_commitment_read(c, names) for c in commitments],
        created_at=meeting.created_at,
        updated_at=meeting.updated_at,
    )


MEETING_REQUIRED = ("type", "status", "title", "starts_at", "place", "link", "chair_name")
MEETING_FIELDS = (
    *MEETING_REQUIRED,
    "ends_at",
    "invitee_scope",
    "invited_by",
    "invitation_note",
    "minutes",
)


async def update_meeting(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID, data: MeetingUpdate
) -> MeetingRead:
    access.require_manage()
    refuse_null(data, (*MEETING_REQUIRED, "invitation_note", "minutes"))
    meeting = await get_meeting(session, access, meeting_id)
    starts_at = data.starts_at if "starts_at" in data.model_fields_set else meeting.starts_at
    ends_at = data.ends_at if "ends_at" in data.model_fields_set else meeting.ends_at
    check_ends_after(starts_at, ends_at)
    apply_sent(meeting, data, MEETING_FIELDS)
    meeting.updated_at = utcnow()
    await session.flush()
    return await meeting_read(session, access, meeting.id)


async def delete_meeting(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID
) -> None:
    access.require_manage()
    meeting = await get_meeting(session, access, meeting_id)
    await session.delete(meeting)
    await session.flush()


async def _writable_meeting(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID
) -> Meeting:
    access.require_manage()
    return await get_meeting(session, access, meeting_id)


async def _child(
    session: AsyncSession,
    model: Any,
    access: CoalitionAccess,
    meeting: Meeting,
    child_id: uuid.UUID,
    what: str,
) -> Any:
    child = await session.scalar(
        select(model).where(
            model.id == child_id,
            model.meeting_id == meeting.id,
            model.coalition_id == access.coalition.id,
        )
    )
    if child is None:
        raise NotFound(f"{what} not found.")
    return child


async def _touch(meeting: Meeting, session: AsyncSession) -> None:
    meeting.updated_at = utcnow()
    await session.flush()


# --- invitees ------------------------------------------------------------------------------


async def add_invitee(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID, data: InviteeCreate
) -> InviteeRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    names = await named_partner(session, access.coalition.id, data.partner_id, "body.partner_id")
    invitee = MeetingInvitee(
        coalition_id=access.coalition.id,
        meeting_id=meeting.id,
        partner_id=data.partner_id,
        person_name=data.person_name,
        email=data.email,
        has_execution_power=data.has_execution_power,
        note=data.note,
    )
    session.add(invitee)
    await _touch(meeting, session)
    return _invitee_read(invitee, names)


async def update_invitee(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
    data: InviteeUpdate,
) -> InviteeRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    invitee: MeetingInvitee = await _child(
        session, MeetingInvitee, access, meeting, invitee_id, "Invitee"
    )
    refuse_null(data, ("person_name", "email", "note"))
    apply_sent(invitee, data, ("person_name", "email", "has_execution_power", "note", "attendance"))
    if invitee.partner_id is None and not invitee.person_name:
        raise Unprocessable.field("body.person_name", "an invitee without a partner needs a name")
    await _touch(meeting, session)
    names = await partner_names(session, access.coalition.id, [invitee.partner_id])
    return _invitee_read(invitee, names)


async def delete_child(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    model: Any,
    child_id: uuid.UUID,
    what: str,
) -> None:
    meeting = await _writable_meeting(session, access, meeting_id)
    child = await _child(session, model, access, meeting, child_id, what)
    await session.delete(child)
    await _touch(meeting, session)


# --- documents -----------------------------------------------------------------------------


async def add_document(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    data: MeetingDocumentCreate,
) -> MeetingDocumentRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    document = MeetingDocument(
        coalition_id=access.coalition.id, meeting_id=meeting.id, title=data.title, url=data.url
    )
    session.add(document)
    await _touch(meeting, session)
    return MeetingDocumentRead(id=document.id, title=document.title, url=document.url)


# --- agenda --------------------------------------------------------------------------------


async def _agenda(
    session: AsyncSession, access: CoalitionAccess, meeting: Meeting
) -> list[AgendaItem]:
    return list(
        (
            await session.scalars(
                select(AgendaItem)
                .where(
                    AgendaItem.meeting_id == meeting.id,
                    AgendaItem.coalition_id == access.coalition.id,
                )
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        ).all()
    )


def _renumber(items: Sequence[AgendaItem]) -> None:
    for position, item in enumerate(items):
        item.position = position


async def add_agenda_item(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    data: MeetingAgendaItemCreate,
) -> MeetingAgendaItemRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    items = await _agenda(session, access, meeting)
    item = AgendaItem(
        coalition_id=access.coalition.id,
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
    return _agenda_read(item)


async def update_agenda_item(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    item_id: uuid.UUID,
    data: MeetingAgendaItemUpdate,
) -> MeetingAgendaItemRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    item: AgendaItem = await _child(session, AgendaItem, access, meeting, item_id, "Agenda item")
    refuse_null(data, ("title", "description"))
    apply_sent(item, data, ("part", "title", "description", "duration_minutes"))
    await _touch(meeting, session)
    return _agenda_read(item)


async def delete_agenda_item(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID, item_id: uuid.UUID
) -> None:
    meeting = await _writable_meeting(session, access, meeting_id)
    item = await _child(session, AgendaItem, access, meeting, item_id, "Agenda item")
    await session.delete(item)
    await session.flush()
    _renumber(await _agenda(session, access, meeting))
    await _touch(meeting, session)


async def reorder_agenda(
    session: AsyncSession, access: CoalitionAccess, meeting_id: uuid.UUID, data: MeetingAgendaOrder
) -> list[MeetingAgendaItemRead]:
    meeting = await _writable_meeting(session, access, meeting_id)
    items = {item.id: item for item in await _agenda(session, access, meeting)}
    if len(data.item_ids) != len(set(data.item_ids)) or set(data.item_ids) != set(items):
        raise Unprocessable.field(
            "body.item_ids", "must list every agenda item of the meeting exactly once", "mismatch"
        )
    ordered = [items[item_id] for item_id in data.item_ids]
    _renumber(ordered)
    await _touch(meeting, session)
    return [_agenda_read(item) for item in ordered]


# --- decisions and next steps --------------------------------------------------------------


async def add_outcome(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    data: MeetingOutcomeCreate,
) -> MeetingOutcomeRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    names = await named_partner(
        session, access.coalition.id, data.owner_partner_id, "body.owner_partner_id"
    )
    outcome = MeetingOutcome(
        coalition_id=access.coalition.id,
        meeting_id=meeting.id,
        kind=data.kind,
        description=data.description,
        owner_partner_id=data.owner_partner_id,
        owner_name=data.owner_name,
        due_on=data.due_on,
        done=data.done,
    )
    session.add(outcome)
    await _touch(meeting, session)
    return _outcome_read(outcome, names)


async def update_outcome(
    session: AsyncSession,
    access: CoalitionAccess,
    meeting_id: uuid.UUID,
    outcome_id: uuid.UUID,
    data: MeetingOutcomeUpdate,
) -> MeetingOutcomeRead:
    meeting = await _writable_meeting(session, access, meeting_id)
    outcome: MeetingOutcome = await _child(
        session, MeetingOutcome, access, meeting, outcome_id, "Decision or next step"
    )
    refuse_null(data, ("kind", "description", "owner_name", "done"))
    if data.owner_partner_id is not None:
        await require_partner(
            session, access.coalition.id, data.owner_partner_id, "body.owner_partner_id"
        )
    apply_sent(
        outcome, data, ("kind", "description", "owner_partner_id", "owner_name", "due_on", "done")
    )
    await _touch(meeting, session)
    names = await partner_names(session, access.coalition.id, [outcome.owner_partner_id])
    return _outcome_read(outcome, names)


# --- commitment ----------------------------------------------------------------------------


async def record_commitment(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    meeting_id: uuid.UUID,
    data: CommitmentCreate,
) -> CommitmentRead:
    """The chair states where a partner stands; kept as history, never edited."""
    meeting = await _writable_meeting(session, access, meeting_id)
    name = await require_partner(session, access.coalition.id, data.partner_id, "body.partner_id")
    record = CommitmentRecord(
        coalition_id=access.coalition.id,
        meeting_id=meeting.id,
        partner_id=data.partner_id,
        level=data.level,
        points_to_discuss=data.points_to_discuss,
        recorded_by_id=user.id,
        recorded_by_name=user.name,
        recorded_at=utcnow(),
    )
    session.add(record)
    await _touch(meeting, session)
    return _commitment_read(record, {data.partner_id: name})


async def commitment_history(
    session: AsyncSession,
    access: CoalitionAccess,
    params: PageParams,
    partner_id: uuid.UUID | None = None,
) -> tuple[list[CommitmentRead], str | None]:
    """Every determination across the coalition's meetings, oldest first."""
    stmt = (
        select(CommitmentRecord, CoalitionPartner.name)
        .join(CoalitionPartner, CoalitionPartner.id == CommitmentRecord.partner_id)
        .where(CommitmentRecord.coalition_id == access.coalition.id)
    )
    if partner_id is not None:
        stmt = stmt.where(CommitmentRecord.partner_id == partner_id)
    rows, cursor = await fetch_page(session, stmt, CommitmentRecord.id, params)
    return [_commitment_read(record, {record.partner_id: name}) for record, name in rows], cursor


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
                CoalitionPartner.id,
                CoalitionPartner.name,
                ranked.c.level,
                ranked.c.points_to_discuss,
                ranked.c.meeting_id,
                ranked.c.recorded_at,
                ranked.c.determinations,
            )
            .outerjoin(
                ranked, and_(ranked.c.partner_id == CoalitionPartner.id, ranked.c.recency == 1)
            )
            .where(CoalitionPartner.coalition_id == access.coalition.id)
        )
    ).all()
    partners = [
        PartnerCommitment(
            partner_id=row.id,
            partner_name=row.name,
            level=row.level,
            points_to_discuss=row.points_to_discuss or "",
            meeting_id=row.meeting_id,
            recorded_at=row.recorded_at,
            determinations=row.determinations or 0,
        )
        for row in rows
    ]
    partners.sort(
        key=lambda p: (-(LEVEL_RANK[p.level] + 1 if p.level else 0), p.partner_name.casefold())
    )
    by_level = dict.fromkeys(CommitmentLevel, 0)
    for partner in partners:
        if partner.level is not None:
            by_level[partner.level] += 1
    return CommitmentSummary(
        partners=partners,
        by_level=by_level,
        undetermined=sum(1 for p in partners if p.level is None),
    )
