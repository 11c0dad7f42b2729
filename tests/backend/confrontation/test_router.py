"""Confrontation matrices over the API: items, scores and the analysis that follows, bad input
named per field, statement counts that do not grow, and nothing of another organisation."""

from __future__ import annotations

from typing import Any

import httpx
from situations import Api, ProblemCheck, StatementCounter, User

ITEMS = [
    {"kind": "strength", "label": "Sterk netwerk van ondernemers"},
    {"kind": "strength", "label": "Goede band met de gemeente"},
    {"kind": "weakness", "label": "Weinig eigen budget"},
    {"kind": "opportunity", "label": "Provinciale subsidie binnenstad"},
    {"kind": "threat", "label": "Online winkelen groeit"},
]


def _base(org_id: str) -> str:
    return f"/api/v1/organisations/{org_id}/confrontation-matrices"


async def _matrix(client: httpx.AsyncClient, user: User, org_id: str, **body: Any) -> Any:
    response = await client.post(
        _base(org_id), json={"title": "Binnenstad", "items": ITEMS, **body}, headers=user.headers
    )
    assert response.status_code == 201, response.text
    return response.json()


def _ids(matrix: Any) -> dict[str, str]:
    return {item["label"]: item["id"] for item in matrix["items"]}


async def test_create_score_and_analyse(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner("Ondernemersvereniging Rivierstad", name="Anouk")
    matrix = await _matrix(client, user, org_id)
    assert [i["kind"] for i in matrix["items"]] == [
        "strength",
        "strength",
        "weakness",
        "opportunity",
        "threat",
    ]
    assert [i["position"] for i in matrix["items"]] == [0, 1, 0, 0, 0]
    assert matrix["scores"] == []
    assert matrix["analysis"]["total"] == 0
    ids = _ids(matrix)
    network, council, budget = (
        ids["Sterk netwerk van ondernemers"],
        ids["Goede band met de gemeente"],
        ids["Weinig eigen budget"],
    )
    subsidy, online = ids["Provinciale subsidie binnenstad"], ids["Online winkelen groeit"]

    response = await client.put(
        f"{_base(org_id)}/{matrix['id']}/scores",
        json={
            "scores": [
                {"internal_item_id": council, "external_item_id": subsidy, "score": 3},
                {"internal_item_id": network, "external_item_id": online, "score": 2},
                {"internal_item_id": budget, "external_item_id": online, "score": 3},
            ]
        },
        headers=user.headers,
    )
    assert response.status_code == 200, response.text
    scored = response.json()
    analysis = scored["analysis"]
    assert analysis["total"] == 8
    assert {r["item_id"]: r["total"] for r in analysis["rows"]} == {
        network: 2,
        council: 3,
        budget: 3,
    }
    assert {c["item_id"]: c["total"] for c in analysis["columns"]} == {subsidy: 3, online: 5}
    quadrants = [(q["quadrant"], q["total"], q["cells"], q["rank"]) for q in analysis["quadrants"]]
    # SO: 3 over 2 cells (1.5); WT: 3 over 1 cell (3.0); ST: 2 over 2 (1.0); WO: 0.
    assert quadrants == [
        ("avoid", 3, 1, 1),
        ("offensive", 3, 2, 2),
        ("defensive", 2, 2, 3),
        ("improve", 0, 1, 4),
    ]
    assert [(o["internal_item_id"], o["score"]) for o in analysis["options"]] == [
        (budget, 3),  # 3, weighing row 3 + column 5
        (council, 3),  # 3, weighing row 3 + column 3
        (network, 2),
    ]
    assert scored["updated_at"] > matrix["updated_at"]

    # 0 clears a cell; cells not named keep their score.
    cleared = await client.put(
        f"{_base(org_id)}/{matrix['id']}/scores",
        json={"scores": [{"internal_item_id": budget, "external_item_id": online, "score": 0}]},
        headers=user.headers,
    )
    assert cleared.status_code == 200
    assert cleared.json()["analysis"]["total"] == 5
    assert len(cleared.json()["scores"]) == 2
    again = await client.get(f"{_base(org_id)}/{matrix['id']}", headers=user.headers)
    assert again.json() == cleared.json()


async def test_items_are_added_moved_renamed_and_removed_with_their_cells(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner("Ondernemersvereniging Rivierstad", name="Anouk")
    matrix = await _matrix(client, user, org_id)
    url = f"{_base(org_id)}/{matrix['id']}"
    ids = _ids(matrix)
    added = await client.post(
        f"{url}/items",
        json={"kind": "strength", "label": " Veel vrijwilligers ", "note": "Ruim 80"},
        headers=user.headers,
    )
    assert added.status_code == 201, added.text
    volunteers = added.json()
    assert (volunteers["label"], volunteers["position"]) == ("Veel vrijwilligers", 2)

    moved = await client.patch(
        f"{url}/items/{volunteers['id']}", json={"position": 0}, headers=user.headers
    )
    assert moved.status_code == 200
    strengths = [
        (i["label"], i["position"])
        for i in (await client.get(url, headers=user.headers)).json()["items"]
        if i["kind"] == "strength"
    ]
    assert strengths == [
        ("Veel vrijwilligers", 0),
        ("Sterk netwerk van ondernemers", 1),
        ("Goede band met de gemeente", 2),
    ]

    await client.put(
        f"{url}/scores",
        json={
            "scores": [
                {
                    "internal_item_id": volunteers["id"],
                    "external_item_id": ids["Online winkelen groeit"],
                    "score": 1,
                }
            ]
        },
        headers=user.headers,
    )
    removed = await client.delete(f"{url}/items/{volunteers['id']}", headers=user.headers)
    assert removed.status_code == 204
    after = (await client.get(url, headers=user.headers)).json()
    assert after["scores"] == []
    assert [i["position"] for i in after["items"] if i["kind"] == "strength"] == [0, 1]
    problem(await client.delete(f"{url}/items/{volunteers['id']}", headers=user.headers), 404)

    renamed = await client.patch(
        url, json={"title": "Binnenstad 2027", "description": "Voor de ALV"}, headers=user.headers
    )
    assert renamed.status_code == 200
    assert (renamed.json()["title"], renamed.json()["description"]) == (
        "Binnenstad 2027",
        "Voor de ALV",
    )
    assert (await client.delete(url, headers=user.headers)).status_code == 204
    problem(await client.get(url, headers=user.headers), 404)


async def test_bad_input_names_the_field(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner("Ondernemersvereniging Rivierstad", name="Anouk")
    matrix = await _matrix(client, user, org_id)
    url = f"{_base(org_id)}/{matrix['id']}"
    ids = _ids(matrix)
    strength, opportunity = ids["Sterk netwerk van ondernemers"], ids["Online winkelen groeit"]

    def fields(body: Any) -> set[str]:
        return {error["field"] for error in body["errors"]}

    too_high = {"internal_item_id": strength, "external_item_id": opportunity, "score": 4}
    body = problem(
        await client.put(f"{url}/scores", json={"scores": [too_high]}, headers=user.headers), 422
    )
    assert fields(body) == {"body.scores.0.score"}
    swapped = {"internal_item_id": opportunity, "external_item_id": strength, "score": 1}
    body = problem(
        await client.put(f"{url}/scores", json={"scores": [swapped]}, headers=user.headers), 422
    )
    assert fields(body) == {"body.scores.0.internal_item_id"}
    duplicate = {"internal_item_id": strength, "external_item_id": opportunity, "score": 1}
    body = problem(
        await client.put(
            f"{url}/scores", json={"scores": [duplicate, duplicate]}, headers=user.headers
        ),
        422,
    )
    assert fields(body) == {"body.scores.1"}
    assert body["errors"][0]["code"] == "duplicate"
    # Nothing of a refused request was stored.
    assert (await client.get(url, headers=user.headers)).json()["scores"] == []

    body = problem(
        await client.post(_base(org_id), json={"title": " ", "items": []}, headers=user.headers),
        422,
    )
    assert fields(body) == {"body.title"}
    body = problem(
        await client.post(
            f"{url}/items", json={"kind": "hope", "label": "x"}, headers=user.headers
        ),
        422,
    )
    assert fields(body) == {"body.kind"}
    too_many = [{"kind": "threat", "label": f"T{n}"} for n in range(31)]
    body = problem(
        await client.post(
            _base(org_id), json={"title": "Vol", "items": too_many}, headers=user.headers
        ),
        422,
    )
    assert fields(body) == {"body.items"}
    assert body["errors"][0]["code"] == "too_many"
    body = problem(
        await client.post(
            _base(org_id),
            json={"title": "Los", "issue_id": "0193a0c2-0000-7000-8000-000000000001"},
            headers=user.headers,
        ),
        422,
    )
    assert fields(body) == {"body.issue_id"}
    body = problem(await client.patch(url, json={"title": None}, headers=user.headers), 422)
    assert fields(body) == {"body.title"}


async def test_list_pages_and_counts_statements(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, org_id = await api.owner("Ondernemersvereniging Rivierstad", name="Anouk")
    for n in range(3):
        await _matrix(client, user, org_id, title=f"M{n}")
    first = await client.get(_base(org_id), params={"limit": 2}, headers=user.headers)
    assert [m["title"] for m in first.json()["items"]] == ["M0", "M1"]
    second = await client.get(
        _base(org_id),
        params={"limit": 2, "cursor": first.json()["next_cursor"]},
        headers=user.headers,
    )
    assert [m["title"] for m in second.json()["items"]] == ["M2"]
    assert second.json()["next_cursor"] is None

    async def statements(url: str) -> int:
        count_statements.reset()
        response = await client.get(url, headers=user.headers)
        assert response.status_code == 200
        return int(count_statements.count)

    small = await _matrix(client, user, org_id, items=ITEMS[:2])
    large = await _matrix(client, user, org_id, items=ITEMS * 5)
    assert await statements(f"{_base(org_id)}/{small['id']}") == await statements(
        f"{_base(org_id)}/{large['id']}"
    )
    listed = await statements(_base(org_id))
    for n in range(4):
        await _matrix(client, user, org_id, title=f"More {n}")
    assert await statements(_base(org_id)) == listed


async def test_another_organisations_matrix_answers_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner("Ondernemersvereniging Rivierstad", name="Anouk")
    matrix = await _matrix(client, user, org_id)
    item_id = matrix["items"][0]["id"]
    intruder = await api.user(name="Indringer", email="indringer@example.org")
    own = await api.organisation(intruder, name="Andere vereniging")
    url = f"{_base(org_id)}/{matrix['id']}"
    score = {"internal_item_id": item_id, "external_item_id": item_id, "score": 1}
    requests = [
        ("GET", _base(org_id), None),
        ("POST", _base(org_id), {"title": "x"}),
        ("GET", url, None),
        ("PATCH", url, {"title": "x"}),
        ("DELETE", url, None),
        ("POST", f"{url}/items", {"kind": "threat", "label": "x"}),
        ("PATCH", f"{url}/items/{item_id}", {"label": "x"}),
        ("DELETE", f"{url}/items/{item_id}", None),
        ("PUT", f"{url}/scores", {"scores": [score]}),
    ]
    for method, path, body in requests:
        response = await client.request(method, path, json=body, headers=intruder.headers)
        problem(response, 404)
        # Through their own organisation, the matrix id is just as unknown.
        own_path = path.replace(org_id, own["id"])
        if own_path != _base(own["id"]):
            problem(
                await client.request(method, own_path, json=body, headers=intruder.headers), 404
            )
    assert (await client.get(url, headers=user.headers)).json()["title"] == "Binnenstad"
