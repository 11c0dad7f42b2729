from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile, status

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.auth.deps import CurrentUser, SettingsDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import Unprocessable, problem_responses
from vitaal.core.pagination import DatedPageDep, Page, PageDep
from vitaal.core.text import clean_tags
from vitaal.issues.schemas import IssueCreate
from vitaal.signals import fetcher, service
from vitaal.signals.deps import AdminFeedDep, FeedDep, SignalDep, SignalFiltersDep
from vitaal.signals.models import SignalSource
from vitaal.signals.schemas import (
    AttachRequest,
    DismissRequest,
    FeedCreate,
    FeedFetchRead,
    FeedRead,
    FeedUpdate,
    SignalCreate,
    SignalRead,
    SignalUpdate,
)

router = APIRouter(
    prefix="/organisations/{organisation_id}",
    tags=["signals"],
    responses=problem_responses(401, 403, 404, 409, 422),
)


@router.post(
    "/signals",
    status_code=status.HTTP_201_CREATED,
    response_model=SignalRead,
    summary="Record a signal (by hand, or posted by an integration)",
)
async def create_signal(
    data: SignalCreate, access: OrganisationDep, session: SessionDep, user: CurrentUser
) -> SignalRead:
    return SignalRead.model_validate(
        await service.create(session, access.organisation.id, user, data)
    )


@router.get(
    "/signals",
    response_model=Page[SignalRead],
    summary="The signal inbox, newest observed first, with filters",
)
async def list_signals(
    access: OrganisationDep, session: SessionDep, filters: SignalFiltersDep, page: DatedPageDep
) -> Page[SignalRead]:
    items, cursor = await service.list_page(session, access.organisation.id, filters, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/signals/{signal_id}",
    response_model=SignalRead,
    summary="One signal",
)
async def get_signal(signal: SignalDep) -> SignalRead:
    return SignalRead.model_validate(signal)


@router.patch(
    "/signals/{signal_id}",
    response_model=SignalRead,
    summary="Correct a signal",
)
async def update_signal(data: SignalUpdate, signal: SignalDep, session: SessionDep) -> SignalRead:
    return SignalRead.model_validate(await service.update(session, signal, data))


@router.post(
    "/signals/{signal_id}/dismiss",
    response_model=SignalRead,
    summary="Triage: no issue, with the reason",
)
async def dismiss_signal(
    data: DismissRequest, signal: SignalDep, session: SessionDep, user: CurrentUser
) -> SignalRead:
    return SignalRead.model_validate(await service.dismiss(session, signal, user, data.reason))


@router.post(
    "/signals/{signal_id}/attach",
    response_model=SignalRead,
    summary="Triage: attach the signal to an issue already in the register",
)
async def attach_signal(
    data: AttachRequest, signal: SignalDep, session: SessionDep, user: CurrentUser
) -> SignalRead:
    return SignalRead.model_validate(await service.attach(session, signal, user, data.issue_id))


@router.post(
    "/signals/{signal_id}/issue",
    status_code=status.HTTP_201_CREATED,
    response_model=SignalRead,
    summary="Triage: turn the signal into a new issue in the register",
    description="Creates the issue from the body (the app fills in the signal's title and "
    "summary) and links the signal to it; `issue_id` in the answer names the new issue.",
)
async def convert_signal(
    data: IssueCreate, signal: SignalDep, session: SessionDep, user: CurrentUser
) -> SignalRead:
    return SignalRead.model_validate(await service.convert(session, signal, user, data))


@router.post(
    "/signals/{signal_id}/reopen",
    response_model=SignalRead,
    summary="Undo the triage: the signal is new again (an issue made from it stays)",
)
async def reopen_signal(signal: SignalDep, session: SessionDep) -> SignalRead:
    return SignalRead.model_validate(await service.reopen(session, signal))


# Feeds


