"""Settings read from the environment (prefix ``VITAAL_``).

Unsafe settings make the app refuse to start with a message that names the setting, rather than
letting a production instance run on a guessable secret or an unreadable database URL.
"""

from __future__ import annotations

import secrets
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Self

from pydantic import AnyHttpUrl, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from vitaal.core.security import HashCost

REPO_ROOT = Path(__file__).resolve().parents[3]
VAR_DIR = REPO_ROOT / "var"
MIN_SECRET_LENGTH = 32


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class SettingsError(RuntimeError):
    """A setting is missing or wrong; the message says which and why."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VITAAL_", extra="ignore")

    env: Environment = Environment.development
    database_url: str = f"sqlite+aiosqlite:///{VAR_DIR / 'vitaal.db'}"
    secret_key: str = ""
    public_url: AnyHttpUrl = AnyHttpUrl("http://127.0.0.1:8000")
    static_dir: Path = REPO_ROOT / "frontend" / "dist"
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=30, ge=1, le=365)
    invitation_days: int = Field(default=14, ge=1, le=90)
    login_max_failures: int = Field(default=5, ge=1)
    login_lock_seconds: int = Field(default=60, ge=1)
    password_hash_concurrency: int = Field(default=4, ge=1, le=64)
    # The largest request bodies read, by kind; a larger one answers 413 before it is read.
    max_json_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_upload_body_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
    # Argon2id cost (RFC 9106's second recommended option by default). Tests lower them to the
    # cheapest valid values so every signup and login stays a real hash at ~1 ms.
    password_hash_time_cost: int = Field(default=3, ge=1, le=20)
    password_hash_memory_kib: int = Field(default=65536, ge=8, le=4 * 1024 * 1024)
    password_hash_parallelism: int = Field(default=4, ge=1, le=64)
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    # Feed URLs on loopback/private networks are refused unless this is on (intranet, tests).
    feeds_allow_private_networks: bool = False

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        allowed = ("sqlite+aiosqlite://", "postgresql+asyncpg://")
        if not value.startswith(allowed):
            raise ValueError(
                "must start with sqlite+aiosqlite:// or postgresql+asyncpg:// (async drivers)"
            )
        return value

    @model_validator(mode="after")
    def _secret(self) -> Self:
        if self.secret_key:
            if len(self.secret_key) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"VITAAL_SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters"
                )
            return self
        if self.env is Environment.production:
            raise ValueError("VITAAL_SECRET_KEY is required when VITAAL_ENV=production")
        self.secret_key = _development_secret()
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def hash_cost(self) -> HashCost:
        return HashCost(
            time_cost=self.password_hash_time_cost,
            memory_kib=self.password_hash_memory_kib,
            parallelism=self.password_hash_parallelism,
        )

    @property
    def public_base(self) -> str:
        return str(self.public_url).rstrip("/")


def _development_secret() -> str:
    """Generate the development signing secret once and keep it, so tokens survive restarts."""
    path = VAR_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret)
    path.chmod(0o600)
    return secret


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            (f"VITAAL_{'_'.join(str(p) for p in err['loc']).upper()}: " if err["loc"] else "")
            + str(err["msg"]).removeprefix("Value error, ")
            for err in exc.errors()
        )
        raise SettingsError(f"Vitaal cannot start, bad setting: {problems}") from None


@lru_cache
def get_settings() -> Settings:
    return load_settings()
