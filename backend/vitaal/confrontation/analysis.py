"""The confrontation matrix of DOMAIN.md §1 (*confrontatiematrix*). Pure functions, no I/O.

Strengths and weaknesses (inside) form the rows, opportunities and threats (outside) the
columns; every cell is scored 0-3 (0 = no relation, 3 = strong). Row totals show which
strengths and weaknesses matter most, column totals which opportunities and threats. The
four quadrants give the strategy options:

- SO *offensive*: use a strength to seize an opportunity;
- ST *defensive*: use a strength to counter a threat;
- WO *improve*: repair a weakness so an opportunity can be seized;
- WT *avoid*: a weakness meets a threat — the crisis corner.

Quadrants are ranked by their **mean** cell score, then by total: a quadrant with more rows
or columns has more cells, so its total alone would favour the longer list rather than the
stronger relation. Missing cells count as 0. Ties keep the order SO, ST, WO, WT, so the
outcome never depends on the order the items were entered in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

SCORE_MIN, SCORE_MAX = 0, 3


class ItemKind(StrEnum):
    strength = "strength"
    weakness = "weakness"
    opportunity = "opportunity"
    threat = "threat"

    @property
    def internal(self) -> bool:
        return self in (ItemKind.strength, ItemKind.weakness)


class StrategyQuadrant(StrEnum):
    offensive = "offensive"  # SO
    defensive = "defensive"  # ST
    improve = "improve"  # WO
    avoid = "avoid"  # WT


QUADRANT_ORDER = (
    StrategyQuadrant.offensive,
    StrategyQuadrant.defensive,
    StrategyQuadrant.improve,
    StrategyQuadrant.avoid,
)


def quadrant_of(internal: ItemKind, external: ItemKind) -> StrategyQuadrant:
    if internal is ItemKind.strength:
        return (
            StrategyQuadrant.offensive
            if external is ItemKind.opportunity
            else StrategyQuadrant.defensive
        )
    return StrategyQuadrant.improve if external is ItemKind.opportunity else StrategyQuadrant.avoid


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: ItemKind


@dataclass(frozen=True, slots=True)
class ItemTotal:
    id: str
    kind: ItemKind
    total: int
    rank: int  # 1 = matters most within its kind; equal totals share a rank


@dataclass(frozen=True, slots=True)
class QuadrantTotal:
    quadrant: StrategyQuadrant
    total: int
    cells: int
    mean: float  # total / cells; 0 for an empty quadrant
    rank: int  # 1 = the strategy the matrix points to first


@dataclass(frozen=True, slots=True)
class Option:
    """One scored cell: a concrete pairing to act on ("use S2 against T1")."""

    internal_id: str
    external_id: str
    quadrant: StrategyQuadrant
    score: int


@dataclass(frozen=True, slots=True)
class Analysis:
    rows: list[ItemTotal]
    columns: list[ItemTotal]
    quadrants: list[QuadrantTotal]  # in rank order
    options: list[Option]  # scored cells, strongest first
    total: int


Scores = Mapping[tuple[str, str], int]


def analyse(items: Sequence[Item], scores: Scores) -> Analysis:
    """Totals, quadrant ranking and options.

    ``scores`` holds cells of a strength or weakness against an opportunity or threat of
    ``items``, each 0-3 (the service checks both); cells not given count as 0.
    """
    internal = [item for item in items if item.kind.internal]
    external = [item for item in items if not item.kind.internal]
    row_totals = {item.id: 0 for item in internal}
    column_totals = {item.id: 0 for item in external}
    quadrant_totals = dict.fromkeys(QUADRANT_ORDER, 0)
    quadrant_cells = dict.fromkeys(QUADRANT_ORDER, 0)
    options: list[Option] = []
    for row in internal:
        for column in external:
            quadrant = quadrant_of(row.kind, column.kind)
            score = scores.get((row.id, column.id), 0)
            quadrant_cells[quadrant] += 1
            if not score:
                continue
            row_totals[row.id] += score
            column_totals[column.id] += score
            quadrant_totals[quadrant] += score
            options.append(Option(row.id, column.id, quadrant, score))

    position = {item.id: index for index, item in enumerate(items)}
    # The strongest cells first; between equal scores, the pairing whose row and column
    # matter most overall; then the order the user entered the items in.
    options.sort(
        key=lambda o: (
            -o.score,
            -(row_totals[o.internal_id] + column_totals[o.external_id]),
            position[o.internal_id],
            position[o.external_id],
        )
    )
    quadrants = _rank_quadrants(quadrant_totals, quadrant_cells)
    return Analysis(
        rows=_ranked_totals(internal, row_totals),
        columns=_ranked_totals(external, column_totals),
        quadrants=quadrants,
        options=options,
        total=sum(quadrant_totals.values()),
    )


def _ranked_totals(items: Sequence[Item], totals: Mapping[str, int]) -> list[ItemTotal]:
    """Each item's total with its rank among items of the same kind, in entry order.

    Quadratic, which is fine: a matrix holds at most a few dozen items of a kind.
    """
    result = []
    for item in items:
        higher = sum(
            1 for other in items if other.kind is item.kind and totals[other.id] > totals[item.id]
        )
        result.append(ItemTotal(item.id, item.kind, totals[item.id], higher + 1))
    return result


def _rank_quadrants(
    totals: Mapping[StrategyQuadrant, int], cells: Mapping[StrategyQuadrant, int]
) -> list[QuadrantTotal]:
    def mean(quadrant: StrategyQuadrant) -> float:
        return totals[quadrant] / cells[quadrant] if cells[quadrant] else 0.0

    ordered = sorted(
        QUADRANT_ORDER,
        key=lambda q: (-mean(q), -totals[q], QUADRANT_ORDER.index(q)),
    )
    return [
        QuadrantTotal(q, totals[q], cells[q], round(mean(q), 4), rank)
        for rank, q in enumerate(ordered, start=1)
    ]
