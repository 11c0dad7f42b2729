from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.signals.feed_parser import FeedError, parse_feed, plain_text

FIXTURES = Path(__file__).parent / "fixtures"


def _read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_rss2_items_in_order_with_plain_text_dates_and_tags() -> None:
    feed = parse_feed(_read("rss2.xml"))
    assert feed.format == "rss"
    assert feed.title == "Zwolse Courant — binnenstad"
    assert [i.title for i in feed.items] == [
        "Gemeente wil parkeertarief binnenstad verhogen",
        "Leegstand Diezerstraat loopt op",
        "Koopzondagen: ondernemers verdeeld",
    ]
    first, second, third = feed.items
    assert first.summary == "Het college stelt voor het parkeertarief met 20% te verhogen."
    assert first.guid == "courant-2026-1121"
    assert first.link == "https://courant.example/2026/11/parkeertarief"
    assert first.published == datetime(2026, 11, 21, 7, 30, tzinfo=UTC)
    assert first.tags == ("parkeren", "gemeenteraad")
    assert second.guid == ""
    assert third.link == ""
    assert third.published is None
    assert third.observed_on(date(2026, 11, 29)) == date(2026, 11, 29)


def test_dedup_key_uses_guid_then_link_then_title() -> None:
    first, second, third = parse_feed(_read("rss2.xml")).items
    again = parse_feed(_read("rss2.xml")).items
    assert [i.dedup_key for i in again] == [first.dedup_key, second.dedup_key, third.dedup_key]
    assert len({first.dedup_key, second.dedup_key, third.dedup_key}) == 3


def test_atom_alternate_link_html_title_and_published_date() -> None:
    feed = parse_feed(_read("atom.xml"))
    assert feed.format == "atom"
    assert feed.title == "Vakblad Retail — beleid"
    first, second = feed.items
    assert first.title == "Kabinet: winkeltijdenwet wordt herzien"
    assert first.link == "https://vakblad.example/winkeltijden"
    assert first.guid == "tag:vakblad.example,2026:winkeltijden"
    assert first.published == datetime(2026, 11, 21, 13, 15, tzinfo=UTC)
    assert first.tags == ("wetgeving",)
    assert second.link == "https://vakblad.example/energie"
    assert second.summary == "Vooral horeca merkt het."
    assert second.published == datetime(2026, 11, 19, 10, 0, tzinfo=UTC)


def test_rdf_rss1() -> None:
    feed = parse_feed(_read("rdf.xml"))
    assert feed.format == "rdf"
    assert feed.title == "Provincie — Statenstukken"
    (item,) = feed.items
    assert item.title == "Subsidieregeling vitale kernen 2027"
    assert item.guid == "https://provincie.example/stukken/412"
    assert item.published == datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    assert item.tags == ("subsidie",)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("broken.xml", "malformed"),
        ("entities.xml", "malformed"),
        ("not-a-feed.xml", "not_a_feed"),
    ],
)
def test_bad_documents(name: str, kind: str) -> None:
    with pytest.raises(FeedError) as raised:
        parse_feed(_read(name))
    assert raised.value.kind == kind


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "not_a_feed"),
        (b"   \n", "not_a_feed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "malformed"),
        (b'<rss version="2.0"></rss>', "not_a_feed"),
        (b'{"items": []}', "malformed"),
    ],
)
def test_other_input_that_is_no_feed(data: bytes, kind: str) -> None:
    with pytest.raises(FeedError) as raised:
        parse_feed(data)
    assert raised.value.kind == kind


def test_external_entities_are_refused() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&x;</title></channel></rss>'
    )
    with pytest.raises(FeedError) as raised:
        parse_feed(data)
    assert raised.value.kind == "malformed"


def test_items_without_title_or_text_are_skipped_and_unsafe_links_dropped() -> None:
    data = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><link>https://a.example/1</link></item>"
        b"<item><description>Alleen tekst, geen titel</description>"
        b"<link>javascript:alert(1)</link></item>"
        b"</channel></rss>"
    )
    (item,) = parse_feed(data).items
    assert item.title == "Alleen tekst, geen titel"
    assert item.link == ""


@given(st.binary(max_size=300))
def test_any_bytes_give_a_feed_or_a_feed_error(data: bytes) -> None:
    kind = "ok"
    try:
        parse_feed(data)
    except FeedError as exc:
        kind = exc.kind
    assert kind in {"ok", "malformed", "not_a_feed"}


@given(st.text(max_size=200))
def test_plain_text_is_one_line_within_the_limit(value: str) -> None:
    text = plain_text(value, 50)
    assert len(text) <= 50
    assert "\n" not in text
    assert text == text.strip()
