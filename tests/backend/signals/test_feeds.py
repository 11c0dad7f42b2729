"""Feeds: registering, fetching from a real local HTTP server, uploading files, scheduling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from situations import Org, ProblemCheck, StatementCounter, User

from vitaal.signals import fetcher

from .conftest import FeedServer, register_feed

FIXTURES = Path(__file__).parent / "fixtures"


async def _fetch(org: Org, feed_id: str, user: User | None = None) -> dict[str, Any]:
    response = await org.client.post(
        org.url(f"/signal-feeds/{feed_id}/fetch"), headers=(user or org.member).headers
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _signals(org: Org, **params: Any) -> list[dict[str, Any]]:
    response = await org.client.get(
        org.url("/signals"), params={"limit": 200, **params}, headers=org.owner.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


@pytest.mark.usefixtures("allow_local_feeds")
async def test_fetch_imports_new_items_once(org: Org, feed_server: FeedServer) -> None:
    feed = await register_feed(org, f"{feed_server.base}/rss2.xml", tags=["Binnenstad"])
    assert feed["next_fetch_at"] is None  # on demand only
    first = await _fetch(org, feed["id"])
    assert first["outcome"] == "ok"
    assert (first["items_total"], first["items_new"], first["items_duplicate"]) == (3, 3, 0)
    signals = await _signals(org)
    assert {s["title"] for s in signals} == {
        "Gemeente wil parkeertarief binnenstad verhogen",
        "Leegstand Diezerstraat loopt op",
        "Koopzondagen: ondernemers verdeeld",
    }
    parking = next(s for s in signals if s["title"].startswith("Gemeente"))
    assert parking["source_type"] == "newspaper"
    assert parking["origin"] == "feed"
    assert parking["feed_id"] == feed["id"]
    assert parking["observed_on"] == "2026-11-21"
    assert parking["tags"] == ["binnenstad", "parkeren", "gemeenteraad"]
    assert parking["entered_by"] is None

    second = await _fetch(org, feed["id"])
    assert (second["items_new"], second["items_duplicate"]) == (0, 3)
    assert len(await _signals(org)) == 3

    # A new item in the feed arrives; the others stay duplicates.
    body = (
        (FIXTURES / "rss2.xml")
        .read_bytes()
        .replace(
            b"<item>",
            b"<item><title>Nieuw: bouwhekken</title><guid>new-1</guid></item><item>",
            1,
        )
    )
    feed_server.serve("/rss2.xml", body)
    third = await _fetch(org, feed["id"])
    assert (third["items_new"], third["items_duplicate"]) == (1, 3)

    shown = await org.client.get(org.url(f"/signal-feeds/{feed['id']}"), headers=org.member.headers)
    assert shown.json()["last_outcome"] == "ok"
    assert shown.json()["last_items_new"] == 1
    log = await org.client.get(
        org.url(f"/signal-feeds/{feed['id']}/fetches"),
        params={"limit": 2},
        headers=org.member.headers,
    )
    assert [f["items_new"] for f in log.json()["items"]] == [1, 0]
    assert log.json()["next_cursor"]
    rest = await org.client.get(
        org.url(f"/signal-feeds/{feed['id']}/fetches"),
        params={"cursor": log.json()["next_cursor"]},
        headers=org.member.headers,
    )
    assert [f["items_new"] for f in rest.json()["items"]] == [3]
    by_feed = await _signals(org, feed_id=feed["id"])
    assert len(by_feed) == 4


@pytest.mark.usefixtures("allow_local_feeds")
async def test_same_item_from_another_feed_or_an_upload_is_a_duplicate(
    org: Org, feed_server: FeedServer
) -> None:
    feed_server.serve("/copy.xml", (FIXTURES / "rss2.xml").read_bytes())
    one = await register_feed(org, f"{feed_server.base}/rss2.xml")
    two = await register_feed(org, f"{feed_server.base}/copy.xml")
    assert (await _fetch(org, one["id"]))["items_new"] == 3
    assert (await _fetch(org, two["id"]))["items_duplicate"] == 3
    uploaded = await org.client.post(
        org.url("/signal-imports"),
        files={"file": ("rss2.xml", (FIXTURES / "rss2.xml").read_bytes(), "application/xml")},
        data={"source_type": "trade_media"},
        headers=org.member.headers,
    )
    assert uploaded.json()["items_duplicate"] == 3


@pytest.mark.usefixtures("allow_local_feeds")
@pytest.mark.parametrize(
    ("path", "outcome", "http_status"),
    [
        ("/missing", "http_error", 404),
        ("/not-a-feed.xml", "not_a_feed", 200),
        ("/broken.xml", "malformed", 200),
    ],
)
async def test_feed_errors_are_recorded_not_fatal(
    org: Org, feed_server: FeedServer, path: str, outcome: str, http_status: int
) -> None:
    feed = await register_feed(org, f"{feed_server.base}{path}")
    result = await _fetch(org, feed["id"])
    assert result["outcome"] == outcome
    assert result["http_status"] == http_status
    assert result["error"]
    assert result["items_new"] == 0
    shown = await org.client.get(org.url(f"/signal-feeds/{feed['id']}"), headers=org.owner.headers)
    assert shown.json()["last_outcome"] == outcome
    assert shown.json()["last_error"] == result["error"]
    assert await _signals(org) == []


@pytest.mark.usefixtures("allow_local_feeds")
async def test_redirect_is_followed(org: Org, feed_server: FeedServer) -> None:
    feed = await register_feed(org, f"{feed_server.base}/redirect")
    assert (await _fetch(org, feed["id"]))["items_new"] == 3


@pytest.mark.usefixtures("allow_local_feeds")
async def test_unreachable_timeout_and_too_large(
    org: Org, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = await register_feed(org, "http://127.0.0.1:9/feed.xml")
    result = await _fetch(org, closed["id"])
    assert result["outcome"] == "unreachable"

    monkeypatch.setattr(fetcher, "TIMEOUT_SECONDS", 0.3)
    feed_server.delay = 1.0
    feed_server.serve("/slow", (FIXTURES / "rss2.xml").read_bytes())
    slow = await register_feed(org, f"{feed_server.base}/slow")
    result = await _fetch(org, slow["id"])
    assert result["outcome"] == "unreachable"
    assert "0.3 seconds" in result["error"]

    monkeypatch.setattr(fetcher, "MAX_BYTES", 1000)
    big = await register_feed(org, f"{feed_server.base}/atom.xml")
    result = await _fetch(org, big["id"])
    assert result["outcome"] == "too_large"
    assert await _signals(org) == []


async def test_private_addresses_are_refused_by_default(org: Org, feed_server: FeedServer) -> None:
    feed = await register_feed(org, f"{feed_server.base}/rss2.xml")
    result = await _fetch(org, feed["id"])
    assert result["outcome"] == "blocked"
    assert feed_server.hits == []


async def test_upload_a_feed_file(org: Org, problem: ProblemCheck) -> None:
    url = org.url("/signal-imports")
    response = await org.client.post(
        url,
        files={"file": ("atom.xml", (FIXTURES / "atom.xml").read_bytes(), "application/xml")},
        data={"source_type": "trade_media", "tags": "Retail, beleid"},
        headers=org.member.headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["kind"], body["source_name"], body["outcome"]) == ("upload", "atom.xml", "ok")
    assert (body["items_new"], body["items_duplicate"]) == (2, 0)
    signals = await _signals(org)
    assert {s["origin"] for s in signals} == {"upload"}
    assert {s["entered_by"]["name"] for s in signals} == {"Bram de Vries"}
    assert signals[0]["tags"][:2] == ["retail", "beleid"]

    broken = await org.client.post(
        url,
        files={"file": ("kapot.xml", (FIXTURES / "broken.xml").read_bytes(), "text/xml")},
        data={"source_type": "trade_media"},
        headers=org.member.headers,
    )
    assert broken.status_code == 201
    assert broken.json()["outcome"] == "malformed"

    response = await org.client.post(
        url,
        files={"file": ("a.xml", b"<rss/>", "text/xml")},
        data={"source_type": "gossip"},
        headers=org.member.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.source_type"


async def test_upload_too_large(
    org: Org, problem: ProblemCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetcher, "MAX_BYTES", 100)
    response = await org.client.post(
        org.url("/signal-imports"),
        files={"file": ("atom.xml", (FIXTURES / "atom.xml").read_bytes(), "application/xml")},
        data={"source_type": "trade_media"},
        headers=org.member.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.file"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "file:///etc/passwd"}, "body.url"),
        ({"url": "ftp://feeds.example/x"}, "body.url"),
        ({"url": "https://user:pw@feeds.example/x"}, "body.url"),
        ({"url": "niet een adres"}, "body.url"),
        ({"interval_minutes": 5}, "body.interval_minutes"),
        ({"title": ""}, "body.title"),
        ({"source_type": "x"}, "body.source_type"),
    ],
)
async def test_feed_input_is_checked(
    org: Org, problem: ProblemCheck, body: Any, field: str
) -> None:
    response = await org.client.post(
        org.url("/signal-feeds"),
        json={"title": "F", "url": "https://feeds.example/rss", "source_type": "newspaper", **body},
        headers=org.owner.headers,
    )
    assert field in [e["field"] for e in problem(response, 422)["errors"]]


async def test_feed_management_is_for_admins_and_urls_are_unique(
    org: Org, problem: ProblemCheck
) -> None:
    body = {"title": "F", "url": "https://feeds.example/rss", "source_type": "newspaper"}
    problem(
        await org.client.post(org.url("/signal-feeds"), json=body, headers=org.member.headers), 403
    )
    feed = await register_feed(org, "https://feeds.example/rss")
    again = await org.client.post(org.url("/signal-feeds"), json=body, headers=org.owner.headers)
    assert problem(again, 422)["errors"][0]["code"] == "duplicate"
    one = org.url(f"/signal-feeds/{feed['id']}")
    problem(await org.client.patch(one, json={"title": "x"}, headers=org.member.headers), 403)
    problem(await org.client.delete(one, headers=org.member.headers), 403)
    changed = await org.client.patch(one, json={"interval_minutes": 60}, headers=org.owner.headers)
    assert changed.json()["interval_minutes"] == 60
    assert changed.json()["next_fetch_at"]  # never fetched: due now
    stopped = await org.client.patch(
        one, json={"interval_minutes": None}, headers=org.owner.headers
    )
    assert stopped.json()["next_fetch_at"] is None
    listed = await org.client.get(org.url("/signal-feeds"), headers=org.member.headers)
    assert [f["id"] for f in listed.json()["items"]] == [feed["id"]]
    assert (await org.client.delete(one, headers=org.owner.headers)).status_code == 204
    problem(await org.client.get(one, headers=org.owner.headers), 404)


@pytest.mark.usefixtures("allow_local_feeds")
async def test_deleting_a_feed_keeps_its_signals(org: Org, feed_server: FeedServer) -> None:
    feed = await register_feed(org, f"{feed_server.base}/rss2.xml")
    await _fetch(org, feed["id"])
    await org.client.delete(org.url(f"/signal-feeds/{feed['id']}"), headers=org.owner.headers)
    signals = await _signals(org)
    assert len(signals) == 3
    assert {s["feed_id"] for s in signals} == {None}


async def test_another_organisations_feed_is_404_on_every_endpoint(
    org: Org, problem: ProblemCheck
) -> None:
    feed = await register_feed(org, "https://feeds.example/rss")
    theirs = org.url(f"/signal-feeds/{feed['id']}")
    own = org.url(f"/signal-feeds/{feed['id']}", org.other_org_id)
    for base in (theirs, own):
        for method, url, body in [
            ("GET", base, None),
            ("PATCH", base, {"title": "x"}),
            ("DELETE", base, None),
            ("POST", f"{base}/fetch", None),
            ("GET", f"{base}/fetches", None),
        ]:
            response = await org.client.request(
                method, url, json=body, headers=org.outsider.headers
            )
            problem(response, 404)
    for method, url in [("GET", org.url("/signal-feeds")), ("POST", org.url("/signal-feeds"))]:
        response = await org.client.request(
            method,
            url,
            json={"title": "F", "url": "https://a.example/", "source_type": "policy"},
            headers=org.outsider.headers,
        )
        problem(response, 404)
    response = await org.client.post(
        org.url("/signal-imports"),
        files={"file": ("a.xml", b"<rss/>", "text/xml")},
        data={"source_type": "policy"},
        headers=org.outsider.headers,
    )
    problem(response, 404)
    still = await org.client.get(theirs, headers=org.owner.headers)
    assert still.json()["title"] == "Zwolse Courant"


@pytest.mark.usefixtures("allow_local_feeds")
async def test_feed_lists_do_not_grow_in_statements(
    org: Org, feed_server: FeedServer, count_statements: StatementCounter
) -> None:
    first = await register_feed(org, f"{feed_server.base}/rss2.xml")
    await _fetch(org, first["id"])

    async def count(url: str) -> int:
        count_statements.reset()
        response = await org.client.get(url, headers=org.owner.headers)
        assert response.status_code == 200
        return int(count_statements.count)

    urls = [org.url("/signal-feeds"), org.url(f"/signal-feeds/{first['id']}/fetches")]
    before = [await count(u) for u in urls]
    for index in range(4):
        feed_server.serve(f"/f{index}.xml", (FIXTURES / "atom.xml").read_bytes())
        feed = await register_feed(org, f"{feed_server.base}/f{index}.xml")
        await _fetch(org, feed["id"])
        await _fetch(org, first["id"])
    assert [await count(u) for u in urls] == before


def test_schedule_arithmetic() -> None:
    from vitaal.signals.models import SignalFeed
    from vitaal.signals.service import _schedule

    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    feed = SignalFeed(interval_minutes=None)
    _schedule(feed, now)
    assert feed.next_fetch_at is None
    feed.interval_minutes = 90
    _schedule(feed, now)
    assert feed.next_fetch_at == now
    feed.last_fetched_at = now
    _schedule(feed, now)
    assert feed.next_fetch_at == now + timedelta(minutes=90)
