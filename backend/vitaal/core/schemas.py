"""Base of every response model: a read model is validated from the ORM row itself
(``ItemRead.model_validate(row)``), so a field added to both needs no hand-written copy.

Extras a row does not carry are ``computed_field``s on the schema or, when they need their own
query, a builder in the domain's service that passes them alongside the row
(``ItemRead.model_validate(row, context=...)`` or ``model_validate({**fields, ...})``).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True)
