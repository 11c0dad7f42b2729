"""The demo coalition shows the step plan under way, with realistic content."""

from __future__ import annotations

import httpx
from situations import Api, Demo

from vitaal.demo.seed import DEMO_PARTNER_EMAIL, DEMO_PARTNER_PASSWORD


async def test_demo_coalition_is_completing_its_plan_of_approach(
    client: httpx.AsyncClient, demo: Demo
) -> None:
    headers = demo.headers
    base = demo.coalition_url()

    journey = (await client.get(f"{base}/journey", headers=headers)).json()
    # Round 1 ended with the exploration meeting (demo/meetings.py); round 2 worked out the
    # intent declaration (demo/agreements.py) and completes the plan of approach.
    assert [s["status"] for s in journey["steps"][:9]] == [
        *["done"] * 7,
        "in_progress",
        "not_started",
    ]
    assert journey["position"]["current_step"] == 8
    assert journey["position"]["next_step"] == 9
    history = (await client.get(f"{base}/journey/history", headers=headers)).json()["items"]
    assert len(history) == 15  # started and done for steps 1-7, started for step 8

    summary = (await client.get(f"{base}/conversations/summary", headers=headers)).json()
    spoken = {p["partner_name"]: p["conversations"] for p in summary["partners"]}
    # X, Y and Z of the partner-strategy seed, and the others.
    assert spoken["Scholengroep Binnenstad"] == 2
    assert spoken["Welzijn Rivierland"] == 1
    assert spoken["Stadstheater & Bibliotheek"] == 1
    assert all(q["answers"] for q in summary["questions"])

    domain = (await client.get(f"{base}/domain", headers=headers)).json()
    assert domain["summary"]["shared_by_all"] == ["levendige binnenstad"]
    # Two partners join for a topic nobody else holds: legitimate reasons, taken into the
    # domain; parking is left out with its reason, one topic is still open.
    assert {r["partner_name"] for r in domain["summary"]["reasons_to_join"]} == {
        "Welzijn Rivierland",
        "Woonstichting De Poort",
    }
    topics = {t["label"]: t for t in domain["topics"]}
    assert topics["Wonen boven winkels"]["legitimate_reason_to_join"] is True
    assert topics["Wonen boven winkels"]["decision"] == "in_domain"
    assert domain["summary"]["not_in_domain"] == ["bereikbaarheid en parkeren"]
    assert "mobiliteitsbeleid" in topics["Bereikbaarheid en parkeren"]["decision_reason"]
    assert domain["summary"]["undecided"] == ["eenzaamheid onder ouderen"]
    assert len(domain["summary"]["in_domain"]) == len(domain["topics"]) - 2

    plan = (await client.get(f"{base}/own-plan", headers=headers)).json()
    assert "stuurgroep" in plan["draft"]["text"]
    planned = {p["partner_name"]: p for p in plan["partners"]}
    assert planned["Scholengroep Binnenstad"]["execution_power"] == "extra_means"
    assert planned["Scholengroep Binnenstad"]["position"]["influence"] == 4


async def test_the_school_board_reads_its_own_conversations_only(
    client: httpx.AsyncClient, api: Api, demo: Demo
) -> None:
    school = await api.existing_user(DEMO_PARTNER_EMAIL, DEMO_PARTNER_PASSWORD)
    base = demo.coalition_url()
    everyone = (await client.get(f"{base}/conversations", headers=demo.headers)).json()["items"]
    assert {c["partner_name"] for c in everyone} > {"Scholengroep Binnenstad"}
    own = (await client.get(f"{base}/conversations", headers=school.headers)).json()["items"]
    assert [c["partner_name"] for c in own] == ["Scholengroep Binnenstad"] * 2
    summary = (await client.get(f"{base}/conversations/summary", headers=school.headers)).json()
    assert [(p["partner_name"], p["conversations"]) for p in summary["partners"]] == [
        ("Scholengroep Binnenstad", 2)
    ]
    # The rest of round 1 is the municipality's preparation.
    assert (await client.get(f"{base}/own-plan", headers=school.headers)).status_code == 404
    assert (await client.get(f"{base}/partner-matrix", headers=school.headers)).status_code == 404
