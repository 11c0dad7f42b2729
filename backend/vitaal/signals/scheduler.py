"""Scheduled feed fetching: ``python -m vitaal fetch-feeds`` fetches every feed that is due.

Run it from cron, e.g. every 15 minutes (the shortest feed interval)::

    */15 * * * *  cd /srv/vitaal/backend && .venv/bin/python -m vitaal fetch-feeds

Each feed is fetched in a transaction of its own, so one failing feed neither stops the others
nor leaves half an import. On PostgreSQL a feed another run is fetching is skipped (row lock),
so overlapping runs are harmless.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from vitaal.core.config import Settings
from vitaal.core.db import create_engine, create_sessionmaker, utcnow
from vitaal.signals import service

logger = logging.getLogger("vitaal.signals.scheduler")


@dataclass(frozen=True)
class FeedRun:
    feed_id: uuid.UUID
    title: str
    outcome: str
    items_new: int
    items_duplicate: int
    error: str


async def fetch_due_feeds(
    settings: Settings, *, limit: int = 100, now: datetime | None = None
) -> list[FeedRun]:
    now = now or utcnow()
    engine = create_engine(settings.database_url)
    sessionmaker = create_sessionmaker(engine)
    runs: list[FeedRun] = []
    try:
        async with sessionmaker() as session:
            due = await service.due_feed_ids(session, now, limit)
        for feed_id in due:
            try:
                async with sessionmaker() as session, session.begin():
                    feed = await service.claim_due_feed(session, feed_id, now)
                    if feed is None:
                        continue  # fetched by another run meanwhile, or deleted
                    record = await service.fetch_feed(
                        session,
                        feed,
                        None,
                        allow_private=settings.feeds_allow_private_networks,
                    )
                    runs.append(
                        FeedRun(
                            feed_id=feed.id,
                            title=feed.title,
                            outcome=record.outcome.value,
                            items_new=record.items_new,
                            items_duplicate=record.items_duplicate,
                            error=record.error,
                        )
                    )
            except Exception:
                logger.exception("fetching feed %s failed", feed_id)
                runs.append(FeedRun(feed_id, "", "failed", 0, 0, "unexpected error; see the log"))
    finally:
        await engine.dispose()
    return runs
