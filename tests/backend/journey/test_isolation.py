"""A member of coalition A sees nothing of coalition B: every endpoint answers 404."""

from __future__ import annotations

from typing import Any

import httpx
from situations import Api, ProblemCheck, User

from .conftest import Formation, build_formation


async def _objects(formation: Formation) -> dict[str, str]:
    partner = formation.partners[0]["id"]
    conversation = await formation.post(
        f"/partners/{partner}/conversations", {"held_on": "2026-10-01", "driver": "Geheim"}
    )
    interest = await formation.post(
        f"/partners/{partner}/interests", {"topic": "Geheim onderwerp", "weight": 3}
    )
    await formation.patch("/journey/steps/1", {"status": "in_progress"})
    return {
        "partner": partner,
        "conversation": conversation.json()["id"],
        "interest": interest.json()["id"],
    }


def _endpoints(ids: dict[str, str]) -> list[tuple[str, str, Any]]:
    p, c, i = ids["partner"], ids["conversation"], ids["interest"]
    return [
        ("GET", "/journey", None),
        ("PATCH", "/journey/steps/1", {"status": "done"}),
        ("POST", "/journey/rounds/1/repeat", {"reason": "x"}),
        ("GET", "/journey/history", None),
        ("POST", f"/partners/{p}/conversations", {"held_on": "2026-10-01"}),
        ("GET", "/conversations", None),
        ("GET", "/conversations/summary", None),
        ("GET", f"/conversations/{c}", None),
        ("PATCH", f"/conversations/{c}", {"driver": "x"}),
        ("DELETE", f"/conversations/{c}", None),
        ("POST", f"/partners/{p}/interests", {"topic": "x", "weight": 1}),
        ("GET", "/interests", None),
        ("PATCH", f"/interests/{i}", {"weight": 1}),
        ("DELETE", f"/interests/{i}", None),
        ("GET", "/domain", None),
        ("GET", "/own-plan", None),
        ("PUT", "/own-plan/draft", {"text": "x"}),
        ("PUT", f"/partners/{p}/own-plan", {"role": "x"}),
    ]


async def _call(
    client: httpx.AsyncClient, method: str, url: str, body: Any, user: User
) -> httpx.Response:
    return await client.request(method, url, json=body, headers=user.headers)


async def test_every_endpoint_hides_another_coalition(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    a = await build_formation(client, api, names=("A1",))
    b = await build_formation(client, api, names=("B1",))
    ids = await _objects(b)
    endpoints = _endpoints(ids)
    assert len(endpoints) == 18
    for user in (a.coordinator, a.member):
        for method, path, body in endpoints:
            response = await _call(client, method, b.base + path, body, user)
            assert "Geheim" not in response.text
            problem(response, 404)
    # B's objects through A's own coalition: the ids do not exist there.
    for method, path, body in endpoints:
        if (
            ids["partner"] not in path
            and ids["conversation"] not in path
            and ids["interest"] not in path
        ):
            continue
        problem(await _call(client, method, a.base + path, body, a.coordinator), 404)
    for path in ("/conversations", "/interests"):
        problem(await a.get(path, partner_id=ids["partner"]), 404)
    # B is untouched.
    assert len((await b.get("/conversations")).json()["items"]) == 1
    assert len((await b.get("/interests")).json()["items"]) == 1
    assert (await b.get("/journey")).json()["steps"][0]["status"] == "in_progress"
    assert (await a.get("/domain")).json()["topics"] == []


async def test_anonymous_callers_are_refused(client: httpx.AsyncClient, api: Api) -> None:
    b = await build_formation(client, api, names=("B1",))
    ids = await _objects(b)
    for method, path, body in _endpoints(ids):
        response = await client.request(method, b.base + path, json=body)
        assert response.status_code == 401, (method, path)
