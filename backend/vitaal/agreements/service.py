"""Agreements: versions that are never overwritten, options and choices, sign-offs per partner
organisation on one version, and the founding of the coalition on a signed agreement."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import access as authz
from vitaal.access import CoalitionAccess
from vitaal.agreements import diff as text_diff
from vitaal.agreements.markdown import APP_HEADING_SHIFT, render_markdown
from vitaal.agreements.models import (
    Agreement,
    AgreementChoice,
    AgreementOption,
    AgreementParty,
    AgreementSignOff,
    AgreementVersion,
    CoalitionFounding,
    OptionKind,
    VersionReason,
)
from vitaal.agreements.schemas import (
    AgreementCreate,
    AgreementOptionIn,
    AgreementOptionRead,
    AgreementOptionUpdate,
    AgreementRead,
    AgreementSummary,
    AgreementUpdate,
    ChoiceIn,
    ChoiceRead,
    FoundingCreate,
    FoundingPartner,
    FoundingRead,
    FoundingState,
    HunkOut,
    PartyRead,
    SignatureStatus,
    SignOffCreate,
    SignOffRead,
    VersionCreate,
    VersionDiff,
    VersionRead,
    VersionSummary,
)
from vitaal.agreements.signatures import signature_status
from vitaal.auth.models import User
from vitaal.coalitions.models import CoalitionStatus
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.organisations.models import Membership, Organisation
from vitaal.partners.models import CoalitionPartner

MIN_OPTIONS, MAX_OPTIONS = 2, 3  # the seed: "2 of (maximaal) 3 opties"
MAX_DRAFT_OPTIONS = 10  # drafting more is allowed, choosing is not (see choose)


# --- reading --------------------------------------------------------------------------------


def _sign_off_read(sign_off: AgreementSignOff) -> SignOffRead:
    return SignOffRead(
        id=sign_off.id,
        version_number=sign_off.version_number,
        partner_id=sign_off.partner_id,
        partner_name=sign_off.partner_name,
        organisation_id=sign_off.organisation_id,
        organisation_name=sign_off.organisation_name,
        user_id=sign_off.user_id,
        user_name=sign_off.user_name,
        signed_at=sign_off.signed_at,
    )


def _version_summary(version: AgreementVersion, sign_offs: int) -> VersionSummary:
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


async def _get(
    session: AsyncSession, access: CoalitionAccess, agreement_id: uuid.UUID
) -> Agreement:
    agreement = await session.scalar(
        select(Agreement).where(
            Agreement.id == agreement_id, Agreement.coalition_id == access.coalition.id
        )
    )
    if agreement is None:
        raise NotFound("Agreement not found.")
    return agreement


async def _version(
    session: AsyncSession, agreement: Agreement, number: int, field: str = "path.number"
) -> AgreementVersion:
    version = await session.scalar(
        select(AgreementVersion).where(
            AgreementVersion.agreement_id == agreement.id, AgreementVersion.number == number
        )
    )
    if version is None:
        if field.startswith("path"):
            raise NotFound(f"Version {number} not found.")
        raise Unprocessable.field(field, f"there is no version {number}", "not_found")
    return version


async def _parties(
    session: AsyncSession, agreement_id: uuid.UUID
) -> Sequence[tuple[AgreementParty, CoalitionPartner]]:
    rows = await session.execute(
        select(AgreementParty, CoalitionPartner)
        .join(CoalitionPartner, CoalitionPartner.id == AgreementParty.partner_id)
        .where(AgreementParty.agreement_id == agreement_id)
        .order_by(CoalitionPartner.name, CoalitionPartner.id)
    )
    return [(row[0], row[1]) for row in rows]


async def agreement_read(
    session: AsyncSession, access: CoalitionAccess, user: User, agreement: Agreement
) -> AgreementRead:
    version = await _version(session, agreement, agreement.current_version)
    parties = await _parties(session, agreement.id)
    sign_offs = (
        await session.scalars(
            select(AgreementSignOff)
            .where(AgreementSignOff.agreement_id == agreement.id)
            .order_by(AgreementSignOff.version_number.desc(), AgreementSignOff.signed_at)
        )
    ).all()
    organisation_ids = {p.member_organisation_id for _, p in parties if p.member_organisation_id}
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
    for _, partner in parties:
        own = by_partner.get(partner.id, [])
        current = next((s for s in own if s.version_id == version.id), None)
        party_reads.append(
            PartyRead(
                partner_id=partner.id,
                name=partner.name,
                organisation_id=partner.member_organisation_id,
                signs_in_vitaal=partner.member_organisation_id is not None,
                you_may_sign=partner.member_organisation_id in mine,
                current_sign_off=_sign_off_read(current) if current else None,
                earlier_sign_offs=[_sign_off_read(s) for s in own if s.version_id != version.id],
            )
        )
    signing = [p for p in party_reads if p.signs_in_vitaal]
    signed = sum(1 for p in signing if p.current_sign_off is not None)
    options, choices = await _options_and_choices(session, agreement.id)
    founding = await session.scalar(
        select(CoalitionFounding.id).where(CoalitionFounding.agreement_id == agreement.id)
    )
    summary = _summary(agreement, version, len(signing), signed)
    return AgreementRead(
        **summary.model_dump(),
        content=version.content,
        content_html=render_markdown(version.content, APP_HEADING_SHIFT),
        version=_version_summary(version, sum(1 for s in sign_offs if s.version_id == version.id)),
        parties=party_reads,
        not_signed=[p.name for p in signing if p.current_sign_off is None],
        options=options,
        choices=choices,
        used_for_founding=founding is not None,
    )


async def options_snapshot(session: AsyncSession, agreement_id: uuid.UUID) -> dict[str, Any]:
    """The options and choices as stored with a version when it goes out for signature."""
    options, choices = await _options_and_choices(session, agreement_id)
    return {
        "options": [o.model_dump(mode="json") for o in options],
        "choices": [c.model_dump(mode="json") for c in choices],
    }


async def _options_and_choices(
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


async def get_agreement(
    session: AsyncSession, access: CoalitionAccess, user: User, agreement_id: uuid.UUID
) -> AgreementRead:
    return await agreement_read(session, access, user, await _get(session, access, agreement_id))


# --- writing --------------------------------------------------------------------------------


async def _resolve_parties(
    session: AsyncSession, access: CoalitionAccess, party_ids: list[uuid.UUID] | None
) -> list[uuid.UUID]:
    if party_ids is None:
        return list(
            (
                await session.scalars(
                    select(CoalitionPartner.id)
                    .where(
                        CoalitionPartner.coalition_id == access.coalition.id,
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
                    CoalitionPartner.coalition_id == access.coalition.id,
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
    access.require_manage()
    party_ids = await _resolve_parties(session, access, data.party_ids)
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
    return await agreement_read(session, access, user, agreement)


async def update_agreement(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    data: AgreementUpdate,
) -> AgreementRead:
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
    sent = data.model_fields_set
    for field in ("type", "title"):
        if field in sent:
            value = getattr(data, field)
            if value is None:
                raise Unprocessable.field(f"body.{field}", "may not be null", "missing")
            setattr(agreement, field, value.strip() if isinstance(value, str) else value)
    if "party_ids" in sent:
        if data.party_ids is None:
            raise Unprocessable.field("body.party_ids", "may not be null", "missing")
        wanted = await _resolve_parties(session, access, data.party_ids)
        current = {party.partner_id: party for party, _ in await _parties(session, agreement.id)}
        for partner_id, party in current.items():
            if partner_id not in wanted:
                await session.delete(party)
        session.add_all(
            AgreementParty(agreement_id=agreement.id, partner_id=p)
            for p in wanted
            if p not in current
        )
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, access, user, agreement)


async def save_version(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    data: VersionCreate,
) -> tuple[AgreementRead, bool]:
    """A new version when the content changed (its sign-offs start empty); else nothing."""
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
    if data.based_on is not None and data.based_on != agreement.current_version:
        raise Conflict(
            f"Version {agreement.current_version} was saved after version {data.based_on} "
            "that you edited. Reload, compare and save again.",
            errors=[FieldError(field="body.based_on", reason="not the current version")],
        )
    current = await _version(session, agreement, agreement.current_version)
    if current.content == data.content:
        return await agreement_read(session, access, user, agreement), False
    agreement.current_version += 1
    agreement.updated_at = utcnow()
    session.add(
        AgreementVersion(
            agreement_id=agreement.id,
            number=agreement.current_version,
            content=data.content,
            note=data.note.strip(),
            author_id=user.id,
            author_name=user.name,
        )
    )
    await session.flush()
    return await agreement_read(session, access, user, agreement), True


async def send_for_signature(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    number: int,
) -> AgreementRead:
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
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
    return await agreement_read(session, access, user, agreement)


async def _current_or_conflict(
    session: AsyncSession, agreement: Agreement, number: int
) -> AgreementVersion:
    version = await _version(session, agreement, number, field="body.version")
    if number != agreement.current_version:
        raise Conflict(
            f"Version {number} was replaced by version {agreement.current_version}; "
            "read the current version first.",
            errors=[
                FieldError(field="body.version", reason="not the current version", code="stale")
            ],
        )
    return version


async def sign(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    data: SignOffCreate,
) -> AgreementRead:
    agreement = await _get(session, access, agreement_id)
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
    return await agreement_read(session, access, user, agreement)


# --- versions and the diff ------------------------------------------------------------------


def _sign_off_count() -> Any:
    return (
        select(func.count(AgreementSignOff.id))
        .where(AgreementSignOff.version_id == AgreementVersion.id)
        .correlate(AgreementVersion)
        .scalar_subquery()
    )


async def list_versions(
    session: AsyncSession, access: CoalitionAccess, agreement_id: uuid.UUID, params: PageParams
) -> tuple[list[VersionSummary], str | None]:
    """Oldest first; one statement for the agreement and one per page."""
    agreement = await _get(session, access, agreement_id)
    stmt = select(AgreementVersion, _sign_off_count()).where(
        AgreementVersion.agreement_id == agreement.id
    )
    rows, cursor = await fetch_page(session, stmt, AgreementVersion.id, params)
    return [_version_summary(row[0], row[1]) for row in rows], cursor


async def get_version(
    session: AsyncSession, access: CoalitionAccess, agreement_id: uuid.UUID, number: int
) -> VersionRead:
    agreement = await _get(session, access, agreement_id)
    version = await _version(session, agreement, number)
    snapshot = version.options_snapshot
    sign_offs = (
        await session.scalars(
            select(AgreementSignOff)
            .where(AgreementSignOff.version_id == version.id)
            .order_by(AgreementSignOff.signed_at, AgreementSignOff.id)
        )
    ).all()
    return VersionRead(
        **_version_summary(version, len(sign_offs)).model_dump(),
        content=version.content,
        html=render_markdown(version.content, APP_HEADING_SHIFT),
        sign_off_list=[_sign_off_read(s) for s in sign_offs],
        options=[AgreementOptionRead.model_validate(o) for o in snapshot["options"]]
        if snapshot
        else None,
        choices=[ChoiceRead.model_validate(c) for c in snapshot["choices"]] if snapshot else None,
    )


async def version_diff(
    session: AsyncSession,
    access: CoalitionAccess,
    agreement_id: uuid.UUID,
    from_number: int,
    to_number: int,
) -> VersionDiff:
    agreement = await _get(session, access, agreement_id)
    old = await _version(session, agreement, from_number, field="query.from")
    new = await _version(session, agreement, to_number, field="query.to")
    result = text_diff.diff_texts(old.content, new.content)
    return VersionDiff(
        from_version=old.number,
        to_version=new.number,
        added=result.added,
        removed=result.removed,
        hunks=[
            HunkOut(
                old_start=h.old_start,
                old_count=h.old_count,
                new_start=h.new_start,
                new_count=h.new_count,
                lines=[
                    {
                        "kind": line.kind,
                        "text": line.text,
                        "old_number": line.old_number,
                        "new_number": line.new_number,
                    }
                    for line in h.lines
                ],
            )
            for h in result.hunks
        ],
    )


# --- options and choices --------------------------------------------------------------------


async def _new_version_if_sent(session: AsyncSession, agreement: Agreement, user: User) -> None:
    """Options and choices are part of what partners sign: once the current version went out
    for signature, changing them makes a new version (same text) that needs new sign-offs."""
    current = await _version(session, agreement, agreement.current_version)
    if current.sent_for_signature_at is None:
        return
    agreement.current_version += 1
    session.add(
        AgreementVersion(
            agreement_id=agreement.id,
            number=agreement.current_version,
            content=current.content,
            reason=VersionReason.options,
            author_id=user.id,
            author_name=user.name,
        )
    )
    await session.flush()


def _check_model(kind: OptionKind, model: object, field: str = "body.governance_model") -> None:
    if kind is OptionKind.content and model is not None:
        raise Unprocessable.field(field, "a content option has no governance model", "not_allowed")


async def add_option(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    data: AgreementOptionIn,
) -> AgreementRead:
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
    _check_model(data.kind, data.governance_model)
    await _new_version_if_sent(session, agreement, user)
    count = await session.scalar(
        select(func.count(AgreementOption.id)).where(
            AgreementOption.agreement_id == agreement.id, AgreementOption.kind == data.kind
        )
    )
    if (count or 0) >= MAX_DRAFT_OPTIONS:
        raise Unprocessable.field(
            "body.kind", f"at most {MAX_DRAFT_OPTIONS} {data.kind.value} options", "too_many"
        )
    session.add(
        AgreementOption(
            agreement_id=agreement.id,
            kind=data.kind,
            governance_model=data.governance_model,
            title=data.title,
            description=data.description.strip(),
            pros=[p.strip() for p in data.pros],
            cons=[c.strip() for c in data.cons],
        )
    )
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, access, user, agreement)


async def _option(
    session: AsyncSession, agreement: Agreement, option_id: uuid.UUID
) -> AgreementOption:
    option = await session.scalar(
        select(AgreementOption).where(
            AgreementOption.id == option_id, AgreementOption.agreement_id == agreement.id
        )
    )
    if option is None:
        raise NotFound("Option not found.")
    return option


async def update_option(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    option_id: uuid.UUID,
    data: AgreementOptionUpdate,
) -> AgreementRead:
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
    option = await _option(session, agreement, option_id)
    await _new_version_if_sent(session, agreement, user)
    sent = data.model_fields_set
    if "governance_model" in sent:
        _check_model(option.kind, data.governance_model)
        option.governance_model = data.governance_model
    for field in ("title", "description", "pros", "cons"):
        if field in sent:
            value = getattr(data, field)
            if value is None:
                raise Unprocessable.field(f"body.{field}", "may not be null", "missing")
            if isinstance(value, str):
                value = value.strip()
                if field == "title" and not value:
                    raise Unprocessable.field("body.title", "must not be blank", "blank")
            else:
                value = [v.strip() for v in value]
            setattr(option, field, value)
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, access, user, agreement)


async def delete_option(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    option_id: uuid.UUID,
) -> AgreementRead:
    """Removing the chosen option removes the choice with it."""
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
    option = await _option(session, agreement, option_id)
    await _new_version_if_sent(session, agreement, user)
    choice = await session.scalar(
        select(AgreementChoice).where(AgreementChoice.option_id == option.id)
    )
    if choice is not None:
        await session.delete(choice)
    await session.delete(option)
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, access, user, agreement)


async def choose(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    agreement_id: uuid.UUID,
    kind: OptionKind,
    data: ChoiceIn,
) -> AgreementRead:
    access.require_manage()
    agreement = await _get(session, access, agreement_id)
    option = await _option_of_kind(session, agreement, kind, data.option_id)
    count = await session.scalar(
        select(func.count(AgreementOption.id)).where(
            AgreementOption.agreement_id == agreement.id, AgreementOption.kind == kind
        )
    )
    if not MIN_OPTIONS <= (count or 0) <= MAX_OPTIONS:
        raise Unprocessable.field(
            "body.option_id",
            f"choose between {MIN_OPTIONS} and {MAX_OPTIONS} {kind.value} options; "
            f"there are {count}",
            "option_count",
        )
    await _new_version_if_sent(session, agreement, user)
    choice = await session.scalar(
        select(AgreementChoice).where(
            AgreementChoice.agreement_id == agreement.id, AgreementChoice.kind == kind
        )
    )
    if choice is None:
        choice = AgreementChoice(agreement_id=agreement.id, kind=kind)
        session.add(choice)
    choice.option_id = option.id
    choice.reason = data.reason
    choice.chosen_by_id = user.id
    choice.chosen_by_name = user.name
    choice.chosen_at = utcnow()
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, access, user, agreement)


async def _option_of_kind(
    session: AsyncSession, agreement: Agreement, kind: OptionKind, option_id: uuid.UUID
) -> AgreementOption:
    option = await session.scalar(
        select(AgreementOption).where(
            AgreementOption.id == option_id,
            AgreementOption.agreement_id == agreement.id,
            AgreementOption.kind == kind,
        )
    )
    if option is None:
        raise Unprocessable.field(
            "body.option_id", f"not a {kind.value} option of this agreement", "not_found"
        )
    return option


# --- the founding ---------------------------------------------------------------------------


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
    access.require_manage()
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
    read = await agreement_read(session, access, user, agreement)
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
    version = await _version(session, agreement, agreement.current_version)
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
            note=data.note.strip(),
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
