from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vitaal.core.errors import FieldError, Unprocessable
from vitaal.partners.matrix import Movement, Quadrant, Strategy

MAX_PARTNERS = 10_000

Score = Annotated[float, Field(ge=0, le=10, allow_inf_nan=False)]


class AmbitionLineIn(BaseModel):
    base: float = Field(default=3.0, ge=0, le=10, allow_inf_nan=False)
    slope: float = Field(
        default=0.5,
        ge=0,
        le=10,
        allow_inf_nan=False,
        description="How much more influence each point of dependency asks for.",
    )
    midpoint: float = Field(default=5.0, ge=0, le=10, allow_inf_nan=False)


class PositionIn(BaseModel):
    influence: Score
    dependency: Score


class PartnerIn(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    influence: Score
    dependency: Score
    target: PositionIn | None = None


class MatrixRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "ambition_line": {"base": 3, "slope": 0.5, "midpoint": 5},
                    "partners": [
                        {
                            "id": "school-board",
                            "influence": 4,
                            "dependency": 8,
                            "target": {"influence": 7, "dependency": 8},
                        },
                        {"id": "library", "influence": 9, "dependency": 8},
                        {"id": "welfare", "influence": 5, "dependency": 9},
                    ],
                }
            ]
        }
    )

    ambition_line: AmbitionLineIn = Field(default_factory=AmbitionLineIn)
    partners: list[PartnerIn] = Field(max_length=MAX_PARTNERS)

    @model_validator(mode="after")
    def _unique_ids(self) -> MatrixRequest:
        seen: set[str] = set()
        errors: list[FieldError] = []
        for index, partner in enumerate(self.partners):
            if partner.id in seen:
                errors.append(
                    FieldError(
                        field=f"body.partners.{index}.id",
                        reason=f"duplicate id {partner.id!r}: every partner needs its own id",
                        code="duplicate",
                    )
                )
            seen.add(partner.id)
        if errors:
            raise Unprocessable("Partner ids must be unique.", errors=errors)
        return self


class PartnerOutcomeOut(BaseModel):
    id: str
    influence: float
    dependency: float
    required_influence: float = Field(description="base + slope * dependency")
    gap: float = Field(description="required_influence - influence; positive means short")
    sufficient: bool
    quadrant: Quadrant
    strategy: Strategy
    movement: Movement | None = Field(description="Toward the target; null without a target.")


class AttentionOut(BaseModel):
    id: str
    gap: float
    dependency: float
    score: float = Field(description="gap * dependency")


class SummaryOut(BaseModel):
    count: int
    sufficient: int
    share_sufficient: float
    by_quadrant: dict[Quadrant, int]
    by_strategy: dict[Strategy, int]
    attention: list[AttentionOut] = Field(
        description="Short partners, largest gap * dependency first."
    )


class MatrixResponse(BaseModel):
    ambition_line: AmbitionLineIn
    partners: list[PartnerOutcomeOut]
    summary: SummaryOut
