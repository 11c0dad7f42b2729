from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path

from vitaal.core.errors import NotFound
from vitaal.journey import steps as plan


def valid_step(
    step: Annotated[int, Path(description="Step number, 1-10.")],
) -> plan.StepDefinition:
    definition = plan.STEP_BY_NUMBER.get(step)
    if definition is None:
        raise NotFound("The step plan has steps 1 to 10.")
    return definition


def valid_round(round: Annotated[int, Path(description="Round number, 1-3.")]) -> int:
    if round not in plan.ROUNDS:
        raise NotFound("The step plan has rounds 1 to 3.")
    return round


StepDep = Annotated[plan.StepDefinition, Depends(valid_step, scope="function")]
RoundDep = Annotated[int, Depends(valid_round, scope="function")]
