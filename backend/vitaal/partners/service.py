"""Partners of a coalition, their assessments, the ambition line and the coalition's matrix.

Other domains look partners up through the functions here (``get_partner``, ``partner_names``,
``coalition_partner`` …) rather than through the partner tables; the partners' side of a
stakeholder's timeline is ``assessments_of_stakeholder``. Roles are checked by the routes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Row, String, and_, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import access as authz
from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition, CoalitionMember
from vitaal.core.db import utc_date, utcnow
from vitaal.core.errors import Conflict, FieldError, NotFound, Unprocessable
from vitaal.core.pagination import (
    DatedCursor,
    DatedPageParams,
    PageParams,
    fetch_page,
    newest_first_after,
    soonest_first_after,
    split_page,
)
from vitaal.core.patching import apply_patch
from vitaal.organisations.models import Organisation
from vitaal.partners import matrix
from vitaal.partners import strategy as strategy_rules
from vitaal.partners.aggregate import Aggregate, Score, aggregate, trail_data
from vitaal.partners.models import (
    AmbitionLineChange,
    CoalitionPartner,
    PartnerAssessment,
    PartnerPosition,
    PartnerStatus,
    PartnerStrategy,
    PartnerStrategyChange,
)
from vitaal.partners.schemas import (
    AmbitionLineRead,
    AmbitionLineUpdate,
    AssessmentCreate,
    MatrixOutcome,
    PartnerCreate,
    PartnerRead,
    PartnerStrategyRead,
    PartnerStrategyUpdate,
    PartnerUpdate,
    PlannedAction,
    StrategyChangeRead,
    StrategyReviewItem,
    StrategyWarning,
)
from vitaal.partners.strategy import ActionKind
from vitaal.stakeholders import service as stakeholder_service
from vitaal.stakeholders.schemas import TimelineEntry
from vitaal.visibility import WorkPiece

DEFAULT_LINE = matrix.AmbitionLine()


# The matrix reads partners as plain rows, which carry the same attribute names.
PartnerLike = CoalitionPartner | Row[Any]
# A stored position, as an entity or as a row of its columns.
PositionLike = PartnerPosition | Row[Any]


def _target(partner: PartnerLike) -> matrix.Position | None:
    if partner.target_influence is None or partner.target_dependency is None:
        return None
    return matrix.Position(partner.target_influence, partner.target_dependency)


def _partner_data(partner: PartnerLike, *, targets: bool) -> dict[str, Any]:
    """The partner as ``PartnerRead``; its target only for those who see the targets."""
    target = _target(partner) if targets else None
    return {
        "id": partner.id,
        "coalition_id": partner.coalition_id,
        "name": partner.name,
        "stakeholder_id": partner.stakeholder_id,
        "member_organisation_id": partner.member_organisation_id,
        "status": partner.status,
        "contact_intensity": partner.contact_intensity,
        "commitment": partner.commitment,
        "financing": partner.financing,
        "relationship_type": partner.relationship_type,
        "target": {"influence": target.influence, "dependency": target.dependency}
        if target is not None
        else None,
        "created_at": partner.created_at,
        "updated_at": partner.updated_at,
    }


def partner_read(partner: CoalitionPartner, access: CoalitionAccess) -> PartnerRead:
    return PartnerRead.model_validate(
        _partner_data(partner, targets=access.sees(WorkPiece.target_positions))
    )


async def _source_name(
    session: AsyncSession, access: CoalitionAccess, user: User, data: PartnerCreate
) -> str:
    if data.stakeholder_id is not None:
        # Only a stakeholder from the caller's own registers can be linked; others do not exist.
        stakeholder = await stakeholder_service.find(
            session, data.stakeholder_id, authz.user_organisation_ids(user.id)
        )
        if stakeholder is None:
            raise Unprocessable.field("body.stakeholder_id", "no such stakeholder in your register")
        return stakeholder.name
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
    return partner_read(partner, access)


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
                errors=[
                    FieldError(field=f"body.{field}", reason="already a partner", code="duplicate")
                ],
            )


async def list_partners(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[list[PartnerRead], str | None]:
    stmt = select(CoalitionPartner).where(CoalitionPartner.coalition_id == access.coalition.id)
    rows, cursor = await fetch_page(session, stmt, CoalitionPartner.id, params)
    return [partner_read(row[0], access) for row in rows], cursor


async def _partner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID
) -> CoalitionPartner | None:
    return await session.scalar(
        select(CoalitionPartner).where(
            CoalitionPartner.id == partner_id, CoalitionPartner.coalition_id == coalition_id
        )
    )


async def get_partner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID
) -> CoalitionPartner:
    """The partner a path names, or 404."""
    partner = await _partner(session, coalition_id, partner_id)
    if partner is None:
        raise NotFound("Partner not found.")
    return partner


async def update_partner(
    session: AsyncSession, access: CoalitionAccess, partner: CoalitionPartner, data: PartnerUpdate
) -> PartnerRead:
    apply_patch(
        partner,
        data,
        ("name", "status", "contact_intensity", "commitment", "financing", "relationship_type"),
    )
    # One position in the API, two columns in the table.
    if "target" in data.model_fields_set:
        partner.target_influence = data.target.influence if data.target else None
        partner.target_dependency = data.target.dependency if data.target else None
    await session.flush()
    await session.refresh(partner)
    return partner_read(partner, access)


async def remove_partner(session: AsyncSession, partner: CoalitionPartner) -> None:
    await session.delete(partner)
    await session.flush()


# --- partners as other domains point at them ------------------------------------------------


async def partner_names(
    session: AsyncSession, coalition_id: uuid.UUID, ids: Iterable[uuid.UUID | None]
) -> dict[uuid.UUID, str]:
    """Names of the given partners of this coalition, in one query."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = await session.execute(
        select(CoalitionPartner.id, CoalitionPartner.name).where(
            CoalitionPartner.coalition_id == coalition_id, CoalitionPartner.id.in_(wanted)
        )
    )
    return {row.id: row.name for row in rows}


