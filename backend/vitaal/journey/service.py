"""A coalition's journey through the step plan: step states, going back, repeating a round.

Steps and rounds are resolved by the routes (``journey.deps``), and so are the roles.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.journey import steps as plan
from vitaal.journey.models import JourneyStep, JourneyStepChange, StepChangeKind
from vitaal.journey.position import FINISHED, StepStatus, is_going_back, position
from vitaal.journey.schemas import (
    ChecklistItemRead,
    JourneyPositionRead,
    JourneyQuestionRead,
    JourneyRead,
    JourneyRoundRead,
    JourneyStepRead,
    LocalisedText,
    RoundRepeat,
    StepChangeRead,
    StepUpdate,
)


def _text(text: plan.Text) -> LocalisedText:
    return LocalisedText(nl=text.nl, en=text.en)


def _step_read(definition: plan.StepDefinition, row: JourneyStep | None) -> JourneyStepRead:
    ticked = set(row.checklist) if row else set()
    return JourneyStepRead(
        number=definition.number,
        round=definition.round,
        question=definition.question,
        title=_text(definition.title),
        purpose=_text(definition.purpose),
        checklist=[
            ChecklistItemRead(key=item.key, label=_text(item.label), ticked=item.key in ticked)
            for item in definition.checklist
        ],
        status=row.status if row else StepStatus.not_started,
        skip_reason=row.skip_reason if row else "",
        notes=row.notes if row else "",
        started_on=row.started_on if row else None,
        done_on=row.done_on if row else None,
        updated_by_name=row.updated_by_name if row else None,
        updated_at=row.updated_at if row else None,
    )


async def _rows(session: AsyncSession, coalition_id: uuid.UUID) -> dict[int, JourneyStep]:
    rows = await session.scalars(
        select(JourneyStep).where(JourneyStep.coalition_id == coalition_id)
    )
    return {row.step: row for row in rows}


async def journey(session: AsyncSession, coalition_id: uuid.UUID) -> JourneyRead:
    rows = await _rows(session, coalition_id)
    first_steps = {r: plan.steps_of_round(r)[0].number for r in plan.ROUNDS}
    counts = await session.execute(
        select(JourneyStepChange.step, func.count())
        .where(
            JourneyStepChange.coalition_id == coalition_id,
            JourneyStepChange.kind == StepChangeKind.round_repeated,
            JourneyStepChange.step.in_(first_steps.values()),
        )
        .group_by(JourneyStepChange.step)
    )
    repeats: dict[int, int] = {row[0]: row[1] for row in counts}
    where = position({number: row.status for number, row in rows.items()})
    return JourneyRead(
        coalition_id=coalition_id,
        position=JourneyPositionRead(
            current_step=where.current_step,
            current_round=where.current_round,
            next_step=where.next_step,
            next_round=where.next_round,
            left_behind=list(where.left_behind),
            finished=where.finished,
            total=where.total,
            complete=where.complete,
        ),
        rounds=[
            JourneyRoundRead(
                round=progress.round,
                title=_text(plan.ROUNDS[progress.round]),
                steps=[s.number for s in plan.steps_of_round(progress.round)],
                done=progress.done,
                skipped=progress.skipped,
                in_progress=progress.in_progress,
                complete=progress.complete,
                repeats=repeats.get(first_steps[progress.round], 0),
            )
            for progress in where.rounds
        ],
        questions=[
            JourneyQuestionRead(key=key, label=_text(text)) for key, text in plan.QUESTIONS.items()
        ],
        steps=[_step_read(definition, rows.get(definition.number)) for definition in plan.STEPS],
    )


def _validated_checklist(definition: plan.StepDefinition, keys: Sequence[str]) -> list[str]:
    errors = [
        FieldError(
            field=f"body.checklist.{index}",
            reason=f"step {definition.number} has no checklist item {key!r}",
            code="unknown_item",
        )
        for index, key in enumerate(keys)
        if key not in definition.checklist_keys
    ]
    if errors:
        raise Unprocessable("Unknown checklist items.", errors=errors)
    # In the order of the definition, each once.
    return [item.key for item in definition.checklist if item.key in set(keys)]


def _record(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    user: User,
    step: int,
    kind: StepChangeKind,
    before: StepStatus,
    after: StepStatus,
    reason: str,
) -> None:
    session.add(
        JourneyStepChange(
            coalition_id=coalition_id,
            step=step,
            kind=kind,
            from_status=before,
            to_status=after,
            reason=reason,
            changed_by_id=user.id,
            changed_by_name=user.name,
            changed_at=utcnow(),
        )
    )


async def update_step(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    user: User,
    definition: plan.StepDefinition,
    data: StepUpdate,
) -> JourneyRead:
    number = definition.number
    row = await session.scalar(
        select(JourneyStep).where(
            JourneyStep.coalition_id == coalition_id, JourneyStep.step == number
        )
    )
    if row is None:
        row = JourneyStep(
            coalition_id=coalition_id,
            step=number,
            status=StepStatus.not_started,
            skip_reason="",
            checklist=[],
            notes="",
        )
        session.add(row)
    sent = data.model_fields_set
    before = row.status
    after = data.status if data.status is not None else before
    reason = (data.reason or "").strip()
    skip_reason = data.skip_reason.strip() if data.skip_reason is not None else row.skip_reason
    if after is StepStatus.skipped and not skip_reason:
        raise Unprocessable.field(
            "body.skip_reason", "a skipped step needs the reason it is skipped", "missing"
        )
    going_back = is_going_back(before, after)
    if going_back and not reason:
        raise Unprocessable.field(
            "body.reason", "reopening a done or skipped step needs a reason", "missing"
        )
    if data.checklist is not None:
        row.checklist = _validated_checklist(definition, data.checklist)
    if data.notes is not None:
        row.notes = data.notes
    today = utcnow().date()
    if after is not before:
        if after is StepStatus.not_started:
            row.started_on, row.done_on = None, None
        else:
            row.started_on = row.started_on or today
            row.done_on = (row.done_on or today) if after in FINISHED else None
        _record(
            session,
            coalition_id,
            user,
            number,
            StepChangeKind.reopened if going_back else StepChangeKind.forward,
            before,
            after,
            reason or (skip_reason if after is StepStatus.skipped else ""),
        )
    row.status = after
    row.skip_reason = skip_reason if after is StepStatus.skipped else ""
    if "started_on" in sent:
        row.started_on = data.started_on
    if "done_on" in sent:
        if data.done_on is not None and after not in FINISHED:
            raise Unprocessable.field(
                "body.done_on", "only a done or skipped step has a done date", "not_finished"
            )
        row.done_on = data.done_on
    if row.started_on and row.done_on and row.done_on < row.started_on:
        raise Unprocessable.field(
            "body.done_on", "the done date is before the start date", "before_start"
        )
    row.updated_by_name = user.name
    row.updated_at = utcnow()
    await session.flush()
    return await journey(session, coalition_id)


async def repeat_round(
    session: AsyncSession, coalition_id: uuid.UUID, user: User, round_: int, data: RoundRepeat
) -> JourneyRead:
    """Run through a round once more: its first step is taken up again and the others wait.

    Notes stay; ticks and dates are cleared, because they belong to the earlier pass — which the
    step history keeps, with the reason.
    """
    rows = await _rows(session, coalition_id)
    numbers = [s.number for s in plan.steps_of_round(round_)]
    if all(n not in rows or rows[n].status is StepStatus.not_started for n in numbers):
        raise Conflict(f"Round {round_} has not been started; there is nothing to repeat.")
    for index, number in enumerate(numbers):
        row = rows.get(number)
        if row is None:
            row = JourneyStep(
                coalition_id=coalition_id,
                step=number,
                status=StepStatus.not_started,
                skip_reason="",
                checklist=[],
                notes="",
            )
            session.add(row)
        before = row.status
        after = StepStatus.in_progress if index == 0 else StepStatus.not_started
        _record(
            session,
            coalition_id,
            user,
            number,
            StepChangeKind.round_repeated,
            before,
            after,
            data.reason.strip(),
        )
        row.status = after
        row.skip_reason = ""
        row.checklist = []
        row.started_on = utcnow().date() if index == 0 else None
        row.done_on = None
        row.updated_by_name = user.name
        row.updated_at = utcnow()
    await session.flush()
    return await journey(session, coalition_id)


async def history(
    session: AsyncSession, coalition_id: uuid.UUID, step: int | None, params: PageParams
) -> tuple[list[StepChangeRead], str | None]:
    stmt = select(JourneyStepChange).where(JourneyStepChange.coalition_id == coalition_id)
    if step is not None:
        stmt = stmt.where(JourneyStepChange.step == step)
    rows, cursor = await fetch_page(session, stmt, JourneyStepChange.id, params)
    return [StepChangeRead.model_validate(change) for (change,) in rows], cursor
