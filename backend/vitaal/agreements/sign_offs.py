"""Signing an agreement: the coordinators send the current version to the parties, and a member
of each party's organisation signs it for that organisation. A sign-off belongs to one version
and stays recorded there when a later version is saved."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import access as authz
from vitaal.agreements.models import Agreement, AgreementParty, AgreementSignOff, AgreementVersion
from vitaal.agreements.reading import agreement_read, named_version, options_snapshot
from vitaal.agreements.schemas import AgreementRead, SignOffCreate
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, Forbidden, Unprocessable
from vitaal.organisations.models import Membership, Organisation
from vitaal.partners.models import CoalitionPartner


async def _current_or_conflict(
    session: AsyncSession, agreement: Agreement, number: int
) -> AgreementVersion:
    """The version named in the body, which must be the current one: partners sign what they
    read, so a version replaced meanwhile answers 409."""
    version = await named_version(session, agreement, number, "body.version")
    if number != agreement.current_version:
        raise Conflict(
            f"Version {number} was replaced by version {agreement.current_version}; "
            "read the current version first.",
            errors=[
                FieldError(field="body.version", reason="not the current version", code="stale")
            ],
        )
    return version


async def send_for_signature(
    session: AsyncSession, user: User, agreement: Agreement, number: int
) -> AgreementRead:
    version = await _current_or_conflict(session, agreement, number)
    if version.sent_for_signature_at is not None:
        raise Conflict(f"Version {number} is already out for signature.")
    signing = await session.scalar(
        select(func.count(AgreementParty.id))
        .join(CoalitionPartner, CoalitionPartner.id == AgreementParty.partner_id)
        .where(
            AgreementParty.agreement_id == agreement.id,
            CoalitionPartner.member_organisation_id.is_not(None),
        )
    )
    if not signing:
        raise Unprocessable.field(
            "body.version",
            "no party can sign in Vitaal: add a partner that is a member organisation",
            "no_signing_parties",
        )
    version.sent_for_signature_at = utcnow()
    version.sent_by_name = user.name
    version.options_snapshot = await options_snapshot(session, agreement.id)
    await session.flush()
    return await agreement_read(session, user, agreement)


async def sign(
    session: AsyncSession, user: User, agreement: Agreement, data: SignOffCreate
) -> AgreementRead:
    row = (
        await session.execute(
            select(CoalitionPartner, Organisation.name)
            .join(AgreementParty, AgreementParty.partner_id == CoalitionPartner.id)
            .outerjoin(Organisation, Organisation.id == CoalitionPartner.member_organisation_id)
            .where(
                AgreementParty.agreement_id == agreement.id,
                CoalitionPartner.id == data.partner_id,
            )
        )
    ).first()
    if row is None:
        raise Unprocessable.field("body.partner_id", "not a party to this agreement", "not_found")
    partner, organisation_name = row[0], row[1]
    if partner.member_organisation_id is None:
        raise Unprocessable.field(
            "body.partner_id",
            "this partner is not a member organisation in Vitaal; it signs on paper",
            "signs_outside",
        )
    # Whoever may sign depends on the party named in the body, so it is checked here.
    member = await session.scalar(
        authz.user_organisation_ids(user.id).where(
            Membership.organisation_id == partner.member_organisation_id
        )
    )
    if member is None:
        raise Forbidden(f"Only a member of {organisation_name} can sign for it.")
    version = await _current_or_conflict(session, agreement, data.version)
    if version.sent_for_signature_at is None:
        raise Conflict(
            f"Version {data.version} has not been sent for signature yet.",
            errors=[FieldError(field="body.version", reason="not sent", code="not_sent")],
        )
    already = await session.scalar(
        select(AgreementSignOff.id).where(
            AgreementSignOff.version_id == version.id, AgreementSignOff.partner_id == partner.id
        )
    )
    if already is not None:
        raise Conflict(f"{partner.name} already signed version {version.number}.")
    session.add(
        AgreementSignOff(
            agreement_id=agreement.id,
            version_id=version.id,
            version_number=version.number,
            partner_id=partner.id,
            partner_name=partner.name,
            organisation_id=partner.member_organisation_id,
            organisation_name=organisation_name or partner.name,
            user_id=user.id,
            user_name=user.name,
        )
    )
    await session.flush()
    return await agreement_read(session, user, agreement)
