"""The crisis protocol template (a Vitaal rule, not from the method): Vitaal's tasks until the
organisation saves its own; a protocol copies the template when it is escalated, so a changed
template applies to later protocols and leaves earlier ones as they were."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

import httpx
from situations import Api, ProblemCheck

from vitaal.crisis.template import TASKS

OWN = {
    "tasks": [
        {"scenario": "closure", "title": "Evaluatie naar het bestuur", "due_after_days": 30},
        {"scenario": "signalling", "title": "  Crisisteam bellen  ", "due_after_days": 0},
        {"scenario": "first_response", "title": "Holdingstatement", "due_after_days": 1},
        {"scenario": "signalling", "title": "Feiten op een rij", "due_after_days": 0},
    ]
}
IN_ORDER = [
    ("signalling", "Crisisteam bellen", 0),
    ("signalling", "Feiten op een rij", 0),
    ("first_response", "Holdingstatement", 1),
    ("closure", "Evaluatie naar het bestuur", 30),
]


def _tasks(body: dict[str, Any]) -> list[tuple[str, str, int]]:
    return [(t["scenario"], t["title"], t["due_after_days"]) for t in body["tasks"]]


def _protocol_tasks(protocol: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    return [
        (scenario["scenario"], task["title"], task["due_on"])
        for scenario in protocol["scenarios"]
        for task in scenario["tasks"]
    ]


async def test_vitaal_template_in_both_languages(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner("Branchevereniging Fietsmakers", kind="trade_association")
    url = f"/api/v1/organisations/{org_id}/crisis-template"
    dutch = (await client.get(url, headers=user.headers)).json()
    english = (await client.get(f"{url}?lang=en", headers=user.headers)).json()
    assert (dutch["own"], dutch["saved_at"]) == (False, None)
    assert [t["title"] for t in dutch["tasks"]] == [
        title for titles in TASKS["nl"].values() for title in titles
    ]
    assert english["tasks"][0]["title"].startswith("Gather the facts")
    assert [t["due_after_days"] for t in dutch["tasks"]][:3] == [0, 0, 0]
    assert dutch["tasks"][-1] == {
        "scenario": "closure",
        "title": "Issue teruggeven aan het reguliere issuemanagement",
        "due_after_days": 56,
    }


async def test_own_template_applies_to_protocols_escalated_afterwards(
    client: httpx.AsyncClient, api: Api
) -> None:
    user, org_id, issue = await api.owner_with_issue(
        "Onveilige e-bikes", "Branchevereniging Fietsmakers", kind="trade_association"
    )
    headers = user.headers
    url = f"/api/v1/organisations/{org_id}/crisis-template"

    async def escalate(reason: str) -> dict[str, Any]:
        response = await client.post(
            f"{issue}/crisis/escalate", json={"override_reason": reason}, headers=headers
        )
        assert response.status_code == 201, response.text
        protocol: dict[str, Any] = response.json()
        return protocol

    first = await escalate("x")
    assert first["own_template"] is False
    vitaal_tasks = _protocol_tasks(first)
    assert len(vitaal_tasks) == 17

    saved = await client.put(url, json=OWN, headers=headers)
    assert saved.status_code == 200, saved.text
    assert saved.json()["own"] is True
    assert saved.json()["saved_at"] is not None
    assert _tasks(saved.json()) == IN_ORDER
    assert _tasks((await client.get(f"{url}?lang=en", headers=headers)).json()) == IN_ORDER

    # The running protocol keeps the tasks it was made with.
    running = (await client.get(f"{issue}/crisis", headers=headers)).json()["active_protocol"]
    assert _protocol_tasks(running) == vitaal_tasks
    await client.post(f"{issue}/crisis/de-escalate", json={"reason": "rustig"}, headers=headers)

    second = await escalate("y")
    assert second["own_template"] is True
    today = date.fromisoformat(second["escalated_at"][:10])
    assert _protocol_tasks(second) == [
        (scenario, title, (today + timedelta(days=days)).isoformat())
        for scenario, title, days in IN_ORDER
    ]
    assert [len(s["tasks"]) for s in second["scenarios"]] == [2, 1, 0, 0, 1]
    # Vitaal's first lines of the communication plan, whatever the tasks.
    assert len(second["communications"]) == 4

    # Changing the template again changes neither protocol.
    await client.put(url, json={"tasks": OWN["tasks"][:1]}, headers=headers)
    protocols = (await client.get(f"{issue}/crisis/protocols", headers=headers)).json()["items"]
    assert [(p["own_template"], p["tasks_total"]) for p in protocols] == [(False, 17), (True, 4)]
    history = await client.get(f"{issue}/crisis/protocols/{first['id']}", headers=headers)
    assert _protocol_tasks(history.json()) == vitaal_tasks

    # Back to Vitaal's template.
    assert (await client.delete(url, headers=headers)).status_code == 204
    assert (await client.get(url, headers=headers)).json()["own"] is False
    await client.post(f"{issue}/crisis/de-escalate", json={"reason": "rustig"}, headers=headers)
    third = await escalate("z")
    assert (third["own_template"], third["tasks_total"]) == (False, 17)


async def test_template_validation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    url = f"/api/v1/organisations/{org_id}/crisis-template"
    task = OWN["tasks"][0]
    cases = [
        ({"tasks": []}, "body.tasks"),
        ({"tasks": [{**task, "due_after_days": 366}]}, "body.tasks.0.due_after_days"),
        ({"tasks": [{**task, "due_after_days": -1}]}, "body.tasks.0.due_after_days"),
        ({"tasks": [{**task, "title": "   "}]}, "body.tasks.0.title"),
        ({"tasks": [{**task, "scenario": "panic"}]}, "body.tasks.0.scenario"),
        ({"tasks": [task] * 101}, "body.tasks"),
    ]
    for body, field in cases:
        errors = problem(await client.put(url, json=body, headers=user.headers), 422)["errors"]
        assert errors[0]["field"] == field, body
    assert (await client.get(url, headers=user.headers)).json()["own"] is False


async def test_admins_change_members_read_strangers_see_nothing(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner, org_id = await api.owner()
    url = f"/api/v1/organisations/{org_id}/crisis-template"
    colleague = await api.user(name="Collega")
    await api.join_organisation(owner, org_id, colleague, role="member")
    assert (await client.get(url, headers=colleague.headers)).status_code == 200
    problem(await client.put(url, json=OWN, headers=colleague.headers), 403)
    problem(await client.delete(url, headers=colleague.headers), 403)
    stranger, _ = await api.owner("Concurrent")
    for method, body in (("GET", None), ("PUT", OWN), ("DELETE", None)):
        problem(await client.request(method, url, json=body, headers=stranger.headers), 404)
    assert (await client.get(url, headers=owner.headers)).json()["own"] is False


async def test_concurrent_replacements_leave_one_whole_template(
    client: httpx.AsyncClient, api: Api
) -> None:
    user, org_id = await api.owner()
    url = f"/api/v1/organisations/{org_id}/crisis-template"
    bodies = [
        {
            "tasks": [
                {"scenario": "signalling", "title": f"Taak {n}.{i}", "due_after_days": 0}
                for i in range(3)
            ]
        }
        for n in range(4)
    ]
    responses = await asyncio.gather(
        *(client.put(url, json=body, headers=user.headers) for body in bodies)
    )
    assert [r.status_code for r in responses] == [200] * 4
    titles = [t["title"] for t in (await client.get(url, headers=user.headers)).json()["tasks"]]
    assert titles in [[t["title"] for t in body["tasks"]] for body in bodies]
