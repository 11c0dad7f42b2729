"""Signals: what an organisation noticed before it is an issue, and the feeds that bring them in.

Every row carries ``organisation_id`` so each query is scoped on its own table.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.auth.models import User
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum
from vitaal.issues.models import Issue  # noqa: F401 - issues.id must be in the metadata


class SignalSource(StrEnum):
    # inside: the members
    member_conversation = "member_conversation"
    working_group = "working_group"
    community = "community"
    survey = "survey"
    weak_signal = "weak_signal"
    # outside: the world around the association
    newspaper = "newspaper"
    social_media = "social_media"
    trade_media = "trade_media"
    politics = "politics"
    policy = "policy"
    election_programme = "election_programme"
    future_table = "future_table"


INSIDE_SOURCES = frozenset(
    {
        SignalSource.member_conversation,
        SignalSource.working_group,
        SignalSource.community,
        SignalSource.survey,
        SignalSource.weak_signal,
    }
)


class SignalSide(StrEnum):
    inside = "inside"
    outside = "outside"


def side_of(source: SignalSource) -> SignalSide:
    return SignalSide.inside if source in INSIDE_SOURCES else SignalSide.outside


class SignalStatus(StrEnum):
    new = "new"
    dismissed = "dismissed"
    attached = "attached"
    converted = "converted"


class SignalOrigin(StrEnum):
    entered = "entered"
    feed = "feed"
    upload = "upload"


class FetchOutcome(StrEnum):
    ok = "ok"
    unreachable = "unreachable"
    http_error = "http_error"
    too_large = "too_large"
    not_a_feed = "not_a_feed"
    malformed = "malformed"
    blocked = "blocked"
    conflict = "conflict"


class FetchKind(StrEnum):
    fetch = "fetch"
    upload = "upload"


class Signal(IdMixin, TimestampMixin, Base):
    __tablename__ = "signals"
    __table_args__ = (
        # One feed item (by guid, else link) becomes one signal per organisation.
        UniqueConstraint("organisation_id", "dedup_key"),
        Index("ix_signals_organisation_observed", "organisation_id", "observed_on", "id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    source_type: Mapped[SignalSource] = mapped_column(str_enum(SignalSource, "signal_source"))
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(2000), default="")
    observed_on: Mapped[date]
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_text: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[SignalOrigin] = mapped_column(str_enum(SignalOrigin, "signal_origin"))
    feed_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("signal_feeds.id", ondelete="SET NULL"), index=True
    )
    dedup_key: Mapped[str | None] = mapped_column(String(64))
    entered_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    status: Mapped[SignalStatus] = mapped_column(
        str_enum(SignalStatus, "signal_status"), default=SignalStatus.new
    )
    dismiss_reason: Mapped[str] = mapped_column(Text, default="")
    issue_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issues.id", ondelete="SET NULL"), index=True
    )
    triaged_at: Mapped[datetime | None]
    triaged_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )

    entered_by: Mapped[User | None] = relationship(lazy="raise", foreign_keys=[entered_by_id])
    triaged_by: Mapped[User | None] = relationship(lazy="raise", foreign_keys=[triaged_by_id])

    @property
    def side(self) -> SignalSide:
        return side_of(self.source_type)


class SignalFeed(IdMixin, TimestampMixin, Base):
    """An RSS or Atom feed the organisation follows; its items arrive as new signals."""

    __tablename__ = "signal_feeds"
    __table_args__ = (UniqueConstraint("organisation_id", "url"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    title: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2000))
    source_type: Mapped[SignalSource] = mapped_column(str_enum(SignalSource, "signal_source"))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Minutes between scheduled fetches; null: only fetched on demand.
    interval_minutes: Mapped[int | None]
    next_fetch_at: Mapped[datetime | None] = mapped_column(index=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    # The outcome of the latest fetch, kept here so the list needs no second query.
    last_fetched_at: Mapped[datetime | None]
    last_outcome: Mapped[FetchOutcome | None] = mapped_column(
        str_enum(FetchOutcome, "fetch_outcome")
    )
    last_items_new: Mapped[int | None]
    last_items_duplicate: Mapped[int | None]
    last_error: Mapped[str] = mapped_column(Text, default="")


class FeedFetch(IdMixin, TimestampMixin, Base):
    """One fetch of a feed or one uploaded feed file, with what came of it."""

    __tablename__ = "feed_fetches"
    __table_args__ = (Index("ix_feed_fetches_feed_id_id", "feed_id", "id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    feed_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("signal_feeds.id", ondelete="CASCADE")
    )
    kind: Mapped[FetchKind] = mapped_column(str_enum(FetchKind, "fetch_kind"))
    source_name: Mapped[str] = mapped_column(String(2000), default="")
    outcome: Mapped[FetchOutcome] = mapped_column(str_enum(FetchOutcome, "fetch_outcome"))
    http_status: Mapped[int | None]
    error: Mapped[str] = mapped_column(Text, default="")
    items_total: Mapped[int] = mapped_column(default=0)
    items_new: Mapped[int] = mapped_column(default=0)
    items_duplicate: Mapped[int] = mapped_column(default=0)
    triggered_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
