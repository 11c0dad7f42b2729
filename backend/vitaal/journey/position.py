"""Where a coalition stands in the step plan and what comes next (pure, no I/O).

A step is *finished* when it is done or skipped. The current step is the earliest step in
progress — the coalition may have gone back to it (the lemniscate) while later steps are
finished or under way — and otherwise the earliest step not started. Next is the first
unfinished step after the current one; when none is left after it, the first unfinished step
before it (a step left behind). Steps missing from the input have not started.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vitaal.journey.steps import STEPS, StepDefinition


class StepStatus(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"
    skipped = "skipped"


FINISHED = frozenset({StepStatus.done, StepStatus.skipped})


@dataclass(frozen=True)
class RoundProgress:
    round: int
    steps: int
    done: int
    skipped: int
    in_progress: int

    @property
    def finished(self) -> int:
        return self.done + self.skipped

    @property
    def complete(self) -> bool:
        return self.finished == self.steps


@dataclass(frozen=True)
class Position:
    current_step: int | None
    current_round: int | None
    next_step: int | None
    next_round: int | None
    # Unfinished steps before the current one: work the coalition went past or back from.
    left_behind: tuple[int, ...]
    rounds: tuple[RoundProgress, ...]
    finished: int
    total: int

    @property
    def complete(self) -> bool:
        return self.finished == self.total


def position(
    statuses: Mapping[int, StepStatus], steps: Sequence[StepDefinition] = STEPS
) -> Position:
    ordered = sorted(steps, key=lambda step: step.number)
    status_of = {step.number: statuses.get(step.number, StepStatus.not_started) for step in ordered}
    round_of = {step.number: step.round for step in ordered}
    unfinished = [number for number, status in status_of.items() if status not in FINISHED]
    in_progress = [n for n in unfinished if status_of[n] is StepStatus.in_progress]

    current = in_progress[0] if in_progress else (unfinished[0] if unfinished else None)
    next_step: int | None = None
    left_behind: tuple[int, ...] = ()
    if current is not None:
        after = [n for n in unfinished if n > current]
        before = [n for n in unfinished if n < current]
        next_step = after[0] if after else (before[0] if before else None)
        left_behind = tuple(before)

    rounds = tuple(
        RoundProgress(
            round=round_,
            steps=sum(1 for n in status_of if round_of[n] == round_),
            done=_count(status_of, round_of, round_, StepStatus.done),
            skipped=_count(status_of, round_of, round_, StepStatus.skipped),
            in_progress=_count(status_of, round_of, round_, StepStatus.in_progress),
        )
        for round_ in sorted(set(round_of.values()))
    )
    return Position(
        current_step=current,
        current_round=round_of[current] if current is not None else None,
        next_step=next_step,
        next_round=round_of[next_step] if next_step is not None else None,
        left_behind=left_behind,
        rounds=rounds,
        finished=len(status_of) - len(unfinished),
        total=len(status_of),
    )


def _count(
    status_of: Mapping[int, StepStatus],
    round_of: Mapping[int, int],
    round_: int,
    status: StepStatus,
) -> int:
    return sum(1 for n, s in status_of.items() if round_of[n] == round_ and s is status)


def is_going_back(before: StepStatus, after: StepStatus) -> bool:
    """Reopening a finished step: allowed, but it needs a reason and is recorded as such."""
    return before in FINISHED and after not in FINISHED
