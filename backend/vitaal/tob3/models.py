"""Tob-3 rounds: each member names its three biggest worries (*waar liggen leden wakker van?*).

A round belongs to an organisation (the association); every user of that organisation may
answer once, for themself or on behalf of a member organisation, and change the answer until
the round closes. Members without an account answer through a link: one per member
organisation, or an open link where the respondent names the member. Every row carries
``organisation_id``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.auth.models import User
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.core.idempotency import IdempotencyRecord
from vitaal.issues.models import Issue  # noqa: F401 - issues.id must be in the metadata
from vitaal.stakeholders.models import Stakeholder  # noqa: F401 - stakeholders.id, likewise


class Tob3Round(IdMixin, TimestampMixin, Base):
    __tablename__ = "tob3_rounds"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    closes_at: Mapped[datetime]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )


class Tob3LinkKind(StrEnum):
    member = "member"  # for one member organisation: its answer, replaced on every save
    open = "open"  # the respondent names the member (and gives the code, when there is one)


class Tob3Link(IdMixin, TimestampMixin, Base):
    """A link to answer a round without an account. Only a hash of its token is stored; it
    works until it is revoked or the round closes."""

    __tablename__ = "tob3_links"
    # One link per member in a round, so a member cannot be counted twice through links.
    __table_args__ = (UniqueConstraint("round_id", "member_key"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tob3_rounds.id", ondelete="CASCADE"))
    kind: Mapped[Tob3LinkKind] = mapped_column(str_enum(Tob3LinkKind, "tob3_link_kind"))
    # The member of a member link; empty for an open link.
    member_name: Mapped[str] = mapped_column(String(200), default="")
    # ``member_name`` compared without case and extra spaces; null for open links.
    member_key: Mapped[str | None] = mapped_column(String(200))
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL")
    )
    # What a respondent to an open link must give besides the member's name. Kept readable:
    # the association says or prints it for its members, unlike the token.
    code: Mapped[str] = mapped_column(String(40), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    revoked_at: Mapped[datetime | None]


class Tob3LinkRequest(IdempotencyRecord, IdMixin, Base):
    """An answer sent through a link, by its ``Idempotency-Key`` (see core/idempotency.py)."""

    __tablename__ = "tob3_link_requests"
    __table_args__ = (UniqueConstraint("link_id", "key"),)
    scope = ("link_id",)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    link_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tob3_links.id", ondelete="CASCADE"))


class Tob3Answer(IdMixin, TimestampMixin, Base):
    """One respondent's answer: a user of the organisation, or a member through a link."""

    __tablename__ = "tob3_answers"
    __table_args__ = (
        UniqueConstraint("round_id", "user_id"),
        UniqueConstraint("link_id", "member_key"),
        CheckConstraint("(user_id IS NULL) <> (link_id IS NULL)", name="one_respondent"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tob3_rounds.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    link_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tob3_links.id", ondelete="CASCADE")
    )
    # The member of a link answer compared without case and extra spaces: an open link keeps
    # one answer per member. Null for a user's answer.
    member_key: Mapped[str | None] = mapped_column(String(200))
    # A user's answer: empty when for themself, else the member organisation they speak for.
    # A link answer: the member.
    on_behalf_of: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User | None] = relationship(lazy="raise")
    worries: Mapped[list[Tob3Worry]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="Tob3Worry.rank",
        passive_deletes=True,
    )


class Tob3Worry(IdMixin, Base):
    __tablename__ = "tob3_worries"
    __table_args__ = (
        UniqueConstraint("answer_id", "rank"),
        CheckConstraint("rank >= 1 AND rank <= 3", name="rank_range"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tob3_rounds.id", ondelete="CASCADE"), index=True
    )
    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tob3_answers.id", ondelete="CASCADE"))
    rank: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(100), default="")
    issue_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issues.id", ondelete="SET NULL"), index=True
    )
