"""The demo municipality's portfolio: one review answers the seed's questions for a
collaboration in a crisis, another is a quick one."""

from __future__ import annotations

import httpx
from situations import Demo


async def test_demo_review_answers_the_crisis_questions(
    client: httpx.AsyncClient, demo: Demo
) -> None:
    portfolio = (
        await client.get(demo.organisation_url("/portfolio"), headers=demo.headers)
    ).json()["items"]
    by_title = {c["title"]: c for c in portfolio}
    cafe = by_title["Taalcafé in de bibliotheek"]
    assert cafe["started_on"] is not None
    [review] = cafe["reviews"]
    for answer in ("purpose_changed", "agreements_hold", "strategy_fit", "return_lapsed"):
        assert review[answer] in ("yes", "partly", "no"), answer
    for text in ("impact_contribution", "loyalty_note", "return_note"):
        assert review[text], text
    assert review["relationship_months"] >= 71  # six years, counted at a review 20 days ago
    [quick] = by_title["Welzijnsloket in het stadskantoor"]["reviews"]
    assert (quick["purpose_changed"], quick["impact_contribution"]) == (None, "")
