from __future__ import annotations

import httpx
from situations import Api, Demo

from vitaal.core.config import Settings
from vitaal.demo.seed import DEMO_EMAIL, DEMO_PASSWORD, seed_if_empty


async def test_demo_loads_into_empty_database_and_logs_in(
    settings: Settings, client: httpx.AsyncClient, api: Api
) -> None:
    message = await seed_if_empty(settings)
    assert DEMO_EMAIL in message
    tokens = await api.login(DEMO_EMAIL, DEMO_PASSWORD)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    coalitions = (await client.get("/api/v1/coalitions", headers=headers)).json()["items"]
    assert [c["name"] for c in coalitions] == ["Levendige binnenstad"]
    assert coalitions[0]["my_role"] == "coordinator"
    members = (
        await client.get(f"/api/v1/coalitions/{coalitions[0]['id']}/members", headers=headers)
    ).json()["items"]
    kinds = {m["organisation_kind"] for m in members}
    assert {
        "municipality",
        "school",
        "trade_association",
        "cultural_institution",
        "residents_association",
    } <= kinds


async def test_demo_coalition_has_a_partner_matrix_to_look_at(
    client: httpx.AsyncClient, demo: Demo
) -> None:
    headers = demo.headers
    result = (await client.get(demo.coalition_url("/partner-matrix"), headers=headers)).json()
    assert result["summary"]["count"] == 7  # five member partners, the municipality, welfare
    assert result["summary"]["unassessed"] == 0
    # The seed's examples: every strategy occurs, so the chart shows all four situations.
    assert all(result["summary"]["by_strategy"].values())
    by_name = {entry["partner"]["name"]: entry for entry in result["partners"]}
    school = by_name["Scholengroep Binnenstad"]
    assert school["outcome"]["strategy"] == "invest"
    assert school["outcome"]["movement"] == "up"
    assert len(school["trail"]) == 2
    assert by_name["Stadstheater & Bibliotheek"]["outcome"]["strategy"] == "secure"
    assert by_name["Welzijn Rivierland"]["outcome"]["movement"] == "left"
    stakeholders = (
        await client.get(demo.organisation_url("/stakeholders"), headers=headers)
    ).json()["items"]
    assert "Welzijn Rivierland" in [s["name"] for s in stakeholders]


async def test_demo_never_touches_a_database_with_data(
    settings: Settings, client: httpx.AsyncClient, api: Api
) -> None:
    user = await api.user()
    await api.organisation(user, name="Echte organisatie")
    message = await seed_if_empty(settings)
    assert "not loaded" in message
    listed = (await client.get("/api/v1/organisations", headers=user.headers)).json()["items"]
    assert [o["name"] for o in listed] == ["Echte organisatie"]
    login = await client.post(
        "/api/v1/auth/token", data={"username": DEMO_EMAIL, "password": DEMO_PASSWORD}
    )
    assert login.status_code == 401
