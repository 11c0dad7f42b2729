from __future__ import annotations

from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter, User


async def _assess(
    client: httpx.AsyncClient, user: User, coalition_id: str, partner_id: str, i: float, d: float
) -> httpx.Response:
    return await client.post(
        f"/api/v1/coalitions/{coalition_id}/partners/{partner_id}/assessments",
        json={"influence": i, "dependency": d, "rationale": "omdat"},
        headers=user.headers,
    )


async def test_partner_crud(client: httpx.AsyncClient, api: Api, problem: ProblemCheck) -> None:
    coordinator, _, coalition = await api.coordinator()
    cid = coalition["id"]
    partner = await api.partner(
        coordinator,
        cid,
        name="Scholengroep",
        status="current",
        contact_intensity="regular",
        commitment="none",
        financing="subsidy",
        target={"influence": 7, "dependency": 8},
    )
    assert partner["relationship_type"] == "partnership"
    assert partner["target"] == {"influence": 7.0, "dependency": 8.0}
    updated = await client.patch(
        f"/api/v1/coalitions/{cid}/partners/{partner['id']}",
        json={"commitment": "multi_year", "target": None},
        headers=coordinator.headers,
    )
    assert updated.json()["commitment"] == "multi_year"
    assert updated.json()["target"] is None
    listed = (
        await client.get(f"/api/v1/coalitions/{cid}/partners", headers=coordinator.headers)
    ).json()
    assert [p["name"] for p in listed["items"]] == ["Scholengroep"]
    deleted = await client.delete(
        f"/api/v1/coalitions/{cid}/partners/{partner['id']}", headers=coordinator.headers
    )
    assert deleted.status_code == 204
    problem(
        await client.get(
            f"/api/v1/coalitions/{cid}/partners/{partner['id']}", headers=coordinator.headers
        ),
        404,
    )


async def test_partner_validation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, _, coalition = await api.coordinator()
    url = f"/api/v1/coalitions/{coalition['id']}/partners"
    body = problem(await client.post(url, json={}, headers=coordinator.headers), 422)
    assert body["errors"][0]["field"] == "body.name"
    body = problem(
        await client.post(
            url,
            json={"name": "X", "status": "maybe", "target": {"influence": 11, "dependency": 1}},
            headers=coordinator.headers,
        ),
        422,
    )
    assert {e["field"] for e in body["errors"]} == {"body.status", "body.target.influence"}