async def coalition_partner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID, field: str
) -> CoalitionPartner:
    """The partner a request body points at, or a 422 on ``field`` when it is no partner of this
    coalition (a partner of another coalition is treated the same: its existence is not
    revealed)."""
    partner = await _partner(session, coalition_id, partner_id)
    if partner is None:
        raise Unprocessable.field(field, "not a partner of this coalition", "unknown_partner")
    return partner


async def optional_partner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID | None, field: str
) -> CoalitionPartner | None:
    """An optional reference in a request body: the partner, or None when none was given."""
    if partner_id is None:
        return None
    return await coalition_partner(session, coalition_id, partner_id, field)


async def partners_by_name(
    session: AsyncSession, coalition_id: uuid.UUID
) -> Sequence[Row[uuid.UUID, str, PartnerStatus, uuid.UUID | None]]:
    """Every partner of the coalition as ``id``, ``name``, ``status`` and
    ``member_organisation_id``, by name."""
    return (
        await session.execute(
            select(
                CoalitionPartner.id,
                CoalitionPartner.name,
                CoalitionPartner.status,
                CoalitionPartner.member_organisation_id,
            )
            .where(CoalitionPartner.coalition_id == coalition_id)
            .order_by(CoalitionPartner.name, CoalitionPartner.id)
        )
    ).all()


async def partners_with_positions(
    session: AsyncSession, coalition_id: uuid.UUID
) -> Sequence[Row[CoalitionPartner, PartnerPosition | None]]:
    """Every partner of the coalition by name, each with its aggregated position (None while
    nobody assessed it), in one query."""
    return (
        await session.execute(
            select(CoalitionPartner, PartnerPosition)
            .outerjoin(PartnerPosition, PartnerPosition.partner_id == CoalitionPartner.id)
            .where(CoalitionPartner.coalition_id == coalition_id)
            .order_by(CoalitionPartner.name, CoalitionPartner.id)
        )
    ).all()


async def position(session: AsyncSession, partner_id: uuid.UUID) -> PartnerPosition | None:
    """A partner's aggregated position; None while nobody assessed it."""
    return await session.get(PartnerPosition, partner_id)


async def add_assessment(
    session: AsyncSession, user: User, partner: CoalitionPartner, data: AssessmentCreate
) -> PartnerAssessment:
    assessment = PartnerAssessment(
        coalition_id=partner.coalition_id,
        partner_id=partner.id,
        assessor_id=user.id,
        assessor_name=user.name,
        influence=data.influence,
        dependency=data.dependency,
        rationale=data.rationale,
    )
    session.add(assessment)
    await session.flush()
    await refresh_position(session, partner.coalition_id, partner.id)
    return assessment


