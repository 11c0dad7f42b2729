"""The domain of a vital coalition (step 2 of the step plan; pure, no I/O).

The union of the partners' interests is the *candidate* set, larger than their intersection:
some topics matter to every partner, some to several, and some to one partner only. The
candidates are not the domain yet: organisations have more goals than the coalition takes up
(figure 3 of the seed), so the coalition decides per topic whether it belongs to the domain;
until then the topic is undecided.

A topic that matters to one partner only and that this partner marked as its reason to join is
a *legitimate reason to join* (the seed's property owners, for whom the rent of their offices
is why they take part and contribute elsewhere too): the domain shows it as such, not as a
problem.

Topics are matched without regard to case or spacing ("Veilige  straten" = "veilige straten"),
and so are the decisions about them. "Shared by all" counts the partners whose interests are
known: a partner without any recorded interest yet is listed apart rather than emptying the
shared topics.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
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


class TopicDecision(StrEnum):
    """What the coalition decided about a candidate topic."""

    in_domain = "in_domain"
    not_in_domain = "not_in_domain"
    undecided = "undecided"


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
    decision: TopicDecision = TopicDecision.undecided

    @property
    def total_weight(self) -> int:
        return sum(holder.weight for holder in self.holders)

    @property
    def legitimate_reason_to_join(self) -> bool:
        """Held by one partner only, and that partner's reason to join."""
        return len(self.holders) == 1 and self.holders[0].reason_to_join


@dataclass(frozen=True)
class ReasonToJoin(Generic[PartnerId]):
    """A partner whose reason to join is a topic no other partner holds."""

    partner_id: PartnerId
    topics: tuple[str, ...]  # keys, in the order of ``Domain.topics``


@dataclass(frozen=True)
class Domain(Generic[PartnerId]):
    partners: tuple[PartnerId, ...]  # the columns of the matrix, in the order given
    # The candidates: most widely held first, then heaviest, then by name.
    topics: tuple[Topic[PartnerId], ...]
    shared_by_all: tuple[str, ...]
    shared_by_several: tuple[str, ...]
    single_partner: tuple[str, ...]
    # The candidates by decision, each in the order of ``topics``; ``in_domain`` is the domain.
    in_domain: tuple[str, ...]
    not_in_domain: tuple[str, ...]
    undecided: tuple[str, ...]
    reasons_to_join: tuple[ReasonToJoin[PartnerId], ...]
    without_interests: tuple[PartnerId, ...]


def calculate(
    partners: Sequence[PartnerId],
    interests: Iterable[Interest[PartnerId]],
    decisions: Mapping[str, TopicDecision] | None = None,
) -> Domain[PartnerId]:
    """Interests of partners not in ``partners`` are ignored. When one partner names the same
    topic twice, the heavier entry counts and a reason-to-join flag on either counts.

    ``decisions`` maps topics (in any spelling) to what the coalition decided; a decision about
    a topic that is no candidate (nobody holds it now) is left out, and applies again when a
    partner names the topic again.
    """
    decided = {topic_key(topic): decision for topic, decision in (decisions or {}).items()}
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
            decision=decided.get(key, TopicDecision.undecided),
        )
        for key, holders in per_topic.items()
    ]
    topics.sort(key=lambda t: (-len(t.holders), -t.total_weight, t.key))

    reasons: dict[PartnerId, list[str]] = {}
    for topic in topics:
        if topic.legitimate_reason_to_join:
            reasons.setdefault(topic.holders[0].partner_id, []).append(topic.key)

    def keys(
        *, sharing: Sharing | None = None, decision: TopicDecision | None = None
    ) -> tuple[str, ...]:
        return tuple(
            t.key
            for t in topics
            if (sharing is None or t.sharing is sharing)
            and (decision is None or t.decision is decision)
        )

    return Domain(
        partners=tuple(partners),
        topics=tuple(topics),
        shared_by_all=keys(sharing=Sharing.all),
        shared_by_several=keys(sharing=Sharing.several),
        single_partner=keys(sharing=Sharing.one),
        in_domain=keys(decision=TopicDecision.in_domain),
        not_in_domain=keys(decision=TopicDecision.not_in_domain),
        undecided=keys(decision=TopicDecision.undecided),
        reasons_to_join=tuple(
            ReasonToJoin(partner, tuple(reasons[partner]))
            for partner in dict.fromkeys(partners)
            if partner in reasons
        ),
        without_interests=tuple(p for p in dict.fromkeys(partners) if p not in with_interests),
    )


def _sharing(holders: int, partners_with_interests: int) -> Sharing:
    # One holder is "one" even when it is the only partner with interests: a topic that matters
    # to a single partner is exactly the case the seed names apart, whatever the others have not
    # said yet.
    if holders == 1:
        return Sharing.one
    if holders == partners_with_interests:
        return Sharing.all
    return Sharing.several
