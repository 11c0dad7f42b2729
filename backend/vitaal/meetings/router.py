from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import CoalitionDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import DatedPageDep, Page, PageDep
from vitaal.meetings import service
from vitaal.meetings.models import MeetingDocument, MeetingInvitee, MeetingOutcome
from vitaal.meetings.models import MeetingType as MeetingTypeEnum
from vitaal.meetings.schemas import (
    AgendaTemplateItem,
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
)
from vitaal.meetings.template import AgendaLanguage, agenda_template

router = APIRouter(prefix="/coalitions/{coalition_id}", tags=["meetings"])

READ = problem_responses(401, 404)
LIST = problem_responses(401, 404, 422)
WRITE = problem_responses(401, 403, 404, 422)
DELETE = problem_responses(401, 403, 404)
MeetingPath = "/meetings/{meeting_id}"


@router.get(
    "/meeting-templates/{meeting_type}",
    response_model=list[AgendaTemplateItem],
    responses=LIST,
    summary="The seed's programme for a type of meeting: vision, central part, conclusion, closing",
)
async def get_meeting_template(
    meeting_type: MeetingTypeEnum,
    access: CoalitionDep,
    language: Annotated[AgendaLanguage, Query()] = AgendaLanguage.nl,
) -> list[AgendaTemplateItem]:
    return [
        AgendaTemplateItem(
            part=item.part,
            title=item.title,
            description=item.description,
            duration_minutes=item.duration_minutes,
        )
        for item in agenda_template(meeting_type, language)
    ]


@router.post(
    "/meetings",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingRead,
    responses=WRITE,
    summary="Plan a meeting, optionally with the seed's agenda (coordinator)",
)
async def create_meeting(
    data: MeetingCreate, access: CoalitionDep, session: SessionDep, user: CurrentUser
) -> MeetingRead:
    return await service.create_meeting(session, access, user, data)


@router.get(
    "/meetings",
    response_model=Page[MeetingSummary],
    responses=LIST,
    summary="The coalition's meetings, newest first",
)
async def list_meetings(
    access: CoalitionDep,
    session: SessionDep,
    page: DatedPageDep,
    type: Annotated[MeetingTypeEnum | None, Query()] = None,
) -> Page[MeetingSummary]:
    items, cursor = await service.list_meetings(session, access, page, type)
    return Page(items=items, next_cursor=cursor)


