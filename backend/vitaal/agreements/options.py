"""The content options (focus of the vision, step 6) and governance options (way of organising,
step 7) of an agreement, and the choice of one option per kind with its reason.

Options and choices are part of what partners sign: once the current version went out for
signature, changing them makes a new version (same text) that needs new sign-offs.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.agreements.models import (
    Agreement,
    AgreementChoice,
    AgreementOption,
    AgreementVersion,
    OptionKind,
    VersionReason,
)
from vitaal.agreements.reading import agreement_read, current_version
from vitaal.agreements.schemas import (
    AgreementOptionIn,
    AgreementOptionUpdate,
    AgreementRead,
    ChoiceIn,
)
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.patching import apply_patch

MIN_OPTIONS, MAX_OPTIONS = 2, 3  # the seed: "2 of (maximaal) 3 opties"
MAX_DRAFT_OPTIONS = 10  # drafting more is allowed, choosing is not (see choose)


async def get_option(
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


async def _new_version_if_sent(session: AsyncSession, agreement: Agreement, user: User) -> None:
    current = await current_version(session, agreement)
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


async def _changed(session: AsyncSession, user: User, agreement: Agreement) -> AgreementRead:
    agreement.updated_at = utcnow()
    await session.flush()
    return await agreement_read(session, user, agreement)


def _check_model(kind: OptionKind, model: object) -> None:
    if kind is OptionKind.content and model is not None:
        raise Unprocessable.field(
            "body.governance_model", "a content option has no governance model", "not_allowed"
        )


async def _count(session: AsyncSession, agreement: Agreement, kind: OptionKind) -> int:
    count = await session.scalar(
        select(func.count(AgreementOption.id)).where(
            AgreementOption.agreement_id == agreement.id, AgreementOption.kind == kind
        )
    )
    return count or 0


async def add_option(
    session: AsyncSession, user: User, agreement: Agreement, data: AgreementOptionIn
) -> AgreementRead:
    _check_model(data.kind, data.governance_model)
    await _new_version_if_sent(session, agreement, user)
    if await _count(session, agreement, data.kind) >= MAX_DRAFT_OPTIONS:
        raise Unprocessable.field(
            "body.kind", f"at most {MAX_DRAFT_OPTIONS} {data.kind.value} options", "too_many"
        )
    session.add(
        AgreementOption(
            agreement_id=agreement.id,
            kind=data.kind,
            governance_model=data.governance_model,
            title=data.title,
            description=data.description,
            pros=data.pros,
            cons=data.cons,
        )
    )
    return await _changed(session, user, agreement)


async def update_option(
    session: AsyncSession,
    user: User,
    agreement: Agreement,
    option: AgreementOption,
    data: AgreementOptionUpdate,
) -> AgreementRead:
    if "governance_model" in data.model_fields_set:
        _check_model(option.kind, data.governance_model)
    await _new_version_if_sent(session, agreement, user)
    apply_patch(option, data)
    return await _changed(session, user, agreement)


async def delete_option(
    session: AsyncSession, user: User, agreement: Agreement, option: AgreementOption
) -> AgreementRead:
    """Removing the chosen option removes the choice with it."""
    await _new_version_if_sent(session, agreement, user)
    choice = await session.scalar(
        select(AgreementChoice).where(AgreementChoice.option_id == option.id)
    )
    if choice is not None:
        await session.delete(choice)
    await session.delete(option)
    return await _changed(session, user, agreement)


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


async def choose(
    session: AsyncSession, user: User, agreement: Agreement, kind: OptionKind, data: ChoiceIn
) -> AgreementRead:
    option = await _option_of_kind(session, agreement, kind, data.option_id)
    count = await _count(session, agreement, kind)
    if not MIN_OPTIONS <= count <= MAX_OPTIONS:
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
    return await _changed(session, user, agreement)
