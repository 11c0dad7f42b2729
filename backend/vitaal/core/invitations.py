"""What organisation and coalition invitations share: a link token of which only the hash is
stored, an expiry, and the rule that a link works once."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from vitaal.core.db import utcnow
from vitaal.core.errors import Gone
from vitaal.core.security import new_opaque_token, token_digest


class InvitationMixin:
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime]
    accepted_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    @declared_attr
    def invited_by_id(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805 - SQLAlchemy passes the class
        return mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    def issue(self, lifetime: timedelta) -> str:
        """Give the invitation a fresh link token; returns it (it is shown only once)."""
        token = new_opaque_token()
        self.token_hash = token_digest(token)
        self.expires_at = utcnow() + lifetime
        return token

    def ensure_open(self) -> None:
        if self.accepted_at is not None:
            raise Gone("This invitation has already been accepted.")
        if self.revoked_at is not None:
            raise Gone("This invitation was withdrawn.")
        if self.expires_at <= utcnow():
            raise Gone("This invitation has expired; ask for a new one.")

    def withdraw(self) -> None:
        if self.accepted_at is None and self.revoked_at is None:
            self.revoked_at = utcnow()
