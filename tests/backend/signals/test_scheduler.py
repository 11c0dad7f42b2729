from __future__ import annotations

import asyncio
import os
import sys
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


async def test_fetch_feeds_as_cron_runs_it_stores_what_it_fetched(
    org: Org, feed_server: FeedServer, settings: Settings
) -> None:
    """``python -m vitaal fetch-feeds`` in a process of its own, as the compose service and cron
    run it: it must load every model (a feed's organisation is in another domain) and say in its
    exit code whether it worked."""
    await register_feed(org, f"{feed_server.base}/rss2.xml", title="rss2.xml", interval_minutes=60)
    await register_feed(
        org, f"{feed_server.base}/broken.xml", title="broken.xml", interval_minutes=60
    )
    env = {
        **os.environ,
        "VITAAL_ENV": "test",
        "VITAAL_DATABASE_URL": settings.database_url,
        "VITAAL_SECRET_KEY": settings.secret_key,
        "VITAAL_FEEDS_ALLOW_PRIVATE_NETWORKS": "true",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "vitaal",
        "fetch-feeds",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, err.decode()
    # A feed that is broken at its source is the feed's outcome, not a failure of the run.
    assert "2 feed(s) fetched" in out.decode(), out.decode()
    signals = await org.client.get(org.url("/signals"), headers=org.owner.headers)
    assert len(signals.json()["items"]) == 3
    feeds = await org.client.get(org.url("/signal-feeds"), headers=org.owner.headers)
    assert sorted(f["last_outcome"] for f in feeds.json()["items"]) == ["malformed", "ok"]
