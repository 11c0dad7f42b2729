"""Shared work and the core team's preparation: who is in the core team, what the coordinators
share, and the history of every change (vitaal/visibility.py has the rule)."""

from __future__ import annotations

from typing import Any

import httpx
from situations import Api, ProblemCheck

PREPARATION = [
    "assessment_rationales",
    "conversations",
    "own_plan",
    "partner_positions",
    "partner_strategies",
    "target_positions",
]


async def _coalition_with_partner_and_observer(api: Api) -> dict[str, Any]:
    coordinator, partner, observer = await api.user(), await api.user(), await api.user()
    own = await api.organisation(coordinator, name="Gemeente Rivierstad")
    partner_org = await api.organisation(partner, name="Woonstichting", kind="housing_corporation")
    observer_org = await api.organisation(observer, name="Provincie", kind="province")
    coalition = await api.coalition(coordinator, own["id"])
    await api.join_coalition(coordinator, coalition["id"], partner, partner_org["id"])
    await api.join_coalition(
        coordinator, coalition["id"], observer, observer_org["id"], role="observer"
    )
    return {
        "coalition": coalition,
        "coordinator": coordinator,
        "partner": partner,
        "partner_org": partner_org,
        "observer": observer,
        "observer_org": observer_org,
    }


async def test_the_core_team_starts_as_the_coordinators(
    client: httpx.AsyncClient, api: Api
) -> None:
    s = await _coalition_with_partner_and_observer(api)
    url = f"/api/v1/coalitions/{s['coalition']['id']}"
    seen = {
        who: (await client.get(url, headers=s[who].headers)).json()
        for who in ("coordinator", "partner", "observer")
    }
    assert [seen[w]["in_core_team"] for w in seen] == [True, False, False]
    assert all(seen[w]["preparation"] == PREPARATION for w in seen)
    overview = (await client.get(f"{url}/visibility", headers=s["partner"].headers)).json()
    assert [m["role"] for m in overview["core_team"]] == ["coordinator"]
    assert {p["piece"]: p["shared"] for p in overview["pieces"]} == {
        **dict.fromkeys(PREPARATION, False),
        **dict.fromkeys(["domain", "journey", "meetings", "agreements", "plan"], True),
    }
    members = (await client.get(f"{url}/members", headers=s["partner"].headers)).json()
    assert sorted((m["role"], m["core_team"]) for m in members["items"]) == [
        ("coordinator", True),
        ("observer", False),
        ("partner", False),
    ]


async def test_sharing_a_piece_shares_what_it_needs_and_is_recorded(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    s = await _coalition_with_partner_and_observer(api)
    url = f"/api/v1/coalitions/{s['coalition']['id']}"
    coordinator, partner = s["coordinator"].headers, s["partner"].headers
    problem(
        await client.put(
            f"{url}/visibility/partner_positions", json={"shared": True}, headers=partner
        ),
        403,
    )
    shared = await client.put(
        f"{url}/visibility/assessment_rationales",
        json={"shared": True, "reason": "Bespreken in de verkenning"},
        headers=coordinator,
    )
    assert shared.status_code == 200, shared.text
    pieces = {p["piece"]: p["shared"] for p in shared.json()["pieces"]}
    assert pieces["assessment_rationales"]
    assert pieces["partner_positions"]
    read = (await client.get(url, headers=partner)).json()
    assert "partner_positions" not in read["preparation"]
    # Sharing again changes nothing and records nothing.
    await client.put(
        f"{url}/visibility/partner_positions", json={"shared": True}, headers=coordinator
    )
    # Unsharing the positions takes the rationales that need them along.
    await client.put(
        f"{url}/visibility/partner_positions", json={"shared": False}, headers=coordinator
    )
    read = (await client.get(url, headers=partner)).json()
    assert read["preparation"] == PREPARATION
    changes = (await client.get(f"{url}/visibility/changes", headers=coordinator)).json()["items"]
    assert [(c["kind"], c["piece"]) for c in changes] == [
        ("unshared", "partner_positions"),
        ("unshared", "assessment_rationales"),
        ("shared", "partner_positions"),
        ("shared", "assessment_rationales"),
    ]
    assert changes[-1]["reason"] == "Bespreken in de verkenning"
    assert changes[-1]["changed_by_id"] == str(s["coordinator"].id)
    # The history is the core team's own; the common work cannot be made preparation.
    problem(await client.get(f"{url}/visibility/changes", headers=partner), 404)
    body = problem(
        await client.put(f"{url}/visibility/meetings", json={"shared": False}, headers=coordinator),
        422,
    )
    assert body["errors"][0]["field"] == "path.piece"


async def test_coordinators_add_a_partner_to_the_core_team(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    s = await _coalition_with_partner_and_observer(api)
    url = f"/api/v1/coalitions/{s['coalition']['id']}"
    coordinator = s["coordinator"].headers
    added = await client.patch(
        f"{url}/members/{s['partner_org']['id']}", json={"core_team": True}, headers=coordinator
    )
    assert added.status_code == 200, added.text
    assert (added.json()["role"], added.json()["core_team"]) == ("partner", True)
    assert (await client.get(url, headers=s["partner"].headers)).json()["in_core_team"] is True
    history = await client.get(f"{url}/visibility/changes", headers=s["partner"].headers)
    assert history.status_code == 200, history.text
    # Observers see shared work only.
    body = problem(
        await client.patch(
            f"{url}/members/{s['observer_org']['id']}",
            json={"core_team": True},
            headers=coordinator,
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.core_team"
    # Made an observer, the partner leaves the core team.
    await client.patch(
        f"{url}/members/{s['partner_org']['id']}", json={"role": "observer"}, headers=coordinator
    )
    assert (await client.get(url, headers=s["partner"].headers)).json()["in_core_team"] is False
    changes = (await client.get(f"{url}/visibility/changes", headers=coordinator)).json()["items"]
    assert [(c["kind"], c["member_organisation_id"]) for c in changes] == [
        ("core_team_removed", s["partner_org"]["id"]),
        ("core_team_added", s["partner_org"]["id"]),
    ]
    body = problem(
        await client.patch(
            f"{url}/members/{s['partner_org']['id']}", json={"core_team": None}, headers=coordinator
        ),
        422,
    )
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("body.core_team", "not_nullable")]
