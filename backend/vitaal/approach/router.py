from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, status
from fastapi.responses import HTMLResponse

from vitaal.access import OrganisationDep
from vitaal.agreements.markdown import render_markdown
from vitaal.approach import export, service
from vitaal.approach.deps import AgendaItemDep, PolicyLinkDep, ReputationActionDep
from vitaal.approach.models import (
    IssueAgendaItem,
    IssuePolicyLink,
    ReputationAction,
)
from vitaal.approach.schemas import (
    AgendaItemCreate,
    AgendaItemRead,
    AgendaItemUpdate,
    IssueCoalitionRead,
    PaperPreview,
    PaperPreviewIn,
    PaperVersionRead,
    PaperVersionSummary,
    PolicyLinkCreate,
    PolicyLinkRead,
    PolicyLinkUpdate,
    PositionPaperRead,
    PositionPaperSave,
    ReputationActionCreate,
    ReputationActionRead,
    ReputationActionUpdate,
    StartCoalition,
    StartCoalitionResult,
)
from vitaal.auth.deps import CurrentUser
from vitaal.communication import service as communication_service
from vitaal.communication.deps import EditableCommunicationDep
from vitaal.communication.schemas import (
    CommunicationCreate,
    CommunicationRead,
    CommunicationUpdate,
)
from vitaal.core.db import SessionDep, utcnow
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.issues.deps import IssueDep

router = APIRouter(
    prefix="/organisations/{organisation_id}/issues/{issue_id}",
    tags=["approach"],
    responses=problem_responses(401, 403, 404, 409, 422),
)


# --- inside: agenda items -------------------------------------------------------------------


