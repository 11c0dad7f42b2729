"""Priority of an issue from its impact and urgency (DOMAIN.md §1, impact analysis).

DOMAIN.md gives no formula, so the product uses the usual 5 x 5 risk-matrix rule:

    score = impact x urgency            (1 … 25)
    band  = low       when score <= 4
            medium    when 5 <= score <= 9
            high      when 10 <= score <= 14
            critical  when score >= 15  (e.g. impact 5 and urgency 3, or 4 x 4)

Issues are ranked by score, then by impact (a high-impact issue goes before an equally scored
urgent one: urgency can be bought with time, impact cannot), then by urgency. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

SCALE = range(1, 6)
BAND_LIMITS = ((4, "low"), (9, "medium"), (14, "high"), (25, "critical"))


class PriorityBand(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


@dataclass(frozen=True)
class Priority:
    score: int
    band: PriorityBand


def _check(name: str, value: int) -> None:
    if value not in SCALE:
        raise ValueError(f"{name} must be 1 to 5, got {value!r}")


def band_for(score: int) -> PriorityBand:
    if not 1 <= score <= 25:
        raise ValueError(f"score must be 1 to 25, got {score!r}")
    for limit, band in BAND_LIMITS:
        if score <= limit:
            return PriorityBand(band)
    raise AssertionError("unreachable")  # pragma: no cover


def priority(impact: int, urgency: int) -> Priority:
    _check("impact", impact)
    _check("urgency", urgency)
    score = impact * urgency
    return Priority(score=score, band=band_for(score))


def rank_key(impact: int, urgency: int) -> tuple[int, int, int]:
    """Sort key, highest priority first when sorted ascending."""
    return (-impact * urgency, -impact, -urgency)


def heat_map(cells: Iterable[tuple[int, int, int]]) -> list[list[int]]:
    """Counts per cell from (impact, urgency, count) rows: ``grid[impact - 1][urgency - 1]``.

    Rows for the same cell add up; a value outside 1-5 is refused."""
    grid = [[0] * 5 for _ in SCALE]
    for impact, urgency, count in cells:
        _check("impact", impact)
        _check("urgency", urgency)
        if count < 0:
            raise ValueError("a count cannot be negative")
        grid[impact - 1][urgency - 1] += count
    return grid
