"""The pure calculations of issue management and coalition formation, at sizes well above
what one organisation or coalition holds, so their cost stays out of the request time.

Run: `backend/.venv/bin/python bench/method_calculations.py [repeats]`.

- confrontation matrix: 30 items of each kind (the maximum), every cell scored;
- Tob-3 ranking: 2,000 members x 3 worries over 150 topics;
- the coalition's domain: 200 partners x 15 interests over 300 topics;
- plan-of-approach coverage: 5,000 actions;
- issue budget overview: 500 issues x 20 activities.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable

from vitaal.confrontation.analysis import Item, ItemKind, analyse
from vitaal.formation.domain import Interest
from vitaal.formation.domain import calculate as domain
from vitaal.issues.budget import ActivityCost, IssueRef, overview
from vitaal.issues.models import FundingSource
from vitaal.plan.coverage import ActionFinancing, ActionInput, PlanActionStatus, coverage
from vitaal.tob3.ranking import Vote, rank_worries

rng = random.Random(2026)  # noqa: S311 - repeatable data, nothing secret


def confrontation() -> Callable[[], object]:
    items = [Item(f"{kind.value}{n}", kind) for kind in ItemKind for n in range(30)]
    inside = [i.id for i in items if i.kind.internal]
    outside = [i.id for i in items if not i.kind.internal]
    scores = {(r, c): rng.randint(0, 3) for r in inside for c in outside}
    return lambda: analyse(items, scores)


def tob3() -> Callable[[], object]:
    topics = [f"Onderwerp {n}" for n in range(150)]
    votes = [
        Vote(uuid.uuid4(), rank, f"Zorg {member}-{rank}", rng.choice(topics) if rank < 3 else "")
        for member in range(2_000)
        for rank in (1, 2, 3)
    ]
    return lambda: rank_worries(votes)


def formation_domain() -> Callable[[], object]:
    partners = [f"p{n}" for n in range(200)]
    interests = [
        Interest(p, f"Thema {rng.randrange(300)}", rng.randint(1, 5), rng.random() < 0.1)
        for p in partners
        for _ in range(15)
    ]
    return lambda: domain(partners, interests)


def plan_coverage() -> Callable[[], object]:
    owners = [uuid.uuid4() for _ in range(40)]
    actions = []
    for _ in range(5_000):
        money = rng.choice([0, 500, 2_500, 10_000])
        financing = rng.choice([None, *ActionFinancing])
        owner = rng.choice([None, *owners])
        if financing is ActionFinancing.own_work_package and owner is None:
            owner = owners[0]
        actions.append(
            ActionInput(
                id=uuid.uuid4(),
                owner_id=owner,
                hours=rng.choice([None, 8, 40, 120]),
                money=money,
                money_financed=rng.randint(0, money),
                financing=financing,
                status=rng.choice(list(PlanActionStatus)),
            )
        )
    return lambda: coverage(actions)


def budget() -> Callable[[], object]:
    issues = [IssueRef(uuid.uuid4(), f"Issue {n}", "active") for n in range(500)]
    activities = [
        ActivityCost(
            issue.id, rng.randint(0, 50_000), rng.choice(list(FundingSource)), rng.random() < 0.5
        )
        for issue in issues
        for _ in range(20)
    ]
    return lambda: overview(issues, activities)


def main(repeats: int) -> None:
    cases = {
        "confrontation matrix 30x4 items, 1,800 cells": confrontation(),
        "Tob-3 ranking, 6,000 worries": tob3(),
        "coalition domain, 200 partners x 15 interests": formation_domain(),
        "plan coverage, 5,000 actions": plan_coverage(),
        "issue budget, 500 issues x 20 activities": budget(),
    }
    for name, run in cases.items():
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            run()
            timings.append((time.perf_counter() - started) * 1000)
        print(f"{name}: median {statistics.median(timings):.1f} ms, best {min(timings):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
