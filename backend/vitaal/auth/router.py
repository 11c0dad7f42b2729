from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, status

from vitaal.auth import service
from vitaal.auth.deps import HasherDep, SettingsDep
from vitaal.auth.schemas import LoginForm, RefreshRequest, SignupRequest, TokenPair, UserRead
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses

router = APIRouter(prefix="/auth", tags=["auth"], responses=problem_responses(401, 409, 422, 429))


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
)
async def signup(data: SignupRequest, session: SessionDep, hasher: HasherDep) -> UserRead:
    user = await service.signup(session, hasher, data)
    return UserRead.model_validate(user)


@router.post(
    "/token",
    response_model=TokenPair,
    summary="Log in (OAuth2 password flow) and get an access and a refresh token",
)
async def token(
    request: Request,
    form: Annotated[LoginForm, Depends()],
    session: SessionDep,
    hasher: HasherDep,
    settings: SettingsDep,
) -> TokenPair:
    attempt = service.LoginAttempt(
        email=form.username,
        password=form.password,
        client_address=request.client.host if request.client else None,
    )
    return await service.login(session, request.app.state.sessionmaker, hasher, settings, attempt)


@router.post(
    "/refresh",
    response_model=TokenPair,
    summary="Exchange a refresh token for a new pair (the old one stops working)",
)
async def refresh(
    data: RefreshRequest, request: Request, session: SessionDep, settings: SettingsDep
) -> TokenPair:
    return await service.refresh(
        session, request.app.state.sessionmaker, settings, data.refresh_token
    )


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End the login the refresh token belongs to",
)
async def logout(data: RefreshRequest, session: SessionDep) -> None:
    await service.logout(session, data.refresh_token)
