"""Values no column can hold, refused with the field they are in, for every operation at once.

Two kinds of rule, both run on the request as it arrives (core/input_check.py), before any
dependency or handler sees it:

- **Text** that no database stores the same way: NUL characters (PostgreSQL refuses them,
  SQLite keeps them) and text that is not Unicode (lone surrogates, bytes that are not UTF-8),
  anywhere — JSON strings and keys, query and form values, path segments. JSON numbers must be
  finite. These need no schema.
- **Ranges** from the contract (core/contract.py): an integer whose schema states no maximum
  (or minimum) holds what a PostgreSQL ``INTEGER`` holds; a field that states its own bounds
  (money in a ``BIGINT``) keeps them. A date-time has a time zone offset (RFC 3339) and is a
  moment in UTC's years 1 to 9999, where it is stored.

A schema's own limits (``maxLength``, ``maximum``, formats, enums) stay pydantic's to check.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vitaal.core.contract import Contract, Schema
from vitaal.core.errors import FieldError

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1

NULL_CHARACTER = "null_character"
INVALID_UNICODE = "invalid_unicode"
FINITE_NUMBER = "finite_number"
NAIVE_DATETIME = "naive_datetime"
DATETIME_OUT_OF_RANGE = "datetime_out_of_range"

Location = tuple[str | int, ...]

_SURROGATE = re.compile("[\ud800-\udfff]")
_INTEGER = re.compile(r"\s*[+-]?\d+\s*")
# Longer than any integer a column holds, and short enough to convert without Python's limit.
_MAX_DIGITS = 30


def field_error(location: Location, reason: str, code: str, **context: int) -> FieldError:
    return FieldError(
        field=".".join(str(part) for part in location),
        reason=reason,
        code=code,
        context=context or None,
    )


def text_error(text: str, location: Location) -> FieldError | None:
    if "\x00" in text:
        return field_error(location, "must not contain NUL characters (\\u0000)", NULL_CHARACTER)
    if _SURROGATE.search(text):
        return field_error(
            location, "is not valid Unicode text (a lone surrogate)", INVALID_UNICODE
        )
    return None


def not_unicode(location: Location) -> FieldError:
    return field_error(
        location, "is not valid Unicode text (bytes that are not UTF-8)", INVALID_UNICODE
    )


@dataclass
class Scan:
    """What the text rules found in a request, and whether a value needs its schema: an integer
    beyond the ``INTEGER`` range or a date-time that cannot be stored (most requests have none,
    so the contract is not consulted for them)."""

    errors: list[FieldError]
    needs_schema: bool = False

    def json(self, value: Any, location: Location) -> None:
        """A parsed JSON value: its strings, keys and numbers."""
        if isinstance(value, str):
            self.text(value, location)
        elif isinstance(value, float):
            if not math.isfinite(value):
                self.errors.append(field_error(location, "must be a finite number", FINITE_NUMBER))
        elif isinstance(value, int) and not isinstance(value, bool):
            self.needs_schema |= not INT32_MIN <= value <= INT32_MAX
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.json(item, (*location, index))
        elif isinstance(value, dict):
            for key, item in value.items():
                self.text(key, (*location, key))
                self.json(item, (*location, key))

    def text(self, text: str, location: Location) -> None:
        """A string as it arrived (a JSON string, a query or form value, a path segment)."""
        error = text_error(text, location)
        if error:
            self.errors.append(error)
        elif _INTEGER.fullmatch(text):
            self.needs_schema |= not INT32_MIN <= _integer(text) <= INT32_MAX
        elif _datetime_error(text, location):
            self.needs_schema = True


def _integer(text: str) -> int:
    """The integer a text names; beyond the ``INTEGER`` range when it has more digits than any
    column holds (Python refuses to convert very long ones)."""
    text = text.strip()
    if len(text.lstrip("+-")) <= _MAX_DIGITS:
        return int(text)
    return INT32_MIN - 1 if text.startswith("-") else INT32_MAX + 1


def _datetime_error(text: str, location: Location) -> FieldError | None:
    """Why a date-time text cannot be stored, if it is one (other texts are pydantic's)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.utcoffset() is None:
        return field_error(location, "needs a time zone offset", NAIVE_DATETIME)
    try:
        moment.astimezone(UTC)
    except OverflowError:
        return field_error(location, "is outside the years 1 to 9999 in UTC", DATETIME_OUT_OF_RANGE)
    return None


def _integer_error(value: int, schema: Schema, location: Location) -> FieldError | None:
    bounded_above = "maximum" in schema or "exclusiveMaximum" in schema
    bounded_below = "minimum" in schema or "exclusiveMinimum" in schema
    if not bounded_above and value > INT32_MAX:
        return field_error(
            location,
            f"Input should be less than or equal to {INT32_MAX}",
            "less_than_equal",
            le=INT32_MAX,
        )
    if not bounded_below and value < INT32_MIN:
        return field_error(
            location,
            f"Input should be greater than or equal to {INT32_MIN}",
            "greater_than_equal",
            ge=INT32_MIN,
        )
    return None


def _types(schema: Schema) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return set(kind)
    if kind:
        return {kind}
    if "properties" in schema or "additionalProperties" in schema:
        return {"object"}
    if "items" in schema or "prefixItems" in schema:
        return {"array"}
    return set()  # anything


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class Ranges:
    """The range rules on values, by the schemas the contract gives them."""

    def __init__(self, contract: Contract) -> None:
        self.contract = contract

    def _options(self, schema: Schema) -> Iterator[Schema]:
        """The schema, or each schema of its ``anyOf``/``oneOf``, resolved."""
        schema = self.contract.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if not options:
            yield schema
            return
        for option in options:
            yield from self._options(option)

    @staticmethod
    def _first_of_options(
        fits: list[Schema], errors_of: Callable[[Schema], list[FieldError]]
    ) -> list[FieldError]:
        """A value that one of its schemas takes without a range error has none; else the
        errors by the first schema that fits."""
        found = [errors_of(option) for option in fits]
        return [] if not found or any(not errors for errors in found) else found[0]

    def json(self, value: Any, schema: Schema, location: Location) -> list[FieldError]:
        """Range errors in a parsed JSON value."""
        kind = _json_type(value)
        fits = [
            option
            for option in self._options(schema)
            if not _types(option)
            or kind in _types(option)
            or (kind == "integer" and "number" in _types(option))
        ]
        return self._first_of_options(fits, lambda option: self._json_one(value, option, location))

    def _json_one(self, value: Any, schema: Schema, location: Location) -> list[FieldError]:
        errors = [e for sub in schema.get("allOf", []) for e in self.json(value, sub, location)]
        if isinstance(value, int) and not isinstance(value, bool) and "integer" in _types(schema):
            error = _integer_error(value, schema, location)
        elif isinstance(value, str) and schema.get("format") == "date-time":
            error = _datetime_error(value, location)
        elif isinstance(value, list):
            items = schema.get("items", {})
            return errors + [
                e
                for index, item in enumerate(value)
                for e in self.json(item, items, (*location, index))
            ]
        elif isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            return errors + [
                e
                for key, item in value.items()
                if (sub := properties.get(key, extra if isinstance(extra, dict) else None))
                is not None
                for e in self.json(item, sub, (*location, key))
            ]
        else:
            error = None
        return errors + ([error] if error else [])

    def text(self, text: str, schema: Schema, location: Location) -> list[FieldError]:
        """Range errors in a string parameter (path, query, form), which pydantic reads as the
        type its schema gives."""
        fits = [option for option in self._options(schema) if _types(option) != {"null"}]
        return self._first_of_options(fits, lambda option: self._text_one(text, option, location))

    def _text_one(self, text: str, schema: Schema, location: Location) -> list[FieldError]:
        if "array" in _types(schema):  # a repeated query parameter: each value is one item
            return self.text(text, schema.get("items", {}), location)
        error = None
        if "integer" in _types(schema) and _INTEGER.fullmatch(text):
            error = _integer_error(_integer(text), schema, location)
        elif schema.get("format") == "date-time":
            error = _datetime_error(text, location)
        return [error] if error else []
