"""The one PATCH rule (backend/vitaal/core/patching.py), checked for every PATCH operation of the
API and every field of its body, as the OpenAPI document describes them:

- a field the document shows as not nullable answers 422, code ``not_nullable``, field
  ``body.<name>``, when sent as null;
- a nullable field is accepted as null, and reads back as null where the object can be read.

The operations and their fields come from the app itself, so a new PATCH operation or field is
checked without anyone writing a test for it. The objects are real: the demo data is loaded into
the test database, and each path's ids are found through the API (the sibling collection, or the
parent object), as the demo user sees them. An operation whose ids cannot be found that way is
checked on its body model instead, and the number reached over HTTP may not drop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel, ValidationError
from situations import Demo

from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NOT_NULLABLE

# The PATCH operations the demo data lets this test reach over HTTP. It may grow, never drop:
# an operation that falls back to its body model is checked less (no handler, no database).
REACHED_OVER_HTTP = 30

# How many objects of one collection the id search tries before it gives up on a branch.
CANDIDATES = 10


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


def _objects(body: Any) -> list[dict[str, Any]]:
    """The objects of a collection answer: a list, or a cursor page's ``items``."""
    if isinstance(body, dict):
        body = body.get("items")
    return [item for item in body if isinstance(item, dict)] if isinstance(body, list) else []


def _nested(body: Any, name: str) -> list[dict[str, Any]]:
    """The objects in the lists called ``name`` anywhere in an object (a protocol's tasks are
    in its ``scenarios[].tasks``)."""
    if isinstance(body, list):
        return [found for item in body for found in _nested(item, name)]
    if not isinstance(body, dict):
        return []
    here = _objects(body.get(name)) if isinstance(body.get(name), list) else []
    return here + [
        found for key, value in body.items() if key != name for found in _nested(value, name)
    ]


def _id_of(item: dict[str, Any], parameter: str) -> str | None:
    # Objects name themselves ``id``; rows of a link table by the other side (``user_id`` for
    # a member, ``organisation_id`` for a coalition member); journey steps by their ``number``.
    for key in (parameter, "id", "number"):
        if item.get(key) is not None:
            return str(item[key])
    return None


class Finder:
    """Fills a PATCH path's ids with objects the demo user can see, found through the API."""

    def __init__(self, client: httpx.AsyncClient, demo: Demo) -> None:
        self.client = client
        self.headers = demo.headers
        self._cache: dict[str, Any] = {}

    async def _get(self, url: str) -> Any:
        if url not in self._cache:
            response = await self.client.get(url, headers=self.headers)
            self._cache[url] = response.json() if response.status_code == 200 else None
        return self._cache[url]

    async def _ids(self, collection: str, parameter: str) -> list[str]:
        """Ids for ``{parameter}`` right after ``collection``: from the collection's list, or
        from the parent object's lists of that name (``/protocols/{id}`` has its ``team``)."""
        items = _objects(await self._get(collection))
        if not items:
            parent, _, name = collection.rpartition("/")
            items = _nested(await self._get(parent), name.replace("-", "_"))
        ids = (_id_of(item, parameter) for item in items[:CANDIDATES])
        return [value for value in ids if value is not None]

    async def _urls(self, template: str) -> AsyncIterator[str]:
        """Concrete URLs of the template, depth first."""

        async def walk(done: str, rest: list[str]) -> AsyncIterator[str]:
            if not rest:
                yield done
                return
            segment, *after = rest
            values = (
                await self._ids(done, segment.strip("{}")) if segment.startswith("{") else [segment]
            )
            for value in values:
                async for url in walk(f"{done}/{value}", after):
                    yield url

        async for url in walk("", template.strip("/").split("/")):
            yield url

    async def editable(self, template: str) -> list[str]:
        """Up to ``CANDIDATES`` objects of the template that may still change: an empty PATCH
        is not refused with 409 (a de-escalated crisis protocol is kept as history)."""
        found = []
        async for url in self._urls(template):
            response = await self.client.patch(url, json={}, headers=self.headers)
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
    return {operation: await finder.editable(operation.path) for operation in patch_operations(app)}


@pytest.fixture
def finder(client: httpx.AsyncClient, demo: Demo) -> Finder:
    return Finder(client, demo)


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
