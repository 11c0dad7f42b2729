from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Query

from vitaal.access import OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.core.pagination import MAX_LIMIT
from vitaal.issues import service
from vitaal.issues.models import (
    Issue,
    IssueActivity,
    IssueEvaluation,
    IssuePhase,
    IssueStakeholder,
    IssueStatus,
)
from vitaal.issues.service import IssueFilters, RankCursor


async def valid_issue(issue_id: uuid.UUID, access: OrganisationDep, session: SessionDep) -> Issue:
    return await service.get(session, access.organisation.id, issue_id)


IssueDep = Annotated[Issue, Depends(valid_issue, scope="function")]


async def valid_stakeholder_link(
    link_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> IssueStakeholder:
    return await service.get_stakeholder_link(session, issue, link_id)


async def valid_activity(
    activity_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> IssueActivity:
    return await service.get_activity(session, issue, activity_id)


async def valid_evaluation(
    evaluation_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> IssueEvaluation:
    return await service.get_evaluation(session, issue, evaluation_id)


StakeholderLinkDep = Annotated[IssueStakeholder, Depends(valid_stakeholder_link, scope="function")]
ActivityDep = Annotated[IssueActivity, Depends(valid_activity, scope="function")]
EvaluationDep = Annotated[IssueEvaluation, Depends(valid_evaluation, scope="function")]


def issue_filters(
    status: Annotated[IssueStatus | None, Query()] = None,
    phase: Annotated[IssuePhase | None, Query()] = None,
    tag: Annotated[str | None, Query(max_length=40, description="Has exactly this tag.")] = None,
    owner: Annotated[uuid.UUID | None, Query(description="Owned by this user.")] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, description="Words in the title, description, scope or tags."),
    ] = None,
    open_: Annotated[
        bool | None,
        Query(alias="open", description="`true`: all but closed issues; `false`: only closed."),
    ] = None,
    impact: Annotated[int | None, Query(ge=1, le=5, description="Only this impact.")] = None,
    urgency: Annotated[int | None, Query(ge=1, le=5, description="Only this urgency.")] = None,
) -> IssueFilters:
    return IssueFilters(
        status=status,
        phase=phase,
        tag=tag,
        owner_id=owner,
        q=q,
        open=open_,
        impact=impact,
        urgency=urgency,
    )


IssueFiltersDep = Annotated[IssueFilters, Depends(issue_filters)]


class RankPage:
    def __init__(self, limit: int, after: RankCursor | None) -> None:
        self.limit = limit
        self.after = after


def rank_page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page.")] = None,
) -> RankPage:
    return RankPage(limit, service.decode_rank_cursor(cursor) if cursor else None)


RankPageDep = Annotated[RankPage, Depends(rank_page)]