async def refresh_position(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID
) -> Aggregate | None:
    """Recompute and store one partner's aggregated position after it was assessed.

    Every write of an assessment goes through here (the API, the demo), so the stored position
    always equals the aggregate of the assessments; the matrix only reads it.
    """
    rows = await session.execute(
        select(*_SCORE_COLUMNS).where(PartnerAssessment.partner_id == partner_id)
    )
    position = aggregate(Score(*row) for row in rows)
    stored = await session.get(PartnerPosition, partner_id)
    if position is None:
        if stored is not None:
            await session.delete(stored)
        return None
    if stored is None:
        stored = PartnerPosition(partner_id=partner_id, coalition_id=coalition_id)
        session.add(stored)
    stored.influence = position.influence
    stored.dependency = position.dependency
    stored.assessors = position.assessors
    stored.influence_range = position.influence_range
    stored.dependency_range = position.dependency_range
    stored.disagreement = position.disagreement
    stored.last_assessed_at = position.last_assessed_at
    stored.trail = trail_data(position)
    await session.flush()
    return position


async def list_assessments(
    session: AsyncSession, partner: CoalitionPartner, params: PageParams
) -> tuple[list[PartnerAssessment], str | None]:
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
    return AmbitionLineRead.model_validate(change)


async def current_line(session: AsyncSession, coalition_id: uuid.UUID) -> AmbitionLineRead:
    change = await session.scalar(
        select(AmbitionLineChange)
        .where(AmbitionLineChange.coalition_id == coalition_id)
        .order_by(AmbitionLineChange.changed_at.desc(), AmbitionLineChange.id.desc())
        .limit(1)
    )
    return _line_read(change)


async def set_line(
    session: AsyncSession, access: CoalitionAccess, user: User, data: AmbitionLineUpdate
) -> AmbitionLineRead:
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

# An assessor whose account was removed still counts once, under the name kept with it. The key
# is made in SQL: a string per row is far cheaper to carry than a UUID object.
_SCORE_COLUMNS = (
    func.coalesce(cast(PartnerAssessment.assessor_id, String), PartnerAssessment.assessor_name),
    PartnerAssessment.influence,
    PartnerAssessment.dependency,
    PartnerAssessment.assessed_at,
)


def _line(line_read: AmbitionLineRead) -> matrix.AmbitionLine:
    return matrix.AmbitionLine(line_read.base, line_read.slope, line_read.midpoint)


def _outcome(
    line: matrix.AmbitionLine, partner: PartnerLike, position: PositionLike, *, targets: bool
) -> matrix.PartnerOutcome:
    """The partner's place against the line; moving toward its target only for those who see
    the targets (the rest of the outcome follows from the position alone)."""
    target = _target(partner) if targets else None
    return matrix.assess(
        line,
        matrix.PartnerInput(str(partner.id), position.influence, position.dependency, target),
    )


def _outcome_data(outcome: matrix.PartnerOutcome) -> dict[str, Any]:
    return {
        "required_influence": outcome.required_influence,
        "gap": outcome.gap,
        "sufficient": outcome.sufficient,
        "quadrant": outcome.quadrant,
        "strategy": outcome.strategy,
        "movement": outcome.movement,
    }


def _position_data(position: PositionLike, *, spread: bool) -> dict[str, Any]:
    """The aggregated position; how far the assessors lie apart only for those who see the
    assessments."""
    return {
        "influence": position.influence,
        "dependency": position.dependency,
        "assessors": position.assessors,
        "influence_range": position.influence_range if spread else None,
        "dependency_range": position.dependency_range if spread else None,
        "disagreement": position.disagreement if spread else None,
        "last_assessed_at": position.last_assessed_at,
    }


