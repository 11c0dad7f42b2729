"""The domain of a vital coalition (step 2): examples and properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vitaal.formation.domain import Interest, Sharing, calculate, clean_topic, topic_key


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
    assert [(w.partner_id, w.topics) for w in domain.warnings] == [
        ("vastgoed", ("huuropbrengst kantoorpanden",))
    ]
    assert domain.without_interests == ("school",)
    # Most widely held first.
    assert domain.topics[0].key == "levendige binnenstad"
    assert [h.partner_id for h in by_key["veilige straten"].holders] == ["bewoners", "ondernemers"]


def test_a_reason_to_join_shared_with_others_is_no_warning() -> None:
    domain = calculate(
        ["a", "b"],
        [Interest("a", "Cultuur", 5, reason_to_join=True), Interest("b", "cultuur", 2)],
    )
    assert domain.warnings == ()
    assert domain.topics[0].sharing is Sharing.all


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
    assert [w.partner_id for w in domain.warnings] == ["a"]


def test_no_partners_no_domain() -> None:
    domain = calculate([], [Interest("a", "Groen", 2)])
    assert domain.topics == ()
    assert domain.warnings == ()


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


@given(partner_lists, interest_lists)
def test_domain_properties(partners: list[str], interests: list[Interest[str]]) -> None:
    domain = calculate(partners, interests)
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
    # Warnings: exactly the partners flagging a one-partner topic as their reason to join.
    flagged = {
        i.partner_id
        for i in relevant
        if i.reason_to_join and len(expected[topic_key(i.topic)]) == 1
    }
    assert {w.partner_id for w in domain.warnings} == flagged
    assert set(domain.without_interests) == set(partners) - holding
    # The order of the partners given does not change the grouping.
    reverse = calculate(list(reversed(partners)), list(reversed(interests)))
    assert set(reverse.shared_by_all) == set(domain.shared_by_all)
    assert set(reverse.single_partner) == set(domain.single_partner)
