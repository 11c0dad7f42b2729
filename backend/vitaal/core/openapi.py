"""The OpenAPI document says what the API really sends: every error response is
``application/problem+json`` with the ``ProblemDetail`` schema (FastAPI would document its own
``HTTPValidationError`` under ``application/json``), and every operation lists the problems
core/input_check.py answers for any of them: 422 for input no field can hold (a NUL in a query
parameter, say), and 413 where a body is read."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from vitaal.core.errors import PROBLEM_MEDIA_TYPE, ProblemDetail, problem_responses
from vitaal.core.input_check import BODY_METHODS

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
        for method, operation in operations.items():
            checked = (413, 422) if method.upper() in BODY_METHODS else (422,)
            responses = operation.setdefault("responses", {})
            for status, response in problem_responses(*checked).items():
                responses.setdefault(str(status), response)
            operation["responses"] = dict(sorted(responses.items()))
            for status, response in operation["responses"].items():
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
