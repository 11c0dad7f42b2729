"""PATCH bodies: only the fields the client sent change; null clears a nullable field and is
refused for the others."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from vitaal.core.errors import Unprocessable


def refuse_null(data: BaseModel, fields: Sequence[str]) -> None:
    for field in fields:
        if field in data.model_fields_set and getattr(data, field) is None:
            raise Unprocessable.field(f"body.{field}", "may not be null", "null")


def apply_sent(target: Any, data: BaseModel, fields: Sequence[str]) -> None:
    for field in fields:
        if field in data.model_fields_set:
            setattr(target, field, getattr(data, field))
