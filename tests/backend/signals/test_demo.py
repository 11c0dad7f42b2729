from __future__ import annotations

import httpx
from situations import Demo


async def test_demo_municipality_has_signals_and_a_closed_tob3_round(
    client: httpx.AsyncClient, demo: Demo
) -> None:
    headers = demo.headers
    base = demo.organisation_url()

    signals = (await client.get(f"{base}/signals", headers=headers)).json()["items"]
    assert {s["side"] for s in signals} == {"inside", "outside"}
    assert {s["status"] for s in signals} == {"new", "attached", "dismissed"}
    attached = next(s for s in signals if s["status"] == "attached")
    issue = await client.get(f"{base}/issues/{attached['issue_id']}", headers=headers)
    assert issue.json()["title"] == "Leegstand in de winkelstraten"

    (round_,) = (await client.get(f"{base}/tob3-rounds", headers=headers)).json()["items"]
    assert round_["is_open"] is False
    assert round_["answer_count"] == 4
    results = (
        await client.get(f"{base}/tob3-rounds/{round_['id']}/results", headers=headers)
    ).json()
    top = results["groups"][0]
    assert (top["label"], top["score"]) == ("Leegstand", 3 + 2 + 2 + 3)
    feeds = (await client.get(f"{base}/signal-feeds", headers=headers)).json()["items"]
    assert len(feeds) == 1
