"""Errors as values with a status, rendered as RFC 9457 ``application/problem+json``.

Domain code raises a ``Problem`` subclass; one set of handlers turns every error (domain,
validation, HTTP, unexpected) into the same shape, so no stack trace or SQL reaches a client.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("vitaal.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://vitaal.dev/problems/"


class FieldError(BaseModel):
    field: str = Field(description="Where the bad value is, e.g. `body.email` or `query.limit`.")
    reason: str = Field(description="Why it was refused, in English.")
    code: str = Field(
        default="invalid",
        description="Machine-readable reason (e.g. `missing`, `string_too_short`, `duplicate`) "
        "so a client can show its own translated message.",
    )
    context: dict[str, str | int | float | bool] | None = Field(
        default=None, description='The limits behind the code, e.g. `{"min_length": 10}`.'
    )


class ProblemDetail(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(examples=[f"{PROBLEM_TYPE_BASE}not-found"])
    title: str = Field(examples=["Not found"])
    status: int = Field(examples=[404])
    detail: str | None = Field(default=None, examples=["Coalition not found."])
    instance: str | None = Field(default=None, examples=["/api/v1/coalitions/0190..."])
    errors: list[FieldError] | None = None


class Problem(Exception):  # noqa: N818 - it is a problem, not an error in our code
    status = 500
    slug = "internal-error"
    title = "Internal server error"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers


class Unauthorized(Problem):
    status, slug, title = 401, "unauthorized", "Not authenticated"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(Problem):
    status, slug, title = 403, "forbidden", "Not allowed"


class NotFound(Problem):
    status, slug, title = 404, "not-found", "Not found"


class MethodNotAllowed(Problem):
    status, slug, title = 405, "method-not-allowed", "Method not allowed"


class Conflict(Problem):
    status, slug, title = 409, "conflict", "Conflict"


class Gone(Problem):
    status, slug, title = 410, "gone", "No longer available"


class Unprocessable(Problem):
    status, slug, title = 422, "validation-error", "Invalid input"

    @classmethod
    def field(cls, field: str, reason: str, code: str = "invalid") -> Unprocessable:
        return cls(reason, errors=[FieldError(field=field, reason=reason, code=code)])


class TooManyRequests(Problem):
    status, slug, title = 429, "too-many-requests", "Too many requests"

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})


class ServiceUnavailable(Problem):
    status, slug, title = 503, "service-unavailable", "Service unavailable"


_HTTP_TITLES = {
    400: ("bad-request", "Bad request"),
    401: ("unauthorized", "Not authenticated"),
    403: ("forbidden", "Not allowed"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    413: ("content-too-large", "Content too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
}


def problem_response(
    request: Request,
    *,
    status: int,
    slug: str,
    title: str,
    detail: str | None = None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ProblemDetail(
        type=PROBLEM_TYPE_BASE + slug,
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _location(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def _validation_reason(err: dict[str, Any]) -> str:
    message = str(err.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


def _plain_context(ctx: object) -> dict[str, str | int | float | bool] | None:
    """Keep the JSON-safe limits (min_length, le, pattern…); drop exception objects."""
    if not isinstance(ctx, dict):
        return None
    plain = {
        str(key): value
        for key, value in ctx.items()
        if isinstance(value, str | int | float | bool) and key != "error"
    }
    return plain or None


async def _handle_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)  # noqa: S101 - registered for Problem only
    return problem_response(
        request,
        status=exc.status,
        slug=exc.slug,
        title=exc.title,
        detail=exc.detail,
        errors=exc.errors,
        headers=exc.headers,
    )


def invalid_input_response(request: Request, errors: list[FieldError]) -> JSONResponse:
    """The 422 that names each refused field, from pydantic or from core/input_check.py."""
    return problem_response(
        request,
        status=422,
        slug="validation-error",
        title="Invalid input",
        detail="; ".join(f"{e.field}: {e.reason}" for e in errors),
        errors=errors,
    )


async def _handle_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # noqa: S101
    return invalid_input_response(
        request,
        [
            FieldError(
                field=_location(tuple(err["loc"])),
                reason=_validation_reason(err),
                code=str(err.get("type", "invalid")),
                context=_plain_context(err.get("ctx")),
            )
            for err in exc.errors()
        ],
    )


async def _handle_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101
    slug, title = _HTTP_TITLES.get(exc.status_code, ("http-error", "HTTP error"))
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else None
    return problem_response(
        request,
        status=exc.status_code,
        slug=slug,
        title=title,
        detail=detail,
        headers=dict(exc.headers) if exc.headers else None,
    )


async def _handle_integrity(request: Request, exc: Exception) -> JSONResponse:
    # Two requests raced to create the same thing; the loser gets a conflict, never a 500.
    logger.info("integrity error on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(
        request,
        status=409,
        slug="conflict",
        title="Conflict",
        detail="This conflicts with data that was stored at the same moment. Try again.",
    )


async def _handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        request,
        status=500,
        slug="internal-error",
        title="Internal server error",
        detail="Something went wrong on our side. The error has been logged.",
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _handle_problem)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(StarletteHTTPException, _handle_http)
    app.add_exception_handler(IntegrityError, _handle_integrity)
    app.add_exception_handler(Exception, _handle_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for the problems a route can answer."""
    # The schema and media type are filled in by core/openapi.py for every error status.
    return {
        status: {"description": _STATUS_DESCRIPTIONS.get(status, "Problem")} for status in statuses
    }


_STATUS_DESCRIPTIONS = {
    401: "Not logged in, or the token is invalid or expired",
    403: "Logged in, but your role does not allow this",
    404: "Not found, or not yours to see",
    405: "Method not allowed",
    409: "Conflicts with what is stored",
    410: "No longer available (used, withdrawn or expired)",
    413: "The body is larger than the limit for its kind (JSON and forms, or uploads)",
    422: "Invalid input: each field and the reason",
    429: "Too many attempts; see Retry-After",
    503: "A dependency (the database) is not reachable",
}
