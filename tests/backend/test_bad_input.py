"""No input makes a 500: bad values in every field of every operation, as the OpenAPI document
describes them, answer 4xx problem+json and store nothing.

The rules are in backend/vitaal/core/validation.py and core/input_check.py (text no column
holds, integers and date-times beyond what is stored, bodies too large or unreadable) and in each
schema (``maxLength``, bounds, choices); this is their generated check, so a new operation or
field is swept without anyone writing a test for it.

For every operation and every text, enum, number, date and date-time field of its path, query
and body (nested objects and lists included), each **bad** kind of value — NUL characters, lone
surrogates (bytes that are not UTF-8 where the value travels in a URL or a form), one character
more than ``maxLength``, numbers just beyond the bounds the field states or the ``INTEGER``
range, date-times that cannot be stored in UTC — must answer 4xx problem+json, and a 422 must
name the field. The fields of one kind are sent together, on the demo data with ids found
through the API (route_ids.py): each answer names the bad fields it refuses, and the others are
sent again, so a request per operation and kind is usual. Afterwards the database must be what
it was.

Then each **extreme** but valid kind — the longest text ``maxLength`` allows, the first and last
dates and date-times, the ends of the integer range, cursors made by hand — must never answer
500: that is where a column shorter than its schema, or date arithmetic past the year 9999,
shows.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
from fastapi import FastAPI
from route_ids import Finder, path_choices
from situations import Demo
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from vitaal.core.validation import INT32_MAX, INT32_MIN
from vitaal.models import Base

PLACEHOLDER_ID = "0190f000-0000-7000-8000-000000000000"
# Checks of bad values met by another refusal first (the end of the test says which).
UNVERIFIED = 13
Location = tuple[str | int, ...]


@dataclass(frozen=True, eq=False)  # one per field: a key by identity
class Field:
    where: str  # path, query or body
    path: Location  # the parameter's name, or where the value sits in the body
    schema: dict[str, Any]  # resolved, without its null option

    @property
    def name(self) -> str:
        return ".".join(str(part) for part in (self.where, *self.path))


@dataclass(frozen=True)
class Kind:
    name: str
    value: Callable[[Field], Any]  # None: the kind does not apply to the field


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def _is_text(schema: dict[str, Any]) -> bool:
    return "string" in _types(schema) and schema.get("format") != "binary"


def _plain_text(schema: dict[str, Any]) -> bool:
    return _is_text(schema) and "format" not in schema and "enum" not in schema


def _max_length(f: Field) -> int | None:
    return f.schema.get("maxLength") if _plain_text(f.schema) else None


def _too_long(f: Field) -> str | None:
    if "enum" in f.schema:
        return "x" * (max(len(str(choice)) for choice in f.schema["enum"]) + 1)
    length = _max_length(f)
    return None if length is None else "x" * (length + 1)


def _longest(f: Field) -> str | None:
    length = _max_length(f)
    return None if length is None else "x" * length


def _beyond(f: Field, end: str) -> int | float | None:
    """Just beyond the bound the field states at ``end`` (maximum or minimum); an integer that
    states none, just beyond the ``INTEGER`` range."""
    step = 1 if end == "maximum" else -1
    exclusive = "exclusiveMaximum" if end == "maximum" else "exclusiveMinimum"
    if exclusive in f.schema:
        return f.schema[exclusive]
    if "integer" in _types(f.schema):
        return f.schema.get(end, INT32_MAX if step > 0 else INT32_MIN) + step
    if "number" in _types(f.schema) and end in f.schema:
        return f.schema[end] + step
    return None


def _end(f: Field, end: str) -> int | float | None:
    """The bound the field states at ``end``; for an integer that states none, the ``INTEGER``
    range's."""
    if "integer" in _types(f.schema):
        return f.schema.get(end, INT32_MAX if end == "maximum" else INT32_MIN)
    return f.schema.get(end) if "number" in _types(f.schema) else None


