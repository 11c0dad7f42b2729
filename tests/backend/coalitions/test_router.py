from __future__ import annotations

from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter


async def test_create_and_read_coalition(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    org = await api.organisation(user)
    coalition = await api.coalition(user, org["id"], name="Levendige binnenstad")
    assert coalition["my_role"] == "coordinator"
    assert coalition["my_organisation_id"] == org["id"]
    assert coalition["founding_organisation_id"] == org["id"]
    assert coalition["status"] == "forming"
    assert coalition["can_manage"] is True
    got = await client.get(f"/api/v1/coalitions/{coalition['id']}", headers=user.headers)
    assert got.json()["societal_goal"] == "Een levendige binnenstad"
    listed = (await client.get("/api/v1/coalitions", headers=user.headers)).json()
    assert [c["id"] for c in listed["items"]] == [coalition["id"]]
    members = (
        await client.get(f"/api/v1/coalitions/{coalition['id']}/members", headers=user.headers)
    ).json()
    assert [(m["organisation_id"], m["role"]) for m in members["items"]] == [
        (org["id"], "coordinator")
    ]


async def test_create_requires_own_admin_organisation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, stranger = await api.user(), await api.user()
    foreign = await api.organisation(stranger)
    response = await client.post(
        "/api/v1/coalitions",
        json={"name": "X", "societal_goal": "Y", "organisation_id": foreign["id"]},
        headers=user.headers,
    )
    problem(response, 404)


async def test_create_validation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    response = await client.post(
        "/api/v1/coalitions",
        json={"name": "", "societal_goal": "  ", "organisation_id": "nope"},
        headers=user.headers,
    )
    body = problem(response, 422)
    assert {e["field"] for e in body["errors"]} == {
        "body.name",
        "body.societal_goal",
        "body.organisation_id",
    }


async def test_update_coalition(client: httpx.AsyncClient, api: Api, problem: ProblemCheck) -> None:
    user = await api.user()
    org = await api.organisation(user)
    coalition = await api.coalition(user, org["id"])
    updated = await client.patch(
        f"/api/v1/coalitions/{coalition['id']}",
        json={"status": "active", "description": "Nieuw"},
        headers=user.headers,
    )
    assert updated.status_code == 200
    assert updated.json()["status"] == "active"
    assert updated.json()["description"] == "Nieuw"
    bad = await client.patch(
        f"/api/v1/coalitions/{coalition['id']}", json={"status": "burnt"}, headers=user.headers
    )
    problem(bad, 422)


async def test_partner_organisation_is_invited_and_accepts(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator = await api.user()
    municipality = await api.organisation(coordinator, name="Gemeente")
    coalition = await api.coalition(coordinator, municipality["id"])
    invited = await client.post(
        f"/api/v1/coalitions/{coalition['id']}/invitations",
        json={"role": "partner", "note": "Doe mee!", "organisation_name_hint": "School"},
        headers=coordinator.headers,
    )
    assert invited.status_code == 201
    token = invited.json()["token"]
    assert invited.json()["link"] == f"http://testserver/join/{token}"
    partner = await api.user()
    school = await api.organisation(partner, name="School", kind="school")
    preview = await client.get(f"/api/v1/coalition-invitations/{token}", headers=partner.headers)
    assert preview.json()["inviting_organisation_name"] == "Gemeente"
    assert preview.json()["note"] == "Doe mee!"
    accepted = await client.post(
        f"/api/v1/coalition-invitations/{token}/accept",
        json={"organisation_id": school["id"]},
        headers=partner.headers,
    )
    assert accepted.status_code == 200
    assert accepted.json()["my_role"] == "partner"
    assert accepted.json()["can_manage"] is False
    problem(
        await client.get(f"/api/v1/coalition-invitations/{token}", headers=partner.headers), 410
    )
    members = (
        await client.get(f"/api/v1/coalitions/{coalition['id']}/members", headers=partner.headers)
    ).json()
    assert {(m["organisation_name"], m["role"]) for m in members["items"]} == {
        ("Gemeente", "coordinator"),
        ("School", "partner"),
    }
    # A partner may not invite, nor manage.
    problem(
        await client.post(
            f"/api/v1/coalitions/{coalition['id']}/invitations",
            json={"role": "partner"},
            headers=partner.headers,
        ),
        403,
    )


async def test_accepting_for_an_organisation_you_do_not_administer(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator = await api.user()
    org = await api.organisation(coordinator)
    coalition = await api.coalition(coordinator, org["id"])
    token = (
        await client.post(
            f"/api/v1/coalitions/{coalition['id']}/invitations",
            json={"role": "observer"},
            headers=coordinator.headers,
        )
    ).json()["token"]
    stranger = await api.user()
    other = await api.user()
    foreign = await api.organisation(other)
    response = await client.post(
        f"/api/v1/coalition-invitations/{token}/accept",
        json={"organisation_id": foreign["id"]},
        headers=stranger.headers,
    )
    problem(response, 404)
    again = await client.post(
        f"/api/v1/coalition-invitations/{token}/accept",
        json={"organisation_id": org["id"]},
        headers=coordinator.headers,
    )
    problem(again, 409)


async def test_roles_and_last_coordinator_rule(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator = await api.user()
    org = await api.organisation(coordinator)
    coalition = await api.coalition(coordinator, org["id"])
    partner = await api.user()
    partner_org = await api.organisation(partner, name="Partner")
    await api.join_coalition(coordinator, coalition["id"], partner, partner_org["id"])
    base = f"/api/v1/coalitions/{coalition['id']}/members"
    problem(
        await client.patch(
            f"{base}/{org['id']}", json={"role": "partner"}, headers=coordinator.headers
        ),
        409,
    )
    promoted = await client.patch(
        f"{base}/{partner_org['id']}", json={"role": "coordinator"}, headers=coordinator.headers
    )
    assert promoted.json()["role"] == "coordinator"
    demoted = await client.patch(
        f"{base}/{org['id']}", json={"role": "observer"}, headers=coordinator.headers
    )
    assert demoted.json()["role"] == "observer"  # allowed: the partner coordinates now
    # Having stepped down, the first organisation may no longer manage the coalition.
    problem(
        await client.post(
            f"/api/v1/coalitions/{coalition['id']}/invitations",
            json={"role": "partner"},
            headers=coordinator.headers,
        ),
        403,
    )
    me = await client.get(f"/api/v1/coalitions/{coalition['id']}", headers=coordinator.headers)
    assert me.json()["my_role"] == "observer"


async def test_partner_can_leave_and_then_sees_nothing(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator = await api.user()
    org = await api.organisation(coordinator)
    coalition = await api.coalition(coordinator, org["id"])
    partner = await api.user()
    partner_org = await api.organisation(partner, name="Partner")
    await api.join_coalition(coordinator, coalition["id"], partner, partner_org["id"])
    left = await client.delete(
        f"/api/v1/coalitions/{coalition['id']}/members/{partner_org['id']}",
        headers=partner.headers,
    )
    assert left.status_code == 204
    problem(await client.get(f"/api/v1/coalitions/{coalition['id']}", headers=partner.headers), 404)


def _coalition_endpoints(cid: str, oid: str, iid: str) -> list[tuple[str, str, Any]]:
    return [
        ("GET", f"/api/v1/coalitions/{cid}", None),
        ("PATCH", f"/api/v1/coalitions/{cid}", {"name": "Stolen"}),
        ("GET", f"/api/v1/coalitions/{cid}/members", None),
        ("PATCH", f"/api/v1/coalitions/{cid}/members/{oid}", {"role": "observer"}),
        ("DELETE", f"/api/v1/coalitions/{cid}/members/{oid}", None),
        ("POST", f"/api/v1/coalitions/{cid}/invitations", {"role": "partner"}),
        ("GET", f"/api/v1/coalitions/{cid}/invitations", None),
        ("DELETE", f"/api/v1/coalitions/{cid}/invitations/{iid}", None),
    ]


@pytest.mark.parametrize("index", range(8))
async def test_a_partner_of_coalition_a_sees_nothing_of_coalition_b(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    coordinator = await api.user()
    org = await api.organisation(coordinator, name="Coordinator org")
    coalition_a = await api.coalition(coordinator, org["id"], name="Coalition A")
    coalition_b = await api.coalition(coordinator, org["id"], name="Secret coalition B")
    invitation_b = (
        await client.post(
            f"/api/v1/coalitions/{coalition_b['id']}/invitations",
            json={"role": "partner"},
            headers=coordinator.headers,
        )
    ).json()
    partner = await api.user()
    partner_org = await api.organisation(partner, name="Partner org")
    await api.join_coalition(coordinator, coalition_a["id"], partner, partner_org["id"])

    method, url, body = _coalition_endpoints(coalition_b["id"], org["id"], invitation_b["id"])[
        index
    ]
    response = await client.request(method, url, json=body, headers=partner.headers)
    assert "Secret coalition B" not in response.text
    problem(response, 404)
    listed = (await client.get("/api/v1/coalitions", headers=partner.headers)).json()
    assert [c["id"] for c in listed["items"]] == [coalition_a["id"]]
    # The coordinator's coalition B is untouched.
    still = await client.get(f"/api/v1/coalitions/{coalition_b['id']}", headers=coordinator.headers)
    assert still.json()["name"] == "Secret coalition B"
    pending = await client.get(
        f"/api/v1/coalitions/{coalition_b['id']}/invitations", headers=coordinator.headers
    )
    assert len(pending.json()["items"]) == 1


async def test_list_filters_by_organisation(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    first = await api.organisation(user, name="Eerste")
    second = await api.organisation(user, name="Tweede")
    c1 = await api.coalition(user, first["id"], name="C1")
    await api.coalition(user, second["id"], name="C2")
    listed = (
        await client.get(
            "/api/v1/coalitions", params={"organisation_id": first["id"]}, headers=user.headers
        )
    ).json()
    assert [c["id"] for c in listed["items"]] == [c1["id"]]


async def test_list_query_count_does_not_grow_with_coalitions(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user = await api.user()
    org = await api.organisation(user)
    await api.coalition(user, org["id"], name="Eerste")
    count_statements.reset()
    await client.get("/api/v1/coalitions", headers=user.headers)
    one = count_statements.count
    for index in range(6):
        await api.coalition(user, org["id"], name=f"Coalitie {index}")
    count_statements.reset()
    listed = await client.get("/api/v1/coalitions", headers=user.headers)
    assert len(listed.json()["items"]) == 7
    assert count_statements.count == one


async def test_members_query_count_does_not_grow(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    coordinator = await api.user()
    org = await api.organisation(coordinator)
    coalition = await api.coalition(coordinator, org["id"])
    url = f"/api/v1/coalitions/{coalition['id']}/members"
    count_statements.reset()
    await client.get(url, headers=coordinator.headers)
    one = count_statements.count
    for index in range(4):
        partner = await api.user()
        partner_org = await api.organisation(partner, name=f"Partner {index}")
        await api.join_coalition(coordinator, coalition["id"], partner, partner_org["id"])
    count_statements.reset()
    listed = await client.get(url, headers=coordinator.headers)
    assert len(listed.json()["items"]) == 5
    assert count_statements.count == one
