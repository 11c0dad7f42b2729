"""The application factory: routers, error handlers and the built single-page app."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, Response
from fastapi.routing import APIRoute
from starlette.staticfiles import StaticFiles

from vitaal import __version__
from vitaal.api import API_PREFIX, api_router
from vitaal.core.config import Settings, get_settings
from vitaal.core.contract import Contract
from vitaal.core.db import create_engine, create_sessionmaker
from vitaal.core.errors import MethodNotAllowed, NotFound, install_error_handlers
from vitaal.core.headers import SecurityHeadersMiddleware
from vitaal.core.input_check import BodyLimits, InputCheckMiddleware
from vitaal.core.openapi import install_problem_openapi
from vitaal.core.security import PasswordHasher

DESCRIPTION = """
Vitaal helps organisations detect the issues that matter to them, analyse which partners
they need, and form and run *vital coalitions* around those issues.

**Authentication**: `POST /api/v1/auth/token` with your e-mail address and password (the
*Authorize* button does this), then send `Authorization: Bearer <access_token>`. Access tokens
last 15 minutes; exchange the refresh token at `POST /api/v1/auth/refresh`.

**Errors** are RFC 9457 `application/problem+json`; validation errors list each field and the
reason. Anything you may not see answers 404. **Lists** are cursor pages:
`{"items": [...], "next_cursor": "..."}`; pass `cursor` to get the next page.

**Input no field can hold** answers 422 before anything else is done, even before the token
is checked: NUL characters and text that is not Unicode anywhere, an integer beyond
-2147483648…2147483647 where the field states no bounds of its own, a date-time without a time
zone offset or outside the years 1 to 9999 in UTC, a body that is not JSON (or not a form).
A body larger than 1 MB (uploads: 20 MB) answers 413.
"""


def operation_id(route: APIRoute) -> str:
    """Stable ids (``coalitions-create_coalition``) so generated clients keep their names."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # What exists now (modules, routes, schemas, table metadata) lives as long as the
        # process. Freezing it keeps every later full garbage collection from walking it
        # again: a 2,000-partner matrix spent more time in those walks than in its own work
        # (bench/RESULTS.md). The OpenAPI document is part of it: built now rather than by the
        # first request that needs it (core/contract.py). Collect first so no garbage is frozen.
        app.openapi()
        gc.collect()
        gc.freeze()
        yield
        await engine.dispose()

    app = FastAPI(
        title="Vitaal API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url="/docs",
        redoc_url=None,
        swagger_ui_parameters={"persistAuthorization": True},
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
    app.state.password_hasher = PasswordHasher(
        settings.password_hash_concurrency, settings.hash_cost
    )

    install_error_handlers(app)
    install_problem_openapi(app)
    contract = Contract(app.openapi)
    app.add_middleware(
        InputCheckMiddleware,
        limits=BodyLimits(json=settings.max_json_body_bytes, upload=settings.max_upload_body_bytes),
        contract=contract,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            # Idempotency-Key: public writes (Tob-3 links) can be retried from other origins too.
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key"],
        )
    app.include_router(api_router)

    @app.api_route(
        f"{API_PREFIX}/{{path:path}}",
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        include_in_schema=False,
    )
    async def unknown_api_route(path: str, request: Request) -> Response:
        # Reached when no route fits the method; tell a wrong method apart from a wrong path.
        allowed = contract.methods(request.url.path)
        if allowed:
            raise MethodNotAllowed(
                f"{request.method} is not allowed here; use {', '.join(allowed)}.",
                headers={"Allow": ", ".join(allowed)},
            )
        raise NotFound(f"There is no API endpoint /{path}.")

    _mount_single_page_app(app, settings.static_dir)
    return app


def _mount_single_page_app(app: FastAPI, static_dir: Path) -> None:
    """Serve the built app; any other path falls back to ``index.html`` for client routing."""
    root = static_dir.resolve()
    index = root / "index.html"
    assets = root / "assets"
    # Resolved once at start-up: the files of a build do not change while the app runs.
    files = (
        {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        if root.is_dir()
        else set()
    )
    has_index = index.is_file()
    if assets.is_dir():
        app.mount("/assets", StaticFiles(directory=assets), name="assets")

    @app.get("/{path:path}", include_in_schema=False)
    async def single_page_app(path: str) -> Response:
        if path in files:
            return FileResponse(root / path)
        if has_index:
            return FileResponse(index, headers={"Cache-Control": "no-cache"})
        raise NotFound(
            "The web app is not built. Run `make run`, or use the API under /api/v1 and /docs."
        )
