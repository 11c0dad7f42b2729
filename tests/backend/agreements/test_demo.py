from __future__ import annotations

from datetime import date

import httpx
from situations import Demo


async def test_demo_user_can_sign_and_found(client: httpx.AsyncClient, demo: Demo) -> None:
    headers = demo.headers
    base = demo.coalition_url()
    [summary] = (await client.get(f"{base}/agreements", headers=headers)).json()["items"]
    assert summary["type"] == "intent_declaration"
    assert summary["current_version"] == 2
    assert summary["status"] == "out_for_signature"
    assert (summary["signing_parties"], summary["signed"]) == (5, 3)
    aid = summary["id"]
    agreement = (await client.get(f"{base}/agreements/{aid}", headers=headers)).json()
    assert agreement["not_signed"] == ["Gemeente Rivierstad", "Ondernemersvereniging Centrum"]
    assert {c["kind"] for c in agreement["choices"]} == {"content", "governance"}
    assert len([o for o in agreement["options"] if o["kind"] == "governance"]) == 3
    paper = [p for p in agreement["parties"] if not p["signs_in_vitaal"]]
    assert [p["name"] for p in paper] == ["Welzijn Rivierland"]
    school = next(p for p in agreement["parties"] if p["name"] == "Scholengroep Binnenstad")
    assert school["current_sign_off"]["version_number"] == 2
    assert [s["version_number"] for s in school["earlier_sign_offs"]] == [1]
    first = (await client.get(f"{base}/agreements/{aid}/versions/1", headers=headers)).json()
    assert {c["option_title"] for c in first["choices"]} == {
        "Focus op beleving: evenementen en cultuur",
        "Gezamenlijk programmateam",
    }
    diff = (await client.get(f"{base}/agreements/{aid}/diff?from=1&to=2", headers=headers)).json()
    assert diff["added"] >= 2
    assert (await client.get(f"{base}/founding", headers=headers)).json()["founding"] is None
    coalition = (await client.get(base, headers=headers)).json()
    assert coalition["founding_signatories"] == "signed_parties"
    mine = next(p for p in agreement["parties"] if p["you_may_sign"])
    signed = await client.post(
        f"{base}/agreements/{aid}/sign-offs",
        json={"partner_id": mine["partner_id"], "version": 2},
        headers=headers,
    )
    assert signed.json()["not_signed"] == ["Ondernemersvereniging Centrum"]
    founded = await client.post(
        f"{base}/founding",
        json={"founded_on": date.today().isoformat(), "agreement_id": aid},
        headers=headers,
    )
    assert founded.status_code == 201, founded.text
    body = founded.json()
    assert body["coalition_status"] == "active"
    assert body["founding"]["signatories"] == "signed_parties"
    assert [p["name"] for p in body["founding"]["founding_partners"]] == [
        "Bewonersvereniging Oude Stad",
        "Gemeente Rivierstad",
        "Scholengroep Binnenstad",
        "Stadstheater & Bibliotheek",
        "Welzijn Rivierland",
    ]
    [waiting] = body["founding"]["potential_partners"]
    assert (waiting["name"], waiting["signed_later"]) == ("Ondernemersvereniging Centrum", None)