async def coalition_matrix(session: AsyncSession, access: CoalitionAccess) -> dict[str, Any]:
    """The coalition matrix as plain data in the shape of ``CoalitionMatrix``, ready for JSON.

    Four queries whatever the number of partners: line, partners, stored positions, strategies
    (three for those who do not see the strategies). No pydantic model per entry, position and
    trail point: with 2,000 partners those objects cost more than the calculation itself, mostly
    in garbage collection (bench/RESULTS.md). The tests hold the output to the
    ``CoalitionMatrix`` schema. What the caller does not see of it is null (the route makes sure
    they see the positions).
    """
    targets = access.sees(WorkPiece.target_positions)
    spread = access.sees(WorkPiece.assessment_rationales)
    line_read = await current_line(session, access.coalition.id)
    line = _line(line_read)
    # Rows, not entities: 2,000 ORM objects with identity map and state cost more than they give.
    partners: Sequence[Row[Any]] = (
        await session.execute(
            select(*CoalitionPartner.__table__.c)
            .where(CoalitionPartner.coalition_id == access.coalition.id)
            .order_by(CoalitionPartner.name, CoalitionPartner.id)
        )
    ).all()
    positions = {
        row.partner_id: row
        for row in await session.execute(
            select(*PartnerPosition.__table__.c).where(
                PartnerPosition.coalition_id == access.coalition.id
            )
        )
    }
    chosen = (
        {
            partner_id: (strategy, direction, review_on)
            for partner_id, strategy, direction, review_on in await session.execute(
                select(
                    PartnerStrategy.partner_id,
                    PartnerStrategy.strategy,
                    PartnerStrategy.direction,
                    PartnerStrategy.review_on,
                ).where(PartnerStrategy.coalition_id == access.coalition.id)
            )
        }
        if access.sees(WorkPiece.partner_strategies)
        else {}
    )

    entries: list[dict[str, Any]] = []
    outcomes: list[matrix.PartnerOutcome] = []
    for partner in partners:
        position = positions.get(partner.id)
        outcome = (
            _outcome(line, partner, position, targets=targets) if position is not None else None
        )
        if outcome is not None:
            outcomes.append(outcome)
        choice = chosen.get(partner.id)
        entries.append(
            {
                "partner": _partner_data(partner, targets=targets),
                "position": _position_data(position, spread=spread)
                if position is not None
                else None,
                "outcome": _outcome_data(outcome) if outcome is not None else None,
                "trail": position.trail if position is not None else [],
                "chosen_strategy": {
                    "strategy": choice[0],
                    "direction": choice[1],
                    "review_on": choice[2],
                    "differs_from_suggestion": outcome is not None
                    and outcome.strategy != choice[0],
                }
                if choice is not None
                else None,
            }
        )
    summary = matrix.summarise(outcomes)
    return {
        "ambition_line": line_read.model_dump(),
        "partners": entries,
        "summary": {**asdict(summary), "unassessed": len(partners) - len(outcomes)},
    }


# --- a partner's chosen strategy ------------------------------------------------------------


async def _suggestion(
    session: AsyncSession, partner: CoalitionPartner, line: matrix.AmbitionLine, *, targets: bool
) -> matrix.PartnerOutcome | None:
    """The matrix's outcome for one partner, as the coalition matrix computes it."""
    stored = await position(session, partner.id)
    return _outcome(line, partner, stored, targets=targets) if stored is not None else None


async def _line_of(session: AsyncSession, coalition_id: uuid.UUID) -> matrix.AmbitionLine:
    return _line(await current_line(session, coalition_id))


def _strategy_read(
    partner: CoalitionPartner,
    suggestion: matrix.PartnerOutcome | None,
    chosen: PartnerStrategy | None,
    history: Iterable[PartnerStrategyChange],
    *,
    positions: bool,
) -> PartnerStrategyRead:
    """The chosen strategy; beside it what the matrix suggests only for those who see the
    matrix (``suggestion`` is then None as well)."""
    suggested = suggestion.strategy if suggestion is not None else None
    return PartnerStrategyRead(
        partner_id=partner.id,
        suggested_strategy=suggested,
        suggestion=MatrixOutcome.model_validate(_outcome_data(suggestion)) if suggestion else None,
        strategy=chosen.strategy if chosen else None,
        direction=chosen.direction if chosen else None,
        reason=chosen.reason if chosen else "",
        differs_from_suggestion=(
            chosen is not None and suggested is not None and chosen.strategy != suggested
        ),
        actions=[PlannedAction.model_validate(action) for action in chosen.actions]
        if chosen
        else [],
        review_on=chosen.review_on if chosen else None,
        updated_by_name=chosen.updated_by_name if chosen else None,
        updated_at=chosen.updated_at if chosen else None,
        history=[_change_read(change, positions=positions) for change in history],
        warnings=_warnings(suggestion, chosen),
    )


def _warnings(
    suggestion: matrix.PartnerOutcome | None, chosen: PartnerStrategy | None
) -> list[StrategyWarning]:
    """Computed from what the reader sees: ``suggestion`` is None without the matrix, and its
    movement None without the targets."""
    warning = strategy_rules.competition_warning(
        suggested=suggestion.strategy if suggestion else None,
        chosen=chosen.strategy if chosen else None,
        direction=chosen.direction if chosen else None,
        movement=suggestion.movement if suggestion else None,
    )
    if warning is None:
        return []
    return [
        StrategyWarning(
            code="competition_unwise",
            left_by=list(warning.left_by),
            secure_by=list(warning.secure_by),
        )
    ]


