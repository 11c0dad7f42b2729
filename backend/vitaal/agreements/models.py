"""Agreements of a coalition (intent declaration, covenant, plan of approach, …), their versions,
content and governance options, sign-offs per partner organisation, and the founding."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.coalitions.models import FoundingSignatories
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow


class AgreementType(StrEnum):
    intent_declaration = "intent_declaration"  # intentieverklaring
    covenant = "covenant"  # convenant
    contract = "contract"
    initiative_proposal = "initiative_proposal"  # initiatiefvoorstel
    plan_of_approach = "plan_of_approach"  # plan van aanpak
    programme_plan = "programme_plan"  # programmaplan


class OptionKind(StrEnum):
    content = "content"  # inhoudelijke opties voor de focus van de visie (stap 6)
    governance = "governance"  # opties voor de organisatie van de samenwerking (stap 7)


class GovernanceModel(StrEnum):
    steering_group = "steering_group"  # bestuurlijke stuurgroep
    lead_organisation = "lead_organisation"  # opdrachten vanuit één leidende organisatie
    programme_team = "programme_team"  # gezamenlijk uitvoerend programmateam
    other = "other"


class VersionReason(StrEnum):
    text = "text"  # the text was changed
    options = "options"  # the options or a choice changed after the text went out for signature


class Agreement(IdMixin, TimestampMixin, Base):
    """A document the partners agree on; its text lives in numbered versions, never overwritten."""

    __tablename__ = "agreements"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[AgreementType] = mapped_column(str_enum(AgreementType, "agreement_type"))
    title: Mapped[str] = mapped_column(String(200))
    # The newest version's number; kept here so a list needs no aggregate per agreement.
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_by_name: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AgreementVersion(IdMixin, Base):
    """One saved text of an agreement. A version offered for signature is what partners sign."""

    __tablename__ = "agreement_versions"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[VersionReason] = mapped_column(
        str_enum(VersionReason, "version_reason"), default=VersionReason.text
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_for_signature_at: Mapped[datetime | None]
    sent_by_name: Mapped[str | None] = mapped_column(String(200))
    # The options and choices as they were when this version went out for signature, so what
    # was signed can be printed as it was: {"options": [...], "choices": [...]}.
    options_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AgreementParty(IdMixin, Base):
    """A coalition partner that is party to an agreement. Partners that are member organisations
    sign in Vitaal; the others (stakeholders, names) are listed but sign outside it."""

    __tablename__ = "agreement_parties"
    __table_args__ = (UniqueConstraint("agreement_id", "partner_id"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), index=True
    )


class AgreementSignOff(IdMixin, Base):
    """A partner organisation's signature on one version, by one of its members. Kept for good:
    a later version starts without sign-offs, this one stays recorded on its version."""

    __tablename__ = "agreement_sign_offs"
    __table_args__ = (
        UniqueConstraint("version_id", "partner_id"),
        Index("ix_agreement_sign_offs_agreement_id_signed_at", "agreement_id", "signed_at"),
    )

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreement_versions.id", ondelete="CASCADE")
    )
    version_number: Mapped[int] = mapped_column(Integer)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="SET NULL")
    )
    partner_name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    organisation_name: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)


class AgreementOption(IdMixin, TimestampMixin, Base):
    """A content option (focus of the vision) or a governance option (way of organising)."""

    __tablename__ = "agreement_options"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[OptionKind] = mapped_column(str_enum(OptionKind, "option_kind"))
    governance_model: Mapped[GovernanceModel | None] = mapped_column(
        str_enum(GovernanceModel, "governance_model")
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    # Short lists replaced as a whole and only read with the option: no table of their own.
    pros: Mapped[list[str]] = mapped_column(JSON, default=list)
    cons: Mapped[list[str]] = mapped_column(JSON, default=list)


class AgreementChoice(IdMixin, Base):
    """The option chosen of one kind, and why; choosing again replaces it."""

    __tablename__ = "agreement_choices"
    __table_args__ = (UniqueConstraint("agreement_id", "kind"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    kind: Mapped[OptionKind] = mapped_column(str_enum(OptionKind, "option_kind"))
    option_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreement_options.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    chosen_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    chosen_by_name: Mapped[str] = mapped_column(String(200))
    chosen_at: Mapped[datetime] = mapped_column(default=utcnow)


class CoalitionFounding(IdMixin, TimestampMixin, Base):
    """The founding of a coalition (step 9): on which day, on which signed version of which
    agreement, under which rule, by which partners, and which parties had not signed yet. One
    per coalition; after it the coalition is active."""

    __tablename__ = "coalition_foundings"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), unique=True
    )
    founded_on: Mapped[date]
    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreements.id", ondelete="RESTRICT"), index=True
    )
    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agreement_versions.id", ondelete="RESTRICT"), index=True
    )
    version_number: Mapped[int] = mapped_column(Integer)
    # The coalition's founding rule at the time (vitaal.coalitions.models.FoundingSignatories).
    signatories: Mapped[FoundingSignatories] = mapped_column(
        str_enum(FoundingSignatories, "founding_signatories"),
        default=FoundingSignatories.all_parties,
    )
    # [{"partner_id": …, "name": …, "organisation_id": … | null}], as they were at the founding.
    founding_partners: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # The same for the parties signing in Vitaal that had not signed: they can sign later.
    potential_partners: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    recorded_by_name: Mapped[str] = mapped_column(String(200))
