from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from vitaal.core.errors import ServiceUnavailable, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"


@router.get("/health", response_model=Health, summary="The process is up")
async def health() -> Health:
    return Health()


@router.get(
    "/ready",
    response_model=Health,
    responses=problem_responses(503),
    summary="The database is reachable",
)
async def ready(request: Request) -> Health:
    try:
        async with request.app.state.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError):
        raise ServiceUnavailable("The database is not reachable.") from None
    return Health()
