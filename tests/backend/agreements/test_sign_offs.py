from __future__ import annotations

from typing import Any

from situations import ProblemCheck

from .conftest import Setting


def _party(agreement: dict[str, Any], partner_id: str) -> dict[str, Any]:
    return next(p for p in agreement["parties"] if p["partner_id"] == partner_id)


async def test_sign_off_lifecycle_and_invalidation(setting: Setting) -> None:
    """Sign, edit (sign-offs reset on the new version, kept on the old one), sign again."""
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    school = await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    assert school.status_code == 201, school.text
    body = school.json()
    assert body["status"] == "out_for_signature"
    assert body["not_signed"] == ["Gemeente Rivierstad"]
    signed = _party(body, setting.school_partner)["current_sign_off"]
    assert signed["user_name"] == "Fatima Amrani"
    assert signed["organisation_name"] == "Scholengroep"
    assert signed["version_number"] == 1
    body = (await setting.sign(setting.coordinator, aid, setting.municipality_partner, 1)).json()
    assert body["status"] == "signed"
    assert (body["signing_parties"], body["signed"]) == (2, 2)
    # The partner on paper is listed but does not count.
    paper = _party(body, setting.paper_partner)
    assert paper["signs_in_vitaal"] is False

    edited = await setting.save(aid, "# Intentieverklaring\n\nWij willen samen, en snel.")
    body = edited.json()
    assert body["current_version"] == 2
    assert body["status"] == "draft"
    assert body["signed"] == 0
    school_party = _party(body, setting.school_partner)
    assert school_party["current_sign_off"] is None
    assert [s["version_number"] for s in school_party["earlier_sign_offs"]] == [1]
    old = (await setting.get(setting.coordinator, f"/agreements/{aid}/versions/1")).json()
    assert {s["partner_name"] for s in old["sign_off_list"]} == {
        "Scholengroep",
        "Gemeente Rivierstad",
    }
    new = (await setting.get(setting.coordinator, f"/agreements/{aid}/versions/2")).json()
    assert new["sign_off_list"] == []

    # Signing the old version is refused; the new one needs sending first.
    stale = await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    assert stale.status_code == 409
    assert stale.json()["errors"][0]["code"] == "stale"
    not_sent = await setting.sign(setting.partner_user, aid, setting.school_partner, 2)
    assert not_sent.status_code == 409
    await setting.send(aid, 2)
    assert (
        await setting.sign(setting.colleague, aid, setting.school_partner, 2)
    ).status_code == 201
    body = (await setting.sign(setting.coordinator, aid, setting.municipality_partner, 2)).json()
    assert body["status"] == "signed"
    assert _party(body, setting.school_partner)["current_sign_off"]["user_name"] == "Karel Collega"


async def test_only_members_of_the_partner_organisation_sign(
    setting: Setting, problem: ProblemCheck
) -> None:
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    # The coordinator may manage the coalition, but does not belong to the school board.
    body = problem(await setting.sign(setting.coordinator, aid, setting.school_partner, 1), 403)
    assert "Scholengroep" in body["detail"]
    problem(await setting.sign(setting.partner_user, aid, setting.municipality_partner, 1), 403)
    # A partner outside Vitaal signs on paper.
    body = problem(await setting.sign(setting.coordinator, aid, setting.paper_partner, 1), 422)
    assert body["errors"][0]["code"] == "signs_outside"
    # A partner of another coalition is no party here.
    body = problem(await setting.sign(setting.coordinator, aid, setting.outsider_partner, 1), 422)
    assert body["errors"][0]["field"] == "body.partner_id"
    # The outsider sees nothing at all.
    problem(await setting.sign(setting.outsider, aid, setting.school_partner, 1), 404)
    read = (await setting.get(setting.coordinator, f"/agreements/{aid}")).json()
    assert read["signed"] == 0


async def test_signing_twice_conflicts(setting: Setting, problem: ProblemCheck) -> None:
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    assert (
        await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    ).status_code == 201
    problem(await setting.sign(setting.colleague, aid, setting.school_partner, 1), 409)
    problem(
        await setting.post(
            setting.coordinator, f"/agreements/{aid}/send-for-signature", {"version": 1}
        ),
        409,
    )


async def test_sending_needs_a_party_that_signs_in_vitaal(
    setting: Setting, problem: ProblemCheck
) -> None:
    response = await setting.post(
        setting.coordinator,
        "/agreements",
        {"type": "contract", "title": "Op papier", "party_ids": [setting.paper_partner]},
    )
    aid = response.json()["id"]
    body = problem(
        await setting.post(
            setting.coordinator, f"/agreements/{aid}/send-for-signature", {"version": 1}
        ),
        422,
    )
    assert body["errors"][0]["code"] == "no_signing_parties"
