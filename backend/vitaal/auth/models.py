from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin


class User(IdMixin, TimestampMixin, Base):
    __tablename__ = "users"

    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(default=True)


class RefreshToken(IdMixin, TimestampMixin, Base):
    """One link in a rotation chain; all links of one login share a ``family_id``.

    Presenting a link that was already used means the token leaked: the whole family is revoked.
    """

    __tablename__ = "refresh_tokens"
    __table_args__ = (Index("ix_refresh_tokens_family_id", "family_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    family_id: Mapped[uuid.UUID]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    # The access token issued with this link, so that logout can revoke it too.
    access_token_id: Mapped[str | None] = mapped_column(String(64))
    access_expires_at: Mapped[datetime | None]


class RevokedAccessToken(Base):
    """An access token ended by logout before it expired; the row is useless once it expires."""

    __tablename__ = "revoked_access_tokens"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime]


class LoginThrottle(Base):
    """Failed-login counters per account and per client address, shared by all workers."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[datetime]
    locked_until: Mapped[datetime | None]
