"""Links to answer a Tob-3 round without an account (*de Tob-3 van ieder lid*).

The seed asks every member of the association for its top 3, and most members have no portal
account. Owners and admins make links for a round:

- a *member link* for one member organisation (typed, or from the stakeholder register): the
  member answers once and may change its answer until the round closes;
- an *open link* for everyone at once (a newsletter, a slide at a meeting): the respondent
  names the member, and gives the code when the link has one; a later answer with the same
  member name (compared without case and extra spaces) replaces the earlier one.

A link's token is random and shown once; only its hash is stored. Renewing a link gives it a
new token (the old one stops working) and keeps its answers; revoking stops it and keeps its
answers, which still count. Unknown tokens answer 404, revoked ones 410, and a closed round
409, as it does for answers with an account.

Who sees what: the page behind a link shows the round's question and, for a member link, that
member's own answer; never anyone else's. Admins see per link how many members answered
through it while the round runs; the answers themselves follow the round's rules
(``tob3.service``), where they count exactly like answers given with an account.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from vitaal.auth.models import User
from vitaal.core import idempotency
from vitaal.core.db import utcnow
from vitaal.core.errors import Gone, NotFound, Unprocessable
from vitaal.core.idempotency import Outcome
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.schemas import Schema
from vitaal.core.security import new_opaque_token, token_digest
from vitaal.organisations.models import Organisation
from vitaal.stakeholders import service as stakeholder_service
from vitaal.tob3 import service
from vitaal.tob3.models import Tob3Answer, Tob3Link, Tob3LinkKind, Tob3LinkRequest, Tob3Round
from vitaal.tob3.ranking import normalise
from vitaal.tob3.schemas import LinkCreate, LinkRead, PublicAnswer, PublicAnswerIn, PublicRound


class _LinkFields(Schema):
    """What a link's row gives of ``LinkRead``; the counts come from its answers."""

    id: uuid.UUID
    round_id: uuid.UUID
    kind: Tob3LinkKind
    member_name: str
    stakeholder_id: uuid.UUID | None
    code: str
    created_at: datetime
    revoked_at: datetime | None


def _with_counts() -> Select[Tob3Link, int, datetime | None]:
    answers = select(Tob3Answer).where(Tob3Answer.link_id == Tob3Link.id).correlate(Tob3Link)
    count = answers.with_only_columns(func.count(Tob3Answer.id)).scalar_subquery()
    last = answers.with_only_columns(func.max(Tob3Answer.updated_at)).scalar_subquery()
    return select(Tob3Link, count, last)


def _read(link: Tob3Link, answer_count: int, last_answer_at: datetime | None) -> LinkRead:
    return LinkRead(
        **_LinkFields.model_validate(link).model_dump(),
        answer_count=answer_count,
        last_answer_at=last_answer_at,
    )


async def link_read(session: AsyncSession, link: Tob3Link) -> LinkRead:
    row = (await session.execute(_with_counts().where(Tob3Link.id == link.id))).one()
    return _read(*row)


async def list_links(
    session: AsyncSession, round_: Tob3Round, params: PageParams
) -> tuple[list[LinkRead], str | None]:
    stmt = _with_counts().where(
        Tob3Link.organisation_id == round_.organisation_id, Tob3Link.round_id == round_.id
    )
    rows, cursor = await fetch_page(session, stmt, Tob3Link.id, params)
    return [_read(*row) for row in rows], cursor


async def get_link(session: AsyncSession, round_: Tob3Round, link_id: uuid.UUID) -> Tob3Link:
    link = await session.scalar(
        select(Tob3Link).where(
            Tob3Link.id == link_id,
            Tob3Link.organisation_id == round_.organisation_id,
            Tob3Link.round_id == round_.id,
        )
    )
    if link is None:
        raise NotFound("Link not found.")
    return link


def _issue_token(link: Tob3Link) -> str:
    token = new_opaque_token()
    link.token_hash = token_digest(token)
    return token


async def _member_name(session: AsyncSession, round_: Tob3Round, data: LinkCreate) -> str:
    if data.code:
        raise Unprocessable.field("body.code", "only open links have a code", "not_allowed")
    name = data.member_name
    if data.stakeholder_id is not None:
        stakeholder = await stakeholder_service.find(
            session, data.stakeholder_id, [round_.organisation_id]
        )
        if stakeholder is None:
            raise Unprocessable.field(
                "body.stakeholder_id", "is not in this organisation's stakeholder register"
            )
        name = name or stakeholder.name
    if not name:
        raise Unprocessable.field(
            "body.member_name", "a member link needs the member's name or a stakeholder", "missing"
        )
    taken = await session.scalar(
        select(Tob3Link.id).where(
            Tob3Link.round_id == round_.id, Tob3Link.member_key == normalise(name)
        )
    )
    if taken is not None:
        raise Unprocessable.field(
            "body.member_name", "this member already has a link in this round", "duplicate"
        )
    return name


async def create_link(
    session: AsyncSession, round_: Tob3Round, author: User, data: LinkCreate
) -> tuple[Tob3Link, str]:
    """A new link and its token, which is not stored and shown only now."""
    service.ensure_open(round_)
    if data.kind is Tob3LinkKind.open:
        for field, given in (
            ("member_name", data.member_name),
            ("stakeholder_id", data.stakeholder_id),
        ):
            if given:
                raise Unprocessable.field(
                    f"body.{field}",
                    "an open link names no member: the respondent does",
                    "not_allowed",
                )
        name, key = "", None
    else:
        name = await _member_name(session, round_, data)
        key = normalise(name)
    link = Tob3Link(
        organisation_id=round_.organisation_id,
        round_id=round_.id,
        kind=data.kind,
        member_name=name,
        member_key=key,
        stakeholder_id=data.stakeholder_id,
        code=data.code,
        created_by_id=author.id,
    )
    token = _issue_token(link)
    session.add(link)
    await session.flush()
    return link, token


