from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from situations import ProblemCheck

from .conftest import Setting


async def _option(setting: Setting, aid: str, kind: str, title: str, **extra: Any) -> Any:
    response = await setting.post(
        setting.coordinator,
        f"/agreements/{aid}/options",
        {"kind": kind, "title": title, **extra},
    )
    assert response.status_code == 201, response.text
    return response.json()


def _option_id(body: dict[str, Any], title: str) -> str:
    return str(next(o["id"] for o in body["options"] if o["title"] == title))


async def test_options_and_choice(setting: Setting, problem: ProblemCheck) -> None:
    aid = (await setting.agreement())["id"]
    body = await _option(
        setting,
        aid,
        "governance",
        "Bestuurlijke stuurgroep",
        governance_model="steering_group",
        description="Bestuurders sturen op hoofdlijnen.",
        pros=["Draagvlak"],
        cons=["Traag"],
    )
    steering = _option_id(body, "Bestuurlijke stuurgroep")
    choose_url = f"/agreements/{aid}/choices/governance"
    # One option is no choice: the seed asks for 2 or at most 3.
    few = problem(
        await setting.client.put(
            setting.url(choose_url),
            json={"option_id": steering, "reason": "omdat"},
            headers=setting.coordinator.headers,
        ),
        422,
    )
    assert few["errors"][0]["code"] == "option_count"
    await _option(setting, aid, "governance", "Programmateam", governance_model="programme_team")
    chosen = await setting.client.put(
        setting.url(choose_url),
        json={"option_id": steering, "reason": "Partners willen bestuurlijk sturen."},
        headers=setting.coordinator.headers,
    )
    assert chosen.status_code == 200, chosen.text
    body = chosen.json()
    [choice] = body["choices"]
    assert choice["option_title"] == "Bestuurlijke stuurgroep"
    assert choice["reason"] == "Partners willen bestuurlijk sturen."
    assert choice["chosen_by_name"] == "Anne Coördinator"
    assert [o["chosen"] for o in body["options"]] == [True, False]
    await _option(setting, aid, "governance", "Leidende organisatie")
    body = await _option(setting, aid, "governance", "Vierde optie")
    many = problem(
        await setting.client.put(
            setting.url(choose_url),
            json={"option_id": steering, "reason": "omdat"},
            headers=setting.coordinator.headers,
        ),
        422,
    )
    assert "there are 4" in many["errors"][0]["reason"]
    # Removing the chosen option removes the choice.
    removed = await setting.client.delete(
        setting.url(f"/agreements/{aid}/options/{steering}"), headers=setting.coordinator.headers
    )
    assert removed.status_code == 200
    assert removed.json()["choices"] == []
    # A content option is not a governance option; no reason is no choice.
    content = await _option(setting, aid, "content", "Focus op evenementen")
    content_id = _option_id(content, "Focus op evenementen")
    wrong = problem(
        await setting.client.put(
            setting.url(choose_url),
            json={"option_id": content_id, "reason": "x"},
            headers=setting.coordinator.headers,
        ),
        422,
    )
    assert wrong["errors"][0]["field"] == "body.option_id"
    problem(
        await setting.client.put(
            setting.url(f"/agreements/{aid}/choices/content"),
            json={"option_id": content_id, "reason": ""},
            headers=setting.coordinator.headers,
        ),
        422,
    )
    bad_model = problem(
        await setting.post(
            setting.coordinator,
            f"/agreements/{aid}/options",
            {"kind": "content", "title": "X", "governance_model": "steering_group"},
        ),
        422,
    )
    assert bad_model["errors"][0]["field"] == "body.governance_model"
    updated = await setting.client.patch(
        setting.url(f"/agreements/{aid}/options/{content_id}"),
        json={"title": "Focus op evenementen en cultuur", "pros": ["Zichtbaar"]},
        headers=setting.coordinator.headers,
    )
    assert updated.status_code == 200, updated.text
    option = next(o for o in updated.json()["options"] if o["id"] == content_id)
    assert option["pros"] == ["Zichtbaar"]
    problem(
        await setting.client.patch(
            setting.url(f"/agreements/{aid}/options/{content_id}"),
            json={"title": "X"},
            headers=setting.partner_user.headers,
        ),
        403,
    )


async def _signed_agreement(setting: Setting) -> str:
    aid = str((await setting.agreement())["id"])
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    return aid


