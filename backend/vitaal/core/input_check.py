"""Every request is read and checked before the app runs (pure ASGI, installed in main.py).

1. A body (``POST``, ``PUT``, ``PATCH``) is read up to the limit for its kind — uploads
   (``multipart/form-data``) or any other body (JSON, forms) — and answers 413 as soon as it
   is over: at once when ``Content-Length`` says so, else when the bytes that came are.
2. A body that cannot be read answers 422 on ``body``: JSON that is not JSON (``NaN`` and
   ``Infinity`` are not), bytes that are not UTF-8, a form that is not one. FastAPI would answer
   some of these 400 and some 422; here they are one documented problem.
3. The values are checked by core/validation.py — path segments, query parameters, JSON
   strings and keys, form fields — and every value it refuses is named in one 422.

Checking the request as it arrives covers every operation and every field at once — the text
rules need no schema, the range rules read the contract — and nothing (no dependency, no
handler, no query) runs on input no column can hold. The price: such a request answers 422
before authentication, as malformed JSON always did; the answer is about the caller's own
input, nothing of the data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_to_bytes

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vitaal.core.contract import Contract, Found
from vitaal.core.errors import FieldError, invalid_input_response, problem_response
from vitaal.core.validation import (
    Location,
    Ranges,
    Scan,
    field_error,
    not_unicode,
    text_error,
)

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
JSON_INVALID = "json_invalid"
FORM_INVALID = "form_invalid"
# Starlette's form parser refuses more, or larger, fields than these with a 400.
_MAX_FORM_FIELDS = 1000
_MAX_FORM_FIELD_BYTES = 1024 * 1024


@dataclass(frozen=True)
class BodyLimits:
    json: int  # bytes of any body but an upload: JSON, an urlencoded form
    upload: int  # bytes of a multipart/form-data body


class _Disconnected(Exception):  # noqa: N818 - a signal, not an error
    pass


class _TooLarge(Exception):  # noqa: N818
    pass


class _Unreadable(Exception):  # noqa: N818
    def __init__(self, error: FieldError) -> None:
        self.error = error


def _text(raw: bytes, location: Location) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unreadable(not_unicode(location)) from None


@dataclass
class _Fields:
    """Named text values (query parameters, form fields), and those that are not UTF-8."""

    values: list[tuple[Location, str]] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)

    def add(self, location: Location, raw: bytes) -> None:
        try:
            self.values.append((location, raw.decode("utf-8")))
        except UnicodeDecodeError:
            self.errors.append(not_unicode(location))


def _pairs(encoded: bytes, location: Location) -> _Fields:
    """The ``name=value`` pairs of a query string or an urlencoded form."""
    fields = _Fields()
    for part in encoded.split(b"&"):
        if not part:
            continue
        raw_name, _, raw_value = part.partition(b"=")
        try:
            name = _text(unquote_to_bytes(raw_name.replace(b"+", b" ")), location)
        except _Unreadable as unreadable:
            fields.errors.append(unreadable.error)
            continue
        fields.add((*location, name), unquote_to_bytes(raw_value.replace(b"+", b" ")))
    return fields


def _multipart_fields(body: bytes, boundary: bytes) -> _Fields:
    """The text fields of a multipart form (its files are the domain's to read)."""
    fields = _Fields()
    headers: dict[bytes, bytes] = {}
    header = [bytearray(), bytearray()]
    data = bytearray()
    is_file = False

    def on_part_begin() -> None:
        headers.clear()
        data.clear()

    def on_header_field(chunk: bytes, start: int, end: int) -> None:
        header[0] += chunk[start:end]

    def on_header_value(chunk: bytes, start: int, end: int) -> None:
        header[1] += chunk[start:end]

    def on_header_end() -> None:
        headers[bytes(header[0]).lower()] = bytes(header[1])
        header[0].clear()
        header[1].clear()

    def on_headers_finished() -> None:
        nonlocal is_file
        is_file = b"filename" in _disposition()

    def _disposition() -> dict[bytes, bytes]:
        return parse_options_header(headers.get(b"content-disposition", b""))[1]

    def on_part_data(chunk: bytes, start: int, end: int) -> None:
        if not is_file:
            data.extend(chunk[start:end])
            if len(data) > _MAX_FORM_FIELD_BYTES:
                raise _Unreadable(
                    _form_invalid(f"has a field larger than {_MAX_FORM_FIELD_BYTES} bytes")
                )

    def on_part_end() -> None:
        if is_file:
            return
        fields.add(("body", _text(_disposition().get(b"name", b""), ("body",))), bytes(data))
        if len(fields.values) + len(fields.errors) > _MAX_FORM_FIELDS:
            raise _Unreadable(_form_invalid(f"has more than {_MAX_FORM_FIELDS} fields"))

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except FormParserError as exc:
        raise _Unreadable(_form_invalid(f"is not a multipart form: {exc}")) from None
    return fields


def _form_invalid(reason: str) -> FieldError:
    return field_error(("body",), reason, FORM_INVALID)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _json(body: bytes) -> Any:
    text = _text(body, ("body",))
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        reason, context = f"is not valid JSON: {exc.msg}", {"line": exc.lineno, "column": exc.colno}
    except ValueError as exc:  # NaN or Infinity, or an integer too long to convert
        reason = str(exc) if "JSON" in str(exc) else "has a number with too many digits"
        reason, context = f"is not valid JSON: {reason}", {}
    raise _Unreadable(field_error(("body",), reason, JSON_INVALID, **context))


@dataclass
class _Body:
    """A request body as it was read, and what it holds: a JSON value, or form fields."""

    raw: bytes
    media_type: str
    value: Any = None
    fields: _Fields = field(default_factory=_Fields)


def _parse(raw: bytes, media: str, options: dict[bytes, bytes]) -> _Body:
    body = _Body(raw, media)
    if not raw:
        return body
    if media == "application/json" or media.endswith("+json"):
        body.value = _json(raw)
    elif media == "application/x-www-form-urlencoded":
        body.fields = _pairs(raw, ("body",))
    elif media == "multipart/form-data" and b"boundary" in options:
        body.fields = _multipart_fields(raw, options[b"boundary"])
    return body


async def _read(request: Request, receive: Receive, limit: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class InputCheckMiddleware:
    def __init__(self, app: ASGIApp, *, limits: BodyLimits, contract: Contract) -> None:
        self.app = app
        self.limits = limits
        self.contract = contract

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        body: _Body | None = None
        if scope["method"] in BODY_METHODS:
            media_type, options = parse_options_header(request.headers.get("content-type"))
            media = media_type.decode("latin-1").lower()
            upload = media == "multipart/form-data"
            limit = self.limits.upload if upload else self.limits.json
            try:
                body = _parse(await _read(request, receive, limit), media, options)
            except _TooLarge:
                kind = "an upload" if upload else "a request body"
                response = problem_response(
                    request,
                    status=413,
                    slug="content-too-large",
                    title="Content too large",
                    detail=f"The body is larger than {limit} bytes, the most {kind} may have.",
                )
                await response(scope, receive, send)
                return
            except _Disconnected:
                return
            except _Unreadable as unreadable:
                await invalid_input_response(request, [unreadable.error])(scope, receive, send)
                return
        errors = self._errors(scope, body)
        if errors:
            await invalid_input_response(request, errors)(scope, receive, send)
            return
        await self.app(scope, _replay(body.raw, receive) if body else receive, send)

    def _errors(self, scope: Scope, body: _Body | None) -> list[FieldError]:
        query = _pairs(scope["query_string"], ("query",))
        fields = body.fields if body else _Fields()
        scan = Scan(query.errors + fields.errors)
        for location, value in query.values + fields.values:
            scan.text(value, location)
        if body and body.value is not None:
            scan.json(body.value, ("body",))
        # A path segment's errors name the parameter it holds, which only the contract knows.
        segments = list(_path_segments(scope))
        path = Scan([])
        for index, text in segments:
            if text is not None:
                path.text(text, ("path", index))
        bad_path = bool(path.errors) or any(text is None for _, text in segments)
        needs_schema = scan.needs_schema or path.needs_schema
        if not (needs_schema or bad_path):
            return scan.errors
        found = self.contract.find(scope["method"], scope["path"])
        errors = _path_errors(segments, found) + scan.errors
        if found and needs_schema:
            errors += self._range_errors(found, query.values, body)
        return errors

    def _range_errors(
        self, found: Found, query: list[tuple[Location, str]], body: _Body | None
    ) -> list[FieldError]:
        ranges = Ranges(self.contract)
        parameters = found.operation.parameters
        errors = [
            error
            for name, value in found.path_values.items()
            for error in ranges.text(value, parameters.get(("path", name), {}), ("path", name))
        ]
        errors += [
            error
            for location, value in query
            for error in ranges.text(
                value, parameters.get(("query", str(location[-1])), {}), location
            )
        ]
        schema = found.operation.bodies.get(body.media_type) if body else None
        if body is None or schema is None:
            return errors
        if body.value is not None:
            return errors + ranges.json(body.value, schema, ("body",))
        properties = self.contract.resolve(schema).get("properties", {})
        return errors + [
            error
            for location, value in body.fields.values
            for error in ranges.text(value, properties.get(location[-1], {}), location)
        ]


def _path_errors(segments: list[tuple[int, str | None]], found: Found | None) -> list[FieldError]:
    names = found.segment_names if found else ()
    errors = []
    for index, text in segments:
        name = names[index] if index < len(names) else None
        location: Location = ("path", name) if name else ("path",)
        error = not_unicode(location) if text is None else text_error(text, location)
        if error:
            errors.append(error)
    return errors


def _path_segments(scope: Scope) -> Iterator[tuple[int, str | None]]:
    """Each segment of the path, decoded (None: not UTF-8). Some servers put the query string
    in ``raw_path`` too."""
    raw = scope.get("raw_path")
    if raw is None:
        raw = scope["path"].encode("utf-8", "surrogatepass")
    for index, segment in enumerate(raw.split(b"?", 1)[0].strip(b"/").split(b"/")):
        try:
            yield index, unquote_to_bytes(segment).decode("utf-8")
        except UnicodeDecodeError:
            yield index, None


def _replay(body: bytes, receive: Receive) -> Receive:
    """Hand the app the body that was read; after it, what the server sends (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
