from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Query

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.signals import service
from vitaal.signals.models import Signal, SignalFeed, SignalSide, SignalSource, SignalStatus
from vitaal.signals.service import SignalFilters


async def valid_signal(
    signal_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> Signal:
    return await service.get(session, access.organisation.id, signal_id)


async def valid_feed(
    feed_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> SignalFeed:
    return await service.get_feed(session, access.organisation.id, feed_id)


async def managed_feed(
    feed_id: uuid.UUID, access: OrganisationAdminDep, session: SessionDep
) -> SignalFeed:
    return await service.get_feed(session, access.organisation.id, feed_id)


SignalDep = Annotated[Signal, Depends(valid_signal, scope="function")]
FeedDep = Annotated[SignalFeed, Depends(valid_feed, scope="function")]
# A feed of the organisation, for its admins (and owners) only: 403 for other members.
AdminFeedDep = Annotated[SignalFeed, Depends(managed_feed, scope="function")]


def signal_filters(
    status: Annotated[SignalStatus | None, Query()] = None,
    source_type: Annotated[SignalSource | None, Query()] = None,
    side: Annotated[
        SignalSide | None, Query(description="`inside` (members) or `outside` sources.")
    ] = None,
    tag: Annotated[str | None, Query(max_length=40, description="Has exactly this tag.")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the title, summary or tags.")
    ] = None,
    feed_id: Annotated[uuid.UUID | None, Query(description="Brought in by this feed.")] = None,
) -> SignalFilters:
    return SignalFilters(
        status=status, source_type=source_type, side=side, tag=tag, q=q, feed_id=feed_id
    )


SignalFiltersDep = Annotated[SignalFilters, Depends(signal_filters)]
