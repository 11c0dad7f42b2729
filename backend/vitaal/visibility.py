"""Who sees what in a coalition: shared work and the core team's preparation.

Every piece of coalition work is either **shared** with all member organisations or
**preparation**, visible only to the coalition's **core team**: the coordinating organisation(s)
plus the partner organisations the coordinators add to it. Observers are never in the core team
and see shared work only.

The step plan calls round 1 "mainly one's own, internal preparation" and speaks of *your*
strategy towards a partner, so the conversations, the own plan, the partner matrix with its
assessments and the chosen partner strategies start as preparation. The domain, the journey,
meetings, agreements and the plan of approach are the coalition's common work and are always
shared. The coordinators may share a preparation piece explicitly (e.g. the matrix positions
without the rationales); each change is recorded.

Pure rules only: ``vitaal.access`` holds the caller's view and the dependencies that apply them.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class WorkPiece(StrEnum):
    # Preparation unless shared explicitly:
    conversations = "conversations"  # bilateral conversation records (the seven questions)
    own_plan = "own_plan"  # the coordinator's own plan per partner and the collaboration draft
    partner_positions = "partner_positions"  # the matrix: positions, gaps, quadrants, trails
    assessment_rationales = "assessment_rationales"  # each assessor's scores and rationale
    target_positions = "target_positions"  # where the core team wants a partner to move
    partner_strategies = "partner_strategies"  # chosen strategies, directions and their actions
    # Always shared:
    domain = "domain"  # interests and the coalition's domain
    journey = "journey"  # the step plan's progress
    meetings = "meetings"
    agreements = "agreements"
    plan = "plan"  # the plan of approach and the working structures


PREPARATION: frozenset[WorkPiece] = frozenset(
    {
        WorkPiece.conversations,
        WorkPiece.own_plan,
        WorkPiece.partner_positions,
        WorkPiece.assessment_rationales,
        WorkPiece.target_positions,
        WorkPiece.partner_strategies,
    }
)
ALWAYS_SHARED: frozenset[WorkPiece] = frozenset(WorkPiece) - PREPARATION

# Sharing a piece that only makes sense on top of another shares that one too: the rationales and
# targets are shown in the matrix, so they need its positions.
REQUIRES: dict[WorkPiece, WorkPiece] = {
    WorkPiece.assessment_rationales: WorkPiece.partner_positions,
    WorkPiece.target_positions: WorkPiece.partner_positions,
}


def shared_set(stored: Iterable[str]) -> frozenset[WorkPiece]:
    """The preparation pieces a coalition shares, from its stored list (unknown names ignored,
    so a piece retired in a later version does not break reading old rows)."""
    names = {piece.value for piece in PREPARATION}
    return frozenset(WorkPiece(name) for name in stored if name in names)


def with_requirements(shared: frozenset[WorkPiece]) -> frozenset[WorkPiece]:
    return shared | {REQUIRES[piece] for piece in shared if piece in REQUIRES}


def without_dependants(shared: frozenset[WorkPiece], unshared: WorkPiece) -> frozenset[WorkPiece]:
    """Stop sharing ``unshared`` and whatever needs it."""
    return frozenset(
        piece for piece in shared if piece is not unshared and REQUIRES.get(piece) is not unshared
    )


def sees(piece: WorkPiece, *, in_core_team: bool, shared: frozenset[WorkPiece]) -> bool:
    return piece in ALWAYS_SHARED or in_core_team or piece in shared
