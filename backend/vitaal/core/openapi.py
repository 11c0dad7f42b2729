"""The OpenAPI document says what the API really sends: every error response is
``application/problem+json`` with the ``ProblemDetail`` schema (FastAPI would document its own
``HTTPValidationError`` under ``application/json``)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from vitaal.core.errors import PROBLEM_MEDIA_TYPE, ProblemDetail

_REF = "#/components/schemas/ProblemDetail"
_FASTAPI_ERROR_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _problem_document(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    definitions = ProblemDetail.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(definitions.pop("$defs", {}))
    components["ProblemDetail"] = definitions
    for name in _FASTAPI_ERROR_SCHEMAS:
        components.pop(name, None)
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": _REF}}}
                    if status == "422":
                        response["description"] = "Invalid input: each field and the reason"
    return schema


def install_problem_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _problem_document(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
