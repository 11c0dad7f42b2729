from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest


@dataclass
class Coalitions:
    """Coalition A with a coordinator, a partner organisation's user and two partners; coalition
    B with a coordinator of its own, who must see nothing of A."""

    coordinator: Any
    member: Any
    cid: str
    partner_x: str
    partner_y: str
    outsider: Any
    other_cid: str
    other_partner: str

    def url(self, path: str = "") -> str:
        return f"/api/v1/coalitions/{self.cid}{path}"


async def _partner(client: httpx.AsyncClient, user: Any, cid: str, **body: Any) -> str:
    response = await client.post(
        f"/api/v1/coalitions/{cid}/partners", json=body, headers=user.headers
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.fixture
async def world(client: httpx.AsyncClient, api: Any) -> Coalitions:
    coordinator = await api.user(name="Anne de Vries")
    municipality = await api.organisation(coordinator, name="Gemeente Rivierstad")
    coalition = await api.coalition(coordinator, municipality["id"])
    member = await api.user(name="Fatima Amrani")
    school = await api.organisation(member, name="Scholengroep Binnenstad", kind="school")
    await api.join_coalition(coordinator, coalition["id"], member, school["id"])
    x = await _partner(client, coordinator, coalition["id"], organisation_id=school["id"])
    y = await _partner(client, coordinator, coalition["id"], name="Welzijn Rivierland")
    outsider = await api.user(name="Buiten Staander")
    other_org = await api.organisation(outsider, name="Gemeente Elders")
    other = await api.coalition(outsider, other_org["id"], name="Andere coalitie")
    other_partner = await _partner(client, outsider, other["id"], name="Elders BV")
    return Coalitions(
        coordinator=coordinator,
        member=member,
        cid=coalition["id"],
        partner_x=x,
        partner_y=y,
        outsider=outsider,
        other_cid=other["id"],
        other_partner=other_partner,
    )
