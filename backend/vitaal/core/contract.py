"""The OpenAPI document as an index: which documented operation a request names, and the
schemas of its parameters and body.

The document is the contract (core/openapi.py), so the rules that read it (core/validation.py:
an integer without a stated maximum holds what a database INTEGER holds) apply to every
operation as it is documented, and a wrong method is told apart from a wrong path (main.py).
The index is built on first use: generating the document takes a while, and most requests
never need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

Schema = dict[str, Any]


@dataclass(frozen=True)
class Operation:
    parameters: Mapping[tuple[str, str], Schema]  # (location, name) → schema
    bodies: Mapping[str, Schema]  # media type → schema


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    names: tuple[str | None, ...]  # per path segment: the parameter it holds, or None
    operations: Mapping[str, Operation]  # by upper-case method


@dataclass(frozen=True)
class Found:
    operation: Operation
    segment_names: tuple[str | None, ...]
    path_values: Mapping[str, str]


def _template(path: str, methods: Mapping[str, Any]) -> _Template:
    segments = path.strip("/").split("/")
    names = tuple(s[1:-1] if s.startswith("{") and s.endswith("}") else None for s in segments)
    regex = "".join(
        "/([^/]+)" if name else "/" + re.escape(segment)
        for segment, name in zip(segments, names, strict=True)
    )
    operations = {
        method.upper(): Operation(
            parameters={
                (p["in"], p["name"]): p.get("schema", {}) for p in op.get("parameters", [])
            },
            bodies={
                media: content.get("schema", {})
                for media, content in op.get("requestBody", {}).get("content", {}).items()
            },
        )
        for method, op in methods.items()
    }
    return _Template(re.compile(f"^{regex}$"), names, operations)


class Contract:
    def __init__(self, document: Callable[[], Mapping[str, Any]]) -> None:
        self._document = document

    @cached_property
    def _index(self) -> tuple[list[_Template], Mapping[str, Schema]]:
        document = self._document()
        templates = [_template(path, methods) for path, methods in document["paths"].items()]
        return templates, document.get("components", {}).get("schemas", {})

    def find(self, method: str, path: str) -> Found | None:
        """The operation the router will run for this request (the first documented path that
        fits and has the method, as routes are matched in order), or None."""
        for template in self._index[0]:
            operation = template.operations.get(method)
            match = template.pattern.match(path) if operation else None
            if operation and match:
                values = iter(match.groups())
                return Found(
                    operation,
                    template.names,
                    {name: next(values) for name in template.names if name},
                )
        return None

    def methods(self, path: str) -> list[str]:
        """The methods documented for a path, whatever its ids."""
        return sorted(
            {method for t in self._index[0] if t.pattern.match(path) for method in t.operations}
        )

    def resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self._index[1][schema["$ref"].rsplit("/", 1)[-1]]
        return schema
