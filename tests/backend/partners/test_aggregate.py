from __future__ import annotations

from datetime import UTC, datetime, timedelta
from statistics import median

from hypothesis import given
from hypothesis import strategies as st

from vitaal.partners.aggregate import Score, aggregate

DAY = datetime(2026, 11, 1, 9, tzinfo=UTC)


def test_nobody_assessed() -> None:
    assert aggregate([]) is None


def test_median_of_each_assessors_latest() -> None:
    result = aggregate(
        [
            Score("anne", 2, 8, DAY),
            Score("anne", 4, 8, DAY + timedelta(days=2)),  # replaces anne's first score
            Score("bram", 6, 7, DAY + timedelta(days=1)),
            Score("cees", 5, 9, DAY + timedelta(days=3)),
        ]
    )
    assert result is not None
    assert (result.influence, result.dependency) == (5, 8)
    assert result.assessors == 3
    assert result.influence_range == 2
    assert result.disagreement is False
    assert result.last_assessed_at == DAY + timedelta(days=3)
    assert [(p.on.day, p.influence, p.dependency) for p in result.trail] == [
        (1, 2, 8),
        (2, 4, 7.5),
        (3, 5, 7.5),
        (4, 5, 8),
    ]


def test_disagreement_from_a_range_of_three() -> None:
    result = aggregate([Score("a", 2, 5, DAY), Score("b", 5, 5, DAY + timedelta(hours=1))])
    assert result is not None
    assert result.disagreement is True
    assert len(result.trail) == 1  # the same day: one point
    assert result.trail[0].influence == 3.5


scores = st.floats(min_value=0, max_value=10, allow_nan=False)


@given(
    st.lists(
        st.tuples(st.sampled_from("abcde"), scores, scores, st.integers(0, 10_000)),
        min_size=1,
        max_size=40,
    )
)
def test_aggregate_lies_within_the_latest_scores(raw: list[tuple[str, float, float, int]]) -> None:
    items = [Score(a, i, d, DAY + timedelta(minutes=m)) for a, i, d, m in raw]
    result = aggregate(items)
    assert result is not None
    latest: dict[str, Score] = {}
    for item in sorted(items, key=lambda s: s.at):
        latest[item.assessor] = item
    influences = [s.influence for s in latest.values()]
    assert min(influences) <= result.influence <= max(influences)
    assert result.assessors == len(latest)
    assert result.disagreement == (max(result.influence_range, result.dependency_range) >= 3)
    assert result.trail[-1].influence == result.influence


def _reference(scores: list[Score]) -> tuple[float, float, list[tuple[object, float, float]]]:
    """The rule written plainly: after every assessment, the median of each assessor's latest
    score; per day, the last of those."""
    latest: dict[str, Score] = {}
    trail: dict[object, tuple[float, float]] = {}
    for score in sorted(scores, key=lambda s: s.at):
        latest[score.assessor] = score
        trail[score.at.date()] = (
            float(median(s.influence for s in latest.values())),
            float(median(s.dependency for s in latest.values())),
        )
    points = [(on, i, d) for on, (i, d) in trail.items()]
    return points[-1][1], points[-1][2], points


@given(
    st.lists(
        st.tuples(st.sampled_from("abcde"), scores, scores, st.integers(0, 60 * 24 * 20)),
        min_size=1,
        max_size=40,
    )
)
def test_aggregate_equals_the_plain_rule(raw: list[tuple[str, float, float, int]]) -> None:
    items = [Score(a, i, d, DAY + timedelta(minutes=m)) for a, i, d, m in raw]
    result = aggregate(items)
    assert result is not None
    influence, dependency, trail = _reference(items)
    assert (result.influence, result.dependency) == (influence, dependency)
    assert [tuple(point) for point in result.trail] == trail
