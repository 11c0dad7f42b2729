"""The communication plan of one issue: its external plan (the approach) and the plans of its
crisis protocols, in one table.

Every query is scoped by the issue's ``organisation_id`` and ``issue_id``; the issue itself was
resolved (404 for anything the caller may not see) by ``issues.deps``. A line of a de-escalated
crisis protocol is history: it can be read but not changed (409). Services only flush.

The crisis domain shows and fills a protocol's plan through this module, so this module does
not import the crisis domain: it reads the protocol a line belongs to as the table that
``CommunicationItem.protocol_id`` points at.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Select, Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.communication.models import CommunicationItem
from vitaal.communication.schemas import CommunicationCreate, CommunicationUpdate
from vitaal.core.errors import Conflict, NotFound, Unprocessable
from vitaal.core.ids import new_id
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.issues.models import Issue


def _plan(issue: Issue) -> Select[CommunicationItem]:
    return select(CommunicationItem).where(
        CommunicationItem.organisation_id == issue.organisation_id,
        CommunicationItem.issue_id == issue.id,
    )


def _protocols() -> Table:
    """The table of the crisis protocols (``crisis.models.CrisisProtocol``), looked up when
    used: every model is registered by then."""
    (key,) = CommunicationItem.__table__.c.protocol_id.foreign_keys
    return key.column.table


async def _require_open_protocol(
    session: AsyncSession, issue: Issue, protocol_id: uuid.UUID, field: str
) -> None:
    protocols = _protocols()
    found = (
        await session.execute(
            select(protocols.c.de_escalated_at).where(
                protocols.c.organisation_id == issue.organisation_id,
                protocols.c.issue_id == issue.id,
                protocols.c.id == protocol_id,
            )
        )
    ).first()
    if found is None:
        raise Unprocessable.field(field, "no such crisis protocol for this issue", "not_found")
    if found.de_escalated_at is not None:
        raise Conflict("This crisis was de-escalated; its protocol is kept as history.")


async def list_page(
    session: AsyncSession, issue: Issue, protocol_id: uuid.UUID | None, params: PageParams
) -> tuple[list[CommunicationItem], str | None]:
    """One plan, in the order the lines were added: the external plan when ``protocol_id`` is
    None, else that crisis protocol's plan (one query)."""
    condition = (
        CommunicationItem.protocol_id.is_(None)
        if protocol_id is None
        else CommunicationItem.protocol_id == protocol_id
    )
    rows, cursor = await fetch_page(
        session, _plan(issue).where(condition), CommunicationItem.id, params
    )
    return [row[0] for row in rows], cursor


async def protocol_plan(
    session: AsyncSession, organisation_id: uuid.UUID, protocol_id: uuid.UUID
) -> Sequence[CommunicationItem]:
    """A crisis protocol's whole plan, soonest first (one query)."""
    return (
        await session.scalars(
            select(CommunicationItem)
            .where(
                CommunicationItem.organisation_id == organisation_id,
                CommunicationItem.protocol_id == protocol_id,
            )
            .order_by(CommunicationItem.planned_on, CommunicationItem.id)
        )
    ).all()


async def create(
    session: AsyncSession, issue: Issue, data: CommunicationCreate
) -> CommunicationItem:
    if data.protocol_id is not None:
        await _require_open_protocol(session, issue, data.protocol_id, "body.protocol_id")
    item = CommunicationItem(
        **data.model_dump(), organisation_id=issue.organisation_id, issue_id=issue.id
    )
    session.add(item)
    await session.flush()
    return item


def add_lines(
    session: AsyncSession,
    *,
    organisation_id: uuid.UUID,
    issue_id: uuid.UUID,
    lines: Sequence[CommunicationCreate],
) -> None:
    """Lines made at once (a new crisis protocol's plan from its template), in the order given;
    the caller made the protocol they name, so it is not checked again. Flushed with the
    caller's next flush."""
    # Ids made within one millisecond are not in order by themselves; sorted, they keep the
    # given order in every list that is ordered by id.
    ids = sorted(new_id() for _ in lines)
    session.add_all(
        CommunicationItem(
            **line.model_dump(), id=id_, organisation_id=organisation_id, issue_id=issue_id
        )
        for id_, line in zip(ids, lines, strict=True)
    )


async def editable(session: AsyncSession, issue: Issue, item_id: uuid.UUID) -> CommunicationItem:
    """The line, or 404; 409 when it belongs to a de-escalated crisis protocol (history)."""
    item = await session.scalar(_plan(issue).where(CommunicationItem.id == item_id))
    if item is None:
        raise NotFound("Communication not found.")
    if item.protocol_id is not None:
        await _require_open_protocol(session, issue, item.protocol_id, "protocol_id")
    return item


async def update(
    session: AsyncSession, item: CommunicationItem, data: CommunicationUpdate
) -> CommunicationItem:
    apply_patch(item, data)
    await session.flush()
    return item


async def delete(session: AsyncSession, item: CommunicationItem) -> None:
    await session.delete(item)
    await session.flush()
