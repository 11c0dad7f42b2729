"""The rules for a chosen partner strategy (DOMAIN.md §2, the seed's examples; pure, no I/O).

- Moving a partner *left* (admitting alternatives, the seed's welfare institution Y) is possible
  for any partner whose dependency is high, whatever the strategy; moving it *up* is the invest
  strategy's other direction.
- For a partner the coalition should keep — `secure`, as the matrix suggests or as chosen —
  fostering competition is unwise (the seed's libraries, whose strength is being the one in
  town): moving it left, or a target to its left, is allowed with a warning, not refused.
- Planned actions have a kind: a free action, an *ambassador* role for a strong partner (the
  seed's industrial company at Z working for less healthy ones), or *enforcement* or *joint
  agreements* to move up a partner that falls short and resists (the company at X).

"High" is the quadrant rule of DOMAIN.md §2: a score at or above the coalition's midpoint (the
same midpoint serves both axes). The seed gives no number for when a partner is dependent enough
to admit alternatives, strong enough to be an ambassador, or short enough to enforce; these are
ours: high dependency, high influence, and below the ambition line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vitaal.partners.matrix import Movement, PartnerOutcome, Quadrant, Strategy


class StrategyDirection(StrEnum):
    """Where the chosen strategy moves the partner on the matrix (DOMAIN.md §2)."""

    up = "up"  # more influence: means, motivation, multi-year certainty (example X); invest only
    left = "left"  # less dependency: admit alternatives to a near-monopoly (example Y)


class ActionKind(StrEnum):
    free = "free"  # anything the coalition plans with the partner
    ambassador = "ambassador"  # a strong partner works for others (example Z)
    enforcement = "enforcement"  # enforcement and penalty payments move it up (example X)
    joint_agreements = "joint_agreements"  # agreements that make moving up attractive (X)


class LeftBy(StrEnum):
    direction = "direction"  # the chosen direction is left
    target = "target"  # the target position lies to the left of where the partner is


class SecureBy(StrEnum):
    suggested = "suggested"  # the matrix suggests securing the partner
    chosen = "chosen"  # the coalition chose to secure it


@dataclass(frozen=True)
class CompetitionWarning:
    """Fostering competition for a partner the coalition should keep: what moves it left, and
    what says it should be kept."""

    left_by: tuple[LeftBy, ...]
    secure_by: tuple[SecureBy, ...]


_HIGH_DEPENDENCY = frozenset(
    {Quadrant.high_dependency_high_influence, Quadrant.high_dependency_low_influence}
)
_HIGH_INFLUENCE = frozenset(
    {Quadrant.high_dependency_high_influence, Quadrant.low_dependency_high_influence}
)
_LEFTWARD = frozenset({Movement.left, Movement.up_left, Movement.down_left})
# Enforcement and joint agreements move a partner up, towards the ambition line.
_UPWARD_ACTIONS = frozenset({ActionKind.enforcement, ActionKind.joint_agreements})


@dataclass(frozen=True)
class Refusal:
    """Why a choice is refused, in English, with the numbers a client may show."""

    reason: str
    context: dict[str, float]


def direction_refusal(
    direction: StrategyDirection | None, outcome: PartnerOutcome | None, midpoint: float
) -> Refusal | None:
    """Left needs a partner whose dependency is high; unassessed, nobody knows it is."""
    if direction is not StrategyDirection.left:
        return None
    if outcome is None:
        return Refusal(
            "nobody assessed this partner yet: moving it left (admitting alternatives) needs "
            f"a high dependency, {midpoint:g} or more",
            {"midpoint": midpoint},
        )
    if outcome.quadrant in _HIGH_DEPENDENCY:
        return None
    return Refusal(
        "moving a partner left (admitting alternatives) needs a high dependency: "
        f"{outcome.dependency:g} is below the midpoint {midpoint:g}",
        {"dependency": outcome.dependency, "midpoint": midpoint},
    )


def action_refusal(
    kind: ActionKind, outcome: PartnerOutcome | None, midpoint: float
) -> Refusal | None:
    if kind is ActionKind.free:
        return None
    if outcome is None:
        return Refusal(
            f"nobody assessed this partner yet: a {kind.value} action needs its place in the "
            "matrix",
            {"midpoint": midpoint},
        )
    if kind is ActionKind.ambassador and outcome.quadrant not in _HIGH_INFLUENCE:
        return Refusal(
            "an ambassador is a strong partner: its influence "
            f"{outcome.influence:g} is below the midpoint {midpoint:g}",
            {"influence": outcome.influence, "midpoint": midpoint},
        )
    if kind in _UPWARD_ACTIONS and outcome.sufficient:
        return Refusal(
            f"{kind.value} moves up a partner that falls short of the ambition line; this one "
            f"reaches it (influence {outcome.influence:g}, required "
            f"{outcome.required_influence:g})",
            {"influence": outcome.influence, "required_influence": outcome.required_influence},
        )
    return None


def competition_warning(
    *,
    suggested: Strategy | None,
    chosen: Strategy | None,
    direction: StrategyDirection | None,
    movement: Movement | None,
) -> CompetitionWarning | None:
    """From what the reader sees: without the matrix there is no suggestion, without the
    targets no movement, and the warning says only what follows from the rest."""
    left_by = tuple(
        cause
        for cause, applies in (
            (LeftBy.direction, direction is StrategyDirection.left),
            (LeftBy.target, movement in _LEFTWARD),
        )
        if applies
    )
    secure_by = tuple(
        cause
        for cause, applies in (
            (SecureBy.suggested, suggested is Strategy.secure),
            (SecureBy.chosen, chosen is Strategy.secure),
        )
        if applies
    )
    return CompetitionWarning(left_by, secure_by) if left_by and secure_by else None
