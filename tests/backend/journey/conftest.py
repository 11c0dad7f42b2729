from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from situations import Api, User


@dataclass
class Formation:
    """A coalition with a coordinator, a partner organisation's user (not in the core team),
    and three partners known by name only."""

    client: httpx.AsyncClient
    coordinator: User
    member: User
    member_organisation_id: str
    coalition_id: str
    partners: list[dict[str, Any]]

    @property
    def base(self) -> str:
        return f"/api/v1/coalitions/{self.coalition_id}"

    async def post(self, path: str, body: Any, user: User | None = None) -> httpx.Response:
        return await self.client.post(
            self.base + path, json=body, headers=(user or self.coordinator).headers
        )

    async def get(self, path: str, user: User | None = None, **params: Any) -> httpx.Response:
        return await self.client.get(
            self.base + path, params=params, headers=(user or self.coordinator).headers
        )

    async def patch(self, path: str, body: Any, user: User | None = None) -> httpx.Response:
        return await self.client.patch(
            self.base + path, json=body, headers=(user or self.coordinator).headers
        )

    async def put(self, path: str, body: Any, user: User | None = None) -> httpx.Response:
        return await self.client.put(
            self.base + path, json=body, headers=(user or self.coordinator).headers
        )


async def build_formation(
    client: httpx.AsyncClient, api: Api, names: tuple[str, ...] = ("X", "Y", "Z")
) -> Formation:
    formed = await api.coalition_with_partner(
        "Anne Coördinator", "Gemeente", "Piet Partner", "Scholengroep"
    )
    formation = Formation(
        client,
        formed.coordinator,
        formed.partner,
        str(formed.partner_organisation["id"]),
        formed.coalition_id,
        [],
    )
    for name in names:
        response = await formation.post("/partners", {"name": name, "status": "potential"})
        assert response.status_code == 201, response.text
        formation.partners.append(response.json())
    return formation


@pytest.fixture
async def formation(client: httpx.AsyncClient, api: Api) -> Formation:
    return await build_formation(client, api)
