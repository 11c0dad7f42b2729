"""The priority rule: score = impact x urgency, bands low <= 4 < medium <= 9 < high <= 14 <
critical; ranking by score, then impact."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.issues.priority import PriorityBand, band_for, heat_map, priority, rank_key

scores = st.integers(min_value=1, max_value=5)


@pytest.mark.parametrize(
    ("impact", "urgency", "score", "band"),
    [
        (1, 1, 1, "low"),
        (2, 2, 4, "low"),
        (1, 4, 4, "low"),
        (5, 1, 5, "medium"),
        (3, 3, 9, "medium"),
        (2, 5, 10, "high"),
        (3, 4, 12, "high"),
        (5, 3, 15, "critical"),
        (4, 4, 16, "critical"),
        (5, 5, 25, "critical"),
    ],
)
def test_table(impact: int, urgency: int, score: int, band: str) -> None:
    assert priority(impact, urgency).score == score
    assert priority(impact, urgency).band == PriorityBand(band)


@pytest.mark.parametrize(("impact", "urgency"), [(0, 3), (6, 3), (3, 0), (3, 6), (-1, -1)])
def test_out_of_scale_is_refused(impact: int, urgency: int) -> None:
    with pytest.raises(ValueError, match="must be 1 to 5"):
        priority(impact, urgency)


def test_band_limits() -> None:
    assert [band_for(s).value for s in (4, 5, 9, 10, 14, 15)] == [
        "low",
        "medium",
        "medium",
        "high",
        "high",
        "critical",
    ]
    with pytest.raises(ValueError):
        band_for(26)


ORDER = list(PriorityBand)


@given(scores, scores, scores, scores)
def test_more_impact_or_urgency_never_lowers_the_priority(
    impact: int, urgency: int, more_impact: int, more_urgency: int
) -> None:
    low = priority(impact, urgency)
    high = priority(max(impact, more_impact), max(urgency, more_urgency))
    assert high.score >= low.score
    assert ORDER.index(high.band) >= ORDER.index(low.band)


@given(scores, scores)
def test_symmetric_score(impact: int, urgency: int) -> None:
    assert priority(impact, urgency).score == priority(urgency, impact).score


@given(st.lists(st.tuples(scores, scores), min_size=2, max_size=20))
def test_ranking_puts_higher_scores_first_and_impact_breaks_ties(
    issues: list[tuple[int, int]],
) -> None:
    ranked = sorted(issues, key=lambda pair: rank_key(*pair))
    for (i1, u1), (i2, u2) in itertools.pairwise(ranked):
        assert i1 * u1 >= i2 * u2
        if i1 * u1 == i2 * u2:
            assert i1 >= i2


@given(st.lists(st.tuples(scores, scores, st.integers(0, 50)), max_size=40))
def test_heat_map_counts_every_row_once(rows: list[tuple[int, int, int]]) -> None:
    grid = heat_map(rows)
    assert len(grid) == 5
    assert all(len(row) == 5 for row in grid)
    assert sum(map(sum, grid)) == sum(count for _, _, count in rows)
    for impact in range(1, 6):
        for urgency in range(1, 6):
            expected = sum(c for i, u, c in rows if (i, u) == (impact, urgency))
            assert grid[impact - 1][urgency - 1] == expected


def test_heat_map_refuses_bad_cells() -> None:
    with pytest.raises(ValueError):
        heat_map([(6, 1, 1)])
    with pytest.raises(ValueError):
        heat_map([(1, 1, -1)])
