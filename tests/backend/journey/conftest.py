from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest


@dataclass
class Formation:
    """A coalition with a coordinator, a partner organisation's user, and three partners."""

    client: httpx.AsyncClient
    coordinator: Any
    member: Any
    coalition_id: str
    partners: list[dict[str, Any]]

    @property
    def base(self) -> str:
        return f"/api/v1/coalitions/{self.coalition_id}"

    async def post(self, path: str, body: Any, user: Any = None) -> httpx.Response:
        return await self.client.post(
            self.base + path, json=body, headers=(user or self.coordinator).headers
        )

    async def get(self, path: str, user: Any = None, **params: Any) -> httpx.Response:
        return await self.client.get(
            self.base + path, params=params, headers=(user or self.coordinator).headers
        )

    async def patch(self, path: str, body: Any, user: Any = None) -> httpx.Response:
        return await self.client.patch(
            self.base + path, json=body, headers=(user or self.coordinator).headers
        )

    async def put(self, path: str, body: Any, user: Any = None) -> httpx.Response:
        return await self.client.put(
            self.base + path, json=body, headers=(user or self.coordinator).headers
        )


async def build_formation(
    client: httpx.AsyncClient, api: Any, names: tuple[str, ...] = ("X", "Y", "Z")
) -> Formation:
    coordinator = await api.user(name="Anne Coördinator")
    organisation = await api.organisation(coordinator, name="Gemeente")
    coalition = await api.coalition(coordinator, organisation["id"])
    member = await api.user(name="Piet Partner")
    member_org = await api.organisation(member, name="Scholengroep", kind="school")
    await api.join_coalition(coordinator, coalition["id"], member, member_org["id"])
    formation = Formation(client, coordinator, member, coalition["id"], [])
    for name in names:
        response = await formation.post("/partners", {"name": name, "status": "potential"})
        assert response.status_code == 201, response.text
        formation.partners.append(response.json())
    return formation


@pytest.fixture
async def formation(client: httpx.AsyncClient, api: Any) -> Formation:
    return await build_formation(client, api)
