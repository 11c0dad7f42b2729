"""The budget overview across an organisation's issues (*planning kantelen*): first the
issues, then their activities and costs, then the means. Pure: plain values in and out.

For every issue and in total: ``planned`` is the sum of the activities' cost estimates,
``funded`` the part whose money is secured, ``unfunded = planned - funded`` what is still to
be found. The same per funding source. Issues without activities are listed with zeros, so
an issue without a plan shows up instead of hiding. Amounts are whole euros.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from vitaal.issues.models import FundingSource


@dataclass(frozen=True)
class IssueRef:
    id: uuid.UUID
    title: str
    status: str


@dataclass(frozen=True)
class ActivityCost:
    issue_id: uuid.UUID
    cost: int
    source: FundingSource
    funded: bool


@dataclass
class Amounts:
    planned: int = 0
    funded: int = 0

    @property
    def unfunded(self) -> int:
        return self.planned - self.funded

    def add(self, cost: int, funded: bool) -> None:
        if cost < 0:
            raise ValueError("a cost estimate cannot be negative")
        self.planned += cost
        if funded:
            self.funded += cost


@dataclass
class IssueLine:
    issue: IssueRef
    amounts: Amounts = field(default_factory=Amounts)
    activities: int = 0


@dataclass(frozen=True)
class Overview:
    issues: list[IssueLine]
    by_source: dict[FundingSource, Amounts]
    total: Amounts


def overview(issues: Iterable[IssueRef], activities: Iterable[ActivityCost]) -> Overview:
    """Activities of issues not given are left out: the caller chose which issues count."""
    lines = {issue.id: IssueLine(issue=issue) for issue in issues}
    by_source = {source: Amounts() for source in FundingSource}
    total = Amounts()
    for activity in activities:
        line = lines.get(activity.issue_id)
        if line is None:
            continue
        line.amounts.add(activity.cost, activity.funded)
        line.activities += 1
        by_source[activity.source].add(activity.cost, activity.funded)
        total.add(activity.cost, activity.funded)
    ordered = sorted(
        lines.values(),
        key=lambda line: (-line.amounts.unfunded, -line.amounts.planned, line.issue.title),
    )
    return Overview(issues=ordered, by_source=by_source, total=total)
