"""Search conditions shared by the registers (stakeholders, issues, signals).

Each register keeps a case-folded ``search_text`` column (SQLite's ``lower()`` and ``LIKE``
only fold ASCII) and its tags as JSON text; these build the ``LIKE`` conditions on them the
same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, String, cast
from sqlalchemy.orm import InstrumentedAttribute

LIKE_ESCAPE = "!"


def _like(fragment: str) -> str:
    escaped = (
        fragment.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", f"{LIKE_ESCAPE}%")
        .replace("_", f"{LIKE_ESCAPE}_")
    )
    return f"%{escaped}%"


def contains_text(search_text: InstrumentedAttribute[str], q: str) -> ColumnElement[bool]:
    """The case-folded search column contains ``q`` (trimmed, case-folded, taken literally)."""
    return search_text.like(_like(q.strip().casefold()), escape=LIKE_ESCAPE)


def has_tag(tags: InstrumentedAttribute[Any], tag: str) -> ColumnElement[bool]:
    """The JSON tag list holds ``tag`` as a whole string, in the escaped form the list was
    written in, so "zorg" does not match "zorgverzekeraar"."""
    return cast(tags, String).like(_like(json.dumps(tag.strip().lower())), escape=LIKE_ESCAPE)
