"""The partner-matrix rules of DOMAIN.md §2, example by example and as properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.partners.matrix import (
    AmbitionLine,
    Movement,
    PartnerInput,
    Position,
    Quadrant,
    Strategy,
    assess,
    calculate,
    movement,
)

LINE = AmbitionLine()
scores = st.floats(min_value=0, max_value=10, allow_nan=False, allow_infinity=False)
lines = st.builds(
    AmbitionLine,
    base=scores,
    slope=st.floats(min_value=0, max_value=10, allow_nan=False),
    midpoint=scores,
)


def test_required_influence_follows_the_line() -> None:
    assert LINE.required_influence(0) == 3
    assert LINE.required_influence(8) == 7
    assert AmbitionLine(base=2, slope=0.25).required_influence(4) == 3


@pytest.mark.parametrize(
    ("influence", "dependency", "gap", "sufficient", "quadrant", "strategy"),
    [
        # X in the seed: a school board, hard to replace, too little influence.
        (4, 8, 3, False, Quadrant.high_dependency_low_influence, Strategy.invest),
        # Z: the library, hard to replace and effective: secure with a covenant.
        (9, 8, -2, True, Quadrant.high_dependency_high_influence, Strategy.secure),
        # Replaceable and effective: a flexible collaboration is enough.
        (6, 2, -2, True, Quadrant.low_dependency_high_influence, Strategy.maintain),
        # Replaceable and short: invest or switch to a business client relationship.
        (2, 3, 2.5, False, Quadrant.low_dependency_low_influence, Strategy.reconsider),
        # Exactly on the line is sufficient; exactly on the midpoint counts as high.
        (5.5, 5, 0, True, Quadrant.high_dependency_high_influence, Strategy.secure),
    ],
)
def test_examples(
    influence: float,
    dependency: float,
    gap: float,
    sufficient: bool,
    quadrant: Quadrant,
    strategy: Strategy,
) -> None:
    outcome = assess(LINE, PartnerInput("p", influence, dependency))
    assert outcome.gap == gap
    assert outcome.sufficient is sufficient
    assert outcome.quadrant is quadrant
    assert outcome.strategy is strategy
    assert outcome.movement is None


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (Position(7, 8), Movement.up),
        (Position(4, 5), Movement.left),  # Y: admit alternatives to a near-monopoly
        (Position(4.4, 8.4), Movement.stay),
        (Position(6, 3), Movement.up_left),
        (Position(2, 9), Movement.down_right),
        (Position(4, 8.5), Movement.right),
        (Position(3.5, 8), Movement.down),
    ],
)
def test_movement_toward_target(target: Position, expected: Movement) -> None:
    assert movement(Position(4, 8), target) is expected


def test_summary_counts_and_attention_order() -> None:
    outcomes, summary = calculate(
        LINE,
        [
            PartnerInput("school", 4, 8),  # gap 3, score 24
            PartnerInput("library", 9, 8),
            PartnerInput("welfare", 5, 9),  # gap 2.5, score 22.5
            PartnerInput("club", 2, 2),  # gap 2, score 4
        ],
    )
    assert [o.id for o in outcomes] == ["school", "library", "welfare", "club"]
    assert summary.count == 4
    assert summary.sufficient == 1
    assert summary.share_sufficient == 0.25
    assert summary.by_strategy == {
        Strategy.secure: 1,
        Strategy.maintain: 0,
        Strategy.invest: 2,
        Strategy.reconsider: 1,
    }
    assert sum(summary.by_quadrant.values()) == 4
    assert [item.id for item in summary.attention] == ["school", "welfare", "club"]
    assert summary.attention[0].score == 24


def test_empty_input() -> None:
    outcomes, summary = calculate(LINE, [])
    assert outcomes == []
    assert summary.count == 0
    assert summary.share_sufficient == 0


@given(line=lines, influence=scores, dependency=scores)
def test_sufficient_iff_gap_not_positive(
    line: AmbitionLine, influence: float, dependency: float
) -> None:
    outcome = assess(line, PartnerInput("p", influence, dependency))
    assert outcome.sufficient == (outcome.gap <= 0)


@given(line=lines, influence=scores, more=scores, dependency=scores)
def test_more_influence_never_makes_a_partner_less_sufficient(
    line: AmbitionLine, influence: float, more: float, dependency: float
) -> None:
    higher = min(10.0, influence + more)
    before = assess(line, PartnerInput("p", influence, dependency))
    after = assess(line, PartnerInput("p", higher, dependency))
    assert after.gap <= before.gap
    assert after.sufficient or not before.sufficient


@given(line=lines, influence=scores, dependency=scores, more=scores)
def test_more_dependency_never_lowers_the_bar(
    line: AmbitionLine, influence: float, dependency: float, more: float
) -> None:
    higher = min(10.0, dependency + more)
    assert line.required_influence(higher) >= line.required_influence(dependency)


@given(line=lines, influence=scores, dependency=scores)
def test_strategies_partition_the_plane(
    line: AmbitionLine, influence: float, dependency: float
) -> None:
    outcome = assess(line, PartnerInput("p", influence, dependency))
    hard_to_replace = dependency >= line.midpoint
    expected = {
        (True, True): Strategy.secure,
        (True, False): Strategy.maintain,
        (False, True): Strategy.invest,
        (False, False): Strategy.reconsider,
    }[(outcome.sufficient, hard_to_replace)]
    assert outcome.strategy is expected
    # The quadrant agrees with the same midpoint on the dependency axis.
    assert outcome.quadrant.value.startswith("high_dependency" if hard_to_replace else "low")


@given(st.lists(st.tuples(scores, scores), max_size=50), lines)
def test_summary_is_consistent(points: list[tuple[float, float]], line: AmbitionLine) -> None:
    partners = [PartnerInput(str(i), inf, dep) for i, (inf, dep) in enumerate(points)]
    outcomes, summary = calculate(line, partners)
    assert summary.count == len(points)
    assert sum(summary.by_strategy.values()) == summary.count
    assert sum(summary.by_quadrant.values()) == summary.count
    assert summary.sufficient + len(summary.attention) == summary.count
    scores_ = [item.score for item in summary.attention]
    assert scores_ == sorted(scores_, reverse=True)
    assert {o.id for o in outcomes if not o.sufficient} == {a.id for a in summary.attention}


@given(current=st.tuples(scores, scores), target=st.tuples(scores, scores))
def test_stay_only_for_small_moves(
    current: tuple[float, float], target: tuple[float, float]
) -> None:
    result = movement(Position(*current), Position(*target))
    small = abs(target[0] - current[0]) < 0.5 and abs(target[1] - current[1]) < 0.5
    assert (result is Movement.stay) == small
