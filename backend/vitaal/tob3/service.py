"""Tob-3 rounds, answers and results of one organisation.

Who sees what: owners and admins open and close rounds, see every answer (with who gave it)
and the results at any time. Members see the rounds, give and change their own answer while
the round is open, and see the results (worries without names) once the round has closed, so
early answers do not steer later ones.

Members without an account answer through links (``tob3.links``); admins see per link how many
answered while the round runs. Here those answers are answers like any other: counted, ranked,
and listed to admins with the link instead of a user.

The plain role gates are in the routes' signatures (``tob3.deps``); only the results' rule,
which depends on the round as well, is checked here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from vitaal.access import OrganisationAccess
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.issues import service as issue_service
from vitaal.issues.schemas import IssueCreate
from vitaal.organisations.models import OrganisationRole
from vitaal.tob3.models import Tob3Answer, Tob3Round, Tob3Worry
from vitaal.tob3.ranking import Vote, rank_worries
from vitaal.tob3.schemas import (
    AnswerIn,
    AnswerRead,
    IssueFromWorries,
    ResultGroup,
    ResultWorry,
    RoundCreate,
    RoundRead,
    RoundResults,
    RoundUpdate,
    WorryIn,
)

CLOSED = "This Tob-3 round has closed; answers can no longer be changed."


@dataclass(frozen=True)
class RoundView:
    round: Tob3Round
    answer_count: int
    answered_by_me: bool

    @property
    def is_open(self) -> bool:
        return utcnow() < self.round.closes_at


def is_open(round_: Tob3Round) -> bool:
    return utcnow() < round_.closes_at


def ensure_open(round_: Tob3Round) -> None:
    """409 once the round has closed: nothing is answered or changed after that."""
    if not is_open(round_):
        raise Conflict(CLOSED)


def round_to_read(view: RoundView) -> RoundRead:
    r = view.round
    return RoundRead(
        id=r.id,
        organisation_id=r.organisation_id,
        title=r.title,
        question=r.question,
        closes_at=r.closes_at,
        is_open=view.is_open,
        answer_count=view.answer_count,
        answered_by_me=view.answered_by_me,
        created_at=r.created_at,
    )


def _rounds(organisation_id: uuid.UUID, user_id: uuid.UUID) -> Select[Tob3Round, int, bool]:
    count = (
        select(func.count(Tob3Answer.id))
        .where(Tob3Answer.round_id == Tob3Round.id)
        .correlate(Tob3Round)
        .scalar_subquery()
    )
    mine = exists().where(Tob3Answer.round_id == Tob3Round.id, Tob3Answer.user_id == user_id)
    return select(Tob3Round, count, mine).where(Tob3Round.organisation_id == organisation_id)


async def get_round(
    session: AsyncSession, organisation_id: uuid.UUID, round_id: uuid.UUID
) -> Tob3Round:
    found = await session.scalar(
        select(Tob3Round).where(
            Tob3Round.id == round_id, Tob3Round.organisation_id == organisation_id
        )
    )
    if found is None:
        raise NotFound("Tob-3 round not found.")
    return found


async def round_view(session: AsyncSession, round_: Tob3Round, user_id: uuid.UUID) -> RoundView:
    row = (
        await session.execute(
            _rounds(round_.organisation_id, user_id).where(Tob3Round.id == round_.id)
        )
    ).one()
    return RoundView(round=row[0], answer_count=row[1], answered_by_me=bool(row[2]))


async def list_rounds(
    session: AsyncSession, organisation_id: uuid.UUID, user_id: uuid.UUID, params: PageParams
) -> tuple[list[RoundRead], str | None]:
    rows, cursor = await fetch_page(
        session, _rounds(organisation_id, user_id), Tob3Round.id, params
    )
    return [
        round_to_read(RoundView(round=r[0], answer_count=r[1], answered_by_me=bool(r[2])))
        for r in rows
    ], cursor


async def create_round(
    session: AsyncSession, organisation_id: uuid.UUID, author: User, data: RoundCreate
) -> Tob3Round:
    if data.closes_at <= utcnow():
        raise Unprocessable.field("body.closes_at", "must be in the future", "not_in_future")
    round_ = Tob3Round(
        organisation_id=organisation_id,
        title=data.title,
        question=data.question,
        closes_at=data.closes_at,
        created_by_id=author.id,
    )
    session.add(round_)
    await session.flush()
    return round_


async def update_round(session: AsyncSession, round_: Tob3Round, data: RoundUpdate) -> Tob3Round:
    """Title and question may be corrected; the closing time moved (into the past closes it,
    into the future opens it again)."""
    apply_patch(round_, data)
    await session.flush()
    return round_


async def close_round(session: AsyncSession, round_: Tob3Round) -> Tob3Round:
    if is_open(round_):
        round_.closes_at = utcnow()
        await session.flush()
    return round_


# Answers


def _answers() -> Select[Tob3Answer]:
    return select(Tob3Answer).options(selectinload(Tob3Answer.worries), joinedload(Tob3Answer.user))


async def my_answer(
    session: AsyncSession, round_: Tob3Round, user_id: uuid.UUID
) -> Tob3Answer | None:
    return await session.scalar(
        _answers().where(
            Tob3Answer.organisation_id == round_.organisation_id,
            Tob3Answer.round_id == round_.id,
            Tob3Answer.user_id == user_id,
        )
    )


def put_worries(answer: Tob3Answer, worries: list[WorryIn]) -> None:
    """Give the answer (new, or loaded with its worries) these worries, whoever answers.

    A worry kept at the same rank with the same text keeps its link to an issue."""
    answer.updated_at = utcnow()
    by_rank = {w.rank: w for w in answer.worries}
    wanted = {w.rank: w for w in worries}
    kept: list[Tob3Worry] = []
    for rank in sorted(wanted):
        given = wanted[rank]
        existing = by_rank.get(rank)
        if existing is not None:
            if existing.text != given.text:
                existing.issue_id = None
            existing.text = given.text
            existing.topic = given.topic
            kept.append(existing)
        else:
            kept.append(
                Tob3Worry(
                    organisation_id=answer.organisation_id,
                    round_id=answer.round_id,
                    rank=rank,
                    text=given.text,
                    topic=given.topic,
                )
            )
    answer.worries = kept


async def save_answer(
    session: AsyncSession, round_: Tob3Round, user: User, data: AnswerIn
) -> tuple[Tob3Answer, bool]:
    """Give or replace the caller's answer; 409 once the round has closed."""
    ensure_open(round_)
    answer = await my_answer(session, round_, user.id)
    created = answer is None
    if answer is None:
        answer = Tob3Answer(
            organisation_id=round_.organisation_id,
            round_id=round_.id,
            user_id=user.id,
            worries=[],
        )
        session.add(answer)
    answer.on_behalf_of = data.on_behalf_of
    put_worries(answer, data.worries)
    await session.flush()
    reloaded = await my_answer(session, round_, user.id)
    assert reloaded is not None  # noqa: S101 - just flushed
    return reloaded, created


