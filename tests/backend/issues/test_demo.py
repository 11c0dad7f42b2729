"""The demo municipality shows a realistic issue register."""

from __future__ import annotations

import httpx
from situations import Demo


async def test_demo_has_issues_in_several_phases(client: httpx.AsyncClient, demo: Demo) -> None:
    headers = demo.headers
    base = demo.organisation_url("/issues")
    issues = (await client.get(base, headers=headers)).json()["items"]
    assert len(issues) >= 4
    assert len({i["phase"] for i in issues}) >= 3
    assert {"active", "monitoring", "closed"} <= {i["status"] for i in issues}
    vacancy = next(i for i in issues if "Leegstand" in i["title"])
    assert vacancy["phase"] == "opinion_forming"
    history = (await client.get(f"{base}/{vacancy['id']}/history", headers=headers)).json()
    phases = [h["new_value"] for h in history["items"] if h["kind"] == "phase"]
    assert phases == ["emergence", "societal_pressure", "opinion_forming"]
    stakeholders = (
        await client.get(f"{base}/{vacancy['id']}/stakeholders", headers=headers)
    ).json()["items"]
    assert {s["stance"] for s in stakeholders} == {"supportive", "opposed"}
    budget = (await client.get(f"{base}/budget", headers=headers)).json()
    assert budget["total"]["planned"] > budget["total"]["funded"] > 0
    closed = next(i for i in issues if i["status"] == "closed")
    closing = (await client.get(f"{base}/{closed['id']}/history", headers=headers)).json()
    assert closing["items"][-1]["evaluation_id"] is not None


async def test_demo_issues_have_a_workable_frame(client: httpx.AsyncClient, demo: Demo) -> None:
    """Issues being worked on have a goal and objectives; "goal reached" refers to the goal."""
    headers = demo.headers
    base = demo.organisation_url("/issues")
    issues = (await client.get(base, headers=headers)).json()["items"]
    worked_on = [i for i in issues if i["status"] != "monitoring"]
    assert all(i["goal"] and i["objectives"] for i in worked_on)
    assert any(i["added_value"] for i in worked_on)
    assert all(i["goal"] is None for i in issues if i["status"] == "monitoring")
    vacancy = next(i for i in issues if "Leegstand" in i["title"])
    history = (await client.get(f"{base}/{vacancy['id']}/history", headers=headers)).json()
    kinds = [h["kind"] for h in history["items"]]
    assert {"goal", "objectives", "added_value"} <= set(kinds)
    # Registered with its frame: those entries sit with the registration, before the phases.
    phases = [index for index, kind in enumerate(kinds) if kind == "phase"]
    assert kinds.index("goal") < phases[1]
    closed = next(i for i in issues if i["status"] == "closed")
    evaluations = (await client.get(f"{base}/{closed['id']}/evaluations", headers=headers)).json()[
        "items"
    ]
    reached = next(e for e in evaluations if e["outcome"] == "goal_reached")
    assert reached["goal"] == closed["goal"]
