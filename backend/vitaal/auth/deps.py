"""Who is calling: the bearer token becomes the current user, or the request answers 401."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import select

from vitaal.auth.models import RevokedAccessToken, User
from vitaal.core.config import Settings
from vitaal.core.db import SessionDep
from vitaal.core.errors import Unauthorized
from vitaal.core.security import InvalidToken, PasswordHasher, decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_hasher(request: Request) -> PasswordHasher:
    hasher: PasswordHasher = request.app.state.password_hasher
    return hasher


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
HasherDep = Annotated[PasswordHasher, Depends(get_hasher)]


async def current_user(
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> User:
    if not token:
        raise Unauthorized("Log in first: send an access token as `Authorization: Bearer …`.")
    try:
        claims = decode_access_token(token, secret=settings.secret_key)
    except InvalidToken:
        raise Unauthorized("The access token is invalid or has expired.") from None
    # One statement per request: the user, unless this token was revoked at logout.
    revoked = select(RevokedAccessToken.jti).where(RevokedAccessToken.jti == claims.token_id)
    user = await session.scalar(select(User).where(User.id == claims.subject, ~revoked.exists()))
    if user is None or not user.is_active:
        raise Unauthorized("The access token is invalid or has expired.")
    return user


CurrentUser = Annotated[User, Depends(current_user, scope="function")]
