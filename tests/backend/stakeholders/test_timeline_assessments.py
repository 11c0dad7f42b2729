"""The stakeholder timeline also shows how the coalition partners linked to the stakeholder
were assessed, in the coalitions the organisation belongs to only, and of those only where it
sees the assessments (in the core team, or shared)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from situations import Api, StatementCounter, User
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from vitaal.partners.models import PartnerAssessment


async def _assess(
    client: httpx.AsyncClient,
    engine: AsyncEngine,
    user: User,
    coalition_id: str,
    partner_id: str,
    at: datetime,
    influence: float = 4,
) -> str:
    response = await client.post(
        f"/api/v1/coalitions/{coalition_id}/partners/{partner_id}/assessments",
        json={"influence": influence, "dependency": 8, "rationale": f"op {at:%d-%m}"},
        headers=user.headers,
    )
    assert response.status_code == 201, response.text
    assessment_id: str = response.json()["id"]
    # The API dates an assessment now; the timeline is about other days, so move it there.
    async with engine.begin() as connection:
        await connection.execute(
            update(PartnerAssessment)
            .where(PartnerAssessment.id == uuid.UUID(assessment_id))
            .values(assessed_at=at)
        )
    return assessment_id


async def _call(api: Api, user: User, org_id: str, stakeholder_id: str, on: str) -> str:
    called = await api.interaction(
        user, org_id, stakeholder_id, occurred_on=on, type="call", summary=f"gebeld {on}"
    )
    return str(called["id"])


async def test_assessments_merge_into_the_timeline(
    client: httpx.AsyncClient, api: Api, engine: AsyncEngine
) -> None:
    user = await api.user(name="Anouk")
    org = await api.organisation(user, name="Gemeente")
    stakeholder_id = (
        await api.stakeholder(user, org["id"], name="Bibliotheek", type="civil_society")
    )["id"]
    coalition = await api.coalition(user, org["id"], name="Taal voor iedereen")
    partner_id = (await api.partner(user, coalition["id"], stakeholder_id=stakeholder_id))["id"]
    # Late in the evening UTC: still that UTC day, on both databases.
    late = await _assess(
        client,
        engine,
        user,
        coalition["id"],
        partner_id,
        datetime(2026, 10, 15, 23, 30, tzinfo=UTC),
    )
    early = await _assess(
        client, engine, user, coalition["id"], partner_id, datetime(2026, 9, 1, 8, tzinfo=UTC), 6
    )
    newest = await _call(api, user, org["id"], stakeholder_id, "2026-11-01")
    same_day = await _call(api, user, org["id"], stakeholder_id, "2026-10-15")
    oldest = await _call(api, user, org["id"], stakeholder_id, "2026-08-01")

    url = f"/api/v1/organisations/{org['id']}/stakeholders/{stakeholder_id}/timeline"
    items = (await client.get(url, headers=user.headers)).json()["items"]
    # Same day: the larger (later) id first, as the cursor orders them.
    on_the_15th = sorted([late, same_day], reverse=True)
    assert [e["id"] for e in items] == [newest, *on_the_15th, early, oldest]
    entry = next(e for e in items if e["id"] == late)
    assert entry == {
        "kind": "assessment",
        "at": "2026-10-15",
        "title": "Assessed in Taal voor iedereen by Anouk: influence 4, dependency 8",
        "summary": "op 15-10",
        "id": late,
        "coalition_id": coalition["id"],
        "partner_id": partner_id,
        "coalition_name": "Taal voor iedereen",
        "assessor_name": "Anouk",
        "influence": 4,
        "dependency": 8,
    }
    # Interactions belong to no coalition.
    assert next(e for e in items if e["id"] == newest)["coalition_id"] is None
    assert next(e for e in items if e["id"] == newest)["partner_id"] is None
    assert next(e for e in items if e["id"] == early)["title"].endswith("influence 6, dependency 8")

    # Page by page, one at a time, the same order without gaps or repeats.
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 1}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(url, params=params, headers=user.headers)).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [e["id"] for e in items]
    two = (await client.get(url, params={"limit": 2}, headers=user.headers)).json()
    rest = (
        await client.get(
            url, params={"limit": 2, "cursor": two["next_cursor"]}, headers=user.headers
        )
    ).json()
    assert [e["id"] for e in two["items"] + rest["items"]] == seen[:4]


async def test_only_coalitions_of_the_organisation(
    client: httpx.AsyncClient, api: Api, engine: AsyncEngine
) -> None:
    # One person in two organisations links organisation A's stakeholder as a partner of a
    # coalition only organisation B belongs to: A's timeline must not show B's coalition.
    user = await api.user(name="Anouk")
    org_a = await api.organisation(user, name="Gemeente")
    org_b = await api.organisation(user, name="Stichting")
    stakeholder_id = (
        await api.stakeholder(user, org_a["id"], name="Bibliotheek", type="civil_society")
    )["id"]
    ours = await api.coalition(user, org_a["id"], name="Onze coalitie")
    theirs = await api.coalition(user, org_b["id"], name="Geheime coalitie")
    visible = await _assess(
        client,
        engine,
        user,
        ours["id"],
        (await api.partner(user, ours["id"], stakeholder_id=stakeholder_id))["id"],
        datetime(2026, 10, 1, 12, tzinfo=UTC),
    )
    await _assess(
        client,
        engine,
        user,
        theirs["id"],
        (await api.partner(user, theirs["id"], stakeholder_id=stakeholder_id))["id"],
        datetime(2026, 10, 2, 12, tzinfo=UTC),
    )
    url = f"/api/v1/organisations/{org_a['id']}/stakeholders/{stakeholder_id}/timeline"
    response = await client.get(url, headers=user.headers)
    assert [e["id"] for e in response.json()["items"]] == [visible]
    assert "Geheim" not in response.text
    # Organisation B joins "Onze coalitie" too; still only A's own coalitions count for A.
    await api.join_coalition(user, ours["id"], user, org_b["id"])
    assert [e["id"] for e in (await client.get(url, headers=user.headers)).json()["items"]] == [
        visible
    ]


async def test_assessments_only_where_the_organisation_sees_them(
    client: httpx.AsyncClient, api: Api, engine: AsyncEngine
) -> None:
    # One person coordinates for the municipality and also acts for a foundation that is a
    # partner of the coalition; the foundation's own stakeholder is linked as a partner.
    user = await api.user(name="Anouk")
    municipality = await api.organisation(user, name="Gemeente")
    cid = (await api.coalition(user, municipality["id"], name="Taal voor iedereen"))["id"]
    foundation_id, stakeholder_id = await api.second_organisation(user, cid)
    partner_id = (await api.partner(user, cid, stakeholder_id=stakeholder_id))["id"]
    assessed = await _assess(
        client, engine, user, cid, partner_id, datetime(2026, 10, 1, 12, tzinfo=UTC)
    )
    url = f"/api/v1/organisations/{foundation_id}/stakeholders/{stakeholder_id}/timeline"

    async def entries() -> list[str]:
        response = await client.get(url, headers=user.headers)
        assert response.status_code == 200, response.text
        return [e["id"] for e in response.json()["items"]]

    async def change(path: str, body: dict[str, Any], method: str = "PUT") -> None:
        response = await client.request(
            method, f"/api/v1/coalitions/{cid}{path}", json=body, headers=user.headers
        )
        assert response.status_code == 200, response.text

    # The foundation is a partner outside the core team: the assessments are not its to read.
    assert await entries() == []
    await change("/visibility/assessment_rationales", {"shared": True})
    assert await entries() == [assessed]
    await change("/visibility/partner_positions", {"shared": False})  # takes the rationales along
    assert await entries() == []
    await change(f"/members/{foundation_id}", {"core_team": True}, method="PATCH")
    assert await entries() == [assessed]


async def test_timeline_statements_do_not_grow(
    client: httpx.AsyncClient, api: Api, engine: AsyncEngine, count_statements: StatementCounter
) -> None:
    user = await api.user()
    org = await api.organisation(user)
    stakeholder_id = (
        await api.stakeholder(user, org["id"], name="Bibliotheek", type="civil_society")
    )["id"]
    url = f"/api/v1/organisations/{org['id']}/stakeholders/{stakeholder_id}/timeline"

    async def count() -> int:
        count_statements.reset()
        assert (await client.get(url, headers=user.headers)).status_code == 200
        return int(count_statements.count)

    before = await count()
    for index in range(3):
        coalition = await api.coalition(user, org["id"], name=f"C{index}")
        partner_id = (await api.partner(user, coalition["id"], stakeholder_id=stakeholder_id))["id"]
        for day in (1, 2):
            await _assess(
                client,
                engine,
                user,
                coalition["id"],
                partner_id,
                datetime(2026, 10, day, tzinfo=UTC),
            )
        await _call(api, user, org["id"], stakeholder_id, f"2026-10-0{index + 3}")
    assert await count() == before
