"""Concrete URLs for the API's path templates, with ids found through the API itself.

The generated tests (test_patch_rule.py, test_visibility_routes.py) check every operation of a
kind without a list of ids per path: ``Finder`` fills ``/coalitions/{coalition_id}/meetings/
{meeting_id}`` from the collections one level up (``/coalitions``, then ``…/meetings``), or from
the parent object's lists of that name, as the user whose headers it has sees them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import httpx

# How many objects of one collection the id search tries before it gives up on a branch.
CANDIDATES = 10


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


def path_choices(document: dict[str, Any]) -> dict[str, list[str]]:
    """The path parameters of an OpenAPI document that name no object but one of a fixed set
    (a meeting type), with their values: the ``known`` of a ``Finder``."""
    schemas = document["components"]["schemas"]
    known: dict[str, list[str]] = {}
    for operations in document["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                if "$ref" in schema:
                    schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
                if parameter["in"] == "path" and "enum" in schema:
                    known[parameter["name"]] = [str(value) for value in schema["enum"]]
    return known


def _id_of(item: dict[str, Any], parameter: str) -> str | None:
    # Objects name themselves ``id``; rows of a link table by the other side (``user_id`` for
    # a member, ``organisation_id`` for a coalition member); journey steps by their ``number``.
    for key in (parameter, "id", "number"):
        if item.get(key) is not None:
            return str(item[key])
    return None


class Finder:
    """Fills a path template's ids with objects the user of ``headers`` can see.

    ``known`` gives the values of parameters that name no object (an enum such as a meeting
    type); they are used as they are.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        headers: dict[str, str],
        known: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.client = client
        self.headers = headers
        self.known = known or {}
        self._cache: dict[str, Any] = {}

    async def _get(self, url: str) -> Any:
        if url not in self._cache:
            response = await self.client.get(url, headers=self.headers)
            self._cache[url] = response.json() if response.status_code == 200 else None
        return self._cache[url]

    async def _ids(self, collection: str, parameter: str) -> list[str]:
        """Ids for ``{parameter}`` right after ``collection``: from the collection's list, or
        from the parent object's lists of that name (``/protocols/{id}`` has its ``team``)."""
        if parameter in self.known:
            return list(self.known[parameter])
        items = _objects(await self._get(collection))
        if not items:
            parent, _, name = collection.rpartition("/")
            items = _nested(await self._get(parent), name.replace("-", "_"))
        ids = (_id_of(item, parameter) for item in items[:CANDIDATES])
        return [value for value in ids if value is not None]

    async def urls(self, template: str) -> AsyncIterator[str]:
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

    async def first(self, template: str) -> str | None:
        """One concrete URL of the template, or None when the ids cannot be found."""
        async for url in self.urls(template):
            return url
        return None