def _change_read(change: PartnerStrategyChange, *, positions: bool) -> StrategyChangeRead:
    read = StrategyChangeRead.model_validate(change)
    return read if positions else read.model_copy(update={"suggested": None})


async def _chosen_and_history(
    session: AsyncSession, partner_id: uuid.UUID
) -> tuple[PartnerStrategy | None, Sequence[PartnerStrategyChange]]:
    chosen = await session.scalar(
        select(PartnerStrategy).where(PartnerStrategy.partner_id == partner_id)
    )
    history = (
        await session.scalars(
            select(PartnerStrategyChange)
            .where(PartnerStrategyChange.partner_id == partner_id)
            .order_by(PartnerStrategyChange.changed_at, PartnerStrategyChange.id)
        )
    ).all()
    return chosen, history


async def get_strategy(
    session: AsyncSession, access: CoalitionAccess, partner: CoalitionPartner
) -> PartnerStrategyRead:
    positions = access.sees(WorkPiece.partner_positions)
    suggestion = (
        await _suggestion(
            session,
            partner,
            await _line_of(session, partner.coalition_id),
            targets=access.sees(WorkPiece.target_positions),
        )
        if positions
        else None
    )
    chosen, history = await _chosen_and_history(session, partner.id)
    return _strategy_read(partner, suggestion, chosen, history, positions=positions)


async def set_strategy(
    session: AsyncSession, user: User, partner: CoalitionPartner, data: PartnerStrategyUpdate
) -> PartnerStrategyRead:
    """Only the coordinators choose a strategy, and they see the whole matrix: the answer is
    the full view."""
    line = await _line_of(session, partner.coalition_id)
    suggestion = await _suggestion(session, partner, line, targets=True)
    suggested = suggestion.strategy if suggestion is not None else None
    # Going against the matrix is allowed, but the coalition must be able to say why later.
    if suggested is not None and data.strategy != suggested and not data.reason:
        raise Unprocessable.field(
            "body.reason",
            f"give a reason: the matrix suggests {suggested.value}, not {data.strategy.value}",
            "missing",
        )
    chosen = await session.scalar(
        select(PartnerStrategy).where(PartnerStrategy.partner_id == partner.id)
    )
    _check_fit(data, chosen, suggestion, line.midpoint)
    changed = (
        chosen is None or chosen.strategy != data.strategy or chosen.direction != data.direction
    )
    if chosen is None:
        chosen = PartnerStrategy(coalition_id=partner.coalition_id, partner_id=partner.id)
        session.add(chosen)
    chosen.strategy = data.strategy
    chosen.direction = data.direction
    chosen.reason = data.reason
    chosen.actions = [action.model_dump(mode="json") for action in data.actions]
    chosen.review_on = data.review_on
    chosen.updated_by_id = user.id
    chosen.updated_by_name = user.name
    # Set by hand: a change to the actions alone may leave the other columns as they were.
    chosen.updated_at = utcnow()
    if changed:
        session.add(
            PartnerStrategyChange(
                coalition_id=partner.coalition_id,
                partner_id=partner.id,
                strategy=data.strategy,
                direction=data.direction,
                suggested=suggested,
                reason=data.reason,
                changed_by_id=user.id,
                changed_by_name=user.name,
            )
        )
    await session.flush()
    chosen, history = await _chosen_and_history(session, partner.id)
    return _strategy_read(partner, suggestion, chosen, history, positions=True)


def _check_fit(
    data: PartnerStrategyUpdate,
    chosen: PartnerStrategy | None,
    suggestion: matrix.PartnerOutcome | None,
    midpoint: float,
) -> None:
    """The direction and the actions' kinds must fit the partner's place in the matrix. What was
    chosen before stays allowed when the place has moved since (every assessment moves it): an
    unchanged direction, an action kept with the same description and kind. Reconsidering
    them is what the review is for."""
    kept_actions = (
        {(a["description"], a.get("kind", ActionKind.free.value)) for a in chosen.actions}
        if chosen
        else set()
    )
    refusals: list[tuple[str, strategy_rules.Refusal | None]] = []
    if chosen is None or data.direction != chosen.direction:
        refusals.append(
            (
                "body.direction",
                strategy_rules.direction_refusal(data.direction, suggestion, midpoint),
            )
        )
    refusals.extend(
        (f"body.actions.{index}.kind", strategy_rules.action_refusal(a.kind, suggestion, midpoint))
        for index, a in enumerate(data.actions)
        if (a.description, a.kind.value) not in kept_actions
    )
    errors = [
        FieldError(field=field, reason=refusal.reason, code="not_allowed", context=refusal.context)
        for field, refusal in refusals
        if refusal is not None
    ]
    if errors:
        raise Unprocessable(
            "The strategy does not fit the partner's place in the matrix.", errors=errors
        )


