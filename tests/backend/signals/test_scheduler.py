from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from situations import Org

from vitaal.cli import build_parser
from vitaal.core.config import Settings
from vitaal.signals.scheduler import fetch_due_feeds

from .conftest import FeedServer, register_feed


async def test_only_due_feeds_are_fetched_each_in_its_own_transaction(
    org: Org, feed_server: FeedServer, settings: Settings
) -> None:
    local = settings.model_copy(update={"feeds_allow_private_networks": True})
    scheduled = await register_feed(
        org, f"{feed_server.base}/rss2.xml", title="rss2.xml", interval_minutes=60
    )
    broken = await register_feed(
        org, f"{feed_server.base}/broken.xml", title="broken.xml", interval_minutes=30
    )
    await register_feed(org, f"{feed_server.base}/atom.xml", title="atom.xml")  # on demand only

    runs = await fetch_due_feeds(local)
    assert sorted((r.title, r.outcome, r.items_new) for r in runs) == [
        ("broken.xml", "malformed", 0),
        ("rss2.xml", "ok", 3),
    ]
    assert feed_server.hits.count("/atom.xml") == 0
    shown = await org.client.get(
        org.url(f"/signal-feeds/{scheduled['id']}"), headers=org.owner.headers
    )
    fetched_at = datetime.fromisoformat(shown.json()["last_fetched_at"])
    assert datetime.fromisoformat(shown.json()["next_fetch_at"]) == fetched_at + timedelta(
        minutes=60
    )
    signals = await org.client.get(org.url("/signals"), headers=org.owner.headers)
    assert len(signals.json()["items"]) == 3

    assert await fetch_due_feeds(local) == []  # nothing due yet

    later = datetime.now(UTC) + timedelta(minutes=45)
    runs = await fetch_due_feeds(local, now=later)
    assert [r.feed_id for r in runs] == [uuid.UUID(broken["id"])]

    runs = await fetch_due_feeds(local, now=later + timedelta(hours=1))
    assert sorted(r.outcome for r in runs) == ["malformed", "ok"]
    assert next(r for r in runs if r.outcome == "ok").items_duplicate == 3


def test_cli_has_the_fetch_feeds_command() -> None:
    args = build_parser().parse_args(["fetch-feeds", "--limit", "5"])
    assert args.limit == 5
    assert args.handler.__name__ == "cmd_fetch_feeds"
