from __future__ import annotations

import httpx
from situations import Api, ProblemCheck


async def test_calculate_example_from_the_contract(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    response = await client.post(
        "/api/v1/partner-matrix/calculate",
        json={
            "ambition_line": {"base": 3, "slope": 0.5, "midpoint": 5},
            "partners": [
                {
                    "id": "a",
                    "influence": 4,
                    "dependency": 8,
                    "target": {"influence": 7, "dependency": 8},
                },
                {"id": "b", "influence": 9, "dependency": 2},
            ],
        },
        headers=user.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["partners"][0] == {
        "id": "a",
        "influence": 4.0,
        "dependency": 8.0,
        "required_influence": 7.0,
        "gap": 3.0,
        "sufficient": False,
        "quadrant": "high_dependency_low_influence",
        "strategy": "invest",
        "movement": "up",
    }
    assert body["partners"][1]["strategy"] == "maintain"
    assert body["partners"][1]["movement"] is None
    summary = body["summary"]
    assert summary["count"] == 2
    assert summary["sufficient"] == 1
    assert summary["share_sufficient"] == 0.5
    assert summary["by_strategy"] == {"secure": 0, "maintain": 1, "invest": 1, "reconsider": 0}
    assert [item["id"] for item in summary["attention"]] == ["a"]


async def test_defaults_apply_without_ambition_line(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    response = await client.post(
        "/api/v1/partner-matrix/calculate",
        json={"partners": [{"id": "x", "influence": 5, "dependency": 4}]},
        headers=user.headers,
    )
    assert response.json()["ambition_line"] == {"base": 3.0, "slope": 0.5, "midpoint": 5.0}
    assert response.json()["partners"][0]["required_influence"] == 5.0


async def test_scores_out_of_range_are_422_with_the_field(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    response = await client.post(
        "/api/v1/partner-matrix/calculate",
        json={
            "partners": [
                {"id": "a", "influence": 11, "dependency": -1},
                {
                    "id": "b",
                    "influence": 5,
                    "dependency": 5,
                    "target": {"influence": 12, "dependency": 1},
                },
            ]
        },
        headers=user.headers,
    )
    body = problem(response, 422)
    assert {e["field"] for e in body["errors"]} == {
        "body.partners.0.influence",
        "body.partners.0.dependency",
        "body.partners.1.target.influence",
    }


async def test_duplicate_ids_are_422(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    response = await client.post(
        "/api/v1/partner-matrix/calculate",
        json={
            "partners": [
                {"id": "a", "influence": 1, "dependency": 1},
                {"id": "a", "influence": 2, "dependency": 2},
            ]
        },
        headers=user.headers,
    )
    body = problem(response, 422)
    assert body["errors"] == [
        {
            "field": "body.partners.1.id",
            "reason": "duplicate id 'a': every partner needs its own id",
            "code": "duplicate",
        }
    ]


async def test_more_than_ten_thousand_partners_is_422(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    partners = [{"id": str(i), "influence": 5, "dependency": 5} for i in range(10_001)]
    response = await client.post(
        "/api/v1/partner-matrix/calculate", json={"partners": partners}, headers=user.headers
    )
    body = problem(response, 422)
    assert body["errors"][0]["field"] == "body.partners"


async def test_requires_login(client: httpx.AsyncClient, problem: ProblemCheck) -> None:
    response = await client.post("/api/v1/partner-matrix/calculate", json={"partners": []})
    problem(response, 401)
