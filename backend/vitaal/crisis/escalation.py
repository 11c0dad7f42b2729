"""When an issue becomes a crisis (DOMAIN.md §1, after Frank Peters of Virtus in the seed text).

An issue is a crisis when there is a *real or acute* threat to the reputation or the continuity
of the association or the sector, AND several members are involved OR the crisis of one member
is big enough to affect the whole association. Pure: plain answers in, the outcome and the
codes that explain it out (the app translates the codes).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ThreatLevel(StrEnum):
    none = "none"
    real = "real"
    acute = "acute"


class ThreatSubject(StrEnum):
    """Whose reputation or continuity is threatened."""

    association = "association"
    sector = "sector"
    both = "both"


@dataclass(frozen=True)
class Answers:
    reputation: ThreatLevel
    continuity: ThreatLevel
    subject: ThreatSubject
    several_members: bool
    member_affects_whole: bool


@dataclass(frozen=True)
class Outcome:
    is_crisis: bool
    # Both halves of the rule, so the app can show which one held.
    threat: bool
    involvement: bool
    acute: bool
    # Codes of the conditions that held (e.g. ``reputation_acute``, ``several_members``) and of
    # the half that was missing (``no_threat``, ``no_involvement``), in a fixed order.
    held: tuple[str, ...]
    missing: tuple[str, ...]


def _threatened(level: ThreatLevel) -> bool:
    return level is not ThreatLevel.none


def evaluate(answers: Answers) -> Outcome:
    held: list[str] = []
    if _threatened(answers.reputation):
        held.append(f"reputation_{answers.reputation.value}")
    if _threatened(answers.continuity):
        held.append(f"continuity_{answers.continuity.value}")
    threat = bool(held)
    if threat:
        held.append(f"subject_{answers.subject.value}")
    if answers.several_members:
        held.append("several_members")
    if answers.member_affects_whole:
        held.append("member_affects_whole")
    involvement = answers.several_members or answers.member_affects_whole
    missing = tuple(
        code for code, ok in (("no_threat", threat), ("no_involvement", involvement)) if not ok
    )
    acute = ThreatLevel.acute in (answers.reputation, answers.continuity)
    return Outcome(
        is_crisis=threat and involvement,
        threat=threat,
        involvement=involvement,
        acute=acute,
        held=tuple(held),
        missing=missing,
    )
