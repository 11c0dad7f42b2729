"""The founding rule (step 9): who must sign the founding agreement is a coalition setting,
`all_parties` (every party signing in Vitaal) or `signed_parties` (the parties that signed are
the founding partners; the others stay potential partners and can sign later)."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest
from situations import ProblemCheck

from .conftest import Setting


async def _rule(setting: Setting, rule: str | None) -> httpx.Response:
    return await setting.client.patch(
        setting.url(), json={"founding_signatories": rule}, headers=setting.coordinator.headers
    )


async def _found(setting: Setting, aid: str, **extra: Any) -> httpx.Response:
    return await setting.post(
        setting.coordinator,
        "/founding",
        {"founded_on": date.today().isoformat(), "agreement_id": aid, **extra},
    )


def _names(partners: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in partners]


async def test_the_founding_rule_is_a_coalition_setting(
    setting: Setting, problem: ProblemCheck
) -> None:
    coalition = (await setting.get(setting.partner_user, "")).json()
    assert coalition["founding_signatories"] == "all_parties"
    problem(
        await setting.client.patch(
            setting.url(),
            json={"founding_signatories": "signed_parties"},
            headers=setting.partner_user.headers,
        ),
        403,
    )
    changed = await _rule(setting, "signed_parties")
    assert changed.status_code == 200, changed.text
    assert changed.json()["founding_signatories"] == "signed_parties"
    assert (await setting.get(setting.partner_user, "")).json()["founding_signatories"] == (
        "signed_parties"
    )
    cleared = problem(await _rule(setting, None), 422)
    assert cleared["errors"][0]["code"] == "not_nullable"
    problem(await _rule(setting, "half_the_parties"), 422)


async def test_signed_parties_found_and_the_others_sign_later(
    setting: Setting, problem: ProblemCheck
) -> None:
    await _rule(setting, "signed_parties")
    aid = (await setting.agreement())["id"]
    draft = problem(await _found(setting, aid), 422)
    assert draft["errors"][0]["code"] == "not_signed"
    assert "has not been sent" in draft["errors"][0]["reason"]
    # The municipality signs version 1; version 2 is signed by the school board only.
    await setting.send(aid, 1)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    await setting.save(aid, "# Intentieverklaring\n\nWij willen samen, nu echt.")
    await setting.send(aid, 2)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 2)
    # Only those that signed can be named founders.
    named = problem(await _found(setting, aid, partner_ids=[setting.municipality_partner]), 422)
    assert named["errors"][0]["code"] == "not_signed"

    founded = await _found(setting, aid)
    assert founded.status_code == 201, founded.text
    body = founded.json()
    assert body["coalition_status"] == "active"
    founding = body["founding"]
    assert founding["signatories"] == "signed_parties"
    assert founding["version_number"] == 2
    assert _names(founding["founding_partners"]) == ["Scholengroep", "Welzijn Rivierland"]
    # The municipality's signature on version 1 came before: it is still to join.
    [waiting] = founding["potential_partners"]
    assert waiting["partner_id"] == setting.municipality_partner
    assert (waiting["name"], waiting["signed_later"]) == ("Gemeente Rivierstad", None)
    assert (await setting.get(setting.partner_user, "/founding")).json() == body

    # It signs the founding version afterwards: accepted, shown, and nothing is un-founded.
    late = await setting.sign(setting.coordinator, aid, setting.municipality_partner, 2)
    assert late.status_code == 201, late.text
    assert late.json()["status"] == "signed"
    assert late.json()["used_for_founding"] is True
    after = (await setting.get(setting.partner_user, "/founding")).json()
    assert after["coalition_status"] == "active"
    assert after["founding"]["founding_partners"] == founding["founding_partners"]
    [joined] = after["founding"]["potential_partners"]
    assert joined["signed_later"]["version_number"] == 2
    assert joined["signed_later"]["user_name"] == "Anne Coördinator"
    again = problem(await _found(setting, aid), 409)
    assert "already founded" in again["detail"]


async def test_signed_parties_need_a_partner_besides_the_coordinators(
    setting: Setting, problem: ProblemCheck
) -> None:
    await _rule(setting, "signed_parties")
    read = await setting.agreement()
    aid = read["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    alone = problem(await _found(setting, aid), 422)
    assert alone["errors"][0]["code"] == "not_signed"
    assert "besides the coordinators" in alone["detail"]
    # A school board that coordinates too is no partner besides the coordinators.
    school = next(p for p in read["parties"] if p["partner_id"] == setting.school_partner)
    promoted = await setting.client.patch(
        setting.url(f"/members/{school['organisation_id']}"),
        json={"role": "coordinator"},
        headers=setting.coordinator.headers,
    )
    assert promoted.status_code == 200, promoted.text
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    problem(await _found(setting, aid), 422)
    await setting.client.patch(
        setting.url(f"/members/{school['organisation_id']}"),
        json={"role": "partner"},
        headers=setting.coordinator.headers,
    )
    founded = await _found(setting, aid)
    assert founded.status_code == 201, founded.text
    founding = founded.json()["founding"]
    assert _names(founding["founding_partners"]) == [
        "Gemeente Rivierstad",
        "Scholengroep",
        "Welzijn Rivierland",
    ]
    assert founding["potential_partners"] == []


async def test_all_parties_is_todays_rule(setting: Setting, problem: ProblemCheck) -> None:
    """The school board's signature is not enough: the municipality must sign too."""
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    body = problem(await _found(setting, aid), 422)
    assert body["detail"] == (
        "The agreement must be signed by all its partner organisations: "
        "version 1 is not signed by: Gemeente Rivierstad."
    )
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    founding = (await _found(setting, aid)).json()["founding"]
    assert founding["signatories"] == "all_parties"
    assert founding["potential_partners"] == []
    # Changing the setting afterwards does not rewrite how the coalition was founded.
    assert (await _rule(setting, "signed_parties")).status_code == 200
    state = (await setting.get(setting.coordinator, "/founding")).json()
    assert state["founding"]["signatories"] == "all_parties"


@pytest.mark.parametrize("rule", ["all_parties", "signed_parties"])
async def test_unowned_actions_do_not_block_the_founding(setting: Setting, rule: str) -> None:
    """The seed's figure 4: a coalition starts before every action of its plan has an owner."""
    await _rule(setting, rule)
    for title, owner in (("Evenementenkalender", setting.school_partner), ("Parkeren", None)):
        action = await setting.post(
            setting.coordinator, "/plan/actions", {"title": title, "owner_partner_id": owner}
        )
        assert action.status_code == 201, action.text
    coverage = (await setting.get(setting.coordinator, "/plan/coverage")).json()
    assert (coverage["actions"], coverage["owned"]) == (2, 1)
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    founded = await _found(setting, aid)
    assert founded.status_code == 201, founded.text
    assert founded.json()["coalition_status"] == "active"