async def withdraw_answer(session: AsyncSession, round_: Tob3Round, user_id: uuid.UUID) -> None:
    ensure_open(round_)
    answer = await my_answer(session, round_, user_id)
    if answer is None:
        raise NotFound("You have not answered this round.")
    await session.delete(answer)
    await session.flush()


async def list_answers(
    session: AsyncSession, round_: Tob3Round, params: PageParams
) -> tuple[list[AnswerRead], str | None]:
    rows, cursor = await fetch_page(
        session,
        _answers().where(
            Tob3Answer.organisation_id == round_.organisation_id,
            Tob3Answer.round_id == round_.id,
        ),
        Tob3Answer.id,
        params,
    )
    return [AnswerRead.model_validate(row[0]) for row in rows], cursor


# Results


async def _worries(session: AsyncSession, round_: Tob3Round) -> list[Tob3Worry]:
    stmt = (
        select(Tob3Worry)
        .where(Tob3Worry.organisation_id == round_.organisation_id, Tob3Worry.round_id == round_.id)
        .order_by(Tob3Worry.rank, Tob3Worry.id)
    )
    return list(await session.scalars(stmt))


async def results(
    session: AsyncSession, access: OrganisationAccess, round_: Tob3Round
) -> RoundResults:
    open_now = is_open(round_)
    if open_now and not access.has(OrganisationRole.admin):
        raise Forbidden("The results are shown once the round has closed.")
    worries = await _worries(session, round_)
    answer_count = await session.scalar(
        select(func.count(Tob3Answer.id)).where(
            Tob3Answer.organisation_id == round_.organisation_id,
            Tob3Answer.round_id == round_.id,
        )
    )
    by_id = {w.id: w for w in worries}
    groups = rank_worries(Vote(w.id, w.rank, w.text, w.topic) for w in worries)
    return RoundResults(
        round_id=round_.id,
        is_open=open_now,
        answer_count=answer_count or 0,
        groups=[
            ResultGroup(
                key=g.key,
                label=g.label,
                has_topic=g.has_topic,
                score=g.score,
                mentions=g.mentions,
                first=g.by_rank[0],
                second=g.by_rank[1],
                third=g.by_rank[2],
                worries=[ResultWorry.model_validate(by_id[i]) for i in g.worry_ids],
            )
            for g in groups
        ],
    )


async def group_worries(session: AsyncSession, round_: Tob3Round, key: str) -> list[Tob3Worry]:
    worries = await _worries(session, round_)
    groups = rank_worries(Vote(w.id, w.rank, w.text, w.topic) for w in worries)
    match = next((g for g in groups if g.key == key), None)
    if match is None:
        raise Unprocessable.field(
            "body.group", "no result group of this round has this key", "not_found"
        )
    ids = set(match.worry_ids)
    return [w for w in worries if w.id in ids]


async def get_worry(session: AsyncSession, round_: Tob3Round, worry_id: uuid.UUID) -> Tob3Worry:
    worry = await session.scalar(
        select(Tob3Worry).where(
            Tob3Worry.id == worry_id,
            Tob3Worry.organisation_id == round_.organisation_id,
            Tob3Worry.round_id == round_.id,
        )
    )
    if worry is None:
        raise NotFound("Worry not found.")
    return worry


async def make_issue(
    session: AsyncSession,
    round_: Tob3Round,
    user: User,
    data: IssueCreate,
    worries: list[Tob3Worry],
) -> IssueFromWorries:
    """One new issue for the worries (through the issues service); 409 when all of them
    already became an issue."""
    # A worry that already became an issue keeps it; the new issue takes the others.
    fresh = [w for w in worries if w.issue_id is None]
    if not fresh:
        raise Conflict("These worries already became an issue.")
    issue = await issue_service.create_issue(
        session, organisation_id=round_.organisation_id, created_by=user, data=data
    )
    for worry in fresh:
        worry.issue_id = issue.id
    await session.flush()
    return IssueFromWorries(issue_id=issue.id, worry_ids=[w.id for w in fresh])
