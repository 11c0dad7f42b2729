"""Validators for the text fields every domain has: required text and tag lists.

Used from pydantic schemas (``field_validator("title")(strip_required)`` or
``AfterValidator(strip_required)``); a ``ValueError`` becomes a 422 naming the field.
"""

from __future__ import annotations

MAX_TAG_LENGTH = 40


def strip_required(value: str) -> str:
    """The text without surrounding spaces; refused when nothing is left."""
    value = value.strip()
    if not value:
        raise ValueError("must not be blank")
    return value


def clean_tags(values: list[str]) -> list[str]:
    """Lower-cased, trimmed and without repeats, in the order given."""
    tags: list[str] = []
    for raw in values:
        tag = raw.strip().lower()
        if not tag:
            raise ValueError("a tag must not be blank")
        if len(tag) > MAX_TAG_LENGTH:
            raise ValueError(f"a tag has at most {MAX_TAG_LENGTH} characters")
        # Tag filters match the JSON text of the stored list, where these would be escaped.
        if '"' in tag or "\\" in tag or not tag.isprintable():
            raise ValueError("a tag must not contain quotes, backslashes or control characters")
        if tag not in tags:
            tags.append(tag)
    return tags
