from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter

from vitaal.auth.deps import CurrentUser
from vitaal.core.errors import problem_responses
from vitaal.partners import matrix
from vitaal.partners.schemas import (
    AttentionOut,
    MatrixRequest,
    MatrixResponse,
    PartnerOutcomeOut,
    SummaryOut,
)

router = APIRouter(prefix="/partner-matrix", tags=["partner-matrix"])


@router.post(
    "/calculate",
    response_model=MatrixResponse,
    responses=problem_responses(401, 422),
    summary="Place partners against the ambition line (stateless, for integrations and what-if)",
)
async def calculate_partner_matrix(data: MatrixRequest, _: CurrentUser) -> MatrixResponse:
    line = matrix.AmbitionLine(**data.ambition_line.model_dump())
    outcomes, summary = matrix.calculate(
        line,
        (
            matrix.PartnerInput(
                id=p.id,
                influence=p.influence,
                dependency=p.dependency,
                target=matrix.Position(p.target.influence, p.target.dependency)
                if p.target
                else None,
            )
            for p in data.partners
        ),
    )
    return MatrixResponse(
        ambition_line=data.ambition_line,
        partners=[PartnerOutcomeOut(**asdict(outcome)) for outcome in outcomes],
        summary=SummaryOut(
            count=summary.count,
            sufficient=summary.sufficient,
            share_sufficient=summary.share_sufficient,
            by_quadrant=summary.by_quadrant,
            by_strategy=summary.by_strategy,
            attention=[AttentionOut(**asdict(item)) for item in summary.attention],
        ),
    )
