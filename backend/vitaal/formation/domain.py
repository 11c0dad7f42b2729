"""The domain of a vital coalition (step 2 of the step plan; pure, no I/O).

The domain is the union of the partners' interests, larger than their intersection: some topics
matter to every partner, some to several, and some to one partner only — and such a topic may be
exactly that partner's reason to join. Those partners are the warning: their reason to join is
carried by nobody else, so the coalition must take care that it stays inside the domain.

Topics are matched without regard to case or spacing ("Veilige  straten" = "veilige straten").
"Shared by all" counts the partners whose interests are known: a partner without any recorded
interest yet is listed apart rather than emptying the shared topics.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

PartnerId = TypeVar("PartnerId", bound=Hashable)

_SPACES = re.compile(r"\s+")


def topic_key(topic: str) -> str:
    """The form two topics are compared in: case-folded, spaces trimmed and collapsed."""
    return _SPACES.sub(" ", topic).strip().casefold()


def clean_topic(topic: str) -> str:
    """The form a topic is shown in: spaces trimmed and collapsed, case kept."""
    return _SPACES.sub(" ", topic).strip()


class Sharing(StrEnum):
    all = "all"
    several = "several"
    one = "one"


@dataclass(frozen=True)
class Interest(Generic[PartnerId]):
    partner_id: PartnerId
    topic: str
    weight: int
    reason_to_join: bool = False


@dataclass(frozen=True)
class Holder(Generic[PartnerId]):
    partner_id: PartnerId
    weight: int
    reason_to_join: bool


@dataclass(frozen=True)
class Topic(Generic[PartnerId]):
    key: str
    label: str
    holders: tuple[Holder[PartnerId], ...]
    sharing: Sharing

    @property
    def total_weight(self) -> int:
        return sum(holder.weight for holder in self.holders)


@dataclass(frozen=True)
class Warning(Generic[PartnerId]):
    """A partner whose reason to join is a topic no other partner holds."""

    partner_id: PartnerId
    topics: tuple[str, ...]  # keys, in the order of ``Domain.topics``


@dataclass(frozen=True)
class Domain(Generic[PartnerId]):
    partners: tuple[PartnerId, ...]  # the columns of the matrix, in the order given
    topics: tuple[Topic[PartnerId], ...]  # most widely held first, then heaviest, then by name
    shared_by_all: tuple[str, ...]
    shared_by_several: tuple[str, ...]
    single_partner: tuple[str, ...]
    warnings: tuple[Warning[PartnerId], ...]
    without_interests: tuple[PartnerId, ...]


def calculate(
    partners: Sequence[PartnerId], interests: Iterable[Interest[PartnerId]]
) -> Domain[PartnerId]:
    """Interests of partners not in ``partners`` are ignored. When one partner names the same
    topic twice, the heavier entry counts and a reason-to-join flag on either counts."""
    known = set(partners)
    per_topic: dict[str, dict[PartnerId, Holder[PartnerId]]] = {}
    labels: dict[str, str] = {}
    for interest in interests:
        if interest.partner_id not in known:
            continue
        key = topic_key(interest.topic)
        if not key:
            continue
        labels.setdefault(key, clean_topic(interest.topic))
        holders = per_topic.setdefault(key, {})
        earlier = holders.get(interest.partner_id)
        holders[interest.partner_id] = Holder(
            interest.partner_id,
            max(interest.weight, earlier.weight if earlier else interest.weight),
            interest.reason_to_join or (earlier.reason_to_join if earlier else False),
        )

    with_interests = {p for holders in per_topic.values() for p in holders}
    order = {partner: index for index, partner in enumerate(partners)}
    topics = [
        Topic(
            key=key,
            label=labels[key],
            holders=tuple(sorted(holders.values(), key=lambda h: order[h.partner_id])),
            sharing=_sharing(len(holders), len(with_interests)),
        )
        for key, holders in per_topic.items()
    ]
    topics.sort(key=lambda t: (-len(t.holders), -t.total_weight, t.key))

    single = {t.key: t for t in topics if t.sharing is Sharing.one}
    warnings = [
        Warning(
            partner,
            tuple(
                t.key
                for t in single.values()
                if t.holders[0].partner_id == partner and t.holders[0].reason_to_join
            ),
        )
        for partner in partners
    ]
    return Domain(
        partners=tuple(partners),
        topics=tuple(topics),
        shared_by_all=tuple(t.key for t in topics if t.sharing is Sharing.all),
        shared_by_several=tuple(t.key for t in topics if t.sharing is Sharing.several),
        single_partner=tuple(single),
        warnings=tuple(w for w in warnings if w.topics),
        without_interests=tuple(p for p in dict.fromkeys(partners) if p not in with_interests),
    )


def _sharing(holders: int, partners_with_interests: int) -> Sharing:
    # One holder is "one" even when it is the only partner with interests: a topic that matters
    # to a single partner is the domain's weak spot, whatever the others have not said yet.
    if holders == 1:
        return Sharing.one
    if holders == partners_with_interests:
        return Sharing.all
    return Sharing.several
