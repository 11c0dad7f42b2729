"""Tob-3 results: worries ranked by weighted count (rank 1 weighs 3, rank 2 weighs 2, rank 3
weighs 1), grouped by topic. Pure: plain values in, plain values out.

Grouping: worries with a topic are grouped by that topic, compared without case and extra
spaces; a worry without a topic is grouped with the worries of the same text (again without
case and spaces), so the same worry named by several members counts together.

Order (deterministic): score high to low, then more mentions, then more first places, then the
label alphabetically (case-folded), then the key. The label of a group is the spelling used
most often, ties to the alphabetically first.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

WEIGHTS = {1: 3, 2: 2, 3: 1}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Vote:
    worry_id: uuid.UUID
    rank: int
    text: str
    topic: str = ""


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    has_topic: bool
    score: int
    mentions: int
    by_rank: tuple[int, int, int]  # how often named first, second, third
    worry_ids: tuple[uuid.UUID, ...]  # strongest rank first, then in the order given


def normalise(value: str) -> str:
    return _SPACE.sub(" ", value).strip().casefold()


def group_key(vote: Vote) -> tuple[str, bool]:
    topic = normalise(vote.topic)
    return (f"topic:{topic}", True) if topic else (f"text:{normalise(vote.text)}", False)


def weight(rank: int) -> int:
    if rank not in WEIGHTS:
        raise ValueError(f"rank must be 1, 2 or 3, not {rank}")
    return WEIGHTS[rank]


def _label(spellings: Counter[str]) -> str:
    return min(spellings.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))[0]


def rank_worries(votes: Iterable[Vote]) -> list[Group]:
    members: dict[str, list[Vote]] = {}
    has_topic: dict[str, bool] = {}
    for vote in votes:
        weight(vote.rank)
        key, topical = group_key(vote)
        members.setdefault(key, []).append(vote)
        has_topic[key] = topical
    groups = []
    for key, group_votes in members.items():
        spellings = Counter(
            _SPACE.sub(" ", v.topic if has_topic[key] else v.text).strip() for v in group_votes
        )
        by_rank = tuple(sum(1 for v in group_votes if v.rank == r) for r in (1, 2, 3))
        ordered = sorted(group_votes, key=lambda v: v.rank)  # stable: keeps the given order
        groups.append(
            Group(
                key=key,
                label=_label(spellings),
                has_topic=has_topic[key],
                score=sum(weight(v.rank) for v in group_votes),
                mentions=len(group_votes),
                by_rank=(by_rank[0], by_rank[1], by_rank[2]),
                worry_ids=tuple(v.worry_id for v in ordered),
            )
        )
    groups.sort(key=lambda g: (-g.score, -g.mentions, -g.by_rank[0], g.label.casefold(), g.key))
    return groups