@router.post(
    "/signal-feeds",
    status_code=status.HTTP_201_CREATED,
    response_model=FeedRead,
    summary="Follow an RSS or Atom feed (admins)",
)
async def create_feed(
    data: FeedCreate, access: OrganisationAdminDep, session: SessionDep, user: CurrentUser
) -> FeedRead:
    return FeedRead.model_validate(
        await service.create_feed(session, access.organisation.id, user, data)
    )


@router.get(
    "/signal-feeds",
    response_model=Page[FeedRead],
    summary="The feeds the organisation follows, with the outcome of the last fetch",
)
async def list_feeds(access: OrganisationDep, session: SessionDep, page: PageDep) -> Page[FeedRead]:
    items, cursor = await service.list_feeds(session, access.organisation.id, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/signal-feeds/{feed_id}",
    response_model=FeedRead,
    summary="One feed",
)
async def get_feed(feed: FeedDep) -> FeedRead:
    return FeedRead.model_validate(feed)


@router.patch(
    "/signal-feeds/{feed_id}",
    response_model=FeedRead,
    summary="Change a feed (admins); `interval_minutes: null` stops scheduled fetching",
)
async def update_feed(data: FeedUpdate, feed: AdminFeedDep, session: SessionDep) -> FeedRead:
    return FeedRead.model_validate(await service.update_feed(session, feed, data))


@router.delete(
    "/signal-feeds/{feed_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Stop following a feed (admins); its signals stay",
)
async def delete_feed(feed: AdminFeedDep, session: SessionDep) -> None:
    await service.delete_feed(session, feed)


@router.post(
    "/signal-feeds/{feed_id}/fetch",
    response_model=FeedFetchRead,
    summary="Fetch the feed now and import its new items as signals",
    description="A feed that cannot be fetched or read is not an error of this request: the "
    "answer is 200 with the `outcome` (unreachable, http_error, too_large, not_a_feed, "
    "malformed, blocked) and the reason in `error`; nothing is imported then.",
)
async def fetch_feed(
    feed: FeedDep, session: SessionDep, user: CurrentUser, settings: SettingsDep
) -> FeedFetchRead:
    record = await service.fetch_feed(
        session, feed, user, allow_private=settings.feeds_allow_private_networks
    )
    return FeedFetchRead.model_validate(record)


@router.get(
    "/signal-feeds/{feed_id}/fetches",
    response_model=Page[FeedFetchRead],
    summary="The fetch log of a feed, newest first",
)
async def list_feed_fetches(
    feed: FeedDep, session: SessionDep, page: DatedPageDep
) -> Page[FeedFetchRead]:
    items, cursor = await service.list_fetches(session, feed, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/signal-imports",
    status_code=status.HTTP_201_CREATED,
    response_model=FeedFetchRead,
    summary="Import an uploaded RSS or Atom file as signals",
    description="Items already imported (same guid, else same link) are counted as "
    "duplicates. A file that is no feed answers 201 with the `outcome` and `error`.",
)
async def import_feed_file(
    access: OrganisationDep,
    session: SessionDep,
    user: CurrentUser,
    file: Annotated[UploadFile, File(description="An RSS 2.0, RSS 1.0 or Atom document.")],
    source_type: Annotated[SignalSource, Form()],
    tags: Annotated[str, Form(description="Comma-separated tags for every item.")] = "",
) -> FeedFetchRead:
    body = await file.read(fetcher.MAX_BYTES + 1)
    if len(body) > fetcher.MAX_BYTES:
        raise Unprocessable.field(
            "body.file", f"the file is larger than {fetcher.MAX_BYTES} bytes", "too_large"
        )
    try:
        tag_list = clean_tags([t for t in tags.split(",") if t.strip()])
    except ValueError as exc:
        raise Unprocessable.field("body.tags", str(exc)) from None
    record = await service.import_upload(
        session,
        access.organisation.id,
        user,
        filename=file.filename or "feed.xml",
        body=body,
        source_type=source_type,
        tags=tag_list,
    )
    return FeedFetchRead.model_validate(record)
