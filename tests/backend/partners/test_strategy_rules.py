"""The rules for a chosen partner strategy (partners/strategy.py): the seed's examples and the
rules as properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.partners.matrix import (
    AmbitionLine,
    Movement,
    PartnerInput,
    PartnerOutcome,
    Strategy,
    assess,
)
from vitaal.partners.strategy import (
    ActionKind,
    CompetitionWarning,
    LeftBy,
    SecureBy,
    StrategyDirection,
    action_refusal,
    competition_warning,
    direction_refusal,
)

LINE = AmbitionLine()
scores = st.floats(min_value=0, max_value=10, allow_nan=False, allow_infinity=False)
lines = st.builds(
    AmbitionLine,
    base=scores,
    slope=st.floats(min_value=0, max_value=10, allow_nan=False),
    midpoint=scores,
)


def _at(influence: float, dependency: float) -> PartnerOutcome:
    return assess(LINE, PartnerInput("p", influence, dependency))


def test_the_seeds_examples() -> None:
    school, welfare, library = _at(4, 8), _at(6, 9), _at(9, 8)  # X, Y and Z
    # Y: moved left by admitting another provider.
    assert direction_refusal(StrategyDirection.left, welfare, LINE.midpoint) is None
    # Z: an ambassador for others, and no enforcement: it reaches the line.
    assert action_refusal(ActionKind.ambassador, library, LINE.midpoint) is None
    refusal = action_refusal(ActionKind.enforcement, library, LINE.midpoint)
    assert refusal is not None
    assert refusal.context == {"influence": 9, "required_influence": 7}
    # X: enforcement or joint agreements move it up; too weak to be an ambassador.
    for kind in (ActionKind.enforcement, ActionKind.joint_agreements):
        assert action_refusal(kind, school, LINE.midpoint) is None
    assert action_refusal(ActionKind.ambassador, school, LINE.midpoint) is not None
    # Moving the library left fosters competition where it is unwise.
    assert competition_warning(
        suggested=Strategy.secure,
        chosen=Strategy.secure,
        direction=StrategyDirection.left,
        movement=None,
    ) == CompetitionWarning((LeftBy.direction,), (SecureBy.suggested, SecureBy.chosen))


def test_unassessed_partners_only_get_free_actions_and_no_left() -> None:
    assert direction_refusal(StrategyDirection.left, None, 5) is not None
    assert direction_refusal(StrategyDirection.up, None, 5) is None
    assert direction_refusal(None, None, 5) is None
    assert action_refusal(ActionKind.free, None, 5) is None
    for kind in (ActionKind.ambassador, ActionKind.enforcement, ActionKind.joint_agreements):
        assert action_refusal(kind, None, 5) is not None


@given(lines, scores, scores)
def test_left_exactly_for_high_dependency(line: AmbitionLine, influence: float, dep: float) -> None:
    outcome = assess(line, PartnerInput("p", influence, dep))
    refusal = direction_refusal(StrategyDirection.left, outcome, line.midpoint)
    assert (refusal is None) == (dep >= line.midpoint)
    if refusal is not None:
        assert refusal.context == {"dependency": dep, "midpoint": line.midpoint}


@given(lines, scores, scores)
def test_action_kinds_follow_the_position(
    line: AmbitionLine, influence: float, dependency: float
) -> None:
    outcome = assess(line, PartnerInput("p", influence, dependency))
    assert action_refusal(ActionKind.free, outcome, line.midpoint) is None
    ambassador = action_refusal(ActionKind.ambassador, outcome, line.midpoint)
    assert (ambassador is None) == (influence >= line.midpoint)
    for kind in (ActionKind.enforcement, ActionKind.joint_agreements):
        assert (action_refusal(kind, outcome, line.midpoint) is None) == (not outcome.sufficient)


strategies = st.none() | st.sampled_from(list(Strategy))
directions = st.none() | st.sampled_from(list(StrategyDirection))
movements = st.none() | st.sampled_from(list(Movement))


@given(strategies, strategies, directions, movements)
def test_the_warning_names_every_cause_and_only_those(
    suggested: Strategy | None,
    chosen: Strategy | None,
    direction: StrategyDirection | None,
    movement: Movement | None,
) -> None:
    warning = competition_warning(
        suggested=suggested, chosen=chosen, direction=direction, movement=movement
    )
    left: set[LeftBy] = set()
    if direction is StrategyDirection.left:
        left.add(LeftBy.direction)
    if movement is not None and movement.value.endswith("left"):
        left.add(LeftBy.target)
    secure = {
        cause
        for cause, strategy in ((SecureBy.suggested, suggested), (SecureBy.chosen, chosen))
        if strategy is Strategy.secure
    }
    if not (left and secure):
        assert warning is None
        return
    assert warning is not None
    assert set(warning.left_by) == left
    assert set(warning.secure_by) == secure
    # Hiding a cause (what a reader does not see) never adds one.
    hidden = competition_warning(suggested=None, chosen=chosen, direction=direction, movement=None)
    if hidden is not None:
        assert set(hidden.left_by) <= left
        assert set(hidden.secure_by) <= secure