@router.get(
    MeetingPath,
    response_model=MeetingRead,
    responses=READ,
    summary="One meeting with invitees, documents, agenda, decisions and commitment",
)
async def get_meeting(
    meeting_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> MeetingRead:
    return await service.meeting_read(session, access, meeting_id)


@router.patch(
    MeetingPath,
    response_model=MeetingRead,
    responses=WRITE,
    summary="Change a meeting, its invitation choices or its minutes (coordinator)",
)
async def update_meeting(
    meeting_id: uuid.UUID, data: MeetingUpdate, access: CoalitionDep, session: SessionDep
) -> MeetingRead:
    return await service.update_meeting(session, access, meeting_id, data)


@router.delete(
    MeetingPath,
    status_code=status.HTTP_204_NO_CONTENT,
    responses=DELETE,
    summary="Delete a meeting with everything recorded at it (coordinator)",
)
async def delete_meeting(meeting_id: uuid.UUID, access: CoalitionDep, session: SessionDep) -> None:
    await service.delete_meeting(session, access, meeting_id)


@router.post(
    MeetingPath + "/invitees",
    status_code=status.HTTP_201_CREATED,
    response_model=InviteeRead,
    responses=WRITE,
    summary="Invite a partner and/or a person (coordinator)",
)
async def create_invitee(
    meeting_id: uuid.UUID, data: InviteeCreate, access: CoalitionDep, session: SessionDep
) -> InviteeRead:
    return await service.add_invitee(session, access, meeting_id, data)


@router.patch(
    MeetingPath + "/invitees/{invitee_id}",
    response_model=InviteeRead,
    responses=WRITE,
    summary="Change an invitee or record attendance (coordinator)",
)
async def update_invitee(
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
    data: InviteeUpdate,
    access: CoalitionDep,
    session: SessionDep,
) -> InviteeRead:
    return await service.update_invitee(session, access, meeting_id, invitee_id, data)


@router.delete(
    MeetingPath + "/invitees/{invitee_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=DELETE,
    summary="Withdraw an invitation (coordinator)",
)
async def delete_invitee(
    meeting_id: uuid.UUID, invitee_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> None:
    await service.delete_child(session, access, meeting_id, MeetingInvitee, invitee_id, "Invitee")


@router.post(
    MeetingPath + "/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingDocumentRead,
    responses=WRITE,
    summary="Add a document sent beforehand (coordinator)",
)
async def create_document(
    meeting_id: uuid.UUID, data: MeetingDocumentCreate, access: CoalitionDep, session: SessionDep
) -> MeetingDocumentRead:
    return await service.add_document(session, access, meeting_id, data)


@router.delete(
    MeetingPath + "/documents/{document_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=DELETE,
    summary="Remove a document (coordinator)",
)
async def delete_document(
    meeting_id: uuid.UUID, document_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> None:
    await service.delete_child(
        session, access, meeting_id, MeetingDocument, document_id, "Document"
    )


@router.post(
    MeetingPath + "/agenda",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingAgendaItemRead,
    responses=WRITE,
    summary="Add an agenda item, at the end or at a position (coordinator)",
)
async def create_agenda_item(
    meeting_id: uuid.UUID, data: MeetingAgendaItemCreate, access: CoalitionDep, session: SessionDep
) -> MeetingAgendaItemRead:
    return await service.add_agenda_item(session, access, meeting_id, data)


@router.put(
    MeetingPath + "/agenda/order",
    response_model=list[MeetingAgendaItemRead],
    responses=WRITE,
    summary="Put the agenda items in a new order (coordinator)",
)
async def reorder_agenda(
    meeting_id: uuid.UUID, data: MeetingAgendaOrder, access: CoalitionDep, session: SessionDep
) -> list[MeetingAgendaItemRead]:
    return await service.reorder_agenda(session, access, meeting_id, data)


@router.patch(
    MeetingPath + "/agenda/{item_id}",
    response_model=MeetingAgendaItemRead,
    responses=WRITE,
    summary="Change an agenda item (coordinator)",
)
async def update_agenda_item(
    meeting_id: uuid.UUID,
    item_id: uuid.UUID,
    data: MeetingAgendaItemUpdate,
    access: CoalitionDep,
    session: SessionDep,
) -> MeetingAgendaItemRead:
    return await service.update_agenda_item(session, access, meeting_id, item_id, data)


@router.delete(
    MeetingPath + "/agenda/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=DELETE,
    summary="Remove an agenda item (coordinator)",
)
async def delete_agenda_item(
    meeting_id: uuid.UUID, item_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> None:
    await service.delete_agenda_item(session, access, meeting_id, item_id)


@router.post(
    MeetingPath + "/outcomes",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingOutcomeRead,
    responses=WRITE,
    summary="Record a decision or a next step with owner and due date (coordinator)",
)
async def create_outcome(
    meeting_id: uuid.UUID, data: MeetingOutcomeCreate, access: CoalitionDep, session: SessionDep
) -> MeetingOutcomeRead:
    return await service.add_outcome(session, access, meeting_id, data)


@router.patch(
    MeetingPath + "/outcomes/{outcome_id}",
    response_model=MeetingOutcomeRead,
    responses=WRITE,
    summary="Change a decision or next step, or mark it done (coordinator)",
)
async def update_outcome(
    meeting_id: uuid.UUID,
    outcome_id: uuid.UUID,
    data: MeetingOutcomeUpdate,
    access: CoalitionDep,
    session: SessionDep,
) -> MeetingOutcomeRead:
    return await service.update_outcome(session, access, meeting_id, outcome_id, data)


@router.delete(
    MeetingPath + "/outcomes/{outcome_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=DELETE,
    summary="Remove a decision or next step (coordinator)",
)
async def delete_outcome(
    meeting_id: uuid.UUID, outcome_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> None:
    await service.delete_child(
        session, access, meeting_id, MeetingOutcome, outcome_id, "Decision or next step"
    )


@router.post(
    MeetingPath + "/commitments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommitmentRead,
    responses=WRITE,
    summary="The chair records a partner's level of commitment (coordinator)",
    description="Kept as history: the latest determination per partner is its current level.",
)
async def create_commitment(
    meeting_id: uuid.UUID,
    data: CommitmentCreate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> CommitmentRead:
    return await service.record_commitment(session, access, user, meeting_id, data)


@router.get(
    "/commitments",
    response_model=CommitmentSummary,
    responses=READ,
    summary="Every partner's current commitment level across the coalition's meetings",
)
async def get_commitment_summary(access: CoalitionDep, session: SessionDep) -> CommitmentSummary:
    return await service.commitment_summary(session, access)


@router.get(
    "/commitments/history",
    response_model=Page[CommitmentRead],
    responses=LIST,
    summary="Every commitment determination, oldest first",
)
async def list_commitment_history(
    access: CoalitionDep,
    session: SessionDep,
    page: PageDep,
    partner_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[CommitmentRead]:
    items, cursor = await service.commitment_history(session, access, page, partner_id)
    return Page(items=items, next_cursor=cursor)
