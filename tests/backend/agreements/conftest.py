from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest


@dataclass
class Setting:
    """A coalition of a municipality (coordinator) and a school board (partner), with a
    partner outside Vitaal, and an outsider with a coalition of its own."""

    client: httpx.AsyncClient
    coordinator: Any
    partner_user: Any
    colleague: Any  # a second member of the school board
    outsider: Any
    coalition_id: str
    other_coalition_id: str
    municipality_partner: str
    school_partner: str
    paper_partner: str
    outsider_partner: str

    def url(self, path: str = "", coalition_id: str | None = None) -> str:
        return f"/api/v1/coalitions/{coalition_id or self.coalition_id}{path}"

    async def post(self, user: Any, path: str, body: Any, **kw: Any) -> httpx.Response:
        return await self.client.post(self.url(path, **kw), json=body, headers=user.headers)

    async def get(self, user: Any, path: str, **kw: Any) -> httpx.Response:
        return await self.client.get(self.url(path, **kw), headers=user.headers)

    async def agreement(self, content: str = "# Intentieverklaring\n\nWij willen samen.") -> Any:
        response = await self.post(
            self.coordinator,
            "/agreements",
            {
                "type": "intent_declaration",
                "title": "Intentieverklaring binnenstad",
                "content": content,
                "party_ids": [self.municipality_partner, self.school_partner, self.paper_partner],
            },
        )
        assert response.status_code == 201, response.text
        return response.json()

    async def send(self, agreement_id: str, version: int) -> Any:
        response = await self.post(
            self.coordinator,
            f"/agreements/{agreement_id}/send-for-signature",
            {"version": version},
        )
        assert response.status_code == 200, response.text
        return response.json()

    async def sign(self, user: Any, agreement_id: str, partner_id: str, version: int) -> Any:
        return await self.post(
            user,
            f"/agreements/{agreement_id}/sign-offs",
            {"partner_id": partner_id, "version": version},
        )

    async def save(self, agreement_id: str, content: str) -> httpx.Response:
        return await self.post(
            self.coordinator, f"/agreements/{agreement_id}/versions", {"content": content}
        )


async def _partner(client: httpx.AsyncClient, user: Any, coalition_id: str, **body: Any) -> str:
    response = await client.post(
        f"/api/v1/coalitions/{coalition_id}/partners", json=body, headers=user.headers
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.fixture
async def setting(client: httpx.AsyncClient, api: Any) -> Setting:
    coordinator = await api.user(name="Anne Coördinator")
    municipality = await api.organisation(coordinator, name="Gemeente Rivierstad")
    coalition = await api.coalition(coordinator, municipality["id"])
    partner_user = await api.user(name="Fatima Amrani")
    school = await api.organisation(partner_user, name="Scholengroep", kind="school")
    await api.join_coalition(coordinator, coalition["id"], partner_user, school["id"])
    colleague = await api.user(name="Karel Collega")
    invited = await client.post(
        f"/api/v1/organisations/{school['id']}/invitations",
        json={"email": colleague.email, "role": "member"},
        headers=partner_user.headers,
    )
    assert invited.status_code == 201, invited.text
    accepted = await client.post(
        f"/api/v1/invitations/{invited.json()['token']}/accept",
        headers=colleague.headers,
    )
    assert accepted.status_code == 200, accepted.text
    outsider = await api.user(name="Olaf Buiten")
    outsider_org = await api.organisation(outsider, name="Gemeente Elders")
    other = await api.coalition(outsider, outsider_org["id"], name="Andere coalitie")
    cid = coalition["id"]
    return Setting(
        client=client,
        coordinator=coordinator,
        partner_user=partner_user,
        colleague=colleague,
        outsider=outsider,
        coalition_id=cid,
        other_coalition_id=other["id"],
        municipality_partner=await _partner(
            client, coordinator, cid, organisation_id=municipality["id"]
        ),
        school_partner=await _partner(client, coordinator, cid, organisation_id=school["id"]),
        paper_partner=await _partner(client, coordinator, cid, name="Welzijn Rivierland"),
        outsider_partner=await _partner(
            client, outsider, other["id"], organisation_id=outsider_org["id"]
        ),
    )
