"""The OpenAPI document is the contract: committed, stable, and every route authenticated
unless it is meant to be public."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from situations import ProblemCheck

from vitaal.cli import _openapi_document

REPO = Path(__file__).resolve().parents[2]
PUBLIC = {
    ("GET", "/api/v1/health"),
    ("GET", "/api/v1/ready"),
    ("POST", "/api/v1/auth/signup"),
    ("POST", "/api/v1/auth/token"),
    ("POST", "/api/v1/auth/refresh"),
    ("POST", "/api/v1/auth/logout"),
    ("GET", "/api/v1/invitations/{token}"),
    ("GET", "/api/v1/public/tob3/{token}"),
    ("POST", "/api/v1/public/tob3/{token}/answers"),
}


def test_committed_document_equals_the_generated_one() -> None:
    committed = (REPO / "openapi" / "openapi.json").read_text()
    assert committed == _openapi_document(), "run `make openapi` and commit the result"


def test_operation_ids_are_unique_and_stable(app: FastAPI) -> None:
    ids = [op["operationId"] for path in app.openapi()["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))
    assert "coalitions-create_coalition" in ids
    assert "auth-token" in ids


def test_request_bodies_have_examples(app: FastAPI) -> None:
    schemas = app.openapi()["components"]["schemas"]
    for name in ("SignupRequest", "OrganisationCreate", "CoalitionCreate", "InvitationCreate"):
        assert schemas[name].get("examples"), name


def _operations(app: FastAPI) -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    ]


async def test_every_non_public_route_requires_a_token(
    app: FastAPI, client: httpx.AsyncClient, problem: ProblemCheck
) -> None:
    checked = 0
    for method, path in _operations(app):
        if (method, path) in PUBLIC:
            continue
        url = path.replace("{token}", "abc")
        for name in ("organisation_id", "coalition_id", "user_id", "invitation_id"):
            url = url.replace("{" + name + "}", "0190f000-0000-7000-8000-000000000000")
        response = await client.request(method, url, json={})
        problem(response, 401)
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize("path", ["/api/v1/openapi.json", "/docs"])
async def test_docs_are_served(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    if path.endswith(".json"):
        assert json.loads(response.text)["info"]["title"] == "Vitaal API"
