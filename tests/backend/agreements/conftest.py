from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from situations import Api, User


@dataclass
class Setting:
    """A coalition of a municipality (coordinator) and a school board (partner), with a
    partner outside Vitaal, and an outsider with a coalition of its own."""

    client: httpx.AsyncClient
    coordinator: User
    partner_user: User
    colleague: User  # a second member of the school board
    outsider: User
    coalition_id: str
    other_coalition_id: str
    municipality_partner: str
    school_partner: str
    paper_partner: str
    outsider_partner: str

    def url(self, path: str = "", coalition_id: str | None = None) -> str:
        return f"/api/v1/coalitions/{coalition_id or self.coalition_id}{path}"

    async def post(self, user: User, path: str, body: Any, **kw: Any) -> httpx.Response:
        return await self.client.post(self.url(path, **kw), json=body, headers=user.headers)

    async def get(self, user: User, path: str, **kw: Any) -> httpx.Response:
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

    async def sign(self, user: User, agreement_id: str, partner_id: str, version: int) -> Any:
        return await self.post(
            user,
            f"/agreements/{agreement_id}/sign-offs",
            {"partner_id": partner_id, "version": version},
        )

    async def save(self, agreement_id: str, content: str) -> httpx.Response:
        return await self.post(
            self.coordinator, f"/agreements/{agreement_id}/versions", {"content": content}
        )


@pytest.fixture
async def setting(client: httpx.AsyncClient, api: Api) -> Setting:
    formed = await api.coalition_with_partner(
        "Anne Coördinator", partner_organisation="Scholengroep"
    )
    coordinator, cid = formed.coordinator, formed.coalition_id
    colleague = await api.user(name="Karel Collega")
    await api.join_organisation(formed.partner, formed.partner_organisation["id"], colleague)
    outsider = await api.user(name="Olaf Buiten")
    outsider_org = await api.organisation(outsider, name="Gemeente Elders")
    other = await api.coalition(outsider, outsider_org["id"], name="Andere coalitie")
    municipality = await api.partner(coordinator, cid, organisation_id=formed.organisation["id"])
    school = await api.partner(coordinator, cid, organisation_id=formed.partner_organisation["id"])
    paper = await api.partner(coordinator, cid, name="Welzijn Rivierland")
    outsiders = await api.partner(outsider, other["id"], organisation_id=outsider_org["id"])
    return Setting(
        client=client,
        coordinator=coordinator,
        partner_user=formed.partner,
        colleague=colleague,
        outsider=outsider,
        coalition_id=cid,
        other_coalition_id=other["id"],
        municipality_partner=municipality["id"],
        school_partner=school["id"],
        paper_partner=paper["id"],
        outsider_partner=outsiders["id"],
    )
