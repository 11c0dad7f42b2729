"""Crisis of an issue over HTTP: assessments with the rule's explanation, escalation (on the
rule or by override) with a protocol from the template, editing tasks and team, the crisis
communication plan, de-escalation keeping history; another organisation sees nothing."""

from __future__ import annotations

from typing import Any

import httpx
from situations import Api, ProblemCheck, StatementCounter, User

CRISIS = {
    "reputation": "acute",
    "continuity": "none",
    "subject": "sector",
    "several_members": True,
    "member_affects_whole": False,
}
NOT_CRISIS = {**CRISIS, "several_members": False}


async def _setup(api: Api, name: str = "Branchevereniging Fietsmakers") -> tuple[User, str, str]:
    return await api.owner_with_issue("Onveilige e-bikes", name, kind="trade_association")


async def test_rule_preview_explains_and_stores_nothing(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, _org, issue = await _setup(api)
    preview = await client.post(f"{issue}/crisis/rule", json=CRISIS, headers=user.headers)
    assert preview.status_code == 200, preview.text
    assert preview.json() == {
        "is_crisis": True,
        "threat": True,
        "involvement": True,
        "acute": True,
        "held": ["reputation_acute", "subject_sector", "several_members"],
        "missing": [],
    }
    calm = await client.post(f"{issue}/crisis/rule", json=NOT_CRISIS, headers=user.headers)
    assert calm.json()["is_crisis"] is False
    assert calm.json()["missing"] == ["no_involvement"]
    bad = await client.post(
        f"{issue}/crisis/rule", json={**CRISIS, "reputation": "huge"}, headers=user.headers
    )
    assert problem(bad, 422)["errors"][0]["field"] == "body.reputation"
    missing = await client.post(
        f"{issue}/crisis/rule",
        json={k: v for k, v in CRISIS.items() if k != "several_members"},
        headers=user.headers,
    )
    assert problem(missing, 422)["errors"][0]["field"] == "body.several_members"
    listed = await client.get(f"{issue}/crisis/assessments", headers=user.headers)
    assert listed.json()["items"] == []


async def test_assess_escalate_tick_and_de_escalate(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, _org, issue = await _setup(api)
    headers = user.headers

    calm = await client.post(
        f"{issue}/crisis/assessments",
        json={**NOT_CRISIS, "note": "  Eén fietsmaker betrokken  "},
        headers=headers,
    )
    assert calm.status_code == 201, calm.text
    assert calm.json()["outcome"]["is_crisis"] is False
    assert calm.json()["note"] == "Eén fietsmaker betrokken"
    assert calm.json()["assessed_by_name"] == "Anouk Jansen"

    refused = await client.post(
        f"{issue}/crisis/escalate", json={"assessment_id": calm.json()["id"]}, headers=headers
    )
    error = problem(refused, 422)["errors"][0]
    assert (error["field"], error["code"]) == ("body.override_reason", "not_a_crisis")
    nothing = await client.post(f"{issue}/crisis/escalate", json={}, headers=headers)
    problem(nothing, 422)
    assert (await client.get(issue, headers=headers)).json()["status"] == "active"

    crisis = await client.post(f"{issue}/crisis/assessments", json=CRISIS, headers=headers)
    assert crisis.json()["outcome"]["is_crisis"] is True
    escalated = await client.post(
        f"{issue}/crisis/escalate", json={"assessment_id": crisis.json()["id"]}, headers=headers
    )
    assert escalated.status_code == 201, escalated.text
    protocol = escalated.json()
    assert protocol["number"] == 1
    assert protocol["active"] is True
    assert protocol["override_reason"] is None
    assert protocol["assessment_id"] == crisis.json()["id"]
    assert [s["scenario"] for s in protocol["scenarios"]] == [
        "signalling",
        "first_response",
        "stabilisation",
        "evaluation",
        "closure",
    ]
    assert all(s["tasks"] for s in protocol["scenarios"])
    assert protocol["tasks_total"] == sum(len(s["tasks"]) for s in protocol["scenarios"])
    assert protocol["tasks_done"] == 0
    assert protocol["team"] == [
        {
            "id": protocol["team"][0]["id"],
            "user_id": str(user.id),
            "name": "Anouk Jansen",
            "role": "lead",
            "contact": "",
        }
    ]
    assert len(protocol["communications"]) == 4
    assert {c["protocol_id"] for c in protocol["communications"]} == {protocol["id"]}
    assert "Holdingstatement" in {c["message"].split(" ")[0] for c in protocol["communications"]}

    issue_now = (await client.get(issue, headers=headers)).json()
    assert issue_now["status"] == "crisis"
    history = (await client.get(f"{issue}/history", headers=headers)).json()["items"]
    assert (history[-1]["old_value"], history[-1]["new_value"]) == ("active", "crisis")
    assert "reputation_acute" in history[-1]["reason"]

    again = await client.post(
        f"{issue}/crisis/escalate", json={"override_reason": "nog eens"}, headers=headers
    )
    problem(again, 409)

    # Tick a task off, add and remove one.
    base = f"{issue}/crisis/protocols/{protocol['id']}"
    task = protocol["scenarios"][0]["tasks"][0]
    ticked = await client.patch(f"{base}/tasks/{task['id']}", json={"done": True}, headers=headers)
    assert ticked.status_code == 200, ticked.text
    assert ticked.json()["done"] is True
    assert ticked.json()["done_by_name"] == "Anouk Jansen"
    added = await client.post(
        f"{base}/tasks",
        json={"scenario": "first_response", "title": " Q&A opstellen ", "owner": "Secretariaat"},
        headers=headers,
    )
    assert added.status_code == 201, added.text
    assert added.json()["title"] == "Q&A opstellen"
    blank = await client.post(
        f"{base}/tasks", json={"scenario": "closure", "title": " "}, headers=headers
    )
    assert problem(blank, 422)["errors"][0]["field"] == "body.title"
    null_done = await client.patch(
        f"{base}/tasks/{task['id']}", json={"done": None}, headers=headers
    )
    assert problem(null_done, 422)["errors"][0]["field"] == "body.done"
    removed = await client.delete(f"{base}/tasks/{added.json()['id']}", headers=headers)
    assert removed.status_code == 204

    # The team: a named person and a user of the organisation; not a stranger.
    spokesperson = await client.post(
        f"{base}/team",
        json={"name": "Karin de Wit", "role": "spokesperson", "contact": "06-12345678"},
        headers=headers,
    )
    assert spokesperson.status_code == 201, spokesperson.text
    stranger = await api.user(name="Buiten")
    refused_member = await client.post(
        f"{base}/team", json={"user_id": str(stranger.id)}, headers=headers
    )
    assert problem(refused_member, 422)["errors"][0]["code"] == "not_a_member"
    nobody = await client.post(f"{base}/team", json={"role": "member"}, headers=headers)
    assert problem(nobody, 422)["errors"][0]["field"] == "body.name"
    renamed = await client.patch(
        f"{base}/team/{spokesperson.json()['id']}", json={"role": "secretary"}, headers=headers
    )
    assert renamed.json()["role"] == "secretary"

    # The crisis communication plan is the same model as the approach's, flagged.
    line = await client.post(
        f"{issue}/communications",
        json={
            "audience": "Leden",
            "message": "Update",
            "channel": "newsletter",
            "protocol_id": protocol["id"],
        },
        headers=headers,
    )
    assert line.status_code == 201, line.text
    plan = await client.get(
        f"{issue}/communications", params={"protocol_id": protocol["id"]}, headers=headers
    )
    assert len(plan.json()["items"]) == 5
    external = await client.get(f"{issue}/communications", headers=headers)
    assert external.json()["items"] == []

    overview = (await client.get(f"{issue}/crisis", headers=headers)).json()
    assert overview["issue_status"] == "crisis"
    assert overview["latest_assessment"]["id"] == crisis.json()["id"]
    assert overview["active_protocol"]["tasks_done"] == 1
    assert len(overview["active_protocol"]["team"]) == 2
    assert overview["protocol_count"] == 1

    # De-escalate: the reason is needed; status back to active; the protocol stays as history.
    no_reason = await client.post(f"{issue}/crisis/de-escalate", json={}, headers=headers)
    assert problem(no_reason, 422)["errors"][0]["field"] == "body.reason"
    calmed = await client.post(
        f"{issue}/crisis/de-escalate",
        json={"reason": "Terugroepactie loopt; leden geïnformeerd"},
        headers=headers,
    )
    assert calmed.status_code == 200, calmed.text
    assert calmed.json()["active"] is False
    assert calmed.json()["de_escalation_reason"] == "Terugroepactie loopt; leden geïnformeerd"
    assert calmed.json()["tasks_done"] == 1
    assert (await client.get(issue, headers=headers)).json()["status"] == "active"
    history = (await client.get(f"{issue}/history", headers=headers)).json()["items"]
    assert (history[-1]["old_value"], history[-1]["new_value"]) == ("crisis", "active")
    problem(
        await client.post(f"{issue}/crisis/de-escalate", json={"reason": "x"}, headers=headers), 409
    )

    # History is not edited.
    problem(
        await client.patch(f"{base}/tasks/{task['id']}", json={"done": False}, headers=headers),
        409,
    )
    problem(await client.post(f"{base}/team", json={"name": "X"}, headers=headers), 409)
    problem(
        await client.patch(
            f"{issue}/communications/{line.json()['id']}", json={"status": "sent"}, headers=headers
        ),
        409,
    )
    problem(
        await client.post(
            f"{issue}/communications",
            json={"audience": "a", "message": "b", "protocol_id": protocol["id"]},
            headers=headers,
        ),
        409,
    )
    kept = (await client.get(base, headers=headers)).json()
    assert kept["tasks_done"] == 1
    assert (await client.get(f"{issue}/crisis", headers=headers)).json()["active_protocol"] is None

    # A later escalation, by override, makes a new protocol.
    override = await client.post(
        f"{issue}/crisis/escalate",
        json={"override_reason": "Nieuwe berichtgeving in de landelijke pers", "lang": "en"},
        headers=headers,
    )
    assert override.status_code == 201, override.text
    second = override.json()
    assert (second["number"], second["override_reason"], second["tasks_done"]) == (
        2,
        "Nieuwe berichtgeving in de landelijke pers",
        0,
    )
    assert second["scenarios"][0]["tasks"][0]["title"].startswith("Gather the facts")
    protocols = (await client.get(f"{issue}/crisis/protocols", headers=headers)).json()["items"]
    assert [(p["number"], p["active"], p["tasks_done"]) for p in protocols] == [
        (1, False, 1),
        (2, True, 0),
    ]
    history = (await client.get(f"{issue}/history", headers=headers)).json()["items"]
    assert history[-1]["reason"].startswith("Crisis (override): Nieuwe berichtgeving")


async def test_closed_issue_cannot_escalate_and_unknown_assessment(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, _org, issue = await _setup(api)
    other_user, _other_org, other_issue = await _setup(api, name="Ander")
    foreign = await client.post(
        f"{other_issue}/crisis/assessments", json=CRISIS, headers=other_user.headers
    )
    wrong = await client.post(
        f"{issue}/crisis/escalate",
        json={"assessment_id": foreign.json()["id"]},
        headers=user.headers,
    )
    assert problem(wrong, 422)["errors"][0]["field"] == "body.assessment_id"
    closed = await client.post(
        f"{issue}/status", json={"status": "closed", "reason": "klaar"}, headers=user.headers
    )
    assert closed.status_code == 200, closed.text
    refused = await client.post(
        f"{issue}/crisis/escalate", json={"override_reason": "toch"}, headers=user.headers
    )
    problem(refused, 409)
    assert (await client.get(f"{issue}/crisis/protocols", headers=user.headers)).json()[
        "items"
    ] == []


async def test_lists_take_a_fixed_number_of_statements(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, _org, issue = await _setup(api)
    headers = user.headers

    async def counted(url: str) -> int:
        count_statements.reset()
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        return int(count_statements.count)

    async def one_round() -> None:
        await client.post(f"{issue}/crisis/assessments", json=CRISIS, headers=headers)
        await client.post(
            f"{issue}/crisis/escalate", json={"override_reason": "x"}, headers=headers
        )
        await client.post(f"{issue}/crisis/de-escalate", json={"reason": "y"}, headers=headers)

    await one_round()
    few = [await counted(f"{issue}/crisis/{p}") for p in ("assessments", "protocols")]
    overview_few = await counted(f"{issue}/crisis")
    for _ in range(3):
        await one_round()
    await client.post(f"{issue}/crisis/escalate", json={"override_reason": "x"}, headers=headers)
    many = [await counted(f"{issue}/crisis/{p}") for p in ("assessments", "protocols")]
    assert many == few
    assert await counted(f"{issue}/crisis") == overview_few + 3  # the active protocol's parts
    protocols = (await client.get(f"{issue}/crisis/protocols", headers=headers)).json()["items"]
    assert len(protocols) == 5


async def test_another_organisation_sees_nothing(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id, issue = await _setup(api)
    headers = user.headers
    assessment = (
        await client.post(f"{issue}/crisis/assessments", json=CRISIS, headers=headers)
    ).json()
    protocol = (
        await client.post(
            f"{issue}/crisis/escalate", json={"assessment_id": assessment["id"]}, headers=headers
        )
    ).json()
    task = protocol["scenarios"][0]["tasks"][0]
    member = protocol["team"][0]

    stranger, stranger_org, own_issue = await _setup(api, name="Concurrent")
    own_protocol = (
        await client.post(
            f"{own_issue}/crisis/escalate",
            json={"override_reason": "eigen crisis"},
            headers=stranger.headers,
        )
    ).json()

    def calls(root: str, protocol_id: str) -> list[tuple[str, str, dict[str, Any] | None]]:
        p = f"{root}/crisis/protocols/{protocol_id}"
        return [
            ("GET", f"{root}/crisis", None),
            ("POST", f"{root}/crisis/rule", CRISIS),
            ("GET", f"{root}/crisis/assessments", None),
            ("POST", f"{root}/crisis/assessments", CRISIS),
            ("POST", f"{root}/crisis/escalate", {"override_reason": "x"}),
            ("POST", f"{root}/crisis/de-escalate", {"reason": "x"}),
            ("GET", f"{root}/crisis/protocols", None),
            ("GET", p, None),
            ("POST", f"{p}/tasks", {"scenario": "closure", "title": "x"}),
            ("PATCH", f"{p}/tasks/{task['id']}", {"done": True}),
            ("DELETE", f"{p}/tasks/{task['id']}", None),
            ("POST", f"{p}/team", {"name": "x"}),
            ("PATCH", f"{p}/team/{member['id']}", {"role": "member"}),
            ("DELETE", f"{p}/team/{member['id']}", None),
        ]

    issue_id = issue.rsplit("/", 1)[1]
    # Through the owner's organisation: the stranger is not a member.
    for method, url, body in calls(issue, protocol["id"]):
        problem(await client.request(method, url, json=body, headers=stranger.headers), 404)
    # Through the stranger's own organisation with the other's issue id.
    theirs = f"/api/v1/organisations/{stranger_org}/issues/{issue_id}"
    for method, url, body in calls(theirs, protocol["id"]):
        problem(await client.request(method, url, json=body, headers=stranger.headers), 404)
    # The stranger's own issue with the other's protocol, or own protocol with other's children.
    for method, url, body in calls(own_issue, protocol["id"])[7:]:
        problem(await client.request(method, url, json=body, headers=stranger.headers), 404)
    for method, url, body in calls(own_issue, own_protocol["id"])[9:]:
        if "/tasks/" in url or "/team/" in url:
            problem(await client.request(method, url, json=body, headers=stranger.headers), 404)

    # A line of the stranger's own plan cannot be put in the other's protocol.
    foreign_line = await client.post(
        f"{own_issue}/communications",
        json={"audience": "a", "message": "b", "protocol_id": protocol["id"]},
        headers=stranger.headers,
    )
    errors = problem(foreign_line, 422)["errors"]
    assert (errors[0]["field"], errors[0]["code"]) == ("body.protocol_id", "not_found")

    # Nothing changed for the owner.
    overview = (await client.get(f"{issue}/crisis", headers=headers)).json()
    assert overview["active_protocol"]["id"] == protocol["id"]
    assert overview["active_protocol"]["tasks_done"] == 0
    assert len(overview["active_protocol"]["team"]) == 1
    assessments = (await client.get(f"{issue}/crisis/assessments", headers=headers)).json()
    assert len(assessments["items"]) == 1
    assert org_id != stranger_org
