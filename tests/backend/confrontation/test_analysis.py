"""The confrontation matrix rules of DOMAIN.md §1, by example and as properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.confrontation.analysis import (
    Item,
    ItemKind,
    StrategyQuadrant,
    analyse,
    quadrant_of,
)

S1, S2 = Item("s1", ItemKind.strength), Item("s2", ItemKind.strength)
W1 = Item("w1", ItemKind.weakness)
O1 = Item("o1", ItemKind.opportunity)
T1, T2 = Item("t1", ItemKind.threat), Item("t2", ItemKind.threat)
ITEMS = [S1, S2, W1, O1, T1, T2]


def test_quadrants_follow_inside_and_outside() -> None:
    assert quadrant_of(ItemKind.strength, ItemKind.opportunity) is StrategyQuadrant.offensive
    assert quadrant_of(ItemKind.strength, ItemKind.threat) is StrategyQuadrant.defensive
    assert quadrant_of(ItemKind.weakness, ItemKind.opportunity) is StrategyQuadrant.improve
    assert quadrant_of(ItemKind.weakness, ItemKind.threat) is StrategyQuadrant.avoid


def test_totals_per_row_column_and_quadrant() -> None:
    scores = {("s1", "o1"): 3, ("s1", "t1"): 1, ("s2", "t2"): 2, ("w1", "t1"): 3, ("w1", "o1"): 1}
    result = analyse(ITEMS, scores)

    assert {r.id: r.total for r in result.rows} == {"s1": 4, "s2": 2, "w1": 4}
    assert {c.id: c.total for c in result.columns} == {"o1": 4, "t1": 4, "t2": 2}
    by_quadrant = {q.quadrant: q for q in result.quadrants}
    assert by_quadrant[StrategyQuadrant.offensive].total == 3  # s1 x o1 + s2 x o1
    assert by_quadrant[StrategyQuadrant.offensive].cells == 2
    assert by_quadrant[StrategyQuadrant.defensive].total == 3  # 4 cells
    assert by_quadrant[StrategyQuadrant.improve].total == 1
    assert by_quadrant[StrategyQuadrant.avoid].total == 3  # 2 cells
    assert result.total == 10


def test_quadrants_rank_by_mean_so_a_longer_list_does_not_win_by_size() -> None:
    scores = {("s1", "o1"): 3, ("s1", "t1"): 1, ("s2", "t2"): 2, ("w1", "t1"): 3, ("w1", "o1"): 1}
    ranked = [q.quadrant for q in analyse(ITEMS, scores).quadrants]
    # offensive 3/2 = 1.5 and avoid 3/2 = 1.5 tie on mean and total: SO comes first.
    # defensive 3/4 = 0.75 has the same total but a lower mean; improve 1/1 = 1.
    assert ranked == [
        StrategyQuadrant.offensive,
        StrategyQuadrant.avoid,
        StrategyQuadrant.improve,
        StrategyQuadrant.defensive,
    ]
    assert [q.rank for q in analyse(ITEMS, scores).quadrants] == [1, 2, 3, 4]


def test_rows_rank_within_their_kind_and_share_ranks_on_ties() -> None:
    scores = {("s1", "o1"): 2, ("s2", "o1"): 2, ("w1", "t1"): 1}
    rows = {r.id: r.rank for r in analyse(ITEMS, scores).rows}
    assert rows == {"s1": 1, "s2": 1, "w1": 1}


def test_options_are_the_scored_cells_strongest_first() -> None:
    scores = {("s2", "t2"): 2, ("w1", "t1"): 3, ("s1", "o1"): 3, ("s1", "t1"): 0}
    options = analyse(ITEMS, scores).options
    assert [(o.internal_id, o.external_id, o.score) for o in options] == [
        ("s1", "o1", 3),  # equal score and weight as w1 x t1: entered first
        ("w1", "t1", 3),
        ("s2", "t2", 2),
    ]
    assert options[1].quadrant is StrategyQuadrant.avoid


def test_an_empty_matrix_has_nothing_to_rank() -> None:
    result = analyse([], {})
    assert result.rows == []
    assert result.columns == []
    assert result.options == []
    assert [q.quadrant for q in result.quadrants] == list(StrategyQuadrant)
    assert all(q.mean == 0 and q.cells == 0 for q in result.quadrants)


kinds = st.sampled_from(list(ItemKind))


@st.composite
def matrices(draw: st.DrawFn) -> tuple[list[Item], dict[tuple[str, str], int]]:
    items = [Item(f"i{n}", draw(kinds)) for n in range(draw(st.integers(0, 12)))]
    inside = [i.id for i in items if i.kind.internal]
    outside = [i.id for i in items if not i.kind.internal]
    cells = [(r, c) for r in inside for c in outside]
    chosen = draw(st.lists(st.sampled_from(cells), unique=True)) if cells else []
    return items, {cell: draw(st.integers(0, 3)) for cell in chosen}


@given(matrices())
def test_row_column_and_quadrant_totals_agree(
    matrix: tuple[list[Item], dict[tuple[str, str], int]],
) -> None:
    items, scores = matrix
    result = analyse(items, scores)
    assert sum(r.total for r in result.rows) == result.total
    assert sum(c.total for c in result.columns) == result.total
    assert sum(q.total for q in result.quadrants) == result.total
    assert sum(o.score for o in result.options) == result.total
    inside = sum(1 for i in items if i.kind.internal)
    assert sum(q.cells for q in result.quadrants) == inside * (len(items) - inside)


@given(matrices())
def test_rankings_are_ordered_and_independent_of_entry_order(
    matrix: tuple[list[Item], dict[tuple[str, str], int]],
) -> None:
    items, scores = matrix
    result = analyse(items, scores)
    means = [q.mean for q in result.quadrants]
    assert means == sorted(means, reverse=True)
    assert [o.score for o in result.options] == sorted(
        (o.score for o in result.options), reverse=True
    )
    reversed_result = analyse(list(reversed(items)), scores)
    assert [q.quadrant for q in reversed_result.quadrants] == [q.quadrant for q in result.quadrants]


@given(matrices(), st.data())
def test_raising_a_cell_never_lowers_its_quadrant_total(
    matrix: tuple[list[Item], dict[tuple[str, str], int]], data: st.DataObject
) -> None:
    items, scores = matrix
    if not scores:
        return
    cell = data.draw(st.sampled_from(sorted(scores)))
    before = {q.quadrant: q.total for q in analyse(items, scores).quadrants}
    raised = {**scores, cell: min(3, scores[cell] + 1)}
    after = {q.quadrant: q.total for q in analyse(items, raised).quadrants}
    kinds_by_id = {i.id: i.kind for i in items}
    quadrant = quadrant_of(kinds_by_id[cell[0]], kinds_by_id[cell[1]])
    assert after[quadrant] >= before[quadrant]
    assert all(after[q] == before[q] for q in after if q is not quadrant)