async def test_member_organisation_as_partner_and_duplicates(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, org, coalition = await api.coordinator()
    cid = coalition["id"]
    partner = await api.partner(coordinator, cid, organisation_id=org["id"])
    assert partner["name"] == "Gemeente"
    assert partner["member_organisation_id"] == org["id"]
    again = await client.post(
        f"/api/v1/coalitions/{cid}/partners",
        json={"organisation_id": org["id"]},
        headers=coordinator.headers,
    )
    assert problem(again, 409)["errors"][0]["field"] == "body.organisation_id"
    assert problem(again, 409)["errors"][0]["code"] == "duplicate"
    stranger = await api.user()
    foreign = await api.organisation(stranger, name="Niet lid")
    not_member = await client.post(
        f"/api/v1/coalitions/{cid}/partners",
        json={"organisation_id": foreign["id"]},
        headers=coordinator.headers,
    )
    assert problem(not_member, 422)["errors"][0]["field"] == "body.organisation_id"


async def test_stakeholder_from_own_register_only(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, org, coalition = await api.coordinator()
    cid = coalition["id"]
    stakeholder = await client.post(
        f"/api/v1/organisations/{org['id']}/stakeholders",
        json={"kind": "organisation", "name": "Bibliotheek Rivierstad", "type": "civil_society"},
        headers=coordinator.headers,
    )
    assert stakeholder.status_code == 201, stakeholder.text
    partner = await api.partner(coordinator, cid, stakeholder_id=stakeholder.json()["id"])
    assert partner["name"] == "Bibliotheek Rivierstad"
    other = await api.user()
    other_org = await api.organisation(other)
    foreign = await client.post(
        f"/api/v1/organisations/{other_org['id']}/stakeholders",
        json={"kind": "organisation", "name": "Geheim", "type": "business"},
        headers=other.headers,
    )
    response = await client.post(
        f"/api/v1/coalitions/{cid}/partners",
        json={"stakeholder_id": foreign.json()["id"]},
        headers=coordinator.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.stakeholder_id"
    assert "Geheim" not in response.text


async def test_matrix_aggregates_assessors_and_flags_disagreement(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, _, coalition = await api.coordinator()
    cid = coalition["id"]
    partner_user = await api.user(name="Partner person")
    partner_org = await api.organisation(partner_user, name="School")
    await api.join_coalition(coordinator, cid, partner_user, partner_org["id"])
    school = await api.partner(
        coordinator, cid, name="Schoolbestuur", target={"influence": 7, "dependency": 8}
    )
    library = await api.partner(coordinator, cid, name="Bibliotheek")
    await api.partner(coordinator, cid, name="Nog niet gescoord")
    assert (await _assess(client, coordinator, cid, school["id"], 3, 8)).status_code == 201
    # Assessing is the core team's preparation: the partner organisation scores once the
    # coordinators added it to the core team.
    problem(await _assess(client, partner_user, cid, school["id"], 6, 8), 404)
    added = await client.patch(
        f"/api/v1/coalitions/{cid}/members/{partner_org['id']}",
        json={"core_team": True},
        headers=coordinator.headers,
    )
    assert added.status_code == 200, added.text
    assert (await _assess(client, partner_user, cid, school["id"], 6, 8)).status_code == 201
    await _assess(client, coordinator, cid, library["id"], 9, 8)

    result = (
        await client.get(f"/api/v1/coalitions/{cid}/partner-matrix", headers=coordinator.headers)
    ).json()
    by_name = {entry["partner"]["name"]: entry for entry in result["partners"]}
    school_entry = by_name["Schoolbestuur"]
    assert school_entry["position"]["influence"] == 4.5
    assert school_entry["position"]["assessors"] == 2
    assert school_entry["position"]["disagreement"] is True
    assert school_entry["outcome"]["strategy"] == "invest"
    assert school_entry["outcome"]["gap"] == 2.5
    assert school_entry["outcome"]["movement"] == "up"
    assert len(school_entry["trail"]) == 1
    assert by_name["Bibliotheek"]["outcome"]["strategy"] == "secure"
    assert by_name["Nog niet gescoord"]["position"] is None
    summary = result["summary"]
    assert summary["count"] == 2
    assert summary["unassessed"] == 1
    assert summary["sufficient"] == 1
    assert [a["id"] for a in summary["attention"]] == [school["id"]]


async def test_ambition_line_changes_are_kept_and_used(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, _, coalition = await api.coordinator()
    cid = coalition["id"]
    line = (
        await client.get(f"/api/v1/coalitions/{cid}/ambition-line", headers=coordinator.headers)
    ).json()
    assert (line["base"], line["slope"], line["midpoint"], line["changed_at"]) == (3, 0.5, 5, None)
    partner = await api.partner(coordinator, cid, name="Welzijn")
    await _assess(client, coordinator, cid, partner["id"], 6, 6)  # required 6: sufficient
    changed = await client.put(
        f"/api/v1/coalitions/{cid}/ambition-line",
        json={"base": 4, "slope": 0.5, "midpoint": 5, "reason": "Hogere lat"},
        headers=coordinator.headers,
    )
    assert changed.json()["changed_by_name"] == "Coordinator"
    result = (
        await client.get(f"/api/v1/coalitions/{cid}/partner-matrix", headers=coordinator.headers)
    ).json()
    assert result["ambition_line"]["base"] == 4
    assert result["partners"][0]["outcome"]["sufficient"] is False
    history = (
        await client.get(
            f"/api/v1/coalitions/{cid}/ambition-line/history", headers=coordinator.headers
        )
    ).json()
    assert [h["reason"] for h in history["items"]] == ["Hogere lat"]
    bad = await client.put(
        f"/api/v1/coalitions/{cid}/ambition-line",
        json={"base": -1, "slope": 0.5, "midpoint": 5},
        headers=coordinator.headers,
    )
    assert problem(bad, 422)["errors"][0]["field"] == "body.base"


async def test_the_matrix_is_the_core_teams_until_shared_and_only_it_assesses(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, _, coalition = await api.coordinator()
    cid = coalition["id"]
    observer = await api.user()
    observer_org = await api.organisation(observer, name="Waarnemer")
    await api.join_coalition(coordinator, cid, observer, observer_org["id"], role="observer")
    partner_user = await api.user()
    partner_org = await api.organisation(partner_user, name="Partner")
    await api.join_coalition(coordinator, cid, partner_user, partner_org["id"])
    partner = await api.partner(coordinator, cid, name="Iemand")
    line = {"base": 1, "slope": 1, "midpoint": 5}
    url = f"/api/v1/coalitions/{cid}"
    # The partner list is shared: adding to it is a matter of role (403), not of visibility.
    problem(
        await client.post(f"{url}/partners", json={"name": "X"}, headers=partner_user.headers), 403
    )
    for user in (observer, partner_user):
        problem(await client.get(f"{url}/partner-matrix", headers=user.headers), 404)
        problem(await _assess(client, user, cid, partner["id"], 5, 5), 404)
        problem(await client.put(f"{url}/ambition-line", json=line, headers=user.headers), 404)
    shared = await client.put(
        f"{url}/visibility/assessment_rationales",
        json={"shared": True},
        headers=coordinator.headers,
    )
    assert shared.status_code == 200, shared.text
    # Shared, they read the matrix, but the scoring and the line stay the core team's.
    for user in (observer, partner_user):
        assert (await client.get(f"{url}/partner-matrix", headers=user.headers)).status_code == 200
        problem(await _assess(client, user, cid, partner["id"], 5, 5), 403)
        problem(await client.put(f"{url}/ambition-line", json=line, headers=user.headers), 403)


def _endpoints(cid: str, pid: str) -> list[tuple[str, str, Any]]:
    return [
        ("GET", f"/api/v1/coalitions/{cid}/partner-matrix", None),
        ("POST", f"/api/v1/coalitions/{cid}/partners", {"name": "X"}),
        ("GET", f"/api/v1/coalitions/{cid}/partners", None),
        ("GET", f"/api/v1/coalitions/{cid}/partners/{pid}", None),
        ("PATCH", f"/api/v1/coalitions/{cid}/partners/{pid}", {"status": "current"}),
        ("DELETE", f"/api/v1/coalitions/{cid}/partners/{pid}", None),
        (
            "POST",
            f"/api/v1/coalitions/{cid}/partners/{pid}/assessments",
            {"influence": 1, "dependency": 1},
        ),
        ("GET", f"/api/v1/coalitions/{cid}/partners/{pid}/assessments", None),
        ("GET", f"/api/v1/coalitions/{cid}/ambition-line", None),
        ("PUT", f"/api/v1/coalitions/{cid}/ambition-line", {"base": 1, "slope": 1, "midpoint": 1}),
        ("GET", f"/api/v1/coalitions/{cid}/ambition-line/history", None),
    ]


@pytest.mark.parametrize("index", range(11))
async def test_a_partner_of_coalition_a_sees_nothing_of_coalition_b(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    coordinator, org, coalition_a = await api.coordinator()
    coalition_b = await api.coalition(coordinator, org["id"], name="Secret B")
    secret = await api.partner(coordinator, coalition_b["id"], name="Secret partner")
    await _assess(client, coordinator, coalition_b["id"], secret["id"], 5, 5)
    outsider = await api.user()
    outsider_org = await api.organisation(outsider, name="Partner of A")
    await api.join_coalition(coordinator, coalition_a["id"], outsider, outsider_org["id"])
    method, url, body = _endpoints(coalition_b["id"], secret["id"])[index]
    response = await client.request(method, url, json=body, headers=outsider.headers)
    problem(response, 404)
    assert "Secret" not in response.text
    # Also through coalition A's path with coalition B's partner id.
    if "{pid}" not in _endpoints("{cid}", "{pid}")[index][1]:
        return
    method, url, body = _endpoints(coalition_a["id"], secret["id"])[index]
    response = await client.request(method, url, json=body, headers=coordinator.headers)
    problem(response, 404)
    still = await client.get(
        f"/api/v1/coalitions/{coalition_b['id']}/partners/{secret['id']}",
        headers=coordinator.headers,
    )
    assert still.json()["name"] == "Secret partner"


async def test_matrix_query_count_does_not_grow_with_partners(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    coordinator, _, coalition = await api.coordinator()
    cid = coalition["id"]
    url = f"/api/v1/coalitions/{cid}/partner-matrix"
    first = await api.partner(coordinator, cid, name="P0")
    await _assess(client, coordinator, cid, first["id"], 5, 5)
    count_statements.reset()
    await client.get(url, headers=coordinator.headers)
    one = count_statements.count
    for index in range(1, 8):
        partner = await api.partner(coordinator, cid, name=f"P{index}")
        await _assess(client, coordinator, cid, partner["id"], index, 10 - index)
        await _assess(client, coordinator, cid, partner["id"], index, 9 - index)
    count_statements.reset()
    result = (await client.get(url, headers=coordinator.headers)).json()
    assert result["summary"]["count"] == 8
    assert count_statements.count == one
