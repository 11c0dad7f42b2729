from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import (
    CoalitionDep,
    CoalitionManagerDep,
    OrganisationAdminDep,
    OrganisationDep,
)
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import DatedPageDep, Page, PageDep
from vitaal.meetings import service
from vitaal.meetings.deps import (
    AgendaItemDep,
    DocumentDep,
    InviteeDep,
    ManagedMeetingDep,
    MeetingDep,
    OutcomeDep,
)
from vitaal.meetings.models import MeetingType as MeetingTypeEnum
from vitaal.meetings.schemas import (
    AgendaTemplateItem,
    CommitmentCreate,
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
)
from vitaal.meetings.template import AgendaLanguage, agenda_template

router = APIRouter(
    prefix="/coalitions/{coalition_id}",
    tags=["meetings"],
    responses=problem_responses(401, 403, 404, 422),
)

scale_router = APIRouter(
    prefix="/organisations/{organisation_id}/commitment-levels",
    tags=["meetings"],
    responses=problem_responses(401, 403, 404, 422),
)

MeetingPath = "/meetings/{meeting_id}"


@router.get(
    "/meeting-templates/{meeting_type}",
    response_model=list[AgendaTemplateItem],
    summary="The seed's programme for a type of meeting: vision, central part, conclusion, closing",
)
async def get_meeting_template(
    meeting_type: MeetingTypeEnum,
    access: CoalitionDep,
    language: Annotated[AgendaLanguage, Query()] = AgendaLanguage.nl,
) -> list[AgendaTemplateItem]:
    return [
        AgendaTemplateItem.model_validate(item) for item in agenda_template(meeting_type, language)
    ]


@router.post(
    "/meetings",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingRead,
    summary="Plan a meeting, optionally with the seed's agenda (coordinator)",
)
async def create_meeting(
    data: MeetingCreate, access: CoalitionManagerDep, session: SessionDep, user: CurrentUser
) -> MeetingRead:
    return await service.create_meeting(session, access, user, data)


@router.get(
    "/meetings",
    response_model=Page[MeetingSummary],
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
    summary="One meeting with invitees, documents, agenda, decisions and commitment",
)
async def get_meeting(meeting: MeetingDep, session: SessionDep) -> MeetingRead:
    return await service.meeting_read(session, meeting)


@router.patch(
    MeetingPath,
    response_model=MeetingRead,
    summary="Change a meeting, its invitation choices or its minutes (coordinator)",
)
async def update_meeting(
    meeting: ManagedMeetingDep, data: MeetingUpdate, session: SessionDep
) -> MeetingRead:
    return await service.update_meeting(session, meeting, data)


@router.delete(
    MeetingPath,
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a meeting with its invitees, documents, agenda and outcomes (coordinator)",
    description="Refused (409) once commitments were recorded at it: they are history.",
    responses=problem_responses(409),
)
async def delete_meeting(meeting: ManagedMeetingDep, session: SessionDep) -> None:
    await service.delete_meeting(session, meeting)


@router.post(
    MeetingPath + "/invitees",
    status_code=status.HTTP_201_CREATED,
    response_model=InviteeRead,
    summary="Invite a partner and/or a person (coordinator)",
)
async def create_invitee(
    meeting: ManagedMeetingDep, data: InviteeCreate, session: SessionDep
) -> InviteeRead:
    return await service.add_invitee(session, meeting, data)


@router.patch(
    MeetingPath + "/invitees/{invitee_id}",
    response_model=InviteeRead,
    summary="Change an invitee or record attendance (coordinator)",
)
async def update_invitee(
    meeting: ManagedMeetingDep, invitee: InviteeDep, data: InviteeUpdate, session: SessionDep
) -> InviteeRead:
    return await service.update_invitee(session, meeting, invitee, data)


@router.delete(
    MeetingPath + "/invitees/{invitee_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Withdraw an invitation (coordinator)",
)
async def delete_invitee(
    meeting: ManagedMeetingDep, invitee: InviteeDep, session: SessionDep
) -> None:
    await service.delete_child(session, meeting, invitee)


@router.post(
    MeetingPath + "/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingDocumentRead,
    summary="Add a document sent beforehand (coordinator)",
)
async def create_document(
    meeting: ManagedMeetingDep, data: MeetingDocumentCreate, session: SessionDep
) -> MeetingDocumentRead:
    return await service.add_document(session, meeting, data)


@router.delete(
    MeetingPath + "/documents/{document_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a document (coordinator)",
)
async def delete_document(
    meeting: ManagedMeetingDep, document: DocumentDep, session: SessionDep
) -> None:
    await service.delete_child(session, meeting, document)