def _first_of(*values: Callable[[Field], Any]) -> Callable[[Field], Any]:
    """One kind for fields of several types: the first value that applies to the field."""
    return lambda f: next((v for value in values if (v := value(f)) is not None), None)


def _date_time(value: str) -> Callable[[Field], str | None]:
    return lambda f: value if f.schema.get("format") == "date-time" else None


def _date(value: str) -> Callable[[Field], str | None]:
    return lambda f: value if f.schema.get("format") == "date" else None


def _cursor(raw: bytes) -> Callable[[Field], str | None]:
    text = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return lambda f: text if f.where == "query" and f.path == ("cursor",) else None


BAD = [
    Kind("NUL character", lambda f: "a\x00b" if _is_text(f.schema) else None),
    Kind("lone surrogate", lambda f: "a\ud800b" if _is_text(f.schema) else None),
    Kind(
        "too large",
        _first_of(
            _too_long,
            lambda f: _beyond(f, "maximum"),
            _date_time("9999-12-31T23:59:59-14:00"),  # 10000-01-01 in UTC
        ),
    ),
    Kind(
        "too small",
        _first_of(lambda f: _beyond(f, "minimum"), _date_time("0001-01-01T00:00:00+14:00")),
    ),
    Kind("date-time without offset", _date_time("2030-01-01T09:00:00")),
]

# Cursors of the other kind of list, and a dated one on the last day; foreign bytes and bad
# days are refused by decoding alone (tests/backend/core/test_dated_pagination.py).
DAY_ID = uuid.UUID(PLACEHOLDER_ID).hex
EXTREME = [
    Kind(
        "largest",
        _first_of(
            _longest,
            lambda f: _end(f, "maximum"),
            _date("9999-12-31"),
            _date_time("9999-12-31T23:59:59Z"),
        ),
    ),
    Kind(
        "smallest",
        _first_of(
            lambda f: _end(f, "minimum"), _date("0001-01-01"), _date_time("0001-01-01T00:00:00Z")
        ),
    ),
    Kind("cursor of a list by id", _cursor(bytes(16))),
    Kind("dated cursor without a day", _cursor(f".{DAY_ID}".encode())),
    Kind("dated cursor on the last day", _cursor(f"9999-12-31.{DAY_ID}".encode())),
]


# --- the operations and their fields, from the document ---------------------------------------


@dataclass
class Operation:
    method: str
    template: str
    fields: list[Field]
    media: str | None  # the body's media type
    example: Any  # the body's first example: the valid body extreme values are put in
    required_query: dict[str, str]  # valid values for the query parameters a request needs
    url_values: dict[str, str] = field(default_factory=dict)  # path values that exist


