"""The demo shows chosen partner strategies (X up, Y left, Z secured and an ambassador), a
review that is due, and the municipality's collaboration portfolio with a review and a
pause."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
from situations import Demo


async def test_demo_has_partner_strategies_and_a_portfolio(
    client: httpx.AsyncClient, demo: Demo
) -> None:
    headers = demo.headers
    base = demo.coalition_url()
    matrix = (await client.get(f"{base}/partner-matrix", headers=headers)).json()
    chosen = {
        e["partner"]["name"]: e["chosen_strategy"]
        for e in matrix["partners"]
        if e["chosen_strategy"]
    }
    assert chosen["Scholengroep Binnenstad"]["strategy"] == "invest"
    assert chosen["Scholengroep Binnenstad"]["direction"] == "up"
    assert chosen["Welzijn Rivierland"]["direction"] == "left"
    assert chosen["Stadstheater & Bibliotheek"]["strategy"] == "secure"

    # The welfare review is overdue: due today, it is on the list; the others are not yet.
    due = (await client.get(f"{base}/strategy-reviews", headers=headers)).json()["items"]
    assert [r["partner_name"] for r in due] == ["Welzijn Rivierland"]
    later = (date.today() + timedelta(days=100)).isoformat()
    all_due = (
        await client.get(f"{base}/strategy-reviews", params={"due_before": later}, headers=headers)
    ).json()["items"]
    assert len(all_due) == 3
    school = next(r for r in all_due if r["partner_name"] == "Scholengroep Binnenstad")
    assert school["open_actions"] == 1

    # Y moves left, with joint agreements while it resists; Z is secured and an ambassador.
    ids = {e["partner"]["name"]: e["partner"]["id"] for e in matrix["partners"]}
    welfare = (
        await client.get(f"{base}/partners/{ids['Welzijn Rivierland']}/strategy", headers=headers)
    ).json()
    assert (welfare["direction"], welfare["warnings"]) == ("left", [])
    assert [a["kind"] for a in welfare["actions"]] == ["free", "joint_agreements"]
    library = (
        await client.get(
            f"{base}/partners/{ids['Stadstheater & Bibliotheek']}/strategy", headers=headers
        )
    ).json()
    assert [a["kind"] for a in library["actions"]] == ["free", "ambassador"]
    assert library["warnings"] == []

    portfolio = (await client.get(demo.organisation_url("/portfolio"), headers=headers)).json()[
        "items"
    ]
    by_title = {c["title"]: c for c in portfolio}
    assert by_title["Taalcafé in de bibliotheek"]["relevance"] == "high"  # medium, then "more"
    loket = by_title["Welzijnsloket in het stadskantoor"]
    assert loket["paused"] is True
    assert loket["stakeholder"]["name"] == "Welzijn Rivierland"
    assert loket["relevance"] == "medium"
    assert "reorganisatie" in loket["pause"]["reason"]
