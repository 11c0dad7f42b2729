"""Sign-up, login, refresh-token rotation and logout."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from vitaal.auth import throttle
from vitaal.auth.models import RefreshToken, RevokedAccessToken, User
from vitaal.auth.schemas import SignupRequest, TokenPair
from vitaal.core.config import Settings
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, TooManyRequests, Unauthorized
from vitaal.core.security import (
    PasswordHasher,
    create_access_token,
    new_opaque_token,
    token_digest,
)


def normalise_email(email: str) -> str:
    return email.strip().lower()


async def get_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == normalise_email(email)))


async def signup(session: AsyncSession, hasher: PasswordHasher, data: SignupRequest) -> User:
    email = normalise_email(str(data.email))
    if await get_by_email(session, email) is not None:
        raise Conflict("An account with this e-mail address already exists.")
    user = User(email=email, name=data.name, password_hash=await hasher.hash(data.password))
    session.add(user)
    await session.flush()
    return user


@dataclass(frozen=True)
class LoginAttempt:
    email: str
    password: str
    client_address: str | None


async def login(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    hasher: PasswordHasher,
    settings: Settings,
    attempt: LoginAttempt,
) -> TokenPair:
    keys = throttle.throttle_keys(normalise_email(attempt.email), attempt.client_address)
    wait = await throttle.seconds_locked(session, keys, utcnow())
    if wait:
        raise TooManyRequests(
            f"Too many failed logins. Try again in {wait} seconds.", retry_after=wait
        )
    user = await get_by_email(session, attempt.email)
    valid = await hasher.verify(attempt.password, user.password_hash if user else None)
    if user is None or not valid or not user.is_active:
        await session.rollback()
        await throttle.record_failure(
            sessionmaker,
            keys,
            max_failures=settings.login_max_failures,
            lock_seconds=settings.login_lock_seconds,
        )
        raise Unauthorized("Incorrect e-mail address or password.")
    await throttle.clear_account(session, user.email)
    return await _issue_pair(session, settings, user.id, family_id=uuid.uuid4())


async def _issue_pair(
    session: AsyncSession, settings: Settings, user_id: uuid.UUID, *, family_id: uuid.UUID
) -> TokenPair:
    lifetime = timedelta(minutes=settings.access_token_minutes)
    access, claims = create_access_token(user_id, secret=settings.secret_key, lifetime=lifetime)
    refresh = new_opaque_token()
    session.add(
        RefreshToken(
            user_id=user_id,
            family_id=family_id,
            token_hash=token_digest(refresh),
            expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
            access_token_id=claims.token_id,
            access_expires_at=claims.expires_at,
        )
    )
    await session.flush()
    return TokenPair(
        access_token=access, refresh_token=refresh, expires_in=int(lifetime.total_seconds())
    )


async def refresh(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    refresh_token: str,
) -> TokenPair:
    now = utcnow()
    token = await session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == token_digest(refresh_token))
    )
    if token is None or token.revoked_at is not None or token.expires_at <= now:
        raise Unauthorized("The refresh token is not valid. Log in again.")
    family_id = token.family_id  # read now: a rollback below expires the loaded row
    if token.used_at is not None:
        # A used token presented again was stolen or replayed: end the whole login.
        await session.rollback()
        await _revoke_family_now(sessionmaker, family_id, now)
        raise Unauthorized("The refresh token was already used. Log in again.")
    # Mark used with a guarded UPDATE so two concurrent refreshes cannot both win.
    claimed = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == token.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        await session.rollback()  # release SQLite's write lock before the revoking transaction
        await _revoke_family_now(sessionmaker, family_id, now)
        raise Unauthorized("The refresh token was already used. Log in again.")
    user = await session.get(User, token.user_id)
    if user is None or not user.is_active:
        raise Unauthorized("The account is not active.")
    return await _issue_pair(session, settings, user.id, family_id=family_id)


async def _revoke_family_now(
    sessionmaker: async_sessionmaker[AsyncSession], family_id: uuid.UUID, now: datetime
) -> None:
    """Revoke in a transaction of its own: the request fails, the revocation must stay."""
    async with sessionmaker() as own, own.begin():
        await _revoke_family(own, family_id, now)


async def _revoke_family(session: AsyncSession, family_id: uuid.UUID, now: datetime) -> None:
    """End a login: its refresh tokens, and the access tokens issued with them that have not
    expired yet (an access token is otherwise valid until it expires)."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    # Revoked rows are only needed until the token expires; clearing them here keeps the
    # table as small as the number of live tokens that were logged out.
    await session.execute(delete(RevokedAccessToken).where(RevokedAccessToken.expires_at <= now))
    already = select(RevokedAccessToken.jti).where(
        RevokedAccessToken.jti == RefreshToken.access_token_id
    )
    live = select(RefreshToken.access_token_id, RefreshToken.access_expires_at).where(
        RefreshToken.family_id == family_id,
        RefreshToken.access_token_id.is_not(None),
        RefreshToken.access_expires_at > now,
        ~already.exists(),
    )
    await session.execute(insert(RevokedAccessToken).from_select(["jti", "expires_at"], live))


async def logout(session: AsyncSession, refresh_token: str) -> None:
    """End the login the refresh token belongs to; unknown tokens are ignored (idempotent)."""
    family_id = await session.scalar(
        select(RefreshToken.family_id).where(RefreshToken.token_hash == token_digest(refresh_token))
    )
    if family_id is not None:
        await _revoke_family(session, family_id, utcnow())


async def count_users(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(User)) or 0)
