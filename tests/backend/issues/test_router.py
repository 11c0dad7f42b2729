"""The issue register of one organisation over HTTP: register, rank, filter, move phases with
a reason, the workable frame (goal, objectives, added value) with its history, the stakeholder
analysis, planning with the budget, evaluations that can close an issue once it has a goal;
nothing of another organisation is visible on any endpoint."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter, User


async def _owner(api: Api, name: str = "Ondernemersvereniging Binnenstad") -> tuple[User, str]:
    return await api.owner(name, kind="trade_association")


def _base(org_id: str) -> str:
    return f"/api/v1/organisations/{org_id}/issues"


async def test_register_read_and_edit(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    created = await api.issue(
        user,
        org_id,
        title="  Leegstand in de binnenstad ",
        description="Steeds meer lege panden.",
        scope="member_group",
        scope_note="Winkeliers kernwinkelgebied",
        owner_id=str(user.id),
        tags=["Leegstand", "binnenstad", "leegstand"],
        status="active",
        phase="societal_pressure",
        impact=4,
        urgency=4,
    )
    assert created["title"] == "Leegstand in de binnenstad"
    assert created["tags"] == ["leegstand", "binnenstad"]
    assert created["owner"] == {"id": str(user.id), "name": "Anouk Jansen"}
    assert created["priority"] == {"score": 16, "band": "critical"}
    assert (created["status"], created["phase"], created["scope"]) == (
        "active",
        "societal_pressure",
        "member_group",
    )
    url = f"{_base(org_id)}/{created['id']}"
    assert (await client.get(url, headers=user.headers)).json() == created

    patched = await client.patch(
        url, json={"urgency": 2, "owner_id": None, "tags": ["veiligheid"]}, headers=user.headers
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert body["priority"] == {"score": 8, "band": "medium"}
    assert body["owner"] is None
    assert body["tags"] == ["veiligheid"]
    assert body["title"] == "Leegstand in de binnenstad"

    defaults = await api.issue(user, org_id, title="Parkeertarieven")
    assert (defaults["status"], defaults["phase"], defaults["scope"]) == (
        "monitoring",
        "emergence",
        "association",
    )
    assert defaults["priority"] == {"score": 9, "band": "medium"}


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"title": " "}, "body.title", "value_error"),
        ({"title": "x", "impact": 6}, "body.impact", "less_than_equal"),
        ({"title": "x", "urgency": 0}, "body.urgency", "greater_than_equal"),
        ({"title": "x", "phase": "escalation"}, "body.phase", "enum"),
        ({"title": "x", "status": "open"}, "body.status", "enum"),
        ({"title": "x", "scope": "world"}, "body.scope", "enum"),
        ({"title": "x", "tags": ["a" * 41]}, "body.tags", "value_error"),
        ({"title": "x", "goal": "g" * 2001}, "body.goal", "string_too_long"),
        ({"title": "x", "objectives": ["Eén", "  "]}, "body.objectives.1", "string_too_short"),
        ({"title": "x", "objectives": ["o" * 501]}, "body.objectives.0", "string_too_long"),
        ({"title": "x", "objectives": ["o"] * 21}, "body.objectives", "too_long"),
        ({"title": "x", "objectives": "Eén doel"}, "body.objectives", "list_type"),
    ],
)
async def test_bad_input_names_the_field(
    client: httpx.AsyncClient,
    api: Api,
    problem: ProblemCheck,
    body: dict[str, Any],
    field: str,
    code: str,
) -> None:
    user, org_id = await _owner(api)
    response = await client.post(_base(org_id), json=body, headers=user.headers)
    errors = problem(response, 422)["errors"]
    assert errors[0]["field"] == field
    assert errors[0]["code"] == code
    listed = await client.get(_base(org_id), headers=user.headers)
    assert listed.json()["items"] == []


async def test_owner_must_be_a_member(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    stranger = await api.user(name="Buiten")
    response = await client.post(
        _base(org_id), json={"title": "x", "owner_id": str(stranger.id)}, headers=user.headers
    )
    errors = problem(response, 422)["errors"]
    assert (errors[0]["field"], errors[0]["code"]) == ("body.owner_id", "not_a_member")
    issue = await api.issue(user, org_id)
    patched = await client.patch(
        f"{_base(org_id)}/{issue['id']}",
        json={"owner_id": str(stranger.id)},
        headers=user.headers,
    )
    assert problem(patched, 422)["errors"][0]["field"] == "body.owner_id"
    nulled = await client.patch(
        f"{_base(org_id)}/{issue['id']}", json={"title": None}, headers=user.headers
    )
    problem(nulled, 422)


async def test_workable_frame_is_written_changed_and_kept_in_the_history(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    colleague = await api.user(name="Bram de Vries")
    await api.join_organisation(user, org_id, colleague)
    created = await api.issue(
        user,
        org_id,
        goal="  Leegstand onder de 8% in 2028 ",
        objectives=[" Drie pop-upwinkels ", "Gevelfonds"],
        added_value="   ",
    )
    assert created["goal"] == "Leegstand onder de 8% in 2028"
    assert created["objectives"] == ["Drie pop-upwinkels", "Gevelfonds"]
    assert created["added_value"] is None  # blank is "not written down"
    bare = await api.issue(user, org_id, title="Parkeren")
    assert (bare["goal"], bare["objectives"], bare["added_value"]) == (None, [], None)
    url = f"{_base(org_id)}/{created['id']}"

    async def patch(by: User, body: dict[str, Any]) -> dict[str, Any]:
        response = await client.patch(url, json=body, headers=by.headers)
        assert response.status_code == 200, response.text
        patched: dict[str, Any] = response.json()
        return patched

    changed = await patch(
        colleague,
        {
            "goal": "Leegstand onder de 5% in 2028",
            "objectives": ["Gevelfonds", "Drie pop-upwinkels", "Leegstandsmonitor"],
            "added_value": "Meer passanten voor de winkeliers.",
        },
    )
    assert changed["objectives"] == ["Gevelfonds", "Drie pop-upwinkels", "Leegstandsmonitor"]
    # Unchanged values and other fields leave no frame entry; null clears goal and added value.
    await patch(user, {"goal": "Leegstand onder de 5% in 2028", "impact": 5})
    cleared = await patch(user, {"goal": None, "added_value": None})
    assert (cleared["goal"], cleared["added_value"]) == (None, None)
    assert cleared["objectives"] == changed["objectives"]
    emptied = await patch(user, {"objectives": []})
    assert emptied["objectives"] == []
    for body, field, code in (
        ({"objectives": None}, "body.objectives", "not_nullable"),
        ({"objectives": ["ok", ""]}, "body.objectives.1", "string_too_short"),
        ({"goal": "g" * 2001}, "body.goal", "string_too_long"),
    ):
        error = problem(await client.patch(url, json=body, headers=user.headers), 422)
        assert (error["errors"][0]["field"], error["errors"][0]["code"]) == (field, code)

    items = (await client.get(f"{url}/history", headers=user.headers)).json()["items"]
    frame_items = [h for h in items if h["kind"] not in ("phase", "status")]
    frame = [
        (h["kind"], h["old_value"], h["new_value"], h["old_objectives"], h["new_objectives"])
        for h in frame_items
    ]
    assert frame == [
        ("goal", None, "Leegstand onder de 8% in 2028", None, None),
        ("objectives", None, None, None, ["Drie pop-upwinkels", "Gevelfonds"]),
        ("goal", "Leegstand onder de 8% in 2028", "Leegstand onder de 5% in 2028", None, None),
        (
            "objectives",
            None,
            None,
            ["Drie pop-upwinkels", "Gevelfonds"],
            ["Gevelfonds", "Drie pop-upwinkels", "Leegstandsmonitor"],
        ),
        ("added_value", None, "Meer passanten voor de winkeliers.", None, None),
        ("goal", "Leegstand onder de 5% in 2028", None, None, None),
        ("added_value", "Meer passanten voor de winkeliers.", None, None, None),
        (
            "objectives",
            None,
            None,
            ["Gevelfonds", "Drie pop-upwinkels", "Leegstandsmonitor"],
            [],
        ),
    ]
    assert [h["changed_by"]["name"] for h in frame_items] == (
        ["Anouk Jansen"] * 2 + ["Bram de Vries"] * 3 + ["Anouk Jansen"] * 3
    )
    assert all(h["reason"] == "" and h["evaluation_id"] is None for h in frame_items)
    # The registration's phase and status entries come first and carry no objectives.
    assert [h["kind"] for h in items[:2]] == ["phase", "status"]
    assert {(h["old_objectives"], h["new_objectives"]) for h in items[:2]} == {(None, None)}

    # The two kinds of entries page together, in the order they happened.
    walked: list[str] = []
    cursor = None
    while True:
        query = "?limit=3" + (f"&cursor={cursor}" if cursor else "")
        page = (await client.get(f"{url}/history{query}", headers=user.headers)).json()
        assert len(page["items"]) <= 3
        walked += [h["id"] for h in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert walked == [h["id"] for h in items]
    assert [h["changed_at"] for h in items] == sorted(h["changed_at"] for h in items)


async def test_phase_moves_any_way_with_reason_and_history(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    issue = await api.issue(user, org_id)
    url = f"{_base(org_id)}/{issue['id']}"

    no_reason = await client.post(
        f"{url}/phase", json={"phase": "opinion_forming", "reason": "  "}, headers=user.headers
    )
    assert problem(no_reason, 422)["errors"][0]["field"] == "body.reason"
    missing = await client.post(
        f"{url}/phase", json={"phase": "opinion_forming"}, headers=user.headers
    )
    assert problem(missing, 422)["errors"][0]["field"] == "body.reason"
    same = await client.post(
        f"{url}/phase", json={"phase": "emergence", "reason": "x"}, headers=user.headers
    )
    assert problem(same, 422)["errors"][0]["code"] == "unchanged"

    # Skip two phases forward, then go back one: both allowed.
    moved = await client.post(
        f"{url}/phase",
        json={"phase": "political_consequences", "reason": "Raad agendeert verordening"},
        headers=user.headers,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["phase"] == "political_consequences"
    assert moved.json()["phase_since"] > issue["phase_since"]
    back = await client.post(
        f"{url}/phase",
        json={"phase": "opinion_forming", "reason": "Agendapunt uitgesteld"},
        headers=user.headers,
    )
    assert back.json()["phase"] == "opinion_forming"

    status = await client.post(f"{url}/status", json={"status": "active"}, headers=user.headers)
    assert status.status_code == 200
    assert status.json()["status"] == "active"
    same_status = await client.post(
        f"{url}/status", json={"status": "active"}, headers=user.headers
    )
    assert problem(same_status, 422)["errors"][0]["field"] == "body.status"

    history = (await client.get(f"{url}/history", headers=user.headers)).json()
    entries = [(h["kind"], h["old_value"], h["new_value"], h["reason"]) for h in history["items"]]
    assert sorted(entries[:2], key=str) == sorted(
        [
            ("phase", None, "emergence", "Registered"),
            ("status", None, "monitoring", "Registered"),
        ],
        key=str,
    )
    assert entries[2:] == [
        ("phase", "emergence", "political_consequences", "Raad agendeert verordening"),
        ("phase", "political_consequences", "opinion_forming", "Agendapunt uitgesteld"),
        ("status", "monitoring", "active", ""),
    ]
    assert {h["changed_by"]["name"] for h in history["items"]} == {"Anouk Jansen"}
    assert all(h["changed_at"] for h in history["items"])

    walked: list[str] = []
    cursor = None
    while True:
        query = "?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = (await client.get(f"{url}/history{query}", headers=user.headers)).json()
        assert len(page["items"]) <= 2
        walked += [h["id"] for h in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert walked == [h["id"] for h in history["items"]]
    bad = await client.get(f"{url}/history?cursor=abc", headers=user.headers)
    assert problem(bad, 422)["errors"][0]["field"] == "query.cursor"


async def test_list_ranks_filters_and_pages(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    colleague = await api.user(name="Bram")
    await api.join_organisation(user, org_id, colleague)

    low = await api.issue(user, org_id, title="Afval", impact=1, urgency=2)
    urgent = await api.issue(user, org_id, title="Parkeren", impact=3, urgency=5)
    impactful = await api.issue(
        user, org_id, title="Leegstand", impact=5, urgency=3, tags=["leegstand"]
    )
    top = await api.issue(
        user,
        org_id,
        title="Winkeldiefstal",
        impact=5,
        urgency=5,
        owner_id=str(colleague.id),
        phase="enforcement",
        status="crisis",
    )
    closed = await api.issue(user, org_id, title="Kerstverlichting", status="closed")

    listed = (await client.get(_base(org_id), headers=user.headers)).json()
    assert [i["id"] for i in listed["items"]] == [
        top["id"],
        impactful["id"],  # 15, impact 5
        urgent["id"],  # 15, impact 3
        closed["id"],  # 9
        low["id"],  # 2
    ]
    pages: list[str] = []
    cursor = None
    while True:
        url = _base(org_id) + "?limit=2" + (f"&cursor={cursor}" if cursor else "")
        body = (await client.get(url, headers=user.headers)).json()
        pages += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert pages == [i["id"] for i in listed["items"]]

    async def ids(query: str) -> list[str]:
        response = await client.get(f"{_base(org_id)}?{query}", headers=user.headers)
        assert response.status_code == 200, response.text
        return [i["id"] for i in response.json()["items"]]

    assert await ids("status=crisis") == [top["id"]]
    assert await ids("phase=enforcement") == [top["id"]]
    assert await ids("tag=leegstand") == [impactful["id"]]
    assert await ids("tag=leeg") == []
    assert await ids(f"owner={colleague.id}") == [top["id"]]
    assert await ids("q=PARKE") == [urgent["id"]]
    assert closed["id"] not in await ids("open=true")
    assert await ids("open=false") == [closed["id"]]
    assert await ids("impact=5&urgency=3") == [impactful["id"]]
    assert await ids("impact=5") == [top["id"], impactful["id"]]
    bad_impact = await client.get(f"{_base(org_id)}?impact=6", headers=user.headers)
    assert problem(bad_impact, 422)["errors"][0]["field"] == "query.impact"

    bad = await client.get(f"{_base(org_id)}?cursor=nonsense", headers=user.headers)
    assert problem(bad, 422)["errors"][0]["field"] == "query.cursor"
    bad_phase = await client.get(f"{_base(org_id)}?phase=x", headers=user.headers)
    assert problem(bad_phase, 422)["errors"][0]["field"] == "query.phase"

    heat = (await client.get(f"{_base(org_id)}/heat-map?open=true", headers=user.headers)).json()
    assert heat["total"] == 4
    assert len(heat["cells"]) == 25
    cells = {(c["impact"], c["urgency"]): c for c in heat["cells"]}
    assert cells[(5, 5)]["count"] == 1
    assert cells[(5, 5)]["priority"]["band"] == "critical"
    assert cells[(3, 3)]["count"] == 0
    assert (heat["cells"][0]["impact"], heat["cells"][0]["urgency"]) == (5, 1)


async def test_list_statement_count_does_not_grow(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, org_id = await _owner(api)

    async def count() -> int:
        count_statements.reset()
        response = await client.get(_base(org_id), headers=user.headers)
        assert response.status_code == 200
        return int(count_statements.count)

    await api.issue(user, org_id, owner_id=str(user.id))
    before = await count()
    for index in range(6):
        await api.issue(user, org_id, title=f"I{index}", owner_id=str(user.id))
    assert await count() == before
    assert before <= 4  # user, organisation, issues with owners (+ begin)


async def test_stakeholder_analysis(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    issue = await api.issue(user, org_id)
    url = f"{_base(org_id)}/{issue['id']}/stakeholders"
    gemeente = (await api.stakeholder(user, org_id, "Gemeente Zwolle", type="government"))["id"]
    linked = await client.post(
        url,
        json={
            "stakeholder_id": gemeente,
            "stance": "supportive",
            "interest": 5,
            "influence": 4,
            "notes": " Wil pop-ups ",
        },
        headers=user.headers,
    )
    assert linked.status_code == 201, linked.text
    link = linked.json()
    assert link["stakeholder"]["name"] == "Gemeente Zwolle"
    assert (link["stance"], link["interest"], link["influence"], link["notes"]) == (
        "supportive",
        5,
        4,
        "Wil pop-ups",
    )
    again = await client.post(url, json={"stakeholder_id": gemeente}, headers=user.headers)
    assert problem(again, 409)["errors"][0]["field"] == "body.stakeholder_id"

    other_user, other_org = await _owner(api, name="Ander")
    foreign = (await api.stakeholder(other_user, other_org, "Van een ander", type="government"))[
        "id"
    ]
    refused = await client.post(url, json={"stakeholder_id": foreign}, headers=user.headers)
    assert problem(refused, 422)["errors"][0]["field"] == "body.stakeholder_id"
    bad_score = await client.post(
        url, json={"stakeholder_id": gemeente, "interest": 9}, headers=user.headers
    )
    assert problem(bad_score, 422)["errors"][0]["field"] == "body.interest"

    patched = await client.patch(
        f"{url}/{link['id']}", json={"stance": "opposed", "influence": 5}, headers=user.headers
    )
    assert patched.status_code == 200
    assert (patched.json()["stance"], patched.json()["influence"]) == ("opposed", 5)
    listed = (await client.get(url, headers=user.headers)).json()
    assert [s["stance"] for s in listed["items"]] == ["opposed"]
    deleted = await client.delete(f"{url}/{link['id']}", headers=user.headers)
    assert deleted.status_code == 204
    assert (await client.get(url, headers=user.headers)).json()["items"] == []
    # The register keeps the stakeholder.
    kept = await client.get(
        f"/api/v1/organisations/{org_id}/stakeholders/{gemeente}", headers=user.headers
    )
    assert kept.status_code == 200


async def test_stakeholder_list_statement_count(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, org_id = await _owner(api)
    issue = await api.issue(user, org_id)
    url = f"{_base(org_id)}/{issue['id']}/stakeholders"

    async def add(name: str) -> None:
        sid = (await api.stakeholder(user, org_id, name, type="government"))["id"]
        response = await client.post(url, json={"stakeholder_id": sid}, headers=user.headers)
        assert response.status_code == 201

    async def count() -> int:
        count_statements.reset()
        assert (await client.get(url, headers=user.headers)).status_code == 200
        return int(count_statements.count)

    await add("S0")
    before = await count()
    for index in range(5):
        await add(f"S{index + 1}")
    assert await count() == before


async def test_planning_and_budget(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    leegstand = await api.issue(user, org_id, title="Leegstand")
    parkeren = await api.issue(user, org_id, title="Parkeren")
    await api.issue(user, org_id, title="Zonder plan")
    closed = await api.issue(user, org_id, title="Afgerond", status="closed")

    async def activity(issue: dict[str, Any], **body: Any) -> dict[str, Any]:
        response = await client.post(
            f"{_base(org_id)}/{issue['id']}/activities", json=body, headers=user.headers
        )
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    popup = await activity(
        leegstand,
        title="Pop-upwinkels",
        cost_estimate=18_000,
        funding_source="subsidy",
        starts_on="2027-02-01",
        ends_on="2027-07-31",
    )
    assert (popup["funded"], popup["funding_source"]) == (False, "subsidy")
    await activity(
        leegstand, title="Gevelfonds", cost_estimate=5_000, funding_source="own_budget", funded=True
    )
    await activity(
        parkeren,
        title="Parkeeronderzoek",
        cost_estimate=7_500,
        funding_source="members_contribution",
        funded=True,
    )
    await activity(closed, title="Oud", cost_estimate=1_000, funding_source="sponsor")

    bad_dates = await client.post(
        f"{_base(org_id)}/{leegstand['id']}/activities",
        json={"title": "x", "cost_estimate": 1, "starts_on": "2027-02-01", "ends_on": "2027-01-01"},
        headers=user.headers,
    )
    problem(bad_dates, 422)
    negative = await client.post(
        f"{_base(org_id)}/{leegstand['id']}/activities",
        json={"title": "x", "cost_estimate": -5},
        headers=user.headers,
    )
    assert problem(negative, 422)["errors"][0]["field"] == "body.cost_estimate"
    bad_source = await client.post(
        f"{_base(org_id)}/{leegstand['id']}/activities",
        json={"title": "x", "cost_estimate": 5, "funding_source": "lottery"},
        headers=user.headers,
    )
    assert problem(bad_source, 422)["errors"][0]["field"] == "body.funding_source"

    overview = (await client.get(f"{_base(org_id)}/budget", headers=user.headers)).json()
    assert overview["total"] == {"planned": 30_500, "funded": 12_500, "unfunded": 18_000}
    lines = [(i["title"], i["planned"], i["funded"], i["unfunded"]) for i in overview["issues"]]
    assert lines == [
        ("Leegstand", 23_000, 5_000, 18_000),
        ("Parkeren", 7_500, 7_500, 0),
        ("Zonder plan", 0, 0, 0),
    ]
    by_source = {s["funding_source"]: s for s in overview["by_source"]}
    assert by_source["subsidy"]["unfunded"] == 18_000
    assert by_source["sponsor"]["planned"] == 0
    with_closed = (
        await client.get(f"{_base(org_id)}/budget?include_closed=true", headers=user.headers)
    ).json()
    assert with_closed["total"]["planned"] == 31_500

    # Securing the subsidy moves the money from unfunded to funded.
    url = f"{_base(org_id)}/{leegstand['id']}/activities/{popup['id']}"
    patched = await client.patch(url, json={"funded": True}, headers=user.headers)
    assert patched.status_code == 200
    assert patched.json()["funded"] is True
    bad_patch = await client.patch(url, json={"ends_on": "2026-01-01"}, headers=user.headers)
    assert problem(bad_patch, 422)["errors"][0]["field"] == "body.ends_on"
    overview = (await client.get(f"{_base(org_id)}/budget", headers=user.headers)).json()
    assert overview["total"] == {"planned": 30_500, "funded": 30_500, "unfunded": 0}

    listed = (
        await client.get(f"{_base(org_id)}/{leegstand['id']}/activities", headers=user.headers)
    ).json()
    assert [a["title"] for a in listed["items"]] == ["Pop-upwinkels", "Gevelfonds"]
    assert (await client.delete(url, headers=user.headers)).status_code == 204
    assert (await client.get(url, headers=user.headers)).status_code == 405


async def test_budget_statement_count(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, org_id = await _owner(api)

    async def count() -> int:
        count_statements.reset()
        assert (
            await client.get(f"{_base(org_id)}/budget", headers=user.headers)
        ).status_code == 200
        return int(count_statements.count)

    async def plan() -> None:
        issue = await api.issue(user, org_id)
        for _ in range(2):
            response = await client.post(
                f"{_base(org_id)}/{issue['id']}/activities",
                json={"title": "a", "cost_estimate": 10},
                headers=user.headers,
            )
            assert response.status_code == 201

    await plan()
    before = await count()
    for _ in range(4):
        await plan()
    assert await count() == before


async def test_evaluations_and_goal_reached_closes(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    issue = await api.issue(user, org_id, status="active")
    url = f"{_base(org_id)}/{issue['id']}/evaluations"

    async def plan(day: str, focus: str) -> dict[str, Any]:
        response = await client.post(
            url, json={"planned_on": day, "focus": focus}, headers=user.headers
        )
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    later = await plan("2027-12-01", "Jaarevaluatie")
    sooner = await plan("2027-06-01", "Halfjaar")
    bad = await client.post(url, json={"planned_on": "morgen"}, headers=user.headers)
    assert problem(bad, 422)["errors"][0]["field"] == "body.planned_on"
    listed = (await client.get(url, headers=user.headers)).json()
    assert [e["id"] for e in listed["items"]] == [sooner["id"], later["id"]]
    assert sooner["outcome"] is None
    assert sooner["recorded_by"] is None

    moved = await client.patch(
        f"{url}/{sooner['id']}", json={"planned_on": "2027-05-15"}, headers=user.headers
    )
    assert moved.json()["planned_on"] == "2027-05-15"

    adjust = await client.post(
        f"{url}/{sooner['id']}/outcome",
        json={"outcome": "adjust", "note": "Meer gevelverbetering"},
        headers=user.headers,
    )
    assert adjust.status_code == 200, adjust.text
    assert adjust.json()["outcome"] == "adjust"
    assert adjust.json()["recorded_by"]["name"] == "Anouk Jansen"
    issue_now = (await client.get(f"{_base(org_id)}/{issue['id']}", headers=user.headers)).json()
    assert issue_now["status"] == "active"
    twice = await client.post(
        f"{url}/{sooner['id']}/outcome", json={"outcome": "continue"}, headers=user.headers
    )
    problem(twice, 409)
    undeletable = await client.delete(f"{url}/{sooner['id']}", headers=user.headers)
    problem(undeletable, 409)
    bad_outcome = await client.post(
        f"{url}/{later['id']}/outcome", json={"outcome": "done"}, headers=user.headers
    )
    assert problem(bad_outcome, 422)["errors"][0]["field"] == "body.outcome"

    # "Goal reached" must refer to a goal that was written down.
    no_goal = await client.post(
        f"{url}/{later['id']}/outcome", json={"outcome": "goal_reached"}, headers=user.headers
    )
    error = problem(no_goal, 422)["errors"][0]
    assert (error["field"], error["code"]) == ("body.outcome", "no_goal")
    assert "goal" in error["reason"]
    listed = (await client.get(url, headers=user.headers)).json()["items"]
    assert [e["outcome"] for e in listed] == ["adjust", None]
    issue_url = f"{_base(org_id)}/{issue['id']}"
    assert (await client.get(issue_url, headers=user.headers)).json()["status"] == "active"
    written = await client.patch(
        issue_url, json={"goal": "Leegstand onder 5%"}, headers=user.headers
    )
    assert written.status_code == 200, written.text

    reached = await client.post(
        f"{url}/{later['id']}/outcome",
        json={"outcome": "goal_reached", "note": "Leegstand onder 5%"},
        headers=user.headers,
    )
    assert reached.status_code == 200, reached.text
    assert reached.json()["goal"] == "Leegstand onder 5%"
    issue_now = (await client.get(f"{_base(org_id)}/{issue['id']}", headers=user.headers)).json()
    assert issue_now["status"] == "closed"
    history = (
        await client.get(f"{_base(org_id)}/{issue['id']}/history", headers=user.headers)
    ).json()["items"]
    last = history[-1]
    assert (last["kind"], last["old_value"], last["new_value"]) == ("status", "active", "closed")
    assert last["evaluation_id"] == later["id"]
    assert "goal reached" in last["reason"]
    assert "Leegstand onder 5%" in last["reason"]

    extra = await plan("2028-01-01", "Nog een")
    assert (await client.delete(f"{url}/{extra['id']}", headers=user.headers)).status_code == 204


async def test_an_evaluation_keeps_the_goal_it_was_judged_against(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await _owner(api)
    issue = await api.issue(user, org_id, status="active", goal="Leegstand onder 8%")
    issue_url = f"{_base(org_id)}/{issue['id']}"
    url = f"{issue_url}/evaluations"
    first, second, third = [
        (await client.post(url, json={"planned_on": day}, headers=user.headers)).json()
        for day in ("2027-03-01", "2027-06-01", "2027-09-01")
    ]
    assert first["goal"] is None  # not judged yet

    judged = await client.post(
        f"{url}/{first['id']}/outcome", json={"outcome": "continue"}, headers=user.headers
    )
    assert judged.json()["goal"] == "Leegstand onder 8%"
    await client.patch(issue_url, json={"goal": "Leegstand onder 5%"}, headers=user.headers)
    listed = (await client.get(url, headers=user.headers)).json()["items"]
    assert [e["goal"] for e in listed] == ["Leegstand onder 8%", None, None]

    # Without a goal, other outcomes are still recorded (and keep that there was none).
    await client.patch(issue_url, json={"goal": None}, headers=user.headers)
    refused = await client.post(
        f"{url}/{second['id']}/outcome", json={"outcome": "goal_reached"}, headers=user.headers
    )
    assert problem(refused, 422)["errors"][0]["code"] == "no_goal"
    adjusted = await client.post(
        f"{url}/{second['id']}/outcome", json={"outcome": "adjust"}, headers=user.headers
    )
    assert (adjusted.json()["outcome"], adjusted.json()["goal"]) == ("adjust", None)

    await client.patch(issue_url, json={"goal": "Leegstand onder 5%"}, headers=user.headers)
    reached = await client.post(
        f"{url}/{third['id']}/outcome", json={"outcome": "goal_reached"}, headers=user.headers
    )
    assert reached.json()["goal"] == "Leegstand onder 5%"
    await client.patch(issue_url, json={"goal": "Iets anders"}, headers=user.headers)
    listed = (await client.get(url, headers=user.headers)).json()["items"]
    assert [(e["outcome"], e["goal"]) for e in listed] == [
        ("continue", "Leegstand onder 8%"),
        ("adjust", None),
        ("goal_reached", "Leegstand onder 5%"),
    ]


async def test_another_organisation_sees_nothing(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    """Every endpoint answers 404 to a member of another organisation, both through that
    organisation's path and through the stranger's own organisation with the issue's ids."""
    user, org_id = await _owner(api)
    issue = await api.issue(user, org_id)
    sid = (await api.stakeholder(user, org_id, "Gemeente", type="government"))["id"]
    base = f"{_base(org_id)}/{issue['id']}"
    link = (
        await client.post(
            f"{base}/stakeholders", json={"stakeholder_id": sid}, headers=user.headers
        )
    ).json()
    activity = (
        await client.post(
            f"{base}/activities", json={"title": "a", "cost_estimate": 1}, headers=user.headers
        )
    ).json()
    evaluation = (
        await client.post(
            f"{base}/evaluations", json={"planned_on": "2027-01-01"}, headers=user.headers
        )
    ).json()

    stranger, stranger_org = await _owner(api, name="Concurrent")
    own = await api.issue(stranger, stranger_org)

    def calls(root: str, issue_id: str) -> list[tuple[str, str, dict[str, Any] | None]]:
        one = f"{root}/{issue_id}"
        return [
            ("GET", root, None),
            ("POST", root, {"title": "x"}),
            ("GET", f"{root}/heat-map", None),
            ("GET", f"{root}/budget", None),
            ("GET", one, None),
            ("PATCH", one, {"title": "x"}),
            ("POST", f"{one}/phase", {"phase": "enforcement", "reason": "x"}),
            ("POST", f"{one}/status", {"status": "crisis"}),
            ("GET", f"{one}/history", None),
            ("GET", f"{one}/stakeholders", None),
            ("POST", f"{one}/stakeholders", {"stakeholder_id": sid}),
            ("PATCH", f"{one}/stakeholders/{link['id']}", {"stance": "opposed"}),
            ("DELETE", f"{one}/stakeholders/{link['id']}", None),
            ("GET", f"{one}/activities", None),
            ("POST", f"{one}/activities", {"title": "a", "cost_estimate": 1}),
            ("PATCH", f"{one}/activities/{activity['id']}", {"funded": True}),
            ("DELETE", f"{one}/activities/{activity['id']}", None),
            ("GET", f"{one}/evaluations", None),
            ("POST", f"{one}/evaluations", {"planned_on": "2027-01-01"}),
            ("PATCH", f"{one}/evaluations/{evaluation['id']}", {"focus": "x"}),
            ("DELETE", f"{one}/evaluations/{evaluation['id']}", None),
            (
                "POST",
                f"{one}/evaluations/{evaluation['id']}/outcome",
                {"outcome": "goal_reached"},
            ),
        ]

    # Through the owner's organisation: the stranger is not a member.
    for method, url, body in calls(_base(org_id), issue["id"]):
        response = await client.request(method, url, json=body, headers=stranger.headers)
        problem(response, 404)
    # Through the stranger's own organisation with the other's issue id.
    for method, url, body in calls(_base(stranger_org), issue["id"])[4:]:
        response = await client.request(method, url, json=body, headers=stranger.headers)
        problem(response, 404)
    # With the stranger's own issue but the other's child ids.
    for method, url, body in calls(_base(stranger_org), own["id"]):
        if "/stakeholders/" in url or "/activities/" in url or "/evaluations/" in url:
            response = await client.request(method, url, json=body, headers=stranger.headers)
            problem(response, 404)

    # Nothing changed for the owner.
    after = (await client.get(base, headers=user.headers)).json()
    assert (after["title"], after["phase"], after["status"]) == (
        "Leegstand",
        "emergence",
        "monitoring",
    )
    assert (
        len((await client.get(f"{base}/stakeholders", headers=user.headers)).json()["items"]) == 1
    )
    assert len((await client.get(f"{base}/activities", headers=user.headers)).json()["items"]) == 1
    evaluations = (await client.get(f"{base}/evaluations", headers=user.headers)).json()["items"]
    assert [e["outcome"] for e in evaluations] == [None]
    # The stranger's own lists show none of it.
    mine = (await client.get(_base(stranger_org), headers=stranger.headers)).json()["items"]
    assert [i["id"] for i in mine] == [own["id"]]


async def test_requires_login(client: httpx.AsyncClient, api: Api, problem: ProblemCheck) -> None:
    _user, org_id = await _owner(api)
    problem(await client.get(_base(org_id)), 401)
