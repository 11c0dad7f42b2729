"""The page behind a Tob-3 link: no account, the token is the credential.

Public writes follow one rule (core/idempotency.py): the POST needs an ``Idempotency-Key``, and
a retry with the same key and body gets the first response.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.idempotency import IdempotencyKey
from vitaal.tob3 import links
from vitaal.tob3.deps import PublicLinkDep
from vitaal.tob3.schemas import PublicAnswer, PublicAnswerIn, PublicRound

router = APIRouter(
    prefix="/public/tob3",
    tags=["tob3-public"],
    responses=problem_responses(404, 409, 410, 422),
)


@router.get(
    "/{token}",
    response_model=PublicRound,
    summary="The round a link is for (no login needed)",
    description="For a member link also that member's answer so far; an open link never "
    "shows what anyone answered.",
)
async def get_round(opened: PublicLinkDep, session: SessionDep) -> PublicRound:
    return await links.public_round(session, opened)


@router.post(
    "/{token}/answers",
    response_model=PublicAnswer,
    responses={201: {"model": PublicAnswer, "description": "The member's first answer"}},
    summary="Give or change a member's top-3 worries (no login needed)",
    description="201 for the member's first answer, 200 when it replaces the earlier one. "
    "A retry with the same `Idempotency-Key` and body answers the first response again; the "
    "same key with another body is 422 `idempotency_key_reused`. 409 once the round has "
    "closed, 410 when the link was revoked.",
)
async def answer(
    data: PublicAnswerIn,
    opened: PublicLinkDep,
    idempotency_key: IdempotencyKey,
    session: SessionDep,
    response: Response,
) -> PublicAnswer:
    outcome = await links.answer_by_link(session, opened, idempotency_key, data)
    response.status_code = outcome.status
    return outcome.body
