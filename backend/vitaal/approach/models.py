"""The approach of an issue (DOMAIN.md §1): inside (*agenderen*) the agenda items and links to
internal policy; outside (*positioneren*) reputation actions, a versioned position paper, and
the coalitions started or linked from the issue. The external communication plan is in
``communication.models`` (one table with the plans of crisis protocols).

Every row carries ``organisation_id``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow


class AgendaForum(StrEnum):
    board = "board"
    members_meeting = "members_meeting"
    working_group = "working_group"
    other = "other"


class AgendaStatus(StrEnum):
    planned = "planned"
    discussed = "discussed"
    postponed = "postponed"


class ReputationKind(StrEnum):
    """The three parts of reputation management in the seed."""

    proactive_core_risks = "proactive_core_risks"
    build_reserve = "build_reserve"
    protect = "protect"


class ActionStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    done = "done"


def _organisation() -> MappedColumn[uuid.UUID]:
    return mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))


def _issue() -> MappedColumn[uuid.UUID]:
    return mapped_column(ForeignKey("issues.id", ondelete="CASCADE"))


class IssueAgendaItem(IdMixin, TimestampMixin, Base):
    """Where and when the issue is put on the agenda inside the organisation."""

    __tablename__ = "issue_agenda_items"
    __table_args__ = (
        Index("ix_issue_agenda_items_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = _organisation()
    issue_id: Mapped[uuid.UUID] = _issue()
    forum: Mapped[AgendaForum] = mapped_column(str_enum(AgendaForum, "agenda_forum"))
    title: Mapped[str] = mapped_column(String(300))
    planned_on: Mapped[date | None]
    status: Mapped[AgendaStatus] = mapped_column(str_enum(AgendaStatus, "agenda_status"))
    notes: Mapped[str] = mapped_column(Text, default="")


class IssuePolicyLink(IdMixin, TimestampMixin, Base):
    """Internal policy the issue connects to (*beleidsaanknopingspunten*)."""

    __tablename__ = "issue_policy_links"
    __table_args__ = (
        Index("ix_issue_policy_links_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = _organisation()
    issue_id: Mapped[uuid.UUID] = _issue()
    title: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(2000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ReputationAction(IdMixin, TimestampMixin, Base):
    __tablename__ = "reputation_actions"
    __table_args__ = (
        Index("ix_reputation_actions_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = _organisation()
    issue_id: Mapped[uuid.UUID] = _issue()
    kind: Mapped[ReputationKind] = mapped_column(str_enum(ReputationKind, "reputation_kind"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(str_enum(ActionStatus, "action_status"))


class PositionPaperVersion(IdMixin, Base):
    """One saved text of the issue's position paper; versions are never overwritten."""

    __tablename__ = "position_paper_versions"
    __table_args__ = (
        UniqueConstraint("issue_id", "number"),
        Index("ix_position_paper_versions_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = _organisation()
    issue_id: Mapped[uuid.UUID] = _issue()
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(500), default="")
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IssueCoalition(IdMixin, Base):
    """A coalition started or linked from the issue (the decision to seek partners)."""

    __tablename__ = "issue_coalitions"
    __table_args__ = (
        UniqueConstraint("issue_id", "coalition_id"),
        Index("ix_issue_coalitions_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = _organisation()
    issue_id: Mapped[uuid.UUID] = _issue()
    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    started: Mapped[bool] = mapped_column(default=False)
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)
    linked_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    linked_by_name: Mapped[str] = mapped_column(String(200))
