from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response, status
from fastapi.responses import HTMLResponse

from vitaal.access import CoalitionDep
from vitaal.agreements import export, service
from vitaal.agreements.markdown import APP_HEADING_SHIFT, render_markdown
from vitaal.agreements.models import OptionKind
from vitaal.agreements.schemas import (
    AgreementCreate,
    AgreementOptionIn,
    AgreementOptionUpdate,
    AgreementRead,
    AgreementSummary,
    AgreementUpdate,
    ChoiceIn,
    FoundingCreate,
    FoundingState,
    PreviewIn,
    PreviewOut,
    SendForSignature,
    SignOffCreate,
    VersionCreate,
    VersionDiff,
    VersionRead,
    VersionSummary,
)
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep, utcnow
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep

router = APIRouter(prefix="/coalitions/{coalition_id}", tags=["agreements"])

AgreementId = Annotated[uuid.UUID, Path()]
VersionNumber = Annotated[int, Path(ge=1)]


@router.get(
    "/agreements",
    response_model=Page[AgreementSummary],
    responses=problem_responses(401, 404, 422),
    summary="The coalition's agreements with their signature status",
)
async def list_agreements(
    access: CoalitionDep, session: SessionDep, page: PageDep
) -> Page[AgreementSummary]:
    items, cursor = await service.list_agreements(session, access, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/agreements",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Write an agreement (coordinator); its text becomes version 1",
)
async def create_agreement(
    data: AgreementCreate, access: CoalitionDep, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await service.create_agreement(session, access, user, data)


@router.post(
    "/agreements/preview",
    response_model=PreviewOut,
    responses=problem_responses(401, 404, 422),
    summary="Render markdown as an agreement shows it (nothing is stored)",
)
async def preview_agreement_text(data: PreviewIn, access: CoalitionDep) -> PreviewOut:
    return PreviewOut(html=render_markdown(data.content, APP_HEADING_SHIFT))


@router.get(
    "/agreements/{agreement_id}",
    response_model=AgreementRead,
    responses=problem_responses(401, 404),
    summary="An agreement: current text, parties and their sign-offs, options and choices",
)
async def get_agreement(
    agreement_id: AgreementId, access: CoalitionDep, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await service.get_agreement(session, access, user, agreement_id)


@router.patch(
    "/agreements/{agreement_id}",
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Change an agreement's title, type or parties (coordinator)",
)
async def update_agreement(
    agreement_id: AgreementId,
    data: AgreementUpdate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.update_agreement(session, access, user, agreement_id, data)


@router.post(
    "/agreements/{agreement_id}/versions",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses={
        200: {"description": "The content did not change: no new version", "model": AgreementRead},
        **problem_responses(401, 403, 404, 409, 422),
    },
    summary="Save the text (coordinator): a changed text becomes a new version",
    description="Nothing is overwritten: every save of a changed text gets the next version "
    "number, with author and date, and starts without sign-offs. Sign-offs on earlier versions "
    "stay recorded there. Saving the same text answers 200 and makes no version.",
)
async def save_version(
    agreement_id: AgreementId,
    data: VersionCreate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
    response: Response,
) -> AgreementRead:
    read, created = await service.save_version(session, access, user, agreement_id, data)
    if not created:
        response.status_code = status.HTTP_200_OK
    return read


@router.get(
    "/agreements/{agreement_id}/versions",
    response_model=Page[VersionSummary],
    responses=problem_responses(401, 404, 422),
    summary="Every version, oldest first, with its sign-off count",
)
async def list_versions(
    agreement_id: AgreementId, access: CoalitionDep, session: SessionDep, page: PageDep
) -> Page[VersionSummary]:
    items, cursor = await service.list_versions(session, access, agreement_id, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/agreements/{agreement_id}/versions/{number}",
    response_model=VersionRead,
    responses=problem_responses(401, 404, 422),
    summary="One version's text and the sign-offs on it",
)
async def get_version(
    agreement_id: AgreementId, number: VersionNumber, access: CoalitionDep, session: SessionDep
) -> VersionRead:
    return await service.get_version(session, access, agreement_id, number)


@router.get(
    "/agreements/{agreement_id}/diff",
    response_model=VersionDiff,
    responses=problem_responses(401, 404, 422),
    summary="What changed between two versions, as line hunks",
)
async def diff_versions(
    agreement_id: AgreementId,
    access: CoalitionDep,
    session: SessionDep,
    from_version: Annotated[int, Query(alias="from", ge=1, description="The older version.")],
    to_version: Annotated[int, Query(alias="to", ge=1, description="The newer version.")],
) -> VersionDiff:
    return await service.version_diff(session, access, agreement_id, from_version, to_version)


@router.post(
    "/agreements/{agreement_id}/send-for-signature",
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Send the current version to the parties for signature (coordinator)",
)
async def send_for_signature(
    agreement_id: AgreementId,
    data: SendForSignature,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.send_for_signature(session, access, user, agreement_id, data.version)


@router.post(
    "/agreements/{agreement_id}/sign-offs",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Sign a version for a partner organisation you are a member of",
    description="Only the current version, once sent for signature, can be signed; a member of "
    "the party's organisation signs for it (403 for anyone else).",
)
async def sign_agreement(
    agreement_id: AgreementId,
    data: SignOffCreate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.sign(session, access, user, agreement_id, data)


@router.post(
    "/agreements/{agreement_id}/options",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Add a content or governance option (coordinator)",
)
async def add_option(
    agreement_id: AgreementId,
    data: AgreementOptionIn,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.add_option(session, access, user, agreement_id, data)


@router.patch(
    "/agreements/{agreement_id}/options/{option_id}",
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Change an option (coordinator)",
)
async def update_option(
    agreement_id: AgreementId,
    option_id: uuid.UUID,
    data: AgreementOptionUpdate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.update_option(session, access, user, agreement_id, option_id, data)


@router.delete(
    "/agreements/{agreement_id}/options/{option_id}",
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404),
    summary="Remove an option, and the choice when it was the chosen one (coordinator)",
)
async def delete_option(
    agreement_id: AgreementId,
    option_id: uuid.UUID,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.delete_option(session, access, user, agreement_id, option_id)


@router.put(
    "/agreements/{agreement_id}/choices/{kind}",
    response_model=AgreementRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Choose one of 2 to 3 options of a kind, with the reason (coordinator)",
)
async def choose_option(
    agreement_id: AgreementId,
    kind: OptionKind,
    data: ChoiceIn,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await service.choose(session, access, user, agreement_id, kind, data)


@router.get(
    "/agreements/{agreement_id}/export",
    response_class=HTMLResponse,
    responses={
        200: {"content": {"text/html": {}}, "description": "A printable HTML page"},
        **problem_responses(401, 404, 422),
    },
    summary="A printable page: the text, the chosen options and the sign-off list",
)
async def export_agreement(
    agreement_id: AgreementId,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
    version: Annotated[
        int | None, Query(ge=1, description="A version number; the current one when left out.")
    ] = None,
    lang: Annotated[Literal["nl", "en"], Query(description="Language of the labels.")] = "nl",
) -> HTMLResponse:
    agreement = await service.get_agreement(session, access, user, agreement_id)
    version_read = await service.get_version(
        session, access, agreement_id, version or agreement.current_version
    )
    page = export.render_page(agreement, version_read, access.coalition.name, lang, utcnow())
    return HTMLResponse(
        page,
        headers={
            "Content-Security-Policy": export.CONTENT_SECURITY_POLICY,
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/founding",
    response_model=FoundingState,
    responses=problem_responses(401, 404),
    summary="Whether and how the coalition was founded (step 9)",
)
async def get_founding(access: CoalitionDep, session: SessionDep) -> FoundingState:
    return await service.founding_state(session, access)


@router.post(
    "/founding",
    status_code=status.HTTP_201_CREATED,
    response_model=FoundingState,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Found the coalition on an agreement signed by all its partner organisations",
    description="The coalition becomes active (in execution). A coalition is founded once "
    "(409 after that). An agreement that is not fully signed answers 422 naming who has not "
    "signed yet.",
)
async def found_coalition(
    data: FoundingCreate, access: CoalitionDep, session: SessionDep, user: CurrentUser
) -> FoundingState:
    return await service.found(session, access, user, data, utcnow().date())