async def renew_link(session: AsyncSession, round_: Tob3Round, link: Tob3Link) -> str:
    """A new token for the link (the old one stops working); a revoked link works again."""
    service.ensure_open(round_)
    token = _issue_token(link)
    link.revoked_at = None
    await session.flush()
    return token


async def revoke_link(session: AsyncSession, link: Tob3Link) -> None:
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        await session.flush()


# The page behind a link.


@dataclass(frozen=True)
class OpenedLink:
    link: Tob3Link
    round: Tob3Round
    organisation_name: str


async def open_link(session: AsyncSession, token: str) -> OpenedLink:
    """The link of a token with its round: 404 for a token never given out, 410 once revoked."""
    row = (
        await session.execute(
            select(Tob3Link, Tob3Round, Organisation.name)
            .join(Tob3Round, Tob3Round.id == Tob3Link.round_id)
            .join(Organisation, Organisation.id == Tob3Link.organisation_id)
            .where(Tob3Link.token_hash == token_digest(token))
        )
    ).one_or_none()
    if row is None:
        raise NotFound("There is no Tob-3 link like this; check the address.")
    link, round_, organisation_name = row
    if link.revoked_at is not None:
        raise Gone("This link has been withdrawn; ask the association for a new one.")
    return OpenedLink(link=link, round=round_, organisation_name=organisation_name)


async def _answer_of(
    session: AsyncSession, link: Tob3Link, member_key: str | None
) -> Tob3Answer | None:
    return await session.scalar(
        select(Tob3Answer)
        .options(selectinload(Tob3Answer.worries))
        .where(
            Tob3Answer.organisation_id == link.organisation_id,
            Tob3Answer.link_id == link.id,
            Tob3Answer.member_key == member_key,
        )
    )


async def public_round(session: AsyncSession, opened: OpenedLink) -> PublicRound:
    link, round_ = opened.link, opened.round
    member = link.kind is Tob3LinkKind.member
    answer = await _answer_of(session, link, link.member_key) if member else None
    return PublicRound(
        organisation_name=opened.organisation_name,
        title=round_.title,
        question=round_.question,
        closes_at=round_.closes_at,
        is_open=service.is_open(round_),
        kind=link.kind,
        member_name=link.member_name if member else None,
        code_required=bool(link.code),
        answer=PublicAnswer.model_validate(answer) if answer else None,
    )


async def _respondent(
    session: AsyncSession, opened: OpenedLink, data: PublicAnswerIn
) -> tuple[str, str | None]:
    """The member an answer through the link is from: its name and its key."""
    link = opened.link
    if link.kind is Tob3LinkKind.member:
        if data.member_name or data.code:
            field = "body.member_name" if data.member_name else "body.code"
            raise Unprocessable.field(field, "this link is for one member already", "not_allowed")
        return link.member_name, link.member_key
    # A code told aloud or printed is compared without case; only its holders answer.
    if link.code and not secrets.compare_digest(
        data.code.casefold().encode(), link.code.casefold().encode()
    ):
        raise Unprocessable.field("body.code", "this is not the code of this link", "wrong_code")
    if not data.member_name:
        raise Unprocessable.field("body.member_name", "name the member you answer for", "missing")
    key = normalise(data.member_name)
    own_link = await session.scalar(
        select(Tob3Link.id).where(
            Tob3Link.round_id == opened.round.id,
            Tob3Link.member_key == key,
            Tob3Link.revoked_at.is_(None),
        )
    )
    if own_link is not None:
        # Else the member would count twice: through its own link and through this one.
        raise Unprocessable.field(
            "body.member_name", "this member has a link of its own; answer there", "has_own_link"
        )
    return data.member_name, key


async def _save(
    session: AsyncSession, opened: OpenedLink, data: PublicAnswerIn
) -> Outcome[PublicAnswer]:
    link, round_ = opened.link, opened.round
    service.ensure_open(round_)
    name, key = await _respondent(session, opened, data)
    answer = await _answer_of(session, link, key)
    created = answer is None
    if answer is None:
        answer = Tob3Answer(
            organisation_id=link.organisation_id,
            round_id=round_.id,
            link_id=link.id,
            member_key=key,
            worries=[],
        )
        session.add(answer)
    answer.on_behalf_of = name
    service.put_worries(answer, data.worries)
    await session.flush()
    return Outcome(201 if created else 200, PublicAnswer.model_validate(answer))


async def answer_by_link(
    session: AsyncSession, opened: OpenedLink, key: str, data: PublicAnswerIn
) -> Outcome[PublicAnswer]:
    """Give or replace a member's answer through the link, once per idempotency key: a retry
    of a request that succeeded gets its response again, even after the round has closed."""
    return await idempotency.run_once(
        session,
        Tob3LinkRequest,
        owner={"organisation_id": opened.link.organisation_id, "link_id": opened.link.id},
        key=key,
        request=data,
        response_model=PublicAnswer,
        work=lambda: _save(session, opened, data),
    )