@router.get(
    "/agenda-items",
    response_model=Page[AgendaItemRead],
    summary="Where and when the issue is on the agenda inside the organisation",
)
async def list_agenda_items(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[AgendaItemRead]:
    rows, cursor = await service.list_children(session, IssueAgendaItem, issue, page)
    return Page(
        items=[AgendaItemRead.model_validate(r) for r in rows],
        next_cursor=cursor,
    )


@router.post(
    "/agenda-items",
    status_code=status.HTTP_201_CREATED,
    response_model=AgendaItemRead,
    summary="Put the issue on an agenda (board, members' meeting, working group)",
)
async def create_agenda_item(
    data: AgendaItemCreate, issue: IssueDep, session: SessionDep
) -> AgendaItemRead:
    row = await service.add_child(session, issue, IssueAgendaItem(**data.model_dump()))
    return AgendaItemRead.model_validate(row)


@router.patch(
    "/agenda-items/{item_id}",
    response_model=AgendaItemRead,
    summary="Change an agenda item (e.g. mark it discussed)",
)
async def update_agenda_item(
    data: AgendaItemUpdate, item: AgendaItemDep, session: SessionDep
) -> AgendaItemRead:
    return AgendaItemRead.model_validate(await service.update_child(session, item, data))


@router.delete(
    "/agenda-items/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an agenda item",
)
async def delete_agenda_item(item: AgendaItemDep, session: SessionDep) -> None:
    await service.delete_child(session, item)


# --- inside: links to internal policy -------------------------------------------------------


@router.get(
    "/policy-links",
    response_model=Page[PolicyLinkRead],
    summary="Internal policy the issue connects to",
)
async def list_policy_links(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[PolicyLinkRead]:
    rows, cursor = await service.list_children(session, IssuePolicyLink, issue, page)
    return Page(
        items=[PolicyLinkRead.model_validate(r) for r in rows],
        next_cursor=cursor,
    )


@router.post(
    "/policy-links",
    status_code=status.HTTP_201_CREATED,
    response_model=PolicyLinkRead,
    summary="Link the issue to internal policy (title, address, notes)",
)
async def create_policy_link(
    data: PolicyLinkCreate, issue: IssueDep, session: SessionDep
) -> PolicyLinkRead:
    row = await service.add_child(session, issue, IssuePolicyLink(**data.model_dump()))
    return PolicyLinkRead.model_validate(row)


@router.patch(
    "/policy-links/{policy_link_id}",
    response_model=PolicyLinkRead,
    summary="Change a policy link",
)
async def update_policy_link(
    data: PolicyLinkUpdate, link: PolicyLinkDep, session: SessionDep
) -> PolicyLinkRead:
    return PolicyLinkRead.model_validate(await service.update_child(session, link, data))


@router.delete(
    "/policy-links/{policy_link_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a policy link",
)
async def delete_policy_link(link: PolicyLinkDep, session: SessionDep) -> None:
    await service.delete_child(session, link)


# --- outside: reputation management ---------------------------------------------------------


@router.get(
    "/reputation-actions",
    response_model=Page[ReputationActionRead],
    summary="Reputation actions: proactive on core risks, building reserve, protecting",
)
async def list_reputation_actions(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[ReputationActionRead]:
    rows, cursor = await service.list_children(session, ReputationAction, issue, page)
    return Page(
        items=[ReputationActionRead.model_validate(r) for r in rows],
        next_cursor=cursor,
    )


@router.post(
    "/reputation-actions",
    status_code=status.HTTP_201_CREATED,
    response_model=ReputationActionRead,
    summary="Plan a reputation action",
)
async def create_reputation_action(
    data: ReputationActionCreate, issue: IssueDep, session: SessionDep
) -> ReputationActionRead:
    row = await service.add_child(session, issue, ReputationAction(**data.model_dump()))
    return ReputationActionRead.model_validate(row)


@router.patch(
    "/reputation-actions/{action_id}",
    response_model=ReputationActionRead,
    summary="Change a reputation action",
)
async def update_reputation_action(
    data: ReputationActionUpdate, action: ReputationActionDep, session: SessionDep
) -> ReputationActionRead:
    row = await service.update_child(session, action, data)
    return ReputationActionRead.model_validate(row)


@router.delete(
    "/reputation-actions/{action_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a reputation action",
)
async def delete_reputation_action(action: ReputationActionDep, session: SessionDep) -> None:
    await service.delete_child(session, action)


# --- communication plan (external, or of a crisis protocol) ---------------------------------


@router.get(
    "/communications",
    response_model=Page[CommunicationRead],
    summary="The communication plan: the issue's external plan, or a crisis protocol's plan",
)
async def list_communications(
    issue: IssueDep,
    session: SessionDep,
    page: PageDep,
    protocol_id: Annotated[
        uuid.UUID | None,
        Query(description="A crisis protocol's plan; left out: the issue's external plan."),
    ] = None,
) -> Page[CommunicationRead]:
    rows, cursor = await communication_service.list_page(session, issue, protocol_id, page)
    return Page(
        items=[CommunicationRead.model_validate(r) for r in rows],
        next_cursor=cursor,
    )


@router.post(
    "/communications",
    status_code=status.HTTP_201_CREATED,
    response_model=CommunicationRead,
    summary="Add a line to a communication plan (audience, message, channel, date, owner)",
)
async def create_communication(
    data: CommunicationCreate, issue: IssueDep, session: SessionDep
) -> CommunicationRead:
    row = await communication_service.create(session, issue, data)
    return CommunicationRead.model_validate(row)


@router.patch(
    "/communications/{communication_id}",
    response_model=CommunicationRead,
    summary="Change a line of a communication plan (e.g. mark it sent)",
)
async def update_communication(
    data: CommunicationUpdate, item: EditableCommunicationDep, session: SessionDep
) -> CommunicationRead:
    return CommunicationRead.model_validate(await communication_service.update(session, item, data))


@router.delete(
    "/communications/{communication_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a line of a communication plan",
)
async def delete_communication(item: EditableCommunicationDep, session: SessionDep) -> None:
    await communication_service.delete(session, item)


# --- position paper -------------------------------------------------------------------------


@router.get(
    "/position-paper",
    response_model=PositionPaperRead,
    summary="The latest version of the issue's position paper",
)
async def get_position_paper(issue: IssueDep, session: SessionDep) -> PositionPaperRead:
    return await service.position_paper(session, issue)


@router.post(
    "/position-paper/preview",
    response_model=PaperPreview,
    summary="Render markdown as the position paper shows it (nothing is stored)",
)
async def preview_position_paper(data: PaperPreviewIn, issue: IssueDep) -> PaperPreview:
    return PaperPreview(html=render_markdown(data.content))


@router.post(
    "/position-paper/versions",
    status_code=status.HTTP_201_CREATED,
    response_model=PaperVersionRead,
    summary="Save the position paper: a changed text becomes a new version",
)
async def save_position_paper(
    data: PositionPaperSave, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> PaperVersionRead:
    return service.version_read(await service.save_position_paper(session, issue, user, data))


@router.get(
    "/position-paper/versions",
    response_model=Page[PaperVersionSummary],
    summary="Every version of the position paper, oldest first",
)
async def list_paper_versions(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[PaperVersionSummary]:
    items, cursor = await service.list_versions(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/position-paper/versions/{number}",
    response_model=PaperVersionRead,
    summary="One version of the position paper",
)
async def get_paper_version(number: int, issue: IssueDep, session: SessionDep) -> PaperVersionRead:
    return service.version_read(await service.get_version(session, issue, number))


@router.get(
    "/position-paper/export",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}, "description": "A printable HTML page"}},
    summary="The position paper as a clean printable page",
)
async def export_position_paper(
    issue: IssueDep,
    access: OrganisationDep,
    session: SessionDep,
    version: Annotated[
        int | None, Query(ge=1, description="A version number; the latest when left out.")
    ] = None,
    lang: Annotated[Literal["nl", "en"], Query(description="Language of the labels.")] = "nl",
) -> HTMLResponse:
    paper = await service.position_paper(session, issue)
    chosen = (
        paper.current
        if paper.current is not None and version in (None, paper.current.number)
        # No version yet (404), or an earlier one.
        else service.version_read(await service.get_version(session, issue, version or 1))
    )
    page = export.render_page(
        chosen, paper.version_count, issue.title, access.organisation.name, lang, utcnow()
    )
    return HTMLResponse(
        page,
        headers={
            "Content-Security-Policy": export.CONTENT_SECURITY_POLICY,
            "Cache-Control": "no-store",
        },
    )


# --- seeking partners -----------------------------------------------------------------------


@router.get(
    "/coalitions",
    response_model=Page[IssueCoalitionRead],
    summary="Coalitions started or linked from the issue",
)
async def list_issue_coalitions(
    issue: IssueDep, session: SessionDep, page: PageDep
) -> Page[IssueCoalitionRead]:
    items, cursor = await service.list_coalitions(session, issue, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/start-coalition",
    response_model=StartCoalitionResult,
    summary="Seek partners: start a coalition or link one, with the stakeholders as partners",
    description="A new coalition is founded and coordinated by the issue's organisation (this "
    "needs its admin role). Either way the issue's stakeholders that are not yet partners of "
    "the coalition are added as potential partners; partners already there are left alone.",
)
async def start_coalition(
    data: StartCoalition, issue: IssueDep, session: SessionDep, user: CurrentUser
) -> StartCoalitionResult:
    return await service.start_coalition(session, issue, user, data)
