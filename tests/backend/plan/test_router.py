from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from situations import Coalitions, ProblemCheck, StatementCounter


async def _coverage(client: httpx.AsyncClient, w: Coalitions) -> dict[str, Any]:
    response = await client.get(w.url("/plan/coverage"), headers=w.member.headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_actions_and_coverage(client: httpx.AsyncClient, world: Coalitions) -> None:
    assert (await _coverage(client, world))["owned_share"] is None
    own = await world.create(
        "/plan/actions",
        {
            "title": "Voorlichting over de binnenstad",
            "owner_partner_id": world.partner_x,
            "hours": 80,
            "money": 5000,
            "financing": "own_work_package",
            "starts_on": "2027-01-01",
            "due_on": "2027-06-30",
        },
    )
    assert own["money_financed"] == 5000  # the owner pays from its own work package
    assert own["owner_partner_name"] == "Scholengroep Binnenstad"
    subsidy = await world.create(
        "/plan/actions",
        {
            "title": "Jongerenwerk in de avond",
            "owner_partner_id": world.partner_y,
            "hours": 400,
            "money": 60000,
            "money_financed": 20000,
            "financing": "subsidy",
        },
    )
    unowned = await world.create(
        "/plan/actions",
        {"title": "Extra parkeergarage", "money": 2_000_000, "financing": "joint_fund"},
    )
    result = await _coverage(client, world)
    assert (result["actions"], result["owned"]) == (3, 2)
    assert result["owned_share"] == pytest.approx(2 / 3)
    assert result["money_needed"] == 2_065_000
    assert result["money_financed"] == 25_000
    assert result["hours_total"] == 480
    assert result["hours_owned"] == 480
    lines = {line["financing"]: line for line in result["by_financing"]}
    assert lines["subsidy"] == {
        "financing": "subsidy",
        "actions": 1,
        "money_needed": 60000,
        "money_financed": 20000,
    }
    assert lines[None]["actions"] == 0
    assert [u["title"] for u in result["unowned"]] == ["Extra parkeergarage"]
    assert {o["partner_name"] for o in result["by_owner"]} == {
        "Scholengroep Binnenstad",
        "Welzijn Rivierland",
    }

    taken = await client.patch(
        world.url(f"/plan/actions/{unowned['id']}"),
        json={"owner_partner_id": world.partner_x, "status": "in_progress"},
        headers=world.coordinator.headers,
    )
    assert taken.status_code == 200, taken.text
    result = await _coverage(client, world)
    assert result["owned"] == 3
    assert result["unowned"] == []
    assert result["owned_share"] == 1
    dropped = await client.patch(
        world.url(f"/plan/actions/{subsidy['id']}"),
        json={"status": "dropped"},
        headers=world.coordinator.headers,
    )
    assert dropped.status_code == 200
    result = await _coverage(client, world)
    assert (result["actions"], result["dropped"]) == (2, 1)

    listed = await client.get(world.url("/plan/actions?owned=true"), headers=world.member.headers)
    assert [a["title"] for a in listed.json()["items"]] == [
        "Voorlichting over de binnenstad",
        "Jongerenwerk in de avond",
        "Extra parkeergarage",
    ]
    filtered = await client.get(
        world.url("/plan/actions?status=dropped"), headers=world.member.headers
    )
    assert [a["id"] for a in filtered.json()["items"]] == [subsidy["id"]]
    gone = await client.delete(
        world.url(f"/plan/actions/{own['id']}"), headers=world.coordinator.headers
    )
    assert gone.status_code == 204


async def test_action_rules(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    url = world.url("/plan/actions")
    h = world.coordinator.headers
    cases: list[tuple[dict[str, Any], str]] = [
        ({"title": " "}, "body.title"),
        ({"title": "X", "money": -1}, "body.money"),
        ({"title": "X", "hours": 1.5}, "body.hours"),
        ({"title": "X", "financing": "lottery"}, "body.financing"),
        (
            {"title": "X", "money": 10, "money_financed": 20, "financing": "subsidy"},
            "body.money_financed",
        ),
        ({"title": "X", "money": 10, "money_financed": 5}, "body.financing"),
        ({"title": "X", "financing": "own_work_package"}, "body.financing"),
        ({"title": "X", "owner_partner_id": world.other_partner}, "body.owner_partner_id"),
        ({"title": "X", "starts_on": "2027-02-01", "due_on": "2027-01-01"}, "body.due_on"),
    ]
    for body, field in cases:
        response = await client.post(url, json=body, headers=h)
        assert field in [e["field"] for e in problem(response, 422)["errors"]], body
    assert (await client.get(url, headers=h)).json()["items"] == []

    action = await world.create(
        "/plan/actions",
        {
            "title": "X",
            "owner_partner_id": world.partner_x,
            "financing": "own_work_package",
            "money": 100,
        },
    )
    unassign = await client.patch(
        world.url(f"/plan/actions/{action['id']}"), json={"owner_partner_id": None}, headers=h
    )
    assert problem(unassign, 422)["errors"][0]["field"] == "body.financing"
    null_title = await client.patch(
        world.url(f"/plan/actions/{action['id']}"), json={"title": None}, headers=h
    )
    assert problem(null_title, 422)["errors"][0]["field"] == "body.title"
    kept = (await client.get(world.url(f"/plan/actions/{action['id']}"), headers=h)).json()
    assert kept["owner_partner_id"] == world.partner_x
    assert kept["money_financed"] == 100
    both = await client.patch(
        world.url(f"/plan/actions/{action['id']}"),
        json={"owner_partner_id": None, "financing": "subsidy", "money_financed": 40},
        headers=h,
    )
    assert both.status_code == 200, both.text
    assert (both.json()["owner_partner_id"], both.json()["money_financed"]) == (None, 40)
    lowered = await client.patch(
        world.url(f"/plan/actions/{action['id']}"), json={"money": 30}, headers=h
    )
    assert lowered.json()["money_financed"] == 30


async def test_working_structures(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    h = world.coordinator.headers
    group = await world.create(
        "/working-structures",
        {"kind": "working_group", "name": "Werkgroep evenementen", "purpose": "Kalender"},
    )
    assert group["members"] == []
    base = f"/working-structures/{group['id']}"
    by_user = await world.create(
        f"{base}/members",
        {"user_id": str(world.member.id), "partner_id": world.partner_x, "role": "trekker"},
    )
    assert by_user["name"] == "Fatima Amrani"
    assert by_user["partner_name"] == "Scholengroep Binnenstad"
    await world.create(f"{base}/members", {"name": "Mirjam Koster", "partner_id": world.partner_y})
    stranger = await client.post(
        world.url(f"{base}/members"), json={"user_id": str(world.outsider.id)}, headers=h
    )
    assert problem(stranger, 422)["errors"][0]["field"] == "body.user_id"
    foreign = await client.post(
        world.url(f"{base}/members"),
        json={"name": "X", "partner_id": world.other_partner},
        headers=h,
    )
    assert problem(foreign, 422)["errors"][0]["field"] == "body.partner_id"
    nobody = await client.post(world.url(f"{base}/members"), json={}, headers=h)
    assert problem(nobody, 422)["errors"][0]["field"] == "body.name"
    renamed = await client.patch(
        world.url(base), json={"kind": "project_team", "name": "Projectteam"}, headers=h
    )
    assert renamed.json()["kind"] == "project_team"
    assert [m["name"] for m in renamed.json()["members"]] == ["Fatima Amrani", "Mirjam Koster"]
    bad = await client.patch(world.url(base), json={"kind": "club"}, headers=h)
    assert problem(bad, 422)["errors"][0]["field"] == "body.kind"
    removed = await client.delete(world.url(f"{base}/members/{by_user['id']}"), headers=h)
    assert removed.status_code == 204
    listed = (
        await client.get(world.url("/working-structures"), headers=world.member.headers)
    ).json()
    assert [len(s["members"]) for s in listed["items"]] == [1]
    problem(await client.delete(world.url(f"{base}/members/{by_user['id']}"), headers=h), 404)
    assert (await client.delete(world.url(base), headers=h)).status_code == 204


async def test_members_read_only_coordinators_write(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    h = world.member.headers
    problem(await client.post(world.url("/plan/actions"), json={"title": "X"}, headers=h), 403)
    problem(
        await client.post(
            world.url("/working-structures"),
            json={"kind": "steering_group", "name": "S"},
            headers=h,
        ),
        403,
    )
    assert (await client.get(world.url("/plan/actions"), headers=h)).status_code == 200


async def _full_plan(w: Coalitions) -> tuple[str, str, str]:
    action = await w.create(
        "/plan/actions", {"title": "Geheime actie", "owner_partner_id": w.partner_x}
    )
    group = await w.create("/working-structures", {"kind": "sounding_board", "name": "K"})
    member = await w.create(
        f"/working-structures/{group['id']}/members",
        {"name": "Geheim lid", "partner_id": w.partner_y},
    )
    return action["id"], group["id"], member["id"]


def _endpoints(action: str, group: str, member: str) -> list[tuple[str, str, Any]]:
    return [
        ("GET", "/working-structures", None),
        ("POST", "/working-structures", {"kind": "working_group", "name": "X"}),
        ("GET", f"/working-structures/{group}", None),
        ("PATCH", f"/working-structures/{group}", {"name": "X"}),
        ("DELETE", f"/working-structures/{group}", None),
        ("POST", f"/working-structures/{group}/members", {"name": "X"}),
        ("DELETE", f"/working-structures/{group}/members/{member}", None),
        ("GET", "/plan/actions", None),
        ("POST", "/plan/actions", {"title": "X"}),
        ("GET", f"/plan/actions/{action}", None),
        ("PATCH", f"/plan/actions/{action}", {"title": "X"}),
        ("DELETE", f"/plan/actions/{action}", None),
        ("GET", "/plan/coverage", None),
    ]


@pytest.mark.parametrize("index", range(13))
async def test_other_coalitions_see_nothing(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck, index: int
) -> None:
    ids = await _full_plan(world)
    method, path, body = _endpoints(*ids)[index]
    outsider = world.outsider.headers
    response = await client.request(method, world.url(path), json=body, headers=outsider)
    problem(response, 404)
    assert "Geheim" not in response.text
    if ids[0] in path or ids[1] in path:
        own = f"/api/v1/coalitions/{world.other_cid}{path}"
        problem(await client.request(method, own, json=body, headers=outsider), 404)
    h = world.coordinator.headers
    action = (await client.get(world.url(f"/plan/actions/{ids[0]}"), headers=h)).json()
    assert action["title"] == "Geheime actie"
    group = (await client.get(world.url(f"/working-structures/{ids[1]}"), headers=h)).json()
    assert [m["name"] for m in group["members"]] == ["Geheim lid"]


async def test_every_endpoint_is_checked(app: FastAPI) -> None:
    routes = [
        (method, path)
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
        if operation["tags"] == ["plan"]
    ]
    assert len(routes) == len(_endpoints("a", "g", "m")) == 13


async def test_statement_counts_do_not_grow(
    client: httpx.AsyncClient, world: Coalitions, count_statements: StatementCounter
) -> None:
    await _full_plan(world)
    paths = ["/plan/actions", "/plan/coverage", "/working-structures"]
    before = [await count_statements.get(client, world.url(p), world.member) for p in paths]
    for index in range(5):
        owner = [world.partner_x, world.partner_y, None][index % 3]
        await world.create("/plan/actions", {"title": f"A{index}", "owner_partner_id": owner})
        group = await world.create(
            "/working-structures", {"kind": "project_team", "name": f"P{index}"}
        )
        for partner in (world.partner_x, world.partner_y):
            await world.create(
                f"/working-structures/{group['id']}/members",
                {"name": "N", "partner_id": partner},
            )
    after = [await count_statements.get(client, world.url(p), world.member) for p in paths]
    assert after == before
