"""The one PATCH rule (backend/vitaal/core/patching.py), checked for every PATCH operation of the
API and every field of its body, as the OpenAPI document describes them:

- a field the document shows as not nullable answers 422, code ``not_nullable``, field
  ``body.<name>``, when sent as null;
- a nullable field is accepted as null, and reads back as null where the object can be read.

The operations and their fields come from the app itself, so a new PATCH operation or field is
checked without anyone writing a test for it. The objects are real: the demo data is loaded into
the test database, and each path's ids are found through the API (route_ids.py: the sibling
collection, or the parent object), as the demo user sees them. An operation whose ids cannot be
found that way is checked on its body model instead, and the number reached over HTTP may not
drop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel, ValidationError
from route_ids import CANDIDATES, Finder
from situations import Demo

from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NOT_NULLABLE

# The PATCH operations the demo data lets this test reach over HTTP. It may grow, never drop:
# an operation that falls back to its body model is checked less (no handler, no database).
REACHED_OVER_HTTP = 30


@dataclass(frozen=True)
class BodyField:
    name: str
    nullable: bool  # as the OpenAPI document shows it: ``null`` is one of its types


@dataclass(frozen=True)
class PatchOperation:
    operation_id: str
    path: str  # the template, e.g. /api/v1/coalitions/{coalition_id}
    fields: tuple[BodyField, ...]
    body: type[BaseModel]


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _allows_null(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(_allows_null(option) for option in schema.get("anyOf", schema.get("oneOf", [])))


def _body_models(app: FastAPI) -> dict[str, type[BaseModel]]:
    """The pydantic model of each PATCH operation's body, by path."""
    models: dict[str, type[BaseModel]] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if (
            isinstance(route, APIRoute)
            and route.include_in_schema
            and "PATCH" in (context.methods or set())
            and route.body_field is not None
        ):
            model = route.body_field.field_info.annotation
            assert isinstance(model, type), context.path
            assert issubclass(model, BaseModel), context.path
            models[str(context.path)] = model
    return models


def patch_operations(app: FastAPI) -> list[PatchOperation]:
    document = app.openapi()
    models = _body_models(app)
    operations = []
    for path, methods in document["paths"].items():
        if "patch" not in methods:
            continue
        operation = methods["patch"]
        body = _resolve(document, operation["requestBody"]["content"]["application/json"]["schema"])
        fields = tuple(
            BodyField(name, _allows_null(schema)) for name, schema in body["properties"].items()
        )
        operations.append(PatchOperation(operation["operationId"], path, fields, models[path]))
    return operations


async def editable(finder: Finder, template: str) -> list[str]:
    """Up to ``CANDIDATES`` objects of the template that may still change: an empty PATCH is
    not refused with 409 (a de-escalated crisis protocol is kept as history)."""
    found = []
    async for url in finder.urls(template):
        response = await finder.client.patch(url, json={}, headers=finder.headers)
        if response.status_code != 409:
            found.append(url)
            if len(found) == CANDIDATES:
                break
    return found


def _refused_as_not_nullable(response: httpx.Response, name: str) -> bool:
    if response.status_code != 422:
        return False
    errors = response.json().get("errors") or []
    return any(e["field"] == f"body.{name}" and e["code"] == NOT_NULLABLE for e in errors)


def _said(response: httpx.Response) -> str:
    return f"{response.status_code} {response.text[:200]}"


async def _check_over_http(
    client: httpx.AsyncClient, demo: Demo, operation: PatchOperation, urls: list[str]
) -> list[str]:
    """Each field sent alone as null to real objects; what breaks the rule, field by field."""
    broken = []
    for field in operation.fields:
        body = {field.name: None}
        if not field.nullable:
            response = await client.patch(urls[0], json=body, headers=demo.headers)
            if not _refused_as_not_nullable(response, field.name):
                broken.append(f"{field.name}: not nullable, null answered {_said(response)}")
            continue
        # Some objects refuse a null for a reason of their own (an action in a work package
        # keeps its owner); the rule holds when one of them takes it.
        for url in urls:
            response = await client.patch(url, json=body, headers=demo.headers)
            if response.status_code == 200:
                break
        else:
            broken.append(f"{field.name}: nullable, null answered {_said(response)}")
            continue
        reads = [response.json()]
        read = await client.get(url, headers=demo.headers)
        if read.status_code == 200:
            reads.append(read.json())
        kept = [value for value in (r.get(field.name) for r in reads) if value is not None]
        if kept:
            broken.append(f"{field.name}: null answered 200, but it still reads {kept[0]!r}")
    return broken


def _check_model(operation: PatchOperation) -> list[str]:
    """The rule on the body model alone, for an operation without a demo object to change."""
    broken = []
    for field in operation.fields:
        try:
            operation.body.model_validate({field.name: None})
        except ValidationError as error:
            codes = {e["type"] for e in error.errors() if e["loc"] == (field.name,)}
            if field.nullable or codes != {NOT_NULLABLE}:
                broken.append(f"{field.name}: null gave {error.errors()}")
        except Unprocessable as error:  # a hand-written check in a model validator
            broken.append(f"{field.name}: null gave {error.errors}")
        else:
            if not field.nullable:
                broken.append(f"{field.name}: not nullable, but null validates")
    return broken


async def _reached(app: FastAPI, finder: Finder) -> dict[PatchOperation, list[str]]:
    """Every PATCH operation with the demo objects it can change (none: the model only)."""
    return {
        operation: await editable(finder, operation.path) for operation in patch_operations(app)
    }


@pytest.fixture
def finder(client: httpx.AsyncClient, demo: Demo) -> Finder:
    return Finder(client, demo.headers)


async def test_every_patch_field_follows_the_rule(
    app: FastAPI, client: httpx.AsyncClient, demo: Demo, finder: Finder
) -> None:
    broken = {}
    for operation, urls in (await _reached(app, finder)).items():
        problems = (
            await _check_over_http(client, demo, operation, urls)
            if urls
            else _check_model(operation)
        )
        if problems:
            broken[operation.operation_id] = problems
    report = "\n".join(
        f"{operation_id}:\n  " + "\n  ".join(problems) for operation_id, problems in broken.items()
    )
    assert not broken, f"PATCH fields that break the one PATCH rule:\n{report}"


async def test_patch_operations_are_reached_over_http(app: FastAPI, finder: Finder) -> None:
    reached = await _reached(app, finder)
    model_only = [operation.operation_id for operation, urls in reached.items() if not urls]
    assert len(reached) - len(model_only) >= REACHED_OVER_HTTP, (
        f"PATCH operations without a demo object to change, checked on their body model only: "
        f"{model_only}"
    )