def _review_key(row: tuple[PartnerStrategy, str]) -> DatedCursor:
    return DatedCursor(on=row[0].review_on, id=row[0].id)


async def strategy_reviews(
    session: AsyncSession, access: CoalitionAccess, due_before: date, params: DatedPageParams
) -> tuple[list[StrategyReviewItem], str | None]:
    """Partners whose strategy review is due on or before ``due_before``, soonest first."""
    stmt = (
        select(PartnerStrategy, CoalitionPartner.name)
        .join(CoalitionPartner, CoalitionPartner.id == PartnerStrategy.partner_id)
        .where(
            PartnerStrategy.coalition_id == access.coalition.id,
            CoalitionPartner.coalition_id == access.coalition.id,
            PartnerStrategy.review_on <= due_before,
        )
    )
    if params.after is not None:
        stmt = stmt.where(
            soonest_first_after(PartnerStrategy.review_on, PartnerStrategy.id, params.after)
        )
    stmt = stmt.order_by(PartnerStrategy.review_on, PartnerStrategy.id).limit(params.limit + 1)
    rows = [(row[0], row[1]) for row in await session.execute(stmt)]
    page, cursor = split_page(rows, params.limit, _review_key)
    return [
        StrategyReviewItem(
            partner_id=strategy.partner_id,
            partner_name=name,
            strategy=strategy.strategy,
            direction=strategy.direction,
            review_on=strategy.review_on,
            open_actions=sum(1 for action in strategy.actions if not action.get("done")),
        )
        for strategy, name in page
        if strategy.review_on is not None
    ], cursor


# --- a stakeholder's timeline: the assessments of the partners that stand for it --------------


def _assessment_title(coalition: str, assessor: str, influence: float, dependency: float) -> str:
    return (
        f"Assessed in {coalition} by {assessor}: influence {influence:g}, dependency {dependency:g}"
    )[: stakeholder_service.TIMELINE_TITLE_LENGTH]


async def assessments_of_stakeholder(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    stakeholder_id: uuid.UUID,
    params: DatedPageParams,
) -> list[TimelineEntry]:
    """Assessments of the coalition partners that stand for this stakeholder, as timeline
    entries, newest first, a page and one ahead (``stakeholder_service.timeline`` merges them);
    from the coalitions this organisation belongs to only (a partner that another
    organisation's coalition links to the same stakeholder is none of this one's business), and
    of those only where it sees the assessments: in the core team, or shared."""
    day = utc_date(PartnerAssessment.assessed_at)
    stmt = (
        select(
            PartnerAssessment.id,
            day,
            PartnerAssessment.assessor_name,
            PartnerAssessment.influence,
            PartnerAssessment.dependency,
            PartnerAssessment.rationale,
            Coalition.name,
            PartnerAssessment.coalition_id,
            PartnerAssessment.partner_id,
        )
        .join(
            CoalitionPartner,
            and_(
                CoalitionPartner.id == PartnerAssessment.partner_id,
                CoalitionPartner.coalition_id == PartnerAssessment.coalition_id,
            ),
        )
        .join(Coalition, Coalition.id == PartnerAssessment.coalition_id)
        .where(
            CoalitionPartner.stakeholder_id == stakeholder_id,
            PartnerAssessment.coalition_id.in_(
                authz.organisation_sees_in(organisation_id, WorkPiece.assessment_rationales)
            ),
        )
    )
    if params.after is not None:
        stmt = stmt.where(newest_first_after(day, PartnerAssessment.id, params.after))
    stmt = stmt.order_by(day.desc(), PartnerAssessment.id.desc()).limit(params.limit + 1)
    return [
        TimelineEntry(
            kind="assessment",
            at=on,
            title=_assessment_title(coalition, assessor, influence, dependency),
            summary=rationale,
            id=id_,
            coalition_id=coalition_id,
            partner_id=partner_id,
            coalition_name=coalition,
            assessor_name=assessor,
            influence=influence,
            dependency=dependency,
        )
        for (
            id_,
            on,
            assessor,
            influence,
            dependency,
            rationale,
            coalition,
            coalition_id,
            partner_id,
        ) in await session.execute(stmt)
    ]
