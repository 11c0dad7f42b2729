"""The domain of a vital coalition (step 2): examples and properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.formation.domain import (
    Interest,
    Sharing,
    TopicDecision,
    calculate,
    clean_topic,
    topic_key,
)


def test_topics_are_matched_without_case_or_spacing() -> None:
    assert topic_key("  Veilige   Straten ") == "veilige straten"
    assert topic_key("VEILIGE\tstraten") == topic_key("veilige straten")
    assert clean_topic("  Veilige   Straten ") == "Veilige Straten"


def test_the_seeds_city_centre_example() -> None:
    # Residents, entrepreneurs and property owners share a lively centre; rent yield matters to
    # the property owners only and is their reason to join (figure 3 of the seed).
    interests = [
        Interest("bewoners", "Levendige binnenstad", 5),
        Interest("ondernemers", "levendige  binnenstad", 4),
        Interest("vastgoed", "Levendige Binnenstad", 3),
        Interest("bewoners", "Veilige straten", 4),
        Interest("ondernemers", "Veilige straten", 3),
        Interest("vastgoed", "Huuropbrengst kantoorpanden", 5, reason_to_join=True),
        Interest("ondernemers", "Parkeren", 2),
    ]
    domain = calculate(["bewoners", "ondernemers", "vastgoed", "school"], interests)
    by_key = {t.key: t for t in domain.topics}
    assert domain.shared_by_all == ("levendige binnenstad",)
    assert by_key["levendige binnenstad"].label == "Levendige binnenstad"
    assert by_key["levendige binnenstad"].total_weight == 12
    assert domain.shared_by_several == ("veilige straten",)
    assert set(domain.single_partner) == {"huuropbrengst kantoorpanden", "parkeren"}
    # Their reason to join is a legitimate one, not a problem.
    assert [(r.partner_id, r.topics) for r in domain.reasons_to_join] == [
        ("vastgoed", ("huuropbrengst kantoorpanden",))
    ]
    assert by_key["huuropbrengst kantoorpanden"].legitimate_reason_to_join
    assert not by_key["parkeren"].legitimate_reason_to_join
    assert domain.without_interests == ("school",)
    # Most widely held first.
    assert domain.topics[0].key == "levendige binnenstad"
    assert [h.partner_id for h in by_key["veilige straten"].holders] == ["bewoners", "ondernemers"]


def test_the_coalition_decides_which_candidates_are_its_domain() -> None:
    # Organisations have more goals than the coalition takes up (figure 3 of the seed).
    interests = [
        Interest("bewoners", "Levendige binnenstad", 5),
        Interest("ondernemers", "Levendige binnenstad", 4),
        Interest("ondernemers", "Parkeren", 2),
        Interest("vastgoed", "Huuropbrengst kantoorpanden", 5, reason_to_join=True),
    ]
    decisions = {
        "levendige  BINNENSTAD": TopicDecision.in_domain,  # any spelling of the topic
        "parkeren": TopicDecision.not_in_domain,
        "huuropbrengst kantoorpanden": TopicDecision.in_domain,
        "groen": TopicDecision.in_domain,  # nobody holds it: no candidate, left out
    }
    domain = calculate(["bewoners", "ondernemers", "vastgoed"], interests, decisions)
    assert domain.in_domain == ("levendige binnenstad", "huuropbrengst kantoorpanden")
    assert domain.not_in_domain == ("parkeren",)
    assert domain.undecided == ()
    assert [t.key for t in domain.topics] == [
        "levendige binnenstad",
        "huuropbrengst kantoorpanden",
        "parkeren",
    ]
    assert {t.key: t.decision for t in domain.topics}["parkeren"] is TopicDecision.not_in_domain
    # Without decisions every candidate is undecided.
    open_ = calculate(["bewoners", "ondernemers", "vastgoed"], interests)
    assert open_.undecided == tuple(t.key for t in open_.topics)
    assert open_.in_domain == open_.not_in_domain == ()


def test_a_reason_to_join_shared_with_others_is_no_legitimate_reason_apart() -> None:
    domain = calculate(
        ["a", "b"],
        [Interest("a", "Cultuur", 5, reason_to_join=True), Interest("b", "cultuur", 2)],
    )
    assert domain.reasons_to_join == ()
    assert domain.topics[0].sharing is Sharing.all
    assert not domain.topics[0].legitimate_reason_to_join


def test_one_partner_naming_a_topic_twice_counts_once() -> None:
    domain = calculate(
        ["a", "b"],
        [
            Interest("a", "Groen", 2),
            Interest("a", "groen ", 4, reason_to_join=True),
            Interest("b", "Water", 1),
            Interest("ghost", "Groen", 5),  # not a partner: ignored
        ],
    )
    groen = next(t for t in domain.topics if t.key == "groen")
    assert len(groen.holders) == 1
    assert groen.holders[0].weight == 4
    assert groen.holders[0].reason_to_join
    assert [r.partner_id for r in domain.reasons_to_join] == ["a"]


def test_no_partners_no_domain() -> None:
    domain = calculate([], [Interest("a", "Groen", 2)])
    assert domain.topics == ()
    assert domain.reasons_to_join == ()


partner_ids = st.sampled_from(["p1", "p2", "p3", "p4", "p5"])
topic_texts = st.sampled_from(
    ["Groen", "groen", " GROEN ", "Water", "Veilig  wonen", "veilig wonen", "Cultuur", "Werk"]
)
interest_lists = st.lists(
    st.builds(
        Interest,
        partner_id=partner_ids,
        topic=topic_texts,
        weight=st.integers(min_value=1, max_value=5),
        reason_to_join=st.booleans(),
    ),
    max_size=30,
)
partner_lists = st.lists(partner_ids, unique=True, max_size=5)
decision_maps = st.dictionaries(
    st.sampled_from(["groen", "Water", " CULTUUR", "veilig   wonen", "Sport"]),
    st.sampled_from(list(TopicDecision)),
)


@given(partner_lists, interest_lists, decision_maps)
def test_domain_properties(
    partners: list[str], interests: list[Interest[str]], decisions: dict[str, TopicDecision]
) -> None:
    domain = calculate(partners, interests, decisions)
    relevant = [i for i in interests if i.partner_id in partners]
    # Every topic a partner holds appears once, with exactly the partners that hold it.
    expected: dict[str, set[str]] = {}
    for interest in relevant:
        expected.setdefault(topic_key(interest.topic), set()).add(interest.partner_id)
    assert {t.key: {h.partner_id for h in t.holders} for t in domain.topics} == expected
    # Each topic is in exactly one of the three groups, matching its sharing.
    groups = domain.shared_by_all + domain.shared_by_several + domain.single_partner
    assert sorted(groups) == sorted(expected)
    holding = {p for holders in expected.values() for p in holders}
    for topic in domain.topics:
        count = len(topic.holders)
        if count == 1:
            assert topic.sharing is Sharing.one
        elif count == len(holding):
            assert topic.sharing is Sharing.all
        else:
            assert topic.sharing is Sharing.several
    # Legitimate reasons to join: exactly the one-partner topics their holder flagged.
    flagged = {
        topic_key(i.topic): i.partner_id
        for i in relevant
        if i.reason_to_join and len(expected[topic_key(i.topic)]) == 1
    }
    assert {t.key for t in domain.topics if t.legitimate_reason_to_join} == set(flagged)
    assert {(r.partner_id, key) for r in domain.reasons_to_join for key in r.topics} == {
        (partner, key) for key, partner in flagged.items()
    }
    # Every candidate has one decision: the one given for it in any spelling, else undecided;
    # the three lists split the candidates in the order of the topics.
    given_for = {topic_key(topic): decision for topic, decision in decisions.items()}
    for topic in domain.topics:
        assert topic.decision is given_for.get(topic.key, TopicDecision.undecided)
    order = [t.key for t in domain.topics]
    for decision, keys in (
        (TopicDecision.in_domain, domain.in_domain),
        (TopicDecision.not_in_domain, domain.not_in_domain),
        (TopicDecision.undecided, domain.undecided),
    ):
        assert list(keys) == [t.key for t in domain.topics if t.decision is decision]
    assert sorted(domain.in_domain + domain.not_in_domain + domain.undecided) == sorted(order)
    assert set(domain.without_interests) == set(partners) - holding
    # The order of the partners given does not change the grouping.
    reverse = calculate(list(reversed(partners)), list(reversed(interests)), decisions)
    assert set(reverse.shared_by_all) == set(domain.shared_by_all)
    assert set(reverse.single_partner) == set(domain.single_partner)
    assert set(reverse.in_domain) == set(domain.in_domain)
