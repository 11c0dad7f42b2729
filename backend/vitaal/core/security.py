"""The only module that touches python-jose and password hashing.

Access tokens are short-lived HS256 JWTs; the algorithm is pinned when decoding so a token
signed with ``none`` or another algorithm is refused. Refresh tokens are random strings of which
only a SHA-256 hash is stored. Argon2id hashing is CPU-heavy, so it runs in worker threads
behind a semaphore: a burst of logins cannot stall the event loop or exhaust the thread pool.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from jose import JWTError, jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

ALGORITHM = "HS256"


class InvalidToken(Exception):  # noqa: N818 - reads as "the token is invalid"
    """The access token is malformed, expired, tampered with or signed the wrong way."""


@dataclass(frozen=True)
class AccessClaims:
    subject: uuid.UUID
    token_id: str
    issued_at: datetime
    expires_at: datetime


def create_access_token(
    subject: uuid.UUID, *, secret: str, lifetime: timedelta, now: datetime | None = None
) -> tuple[str, AccessClaims]:
    issued = (now or datetime.now(UTC)).replace(microsecond=0)
    claims = AccessClaims(
        subject=subject,
        token_id=secrets.token_urlsafe(16),
        issued_at=issued,
        expires_at=issued + lifetime,
    )
    payload = {
        "sub": str(subject),
        "iat": int(claims.issued_at.timestamp()),
        "exp": int(claims.expires_at.timestamp()),
        "jti": claims.token_id,
        "typ": "access",
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM), claims


def decode_access_token(token: str, *, secret: str) -> AccessClaims:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != ALGORITHM:
            raise InvalidToken("unexpected signing algorithm")
        payload = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={
                "require_sub": True,
                "require_exp": True,
                "require_iat": True,
                "require_jti": True,
            },
        )
        if payload.get("typ") != "access":
            raise InvalidToken("not an access token")
        return AccessClaims(
            subject=uuid.UUID(payload["sub"]),
            token_id=str(payload["jti"]),
            issued_at=datetime.fromtimestamp(int(payload["iat"]), UTC),
            expires_at=datetime.fromtimestamp(int(payload["exp"]), UTC),
        )
    except (JWTError, ValueError, KeyError, TypeError) as exc:
        raise InvalidToken(str(exc)) from exc


def new_opaque_token() -> str:
    """A random token for refresh tokens and invitation links (256 bits)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What we store instead of a refresh or invitation token."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class HashCost:
    """Argon2id parameters; a stored hash carries its own, so changing them keeps old logins."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4


class PasswordHasher:
    """Argon2id hashing off the event loop with bounded concurrency."""

    def __init__(self, concurrency: int, cost: HashCost) -> None:
        self._slots = asyncio.Semaphore(concurrency)
        self._hash = PasswordHash(
            (
                Argon2Hasher(
                    time_cost=cost.time_cost,
                    memory_cost=cost.memory_kib,
                    parallelism=cost.parallelism,
                ),
            )
        )
        # Verified against when the e-mail is unknown, so a login takes as long either way.
        self._dummy_hash = self._hash.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        async with self._slots:
            return await asyncio.to_thread(self._hash.hash, password)

    async def verify(self, password: str, hashed: str | None) -> bool:
        async with self._slots:
            if hashed is None:
                await asyncio.to_thread(self._hash.verify, password, self._dummy_hash)
                return False
            return await asyncio.to_thread(self._hash.verify, password, hashed)
