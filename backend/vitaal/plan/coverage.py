"""Coverage of a plan of approach (steps 8-9, the seed's figure 4): which share of the actions
has an owning partner, how much money is needed and how much is financed per kind of financing,
the hours, and the actions nobody owns yet.

A coalition may start before every action is owned: the unowned actions are listed so partners
can pick them up later, or new financiers can be found for them. Pure: plain values in, plain
values out.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ActionFinancing(StrEnum):
    # The action fits the owner's existing work package: the owner pays, the coalition need not
    # discuss it (the owner's own execution power).
    own_work_package = "own_work_package"
    # It does not fit: extra money from a subsidy or an assignment (usually from a government),
    # or from a fund the partners form together.
    subsidy = "subsidy"
    assignment = "assignment"
    joint_fund = "joint_fund"


class PlanActionStatus(StrEnum):
    planned = "planned"
    in_progress = "in_progress"
    done = "done"
    dropped = "dropped"


FINANCING_ORDER: tuple[ActionFinancing | None, ...] = (*ActionFinancing, None)


@dataclass(frozen=True)
class ActionInput:
    id: uuid.UUID
    owner_id: uuid.UUID | None
    hours: int | None
    money: int
    money_financed: int
    financing: ActionFinancing | None
    status: PlanActionStatus = PlanActionStatus.planned
    title: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class FinancingLine:
    financing: ActionFinancing | None  # None: no kind of financing chosen yet
    actions: int
    money_needed: int
    money_financed: int


@dataclass(frozen=True)
class OwnerLine:
    owner_id: uuid.UUID
    actions: int
    hours: int
    money: int


@dataclass(frozen=True)
class Coverage:
    actions: int  # dropped actions left out
    owned: int
    owned_share: float | None  # None while the plan has no actions
    dropped: int
    hours_total: int
    hours_owned: int
    money_needed: int
    money_financed: int
    financed_share: float | None  # None while no money is needed
    by_financing: tuple[FinancingLine, ...]  # every kind, in FINANCING_ORDER
    by_owner: tuple[OwnerLine, ...]  # most actions first
    unowned: tuple[ActionInput, ...]  # in the order given


def financed_amount(action: ActionInput) -> int:
    """Money of the action that is covered. An owned action within the owner's existing work
    package is financed in full by that owner; other actions count what is secured, never more
    than is needed, and nothing while no kind of financing is named."""
    if action.financing is None:
        return 0
    if action.financing is ActionFinancing.own_work_package and action.owner_id is not None:
        return action.money
    return max(0, min(action.money_financed, action.money))


def coverage(actions: Iterable[ActionInput]) -> Coverage:
    active: list[ActionInput] = []
    dropped = 0
    for action in actions:
        if action.status is PlanActionStatus.dropped:
            dropped += 1
        else:
            active.append(action)

    needed: dict[ActionFinancing | None, int] = dict.fromkeys(FINANCING_ORDER, 0)
    financed: dict[ActionFinancing | None, int] = dict.fromkeys(FINANCING_ORDER, 0)
    counts: dict[ActionFinancing | None, int] = dict.fromkeys(FINANCING_ORDER, 0)
    owners: dict[uuid.UUID, list[int]] = {}  # owner -> [actions, hours, money]
    unowned: list[ActionInput] = []
    hours_total = hours_owned = 0
    for action in active:
        hours = action.hours or 0
        hours_total += hours
        counts[action.financing] += 1
        needed[action.financing] += action.money
        financed[action.financing] += financed_amount(action)
        if action.owner_id is None:
            unowned.append(action)
            continue
        hours_owned += hours
        line = owners.setdefault(action.owner_id, [0, 0, 0])
        line[0] += 1
        line[1] += hours
        line[2] += action.money

    money_needed = sum(needed.values())
    money_financed = sum(financed.values())
    owned = len(active) - len(unowned)
    return Coverage(
        actions=len(active),
        owned=owned,
        owned_share=owned / len(active) if active else None,
        dropped=dropped,
        hours_total=hours_total,
        hours_owned=hours_owned,
        money_needed=money_needed,
        money_financed=money_financed,
        financed_share=money_financed / money_needed if money_needed else None,
        by_financing=tuple(
            FinancingLine(kind, counts[kind], needed[kind], financed[kind])
            for kind in FINANCING_ORDER
        ),
        by_owner=tuple(
            OwnerLine(owner, *figures)
            for owner, figures in sorted(
                owners.items(), key=lambda item: (-item[1][0], -item[1][2], str(item[0]))
            )
        ),
        unowned=tuple(unowned),
    )


__all__ = [
    "ActionFinancing",
    "ActionInput",
    "Coverage",
    "FinancingLine",
    "OwnerLine",
    "PlanActionStatus",
    "coverage",
    "financed_amount",
]
