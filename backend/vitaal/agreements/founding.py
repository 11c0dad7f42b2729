"""The founding of a coalition (step 9): on which day, on which fully signed version of which of
its agreements, and by which partners. A coalition is founded once; it becomes active."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.access import CoalitionAccess
from vitaal.agreements.models import Agreement, CoalitionFounding
from vitaal.agreements.reading import agreement_read, current_version
from vitaal.agreements.schemas import (
    AgreementRead,
    FoundingCreate,
    FoundingPartner,
    FoundingRead,
    FoundingState,
    PartyRead,
    SignatureStatus,
)
from vitaal.auth.models import User
from vitaal.coalitions.models import CoalitionStatus
from vitaal.core.errors import Conflict, FieldError, Unprocessable
from vitaal.partners.models import CoalitionPartner


def _founding_read(founding: CoalitionFounding, agreement: Agreement) -> FoundingRead:
    return FoundingRead(
        founded_on=founding.founded_on,
        agreement_id=founding.agreement_id,
        agreement_title=agreement.title,
        agreement_type=agreement.type,
        version_number=founding.version_number,
        founding_partners=[FoundingPartner(**p) for p in founding.founding_partners],
        note=founding.note,
        recorded_by_name=founding.recorded_by_name,
        created_at=founding.created_at,
    )


async def founding_state(session: AsyncSession, access: CoalitionAccess) -> FoundingState:
    row = (
        await session.execute(
            select(CoalitionFounding, Agreement)
            .join(Agreement, Agreement.id == CoalitionFounding.agreement_id)
            .where(CoalitionFounding.coalition_id == access.coalition.id)
        )
    ).first()
    return FoundingState(
        coalition_status=access.coalition.status,
        founding=_founding_read(row[0], row[1]) if row else None,
    )


async def found(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    data: FoundingCreate,
    today: date,
) -> FoundingState:
    """Step 9: record the founding on a fully signed agreement; the coalition becomes active."""
    coalition = access.coalition
    existing = await session.scalar(
        select(CoalitionFounding.founded_on).where(CoalitionFounding.coalition_id == coalition.id)
    )
    if existing is not None:
        raise Conflict(f"This coalition was already founded on {existing.isoformat()}.")
    if coalition.status is CoalitionStatus.closed:
        raise Conflict("A closed coalition cannot be founded.")
    if data.founded_on > today:
        raise Unprocessable.field(
            "body.founded_on", "the founding date cannot be in the future", "future"
        )
    agreement = await session.scalar(
        select(Agreement).where(
            Agreement.id == data.agreement_id, Agreement.coalition_id == coalition.id
        )
    )
    if agreement is None:
        raise Unprocessable.field(
            "body.agreement_id", "not an agreement of this coalition", "not_found"
        )
    read = await agreement_read(session, user, agreement)
    if read.status is not SignatureStatus.signed:
        reason = (
            f"version {read.current_version} is not signed by: {', '.join(read.not_signed)}"
            if read.status is SignatureStatus.out_for_signature and read.not_signed
            else f"version {read.current_version} has not been sent for signature"
            if read.status is SignatureStatus.draft
            else "no party signs this agreement in Vitaal"
        )
        raise Unprocessable(
            f"The agreement must be signed by all its partner organisations: {reason}.",
            errors=[FieldError(field="body.agreement_id", reason=reason, code="not_signed")],
        )
    partners = await _founding_partners(session, coalition.id, read, data.partner_ids)
    version = await current_version(session, agreement)
    session.add(
        CoalitionFounding(
            coalition_id=coalition.id,
            founded_on=data.founded_on,
            agreement_id=agreement.id,
            version_id=version.id,
            version_number=version.number,
            founding_partners=[
                {
                    "partner_id": str(p.id),
                    "name": p.name,
                    "organisation_id": str(p.member_organisation_id)
                    if p.member_organisation_id
                    else None,
                }
                for p in partners
            ],
            note=data.note,
            recorded_by_id=user.id,
            recorded_by_name=user.name,
        )
    )
    coalition.status = CoalitionStatus.active
    await session.flush()
    return await founding_state(session, access)


def _founder_problem(
    partner: CoalitionPartner | None, party: PartyRead | None
) -> tuple[str, str] | None:
    """Why a partner cannot be named a founder, as (reason, code); None when it can."""
    if partner is None:
        return "not a partner of this coalition", "not_found"
    if partner.member_organisation_id is None:
        return None  # signs on paper, outside Vitaal
    if party is None:
        return f"{partner.name} is not a party to the agreement", "not_a_party"
    if party.current_sign_off is None:
        return f"{partner.name} did not sign the agreement", "not_signed"
    return None


async def _founding_partners(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    read: AgreementRead,
    partner_ids: list[uuid.UUID] | None,
) -> list[CoalitionPartner]:
    """The founders: the agreement's parties unless named. A founder that is a member
    organisation must be a party that signed; partners outside Vitaal sign on paper."""
    wanted = list(dict.fromkeys(partner_ids or [p.partner_id for p in read.parties]))
    found = {
        p.id: p
        for p in (
            await session.scalars(
                select(CoalitionPartner).where(
                    CoalitionPartner.coalition_id == coalition_id,
                    CoalitionPartner.id.in_(wanted),
                )
            )
        ).all()
    }
    parties = {p.partner_id: p for p in read.parties}
    errors = [
        FieldError(field=f"body.partner_ids.{index}", reason=problem[0], code=problem[1])
        for index, partner_id in enumerate(partner_ids or wanted)
        if (problem := _founder_problem(found.get(partner_id), parties.get(partner_id)))
    ]
    if errors:
        raise Unprocessable(
            "Every founding partner must be a partner of the coalition that signed.",
            errors=errors,
        )
    if not wanted:
        raise Unprocessable.field(
            "body.partner_ids", "name at least one founding partner", "missing"
        )
    return [found[p] for p in wanted]