class Document:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas = document["components"]["schemas"]

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def _value_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema of a value that is not null: the first other option of an ``anyOf``."""
        schema = self.resolve(schema)
        for option in schema.get("anyOf", schema.get("oneOf", [])):
            if self.resolve(option).get("type") != "null":
                return self._value_schema(option)
        return schema

    def body_fields(
        self, schema: dict[str, Any], path: Location = (), depth: int = 0
    ) -> Iterator[Field]:
        schema = self._value_schema(schema)
        if "object" in _types(schema) or "properties" in schema:
            if depth < 5:
                for name, sub in schema.get("properties", {}).items():
                    yield from self.body_fields(sub, (*path, name), depth + 1)
        elif "array" in _types(schema):
            yield from self.body_fields(schema.get("items", {}), (*path, 0), depth + 1)
        else:
            yield Field("body", path, schema)

    def operations(self) -> list[Operation]:
        found = []
        for template, methods in self.document["paths"].items():
            for method, operation in methods.items():
                fields = []
                required_query = {}
                for parameter in operation.get("parameters", []):
                    if parameter["in"] not in ("path", "query"):
                        continue
                    schema = self._value_schema(parameter["schema"])
                    fields.append(Field(parameter["in"], (parameter["name"],), schema))
                    if parameter["in"] == "query" and parameter.get("required"):
                        required_query[parameter["name"]] = _valid(schema)
                media, example = None, None
                content = operation.get("requestBody", {}).get("content", {})
                if content:
                    media, body = next(iter(content.items()))
                    fields += self.body_fields(body["schema"])
                    examples = self.resolve(body["schema"]).get("examples") or [{}]
                    example = examples[0]
                found.append(
                    Operation(
                        method.upper(),
                        template,
                        fields,
                        media,
                        example,
                        required_query,
                    )
                )
        return found


def _valid(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return str(schema["enum"][0])
    if "integer" in _types(schema):
        return str(schema.get("minimum", 1))
    return {"uuid": PLACEHOLDER_ID, "date": "2026-01-01"}.get(schema.get("format", ""), "x")


# --- requests ----------------------------------------------------------------------------------


def _url_text(value: Any) -> str:
    # A lone surrogate has no UTF-8 form: in a URL or a form it travels as the bytes it would
    # have (CESU-8), which are not UTF-8.
    return quote(str(value).encode("utf-8", "surrogatepass"), safe="")


def _put(body: Any, path: Location, value: Any) -> Any:
    """``body`` with ``value`` at ``path``, the objects and lists on the way made as needed."""
    if not path:
        return value
    head, *rest = path
    if isinstance(head, int):
        items = body if isinstance(body, list) and body else [{}]
        items = copy.copy(items)
        items[0] = _put(items[0] if rest else None, tuple(rest), value)
        return items
    body = dict(body) if isinstance(body, dict) else {}
    body[head] = _put(body.get(head), tuple(rest), value)
    return body


async def _send(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    operation: Operation,
    values: dict[Field, Any],
    base_body: Any,
) -> httpx.Response:
    path = operation.url_values | {
        str(f.path[0]): v for f, v in values.items() if f.where == "path"
    }
    segments = [
        _url_text(path[segment.strip("{}")]) if segment.startswith("{") else segment
        for segment in operation.template.strip("/").split("/")
    ]
    query = dict(operation.required_query)
    query.update({str(f.path[0]): v for f, v in values.items() if f.where == "query"})
    url = "/" + "/".join(segments)
    if query:
        url += "?" + "&".join(f"{_url_text(k)}={_url_text(v)}" for k, v in query.items())
    body = base_body
    for f, value in values.items():
        if f.where == "body":
            body = _put(body, f.path, value)
    request: dict[str, Any] = {}
    if operation.media == "application/json":
        request["content"] = json.dumps(body).encode()
        request["headers"] = {**headers, "content-type": "application/json"}
    elif operation.media == "application/x-www-form-urlencoded":
        request["content"] = "&".join(f"{_url_text(k)}={_url_text(v)}" for k, v in body.items())
        request["headers"] = {**headers, "content-type": operation.media}
    elif operation.media == "multipart/form-data":
        request["data"] = {k: str(v).encode("utf-8", "surrogatepass") for k, v in body.items()}
        request["files"] = {"file": ("feed.xml", b"<rss version='2.0'><channel/></rss>")}
        request["headers"] = headers
    else:
        request["headers"] = headers
    return await client.request(operation.method, url, **request)


def _names(response: httpx.Response, fields: list[Field]) -> list[Field]:
    """The fields a 422 names (an error on a list names the field it is in)."""
    if response.status_code != 422:
        return []
    named = [e["field"] for e in response.json().get("errors") or []]
    return [f for f in fields if any(f.name == n or f.name.startswith(n + ".") for n in named)]


def _is_problem(response: httpx.Response) -> bool:
    return response.headers.get("content-type") == "application/problem+json"


@dataclass
class Sweep:
    client: httpx.AsyncClient
    headers: dict[str, str]
    cases: int = 0  # fields and the kind of value each was sent
    requests: int = 0
    broken: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)

    async def send(
        self, operation: Operation, values: dict[Field, Any], base: Any
    ) -> httpx.Response:
        self.requests += 1
        return await _send(self.client, self.headers, operation, values, base)

    async def check(self, operation: Operation, kind: Kind, *, bad: bool) -> None:
        """The fields of one kind, sent together until each is named or an answer names none.

        Bad values must answer 4xx; extreme ones anything but 5xx. A 4xx is problem+json."""
        pending = {f: v for f in operation.fields if (v := kind.value(f)) is not None}
        self.cases += len(pending)
        # A PATCH changes what it is given; anything else starts from its documented example.
        base = {} if operation.method == "PATCH" else operation.example
        label = f"{operation.method} {operation.template} [{kind.name}]"
        while pending:
            response = await self.send(operation, pending, base)
            refused = 400 <= response.status_code < 500
            if response.status_code >= 500 or (bad and not refused):
                await self._blame(operation, pending, base, label, response)
                return
            if refused and not _is_problem(response):
                self.broken.append(f"{label}: {response.status_code} is not problem+json")
                return
            named = _names(response, list(pending))
            if not named:
                if bad:
                    fields = ", ".join(f.name for f in pending)
                    self.unverified.append(f"{label}: {response.status_code} for {fields}")
                return
            for f in named:
                del pending[f]

    async def _blame(
        self,
        operation: Operation,
        values: dict[Field, Any],
        base: Any,
        label: str,
        response: httpx.Response,
    ) -> None:
        """Which of the fields sent together fails alone."""
        culprits = [
            f.name
            for f, value in values.items()
            if len(values) == 1 or (await self.send(operation, {f: value}, base)).status_code >= 500
        ]
        self.broken.append(
            f"{label}: {response.status_code} for {', '.join(culprits) or 'the fields together'}"
            f": {response.text[:160]}"
        )


async def _fingerprint(engine: AsyncEngine) -> dict[str, str]:
    """A digest of every table's rows."""
    digests = {}
    async with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = sorted(repr(tuple(row)) for row in await connection.execute(select(table)))
            digests[table.name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return digests


async def _located(client: httpx.AsyncClient, demo: Demo, app: FastAPI) -> list[Operation]:
    """The operations with the demo objects their paths name (placeholders where none)."""
    document = app.openapi()
    operations = Document(document).operations()
    finder = Finder(client, demo.headers, path_choices(document))
    for operation in operations:
        url = await finder.first(operation.template)
        found = url.strip("/").split("/") if url else []
        parameters = {f.path[0]: f for f in operation.fields if f.where == "path"}
        for index, segment in enumerate(operation.template.strip("/").split("/")):
            if segment.startswith("{"):
                name = segment.strip("{}")
                operation.url_values[name] = (
                    found[index] if url else _valid(parameters[name].schema)
                )
    return operations


async def test_no_input_answers_500(
    client: httpx.AsyncClient, demo: Demo, app: FastAPI, engine: AsyncEngine
) -> None:
    started = time.monotonic()
    operations = await _located(client, demo, app)
    before = await _fingerprint(engine)
    bad = Sweep(client, demo.headers)
    for operation in operations:
        for kind in BAD:
            await bad.check(operation, kind, bad=True)
    changed = [
        name for name, digest in (await _fingerprint(engine)).items() if digest != before[name]
    ]

    extreme = Sweep(client, demo.headers)
    # No removals: they would take away the demo objects the later operations change.
    for operation in operations:
        if operation.method != "DELETE":
            for kind in EXTREME:
                await extreme.check(operation, kind, bad=False)
    print(
        f"\n{len(operations)} operations; {bad.cases} bad values in {bad.requests} requests, "
        f"{extreme.cases} extreme ones in {extreme.requests}; {time.monotonic() - started:.1f} s"
    )

    assert not bad.broken, "bad values not refused with 4xx problem+json:\n" + "\n".join(bad.broken)
    assert not changed, f"refused requests changed the tables {changed}"
    assert not extreme.broken, "extreme values that answered 5xx:\n" + "\n".join(extreme.broken)
    # Fields whose bad values met another refusal first (an object that is closed, or that the
    # demo data lacks), so the answer could not name them. The number may shrink, never grow.
    assert len(bad.unverified) <= UNVERIFIED, "\n".join(bad.unverified)
