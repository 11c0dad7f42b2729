from __future__ import annotations

from typing import Any

from situations import ProblemCheck

from .conftest import Setting


def _party(agreement: dict[str, Any], partner_id: str) -> dict[str, Any]:
    return next(p for p in agreement["parties"] if p["partner_id"] == partner_id)


async def test_write_an_agreement_with_default_parties(setting: Setting) -> None:
    response = await setting.post(
        setting.coordinator,
        "/agreements",
        {"type": "covenant", "title": "  Convenant  ", "content": "Tekst", "note": "eerste opzet"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["title"] == "Convenant"
    assert body["current_version"] == 1
    assert body["status"] == "draft"
    assert body["content"] == "Tekst"
    assert body["version"]["author_name"] == "Anne Coördinator"
    assert body["version"]["note"] == "eerste opzet"
    # Left out, the parties are the partners that are member organisations.
    assert {p["partner_id"] for p in body["parties"]} == {
        setting.municipality_partner,
        setting.school_partner,
    }
    assert body["signing_parties"] == 2
    assert body["signed"] == 0


async def test_validation_names_the_field(setting: Setting, problem: ProblemCheck) -> None:
    bad = problem(
        await setting.post(setting.coordinator, "/agreements", {"type": "memo", "title": ""}), 422
    )
    assert {e["field"] for e in bad["errors"]} == {"body.type", "body.title"}
    bad = problem(
        await setting.post(
            setting.coordinator,
            "/agreements",
            {"type": "contract", "title": "X", "party_ids": [setting.outsider_partner]},
        ),
        422,
    )
    assert bad["errors"][0]["field"] == "body.party_ids.0"
    listed = (await setting.get(setting.coordinator, "/agreements")).json()
    assert listed["items"] == []


async def test_only_coordinators_write(setting: Setting, problem: ProblemCheck) -> None:
    problem(
        await setting.post(
            setting.partner_user, "/agreements", {"type": "contract", "title": "Contract"}
        ),
        403,
    )
    agreement = await setting.agreement()
    aid = agreement["id"]
    problem(
        await setting.post(setting.partner_user, f"/agreements/{aid}/versions", {"content": "x"}),
        403,
    )
    problem(
        await setting.post(
            setting.partner_user, f"/agreements/{aid}/send-for-signature", {"version": 1}
        ),
        403,
    )
    # Partners read everything.
    read = await setting.get(setting.partner_user, f"/agreements/{aid}")
    assert read.status_code == 200
    assert _party(read.json(), setting.school_partner)["you_may_sign"] is True
    assert _party(read.json(), setting.municipality_partner)["you_may_sign"] is False


async def test_versions_are_never_overwritten(setting: Setting) -> None:
    agreement = await setting.agreement("regel 1\nregel 2\nregel 3")
    aid = agreement["id"]
    same = await setting.save(aid, "regel 1\nregel 2\nregel 3")
    assert same.status_code == 200
    assert same.json()["current_version"] == 1
    changed = await setting.save(aid, "regel 1\nregel twee\nregel 3\nregel 4")
    assert changed.status_code == 201
    assert changed.json()["current_version"] == 2
    assert changed.json()["content"].endswith("regel 4")
    versions = (await setting.get(setting.coordinator, f"/agreements/{aid}/versions")).json()
    assert [v["number"] for v in versions["items"]] == [1, 2]
    first = (await setting.get(setting.coordinator, f"/agreements/{aid}/versions/1")).json()
    assert first["content"] == "regel 1\nregel 2\nregel 3"
    diff = (await setting.get(setting.coordinator, f"/agreements/{aid}/diff?from=1&to=2")).json()
    assert (diff["added"], diff["removed"]) == (2, 1)
    lines = [(line["kind"], line["text"]) for line in diff["hunks"][0]["lines"]]
    assert ("removed", "regel 2") in lines
    assert ("added", "regel twee") in lines
    assert ("added", "regel 4") in lines


async def test_stale_save_is_refused(setting: Setting, problem: ProblemCheck) -> None:
    agreement = await setting.agreement("a")
    aid = agreement["id"]
    await setting.save(aid, "b")
    body = problem(
        await setting.post(
            setting.coordinator,
            f"/agreements/{aid}/versions",
            {"content": "c", "based_on": 1},
        ),
        409,
    )
    assert body["errors"][0]["field"] == "body.based_on"


async def test_diff_and_version_errors(setting: Setting, problem: ProblemCheck) -> None:
    aid = (await setting.agreement())["id"]
    body = problem(
        await setting.get(setting.coordinator, f"/agreements/{aid}/diff?from=1&to=9"), 422
    )
    assert body["errors"][0]["field"] == "query.to"
    problem(await setting.get(setting.coordinator, f"/agreements/{aid}/diff?from=0&to=1"), 422)
    problem(await setting.get(setting.coordinator, f"/agreements/{aid}/versions/9"), 404)


async def test_update_title_type_and_parties(setting: Setting, problem: ProblemCheck) -> None:
    aid = (await setting.agreement())["id"]
    response = await setting.client.patch(
        setting.url(f"/agreements/{aid}"),
        json={"title": "Convenant", "type": "covenant", "party_ids": [setting.school_partner]},
        headers=setting.coordinator.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["title"], body["type"]) == ("Convenant", "covenant")
    assert [p["partner_id"] for p in body["parties"]] == [setting.school_partner]
    for title, code in ((None, "not_nullable"), ("   ", "value_error")):
        refused = problem(
            await setting.client.patch(
                setting.url(f"/agreements/{aid}"),
                json={"title": title},
                headers=setting.coordinator.headers,
            ),
            422,
        )
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [("body.title", code)]
