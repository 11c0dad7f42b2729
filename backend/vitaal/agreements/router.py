from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import HTMLResponse

from vitaal.access import CoalitionDep, CoalitionManagerDep
from vitaal.agreements import export, founding, options, reading, service, sign_offs
from vitaal.agreements.deps import AgreementDep, ManagedAgreementDep, OptionDep, VersionDep
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

router = APIRouter(
    prefix="/coalitions/{coalition_id}",
    tags=["agreements"],
    responses=problem_responses(401, 403, 404, 409, 422),
)


@router.get(
    "/agreements",
    response_model=Page[AgreementSummary],
    summary="The coalition's agreements with their signature status",
)
async def list_agreements(
    access: CoalitionDep, session: SessionDep, page: PageDep
) -> Page[AgreementSummary]:
    items, cursor = await reading.list_agreements(session, access, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/agreements",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    summary="Write an agreement (coordinator); its text becomes version 1",
)
async def create_agreement(
    data: AgreementCreate, access: CoalitionManagerDep, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await service.create_agreement(session, access, user, data)


@router.post(
    "/agreements/preview",
    response_model=PreviewOut,
    summary="Render markdown as an agreement shows it (nothing is stored)",
)
async def preview_agreement_text(data: PreviewIn, access: CoalitionDep) -> PreviewOut:
    return PreviewOut(html=render_markdown(data.content, APP_HEADING_SHIFT))


@router.get(
    "/agreements/{agreement_id}",
    response_model=AgreementRead,
    summary="An agreement: current text, parties and their sign-offs, options and choices",
)
async def get_agreement(
    agreement: AgreementDep, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await reading.agreement_read(session, user, agreement)


@router.patch(
    "/agreements/{agreement_id}",
    response_model=AgreementRead,
    summary="Change an agreement's title, type or parties (coordinator)",
)
async def update_agreement(
    agreement: ManagedAgreementDep, data: AgreementUpdate, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await service.update_agreement(session, user, agreement, data)


@router.post(
    "/agreements/{agreement_id}/versions",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses={
        200: {"description": "The content did not change: no new version", "model": AgreementRead}
    },
    summary="Save the text (coordinator): a changed text becomes a new version",
    description="Nothing is overwritten: every save of a changed text gets the next version "
    "number, with author and date, and starts without sign-offs. Sign-offs on earlier versions "
    "stay recorded there. Saving the same text answers 200 and makes no version.",
)
async def save_version(
    agreement: ManagedAgreementDep,
    data: VersionCreate,
    session: SessionDep,
    user: CurrentUser,
    response: Response,
) -> AgreementRead:
    read, created = await service.save_version(session, user, agreement, data)
    if not created:
        response.status_code = status.HTTP_200_OK
    return read


@router.get(
    "/agreements/{agreement_id}/versions",
    response_model=Page[VersionSummary],
    summary="Every version, oldest first, with its sign-off count",
)
async def list_versions(
    agreement: AgreementDep, session: SessionDep, page: PageDep
) -> Page[VersionSummary]:
    items, cursor = await service.list_versions(session, agreement, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/agreements/{agreement_id}/versions/{number}",
    response_model=VersionRead,
    summary="One version's text and the sign-offs on it",
)
async def get_version(version: VersionDep, session: SessionDep) -> VersionRead:
    return await service.version_read(session, version)


@router.get(
    "/agreements/{agreement_id}/diff",
    response_model=VersionDiff,
    summary="What changed between two versions, as line hunks",
)
async def diff_versions(
    agreement: AgreementDep,
    session: SessionDep,
    from_version: Annotated[int, Query(alias="from", ge=1, description="The older version.")],
    to_version: Annotated[int, Query(alias="to", ge=1, description="The newer version.")],
) -> VersionDiff:
    return await service.version_diff(session, agreement, from_version, to_version)


@router.post(
    "/agreements/{agreement_id}/send-for-signature",
    response_model=AgreementRead,
    summary="Send the current version to the parties for signature (coordinator)",
)
async def send_for_signature(
    agreement: ManagedAgreementDep, data: SendForSignature, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await sign_offs.send_for_signature(session, user, agreement, data.version)


@router.post(
    "/agreements/{agreement_id}/sign-offs",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    summary="Sign a version for a partner organisation you are a member of",
    description="Only the current version, once sent for signature, can be signed; a member of "
    "the party's organisation signs for it (403 for anyone else).",
)
async def sign_agreement(
    agreement: AgreementDep, data: SignOffCreate, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await sign_offs.sign(session, user, agreement, data)


@router.post(
    "/agreements/{agreement_id}/options",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    summary="Add a content or governance option (coordinator)",
)
async def add_option(
    agreement: ManagedAgreementDep, data: AgreementOptionIn, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await options.add_option(session, user, agreement, data)


@router.patch(
    "/agreements/{agreement_id}/options/{option_id}",
    response_model=AgreementRead,
    summary="Change an option (coordinator)",
)
async def update_option(
    agreement: ManagedAgreementDep,
    option: OptionDep,
    data: AgreementOptionUpdate,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await options.update_option(session, user, agreement, option, data)


@router.delete(
    "/agreements/{agreement_id}/options/{option_id}",
    response_model=AgreementRead,
    summary="Remove an option, and the choice when it was the chosen one (coordinator)",
)
async def delete_option(
    agreement: ManagedAgreementDep, option: OptionDep, session: SessionDep, user: CurrentUser
) -> AgreementRead:
    return await options.delete_option(session, user, agreement, option)


@router.put(
    "/agreements/{agreement_id}/choices/{kind}",
    response_model=AgreementRead,
    summary="Choose one of 2 to 3 options of a kind, with the reason (coordinator)",
)
async def choose_option(
    agreement: ManagedAgreementDep,
    kind: OptionKind,
    data: ChoiceIn,
    session: SessionDep,
    user: CurrentUser,
) -> AgreementRead:
    return await options.choose(session, user, agreement, kind, data)


@router.get(
    "/agreements/{agreement_id}/export",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}, "description": "A printable HTML page"}},
    summary="A printable page: the text, the chosen options and the sign-off list",
)
async def export_agreement(
    access: CoalitionDep,
    agreement: AgreementDep,
    session: SessionDep,
    user: CurrentUser,
    version: Annotated[
        int | None, Query(ge=1, description="A version number; the current one when left out.")
    ] = None,
    lang: Annotated[Literal["nl", "en"], Query(description="Language of the labels.")] = "nl",
) -> HTMLResponse:
    version_row = await reading.get_version(
        session, agreement, version or agreement.current_version
    )
    page = export.render_page(
        await reading.agreement_read(session, user, agreement),
        await service.version_read(session, version_row),
        access.coalition.name,
        lang,
        utcnow(),
    )
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
    summary="Whether and how the coalition was founded (step 9)",
)
async def get_founding(access: CoalitionDep, session: SessionDep) -> FoundingState:
    return await founding.founding_state(session, access)


@router.post(
    "/founding",
    status_code=status.HTTP_201_CREATED,
    response_model=FoundingState,
    summary="Found the coalition on a signed agreement",
    description="The coalition becomes active (in execution). A coalition is founded once "
    "(409 after that). Who must have signed the agreement's current version is the "
    "coalition's `founding_signatories`: `all_parties` (every party that signs in Vitaal; "
    "else 422 naming who has not signed yet) or `signed_parties` (the parties that signed "
    "are the founding partners, at least one of them not a coordinator, else 422; the others "
    "are recorded as potential partners and can sign later, which does not change the "
    "founding). What the plan of approach covers does not matter: not every action needs an "
    "owner at the start.",
)
async def found_coalition(
    data: FoundingCreate, access: CoalitionManagerDep, session: SessionDep, user: CurrentUser
) -> FoundingState:
    return await founding.found(session, access, user, data, utcnow().date())
