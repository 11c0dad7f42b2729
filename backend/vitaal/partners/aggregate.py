"""Several people may score the same partner: the matrix uses the median of each assessor's
latest assessment and flags disagreement (DOMAIN.md §2). Pure functions, no I/O.

The *trail* is where the aggregate stood after each day on which the partner was assessed, so
the chart can show where a partner was, is, and should go.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import NamedTuple

DISAGREEMENT_RANGE = 3.0


# Named tuples rather than dataclasses: a coalition matrix builds one per assessment and one per
# trail point, tens of thousands per request, and tuples are the cheapest objects to build.
class Score(NamedTuple):
    assessor: str
    influence: float
    dependency: float
    at: datetime


class TrailPoint(NamedTuple):
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


_by_time = attrgetter("at")


def _median(values: Iterable[float]) -> float:
    """``statistics.median`` for the handful of assessors a partner has, without its checks."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def aggregate(scores: Iterable[Score]) -> Aggregate | None:
    """The aggregated position of one partner; None when nobody assessed it yet."""
    ordered = sorted(scores, key=_by_time)
    if not ordered:
        return None
    influences: dict[str, float] = {}
    dependencies: dict[str, float] = {}
    trail: list[TrailPoint] = []
    day = ordered[0].at.date()
    for assessor, influence, dependency, at in ordered:
        # One trail point per day, where the aggregate stood after that day's last assessment:
        # medians are taken when the day is over, not after every assessment.
        if (on := at.date()) != day:
            trail.append(
                TrailPoint(day, _median(influences.values()), _median(dependencies.values()))
            )
            day = on
        influences[assessor] = influence
        dependencies[assessor] = dependency
    trail.append(TrailPoint(day, _median(influences.values()), _median(dependencies.values())))
    influence_range = max(influences.values()) - min(influences.values())
    dependency_range = max(dependencies.values()) - min(dependencies.values())
    return Aggregate(
        influence=trail[-1].influence,
        dependency=trail[-1].dependency,
        assessors=len(influences),
        influence_range=influence_range,
        dependency_range=dependency_range,
        disagreement=max(influence_range, dependency_range) >= DISAGREEMENT_RANGE,
        last_assessed_at=ordered[-1].at,
        trail=trail,
    )


def trail_data(position: Aggregate) -> list[dict[str, str | float]]:
    """The trail as stored in ``partner_positions`` and returned by the API."""
    return [
        {"on": point.on.isoformat(), "influence": point.influence, "dependency": point.dependency}
        for point in position.trail
    ]
