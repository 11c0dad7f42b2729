"""The rules on values no column can hold (core/validation.py), and the contract index they read
(core/contract.py), on values and a document of their own."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.core.contract import Contract
from vitaal.core.validation import (
    DATETIME_OUT_OF_RANGE,
    FINITE_NUMBER,
    INT32_MAX,
    INT32_MIN,
    INVALID_UNICODE,
    NAIVE_DATETIME,
    NULL_CHARACTER,
    Ranges,
    Scan,
    text_error,
)

PLAIN_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/things/{thing_id}": {
            "get": {"parameters": [{"in": "path", "name": "thing_id", "schema": {}}]},
            "patch": {
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                }
            },
        },
        "/things/special": {"post": {}},
        "/things/{thing_id}/versions/{number}": {
            "get": {
                "parameters": [
                    {"in": "path", "name": "thing_id", "schema": {}},
                    {"in": "path", "name": "number", "schema": {"type": "integer"}},
                    {
                        "in": "query",
                        "name": "since",
                        "schema": {
                            "anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]
                        },
                    },
                ]
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "count": {"type": "integer"},
                    "money": {"type": "integer", "minimum": 0, "maximum": 10**10},
                    "later": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    "starts_at": {"type": "string", "format": "date-time"},
                    "on": {"type": "string", "format": "date"},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "either": {
                        "anyOf": [{"type": "integer", "maximum": 10**12}, {"type": "integer"}]
                    },
                },
            },
            "Part": {"type": "object", "properties": {"position": {"type": "integer"}}},
        }
    },
}

CONTRACT = Contract(lambda: DOCUMENT)
THING = {"$ref": "#/components/schemas/Thing"}


def _codes(errors: list[Any]) -> list[tuple[str, str]]:
    return [(error.field, error.code) for error in errors]


@given(PLAIN_TEXT)
def test_unicode_text_without_nul_is_kept(text: str) -> None:
    assert text_error(text, ("body", "name")) is None


@given(PLAIN_TEXT, PLAIN_TEXT, st.sampled_from(["\x00", "\ud800", "\udfff"]))
def test_a_nul_or_a_lone_surrogate_anywhere_is_refused(before: str, after: str, bad: str) -> None:
    error = text_error(before + bad + after, ("query", "q"))
    assert error is not None
    assert error.field == "query.q"
    assert error.code == (NULL_CHARACTER if bad == "\x00" else INVALID_UNICODE)


def test_scan_names_each_bad_string_key_and_number_of_a_json_value() -> None:
    scan = Scan([])
    scan.json(
        {"name": "a\x00", "tags": ["ok", "\ud800"], "bad\x00key": 1, "x": float("inf")},
        ("body",),
    )
    assert _codes(scan.errors) == [
        ("body.name", NULL_CHARACTER),
        ("body.tags.1", INVALID_UNICODE),
        ("body.bad\x00key", NULL_CHARACTER),
        ("body.x", FINITE_NUMBER),
    ]
    assert not scan.needs_schema


@pytest.mark.parametrize(
    ("value", "needs_schema"),
    [
        (INT32_MAX, False),
        (INT32_MAX + 1, True),
        (INT32_MIN - 1, True),
        ("2147483648", True),
        ("9" * 5000, True),  # longer than Python converts
        ("2026-01-01T10:00:00+01:00", False),
        ("2026-01-01T10:00:00", True),  # a date-time only if its schema says so
        ("9999-12-31T23:59:59-14:00", True),
    ],
)
def test_scan_says_when_a_value_needs_its_schema(value: int | str, needs_schema: bool) -> None:
    scan = Scan([])
    scan.json({"value": value}, ("body",))
    assert scan.needs_schema is needs_schema
    assert not scan.errors


@given(st.integers(INT32_MIN, INT32_MAX))
def test_integers_in_the_column_range_pass(value: int) -> None:
    assert Ranges(CONTRACT).json({"count": value}, THING, ("body",)) == []


@given(st.integers(min_value=INT32_MAX + 1) | st.integers(max_value=INT32_MIN - 1))
def test_integers_beyond_the_column_range_are_refused_where_no_bound_is_stated(value: int) -> None:
    [error] = Ranges(CONTRACT).json({"count": value}, THING, ("body",))
    assert error.field == "body.count"
    if value > 0:
        assert (error.code, error.context) == ("less_than_equal", {"le": INT32_MAX})
    else:
        assert (error.code, error.context) == ("greater_than_equal", {"ge": INT32_MIN})


def test_a_field_that_states_its_bounds_keeps_them() -> None:
    # Money is stored in a BIGINT: its own maximum is pydantic's to check, not the INTEGER range.
    assert Ranges(CONTRACT).json({"money": 10**10, "either": 10**11}, THING, ("body",)) == []


def test_nullable_and_nested_integers() -> None:
    value = {"later": 2**40, "parts": [{"position": 1}, {"position": -(2**40)}]}
    assert _codes(Ranges(CONTRACT).json(value, THING, ("body",))) == [
        ("body.later", "less_than_equal"),
        ("body.parts.1.position", "greater_than_equal"),
    ]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2026-06-01T10:00:00+02:00", None),
        ("2026-06-01T10:00:00Z", None),
        ("2026-06-01T10:00:00", NAIVE_DATETIME),
        ("2026-06-01", NAIVE_DATETIME),
        ("9999-12-31T23:59:59-14:00", DATETIME_OUT_OF_RANGE),
        ("0001-01-01T00:00:00+14:00", DATETIME_OUT_OF_RANGE),
        ("not a date", None),  # pydantic's to refuse
    ],
)
def test_date_times_are_moments_that_can_be_stored(value: str, code: str | None) -> None:
    errors = Ranges(CONTRACT).json({"starts_at": value, "on": value}, THING, ("body",))
    assert _codes(errors) == ([("body.starts_at", code)] if code else [])


def test_text_parameters_are_read_as_their_schema_says() -> None:
    found = CONTRACT.find("GET", "/things/abc/versions/2147483648")
    assert found is not None
    assert found.path_values == {"thing_id": "abc", "number": "2147483648"}
    ranges = Ranges(CONTRACT)
    parameters = found.operation.parameters
    assert _codes(
        ranges.text("2147483648", parameters[("path", "number")], ("path", "number"))
    ) == [("path.number", "less_than_equal")]
    assert ranges.text("2147483647", parameters[("path", "number")], ("path", "number")) == []
    since = parameters[("query", "since")]
    assert _codes(ranges.text("2026-01-01T00:00:00", since, ("query", "since"))) == [
        ("query.since", NAIVE_DATETIME)
    ]
    # A text parameter holds digits as text.
    assert ranges.text("2147483648", {"type": "string"}, ("query", "q")) == []


def test_the_contract_finds_the_operation_routes_would_run() -> None:
    assert CONTRACT.find("POST", "/things/special") is not None
    found = CONTRACT.find("PATCH", "/things/special")  # no PATCH of its own: the template's
    assert found is not None
    assert found.path_values == {"thing_id": "special"}
    assert CONTRACT.find("DELETE", "/things/abc") is None
    assert CONTRACT.methods("/things/abc") == ["GET", "PATCH"]
    assert CONTRACT.methods("/nothing") == []
