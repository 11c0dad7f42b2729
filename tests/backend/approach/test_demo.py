"""The demo municipality shows the approach and crisis history of its issues."""

from __future__ import annotations

import httpx
from situations import Demo


async def test_demo_shows_approach_and_crisis(client: httpx.AsyncClient, demo: Demo) -> None:
    headers = demo.headers
    base = demo.organisation_url("/issues")
    issues = {i["title"]: i for i in (await client.get(base, headers=headers)).json()["items"]}

    vacancy = f"{base}/{issues['Leegstand in de winkelstraten']['id']}"
    paper = (await client.get(f"{vacancy}/position-paper", headers=headers)).json()
    assert paper["version_count"] == 2
    assert "gevelverbeteringsfonds" in paper["current"]["content_html"]
    plan = (await client.get(f"{vacancy}/communications", headers=headers)).json()["items"]
    assert {c["status"] for c in plan} == {"sent", "planned"}
    actions = (await client.get(f"{vacancy}/reputation-actions", headers=headers)).json()
    assert {a["kind"] for a in actions["items"]} == {
        "proactive_core_risks",
        "build_reserve",
        "protect",
    }
    agenda = (await client.get(f"{vacancy}/agenda-items", headers=headers)).json()["items"]
    assert {a["forum"] for a in agenda} == {"board", "members_meeting", "working_group"}

    nuisance = f"{base}/{issues['Overlast in het uitgaansgebied']['id']}"
    calm = (await client.get(f"{nuisance}/crisis", headers=headers)).json()
    assert calm["latest_assessment"]["outcome"]["is_crisis"] is False
    assert calm["active_protocol"] is None

    theft = f"{base}/{issues['Winkeldiefstal en ondermijning']['id']}"
    history = (await client.get(f"{theft}/crisis/protocols", headers=headers)).json()["items"]
    assert [(p["active"], p["de_escalation_reason"] is not None) for p in history] == [
        (False, True)
    ]
    assert 0 < history[0]["tasks_done"] < history[0]["tasks_total"]
    status_changes = [
        (c["old_value"], c["new_value"])
        for c in (await client.get(f"{theft}/history", headers=headers)).json()["items"]
        if c["kind"] == "status"
    ]
    assert status_changes[-2:] == [("active", "crisis"), ("crisis", "active")]
    assert issues["Winkeldiefstal en ondermijning"]["status"] == "active"
