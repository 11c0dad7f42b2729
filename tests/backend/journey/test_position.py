"""Where a coalition stands in the step plan and what comes next: examples and properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.journey.position import FINISHED, StepStatus, is_going_back, position
from vitaal.journey.steps import QUESTIONS, ROUNDS, STEP_BY_NUMBER, STEPS

S = StepStatus
statuses = st.dictionaries(st.sampled_from([s.number for s in STEPS]), st.sampled_from(list(S)))


def test_the_plan_has_ten_steps_in_three_rounds_over_four_questions() -> None:
    assert [s.number for s in STEPS] == list(range(1, 11))
    assert [s.round for s in STEPS] == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
    assert {s.question for s in STEPS} == set(QUESTIONS)
    assert set(ROUNDS) == {1, 2, 3}
    for step in STEPS:
        assert step.checklist, step.number
        assert len(step.checklist_keys) == len(step.checklist)
        assert step.title.nl
        assert step.title.en
    # Rounds 1 and 2 pass the four questions in order (the lemniscate).
    assert [s.question.value for s in STEPS[:4]] == ["zij", "ik", "wij", "het"]
    assert [s.question.value for s in STEPS[4:8]] == ["zij", "ik", "wij", "het"]


def test_a_new_coalition_starts_at_step_one() -> None:
    result = position({})
    assert (result.current_step, result.current_round) == (1, 1)
    assert (result.next_step, result.next_round) == (2, 1)
    assert result.finished == 0
    assert not result.complete
    assert [r.steps for r in result.rounds] == [4, 4, 2]


def test_done_steps_move_the_coalition_on_and_across_rounds() -> None:
    result = position({1: S.done, 2: S.done, 3: S.skipped, 4: S.done})
    assert (result.current_step, result.current_round) == (5, 2)
    assert result.next_step == 6
    assert result.rounds[0].complete
    assert result.rounds[0].skipped == 1
    last_of_round = position(dict.fromkeys(range(1, 4), S.done) | {4: S.in_progress})
    assert (last_of_round.current_step, last_of_round.next_step) == (4, 5)
    assert last_of_round.next_round == 2


def test_going_back_makes_the_reopened_step_current() -> None:
    # Step 2 reopened while step 5 is under way: the coalition is back in round 1.
    result = position({1: S.done, 2: S.in_progress, 3: S.done, 4: S.done, 5: S.in_progress})
    assert (result.current_step, result.current_round) == (2, 1)
    assert result.next_step == 5
    assert result.left_behind == ()


def test_a_step_left_behind_comes_next_when_nothing_follows() -> None:
    everything = dict.fromkeys(range(1, 11), S.done)
    result = position(everything | {3: S.not_started, 10: S.in_progress})
    assert result.current_step == 10
    assert result.left_behind == (3,)
    assert result.next_step == 3


def test_all_finished_is_complete() -> None:
    result = position({n: (S.done if n % 3 else S.skipped) for n in range(1, 11)})
    assert result.complete
    assert result.current_step is None
    assert result.next_step is None
    assert result.current_round is None


def test_going_back() -> None:
    assert is_going_back(S.done, S.in_progress)
    assert is_going_back(S.skipped, S.not_started)
    assert not is_going_back(S.in_progress, S.done)
    assert not is_going_back(S.done, S.skipped)
    assert not is_going_back(S.not_started, S.in_progress)


@given(statuses)
def test_position_properties(given_statuses: dict[int, StepStatus]) -> None:
    result = position(given_statuses)
    status_of = {n: given_statuses.get(n, S.not_started) for n in STEP_BY_NUMBER}
    unfinished = sorted(n for n, s in status_of.items() if s not in FINISHED)
    assert result.finished == 10 - len(unfinished)
    assert sum(r.finished for r in result.rounds) == result.finished
    assert (result.current_step is None) == (not unfinished) == result.complete
    if result.current_step is None:
        assert result.next_step is None
        return
    current = result.current_step
    assert current in unfinished
    assert result.current_round == STEP_BY_NUMBER[current].round
    # No step before the current one is in progress.
    assert all(status_of[n] is not S.in_progress for n in range(1, current))
    if status_of[current] is S.not_started:
        assert all(n >= current for n in unfinished)
    assert result.left_behind == tuple(n for n in unfinished if n < current)
    others = [n for n in unfinished if n != current]
    if others:
        assert result.next_step in others
        later = [n for n in others if n > current]
        assert result.next_step == (later[0] if later else others[0])
    else:
        assert result.next_step is None
