"""Requests are read and checked before the app runs (core/input_check.py): bodies within the
limit for their kind, readable, and without values no column holds, each refused value named.

Every request here is made without a token: input the API cannot read is refused before
authentication (the problem names the caller's own input, nothing of the data)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from situations import ProblemCheck

from vitaal.core.config import Settings
from vitaal.core.input_check import BODY_METHODS
from vitaal.main import create_app

ORG = "/api/v1/organisations/0190f000-0000-7000-8000-000000000000"
COALITION = "/api/v1/coalitions/0190f000-0000-7000-8000-000000000000"
JSON = {"content-type": "application/json"}
FEED = ("feed.xml", b"<rss version='2.0'><channel/></rss>")


def _errors(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(error["field"], error["code"]) for error in body["errors"]]


@pytest.fixture(scope="module")
async def small_app(settings: Settings) -> AsyncIterator[FastAPI]:
    app = create_app(
        settings.model_copy(update={"max_json_body_bytes": 2048, "max_upload_body_bytes": 8192})
    )
    yield app
    await app.state.engine.dispose()


@pytest.fixture
async def small(small_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=small_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        yield http


async def test_a_body_over_the_limit_answers_413_by_its_length(
    small: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    response = await small.post(
        "/api/v1/auth/signup", content=b"{" + b" " * 3000 + b"}", headers=JSON
    )
    assert "2048 bytes" in problem(response, 413)["detail"]


async def test_a_streamed_body_over_the_limit_answers_413(
    small: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b" " * 1000

    # No Content-Length: the bytes are counted as they come.
    response = await small.post("/api/v1/auth/signup", content=chunks(), headers=JSON)
    problem(response, 413)


async def test_uploads_have_a_limit_of_their_own(
    small: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    url = f"{ORG}/signal-imports"
    data = {"source_type": "news"}
    within = await small.post(url, files={"file": ("f.xml", b"x" * 4000)}, data=data)
    problem(within, 401)  # read, checked, and on to the route
    over = await small.post(url, files={"file": ("f.xml", b"x" * 9000)}, data=data)
    assert "an upload" in problem(over, 413)["detail"]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", "json_invalid"),
        (b'{"name": NaN}', "json_invalid"),
        (b'{"count": ' + b"9" * 5000 + b"}", "json_invalid"),
        (b'{"name": "\xff"}', "invalid_unicode"),
    ],
)
async def test_a_body_that_cannot_be_read_is_one_422_on_body(
    client: httpx.AsyncClient, problem: ProblemCheck, content: bytes, code: str
) -> None:
    response = await client.post(f"{COALITION}/partners", content=content, headers=JSON)
    assert _errors(problem(response, 422)) == [("body", code)]


async def test_each_bad_text_of_a_json_body_is_named(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    body = b'{"email": "a@b.example", "password": "long enough \\u0000", "name": "\\ud800"}'
    response = await client.post("/api/v1/auth/signup", content=body, headers=JSON)
    assert _errors(problem(response, 422)) == [
        ("body.password", "null_character"),
        ("body.name", "invalid_unicode"),
    ]


async def test_form_fields_query_parameters_and_path_segments_are_checked(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    login = await client.post(
        "/api/v1/auth/token",
        content=b"username=a%00b&password=%ED%A0%80",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert _errors(problem(login, 422)) == [
        ("body.password", "invalid_unicode"),
        ("body.username", "null_character"),
    ]
    upload = await client.post(
        f"{ORG}/signal-imports",
        files={"file": FEED},
        data={"source_type": "news", "tags": "a\x00b"},
    )
    assert _errors(problem(upload, 422)) == [("body.tags", "null_character")]
    search = await client.get(f"{ORG}/stakeholders?q=%00&sector=%FF")
    assert _errors(problem(search, 422)) == [
        ("query.sector", "invalid_unicode"),
        ("query.q", "null_character"),
    ]
    invitation = await client.get("/api/v1/invitations/a%00b")
    assert _errors(problem(invitation, 422)) == [("path.token", "null_character")]


async def test_numbers_and_date_times_beyond_what_is_stored_are_named(
    client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    version = await client.get(
        f"{COALITION}/agreements/0190f000-0000-7000-8000-000000000000/versions/2147483648"
    )
    [error] = problem(version, 422)["errors"]
    assert error == {
        "field": "path.number",
        "reason": "Input should be less than or equal to 2147483647",
        "code": "less_than_equal",
        "context": {"le": 2147483647},
    }
    meeting = await client.post(
        f"{COALITION}/meetings",
        json={
            "type": "exploration",
            "starts_at": "9999-12-31T23:59:59-14:00",
            "ends_at": "2026-01-01T10:00:00",
        },
    )
    assert _errors(problem(meeting, 422)) == [
        ("body.starts_at", "datetime_out_of_range"),
        ("body.ends_at", "naive_datetime"),
    ]
    # Money is a BIGINT and states its own maximum: past the check, on to the route.
    action = await client.post(f"{COALITION}/plan/actions", json={"title": "x", "money": 2**33})
    problem(action, 401)


async def test_every_operation_documents_what_the_check_answers(app: FastAPI) -> None:
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            statuses = set(operation["responses"])
            assert "422" in statuses, (method, path)
            if method.upper() in BODY_METHODS:
                assert "413" in statuses, (method, path)
            else:  # the check reads the bodies of these methods only
                assert "requestBody" not in operation, (method, path)
