"""The founding of a coalition (step 9): on which day, on which signed version of which of its
agreements, and by which partners. A coalition is founded once; it becomes active.

Who must have signed is the coalition's founding rule (``Coalition.founding_signatories``):

- ``all_parties``: every party to the agreement that signs in Vitaal signed its current version.
- ``signed_parties``: the parties that signed are the founding partners; the others are recorded
  with the founding as potential partners. They can still sign, and their signature is shown
  with the founding without changing it. At least one partner organisation that is not a
  coordinator must have signed: the coordinators (kwartiermakers) prepare a founding, their own
  signatures alone do not make a coalition.

What the plan of approach covers plays no part: the seed lets a coalition start when a relevant
part of the task can be tackled, before every action has an owner (its figure 4).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.access import CoalitionAccess
from vitaal.agreements.models import Agreement, AgreementSignOff, CoalitionFounding
from vitaal.agreements.reading import agreement_read, current_version
from vitaal.agreements.schemas import (
    AgreementRead,
    FoundingCreate,
    FoundingPartner,
    FoundingRead,
    FoundingState,
    PartyRead,
    PotentialPartner,
    SignatureStatus,
    SignOffRead,
)
from vitaal.auth.models import User
from vitaal.coalitions.models import (
    CoalitionMember,
    CoalitionRole,
    CoalitionStatus,
    FoundingSignatories,
)
from vitaal.core.errors import Conflict, FieldError, Unprocessable
from vitaal.partners.models import CoalitionPartner

# Who the founding rule asks to have signed, as the 422 names it.
_REQUIRED = {
    FoundingSignatories.all_parties: "all its partner organisations",
    FoundingSignatories.signed_parties: "at least one partner organisation besides the "
    "coordinators",
}


def _record(
    partner_id: uuid.UUID, name: str, organisation_id: uuid.UUID | None
) -> dict[str, object]:
    """A partner as the founding keeps it, whatever becomes of the partner later."""
    return FoundingPartner(
        partner_id=partner_id, name=name, organisation_id=organisation_id
    ).model_dump(mode="json")


async def _later_sign_offs(
    session: AsyncSession, founding: CoalitionFounding
) -> dict[str, SignOffRead]:
    """Each potential partner's first sign-off on the founding version or a later one, by the
    partner id as the founding stores it."""
    partner_ids = [uuid.UUID(p["partner_id"]) for p in founding.potential_partners]
    if not partner_ids:
        return {}
    sign_offs = await session.scalars(
        select(AgreementSignOff)
        .where(
            AgreementSignOff.agreement_id == founding.agreement_id,
            AgreementSignOff.version_number >= founding.version_number,
            AgreementSignOff.partner_id.in_(partner_ids),
        )
        .order_by(AgreementSignOff.signed_at, AgreementSignOff.id)
    )
    first: dict[str, SignOffRead] = {}
    for sign_off in sign_offs:
        first.setdefault(str(sign_off.partner_id), SignOffRead.model_validate(sign_off))
    return first


async def _founding_read(
    session: AsyncSession, founding: CoalitionFounding, agreement: Agreement
) -> FoundingRead:
    later = await _later_sign_offs(session, founding)
    return FoundingRead(
        founded_on=founding.founded_on,
        agreement_id=founding.agreement_id,
        agreement_title=agreement.title,
        agreement_type=agreement.type,
        version_number=founding.version_number,
        signatories=founding.signatories,
        founding_partners=[FoundingPartner.model_validate(p) for p in founding.founding_partners],
        potential_partners=[
            PotentialPartner.model_validate({**p, "signed_later": later.get(p["partner_id"])})
            for p in founding.potential_partners
        ],
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
        founding=await _founding_read(session, row[0], row[1]) if row else None,
    )


async def found(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    data: FoundingCreate,
    today: date,
) -> FoundingState:
    """Step 9: record the founding on an agreement signed as the founding rule requires; the
    coalition becomes active."""
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
    rule = coalition.founding_signatories
    reason = await _unsigned_reason(session, coalition.id, rule, read)
    if reason is not None:
        raise Unprocessable(
            f"The agreement must be signed by {_REQUIRED[rule]}: {reason}.",
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
            signatories=rule,
            founding_partners=[_record(p.id, p.name, p.member_organisation_id) for p in partners],
            # Empty under ``all_parties``: there every signing party has signed.
            potential_partners=[
                _record(p.partner_id, p.name, p.organisation_id)
                for p in read.parties
                if p.signs_in_vitaal and p.current_sign_off is None
            ],
            note=data.note,
            recorded_by_id=user.id,
            recorded_by_name=user.name,
        )
    )
    coalition.status = CoalitionStatus.active
    await session.flush()
    return await founding_state(session, access)


async def _unsigned_reason(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    rule: FoundingSignatories,
    read: AgreementRead,
) -> str | None:
    """Why the agreement's current version cannot found the coalition under ``rule``; None
    when it can."""
    number = read.current_version
    if read.status is SignatureStatus.draft:
        return f"version {number} has not been sent for signature"
    if read.signing_parties == 0:
        return "no party signs this agreement in Vitaal"
    if rule is FoundingSignatories.all_parties:
        if read.status is SignatureStatus.signed:
            return None
        return f"version {number} is not signed by: {', '.join(read.not_signed)}"
    signed = {p.organisation_id for p in read.parties if p.signs_in_vitaal and p.current_sign_off}
    if signed - await _coordinator_organisations(session, coalition_id):
        return None
    return f"no partner organisation besides the coordinators has signed version {number} yet"


async def _coordinator_organisations(
    session: AsyncSession, coalition_id: uuid.UUID
) -> set[uuid.UUID | None]:
    return set(
        (
            await session.scalars(
                select(CoalitionMember.organisation_id).where(
                    CoalitionMember.coalition_id == coalition_id,
                    CoalitionMember.role == CoalitionRole.coordinator,
                )
            )
        ).all()
    )


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
    """The founders: unless named, the agreement's parties that signed (every signing party,
    under ``all_parties``) and those outside Vitaal. A founder that is a member organisation
    must be a party that signed; partners outside Vitaal sign on paper."""
    signed = [p.partner_id for p in read.parties if p.current_sign_off or not p.signs_in_vitaal]
    wanted = list(dict.fromkeys(partner_ids or signed))
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
