"""Tob-3 fixtures: an association with an owner and two plain members, and an outsider."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest


@dataclass
class Association:
    client: httpx.AsyncClient
    owner: Any
    member: Any
    second: Any
    outsider: Any
    org_id: str
    other_org_id: str

    def url(self, path: str, org_id: str | None = None) -> str:
        return f"/api/v1/organisations/{org_id or self.org_id}{path}"


async def _join(client: httpx.AsyncClient, owner: Any, org_id: str, user: Any) -> None:
    invited = await client.post(
        f"/api/v1/organisations/{org_id}/invitations",
        json={"email": user.email, "role": "member"},
        headers=owner.headers,
    )
    assert invited.status_code == 201, invited.text
    accepted = await client.post(
        f"/api/v1/invitations/{invited.json()['token']}/accept", headers=user.headers
    )
    assert accepted.status_code == 200, accepted.text


@pytest.fixture
async def assoc(client: httpx.AsyncClient, api: Any) -> Association:
    owner = await api.user(name="Anouk Jansen")
    organisation = await api.organisation(
        owner, name="Ondernemersvereniging Binnenstad", kind="trade_association"
    )
    member = await api.user(name="Bram de Vries")
    second = await api.user(name="Chantal Smit")
    for user in (member, second):
        await _join(client, owner, organisation["id"], user)
    outsider = await api.user(name="Olaf Buiten")
    other = await api.organisation(outsider, name="Gemeente Elders")
    return Association(client, owner, member, second, outsider, organisation["id"], other["id"])
