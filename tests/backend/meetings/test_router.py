from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from situations import Coalitions, ProblemCheck, StatementCounter

START = "2026-12-10T15:00:00+01:00"


async def _meeting(client: httpx.AsyncClient, w: Coalitions, **body: Any) -> dict[str, Any]:
    payload = {
        "type": "exploration",
        "title": "Verkenningsbijeenkomst",
        "starts_at": START,
        "agenda_template": "nl",
        **body,
    }
    response = await client.post(w.url("/meetings"), json=payload, headers=w.coordinator.headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_exploration_meeting_from_the_seed_programme(
    client: httpx.AsyncClient, world: Coalitions
) -> None:
    meeting = await _meeting(
        client,
        world,
        ends_at="2026-12-10T18:00:00+01:00",
        place="Stadhuis, raadzaal",
        chair_name="Onafhankelijk gespreksleider",
        invitee_scope="with_stakeholders",
        invited_by="front_runners",
        invitation_note="Gemeente en ondernemers nodigen samen uit.",
    )
    assert meeting["starts_at"] == "2026-12-10T14:00:00Z"
    parts = [item["part"] for item in meeting["agenda"]]
    assert parts[0] == "vision"
    assert parts[-1] == "closing"
    assert parts == sorted(parts, key=["vision", "central", "conclusion", "closing"].index)
    assert {"vision", "central", "conclusion", "closing"} == set(parts)
    assert [item["position"] for item in meeting["agenda"]] == list(range(len(parts)))
    assert meeting["agenda_minutes"] == sum(i["duration_minutes"] for i in meeting["agenda"])
    assert any(i["title"] == "Vaststellen commitment" for i in meeting["agenda"])
    assert meeting["invited_by"] == "front_runners"

    english = await _meeting(client, world, type="start", agenda_template="en")
    assert english["agenda"][0]["title"] == "The shared vision"
    empty = await _meeting(client, world, type="regular", agenda_template=None)
    assert empty["agenda"] == []
    assert empty["agenda_minutes"] == 0

    template = await client.get(
        world.url("/meeting-templates/exploration?language=en"), headers=world.member.headers
    )
    assert template.status_code == 200
    assert template.json()[0]["title"] == "Presenting the vision"


async def test_minutes_status_and_patch_rules(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    meeting = await _meeting(client, world, ends_at="2026-12-10T18:00:00+01:00")
    url = world.url(f"/meetings/{meeting['id']}")
    h = world.coordinator.headers
    changed = await client.patch(
        url,
        json={"status": "held", "minutes": "## Verslag\n\n- Visie gedeeld", "invitee_scope": None},
        headers=h,
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["minutes"].startswith("## Verslag")
    assert changed.json()["status"] == "held"
    body = problem(await client.patch(url, json={"title": None}, headers=h), 422)
    assert (body["errors"][0]["field"], body["errors"][0]["code"]) == ("body.title", "not_nullable")
    body = problem(
        await client.patch(url, json={"starts_at": "2026-12-11T10:00:00+01:00"}, headers=h), 422
    )
    assert body["errors"][0]["field"] == "body.ends_at"
    unchanged = (await client.get(url, headers=h)).json()
    assert unchanged["starts_at"] == "2026-12-10T14:00:00Z"


async def test_meeting_validation(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    url = world.url("/meetings")
    h = world.coordinator.headers
    body = problem(
        await client.post(
            url,
            json={"type": "party", "title": " ", "starts_at": "morgen", "link": "geen url"},
            headers=h,
        ),
        422,
    )
    assert {e["field"] for e in body["errors"]} == {
        "body.type",
        "body.title",
        "body.starts_at",
        "body.link",
    }
    body = problem(
        await client.post(
            url,
            json={"type": "start", "title": "X", "starts_at": "2026-12-10T15:00:00"},
            headers=h,
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.starts_at"
    body = problem(
        await client.post(
            url,
            json={
                "type": "start",
                "title": "X",
                "starts_at": START,
                "ends_at": "2026-12-09T15:00:00+01:00",
            },
            headers=h,
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.ends_at"
    listed = (await client.get(url, headers=h)).json()
    assert listed["items"] == []


async def test_invitees_documents_and_attendance(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    meeting = await _meeting(client, world)
    base = f"/meetings/{meeting['id']}"
    h = world.coordinator.headers
    school = await world.create(
        f"{base}/invitees",
        {
            "partner_id": world.partner_x,
            "person_name": "Fatima Amrani",
            "has_execution_power": True,
        },
    )
    assert school["partner_name"] == "Scholengroep Binnenstad"
    await world.create(f"{base}/invitees", {"person_name": "Wijkagent", "email": "W@X.NL"})
    body = problem(await client.post(world.url(f"{base}/invitees"), json={}, headers=h), 422)
    assert body["errors"][0]["field"] == "body.person_name"
    foreign = await client.post(
        world.url(f"{base}/invitees"), json={"partner_id": world.other_partner}, headers=h
    )
    assert problem(foreign, 422)["errors"][0]["field"] == "body.partner_id"
    present = await client.patch(
        world.url(f"{base}/invitees/{school['id']}"), json={"attendance": "present"}, headers=h
    )
    assert present.json()["attendance"] == "present"

    doc = await world.create(f"{base}/documents", {"title": "Notitie", "url": "https://x.nl/n.pdf"})
    bad = await client.post(
        world.url(f"{base}/documents"), json={"title": "Notitie", "url": ""}, headers=h
    )
    assert problem(bad, 422)["errors"][0]["field"] == "body.url"
    detail = (await client.get(world.url(base), headers=world.member.headers)).json()
    assert [i["email"] for i in detail["invitees"]] == ["", "w@x.nl"]
    assert detail["documents"] == [doc]
    gone = await client.delete(world.url(f"{base}/documents/{doc['id']}"), headers=h)
    assert gone.status_code == 204
    gone = await client.delete(world.url(f"{base}/invitees/{school['id']}"), headers=h)
    assert gone.status_code == 204
    detail = (await client.get(world.url(base), headers=h)).json()
    assert detail["documents"] == []
    assert len(detail["invitees"]) == 1


async def test_agenda_is_editable(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    meeting = await _meeting(client, world)
    base = f"/meetings/{meeting['id']}"
    h = world.coordinator.headers
    ids = [item["id"] for item in meeting["agenda"]]
    first = await world.create(
        f"{base}/agenda",
        {"title": "Welkom", "duration_minutes": 5, "position": 0, "part": "vision"},
    )
    assert first["position"] == 0
    last = await world.create(f"{base}/agenda", {"title": "Borrel"})
    assert last["position"] == len(ids) + 1
    changed = await client.patch(
        world.url(f"{base}/agenda/{ids[0]}"), json={"duration_minutes": 25}, headers=h
    )
    assert changed.json()["duration_minutes"] == 25
    body = problem(
        await client.patch(
            world.url(f"{base}/agenda/{ids[0]}"), json={"duration_minutes": -1}, headers=h
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.duration_minutes"
    new_order = [last["id"], *reversed(ids), first["id"]]
    reordered = await client.put(
        world.url(f"{base}/agenda/order"), json={"item_ids": new_order}, headers=h
    )
    assert reordered.status_code == 200, reordered.text
    assert [i["id"] for i in reordered.json()] == new_order
    mismatch = await client.put(
        world.url(f"{base}/agenda/order"), json={"item_ids": new_order[1:]}, headers=h
    )
    assert problem(mismatch, 422)["errors"][0]["field"] == "body.item_ids"
    twice = await client.put(
        world.url(f"{base}/agenda/order"), json={"item_ids": [*new_order, new_order[0]]}, headers=h
    )
    problem(twice, 422)
    assert (await client.delete(world.url(f"{base}/agenda/{ids[3]}"), headers=h)).status_code == 204
    agenda = (await client.get(world.url(base), headers=h)).json()["agenda"]
    assert [i["id"] for i in agenda] == [i for i in new_order if i != ids[3]]
    assert [i["position"] for i in agenda] == list(range(len(agenda)))


async def test_decisions_and_next_steps(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    meeting = await _meeting(client, world)
    base = f"/meetings/{meeting['id']}"
    h = world.coordinator.headers
    await world.create(f"{base}/outcomes", {"kind": "decision", "description": "Samen door"})
    step = await world.create(
        f"{base}/outcomes",
        {
            "kind": "next_step",
            "description": "Initiatiefvoorstel schrijven",
            "owner_partner_id": world.partner_x,
            "owner_name": "Fatima",
            "due_on": "2027-01-31",
        },
    )
    assert step["owner_partner_name"] == "Scholengroep Binnenstad"
    listed = (await client.get(world.url("/meetings"), headers=h)).json()["items"]
    assert listed[0]["open_next_steps"] == 1
    done = await client.patch(
        world.url(f"{base}/outcomes/{step['id']}"), json={"done": True}, headers=h
    )
    assert done.json()["done"] is True
    moved = await client.patch(
        world.url(f"{base}/outcomes/{step['id']}"),
        json={"owner_partner_id": world.partner_y},
        headers=h,
    )
    assert (moved.json()["owner_partner_id"], moved.json()["owner_partner_name"]) == (
        world.partner_y,
        "Welzijn Rivierland",
    )
    cleared = await client.patch(
        world.url(f"{base}/outcomes/{step['id']}"), json={"owner_partner_id": None}, headers=h
    )
    assert cleared.json()["owner_partner_name"] is None
    listed = (await client.get(world.url("/meetings"), headers=h)).json()["items"]
    assert listed[0]["open_next_steps"] == 0
    foreign = await client.patch(
        world.url(f"{base}/outcomes/{step['id']}"),
        json={"owner_partner_id": world.other_partner},
        headers=h,
    )
    assert problem(foreign, 422)["errors"][0]["field"] == "body.owner_partner_id"
    blank = await client.post(
        world.url(f"{base}/outcomes"), json={"kind": "decision", "description": "  "}, headers=h
    )
    assert problem(blank, 422)["errors"][0]["field"] == "body.description"
    gone = await client.delete(world.url(f"{base}/outcomes/{step['id']}"), headers=h)
    assert gone.status_code == 204


async def test_commitment_history_and_summary(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    first = await _meeting(client, world)
    second = await _meeting(client, world, type="start", starts_at="2027-02-01T15:00:00+01:00")
    h = world.coordinator.headers
    await world.create(
        f"/meetings/{first['id']}/commitments",
        {"partner_id": world.partner_x, "level": "exploring", "points_to_discuss": "Lestijd"},
    )
    await world.create(
        f"/meetings/{first['id']}/commitments",
        {"partner_id": world.partner_y, "level": "intends_to_join"},
    )
    await world.create(
        f"/meetings/{second['id']}/commitments",
        {"partner_id": world.partner_x, "level": "committed"},
    )
    bad = await client.post(
        world.url(f"/meetings/{first['id']}/commitments"),
        json={"partner_id": world.partner_x, "level": "maybe"},
        headers=h,
    )
    assert problem(bad, 422)["errors"][0]["field"] == "body.level"
    foreign = await client.post(
        world.url(f"/meetings/{first['id']}/commitments"),
        json={"partner_id": world.other_partner, "level": "committed"},
        headers=h,
    )
    assert problem(foreign, 422)["errors"][0]["field"] == "body.partner_id"

    summary = (await client.get(world.url("/commitments"), headers=world.member.headers)).json()
    assert [(p["partner_name"], p["level"]) for p in summary["partners"]] == [
        ("Scholengroep Binnenstad", "committed"),
        ("Welzijn Rivierland", "intends_to_join"),
    ]
    x = summary["partners"][0]
    assert x["determinations"] == 2
    assert x["meeting_id"] == second["id"]
    assert x["points_to_discuss"] == ""
    assert summary["by_level"] == {
        "not_interested": 0,
        "exploring": 0,
        "intends_to_join": 1,
        "committed": 1,
    }
    assert summary["undetermined"] == 0
    history = (
        await client.get(world.url(f"/commitments/history?partner_id={world.partner_x}"), headers=h)
    ).json()
    assert [r["level"] for r in history["items"]] == ["exploring", "committed"]
    assert history["items"][0]["recorded_by_name"] == "Anne de Vries"
    detail = (await client.get(world.url(f"/meetings/{first['id']}"), headers=h)).json()
    assert [c["level"] for c in detail["commitments"]] == ["exploring", "intends_to_join"]
    page = (await client.get(world.url("/commitments/history?limit=2"), headers=h)).json()
    assert len(page["items"]) == 2
    assert page["next_cursor"]


async def test_a_meeting_with_commitment_history_cannot_be_deleted(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    h = world.coordinator.headers
    recorded = await _meeting(client, world)
    await world.create(
        f"/meetings/{recorded['id']}/commitments",
        {"partner_id": world.partner_x, "level": "exploring"},
    )
    refused = await client.delete(world.url(f"/meetings/{recorded['id']}"), headers=h)
    assert "commitment history" in problem(refused, 409)["detail"]
    history = (await client.get(world.url("/commitments/history"), headers=h)).json()
    assert [r["level"] for r in history["items"]] == ["exploring"]
    # Without commitments the meeting goes, with everything else recorded at it.
    plain = await _meeting(client, world)
    outcome = {"kind": "decision", "description": "D"}
    await world.create(f"/meetings/{plain['id']}/outcomes", outcome)
    gone = await client.delete(world.url(f"/meetings/{plain['id']}"), headers=h)
    assert gone.status_code == 204
    problem(await client.get(world.url(f"/meetings/{plain['id']}"), headers=h), 404)


async def test_members_read_only_coordinators_write(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    meeting = await _meeting(client, world)
    base = world.url(f"/meetings/{meeting['id']}")
    h = world.member.headers
    assert (await client.get(world.url("/meetings"), headers=h)).status_code == 200
    assert (await client.get(base, headers=h)).status_code == 200
    problem(await client.patch(base, json={"minutes": "x"}, headers=h), 403)
    problem(
        await client.post(
            f"{base}/commitments",
            json={"partner_id": world.partner_x, "level": "committed"},
            headers=h,
        ),
        403,
    )
    problem(
        await client.post(
            world.url("/meetings"),
            json={"type": "start", "title": "X", "starts_at": START},
            headers=h,
        ),
        403,
    )
    problem(await client.delete(base, headers=h), 403)


def _endpoints(meeting: dict[str, Any], partner_id: str) -> list[tuple[str, str, Any]]:
    m = f"/meetings/{meeting['id']}"
    item = meeting["agenda"][0]["id"]
    invitee = meeting["invitees"][0]["id"]
    document = meeting["documents"][0]["id"]
    outcome = meeting["outcomes"][0]["id"]
    return [
        ("GET", "/meetings", None),
        ("POST", "/meetings", {"type": "start", "title": "X", "starts_at": START}),
        ("GET", "/meeting-templates/exploration", None),
        ("GET", m, None),
        ("PATCH", m, {"minutes": "x"}),
        ("DELETE", m, None),
        ("POST", f"{m}/invitees", {"person_name": "X"}),
        ("PATCH", f"{m}/invitees/{invitee}", {"attendance": "present"}),
        ("DELETE", f"{m}/invitees/{invitee}", None),
        ("POST", f"{m}/documents", {"title": "X", "url": "https://x.nl"}),
        ("DELETE", f"{m}/documents/{document}", None),
        ("POST", f"{m}/agenda", {"title": "X"}),
        ("PUT", f"{m}/agenda/order", {"item_ids": [item]}),
        ("PATCH", f"{m}/agenda/{item}", {"title": "X"}),
        ("DELETE", f"{m}/agenda/{item}", None),
        ("POST", f"{m}/outcomes", {"kind": "decision", "description": "X"}),
        ("PATCH", f"{m}/outcomes/{outcome}", {"done": True}),
        ("DELETE", f"{m}/outcomes/{outcome}", None),
        ("POST", f"{m}/commitments", {"partner_id": partner_id, "level": "committed"}),
        ("GET", "/commitments", None),
        ("GET", "/commitments/history", None),
    ]


async def _full_meeting(client: httpx.AsyncClient, w: Coalitions) -> dict[str, Any]:
    meeting = await _meeting(client, w)
    base = f"/meetings/{meeting['id']}"
    await w.create(f"{base}/invitees", {"partner_id": w.partner_x})
    await w.create(f"{base}/documents", {"title": "N", "url": "https://x.nl"})
    await w.create(f"{base}/outcomes", {"kind": "decision", "description": "D"})
    await w.create(f"{base}/commitments", {"partner_id": w.partner_x, "level": "exploring"})
    detail = await client.get(w.url(base), headers=w.coordinator.headers)
    result: dict[str, Any] = detail.json()
    return result


@pytest.mark.parametrize("index", range(21))
async def test_other_coalitions_see_nothing(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck, index: int
) -> None:
    """Every endpoint, for coalition B's coordinator: A's coalition answers 404; A's meeting
    under B's own coalition answers 404 too, and nothing of A changes."""
    meeting = await _full_meeting(client, world)
    method, path, body = _endpoints(meeting, world.partner_x)[index]
    outsider = world.outsider.headers
    response = await client.request(method, world.url(path), json=body, headers=outsider)
    problem(response, 404)
    assert "Verkenningsbijeenkomst" not in response.text
    if "/meetings/" in path:
        own = f"/api/v1/coalitions/{world.other_cid}{path}"
        problem(await client.request(method, own, json=body, headers=outsider), 404)
    after = await client.get(
        world.url(f"/meetings/{meeting['id']}"), headers=world.coordinator.headers
    )
    assert after.json() == meeting
    summary = (
        await client.get(world.url("/commitments"), headers=world.coordinator.headers)
    ).json()
    assert summary["partners"][0]["level"] == "exploring"


async def test_every_endpoint_is_checked(app: FastAPI) -> None:
    meeting = {
        "id": "m",
        "agenda": [{"id": "a"}],
        "invitees": [{"id": "i"}],
        "documents": [{"id": "d"}],
        "outcomes": [{"id": "o"}],
    }
    checked = len(_endpoints(meeting, "p"))
    # The organisation's commitment scale is checked in test_scale.py.
    routes = [
        (method, path)
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
        if operation["tags"] == ["meetings"] and path.startswith("/api/v1/coalitions/")
    ]
    assert checked == len(routes) == 21


async def test_statement_counts_do_not_grow(
    client: httpx.AsyncClient, world: Coalitions, count_statements: StatementCounter
) -> None:
    meeting = await _full_meeting(client, world)
    paths = ["/meetings", f"/meetings/{meeting['id']}", "/commitments", "/commitments/history"]
    before = [await count_statements.get(client, world.url(p), world.member) for p in paths]
    base = f"/meetings/{meeting['id']}"
    for index in range(5):
        await _meeting(client, world, title=f"Overleg {index}")
        await world.create(f"{base}/invitees", {"partner_id": world.partner_y})
        await world.create(f"{base}/documents", {"title": "N", "url": "https://x.nl"})
        await world.create(
            f"{base}/outcomes",
            {"kind": "next_step", "description": "S", "owner_partner_id": world.partner_y},
        )
        await world.create(
            f"{base}/commitments", {"partner_id": world.partner_y, "level": "exploring"}
        )
    after = [await count_statements.get(client, world.url(p), world.member) for p in paths]
    assert after == before


async def test_meetings_list_newest_first_with_pages(
    client: httpx.AsyncClient, world: Coalitions
) -> None:
    for day in ("2026-12-01", "2027-01-15", "2026-11-20"):
        await _meeting(client, world, title=day, starts_at=f"{day}T10:00:00+01:00")
    h = world.coordinator.headers
    page = (await client.get(world.url("/meetings?limit=2"), headers=h)).json()
    rest = (
        await client.get(world.url(f"/meetings?limit=2&cursor={page['next_cursor']}"), headers=h)
    ).json()
    assert [m["title"] for m in page["items"] + rest["items"]] == [
        "2027-01-15",
        "2026-12-01",
        "2026-11-20",
    ]
    assert rest["next_cursor"] is None
    only = (await client.get(world.url("/meetings?type=start"), headers=h)).json()
    assert only["items"] == []
