"""The collaboration portfolio of one organisation: links checked against what it may see,
reviews that move the relevance and answer the seed's questions for a collaboration in a
crisis, pauses kept as history, and nothing of another organisation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter, User

from vitaal.portfolio.service import months_between


def _base(org_id: str) -> str:
    return f"/api/v1/organisations/{org_id}/portfolio"


async def _collaboration(
    client: httpx.AsyncClient, user: User, org_id: str, **body: Any
) -> dict[str, Any]:
    response = await client.post(
        _base(org_id), json={"title": "Taalcafé", **body}, headers=user.headers
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_create_read_update_delete(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    stakeholder_id = (await api.stakeholder(user, org_id, "Bibliotheek", type="civil_society"))[
        "id"
    ]
    coalition = await api.coalition(user, org_id, name="Taal voor iedereen")
    created = await _collaboration(
        client,
        user,
        org_id,
        title="  Taalcafé met de bibliotheek ",
        stakeholder_id=stakeholder_id,
        coalition_id=coalition["id"],
        contribution="Minder laaggeletterdheid",
        we_give="Ruimte",
        we_get="Bereik",
        flexibility="Ook online",
        relevance="high",
    )
    assert created["title"] == "Taalcafé met de bibliotheek"
    assert created["stakeholder"] == {"id": stakeholder_id, "name": "Bibliotheek"}
    assert created["coalition"] == {"id": coalition["id"], "name": "Taal voor iedereen"}
    assert (created["relevance"], created["paused"], created["pause"]) == ("high", False, None)
    assert created["reviews"] == created["pauses"] == []
    url = f"{_base(org_id)}/{created['id']}"
    assert (await client.get(url, headers=user.headers)).json() == created

    patched = await client.patch(
        url, json={"coalition_id": None, "we_get": "Bereik en lesmateriaal"}, headers=user.headers
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert body["coalition"] is None
    assert body["stakeholder"]["id"] == stakeholder_id
    assert (body["we_get"], body["we_give"]) == ("Bereik en lesmateriaal", "Ruimte")
    assert body["updated_at"] > created["updated_at"]

    listed = (await client.get(_base(org_id), headers=user.headers)).json()
    assert [c["id"] for c in listed["items"]] == [created["id"]]
    assert (await client.delete(url, headers=user.headers)).status_code == 204
    problem(await client.get(url, headers=user.headers), 404)


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({}, "body.title", "missing"),
        ({"title": "   "}, "body.title", "value_error"),
        ({"title": "x" * 201}, "body.title", "string_too_long"),
        ({"title": "T", "relevance": "urgent"}, "body.relevance", "enum"),
        ({"title": "T", "stakeholder_id": "nope"}, "body.stakeholder_id", "uuid_parsing"),
        ({"title": "T", "contribution": "x" * 10_001}, "body.contribution", "string_too_long"),
        (
            {"title": "T", "started_on": "vorig jaar"},
            "body.started_on",
            "date_from_datetime_parsing",
        ),
    ],
)
async def test_bad_input_names_the_field(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, body: Any, field: str, code: str
) -> None:
    user, org_id = await api.owner()
    error = problem(await client.post(_base(org_id), json=body, headers=user.headers), 422)
    assert (error["errors"][0]["field"], error["errors"][0]["code"]) == (field, code)


async def test_links_must_be_the_organisations_own(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    # The same user's other organisation: its stakeholders and coalitions are not this one's.
    other_org = await api.organisation(user, name="Stichting Ander")
    foreign_stakeholder = (
        await api.stakeholder(user, other_org["id"], "Geheim", type="civil_society")
    )["id"]
    foreign_coalition = await api.coalition(user, other_org["id"], name="Geheime coalitie")
    for body, field in (
        ({"stakeholder_id": foreign_stakeholder}, "body.stakeholder_id"),
        ({"coalition_id": foreign_coalition["id"]}, "body.coalition_id"),
        ({"coalition_id": "0190f000-0000-7000-8000-000000000000"}, "body.coalition_id"),
    ):
        response = await client.post(
            _base(org_id), json={"title": "T", **body}, headers=user.headers
        )
        assert problem(response, 422)["errors"][0]["field"] == field
        assert "Geheim" not in response.text
    created = await _collaboration(client, user, org_id)
    url = f"{_base(org_id)}/{created['id']}"
    for body, field in (
        ({"stakeholder_id": foreign_stakeholder}, "body.stakeholder_id"),
        ({"coalition_id": foreign_coalition["id"]}, "body.coalition_id"),
        ({"title": None}, "body.title"),
        ({"we_give": None}, "body.we_give"),
    ):
        response = await client.patch(url, json=body, headers=user.headers)
        assert problem(response, 422)["errors"][0]["field"] == field
    # A coalition the organisation joined as a partner counts.
    coordinator = await api.user()
    coordinator_org = await api.organisation(coordinator, name="Provincie")
    joined = await api.coalition(coordinator, coordinator_org["id"], name="Regio Deal")
    await api.join_coalition(coordinator, joined["id"], user, org_id)
    linked = await client.patch(url, json={"coalition_id": joined["id"]}, headers=user.headers)
    assert linked.json()["coalition"]["name"] == "Regio Deal"


async def test_reviews_move_the_relevance(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    created = await _collaboration(client, user, org_id)
    assert created["relevance"] == "medium"
    url = f"{_base(org_id)}/{created['id']}"
    steps = [("more", "high"), ("more", "high"), ("same", "high"), ("less", "medium")]
    for change, expected in steps:
        review = await client.post(
            f"{url}/reviews",
            json={"relevance": change, "note": f"{change}!", "reviewed_on": "2026-11-01"},
            headers=user.headers,
        )
        assert review.status_code == 201, review.text
        assert review.json()["relevance_after"] == expected
        assert review.json()["reviewer_name"] == user.name
    body = (await client.get(url, headers=user.headers)).json()
    assert body["relevance"] == "medium"
    assert [(r["relevance"], r["relevance_after"]) for r in body["reviews"]] == steps
    today = await client.post(f"{url}/reviews", json={"relevance": "less"}, headers=user.headers)
    assert today.json()["reviewed_on"] == datetime.now(UTC).date().isoformat()
    assert (await client.get(url, headers=user.headers)).json()["relevance"] == "low"
    tomorrow = (datetime.now(UTC).date() + timedelta(days=2)).isoformat()
    for body, field, code in (
        ({"relevance": "more", "reviewed_on": tomorrow}, "body.reviewed_on", "future_date"),
        ({"relevance": "much"}, "body.relevance", "enum"),
        ({}, "body.relevance", "missing"),
    ):
        error = problem(await client.post(f"{url}/reviews", json=body, headers=user.headers), 422)
        assert (error["errors"][0]["field"], error["errors"][0]["code"]) == (field, code)


ANSWERS: dict[str, Any] = {
    "purpose_changed": "partly",
    "purpose_note": "Het hoe is veranderd: meer online.",
    "agreements_hold": "no",
    "agreements_note": "De ruimte-afspraak geldt niet online.",
    "impact_contribution": "40 deelnemers per jaar; een kwart volgt een vervolgcursus.",
    "strategy_fit": "yes",
    "strategy_note": "Past bij 'meedoen voor iedereen'.",
    "loyalty_note": "Bleef ook in de crisis meedoen.",
    "return_lapsed": "partly",
    "return_note": "De ontmoetingsruimte valt voorlopig weg.",
}
UNANSWERED: dict[str, Any] = {
    "purpose_changed": None,
    "purpose_note": "",
    "agreements_hold": None,
    "agreements_note": "",
    "impact_contribution": "",
    "strategy_fit": None,
    "strategy_note": "",
    "loyalty_note": "",
    "return_lapsed": None,
    "return_note": "",
}


async def test_a_review_answers_the_crisis_questions_and_keeps_them(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    created = await _collaboration(client, user, org_id, started_on="2020-03-15")
    assert created["started_on"] == "2020-03-15"
    url = f"{_base(org_id)}/{created['id']}"

    full = await client.post(
        f"{url}/reviews",
        json={"relevance": "same", "reviewed_on": "2026-03-14", **ANSWERS},
        headers=user.headers,
    )
    assert full.status_code == 201, full.text
    assert {name: full.json()[name] for name in ANSWERS} == ANSWERS
    assert full.json()["relationship_months"] == 71  # a day short of six years
    # A quick review stays quick: only the relevance.
    quick = await client.post(
        f"{url}/reviews",
        json={"relevance": "more", "reviewed_on": "2026-03-15"},
        headers=user.headers,
    )
    assert quick.status_code == 201, quick.text
    assert {name: quick.json()[name] for name in UNANSWERED} == UNANSWERED
    assert quick.json()["relationship_months"] == 72

    # The start corrected later, or cleared: the reviews keep the length they were given.
    cleared = await client.patch(url, json={"started_on": None}, headers=user.headers)
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["started_on"] is None
    unknown = await client.post(
        f"{url}/reviews",
        json={"relevance": "same", "reviewed_on": "2026-04-01"},
        headers=user.headers,
    )
    assert unknown.json()["relationship_months"] is None
    reviews = (await client.get(url, headers=user.headers)).json()["reviews"]
    assert [r["id"] for r in reviews] == [
        full.json()["id"],
        quick.json()["id"],
        unknown.json()["id"],
    ]
    assert {name: reviews[0][name] for name in ANSWERS} == ANSWERS
    assert [r["relationship_months"] for r in reviews] == [71, 72, None]
    # The review list of the portfolio shows them as well.
    listed = (await client.get(_base(org_id), headers=user.headers)).json()["items"]
    assert listed[0]["reviews"] == reviews

    for body, field, code in (
        ({"relevance": "same", "purpose_changed": "maybe"}, "body.purpose_changed", "enum"),
        ({"relevance": "same", "return_lapsed": True}, "body.return_lapsed", "enum"),
        (
            {"relevance": "same", "loyalty_note": "x" * 10_001},
            "body.loyalty_note",
            "string_too_long",
        ),
    ):
        error = problem(await client.post(f"{url}/reviews", json=body, headers=user.headers), 422)
        assert (error["errors"][0]["field"], error["errors"][0]["code"]) == (field, code)
    assert len((await client.get(url, headers=user.headers)).json()["reviews"]) == 3


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2020, 3, 15), date(2026, 3, 15), 72),
        (date(2020, 3, 15), date(2026, 3, 14), 71),
        (date(2026, 1, 31), date(2026, 2, 28), 0),
        (date(2026, 1, 31), date(2026, 3, 1), 1),
        (date(2026, 5, 1), date(2026, 5, 1), 0),
        (date(2026, 5, 2), date(2026, 5, 1), None),
        (None, date(2026, 5, 1), None),
    ],
)
def test_relationship_length_in_whole_months(
    start: date | None, end: date, months: int | None
) -> None:
    assert months_between(start, end) == months


async def test_pause_and_resume_are_kept(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    created = await _collaboration(client, user, org_id)
    url = f"{_base(org_id)}/{created['id']}"
    blank = await client.post(f"{url}/pause", json={"reason": " "}, headers=user.headers)
    assert problem(blank, 422)["errors"][0]["field"] == "body.reason"
    problem(await client.post(f"{url}/resume", headers=user.headers), 409)
    paused = await client.post(
        f"{url}/pause", json={"reason": "Partner zit zelf in crisis"}, headers=user.headers
    )
    assert paused.status_code == 200, paused.text
    body = paused.json()
    assert body["paused"] is True
    assert body["pause"]["reason"] == "Partner zit zelf in crisis"
    assert body["pause"]["paused_by_name"] == user.name
    problem(
        await client.post(f"{url}/pause", json={"reason": "nog eens"}, headers=user.headers), 409
    )
    resumed = (await client.post(f"{url}/resume", headers=user.headers)).json()
    assert (resumed["paused"], resumed["pause"]) == (False, None)
    assert resumed["pauses"][0]["resumed_by_name"] == user.name
    assert resumed["pauses"][0]["resumed_at"] is not None
    await client.post(f"{url}/pause", json={"reason": "Tweede keer"}, headers=user.headers)
    history = (await client.get(url, headers=user.headers)).json()["pauses"]
    assert [(p["reason"], p["resumed_at"] is None) for p in history] == [
        ("Partner zit zelf in crisis", False),
        ("Tweede keer", True),
    ]


async def test_filters_and_pages(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    high = await _collaboration(client, user, org_id, title="Hoog", relevance="high")
    low = await _collaboration(client, user, org_id, title="Laag", relevance="low")
    paused = await _collaboration(client, user, org_id, title="Gepauzeerd")
    await client.post(
        f"{_base(org_id)}/{paused['id']}/pause", json={"reason": "crisis"}, headers=user.headers
    )

    async def titles(**params: Any) -> list[str]:
        page = (await client.get(_base(org_id), params=params, headers=user.headers)).json()
        return [c["title"] for c in page["items"]]

    assert await titles() == ["Hoog", "Laag", "Gepauzeerd"]
    assert await titles(paused="true") == ["Gepauzeerd"]
    assert await titles(paused="false") == ["Hoog", "Laag"]
    assert await titles(relevance="low") == ["Laag"]
    assert await titles(relevance="medium", paused="false") == []
    first = (await client.get(_base(org_id), params={"limit": 2}, headers=user.headers)).json()
    rest = (
        await client.get(
            _base(org_id), params={"limit": 2, "cursor": first["next_cursor"]}, headers=user.headers
        )
    ).json()
    assert [c["id"] for c in first["items"] + rest["items"]] == [
        high["id"],
        low["id"],
        paused["id"],
    ]
    bad = await client.get(_base(org_id), params={"relevance": "x"}, headers=user.headers)
    assert problem(bad, 422)["errors"][0]["field"] == "query.relevance"


async def test_list_statements_do_not_grow(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, org_id = await api.owner()
    stakeholder_id = (await api.stakeholder(user, org_id, "S", type="civil_society"))["id"]
    coalition = await api.coalition(user, org_id)

    async def count() -> int:
        count_statements.reset()
        response = await client.get(_base(org_id), headers=user.headers)
        assert response.status_code == 200
        return int(count_statements.count)

    await _collaboration(client, user, org_id, stakeholder_id=stakeholder_id)
    before = await count()
    for index in range(5):
        created = await _collaboration(
            client,
            user,
            org_id,
            title=f"C{index}",
            stakeholder_id=stakeholder_id,
            coalition_id=coalition["id"],
        )
        url = f"{_base(org_id)}/{created['id']}"
        await client.post(f"{url}/reviews", json={"relevance": "more"}, headers=user.headers)
        await client.post(f"{url}/pause", json={"reason": "r"}, headers=user.headers)
    assert await count() == before


def _endpoints(org_id: str, cid: str) -> list[tuple[str, str, Any]]:
    one = f"{_base(org_id)}/{cid}"
    return [
        ("GET", one, None),
        ("PATCH", one, {"title": "Overgenomen"}),
        ("DELETE", one, None),
        ("POST", f"{one}/reviews", {"relevance": "less"}),
        ("POST", f"{one}/pause", {"reason": "r"}),
        ("POST", f"{one}/resume", None),
    ]


@pytest.mark.parametrize("index", range(len(_endpoints("o", "c"))))
async def test_another_organisations_collaboration_answers_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    owner, org_id = await api.owner("Eigenaar")
    secret = await _collaboration(client, owner, org_id, title="Geheime samenwerking")
    await client.post(
        f"{_base(org_id)}/{secret['id']}/pause", json={"reason": "r"}, headers=owner.headers
    )
    intruder = await api.user()
    intruder_org = await api.organisation(intruder, name="Buur")
    for path_org in (intruder_org["id"], org_id):
        method, url, body = _endpoints(path_org, secret["id"])[index]
        response = await client.request(method, url, json=body, headers=intruder.headers)
        problem(response, 404)
        assert "Geheim" not in response.text
    kept = (await client.get(f"{_base(org_id)}/{secret['id']}", headers=owner.headers)).json()
    assert (kept["title"], kept["paused"], kept["reviews"]) == ("Geheime samenwerking", True, [])
    # Nor does it show in the intruder's own list.
    listed = (await client.get(_base(intruder_org["id"]), headers=intruder.headers)).json()
    assert listed["items"] == []
    problem(await client.get(_base(org_id), headers=intruder.headers), 404)
