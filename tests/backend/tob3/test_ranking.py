from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.tob3.ranking import Vote, rank_worries, weight


def _vote(rank: int, text: str, topic: str = "") -> Vote:
    return Vote(uuid.uuid4(), rank, text, topic)


def test_weights_are_three_two_one() -> None:
    assert [weight(1), weight(2), weight(3)] == [3, 2, 1]
    with pytest.raises(ValueError, match="rank"):
        weight(4)


def test_weighted_count_beats_plain_count() -> None:
    # Leegstand: twice first (6); Parkeren: three times third (3)
    votes = [
        _vote(1, "Lege panden", "Leegstand"),
        _vote(1, "Winkels sluiten", "leegstand "),
        _vote(3, "Tarief omhoog", "Parkeren"),
        _vote(3, "Te weinig plekken", "Parkeren"),
        _vote(3, "Vergunningen", "parkeren"),
    ]
    groups = rank_worries(votes)
    assert [(g.label, g.score, g.mentions, g.by_rank) for g in groups] == [
        ("Leegstand", 6, 2, (2, 0, 0)),
        ("Parkeren", 3, 3, (0, 0, 3)),
    ]


def test_without_topic_the_same_text_counts_together() -> None:
    votes = [_vote(2, "Personeel  vinden"), _vote(1, "personeel vinden"), _vote(1, "Energie")]
    groups = rank_worries(votes)
    assert [(g.label, g.score, g.has_topic) for g in groups] == [
        ("Personeel vinden", 5, False),
        ("Energie", 3, False),
    ]
    assert groups[0].key == "text:personeel vinden"


def test_ties_are_ordered_by_mentions_then_first_places_then_label() -> None:
    votes = [
        _vote(1, "a", "Zorg"),  # 3, one mention
        _vote(2, "b", "Bouw"),
        _vote(3, "c", "Bouw"),  # 3, two mentions
        _vote(1, "d", "Alfa"),  # 3, one mention, one first
        _vote(2, "e", "Beta"),
        _vote(3, "f", "Beta"),  # 3, two mentions, no first
    ]
    assert [g.label for g in rank_worries(votes)] == ["Beta", "Bouw", "Alfa", "Zorg"]


def test_worries_in_a_group_strongest_rank_first() -> None:
    third, first = _vote(3, "x", "T"), _vote(1, "y", "T")
    (group,) = rank_worries([third, first])
    assert group.worry_ids == (first.worry_id, third.worry_id)


def test_label_is_the_most_used_spelling() -> None:
    votes = [
        _vote(1, "a", "bereikbaarheid"),
        _vote(1, "b", "Bereikbaarheid"),
        _vote(2, "c", "Bereikbaarheid"),
    ]
    assert rank_worries(votes)[0].label == "Bereikbaarheid"


topics = st.sampled_from(["", "Leegstand", "leegstand", "Parkeren", "Personeel", "Energie"])
texts = st.sampled_from(["Lege panden", "lege panden", "Tarieven", "Te weinig handen"])
votes = st.lists(
    st.builds(lambda r, t, p: Vote(uuid.uuid4(), r, t, p), st.integers(1, 3), texts, topics),
    max_size=40,
)


@given(votes)
def test_scores_add_up_to_the_weights_of_all_votes(vs: list[Vote]) -> None:
    groups = rank_worries(vs)
    assert sum(g.score for g in groups) == sum({1: 3, 2: 2, 3: 1}[v.rank] for v in vs)
    assert sum(g.mentions for g in groups) == len(vs)
    for g in groups:
        assert g.score == 3 * g.by_rank[0] + 2 * g.by_rank[1] + g.by_rank[2]


@given(votes, st.randoms())
def test_order_does_not_depend_on_the_order_of_answers(vs: list[Vote], rnd: object) -> None:
    shuffled = list(vs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a = [(g.key, g.label, g.score) for g in rank_worries(vs)]
    b = [(g.key, g.label, g.score) for g in rank_worries(shuffled)]
    assert a == b


@given(votes)
def test_groups_are_sorted_by_score(vs: list[Vote]) -> None:
    scores = [g.score for g in rank_worries(vs)]
    assert scores == sorted(scores, reverse=True)
