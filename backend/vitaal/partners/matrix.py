"""The partner matrix of DOMAIN.md §2: influence against dependency, the ambition line, and
the position, strategy and movement that follow. Pure functions, no I/O.

``required(d) = base + slope * d``; a partner is *sufficient* when its influence reaches the
line, and its *gap* is how far it falls short (positive = short). Values are rounded to
``PRECISION`` decimals before comparing, so ``sufficient`` is exactly ``gap <= 0`` and float
noise (3 + 0.5 * 0.1 …) never flips an outcome.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

PRECISION = 9
MOVEMENT_THRESHOLD = 0.5
SCORE_MIN, SCORE_MAX = 0.0, 10.0


class Quadrant(StrEnum):
    high_dependency_high_influence = "high_dependency_high_influence"  # Z in the seed
    high_dependency_low_influence = "high_dependency_low_influence"  # X in the seed
    low_dependency_high_influence = "low_dependency_high_influence"
    low_dependency_low_influence = "low_dependency_low_influence"


class Strategy(StrEnum):
    secure = "secure"  # sufficient, hard to replace: multi-year covenant, maybe ambassador
    maintain = "maintain"  # sufficient, replaceable: flexible collaboration is enough
    invest = "invest"  # short, hard to replace: move up (means, motivation) or left (alternatives)
    reconsider = "reconsider"  # short, replaceable: invest, or business client / other partner


class Movement(StrEnum):
    stay = "stay"
    up = "up"
    down = "down"
    left = "left"
    right = "right"
    up_left = "up_left"
    up_right = "up_right"
    down_left = "down_left"
    down_right = "down_right"


@dataclass(frozen=True)
class AmbitionLine:
    base: float = 3.0
    slope: float = 0.5
    midpoint: float = 5.0

    def required_influence(self, dependency: float) -> float:
        return round(self.base + self.slope * dependency, PRECISION)


@dataclass(frozen=True, slots=True)
class Position:
    influence: float
    dependency: float


@dataclass(frozen=True, slots=True)
class PartnerInput:
    id: str
    influence: float
    dependency: float
    target: Position | None = None


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and there are 10,000
class PartnerOutcome:
    id: str
    influence: float
    dependency: float
    required_influence: float
    gap: float
    sufficient: bool
    quadrant: Quadrant
    strategy: Strategy
    movement: Movement | None


@dataclass(frozen=True)
class AttentionItem:
    id: str
    gap: float
    dependency: float
    score: float  # gap * dependency: how much a shortfall hurts, given how irreplaceable


@dataclass(frozen=True)
class Summary:
    count: int
    sufficient: int
    share_sufficient: float
    by_quadrant: dict[Quadrant, int]
    by_strategy: dict[Strategy, int]
    attention: list[AttentionItem]


def quadrant(influence: float, dependency: float, midpoint: float) -> Quadrant:
    return _QUADRANTS[dependency >= midpoint, influence >= midpoint]


def strategy(sufficient: bool, dependency: float, midpoint: float) -> Strategy:
    return _STRATEGIES[sufficient, dependency >= midpoint]


# Lookup tables keyed by (high dependency, high influence) and (sufficient, hard to replace):
# the calculation runs for thousands of partners per request.
_QUADRANTS = {
    (True, True): Quadrant.high_dependency_high_influence,
    (True, False): Quadrant.high_dependency_low_influence,
    (False, True): Quadrant.low_dependency_high_influence,
    (False, False): Quadrant.low_dependency_low_influence,
}
_STRATEGIES = {
    (True, True): Strategy.secure,
    (True, False): Strategy.maintain,
    (False, True): Strategy.invest,
    (False, False): Strategy.reconsider,
}


def movement(current: Position, target: Position | None) -> Movement | None:
    """The direction from where a partner is to where it should go (None without a target)."""
    if target is None:
        return None
    return _MOVEMENTS[
        _step(target.influence - current.influence), _step(target.dependency - current.dependency)
    ]


def _step(change: float) -> int:
    return 1 if change >= MOVEMENT_THRESHOLD else -1 if change <= -MOVEMENT_THRESHOLD else 0


# (vertical step, horizontal step) -> name; up is more influence, right is more dependency.
_MOVEMENTS = {
    (0, 0): Movement.stay,
    (1, 0): Movement.up,
    (-1, 0): Movement.down,
    (0, -1): Movement.left,
    (0, 1): Movement.right,
    (1, -1): Movement.up_left,
    (1, 1): Movement.up_right,
    (-1, -1): Movement.down_left,
    (-1, 1): Movement.down_right,
}


def assess(line: AmbitionLine, partner: PartnerInput) -> PartnerOutcome:
    required = line.required_influence(partner.dependency)
    gap = round(required - partner.influence, PRECISION)
    sufficient = gap <= 0
    return PartnerOutcome(
        id=partner.id,
        influence=partner.influence,
        dependency=partner.dependency,
        required_influence=required,
        gap=gap,
        sufficient=sufficient,
        quadrant=quadrant(partner.influence, partner.dependency, line.midpoint),
        strategy=strategy(sufficient, partner.dependency, line.midpoint),
        movement=movement(Position(partner.influence, partner.dependency), partner.target),
    )


def summarise(outcomes: Sequence[PartnerOutcome]) -> Summary:
    count = len(outcomes)
    sufficient = sum(1 for outcome in outcomes if outcome.sufficient)
    quadrants = Counter(outcome.quadrant for outcome in outcomes)
    strategies = Counter(outcome.strategy for outcome in outcomes)
    short = [
        AttentionItem(
            id=outcome.id,
            gap=outcome.gap,
            dependency=outcome.dependency,
            score=round(outcome.gap * outcome.dependency, PRECISION),
        )
        for outcome in outcomes
        if not outcome.sufficient
    ]
    # sorted() is stable: equal scores keep the order the partners were given in.
    attention = sorted(short, key=lambda item: (-item.score, -item.gap))
    return Summary(
        count=count,
        sufficient=sufficient,
        share_sufficient=round(sufficient / count, 4) if count else 0.0,
        by_quadrant={q: quadrants.get(q, 0) for q in Quadrant},
        by_strategy={s: strategies.get(s, 0) for s in Strategy},
        attention=attention,
    )


def calculate(
    line: AmbitionLine, partners: Iterable[PartnerInput]
) -> tuple[list[PartnerOutcome], Summary]:
    outcomes = [assess(line, partner) for partner in partners]
    return outcomes, summarise(outcomes)