async def test_founding(setting: Setting, problem: ProblemCheck) -> None:
    state = (await setting.get(setting.partner_user, "/founding")).json()
    assert state == {"coalition_status": "forming", "founding": None}
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    today = date.today().isoformat()
    body = problem(
        await setting.post(
            setting.coordinator, "/founding", {"founded_on": today, "agreement_id": aid}
        ),
        422,
    )
    assert body["errors"][0]["code"] == "not_signed"
    assert "Gemeente Rivierstad" in body["detail"]
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    problem(
        await setting.post(
            setting.partner_user, "/founding", {"founded_on": today, "agreement_id": aid}
        ),
        403,
    )
    future = problem(
        await setting.post(
            setting.coordinator,
            "/founding",
            {"founded_on": (date.today() + timedelta(days=2)).isoformat(), "agreement_id": aid},
        ),
        422,
    )
    assert future["errors"][0]["field"] == "body.founded_on"
    founded = await setting.post(
        setting.coordinator,
        "/founding",
        {"founded_on": today, "agreement_id": aid, "note": "Startbijeenkomst"},
    )
    assert founded.status_code == 201, founded.text
    body = founded.json()
    assert body["coalition_status"] == "active"
    founding = body["founding"]
    assert founding["version_number"] == 1
    assert founding["agreement_title"] == "Intentieverklaring binnenstad"
    assert {p["name"] for p in founding["founding_partners"]} == {
        "Gemeente Rivierstad",
        "Scholengroep",
        "Welzijn Rivierland",
    }
    coalition = (await setting.get(setting.partner_user, "")).json()
    assert coalition["status"] == "active"
    assert (await setting.get(setting.partner_user, "/founding")).json() == body
    again = problem(
        await setting.post(
            setting.coordinator, "/founding", {"founded_on": today, "agreement_id": aid}
        ),
        409,
    )
    assert "already founded" in again["detail"]
    read = (await setting.get(setting.coordinator, f"/agreements/{aid}")).json()
    assert read["used_for_founding"] is True


async def test_founding_partners_must_have_signed(setting: Setting, problem: ProblemCheck) -> None:
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)
    # Dropping the school board from the parties keeps the agreement signed, but the school
    # board cannot be named a founder without being a signing party.
    response = await setting.client.patch(
        setting.url(f"/agreements/{aid}"),
        json={"party_ids": [setting.municipality_partner]},
        headers=setting.coordinator.headers,
    )
    assert response.json()["status"] == "signed"
    body = problem(
        await setting.post(
            setting.coordinator,
            "/founding",
            {
                "founded_on": date.today().isoformat(),
                "agreement_id": aid,
                "partner_ids": [setting.municipality_partner, setting.school_partner],
            },
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.partner_ids.1"
    assert body["errors"][0]["code"] == "not_a_party"
    other = problem(
        await setting.post(
            setting.coordinator,
            "/founding",
            {
                "founded_on": date.today().isoformat(),
                "agreement_id": aid,
                "partner_ids": [setting.outsider_partner],
            },
        ),
        422,
    )
    assert other["errors"][0]["reason"] == "not a partner of this coalition"
    assert other["errors"][0]["code"] == "not_found"
    founded = await setting.post(
        setting.coordinator,
        "/founding",
        {
            "founded_on": date.today().isoformat(),
            "agreement_id": aid,
            "partner_ids": [setting.municipality_partner, setting.paper_partner],
        },
    )
    assert founded.status_code == 201, founded.text
    names = [p["name"] for p in founded.json()["founding"]["founding_partners"]]
    assert names == ["Gemeente Rivierstad", "Welzijn Rivierland"]


async def test_founding_on_an_agreement_of_another_coalition(
    setting: Setting, problem: ProblemCheck
) -> None:
    response = await setting.post(
        setting.outsider,
        "/agreements",
        {"type": "contract", "title": "Elders"},
        coalition_id=setting.other_coalition_id,
    )
    foreign = response.json()["id"]
    body = problem(
        await setting.post(
            setting.coordinator,
            "/founding",
            {"founded_on": date.today().isoformat(), "agreement_id": foreign},
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.agreement_id"


async def test_changing_options_after_sending_needs_new_sign_offs(setting: Setting) -> None:
    """The options are part of what is signed: a change makes a new version, same text."""
    aid = (await setting.agreement("De tekst"))["id"]
    first = await _option(setting, aid, "governance", "Stuurgroep")
    await _option(setting, aid, "governance", "Programmateam")
    steering = _option_id(first, "Stuurgroep")
    # While version 1 is a draft, options change without a new version.
    body = await _option(setting, aid, "content", "Focus op beleving")
    assert body["current_version"] == 1
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    chosen = await setting.client.put(
        setting.url(f"/agreements/{aid}/choices/governance"),
        json={"option_id": steering, "reason": "Bestuurlijk commitment"},
        headers=setting.coordinator.headers,
    )
    body = chosen.json()
    assert body["current_version"] == 2
    assert body["status"] == "draft"
    assert body["content"] == "De tekst"
    assert body["version"]["reason"] == "options"
    assert body["signed"] == 0
    # Version 1 keeps the options it was signed with: no choice yet.
    old = (await setting.get(setting.coordinator, f"/agreements/{aid}/versions/1")).json()
    assert old["reason"] == "text"
    assert [o["title"] for o in old["options"]] == [
        "Focus op beleving",
        "Stuurgroep",
        "Programmateam",
    ]
    assert old["choices"] == []
    assert len(old["sign_off_list"]) == 1
    draft = (await setting.get(setting.coordinator, f"/agreements/{aid}/versions/2")).json()
    assert draft["options"] is None
    printed = await setting.get(setting.coordinator, f"/agreements/{aid}/export?version=1")
    assert "Gekozen" not in printed.text
    current = await setting.get(setting.coordinator, f"/agreements/{aid}/export")
    assert "Bestuurlijk commitment" in current.text
    # A second change while version 2 is still a draft stays on version 2.
    await _option(setting, aid, "content", "Focus op verblijf")
    read = (await setting.get(setting.coordinator, f"/agreements/{aid}")).json()
    assert read["current_version"] == 2
