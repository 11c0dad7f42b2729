from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import Form
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 256
# The users.email column; a longer user name is no account's.
EMAIL_MAX_LENGTH = 320


class SignupRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "email": "anne@gemeente.example",
                    "password": "lange-zin-als-wachtwoord",
                    "name": "Anne de Vries",
                }
            ]
        }
    )

    email: EmailStr
    password: str = Field(min_length=PASSWORD_MIN_LENGTH, max_length=PASSWORD_MAX_LENGTH)
    name: str = Field(min_length=1, max_length=200)

    _name = field_validator("name")(strip_required)

    @field_validator("password")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class LoginForm(OAuth2PasswordRequestForm):
    """The OAuth2 password form with the lengths an account has: a longer user name is refused
    with 422 before it is looked up or counted as a failed login."""

    def __init__(
        self,
        *,
        grant_type: Annotated[str | None, Form(pattern="^password$")] = None,
        username: Annotated[str, Form(max_length=EMAIL_MAX_LENGTH)],
        password: Annotated[
            str, Form(max_length=PASSWORD_MAX_LENGTH, json_schema_extra={"format": "password"})
        ],
        scope: Annotated[str, Form(max_length=1000)] = "",
        client_id: Annotated[str | None, Form(max_length=200)] = None,
        client_secret: Annotated[
            str | None, Form(max_length=200, json_schema_extra={"format": "password"})
        ] = None,
    ) -> None:
        super().__init__(
            grant_type=grant_type,
            username=username,
            password=password,
            scope=scope,
            client_id=client_id,
            client_secret=client_secret,
        )


class UserRead(Schema):
    id: uuid.UUID
    email: str
    name: str
    created_at: datetime


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int = Field(description="Seconds until the access token expires.")


class RefreshRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"refresh_token": "…"}]})

    refresh_token: str = Field(min_length=1, max_length=200)
