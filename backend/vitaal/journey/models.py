"""Each coalition's progress through the step plan, and every change of a step's status."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, str_enum, utcnow
from vitaal.journey.position import StepStatus


class StepChangeKind(StrEnum):
    forward = "forward"  # started, finished or skipped
    reopened = "reopened"  # a finished step taken up again (going back in the lemniscate)
    round_repeated = "round_repeated"  # the whole round is run through once more


class JourneyStep(IdMixin, Base):
    """A coalition's state of one step; a step without a row has not started."""

    __tablename__ = "journey_steps"
    __table_args__ = (
        UniqueConstraint("coalition_id", "step"),
        CheckConstraint("step >= 1 AND step <= 10", name="step_range"),
        CheckConstraint("status <> 'skipped' OR length(skip_reason) > 0", name="skip_needs_reason"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    step: Mapped[int]
    status: Mapped[StepStatus] = mapped_column(str_enum(StepStatus, "journey_step_status"))
    skip_reason: Mapped[str] = mapped_column(Text, default="")
    # Keys of the ticked checklist items of the step's definition (journey/steps.py).
    checklist: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None]
    done_on: Mapped[date | None]
    updated_by_name: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class JourneyStepChange(IdMixin, Base):
    """Every change of a step's status: who, when, from → to and why."""

    __tablename__ = "journey_step_changes"
    __table_args__ = (Index("ix_journey_step_changes_coalition_id_step", "coalition_id", "step"),)

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    step: Mapped[int]
    kind: Mapped[StepChangeKind] = mapped_column(str_enum(StepChangeKind, "journey_change_kind"))
    from_status: Mapped[StepStatus] = mapped_column(
        str_enum(StepStatus, "journey_step_status_from")
    )
    to_status: Mapped[StepStatus] = mapped_column(str_enum(StepStatus, "journey_step_status_to"))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_by_name: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
