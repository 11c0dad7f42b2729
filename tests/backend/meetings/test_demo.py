from __future__ import annotations

import httpx
from situations import Demo


async def test_demo_coalition_held_its_exploration_meeting_and_has_a_plan(
    client: httpx.AsyncClient, demo: Demo
) -> None:
    headers = demo.headers
    base = demo.coalition_url()

    meetings = (await client.get(f"{base}/meetings", headers=headers)).json()["items"]
    assert [m["type"] for m in meetings] == ["start", "exploration"]
    exploration = (await client.get(f"{base}/meetings/{meetings[1]['id']}", headers=headers)).json()
    assert exploration["status"] == "held"
    assert {i["part"] for i in exploration["agenda"]} == {
        "vision",
        "central",
        "conclusion",
        "closing",
    }
    assert exploration["minutes"].startswith("## Verslag")
    assert any(o["kind"] == "next_step" and not o["done"] for o in exploration["outcomes"])

    summary = (await client.get(f"{base}/commitments", headers=headers)).json()
    levels = {p["partner_name"]: p["level"] for p in summary["partners"]}
    assert levels["Scholengroep Binnenstad"] == "intends_to_join"  # X
    assert levels["Welzijn Rivierland"] == "exploring"  # Y
    assert levels["Stadstheater & Bibliotheek"] == "committed"  # Z

    structures = (await client.get(f"{base}/working-structures", headers=headers)).json()
    group = next(s for s in structures["items"] if s["kind"] == "working_group")
    assert len(group["members"]) >= 4
    assert all(m["partner_name"] for m in group["members"])

    coverage = (await client.get(f"{base}/plan/coverage", headers=headers)).json()
    assert 0 < coverage["owned"] < coverage["actions"]  # figure 4: started before all are owned
    assert coverage["unowned"]
    assert 0 < coverage["money_financed"] < coverage["money_needed"]
