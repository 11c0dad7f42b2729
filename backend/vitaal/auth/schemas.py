from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required

PASSWORD_MIN_LENGTH = 10


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
    password: str = Field(min_length=PASSWORD_MIN_LENGTH, max_length=256)
    name: str = Field(min_length=1, max_length=200)

    _name = field_validator("name")(strip_required)

    @field_validator("password")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


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