@router.post(
    MeetingPath + "/agenda",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingAgendaItemRead,
    summary="Add an agenda item, at the end or at a position (coordinator)",
)
async def create_agenda_item(
    meeting: ManagedMeetingDep, data: MeetingAgendaItemCreate, session: SessionDep
) -> MeetingAgendaItemRead:
    return await service.add_agenda_item(session, meeting, data)


@router.put(
    MeetingPath + "/agenda/order",
    response_model=list[MeetingAgendaItemRead],
    summary="Put the agenda items in a new order (coordinator)",
)
async def reorder_agenda(
    meeting: ManagedMeetingDep, data: MeetingAgendaOrder, session: SessionDep
) -> list[MeetingAgendaItemRead]:
    return await service.reorder_agenda(session, meeting, data)


@router.patch(
    MeetingPath + "/agenda/{item_id}",
    response_model=MeetingAgendaItemRead,
    summary="Change an agenda item (coordinator)",
)
async def update_agenda_item(
    meeting: ManagedMeetingDep,
    item: AgendaItemDep,
    data: MeetingAgendaItemUpdate,
    session: SessionDep,
) -> MeetingAgendaItemRead:
    return await service.update_agenda_item(session, meeting, item, data)


@router.delete(
    MeetingPath + "/agenda/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an agenda item (coordinator)",
)
async def delete_agenda_item(
    meeting: ManagedMeetingDep, item: AgendaItemDep, session: SessionDep
) -> None:
    await service.delete_agenda_item(session, meeting, item)


@router.post(
    MeetingPath + "/outcomes",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingOutcomeRead,
    summary="Record a decision or a next step with owner and due date (coordinator)",
)
async def create_outcome(
    meeting: ManagedMeetingDep, data: MeetingOutcomeCreate, session: SessionDep
) -> MeetingOutcomeRead:
    return await service.add_outcome(session, meeting, data)


@router.patch(
    MeetingPath + "/outcomes/{outcome_id}",
    response_model=MeetingOutcomeRead,
    summary="Change a decision or next step, or mark it done (coordinator)",
)
async def update_outcome(
    meeting: ManagedMeetingDep,
    outcome: OutcomeDep,
    data: MeetingOutcomeUpdate,
    session: SessionDep,
) -> MeetingOutcomeRead:
    return await service.update_outcome(session, meeting, outcome, data)


@router.delete(
    MeetingPath + "/outcomes/{outcome_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a decision or next step (coordinator)",
)
async def delete_outcome(
    meeting: ManagedMeetingDep, outcome: OutcomeDep, session: SessionDep
) -> None:
    await service.delete_child(session, meeting, outcome)


@router.post(
    MeetingPath + "/commitments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommitmentRead,
    summary="The chair records a partner's level of commitment (coordinator)",
    description="Kept as history: the latest determination per partner is its current level.",
)
async def create_commitment(
    meeting: ManagedMeetingDep, data: CommitmentCreate, session: SessionDep, user: CurrentUser
) -> CommitmentRead:
    return await service.record_commitment(session, meeting, user, data)


@router.get(
    "/commitments",
    response_model=CommitmentSummary,
    summary="Every partner's current commitment level across the coalition's meetings",
)
async def get_commitment_summary(access: CoalitionDep, session: SessionDep) -> CommitmentSummary:
    return await service.commitment_summary(session, access)


@router.get(
    "/commitments/history",
    response_model=Page[CommitmentRead],
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


# --- an organisation's commitment scale (a Vitaal rule, not from the method) ----------------


@scale_router.get(
    "",
    response_model=CommitmentScaleRead,
    summary="The commitment levels in the organisation's words, or Vitaal's",
    description="The coalitions the organisation coordinates determine commitment on this "
    "scale. The four keys and their order are fixed; the names, descriptions and which levels "
    "count as commitment are the organisation's.",
)
async def get_commitment_levels(
    access: OrganisationDep, session: SessionDep
) -> CommitmentScaleRead:
    return await service.organisation_scale(session, access.organisation.id)


@scale_router.put(
    "",
    response_model=CommitmentScaleRead,
    summary="Name and describe every level, and say which count as commitment (admin)",
    description="Recorded determinations keep their level; they read with the new names.",
)
async def replace_commitment_levels(
    data: CommitmentScaleUpdate, access: OrganisationAdminDep, session: SessionDep
) -> CommitmentScaleRead:
    return await service.replace_scale(session, access.organisation.id, data)


@scale_router.delete(
    "",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Go back to Vitaal's commitment levels (admin)",
)
async def reset_commitment_levels(access: OrganisationAdminDep, session: SessionDep) -> None:
    await service.reset_scale(session, access.organisation.id)
