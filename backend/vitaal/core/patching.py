"""The one PATCH rule.

A field absent from the body is unchanged; ``null`` clears a nullable field; ``null`` on a field
that must always have a value is refused with the code ``not_nullable`` (422), the same code in
every domain. A PATCH body subclasses ``Patch`` and marks its always-valued fields with
``NotNull[...]``; the OpenAPI document then shows those fields without ``null`` and the generated
PATCH test (tests/backend/test_patch_rule.py) checks both halves of the rule for every operation.

    class CoalitionUpdate(Patch):
        name: NotNull[Annotated[str, Field(max_length=200)]] = None   # null → 422 not_nullable
        description: str | None = None                                  # null clears it

``apply_patch`` copies what was sent onto a row; services that need to compare old and new
values use ``sent_fields`` / ``data.model_fields_set`` instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

NOT_NULLABLE = "not_nullable"

T = TypeVar("T")


def _refuse_null(value: Any) -> Any:
    if value is None:
        raise PydanticCustomError(NOT_NULLABLE, "May not be null: leave the field out to keep it.")
    return value


class _NotNullMarker:
    """Wraps a ``T | None`` field: ``None`` as the default means "not sent", an explicit null
    in the body is refused before the field's own validation runs."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_before_validator_function(_refuse_null, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        return _without_null(json_schema)


def _without_null(json_schema: JsonSchemaValue) -> JsonSchemaValue:
    # The default ``None`` only means "not sent"; it is not a value the client may send.
    rest = {
        key: value
        for key, value in json_schema.items()
        if key != "anyOf" and not (key == "default" and value is None)
    }
    options = json_schema.get("anyOf")
    if not isinstance(options, list):
        return rest
    kept = [option for option in options if option != {"type": "null"}]
    if len(kept) == 1:
        return {**kept[0], **rest}
    return {**rest, "anyOf": kept}


def _allows_null(prop: JsonSchemaValue) -> bool:
    options = prop.get("anyOf", [prop])
    return any(
        option.get("type") == "null" or "null" in (option.get("type") or []) for option in options
    )


# ``NotNull[str]`` reads as "a string, never null; optional in a PATCH body".
NotNull = Annotated[T | None, _NotNullMarker()]


class Patch(BaseModel):
    """Base of every PATCH body (the marker for the generated PATCH-rule test and for readers)."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        properties = handler.resolve_ref_schema(json_schema).get("properties", {})
        # A field's ``default: null`` only means "not sent": where null is refused, leave it out
        # so the document does not offer a value the API answers 422 to.
        for prop in properties.values():
            if "default" in prop and prop["default"] is None and not _allows_null(prop):
                del prop["default"]
        return json_schema


def sent_fields(data: BaseModel, fields: Iterable[str] | None = None) -> dict[str, Any]:
    """The fields the client sent (optionally only those named), with their values."""
    names = data.model_fields_set if fields is None else data.model_fields_set & set(fields)
    return {name: getattr(data, name) for name in names}


def apply_patch(target: object, data: BaseModel, fields: Iterable[str] | None = None) -> set[str]:
    """Set each sent field on ``target``; returns the names of the fields that changed."""
    changed: set[str] = set()
    for name, value in sent_fields(data, fields).items():
        if getattr(target, name) != value:
            setattr(target, name, value)
            changed.add(name)
    return changed
