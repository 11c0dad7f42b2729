"""Partners of a coalition, their assessments, the ambition line and the coalition's matrix."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.coalitions.models import CoalitionMember, CoalitionRole
from vitaal.core import authz
from vitaal.core.authz import CoalitionAccess
from vitaal.core.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.organisations.models import Organisation
from vitaal.partners import matrix
from vitaal.partners.aggregate import Score, aggregate
from vitaal.partners.models import AmbitionLineChange, CoalitionPartner, PartnerAssessment
from vitaal.partners.schemas import (
    AggregatedPosition,
    AmbitionLineRead,
    AmbitionLineUpdate,
    AssessmentCreate,
    AttentionOut,
    CoalitionMatrix,
    CoalitionMatrixEntry,
    CoalitionMatrixSummary,
    MatrixOutcome,
    PartnerCreate,
    PartnerRead,
    PartnerUpdate,
    PositionIn,
    TrailPointOut,
)
from vitaal.stakeholders.models import Stakeholder

DEFAULT_LINE = matrix.AmbitionLine()


def partner_read(partner: CoalitionPartner) -> PartnerRead:
    target = (
        PositionIn(influence=partner.target_influence, dependency=partner.target_dependency)
        if partner.target_influence is not None and partner.target_dependency is not None
        else None
    )
    return PartnerRead(
        id=partner.id,
        coalition_id=partner.coalition_id,
        name=partner.name,
        stakeholder_id=partner.stakeholder_id,
        member_organisation_id=partner.member_organisation_id,
        status=partner.status,
        contact_intensity=partner.contact_intensity,
        commitment=partner.commitment,
        financing=partner.financing,
        relationship_type=partner.relationship_type,
        target=target,
        created_at=partner.created_at,
        updated_at=partner.updated_at,
    )


async def _source_name(
    session: AsyncSession, access: CoalitionAccess, user: User, data: PartnerCreate
) -> str:
    if data.stakeholder_id is not None:
        # Only a stakeholder from the caller's own registers can be linked; others do not exist.
        name = await session.scalar(
            select(Stakeholder.name).where(
                Stakeholder.id == data.stakeholder_id,
                Stakeholder.organisation_id.in_(authz.user_organisation_ids(user.id)),
            )
        )
        if name is None:
            raise Unprocessable.field("body.stakeholder_id", "no such stakeholder in your register")
        return name
    if data.organisation_id is not None:
        name = await session.scalar(
            select(Organisation.name)
            .join(CoalitionMember, CoalitionMember.organisation_id == Organisation.id)
            .where(
                Organisation.id == data.organisation_id,
                CoalitionMember.coalition_id == access.coalition.id,
            )
        )
        if name is None:
            raise Unprocessable.field(
                "body.organisation_id", "not a member organisation of this coalition"
            )
        return name
    return ""


async def add_partner(
    session: AsyncSession, access: CoalitionAccess, user: User, data: PartnerCreate
) -> PartnerRead:
    access.require_manage()
    source_name = await _source_name(session, access, user, data)
    await _ensure_not_linked(session, access.coalition.id, data)
    partner = CoalitionPartner(
        coalition_id=access.coalition.id,
        name=(data.name or "").strip() or source_name,
        stakeholder_id=data.stakeholder_id,
        member_organisation_id=data.organisation_id,
        added_by_organisation_id=access.organisation_id,
        status=data.status,
        contact_intensity=data.contact_intensity,
        commitment=data.commitment,
        financing=data.financing,
        relationship_type=data.relationship_type,
        target_influence=data.target.influence if data.target else None,
        target_dependency=data.target.dependency if data.target else None,
    )
    session.add(partner)
    await session.flush()
    return partner_read(partner)


async def _ensure_not_linked(
    session: AsyncSession, coalition_id: uuid.UUID, data: PartnerCreate
) -> None:
    for field, column, value in (
        ("stakeholder_id", CoalitionPartner.stakeholder_id, data.stakeholder_id),
        ("organisation_id", CoalitionPartner.member_organisation_id, data.organisation_id),
    ):
        if value is None:
            continue
        existing = await session.scalar(
            select(CoalitionPartner.id).where(
                CoalitionPartner.coalition_id == coalition_id, column == value
            )
        )
        if existing is not None:
            raise Conflict(
                f"This {field.removesuffix('_id')} is already a partner of the coalition.",
                errors=[FieldError(field=f"body.{field}", reason="already a partner")],
            )


async def list_partners(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[list[PartnerRead], str | None]:
    stmt = select(CoalitionPartner).where(CoalitionPartner.coalition_id == access.coalition.id)
    rows, cursor = await fetch_page(session, stmt, CoalitionPartner.id, params)
    return [partner_read(row[0]) for row in rows], cursor


async def get_partner(
    session: AsyncSession, access: CoalitionAccess, partner_id: uuid.UUID
) -> CoalitionPartner:
    partner = await session.scalar(
        select(CoalitionPartner).where(
            CoalitionPartner.id == partner_id,
            CoalitionPartner.coalition_id == access.coalition.id,
        )
    )
    if partner is None:
        raise NotFound("Partner not found.")
    return partner


async def update_partner(
    session: AsyncSession, access: CoalitionAccess, partner_id: uuid.UUID, data: PartnerUpdate
) -> PartnerRead:
    access.require_manage()
    partner = await get_partner(session, access, partner_id)
    sent = data.model_fields_set
    for field in ("status", "contact_intensity", "commitment", "financing", "relationship_type"):
        if field in sent:
            value = getattr(data, field)
            if value is None and field in ("status", "relationship_type"):
                raise Unprocessable.field(f"body.{field}", "may not be null")
            setattr(partner, field, value)
    if "name" in sent:
        if not data.name or not data.name.strip():
            raise Unprocessable.field("body.name", "must not be blank")
        partner.name = data.name.strip()
    if "target" in sent:
        partner.target_influence = data.target.influence if data.target else None
        partner.target_dependency = data.target.dependency if data.target else None
    await session.flush()
    await session.refresh(partner)
    return partner_read(partner)


async def remove_partner(
    session: AsyncSession, access: CoalitionAccess, partner_id: uuid.UUID
) -> None:
    access.require_manage()
    partner = await get_partner(session, access, partner_id)
    await session.delete(partner)
    await session.flush()


async def add_assessment(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    partner_id: uuid.UUID,
    data: AssessmentCreate,
) -> PartnerAssessment:
    if access.role is CoalitionRole.observer:
        raise Forbidden("Observers can see the partner matrix but not assess partners.")
    partner = await get_partner(session, access, partner_id)
    assessment = PartnerAssessment(
        coalition_id=access.coalition.id,
        partner_id=partner.id,
        assessor_id=user.id,
        assessor_name=user.name,
        influence=data.influence,
        dependency=data.dependency,
        rationale=data.rationale,
    )
    session.add(assessment)
    await session.flush()
    return assessment


async def list_assessments(
    session: AsyncSession, access: CoalitionAccess, partner_id: uuid.UUID, params: PageParams
) -> tuple[list[PartnerAssessment], str | None]:
    partner = await get_partner(session, access, partner_id)
    stmt = select(PartnerAssessment).where(PartnerAssessment.partner_id == partner.id)
    rows, cursor = await fetch_page(session, stmt, PartnerAssessment.id, params)
    return [row[0] for row in rows], cursor


# --- the ambition line ----------------------------------------------------------------------


def _line_read(change: AmbitionLineChange | None) -> AmbitionLineRead:
    if change is None:
        return AmbitionLineRead(
            base=DEFAULT_LINE.base,
            slope=DEFAULT_LINE.slope,
            midpoint=DEFAULT_LINE.midpoint,
            changed_at=None,
            changed_by_name=None,
        )
    return AmbitionLineRead(
        base=change.base,
        slope=change.slope,
        midpoint=change.midpoint,
        reason=change.reason,
        changed_at=change.changed_at,
        changed_by_name=change.changed_by_name,
    )


async def current_line(session: AsyncSession, access: CoalitionAccess) -> AmbitionLineRead:
    change = await session.scalar(
        select(AmbitionLineChange)
        .where(AmbitionLineChange.coalition_id == access.coalition.id)
        .order_by(AmbitionLineChange.changed_at.desc(), AmbitionLineChange.id.desc())
        .limit(1)
    )
    return _line_read(change)


async def set_line(
    session: AsyncSession, access: CoalitionAccess, user: User, data: AmbitionLineUpdate
) -> AmbitionLineRead:
    access.require_manage()
    change = AmbitionLineChange(
        coalition_id=access.coalition.id,
        base=data.base,
        slope=data.slope,
        midpoint=data.midpoint,
        reason=data.reason,
        changed_by_id=user.id,
        changed_by_name=user.name,
    )
    session.add(change)
    await session.flush()
    return _line_read(change)


async def line_history(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[list[AmbitionLineRead], str | None]:
    stmt = select(AmbitionLineChange).where(AmbitionLineChange.coalition_id == access.coalition.id)
    rows, cursor = await fetch_page(session, stmt, AmbitionLineChange.id, params)
    return [_line_read(row[0]) for row in rows], cursor


# --- the coalition's matrix -----------------------------------------------------------------


async def coalition_matrix(session: AsyncSession, access: CoalitionAccess) -> CoalitionMatrix:
    """Three queries whatever the number of partners: line, partners, assessments."""
    line_read = await current_line(session, access)
    line = matrix.AmbitionLine(line_read.base, line_read.slope, line_read.midpoint)
    partners: Sequence[CoalitionPartner] = (
        await session.scalars(
            select(CoalitionPartner)
            .where(CoalitionPartner.coalition_id == access.coalition.id)
            .order_by(CoalitionPartner.name, CoalitionPartner.id)
        )
    ).all()
    scores: dict[uuid.UUID, list[Score]] = defaultdict(list)
    rows = await session.execute(
        select(
            PartnerAssessment.partner_id,
            PartnerAssessment.assessor_id,
            PartnerAssessment.assessor_name,
            PartnerAssessment.influence,
            PartnerAssessment.dependency,
            PartnerAssessment.assessed_at,
        ).where(PartnerAssessment.coalition_id == access.coalition.id)
    )
    for partner_id, assessor_id, assessor_name, influence, dependency, at in rows:
        scores[partner_id].append(
            Score(str(assessor_id or assessor_name), influence, dependency, at)
        )

    entries: list[CoalitionMatrixEntry] = []
    outcomes: list[matrix.PartnerOutcome] = []
    for partner in partners:
        position = aggregate(scores.get(partner.id, []))
        read = partner_read(partner)
        if position is None:
            entries.append(
                CoalitionMatrixEntry(partner=read, position=None, outcome=None, trail=[])
            )
            continue
        target = (
            matrix.Position(read.target.influence, read.target.dependency) if read.target else None
        )
        outcome = matrix.assess(
            line,
            matrix.PartnerInput(str(partner.id), position.influence, position.dependency, target),
        )
        outcomes.append(outcome)
        entries.append(
            CoalitionMatrixEntry(
                partner=read,
                position=AggregatedPosition(
                    influence=position.influence,
                    dependency=position.dependency,
                    assessors=position.assessors,
                    influence_range=position.influence_range,
                    dependency_range=position.dependency_range,
                    disagreement=position.disagreement,
                    last_assessed_at=position.last_assessed_at,
                ),
                outcome=MatrixOutcome(
                    required_influence=outcome.required_influence,
                    gap=outcome.gap,
                    sufficient=outcome.sufficient,
                    quadrant=outcome.quadrant,
                    strategy=outcome.strategy,
                    movement=outcome.movement,
                ),
                trail=[
                    TrailPointOut(on=p.on, influence=p.influence, dependency=p.dependency)
                    for p in position.trail
                ],
            )
        )
    summary = matrix.summarise(outcomes)
    return CoalitionMatrix(
        ambition_line=line_read,
        partners=entries,
        summary=CoalitionMatrixSummary(
            count=summary.count,
            sufficient=summary.sufficient,
            share_sufficient=summary.share_sufficient,
            by_quadrant=summary.by_quadrant,
            by_strategy=summary.by_strategy,
            attention=[AttentionOut(**asdict(item)) for item in summary.attention],
            unassessed=len(partners) - len(outcomes),
        ),
    )
