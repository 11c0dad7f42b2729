"""Tob-3 rounds: each member names its three biggest worries (*waar liggen leden wakker van?*).

A round belongs to an organisation (the association); every user of that organisation may
answer once, for themself or on behalf of a member organisation, and change the answer until
the round closes. Every row carries ``organisation_id``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.auth.models import User
from vitaal.core.db import Base, IdMixin, TimestampMixin, utcnow
from vitaal.issues.models import Issue  # noqa: F401 - issues.id must be in the metadata


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


class Tob3Answer(IdMixin, TimestampMixin, Base):
    __tablename__ = "tob3_answers"
    __table_args__ = (UniqueConstraint("round_id", "user_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tob3_rounds.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    # Empty when the user answers for themself; else the member organisation they speak for.
    on_behalf_of: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(lazy="raise")
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
