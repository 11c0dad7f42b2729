"""Several people may score the same partner: the matrix uses the median of each assessor's
latest assessment and flags disagreement (DOMAIN.md §2). Pure functions, no I/O.

The *trail* is where the aggregate stood after each day on which the partner was assessed, so
the chart can show where a partner was, is, and should go.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

DISAGREEMENT_RANGE = 3.0


@dataclass(frozen=True, slots=True)
class Score:
    assessor: str
    influence: float
    dependency: float
    at: datetime


@dataclass(frozen=True, slots=True)
class TrailPoint:
    on: date
    influence: float
    dependency: float


@dataclass(frozen=True, slots=True)
class Aggregate:
    influence: float
    dependency: float
    assessors: int
    influence_range: float
    dependency_range: float
    disagreement: bool
    last_assessed_at: datetime
    trail: list[TrailPoint]


def _median_of_latest(latest: dict[str, Score]) -> tuple[float, float, float, float]:
    influences = [s.influence for s in latest.values()]
    dependencies = [s.dependency for s in latest.values()]
    return (
        float(median(influences)),
        float(median(dependencies)),
        max(influences) - min(influences),
        max(dependencies) - min(dependencies),
    )


def aggregate(scores: Iterable[Score]) -> Aggregate | None:
    """The aggregated position of one partner; None when nobody assessed it yet."""
    ordered: Sequence[Score] = sorted(scores, key=lambda s: s.at)
    if not ordered:
        return None
    latest: dict[str, Score] = {}
    trail: list[TrailPoint] = []
    for score in ordered:
        latest[score.assessor] = score
        influence, dependency, _, _ = _median_of_latest(latest)
        point = TrailPoint(score.at.date(), influence, dependency)
        # One point per day: a later assessment the same day replaces that day's point.
        if trail and trail[-1].on == point.on:
            trail[-1] = point
        else:
            trail.append(point)
    influence, dependency, influence_range, dependency_range = _median_of_latest(latest)
    return Aggregate(
        influence=influence,
        dependency=dependency,
        assessors=len(latest),
        influence_range=influence_range,
        dependency_range=dependency_range,
        disagreement=max(influence_range, dependency_range) >= DISAGREEMENT_RANGE,
        last_assessed_at=ordered[-1].at,
        trail=trail,
    )
