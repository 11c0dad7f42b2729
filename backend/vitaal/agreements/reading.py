"""How an agreement reads: the list with each agreement's signature progress, and one agreement
with its current text, parties and their sign-offs, options and choices (also the answer of
every write). Below the other agreement modules: the rows the routes resolve and the version
lookups they share are here, and this module imports none of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import access as authz
from vitaal.access import CoalitionAccess
from vitaal.agreements.markdown import APP_HEADING_SHIFT, render_markdown
from vitaal.agreements.models import (
    Agreement,
    AgreementChoice,
    AgreementOption,
    AgreementParty,
    AgreementSignOff,
    AgreementVersion,
    CoalitionFounding,
)
from vitaal.agreements.schemas import (
    AgreementOptionRead,
    AgreementRead,
    AgreementSummary,
    ChoiceRead,
    PartyRead,
    SignOffRead,
    VersionSummary,
)
from vitaal.agreements.signatures import signature_status
from vitaal.auth.models import User
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.organisations.models import Membership
from vitaal.partners.models import CoalitionPartner

# --- rows -----------------------------------------------------------------------------------


async def get_agreement(
    session: AsyncSession, coalition_id: uuid.UUID, agreement_id: uuid.UUID
) -> Agreement:
    agreement = await session.scalar(
        select(Agreement).where(
            Agreement.id == agreement_id, Agreement.coalition_id == coalition_id
        )
    )
    if agreement is None:
        raise NotFound("Agreement not found.")
    return agreement


async def _find_version(
    session: AsyncSession, agreement: Agreement, number: int
) -> AgreementVersion | None:
    return await session.scalar(
        select(AgreementVersion).where(
            AgreementVersion.agreement_id == agreement.id, AgreementVersion.number == number
        )
    )


async def get_version(session: AsyncSession, agreement: Agreement, number: int) -> AgreementVersion:
    """A version asked for by number in the path (404 when there is none)."""
    version = await _find_version(session, agreement, number)
    if version is None:
        raise NotFound(f"Version {number} not found.")
    return version


async def named_version(
    session: AsyncSession, agreement: Agreement, number: int, field: str
) -> AgreementVersion:
    """A version named in the query or the body: a 422 on ``field`` when there is none."""
    version = await _find_version(session, agreement, number)
    if version is None:
        raise Unprocessable.field(field, f"there is no version {number}", "not_found")
    return version


async def current_version(session: AsyncSession, agreement: Agreement) -> AgreementVersion:
    return await get_version(session, agreement, agreement.current_version)


async def parties(
    session: AsyncSession, agreement_id: uuid.UUID
) -> Sequence[tuple[AgreementParty, CoalitionPartner]]:
    rows = await session.execute(
        select(AgreementParty, CoalitionPartner)
        .join(CoalitionPartner, CoalitionPartner.id == AgreementParty.partner_id)
        .where(AgreementParty.agreement_id == agreement_id)
        .order_by(CoalitionPartner.name, CoalitionPartner.id)
    )
    return [(row[0], row[1]) for row in rows]


# --- the list -------------------------------------------------------------------------------


def version_summary(version: AgreementVersion, sign_offs: int) -> VersionSummary:
    return VersionSummary(
        number=version.number,
        author_name=version.author_name,
        created_at=version.created_at,
        note=version.note,
        sent_for_signature_at=version.sent_for_signature_at,
        sent_by_name=version.sent_by_name,
        reason=version.reason,
        sign_offs=sign_offs,
    )


def _current_version_join() -> Any:
    return and_(
        AgreementVersion.agreement_id == Agreement.id,
        AgreementVersion.number == Agreement.current_version,
    )


def _signing_parties_count() -> Any:
    return (
        select(func.count(AgreementParty.id))
        .join(CoalitionPartner, CoalitionPartner.id == AgreementParty.partner_id)
        .where(
            AgreementParty.agreement_id == Agreement.id,
            CoalitionPartner.member_organisation_id.is_not(None),
        )
        .correlate(Agreement)
        .scalar_subquery()
    )


def _signed_count() -> Any:
    """Sign-offs on the current version by partners that are still signing parties."""
    return (
        select(func.count(AgreementSignOff.id))
        .join(
            AgreementParty,
            and_(
                AgreementParty.agreement_id == AgreementSignOff.agreement_id,
                AgreementParty.partner_id == AgreementSignOff.partner_id,
            ),
        )
        .join(CoalitionPartner, CoalitionPartner.id == AgreementParty.partner_id)
        .where(
            AgreementSignOff.version_id == AgreementVersion.id,
            CoalitionPartner.member_organisation_id.is_not(None),
        )
        .correlate(AgreementVersion)
        .scalar_subquery()
    )


def _summary(
    agreement: Agreement, version: AgreementVersion, signing: int, signed: int
) -> AgreementSummary:
    return AgreementSummary(
        id=agreement.id,
        coalition_id=agreement.coalition_id,
        type=agreement.type,
        title=agreement.title,
        status=signature_status(version.sent_for_signature_at is not None, signing, signed),
        current_version=agreement.current_version,
        signing_parties=signing,
        signed=signed,
        created_by_name=agreement.created_by_name,
        created_at=agreement.created_at,
        updated_at=agreement.updated_at,
    )


async def list_agreements(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[list[AgreementSummary], str | None]:
    """One statement per page, whatever the number of agreements, parties or sign-offs."""
    stmt = (
        select(Agreement, AgreementVersion, _signing_parties_count(), _signed_count())
        .join(AgreementVersion, _current_version_join())
        .where(Agreement.coalition_id == access.coalition.id)
    )
    rows, cursor = await fetch_page(session, stmt, Agreement.id, params)
    return [_summary(row[0], row[1], row[2], row[3]) for row in rows], cursor


# --- one agreement --------------------------------------------------------------------------


async def agreement_read(session: AsyncSession, user: User, agreement: Agreement) -> AgreementRead:
    version = await current_version(session, agreement)
    agreement_parties = await parties(session, agreement.id)
    sign_offs = (
        await session.scalars(
            select(AgreementSignOff)
            .where(AgreementSignOff.agreement_id == agreement.id)
            .order_by(AgreementSignOff.version_number.desc(), AgreementSignOff.signed_at)
        )
    ).all()
    organisation_ids = {
        p.member_organisation_id for _, p in agreement_parties if p.member_organisation_id
    }
    mine = set(
        (
            await session.scalars(
                authz.user_organisation_ids(user.id).where(
                    Membership.organisation_id.in_(organisation_ids)
                )
            )
        ).all()
        if organisation_ids
        else ()
    )
    by_partner: dict[uuid.UUID, list[AgreementSignOff]] = {}
    for sign_off in sign_offs:
        if sign_off.partner_id is not None:
            by_partner.setdefault(sign_off.partner_id, []).append(sign_off)
    party_reads: list[PartyRead] = []
    for _, partner in agreement_parties:
        own = by_partner.get(partner.id, [])
        current = next((s for s in own if s.version_id == version.id), None)
        party_reads.append(
            PartyRead(
                partner_id=partner.id,
                name=partner.name,
                organisation_id=partner.member_organisation_id,
                signs_in_vitaal=partner.member_organisation_id is not None,
                you_may_sign=partner.member_organisation_id in mine,
                current_sign_off=SignOffRead.model_validate(current) if current else None,
                earlier_sign_offs=[
                    SignOffRead.model_validate(s) for s in own if s.version_id != version.id
                ],
            )
        )
    signing = [p for p in party_reads if p.signs_in_vitaal]
    signed = sum(1 for p in signing if p.current_sign_off is not None)
    options, choices = await options_and_choices(session, agreement.id)
    founding = await session.scalar(
        select(CoalitionFounding.id).where(CoalitionFounding.agreement_id == agreement.id)
    )
    summary = _summary(agreement, version, len(signing), signed)
    return AgreementRead(
        **summary.model_dump(),
        content=version.content,
        content_html=render_markdown(version.content, APP_HEADING_SHIFT),
        version=version_summary(version, sum(1 for s in sign_offs if s.version_id == version.id)),
        parties=party_reads,
        not_signed=[p.name for p in signing if p.current_sign_off is None],
        options=options,
        choices=choices,
        used_for_founding=founding is not None,
    )


async def options_and_choices(
    session: AsyncSession, agreement_id: uuid.UUID
) -> tuple[list[AgreementOptionRead], list[ChoiceRead]]:
    options = (
        await session.scalars(
            select(AgreementOption)
            .where(AgreementOption.agreement_id == agreement_id)
            .order_by(AgreementOption.kind, AgreementOption.id)
        )
    ).all()
    choices = (
        await session.scalars(
            select(AgreementChoice)
            .where(AgreementChoice.agreement_id == agreement_id)
            .order_by(AgreementChoice.kind)
        )
    ).all()
    chosen = {c.option_id for c in choices}
    titles = {o.id: o.title for o in options}
    return (
        [
            AgreementOptionRead(
                id=o.id,
                kind=o.kind,
                governance_model=o.governance_model,
                title=o.title,
                description=o.description,
                pros=list(o.pros),
                cons=list(o.cons),
                chosen=o.id in chosen,
            )
            for o in options
        ],
        [
            ChoiceRead(
                kind=c.kind,
                option_id=c.option_id,
                option_title=titles[c.option_id],
                reason=c.reason,
                chosen_by_name=c.chosen_by_name,
                chosen_at=c.chosen_at,
            )
            for c in choices
        ],
    )


async def options_snapshot(session: AsyncSession, agreement_id: uuid.UUID) -> dict[str, Any]:
    """The options and choices as stored with a version when it goes out for signature."""
    options, choices = await options_and_choices(session, agreement_id)
    return {
        "options": [o.model_dump(mode="json") for o in options],
        "choices": [c.model_dump(mode="json") for c in choices],
    }
