"""The commitment scale the chair determines with (no I/O).

A Vitaal rule, not from the method: the seed has the chair state "in welke mate er
overeenstemming en commitment is", but gives no scale. Vitaal's has four fixed keys, weakest
first (``CommitmentLevel``), of which only ``committed`` counts as commitment. An organisation
may rename the levels, describe them and say which count, but keeps the keys and their order,
so every recorded determination keeps its meaning. Only the strongest levels can count: a level
that counts while a stronger one does not would say a partner commits less by moving up.
"""

from __future__ import annotations

from collections.abc import Mapping

from vitaal.meetings.models import CommitmentLevel

VITAAL_COUNTS = frozenset({CommitmentLevel.committed})


def counting_is_valid(counts: Mapping[CommitmentLevel, bool]) -> bool:
    """The strongest level counts, and no level counts below one that does not."""
    flags = [counts[level] for level in CommitmentLevel]
    return flags[-1] and flags == sorted(flags)
