"""Writing an agreement and its text: the agreement with its parties, and versions that are never
overwritten (every changed text is the next version), read one by one or compared.

Sending a version for signature and signing it are ``sign_offs``; the content and governance
options ``options``; the founding on a signed agreement ``founding``. Who may write is decided
by the routes' dependencies (``agreements/deps.py``); services flush, the request commits.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.access import CoalitionAccess
from vitaal.agreements import diff as text_diff
from vitaal.agreements.markdown import APP_HEADING_SHIFT, render_markdown
from vitaal.agreements.models import Agreement, AgreementParty, AgreementSignOff, AgreementVersion
from vitaal.agreements.reading import (
    agreement_read,
    current_version,
    named_version,
    parties,
    version_summary,
)
from vitaal.agreements.schemas import (
    AgreementCreate,
    AgreementOptionRead,
    AgreementRead,
    AgreementUpdate,
    ChoiceRead,
    HunkOut,
    SignOffRead,
    VersionCreate,
    VersionDiff,
    VersionRead,
    VersionSummary,
)
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.partners.models import CoalitionPartner

# --- the agreement and its parties ----------------------------------------------------------


async def _resolve_parties(
    session: AsyncSession, coalition_id: uuid.UUID, party_ids: list[uuid.UUID] | None
) -> list[uuid.UUID]:
    if party_ids is None:
        return list(
            (
                await session.scalars(
                    select(CoalitionPartner.id)
                    .where(
                        CoalitionPartner.coalition_id == coalition_id,
                        CoalitionPartner.member_organisation_id.is_not(None),
                    )
                    .order_by(CoalitionPartner.id)
                )
            ).all()
        )
    wanted = list(dict.fromkeys(party_ids))
    found = set(
        (
            await session.scalars(
                select(CoalitionPartner.id).where(
                    CoalitionPartner.coalition_id == coalition_id,
                    CoalitionPartner.id.in_(wanted),
                )
            )
        ).all()
    )
    errors = [
        FieldError(
            field=f"body.party_ids.{index}",
            reason="not a partner of this coalition",
            code="not_found",
        )
        for index, partner_id in enumerate(party_ids)
        if partner_id not in found
    ]
    if errors:
        raise Unprocessable("Every party must be a partner of this coalition.", errors=errors)
    return wanted


async def create_agreement(
    session: AsyncSession, access: CoalitionAccess, user: User, data: AgreementCreate
) -> AgreementRead:
    party_ids = await _resolve_parties(session, access.coalition.id, data.party_ids)
    agreement = Agreement(
        coalition_id=access.coalition.id,
        type=data.type,
        title=data.title,
        current_version=1,
        created_by_name=user.name,
    )
    session.add(agreement)
    await session.flush()
    session.add(
        AgreementVersion(
            agreement_id=agreement.id,
            number=1,
            content=data.content,
            note=data.note,
            author_id=user.id,
            author_name=user.name,
        )
    )
    session.add_all(AgreementParty(agreement_id=agreement.id, partner_id=p) for p in party_ids)
    await session.flush()
    return await agreement_read(session, user, agreement)


async def update_agreement(
    session: AsyncSession, user: User, agreement: Agreement, data: AgreementUpdate
) -> AgreementRead:
    if data.party_ids is not None:  # never null when sent (NotNull): None means left out
        wanted = await _resolve_parties(session, agreement.coalition_id, data.party_ids)
        current = {party.partner_id: party for party, _ in await parties(session, agreement.id)}
        for partner_id, party in current.items():
            if partner_id not in wanted:
                await session.delete(party)
        session.add_all(
            AgreementParty(agreement_id=agreement.id, partner_id=p)
            for p in wanted
            if p not in current
        )
    apply_patch(agreement, data, ("type", "title"))
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, user, agreement)


# --- versions -------------------------------------------------------------------------------


async def save_version(
    session: AsyncSession, user: User, agreement: Agreement, data: VersionCreate
) -> tuple[AgreementRead, bool]:
    """A new version when the content changed (its sign-offs start empty); else nothing."""
    if data.based_on is not None and data.based_on != agreement.current_version:
        raise Conflict(
            f"Version {agreement.current_version} was saved after version {data.based_on} "
            "that you edited. Reload, compare and save again.",
            errors=[FieldError(field="body.based_on", reason="not the current version")],
        )
    current = await current_version(session, agreement)
    if current.content == data.content:
        return await agreement_read(session, user, agreement), False
    agreement.current_version += 1
    agreement.updated_at = utcnow()
    session.add(
        AgreementVersion(
            agreement_id=agreement.id,
            number=agreement.current_version,
            content=data.content,
            note=data.note,
            author_id=user.id,
            author_name=user.name,
        )
    )
    await session.flush()
    return await agreement_read(session, user, agreement), True


def _sign_off_count() -> Any:
    return (
        select(func.count(AgreementSignOff.id))
        .where(AgreementSignOff.version_id == AgreementVersion.id)
        .correlate(AgreementVersion)
        .scalar_subquery()
    )


async def list_versions(
    session: AsyncSession, agreement: Agreement, params: PageParams
) -> tuple[list[VersionSummary], str | None]:
    """Oldest first; one statement per page."""
    stmt = select(AgreementVersion, _sign_off_count()).where(
        AgreementVersion.agreement_id == agreement.id
    )
    rows, cursor = await fetch_page(session, stmt, AgreementVersion.id, params)
    return [version_summary(row[0], row[1]) for row in rows], cursor


async def version_read(session: AsyncSession, version: AgreementVersion) -> VersionRead:
    snapshot = version.options_snapshot
    sign_offs = (
        await session.scalars(
            select(AgreementSignOff)
            .where(AgreementSignOff.version_id == version.id)
            .order_by(AgreementSignOff.signed_at, AgreementSignOff.id)
        )
    ).all()
    return VersionRead(
        **version_summary(version, len(sign_offs)).model_dump(),
        content=version.content,
        html=render_markdown(version.content, APP_HEADING_SHIFT),
        sign_off_list=[SignOffRead.model_validate(s) for s in sign_offs],
        options=[AgreementOptionRead.model_validate(o) for o in snapshot["options"]]
        if snapshot
        else None,
        choices=[ChoiceRead.model_validate(c) for c in snapshot["choices"]] if snapshot else None,
    )


async def version_diff(
    session: AsyncSession, agreement: Agreement, from_number: int, to_number: int
) -> VersionDiff:
    old = await named_version(session, agreement, from_number, "query.from")
    new = await named_version(session, agreement, to_number, "query.to")
    result = text_diff.diff_texts(old.content, new.content)
    return VersionDiff(
        from_version=old.number,
        to_version=new.number,
        added=result.added,
        removed=result.removed,
        hunks=[HunkOut.model_validate(hunk) for hunk in result.hunks],
    )
