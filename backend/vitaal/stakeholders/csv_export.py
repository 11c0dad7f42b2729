"""The stakeholder register as a CSV file for Excel and CRM imports (pure, no I/O).

Columns, in this order:

- ``id``, ``kind``, ``name``, ``type``, ``sector``, ``region``, ``website``
- ``tags``: the tags, separated by ``, ``
- ``interests``, ``notes``
- ``contacts``: one line per contact person, ``name | role | email | phone``
- ``external_ids``: one line per id, ``system:id``
- ``archived_at``, ``created_at``, ``updated_at``: ISO 8601 in UTC; ``archived_at`` empty when
  the stakeholder is active

The file starts with a UTF-8 byte order mark: without it Excel reads the file in the local
code page and garbles Dutch characters such as ë and é. Semicolons separate the cells by
default, as Excel with Dutch regional settings expects. A cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading ``'``, so a spreadsheet shows it as
text instead of running it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Literal

from vitaal.stakeholders.schemas import StakeholderRead

BOM = "\ufeff"
COLUMNS = (
    "id",
    "kind",
    "name",
    "type",
    "sector",
    "region",
    "website",
    "tags",
    "interests",
    "notes",
    "contacts",
    "external_ids",
    "archived_at",
    "created_at",
    "updated_at",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = {"semicolon": ";", "comma": ","}

Delimiter = Literal["semicolon", "comma"]


def safe_cell(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def row(stakeholder: StakeholderRead) -> list[str]:
    contacts = "\n".join(
        " | ".join((c.name, c.role, c.email, c.phone)) for c in stakeholder.contacts
    )
    external_ids = "\n".join(f"{e.system}:{e.id}" for e in stakeholder.external_ids)
    cells = [
        str(stakeholder.id),
        stakeholder.kind.value,
        stakeholder.name,
        stakeholder.type.value,
        stakeholder.sector,
        stakeholder.region,
        stakeholder.website,
        ", ".join(stakeholder.tags),
        stakeholder.interests,
        stakeholder.notes,
        contacts,
        external_ids,
        stakeholder.archived_at.isoformat() if stakeholder.archived_at else "",
        stakeholder.created_at.isoformat(),
        stakeholder.updated_at.isoformat(),
    ]
    return [safe_cell(cell) for cell in cells]


def build_csv(stakeholders: Iterable[StakeholderRead], delimiter: Delimiter = "semicolon") -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, delimiter=DELIMITERS[delimiter], lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(stakeholder) for stakeholder in stakeholders)
    return buffer.getvalue()
