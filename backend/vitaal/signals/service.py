"""Signals of an organisation: entering, searching, triage, and importing feeds.

Every query is scoped by ``organisation_id``; the organisation itself was resolved through
``access`` by the route's dependency, and the role a route needs is in its signature.
Services only flush: the request commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from vitaal.auth.models import User
from vitaal.core.db import lock_row, utcnow
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
from vitaal.core.search import contains_text, has_tag
from vitaal.issues import service as issue_service
from vitaal.issues.models import Issue
from vitaal.issues.schemas import IssueCreate
from vitaal.signals import fetcher
from vitaal.signals.feed_parser import FeedError, FeedItem, parse_feed
from vitaal.signals.models import (
    INSIDE_SOURCES,
    FeedFetch,
    FetchKind,
    FetchOutcome,
    Signal,
    SignalFeed,
    SignalOrigin,
    SignalSide,
    SignalSource,
    SignalStatus,
)
from vitaal.signals.schemas import (
    MAX_TAGS,
    FeedCreate,
    FeedFetchRead,
    FeedRead,
    FeedUpdate,
    SignalCreate,
    SignalRead,
    SignalUpdate,
)


@dataclass(frozen=True)
class SignalFilters:
    status: SignalStatus | None = None
    source_type: SignalSource | None = None
    side: SignalSide | None = None
    tag: str | None = None
    q: str | None = None
    feed_id: uuid.UUID | None = None


def search_text(signal: Signal) -> str:
    return "\n".join([signal.title, signal.summary, *signal.tags]).casefold()


def _with_people(stmt: Select[Signal]) -> Select[Signal]:
    return stmt.options(joinedload(Signal.entered_by), joinedload(Signal.triaged_by))


async def get(session: AsyncSession, organisation_id: uuid.UUID, signal_id: uuid.UUID) -> Signal:
    signal = await session.scalar(
        _with_people(
            select(Signal).where(Signal.id == signal_id, Signal.organisation_id == organisation_id)
        )
    )
    if signal is None:
        raise NotFound("Signal not found.")
    return signal


async def _reload(session: AsyncSession, signal: Signal) -> Signal:
    """Flush, then load the signal again with who entered and triaged it."""
    await session.flush()
    reloaded = await session.scalar(
        _with_people(select(Signal).where(Signal.id == signal.id)).execution_options(
            populate_existing=True
        )
    )
    assert reloaded is not None  # noqa: S101 - just flushed
    return reloaded


async def create(
    session: AsyncSession, organisation_id: uuid.UUID, author: User, data: SignalCreate
) -> Signal:
    signal = Signal(
        organisation_id=organisation_id,
        source_type=data.source_type,
        title=data.title,
        summary=data.summary,
        link=data.link,
        observed_on=data.observed_on or utcnow().date(),
        tags=data.tags,
        origin=SignalOrigin.entered,
        entered_by_id=author.id,
        status=SignalStatus.new,
        dismiss_reason="",
    )
    signal.search_text = search_text(signal)
    session.add(signal)
    return await _reload(session, signal)


async def update(session: AsyncSession, signal: Signal, data: SignalUpdate) -> Signal:
    apply_patch(signal, data)
    signal.search_text = search_text(signal)
    return await _reload(session, signal)


def _filtered(organisation_id: uuid.UUID, filters: SignalFilters) -> Select[Signal]:
    conditions: list[ColumnElement[bool]] = [Signal.organisation_id == organisation_id]
    if filters.status is not None:
        conditions.append(Signal.status == filters.status)
    if filters.source_type is not None:
        conditions.append(Signal.source_type == filters.source_type)
    if filters.side is SignalSide.inside:
        conditions.append(Signal.source_type.in_(INSIDE_SOURCES))
    elif filters.side is SignalSide.outside:
        conditions.append(Signal.source_type.not_in(INSIDE_SOURCES))
    if filters.feed_id is not None:
        conditions.append(Signal.feed_id == filters.feed_id)
    if filters.q:
        conditions.append(contains_text(Signal.search_text, filters.q))
    if filters.tag:
        conditions.append(has_tag(Signal.tags, filters.tag))
    return _with_people(select(Signal).where(*conditions))


async def list_page(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    filters: SignalFilters,
    params: DatedPageParams,
) -> tuple[list[SignalRead], str | None]:
    """Newest observed first; one statement per page."""
    stmt = _filtered(organisation_id, filters)
    if params.after is not None:
        stmt = stmt.where(newest_first_after(Signal.observed_on, Signal.id, params.after))
    stmt = stmt.order_by(Signal.observed_on.desc(), Signal.id.desc()).limit(params.limit + 1)
    signals = (await session.scalars(stmt)).all()
    page, cursor = split_page(
        signals, params.limit, lambda s: DatedCursor(on=s.observed_on, id=s.id)
    )
    return [SignalRead.model_validate(s) for s in page], cursor


# Triage


async def _require_new(session: AsyncSession, signal: Signal) -> None:
    await lock_row(session, signal)
    if signal.status is not SignalStatus.new:
        raise Conflict(f"This signal was already triaged ({signal.status.value}); reopen it first.")


def _triaged(signal: Signal, by: User, status: SignalStatus) -> None:
    signal.status = status
    signal.triaged_at = utcnow()
    signal.triaged_by_id = by.id


async def dismiss(session: AsyncSession, signal: Signal, by: User, reason: str) -> Signal:
    await _require_new(session, signal)
    _triaged(signal, by, SignalStatus.dismissed)
    signal.dismiss_reason = reason
    return await _reload(session, signal)


async def attach(session: AsyncSession, signal: Signal, by: User, issue_id: uuid.UUID) -> Signal:
    await _require_new(session, signal)
    found = await session.scalar(
        select(Issue.id).where(
            Issue.id == issue_id, Issue.organisation_id == signal.organisation_id
        )
    )
    if found is None:
        raise Unprocessable.field(
            "body.issue_id", "no issue of this organisation has this id", "not_found"
        )
    _triaged(signal, by, SignalStatus.attached)
    signal.issue_id = issue_id
    return await _reload(session, signal)


async def convert(session: AsyncSession, signal: Signal, by: User, data: IssueCreate) -> Signal:
    """Make a new issue of the signal (through the issues service) and link the signal to it."""
    await _require_new(session, signal)
    issue = await issue_service.create_issue(
        session, organisation_id=signal.organisation_id, created_by=by, data=data
    )
    _triaged(signal, by, SignalStatus.converted)
    signal.issue_id = issue.id
    return await _reload(session, signal)


async def reopen(session: AsyncSession, signal: Signal) -> Signal:
    """Back to the inbox; the issue made from it (if any) stays in the register."""
    signal.status = SignalStatus.new
    signal.dismiss_reason = ""
    signal.issue_id = None
    signal.triaged_at = None
    signal.triaged_by_id = None
    return await _reload(session, signal)


# Feeds


async def get_feed(
    session: AsyncSession, organisation_id: uuid.UUID, feed_id: uuid.UUID
) -> SignalFeed:
    feed = await session.scalar(
        select(SignalFeed).where(
            SignalFeed.id == feed_id, SignalFeed.organisation_id == organisation_id
        )
    )
    if feed is None:
        raise NotFound("Feed not found.")
    return feed


async def _url_taken(
    session: AsyncSession, organisation_id: uuid.UUID, url: str, except_id: uuid.UUID | None
) -> None:
    stmt = select(SignalFeed.id).where(
        SignalFeed.organisation_id == organisation_id, SignalFeed.url == url
    )
    if except_id is not None:
        stmt = stmt.where(SignalFeed.id != except_id)
    if await session.scalar(stmt) is not None:
        raise Unprocessable.field(
            "body.url", "the organisation already follows this feed", "duplicate"
        )


def _schedule(feed: SignalFeed, now: datetime) -> None:
    """A scheduled feed is due at once when never fetched, else one interval after the last."""
    if feed.interval_minutes is None:
        feed.next_fetch_at = None
    elif feed.last_fetched_at is None:
        feed.next_fetch_at = now
    else:
        feed.next_fetch_at = feed.last_fetched_at + timedelta(minutes=feed.interval_minutes)


async def create_feed(
    session: AsyncSession, organisation_id: uuid.UUID, author: User, data: FeedCreate
) -> SignalFeed:
    await _url_taken(session, organisation_id, data.url, None)
    feed = SignalFeed(
        organisation_id=organisation_id,
        title=data.title,
        url=data.url,
        source_type=data.source_type,
        tags=data.tags,
        interval_minutes=data.interval_minutes,
        created_by_id=author.id,
        last_error="",
    )
    _schedule(feed, utcnow())
    session.add(feed)
    await session.flush()
    return feed


async def update_feed(session: AsyncSession, feed: SignalFeed, data: FeedUpdate) -> SignalFeed:
    if data.url is not None:
        await _url_taken(session, feed.organisation_id, data.url, feed.id)
    apply_patch(feed, data)
    if "interval_minutes" in data.model_fields_set:
        _schedule(feed, utcnow())
    await session.flush()
    return feed


async def delete_feed(session: AsyncSession, feed: SignalFeed) -> None:
    """The feed and its fetch log go; signals it brought in stay (without their feed)."""
    await session.delete(feed)
    await session.flush()


async def list_feeds(
    session: AsyncSession, organisation_id: uuid.UUID, params: PageParams
) -> tuple[list[FeedRead], str | None]:
    rows, cursor = await fetch_page(
        session,
        select(SignalFeed).where(SignalFeed.organisation_id == organisation_id),
        SignalFeed.id,
        params,
    )
    return [FeedRead.model_validate(row[0]) for row in rows], cursor


async def list_fetches(
    session: AsyncSession, feed: SignalFeed, params: DatedPageParams
) -> tuple[list[FeedFetchRead], str | None]:
    """Newest first (ids are time-ordered)."""
    stmt = select(FeedFetch).where(
        FeedFetch.organisation_id == feed.organisation_id, FeedFetch.feed_id == feed.id
    )
    if params.after is not None:
        stmt = stmt.where(FeedFetch.id < params.after.id)
    stmt = stmt.order_by(FeedFetch.id.desc()).limit(params.limit + 1)
    fetches = (await session.scalars(stmt)).all()
    page, cursor = split_page(fetches, params.limit, lambda f: DatedCursor(on=None, id=f.id))
    return [FeedFetchRead.model_validate(f) for f in page], cursor


def _merged_tags(feed_tags: Sequence[str], item_tags: Sequence[str]) -> list[str]:
    tags: list[str] = []
    for tag in [*feed_tags, *item_tags]:
        if tag not in tags:
            tags.append(tag)
    return tags[:MAX_TAGS]


@dataclass(frozen=True)
class ImportCounts:
    total: int
    new: int
    duplicate: int


async def import_items(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    items: Sequence[FeedItem],
    *,
    source_type: SignalSource,
    tags: Sequence[str],
    origin: SignalOrigin,
    feed_id: uuid.UUID | None,
    entered_by_id: uuid.UUID | None,
) -> ImportCounts:
    """New signals for the items not seen before in this organisation (by guid, else link).

    All or nothing: the inserts run in a savepoint, so a failure leaves no part of the import.
    """
    keys = {item.dedup_key for item in items}
    known: set[str] = set()
    key_list = list(keys)
    for start in range(0, len(key_list), 500):
        chunk = key_list[start : start + 500]
        known.update(
            await session.scalars(
                select(Signal.dedup_key).where(
                    Signal.organisation_id == organisation_id, Signal.dedup_key.in_(chunk)
                )
            )
        )
    today = utcnow().date()
    fresh: list[Signal] = []
    for item in items:
        key = item.dedup_key
        if key in known:
            continue
        known.add(key)
        signal = Signal(
            organisation_id=organisation_id,
            source_type=source_type,
            title=item.title,
            summary=item.summary,
            link=item.link,
            observed_on=item.observed_on(today),
            tags=_merged_tags(tags, item.tags),
            origin=origin,
            feed_id=feed_id,
            dedup_key=key,
            entered_by_id=entered_by_id,
            status=SignalStatus.new,
            dismiss_reason="",
        )
        signal.search_text = search_text(signal)
        fresh.append(signal)
    if fresh:
        async with session.begin_nested():
            session.add_all(fresh)
    return ImportCounts(total=len(items), new=len(fresh), duplicate=len(items) - len(fresh))


async def _import_bytes(
    session: AsyncSession,
    record: FeedFetch,
    body: bytes,
    *,
    source_type: SignalSource,
    tags: Sequence[str],
    origin: SignalOrigin,
    entered_by_id: uuid.UUID | None,
) -> None:
    try:
        parsed = parse_feed(body)
    except FeedError as exc:
        record.outcome = FetchOutcome(exc.kind)
        record.error = exc.detail
        return
    try:
        counts = await import_items(
            session,
            record.organisation_id,
            parsed.items,
            source_type=source_type,
            tags=tags,
            origin=origin,
            feed_id=record.feed_id,
            entered_by_id=entered_by_id,
        )
    except IntegrityError:
        # Another fetch of the same items committed first; nothing of this one was kept.
        record.outcome = FetchOutcome.conflict
        record.error = "another import of the same items ran at the same time; try again"
        return
    record.outcome = FetchOutcome.ok
    record.items_total = counts.total
    record.items_new = counts.new
    record.items_duplicate = counts.duplicate


async def fetch_feed(
    session: AsyncSession,
    feed: SignalFeed,
    triggered_by: User | None,
    *,
    allow_private: bool,
) -> FeedFetch:
    """Fetch the feed, import its new items and record the outcome; failures are recorded,
    never raised."""
    record = FeedFetch(
        organisation_id=feed.organisation_id,
        feed_id=feed.id,
        kind=FetchKind.fetch,
        source_name=feed.url,
        outcome=FetchOutcome.ok,
        error="",
        triggered_by_id=triggered_by.id if triggered_by else None,
    )
    try:
        fetched = await fetcher.fetch(feed.url, allow_private=allow_private)
    except fetcher.FetchError as exc:
        record.outcome = FetchOutcome(exc.outcome)
        record.error = exc.detail
        record.http_status = exc.http_status
    else:
        record.http_status = 200
        await _import_bytes(
            session,
            record,
            fetched.body,
            source_type=feed.source_type,
            tags=feed.tags,
            origin=SignalOrigin.feed,
            entered_by_id=None,
        )
    now = utcnow()
    record.created_at = now
    feed.last_fetched_at = now
    feed.last_outcome = record.outcome
    feed.last_items_new = record.items_new if record.outcome is FetchOutcome.ok else None
    feed.last_items_duplicate = (
        record.items_duplicate if record.outcome is FetchOutcome.ok else None
    )
    feed.last_error = record.error
    _schedule(feed, now)
    session.add(record)
    await session.flush()
    return record


async def import_upload(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    author: User,
    *,
    filename: str,
    body: bytes,
    source_type: SignalSource,
    tags: Sequence[str],
) -> FeedFetch:
    record = FeedFetch(
        organisation_id=organisation_id,
        feed_id=None,
        kind=FetchKind.upload,
        source_name=filename[:2000],
        outcome=FetchOutcome.ok,
        error="",
        triggered_by_id=author.id,
    )
    await _import_bytes(
        session,
        record,
        body,
        source_type=source_type,
        tags=tags,
        origin=SignalOrigin.upload,
        entered_by_id=author.id,
    )
    session.add(record)
    await session.flush()
    return record


async def due_feed_ids(session: AsyncSession, now: datetime, limit: int) -> list[uuid.UUID]:
    stmt = (
        select(SignalFeed.id)
        .where(SignalFeed.next_fetch_at.is_not(None), SignalFeed.next_fetch_at <= now)
        .order_by(SignalFeed.next_fetch_at)
        .limit(limit)
    )
    return list(await session.scalars(stmt))


async def claim_due_feed(
    session: AsyncSession, feed_id: uuid.UUID, now: datetime
) -> SignalFeed | None:
    """The feed if it is still due; on PostgreSQL the row is locked, and a feed another run
    holds is skipped, so two overlapping cron runs do not fetch the same feed."""
    return await session.scalar(
        select(SignalFeed)
        .where(
            SignalFeed.id == feed_id,
            SignalFeed.next_fetch_at.is_not(None),
            SignalFeed.next_fetch_at <= now,
        )
        .with_for_update(skip_locked=True)
    )
