from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime

import pytest

from vitaal.stakeholders.csv_export import COLUMNS, build_csv, safe_cell
from vitaal.stakeholders.models import StakeholderKind, StakeholderType
from vitaal.stakeholders.schemas import ContactPerson, ExternalId, StakeholderRead

CREATED = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def _stakeholder(**fields: object) -> StakeholderRead:
    values: dict[str, object] = {
        "id": uuid.UUID("0193a1b2-0000-7000-8000-000000000001"),
        "organisation_id": uuid.UUID("0193a1b2-0000-7000-8000-000000000002"),
        "kind": StakeholderKind.organisation,
        "name": "Coöperatie Ëlst",
        "type": StakeholderType.business,
        "sector": "Landbouw",
        "region": "Gelderland",
        "website": "https://elst.example/",
        "contacts": [],
        "tags": [],
        "interests": "",
        "notes": "",
        "external_ids": [],
        "archived_at": None,
        "created_at": CREATED,
        "updated_at": CREATED,
    }
    values.update(fields)
    return StakeholderRead.model_validate(values)


def _parse(text: str, delimiter: str = ";") -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=delimiter))


def test_header_only_for_no_stakeholders() -> None:
    assert _parse(build_csv([])) == [list(COLUMNS)]


def test_one_row_per_stakeholder_with_lists_flattened() -> None:
    stakeholder = _stakeholder(
        tags=["zorg", "café"],
        contacts=[
            ContactPerson(name="Jan", role="Voorzitter", email="jan@elst.example", phone="06 1"),
            ContactPerson(name="Els; Bakker"),
        ],
        external_ids=[ExternalId(system="afas", id="7"), ExternalId(system="hubspot", id="9")],
        notes='Zegt: "ja"\nen nog iets',
        archived_at=CREATED,
    )
    header, row = _parse(build_csv([stakeholder]))
    cells = dict(zip(header, row, strict=True))
    assert cells == {
        "id": "0193a1b2-0000-7000-8000-000000000001",
        "kind": "organisation",
        "name": "Coöperatie Ëlst",
        "type": "business",
        "sector": "Landbouw",
        "region": "Gelderland",
        "website": "https://elst.example/",
        "tags": "zorg, café",
        "interests": "",
        "notes": 'Zegt: "ja"\nen nog iets',
        "contacts": "Jan | Voorzitter | jan@elst.example | 06 1\nEls; Bakker |  |  | ",
        "external_ids": "afas:7\nhubspot:9",
        "archived_at": "2026-11-24T09:30:00+00:00",
        "created_at": "2026-11-24T09:30:00+00:00",
        "updated_at": "2026-11-24T09:30:00+00:00",
    }


def test_comma_delimiter_and_crlf_lines() -> None:
    text = build_csv([_stakeholder(), _stakeholder(name="Tweede")], delimiter="comma")
    assert text.count("\r\n") == 3
    assert [r[2] for r in _parse(text, ",")[1:]] == ["Coöperatie Ëlst", "Tweede"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+31 38 123", "'+31 38 123"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Gewoon = tekst", "Gewoon = tekst"),
        ("", ""),
    ],
)
def test_safe_cell(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


def test_formula_cells_are_neutralised_in_every_column() -> None:
    stakeholder = _stakeholder(
        name="=1+1",
        sector="@SUM(1)",
        tags=["-2"],
        contacts=[ContactPerson(name="+Jan")],
        external_ids=[ExternalId(system="=crm", id="1")],
    )
    row = _parse(build_csv([stakeholder]))[1]
    cells = dict(zip(COLUMNS, row, strict=True))
    for column in ("name", "sector", "tags", "contacts", "external_ids"):
        assert cells[column].startswith("'"), column
