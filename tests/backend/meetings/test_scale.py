"""The commitment scale (a Vitaal rule, not from the method): Vitaal's four levels, an
organisation's own words for them, and the coalition's summary on the scale of its coordinating
organisation; recorded determinations keep their level when the words change."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from situations import Api, Coalitions, ProblemCheck

from vitaal.meetings.models import CommitmentLevel
from vitaal.meetings.scale import counting_is_valid

START = "2026-12-10T15:00:00+01:00"
LEVELS = ["not_interested", "exploring", "intends_to_join", "committed"]


def _scale(counting: tuple[bool, bool, bool, bool] = (False, False, True, True)) -> dict[str, Any]:
    labels = ["Doet niet mee", "Denkt mee", "Tekent de intentieverklaring", "Levert capaciteit"]
    return {
        "levels": [
            {
                "level": level,
                "label": f"  {label}  ",
                "description": "Zegt toe" if counts else "",
                "counts_as_commitment": counts,
            }
            for level, label, counts in zip(LEVELS, labels, counting, strict=True)
        ]
    }


async def _founding_organisation(client: httpx.AsyncClient, w: Coalitions) -> str:
    coalition = (await client.get(w.url(), headers=w.coordinator.headers)).json()
    return str(coalition["founding_organisation_id"])


async def _determinations(client: httpx.AsyncClient, w: Coalitions) -> None:
    meeting = await w.create(
        "/meetings", {"type": "exploration", "title": "Verkenning", "starts_at": START}
    )
    for partner, level in ((w.partner_x, "intends_to_join"), (w.partner_y, "exploring")):
        await w.create(
            f"/meetings/{meeting['id']}/commitments", {"partner_id": partner, "level": level}
        )


@pytest.mark.parametrize(
    ("counting", "valid"),
    [
        ((False, False, False, True), True),
        ((False, False, True, True), True),
        ((True, True, True, True), True),
        ((False, False, False, False), False),
        ((False, False, True, False), False),
        ((False, True, False, True), False),
    ],
)
def test_only_the_strongest_levels_can_count(
    counting: tuple[bool, bool, bool, bool], valid: bool
) -> None:
    assert counting_is_valid(dict(zip(CommitmentLevel, counting, strict=True))) is valid


async def test_vitaal_scale_until_the_coordinating_organisation_names_its_own(
    client: httpx.AsyncClient, world: Coalitions
) -> None:
    await _determinations(client, world)
    org_id = await _founding_organisation(client, world)
    org_url = f"/api/v1/organisations/{org_id}/commitment-levels"

    vitaal = (await client.get(org_url, headers=world.coordinator.headers)).json()
    assert vitaal["own"] is False
    assert vitaal["saved_at"] is None
    assert vitaal["organisation_name"] == "Gemeente Rivierstad"
    assert [(lv["level"], lv["label"], lv["counts_as_commitment"]) for lv in vitaal["levels"]] == [
        ("not_interested", None, False),
        ("exploring", None, False),
        ("intends_to_join", None, False),
        ("committed", None, True),
    ]
    # A partner organisation reads the coalition's summary on the coordinator's scale.
    summary = (await client.get(world.url("/commitments"), headers=world.member.headers)).json()
    assert summary["scale"] == vitaal
    assert summary["committed"] == 0

    own = await client.put(org_url, json=_scale(), headers=world.coordinator.headers)
    assert own.status_code == 200, own.text
    body = own.json()
    assert body["own"] is True
    assert body["saved_at"] is not None
    assert [lv["label"] for lv in body["levels"]] == [
        "Doet niet mee",
        "Denkt mee",
        "Tekent de intentieverklaring",
        "Levert capaciteit",
    ]
    assert body["levels"][3]["description"] == "Zegt toe"
    summary = (await client.get(world.url("/commitments"), headers=world.member.headers)).json()
    assert summary["scale"] == body
    # The recorded levels are kept; "intends to join" now counts as commitment.
    assert [p["level"] for p in summary["partners"]] == ["intends_to_join", "exploring"]
    assert summary["committed"] == 1
    history = (
        await client.get(world.url("/commitments/history"), headers=world.member.headers)
    ).json()
    assert [r["level"] for r in history["items"]] == ["intends_to_join", "exploring"]

    renamed = _scale()
    renamed["levels"][0]["label"] = "Nee"
    again = (await client.put(org_url, json=renamed, headers=world.coordinator.headers)).json()
    assert [lv["label"] for lv in again["levels"]][:2] == ["Nee", "Denkt mee"]

    reset = await client.delete(org_url, headers=world.coordinator.headers)
    assert reset.status_code == 204
    assert (await client.get(org_url, headers=world.coordinator.headers)).json() == vitaal
    summary = (await client.get(world.url("/commitments"), headers=world.member.headers)).json()
    assert summary["committed"] == 0


async def test_the_scale_follows_the_coordination(
    client: httpx.AsyncClient, world: Coalitions
) -> None:
    """The founding organisation's scale while it coordinates; after it hands over, the scale
    of the organisation that coordinates now."""
    founding = await _founding_organisation(client, world)
    members = (await client.get(world.url("/members"), headers=world.coordinator.headers)).json()
    [school] = [m["organisation_id"] for m in members["items"] if m["organisation_id"] != founding]
    await client.put(
        f"/api/v1/organisations/{founding}/commitment-levels",
        json=_scale(),
        headers=world.coordinator.headers,
    )
    school_scale = _scale((False, False, False, True))
    school_scale["levels"][3]["label"] = "Getekend"
    saved = await client.put(
        f"/api/v1/organisations/{school}/commitment-levels",
        json=school_scale,
        headers=world.member.headers,
    )
    assert saved.status_code == 200, saved.text

    async def scale_in_force() -> tuple[str, str]:
        summary = await client.get(world.url("/commitments"), headers=world.member.headers)
        scale = summary.json()["scale"]
        return scale["organisation_id"], scale["levels"][3]["label"]

    async def give_role(org_id: str, role: str) -> None:
        changed = await client.patch(
            world.url(f"/members/{org_id}"), json={"role": role}, headers=world.coordinator.headers
        )
        assert changed.status_code == 200, changed.text

    assert await scale_in_force() == (founding, "Levert capaciteit")
    await give_role(school, "coordinator")  # two coordinators: still the founding one's
    assert await scale_in_force() == (founding, "Levert capaciteit")
    await give_role(founding, "partner")  # handed over
    assert await scale_in_force() == (school, "Getekend")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda b: b["levels"].reverse(), "fixed_levels"),
        (lambda b: b["levels"].__setitem__(0, {**b["levels"][1]}), "fixed_levels"),
        (lambda b: b["levels"][3].__setitem__("counts_as_commitment", False), "counting_order"),
        (lambda b: b["levels"][0].__setitem__("counts_as_commitment", True), "counting_order"),
    ],
)
async def test_the_keys_and_their_order_are_fixed(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck, change: Any, code: str
) -> None:
    org_id = await _founding_organisation(client, world)
    body = _scale()
    change(body)
    refused = await client.put(
        f"/api/v1/organisations/{org_id}/commitment-levels",
        json=body,
        headers=world.coordinator.headers,
    )
    error = problem(refused, 422)["errors"][0]
    assert (error["field"], error["code"]) == ("body.levels", code)


async def test_labels_are_required_and_four_levels_given(
    client: httpx.AsyncClient, world: Coalitions, problem: ProblemCheck
) -> None:
    org_id = await _founding_organisation(client, world)
    url = f"/api/v1/organisations/{org_id}/commitment-levels"
    blank = _scale()
    blank["levels"][2]["label"] = "   "
    error = problem(await client.put(url, json=blank, headers=world.coordinator.headers), 422)
    assert error["errors"][0]["field"] == "body.levels.2.label"
    three = {"levels": _scale()["levels"][:3]}
    error = problem(await client.put(url, json=three, headers=world.coordinator.headers), 422)
    assert error["errors"][0]["field"] == "body.levels"
    assert (await client.get(url, headers=world.coordinator.headers)).json()["own"] is False


async def test_admins_change_members_read_strangers_see_nothing(
    client: httpx.AsyncClient, api: Api, world: Coalitions, problem: ProblemCheck
) -> None:
    org_id = await _founding_organisation(client, world)
    url = f"/api/v1/organisations/{org_id}/commitment-levels"
    colleague = await api.user(name="Collega")
    await api.join_organisation(world.coordinator, org_id, colleague, role="member")
    assert (await client.get(url, headers=colleague.headers)).status_code == 200
    problem(await client.put(url, json=_scale(), headers=colleague.headers), 403)
    problem(await client.delete(url, headers=colleague.headers), 403)
    # A partner in the coalition reads the scale through the summary, not the settings.
    for method, body in (("GET", None), ("PUT", _scale()), ("DELETE", None)):
        for stranger in (world.member, world.outsider):
            response = await client.request(method, url, json=body, headers=stranger.headers)
            problem(response, 404)
    assert (await client.get(url, headers=colleague.headers)).json()["own"] is False


async def test_every_scale_endpoint_is_checked(app: FastAPI) -> None:
    routes = {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
        if path.endswith("/commitment-levels")
    }
    url = "/api/v1/organisations/{organisation_id}/commitment-levels"
    assert routes == {("GET", url), ("PUT", url), ("DELETE", url)}


async def test_concurrent_replacements_leave_one_whole_scale(
    client: httpx.AsyncClient, world: Coalitions
) -> None:
    org_id = await _founding_organisation(client, world)
    url = f"/api/v1/organisations/{org_id}/commitment-levels"
    bodies = []
    for n in range(4):
        body = _scale()
        for item in body["levels"]:
            item["label"] = f"{item['level']} {n}"
        bodies.append(body)
    responses = await asyncio.gather(
        *(client.put(url, json=body, headers=world.coordinator.headers) for body in bodies)
    )
    assert [r.status_code for r in responses] == [200] * 4
    scale = (await client.get(url, headers=world.coordinator.headers)).json()
    labels = [lv["label"] for lv in scale["levels"]]
    assert labels in [[lv["label"] for lv in body["levels"]] for body in bodies]
