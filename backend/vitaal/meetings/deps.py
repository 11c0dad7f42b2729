"""A meeting's path ids resolved to rows: 404 for what is not in the caller's coalition.

Everyone in the coalition reads a meeting (``MeetingDep``); changing it, or anything recorded
at it, is for the coordinators (``ManagedMeetingDep`` and the children below, which all serve
writes). The role is checked after the coalition, so a stranger still gets 404.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends
from sqlalchemy.orm import joinedload

from vitaal.access import CoalitionDep, CoalitionManagerDep
from vitaal.core.db import SessionDep
from vitaal.meetings import service
from vitaal.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingDocument,
    MeetingInvitee,
    MeetingOutcome,
)


async def valid_meeting(
    meeting_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> Meeting:
    return await service.get_meeting(session, access.coalition.id, meeting_id)


async def managed_meeting(
    meeting_id: uuid.UUID, access: CoalitionManagerDep, session: SessionDep
) -> Meeting:
    return await service.get_meeting(session, access.coalition.id, meeting_id)


MeetingDep = Annotated[Meeting, Depends(valid_meeting, scope="function")]
ManagedMeetingDep = Annotated[Meeting, Depends(managed_meeting, scope="function")]


async def valid_invitee(
    invitee_id: uuid.UUID, meeting: ManagedMeetingDep, session: SessionDep
) -> MeetingInvitee:
    return await service.get_child(
        session,
        MeetingInvitee,
        meeting,
        invitee_id,
        "Invitee",
        joinedload(service.in_coalition(MeetingInvitee.partner, meeting.coalition_id)),
    )


async def valid_document(
    document_id: uuid.UUID, meeting: ManagedMeetingDep, session: SessionDep
) -> MeetingDocument:
    return await service.get_child(session, MeetingDocument, meeting, document_id, "Document")


async def valid_agenda_item(
    item_id: uuid.UUID, meeting: ManagedMeetingDep, session: SessionDep
) -> AgendaItem:
    return await service.get_child(session, AgendaItem, meeting, item_id, "Agenda item")


async def valid_outcome(
    outcome_id: uuid.UUID, meeting: ManagedMeetingDep, session: SessionDep
) -> MeetingOutcome:
    return await service.get_child(
        session,
        MeetingOutcome,
        meeting,
        outcome_id,
        "Decision or next step",
        joinedload(service.in_coalition(MeetingOutcome.owner_partner, meeting.coalition_id)),
    )


InviteeDep = Annotated[MeetingInvitee, Depends(valid_invitee, scope="function")]
DocumentDep = Annotated[MeetingDocument, Depends(valid_document, scope="function")]
AgendaItemDep = Annotated[AgendaItem, Depends(valid_agenda_item, scope="function")]
OutcomeDep = Annotated[MeetingOutcome, Depends(valid_outcome, scope="function")]
