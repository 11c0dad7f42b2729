"""The escalation rule of DOMAIN.md §1, row by row and over every combination of answers.

Crisis = a real or acute threat to the reputation or continuity (of the association or the
sector) AND (several members involved OR one member's crisis affects the whole association)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.crisis.escalation import Answers, ThreatLevel, ThreatSubject, evaluate

N, R, A = ThreatLevel.none, ThreatLevel.real, ThreatLevel.acute
ASSOC, SECTOR, BOTH = ThreatSubject.association, ThreatSubject.sector, ThreatSubject.both

# reputation, continuity, subject, several members, one member affects whole
#   -> crisis, acute, held, missing
TABLE = [
    # No threat at all: never a crisis, whatever the involvement.
    (N, N, ASSOC, False, False, False, False, (), ("no_threat", "no_involvement")),
    (N, N, ASSOC, True, False, False, False, ("several_members",), ("no_threat",)),
    (N, N, SECTOR, False, True, False, False, ("member_affects_whole",), ("no_threat",)),
    (
        N,
        N,
        BOTH,
        True,
        True,
        False,
        False,
        ("several_members", "member_affects_whole"),
        ("no_threat",),
    ),
    # A threat but only one member, and not affecting the whole: an issue, not a crisis.
    (
        R,
        N,
        ASSOC,
        False,
        False,
        False,
        False,
        ("reputation_real", "subject_association"),
        ("no_involvement",),
    ),
    (
        N,
        A,
        SECTOR,
        False,
        False,
        False,
        True,
        ("continuity_acute", "subject_sector"),
        ("no_involvement",),
    ),
    (
        A,
        A,
        BOTH,
        False,
        False,
        False,
        True,
        ("reputation_acute", "continuity_acute", "subject_both"),
        ("no_involvement",),
    ),
    # Threat to reputation and several members.
    (
        R,
        N,
        ASSOC,
        True,
        False,
        True,
        False,
        ("reputation_real", "subject_association", "several_members"),
        (),
    ),
    (
        A,
        N,
        SECTOR,
        True,
        False,
        True,
        True,
        ("reputation_acute", "subject_sector", "several_members"),
        (),
    ),
    # Threat to continuity and one member's crisis affecting the whole association.
    (
        N,
        R,
        ASSOC,
        False,
        True,
        True,
        False,
        ("continuity_real", "subject_association", "member_affects_whole"),
        (),
    ),
    (
        N,
        A,
        ASSOC,
        False,
        True,
        True,
        True,
        ("continuity_acute", "subject_association", "member_affects_whole"),
        (),
    ),
    # Both threats and both kinds of involvement.
    (
        R,
        A,
        BOTH,
        True,
        True,
        True,
        True,
        (
            "reputation_real",
            "continuity_acute",
            "subject_both",
            "several_members",
            "member_affects_whole",
        ),
        (),
    ),
    (
        R,
        R,
        SECTOR,
        True,
        False,
        True,
        False,
        ("reputation_real", "continuity_real", "subject_sector", "several_members"),
        (),
    ),
]


@pytest.mark.parametrize(
    (
        "reputation",
        "continuity",
        "subject",
        "several",
        "whole",
        "crisis",
        "acute",
        "held",
        "missing",
    ),
    TABLE,
)
def test_rule_row_by_row(
    reputation: ThreatLevel,
    continuity: ThreatLevel,
    subject: ThreatSubject,
    several: bool,
    whole: bool,
    crisis: bool,
    acute: bool,
    held: tuple[str, ...],
    missing: tuple[str, ...],
) -> None:
    outcome = evaluate(Answers(reputation, continuity, subject, several, whole))
    assert outcome.is_crisis is crisis
    assert outcome.acute is acute
    assert outcome.held == held
    assert outcome.missing == missing
    assert outcome.threat is ("no_threat" not in missing)
    assert outcome.involvement is ("no_involvement" not in missing)


ALL = list(itertools.product(ThreatLevel, ThreatLevel, ThreatSubject, (False, True), (False, True)))


@pytest.mark.parametrize(("reputation", "continuity", "subject", "several", "whole"), ALL)
def test_every_combination(
    reputation: ThreatLevel,
    continuity: ThreatLevel,
    subject: ThreatSubject,
    several: bool,
    whole: bool,
) -> None:
    """Each of the 108 combinations: a crisis exactly when a threat level other than none
    meets at least one kind of wide involvement; the subject never decides."""
    outcome = evaluate(Answers(reputation, continuity, subject, several, whole))
    threatened = {reputation, continuity} & {ThreatLevel.real, ThreatLevel.acute}
    assert outcome.is_crisis == (bool(threatened) and (several or whole))
    assert outcome.is_crisis == (not outcome.missing)
    for other in ThreatSubject:
        assert evaluate(Answers(reputation, continuity, other, several, whole)).is_crisis is (
            outcome.is_crisis
        )


answers = st.builds(
    Answers,
    st.sampled_from(ThreatLevel),
    st.sampled_from(ThreatLevel),
    st.sampled_from(ThreatSubject),
    st.booleans(),
    st.booleans(),
)
RANK = {N: 0, R: 1, A: 2}


@given(answers, st.sampled_from(ThreatLevel), st.sampled_from(ThreatLevel), st.booleans())
def test_more_threat_or_involvement_never_undoes_a_crisis(
    base: Answers, reputation: ThreatLevel, continuity: ThreatLevel, more: bool
) -> None:
    worse = Answers(
        max(base.reputation, reputation, key=RANK.__getitem__),
        max(base.continuity, continuity, key=RANK.__getitem__),
        base.subject,
        base.several_members or more,
        base.member_affects_whole,
    )
    if evaluate(base).is_crisis:
        assert evaluate(worse).is_crisis
