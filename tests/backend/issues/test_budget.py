"""The budget overview across issues: planned, funded and unfunded per issue, per funding
source and in total."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.issues.budget import ActivityCost, IssueRef, overview
from vitaal.issues.models import FundingSource

A, B, C = (IssueRef(id=uuid.uuid4(), title=t, status="active") for t in ("A", "B", "C"))


def test_example() -> None:
    result = overview(
        [A, B, C],
        [
            ActivityCost(A.id, 10_000, FundingSource.subsidy, funded=False),
            ActivityCost(A.id, 2_500, FundingSource.own_budget, funded=True),
            ActivityCost(B.id, 4_000, FundingSource.members_contribution, funded=True),
            ActivityCost(uuid.uuid4(), 99_999, FundingSource.sponsor, funded=False),
        ],
    )
    lines = {line.issue.title: line for line in result.issues}
    assert (lines["A"].amounts.planned, lines["A"].amounts.funded) == (12_500, 2_500)
    assert lines["A"].amounts.unfunded == 10_000
    assert (lines["B"].amounts.planned, lines["B"].amounts.unfunded) == (4_000, 0)
    # An issue without activities is shown, with zeros, so it cannot hide without a plan.
    assert (lines["C"].amounts.planned, lines["C"].activities) == (0, 0)
    assert [line.issue.title for line in result.issues] == ["A", "B", "C"]
    # The activity of an issue that was not given (closed, or another's) is left out.
    assert (result.total.planned, result.total.funded, result.total.unfunded) == (
        16_500,
        6_500,
        10_000,
    )
    assert result.by_source[FundingSource.subsidy].unfunded == 10_000
    assert result.by_source[FundingSource.sponsor].planned == 0
    assert set(result.by_source) == set(FundingSource)


def test_negative_cost_is_refused() -> None:
    with pytest.raises(ValueError):
        overview([A], [ActivityCost(A.id, -1, FundingSource.other, funded=False)])


activities = st.lists(
    st.builds(
        ActivityCost,
        issue_id=st.sampled_from([A.id, B.id, C.id]),
        cost=st.integers(min_value=0, max_value=1_000_000),
        source=st.sampled_from(list(FundingSource)),
        funded=st.booleans(),
    ),
    max_size=40,
)


@given(activities)
def test_totals_add_up(items: list[ActivityCost]) -> None:
    result = overview([A, B, C], items)
    assert result.total.planned == sum(a.cost for a in items)
    assert result.total.funded == sum(a.cost for a in items if a.funded)
    assert result.total.unfunded == result.total.planned - result.total.funded >= 0
    assert sum(line.amounts.planned for line in result.issues) == result.total.planned
    assert sum(line.amounts.funded for line in result.issues) == result.total.funded
    assert sum(a.planned for a in result.by_source.values()) == result.total.planned
    assert sum(a.funded for a in result.by_source.values()) == result.total.funded
    assert sum(line.activities for line in result.issues) == len(items)
    for line in result.issues:
        assert 0 <= line.amounts.funded <= line.amounts.planned
    unfunded = [line.amounts.unfunded for line in result.issues]
    assert unfunded == sorted(unfunded, reverse=True)


@given(activities)
def test_order_of_activities_does_not_matter(items: list[ActivityCost]) -> None:
    forward = overview([A, B, C], items)
    backward = overview([C, B, A], list(reversed(items)))
    assert [(line.issue.id, line.amounts) for line in forward.issues] == [
        (line.issue.id, line.amounts) for line in backward.issues
    ]
    assert forward.total == backward.total
