"""The communication plan of an issue (DOMAIN.md §1, *positioneren*): one table for the issue's
external plan and for the plans of its crisis protocols. A line with a ``protocol_id`` belongs
to that crisis protocol's plan; every row carries ``organisation_id``.

The approach shows the external plan, a crisis protocol its own; both reach the lines through
``communication.service``.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum


class CommunicationChannel(StrEnum):
    email = "email"
    newsletter = "newsletter"
    website = "website"
    social_media = "social_media"
    press = "press"
    meeting = "meeting"
    letter = "letter"
    phone = "phone"
    video = "video"
    factsheet = "factsheet"
    other = "other"


class CommunicationStatus(StrEnum):
    planned = "planned"
    sent = "sent"
    done = "done"


class CommunicationItem(IdMixin, TimestampMixin, Base):
    """One line of a communication plan: to whom, what, how, when, by whom.

    ``protocol_id`` null: the issue's external communication plan; set: the communication plan
    of that crisis protocol."""

    __tablename__ = "communication_items"
    __table_args__ = (
        Index("ix_communication_items_organisation_id_issue_id", "organisation_id", "issue_id"),
        Index("ix_communication_items_protocol_id", "protocol_id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"))
    protocol_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crisis_protocols.id", ondelete="CASCADE")
    )
    audience: Mapped[str] = mapped_column(String(300))
    message: Mapped[str] = mapped_column(Text)
    channel: Mapped[CommunicationChannel] = mapped_column(
        str_enum(CommunicationChannel, "communication_channel")
    )
    planned_on: Mapped[date | None]
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[CommunicationStatus] = mapped_column(
        str_enum(CommunicationStatus, "communication_status")
    )
