from __future__ import annotations

import uuid
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from vitaal.plan.coverage import (
    ActionFinancing,
    ActionInput,
    PlanActionStatus,
    coverage,
    financed_amount,
)

A, B, C = (uuid.UUID(int=n) for n in (1, 2, 3))


def _action(
    n: int,
    owner: uuid.UUID | None = None,
    *,
    hours: int | None = None,
    money: int = 0,
    financed: int = 0,
    financing: ActionFinancing | None = None,
    status: PlanActionStatus = PlanActionStatus.planned,
) -> ActionInput:
    return ActionInput(
        id=uuid.UUID(int=100 + n),
        owner_id=owner,
        hours=hours,
        money=money,
        money_financed=financed,
        financing=financing,
        status=status,
        title=f"Actie {n}",
    )


def test_empty_plan() -> None:
    result = coverage([])
    assert result.actions == result.owned == 0
    assert result.owned_share is None
    assert result.financed_share is None
    assert [line.financing for line in result.by_financing] == [*ActionFinancing, None]
    assert result.unowned == ()
    assert result.by_owner == ()


def test_figure_four_three_partners_cannot_own_everything() -> None:
    """The seed's figure 4: A, B and C take on part of the actions; the coalition can start,
    and the rest is listed for partners who join later or new financiers."""
    actions = [
        _action(1, A, hours=200, money=10_000, financing=ActionFinancing.own_work_package),
        _action(2, A, hours=40, money=0, financing=ActionFinancing.own_work_package),
        _action(3, B, hours=120, money=50_000, financed=30_000, financing=ActionFinancing.subsidy),
        _action(
            4, C, hours=80, money=20_000, financed=20_000, financing=ActionFinancing.assignment
        ),
        _action(5, None, hours=300, money=80_000, financing=ActionFinancing.joint_fund),
        _action(6, None, hours=60, money=15_000),
        _action(7, B, hours=999, money=999, status=PlanActionStatus.dropped),
    ]
    result = coverage(actions)
    assert (result.actions, result.owned, result.dropped) == (6, 4, 1)
    assert result.owned_share == 4 / 6
    assert (result.hours_total, result.hours_owned) == (800, 440)
    assert result.money_needed == 175_000
    assert result.money_financed == 10_000 + 30_000 + 20_000
    assert result.financed_share == 60_000 / 175_000
    lines = {line.financing: line for line in result.by_financing}
    assert (
        lines[ActionFinancing.own_work_package].money_needed,
        lines[ActionFinancing.own_work_package].money_financed,
    ) == (10_000, 10_000)
    assert (
        lines[ActionFinancing.subsidy].money_needed,
        lines[ActionFinancing.subsidy].money_financed,
    ) == (50_000, 30_000)
    assert (
        lines[ActionFinancing.joint_fund].money_needed,
        lines[ActionFinancing.joint_fund].money_financed,
    ) == (80_000, 0)
    assert (lines[None].actions, lines[None].money_needed, lines[None].money_financed) == (
        1,
        15_000,
        0,
    )
    assert [u.title for u in result.unowned] == ["Actie 5", "Actie 6"]
    assert [(o.owner_id, o.actions, o.hours, o.money) for o in result.by_owner] == [
        (A, 2, 240, 10_000),
        (B, 1, 120, 50_000),
        (C, 1, 80, 20_000),
    ]


def test_financed_amount_rules() -> None:
    own = _action(1, A, money=500, financed=0, financing=ActionFinancing.own_work_package)
    assert financed_amount(own) == 500  # the owner pays within its work package
    assert financed_amount(replace(own, owner_id=None)) == 0  # nobody to pay it yet
    assert financed_amount(_action(2, money=500, financed=200)) == 0  # no source named
    capped = _action(3, money=500, financed=900, financing=ActionFinancing.subsidy)
    assert financed_amount(capped) == 500


financings = st.one_of(st.none(), st.sampled_from(ActionFinancing))
owners = st.one_of(st.none(), st.sampled_from([A, B, C]))


@st.composite
def action_inputs(draw: st.DrawFn) -> ActionInput:
    money = draw(st.integers(0, 10**9))
    return ActionInput(
        id=draw(st.uuids()),
        owner_id=draw(owners),
        hours=draw(st.one_of(st.none(), st.integers(0, 10**6))),
        money=money,
        money_financed=draw(st.integers(0, money)),
        financing=draw(financings),
        status=draw(st.sampled_from(PlanActionStatus)),
    )


plans = st.lists(action_inputs(), max_size=40)


@given(plans)
def test_figures_add_up(actions: list[ActionInput]) -> None:
    result = coverage(actions)
    active = [a for a in actions if a.status is not PlanActionStatus.dropped]
    assert result.actions + result.dropped == len(actions)
    assert result.owned + len(result.unowned) == result.actions == len(active)
    assert sum(o.actions for o in result.by_owner) == result.owned
    assert sum(line.actions for line in result.by_financing) == result.actions
    assert sum(line.money_needed for line in result.by_financing) == result.money_needed
    assert sum(line.money_financed for line in result.by_financing) == result.money_financed
    assert all(0 <= line.money_financed <= line.money_needed for line in result.by_financing)
    assert 0 <= result.hours_owned <= result.hours_total
    assert sum(o.hours for o in result.by_owner) == result.hours_owned
    if result.owned_share is not None:
        assert 0 <= result.owned_share <= 1
    if result.financed_share is not None:
        assert 0 <= result.financed_share <= 1
    assert all(u.owner_id is None for u in result.unowned)


@given(plans, st.randoms())
def test_order_does_not_matter_except_for_the_list(actions: list[ActionInput], rnd: object) -> None:
    shuffled = list(actions)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = coverage(actions), coverage(shuffled)
    assert replace(first, unowned=(), by_owner=()) == replace(second, unowned=(), by_owner=())
    assert sorted(first.by_owner, key=lambda o: str(o.owner_id)) == sorted(
        second.by_owner, key=lambda o: str(o.owner_id)
    )
    assert {u.id for u in first.unowned} == {u.id for u in second.unowned}


@given(plans, action_inputs())
def test_dropped_actions_count_for_nothing(actions: list[ActionInput], extra: ActionInput) -> None:
    before = coverage(actions)
    after = coverage([*actions, replace(extra, status=PlanActionStatus.dropped)])
    assert replace(after, dropped=after.dropped - 1) == before


@given(plans, action_inputs(), st.sampled_from([A, B, C]))
def test_taking_on_an_action_raises_the_owned_share(
    actions: list[ActionInput], extra: ActionInput, owner: uuid.UUID
) -> None:
    unowned = replace(extra, owner_id=None, status=PlanActionStatus.planned)
    before = coverage([*actions, unowned])
    after = coverage([*actions, replace(unowned, owner_id=owner)])
    assert after.owned == before.owned + 1
    assert after.actions == before.actions
    assert len(after.unowned) == len(before.unowned) - 1
    assert after.owned_share is not None
    assert before.owned_share is not None
    assert after.owned_share > before.owned_share
    assert after.money_financed >= before.money_financed
