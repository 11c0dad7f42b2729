"""The chosen partner strategy beside the matrix's suggestion, its history, the reviews that
are due, and the chosen strategy in the coalition matrix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter, User
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from vitaal.partners.models import PartnerStrategy


async def _setup(api: Api) -> tuple[User, str]:
    coordinator, _, coalition = await api.coordinator("Kwartiermaker")
    return coordinator, coalition["id"]


async def _assess(
    client: httpx.AsyncClient, user: User, cid: str, pid: str, influence: float, dependency: float
) -> None:
    response = await client.post(
        f"/api/v1/coalitions/{cid}/partners/{pid}/assessments",
        json={"influence": influence, "dependency": dependency},
        headers=user.headers,
    )
    assert response.status_code == 201, response.text


def _url(cid: str, pid: str) -> str:
    return f"/api/v1/coalitions/{cid}/partners/{pid}/strategy"


async def test_without_a_choice_the_suggestion_shows(client: httpx.AsyncClient, api: Api) -> None:
    coordinator, cid = await _setup(api)
    pid = (await api.partner(coordinator, cid, name="Schoolbestuur"))["id"]
    empty = (await client.get(_url(cid, pid), headers=coordinator.headers)).json()
    assert empty["suggested_strategy"] is None
    assert empty["strategy"] is None
    assert empty["history"] == []
    await _assess(client, coordinator, cid, pid, 4, 8)  # required 7: short, hard to replace
    body = (await client.get(_url(cid, pid), headers=coordinator.headers)).json()
    assert body["suggested_strategy"] == "invest"
    assert body["suggestion"]["gap"] == 3
    assert body["strategy"] is None
    assert body["differs_from_suggestion"] is False
    assert body["actions"] == []


async def test_choosing_and_changing_keeps_history(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    pid = (await api.partner(coordinator, cid, name="Schoolbestuur"))["id"]
    await _assess(client, coordinator, cid, pid, 4, 8)
    chosen = await client.put(
        _url(cid, pid),
        json={
            "strategy": "invest",
            "direction": "up",
            "actions": [
                {
                    "description": " Meerjarenafspraak voorleggen ",
                    "owner_name": "Anouk",
                    "due_on": "2027-01-15",
                }
            ],
            "review_on": "2027-03-01",
        },
        headers=coordinator.headers,
    )
    assert chosen.status_code == 200, chosen.text
    body = chosen.json()
    assert (body["strategy"], body["direction"], body["suggested_strategy"]) == (
        "invest",
        "up",
        "invest",
    )
    assert body["actions"] == [
        {
            "description": "Meerjarenafspraak voorleggen",
            "owner_name": "Anouk",
            "due_on": "2027-01-15",
            "done": False,
            "kind": "free",
        }
    ]
    assert body["review_on"] == "2027-03-01"
    assert body["updated_by_name"] == "Kwartiermaker"
    assert [h["strategy"] for h in body["history"]] == ["invest"]

    # Only the actions change: no new history entry.
    again = await client.put(
        _url(cid, pid),
        json={"strategy": "invest", "direction": "up", "actions": []},
        headers=coordinator.headers,
    )
    assert len(again.json()["history"]) == 1
    assert again.json()["review_on"] is None

    # Another direction is another choice.
    left = await client.put(
        _url(cid, pid),
        json={"strategy": "invest", "direction": "left"},
        headers=coordinator.headers,
    )
    assert [h["direction"] for h in left.json()["history"]] == ["up", "left"]

    # Against the suggestion only with a reason.
    refused = await client.put(
        _url(cid, pid), json={"strategy": "maintain", "reason": "  "}, headers=coordinator.headers
    )
    error = problem(refused, 422)["errors"][0]
    assert (error["field"], error["code"]) == ("body.reason", "missing")
    assert "invest" in error["reason"]
    differs = await client.put(
        _url(cid, pid),
        json={"strategy": "maintain", "reason": "Bewust een losse samenwerking dit jaar"},
        headers=coordinator.headers,
    )
    body = differs.json()
    assert body["strategy"] == "maintain"
    assert body["suggested_strategy"] == "invest"
    assert body["differs_from_suggestion"] is True
    last = body["history"][-1]
    assert (last["strategy"], last["suggested"], last["changed_by_name"]) == (
        "maintain",
        "invest",
        "Kwartiermaker",
    )
    assert last["reason"] == "Bewust een losse samenwerking dit jaar"
    assert len(body["history"]) == 3
    assert (await client.get(_url(cid, pid), headers=coordinator.headers)).json() == body


async def test_unassessed_partner_needs_no_reason(client: httpx.AsyncClient, api: Api) -> None:
    coordinator, cid = await _setup(api)
    pid = (await api.partner(coordinator, cid, name="Nieuw"))["id"]
    response = await client.put(
        _url(cid, pid), json={"strategy": "reconsider"}, headers=coordinator.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["history"][0]["suggested"] is None


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"strategy": "invest"}, "body.direction", "missing"),
        ({"strategy": "secure", "direction": "up"}, "body.direction", "not_allowed"),
        ({"strategy": "invest", "direction": "down"}, "body.direction", "enum"),
        ({"strategy": "hope"}, "body.strategy", "enum"),
        ({}, "body.strategy", "missing"),
        (
            {"strategy": "secure", "review_on": "soon"},
            "body.review_on",
            "date_from_datetime_parsing",
        ),
        (
            {"strategy": "secure", "actions": [{"description": " "}]},
            "body.actions.0.description",
            "value_error",
        ),
        (
            {"strategy": "secure", "actions": [{"owner_name": "X"}]},
            "body.actions.0.description",
            "missing",
        ),
        ({"strategy": "secure", "reason": "x" * 5001}, "body.reason", "string_too_long"),
    ],
)
async def test_bad_input_names_the_field(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, body: Any, field: str, code: str
) -> None:
    coordinator, cid = await _setup(api)
    pid = (await api.partner(coordinator, cid, name="P"))["id"]
    error = problem(await client.put(_url(cid, pid), json=body, headers=coordinator.headers), 422)
    assert (error["errors"][0]["field"], error["errors"][0]["code"]) == (field, code)
    assert error["errors"][0]["reason"]


async def test_strategies_are_the_core_teams_until_shared_and_only_managers_write(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    url = f"/api/v1/coalitions/{cid}"
    pid = (await api.partner(coordinator, cid, name="P", target={"influence": 7, "dependency": 8}))[
        "id"
    ]
    await _assess(client, coordinator, cid, pid, 4, 8)
    chosen = await client.put(
        _url(cid, pid),
        json={"strategy": "invest", "direction": "up", "review_on": "2020-01-01"},
        headers=coordinator.headers,
    )
    assert chosen.json()["suggestion"]["movement"] == "up"
    members = []
    for role in ("partner", "observer"):
        member = await api.user()
        member_org = await api.organisation(member, name=f"Lid {role}")
        await api.join_coalition(coordinator, cid, member, member_org["id"], role=role)
        members.append(member)
        problem(await client.get(_url(cid, pid), headers=member.headers), 404)
        problem(await client.get(f"{url}/strategy-reviews", headers=member.headers), 404)
        problem(
            await client.put(_url(cid, pid), json={"strategy": "secure"}, headers=member.headers),
            404,
        )

    async def share(piece: str) -> None:
        response = await client.put(
            f"{url}/visibility/{piece}", json={"shared": True}, headers=coordinator.headers
        )
        assert response.status_code == 200, response.text

    # The strategies alone: what the matrix suggests stays with the matrix.
    await share("partner_strategies")
    for member in members:
        read = (await client.get(_url(cid, pid), headers=member.headers)).json()
        assert (read["strategy"], read["direction"]) == ("invest", "up")
        assert (read["suggested_strategy"], read["suggestion"]) == (None, None)
        assert read["differs_from_suggestion"] is False
        assert [h["suggested"] for h in read["history"]] == [None]
        reviews = await client.get(f"{url}/strategy-reviews", headers=member.headers)
        assert [r["partner_id"] for r in reviews.json()["items"]] == [pid]
        problem(
            await client.put(_url(cid, pid), json={"strategy": "secure"}, headers=member.headers),
            403,
        )
    # With the matrix the suggestion shows, but where the core team wants the partner to go
    # does not.
    await share("partner_positions")
    for member in members:
        read = (await client.get(_url(cid, pid), headers=member.headers)).json()
        assert read["suggested_strategy"] == "invest"
        assert read["suggestion"]["movement"] is None
        assert [h["suggested"] for h in read["history"]] == ["invest"]


async def test_reviews_due_soonest_first(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    today = datetime.now(UTC).date()
    plans = {
        "Later": today + timedelta(days=30),
        "Vandaag": today,
        "Verlopen": today - timedelta(days=10),
        "Geen datum": None,
    }
    ids = {}
    for name, review_on in plans.items():
        ids[name] = (await api.partner(coordinator, cid, name=name))["id"]
        response = await client.put(
            _url(cid, ids[name]),
            json={
                "strategy": "maintain",
                "review_on": review_on.isoformat() if review_on else None,
                "actions": [
                    {"description": "a", "done": True},
                    {"description": "b"},
                ],
            },
            headers=coordinator.headers,
        )
        assert response.status_code == 200, response.text
    url = f"/api/v1/coalitions/{cid}/strategy-reviews"
    due = (await client.get(url, headers=coordinator.headers)).json()
    assert [i["partner_name"] for i in due["items"]] == ["Verlopen", "Vandaag"]
    assert due["items"][0] == {
        "partner_id": ids["Verlopen"],
        "partner_name": "Verlopen",
        "strategy": "maintain",
        "direction": None,
        "review_on": plans["Verlopen"].isoformat(),  # type: ignore[union-attr]
        "open_actions": 1,
    }
    ahead = (today + timedelta(days=60)).isoformat()
    first = (
        await client.get(url, params={"due_before": ahead, "limit": 2}, headers=coordinator.headers)
    ).json()
    rest = (
        await client.get(
            url,
            params={"due_before": ahead, "limit": 2, "cursor": first["next_cursor"]},
            headers=coordinator.headers,
        )
    ).json()
    assert [i["partner_name"] for i in first["items"] + rest["items"]] == [
        "Verlopen",
        "Vandaag",
        "Later",
    ]
    assert rest["next_cursor"] is None
    bad = await client.get(url, params={"due_before": "morgen"}, headers=coordinator.headers)
    assert problem(bad, 422)["errors"][0]["field"] == "query.due_before"


async def test_matrix_shows_the_chosen_strategy(client: httpx.AsyncClient, api: Api) -> None:
    coordinator, cid = await _setup(api)
    school = (await api.partner(coordinator, cid, name="Schoolbestuur"))["id"]
    library = (await api.partner(coordinator, cid, name="Bibliotheek"))["id"]
    fresh = (await api.partner(coordinator, cid, name="Nieuw"))["id"]
    await _assess(client, coordinator, cid, school, 4, 8)
    await _assess(client, coordinator, cid, library, 9, 8)
    await client.put(
        _url(cid, school),
        json={"strategy": "invest", "direction": "left", "review_on": "2027-02-01"},
        headers=coordinator.headers,
    )
    await client.put(_url(cid, fresh), json={"strategy": "maintain"}, headers=coordinator.headers)
    matrix = (
        await client.get(f"/api/v1/coalitions/{cid}/partner-matrix", headers=coordinator.headers)
    ).json()
    by_name = {e["partner"]["name"]: e for e in matrix["partners"]}
    assert by_name["Schoolbestuur"]["chosen_strategy"] == {
        "strategy": "invest",
        "direction": "left",
        "review_on": "2027-02-01",
        "differs_from_suggestion": False,
    }
    assert by_name["Bibliotheek"]["chosen_strategy"] is None
    # Nobody assessed it, so nothing to differ from.
    assert by_name["Nieuw"]["chosen_strategy"]["differs_from_suggestion"] is False


async def test_matrix_statements_do_not_grow_with_chosen_strategies(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    coordinator, cid = await _setup(api)
    url = f"/api/v1/coalitions/{cid}/partner-matrix"
    first = (await api.partner(coordinator, cid, name="P0"))["id"]
    await _assess(client, coordinator, cid, first, 5, 5)
    chosen = await client.put(
        _url(cid, first), json={"strategy": "maintain", "reason": "x"}, headers=coordinator.headers
    )
    assert chosen.status_code == 200, chosen.text
    count_statements.reset()
    await client.get(url, headers=coordinator.headers)
    one = count_statements.count
    for index in range(1, 6):
        pid = (await api.partner(coordinator, cid, name=f"P{index}"))["id"]
        await _assess(client, coordinator, cid, pid, index, 10 - index)
        await client.put(
            _url(cid, pid),
            json={"strategy": "reconsider", "reason": "test", "review_on": "2027-01-01"},
            headers=coordinator.headers,
        )
    count_statements.reset()
    result = (await client.get(url, headers=coordinator.headers)).json()
    assert sum(1 for e in result["partners"] if e["chosen_strategy"]) == 6
    assert count_statements.count == one


def _endpoints(cid: str, pid: str) -> list[tuple[str, str, Any]]:
    return [
        ("GET", _url(cid, pid), None),
        ("PUT", _url(cid, pid), {"strategy": "secure", "reason": "x"}),
        ("GET", f"/api/v1/coalitions/{cid}/strategy-reviews?due_before=2100-01-01", None),
    ]


@pytest.mark.parametrize("index", range(len(_endpoints("c", "p"))))
async def test_another_coalitions_strategy_answers_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    coordinator, cid_a = await _setup(api)
    org_b = await api.organisation(coordinator, name="Andere gemeente")
    cid_b = (await api.coalition(coordinator, org_b["id"], name="Secret B"))["id"]
    secret = (await api.partner(coordinator, cid_b, name="Secret partner"))["id"]
    await client.put(
        _url(cid_b, secret),
        json={"strategy": "secure", "reason": "Secret reason", "review_on": "2026-01-01"},
        headers=coordinator.headers,
    )
    outsider = await api.user()
    outsider_org = await api.organisation(outsider, name="Partner of A")
    await api.join_coalition(coordinator, cid_a, outsider, outsider_org["id"])
    method, url, body = _endpoints(cid_b, secret)[index]
    response = await client.request(method, url, json=body, headers=outsider.headers)
    problem(response, 404)
    assert "Secret" not in response.text
    if "strategy-reviews" in url:
        return
    # Coalition B's partner through coalition A's path, by someone who manages both.
    method, url, body = _endpoints(cid_a, secret)[index]
    response = await client.request(method, url, json=body, headers=coordinator.headers)
    problem(response, 404)
    kept = (await client.get(_url(cid_b, secret), headers=coordinator.headers)).json()
    assert (kept["strategy"], kept["reason"]) == ("secure", "Secret reason")


async def test_matrix_body_is_exactly_the_documented_schema(
    client: httpx.AsyncClient, api: Api
) -> None:
    # The route serialises plain data without a response model (for speed): hold it to one.
    from vitaal.partners.schemas import CoalitionMatrix

    coordinator, cid = await _setup(api)
    school = (await api.partner(coordinator, cid, name="Schoolbestuur"))["id"]
    (await api.partner(coordinator, cid, name="Nieuw"))["id"]
    await client.patch(
        f"/api/v1/coalitions/{cid}/partners/{school}",
        json={"target": {"influence": 7, "dependency": 8}, "commitment": "multi_year"},
        headers=coordinator.headers,
    )
    await _assess(client, coordinator, cid, school, 4, 8)
    await client.put(
        _url(cid, school),
        json={"strategy": "invest", "direction": "up", "review_on": "2027-02-01"},
        headers=coordinator.headers,
    )
    response = await client.get(
        f"/api/v1/coalitions/{cid}/partner-matrix", headers=coordinator.headers
    )
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert CoalitionMatrix.model_validate(body).model_dump(mode="json") == body
    assert body["partners"][1]["trail"][0]["on"] == datetime.now(UTC).date().isoformat()


# --- moving left, the warning for a partner to keep, and the kinds of action ----------------


async def test_left_for_any_partner_with_high_dependency(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    welfare = (await api.partner(coordinator, cid, name="Welzijn"))["id"]
    await _assess(client, coordinator, cid, welfare, 9, 6)  # sufficient, hard to replace: secure
    # Not only under invest: a partner to secure can be moved left too (the seed's welfare
    # institution, whose near-monopoly is the problem), with the warning the seed gives.
    chosen = await client.put(
        _url(cid, welfare),
        json={"strategy": "secure", "direction": "left"},
        headers=coordinator.headers,
    )
    assert chosen.status_code == 200, chosen.text
    body = chosen.json()
    assert (body["strategy"], body["direction"]) == ("secure", "left")
    assert body["warnings"] == [
        {
            "code": "competition_unwise",
            "left_by": ["direction"],
            "secure_by": ["suggested", "chosen"],
        }
    ]
    assert [(h["strategy"], h["direction"]) for h in body["history"]] == [("secure", "left")]
    # Against the suggestion, the suggestion alone still says to keep it.
    maintained = await client.put(
        _url(cid, welfare),
        json={"strategy": "maintain", "direction": "left", "reason": "Concurrentie is gezond."},
        headers=coordinator.headers,
    )
    assert maintained.json()["warnings"][0]["secure_by"] == ["suggested"]
    # Without moving left, no warning.
    kept = await client.put(
        _url(cid, welfare), json={"strategy": "secure"}, headers=coordinator.headers
    )
    assert kept.json()["warnings"] == []
    # Moving up stays the invest strategy's.
    error = problem(
        await client.put(
            _url(cid, welfare),
            json={"strategy": "maintain", "direction": "up", "reason": "x"},
            headers=coordinator.headers,
        ),
        422,
    )["errors"][0]
    assert (error["field"], error["code"]) == ("body.direction", "not_allowed")


async def test_left_needs_a_high_dependency(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    loose = (await api.partner(coordinator, cid, name="Los"))["id"]
    await _assess(client, coordinator, cid, loose, 6, 2)  # maintain
    refused = problem(
        await client.put(
            _url(cid, loose),
            json={"strategy": "maintain", "direction": "left"},
            headers=coordinator.headers,
        ),
        422,
    )
    [error] = refused["errors"]
    assert (error["field"], error["code"]) == ("body.direction", "not_allowed")
    assert error["context"] == {"dependency": 2, "midpoint": 5}
    assert "dependency" in error["reason"]
    # Chosen against the matrix, invest does not make a replaceable partner hard to replace.
    refused = problem(
        await client.put(
            _url(cid, loose),
            json={"strategy": "invest", "direction": "left", "reason": "x"},
            headers=coordinator.headers,
        ),
        422,
    )
    assert refused["errors"][0]["field"] == "body.direction"
    # Nobody assessed it: nobody knows its dependency is high.
    fresh = (await api.partner(coordinator, cid, name="Nieuw"))["id"]
    refused = problem(
        await client.put(
            _url(cid, fresh),
            json={"strategy": "invest", "direction": "left"},
            headers=coordinator.headers,
        ),
        422,
    )
    assert refused["errors"][0]["code"] == "not_allowed"
    assert "assessed" in refused["errors"][0]["reason"]
    # "High" is the coalition's midpoint, as for the quadrants.
    hard = (await api.partner(coordinator, cid, name="Moeilijk"))["id"]
    await _assess(client, coordinator, cid, hard, 9, 8)
    line = await client.put(
        f"/api/v1/coalitions/{cid}/ambition-line",
        json={"base": 3, "slope": 0.5, "midpoint": 9},
        headers=coordinator.headers,
    )
    assert line.status_code == 200, line.text
    refused = problem(
        await client.put(
            _url(cid, hard),
            json={"strategy": "maintain", "direction": "left"},
            headers=coordinator.headers,
        ),
        422,
    )
    assert refused["errors"][0]["context"] == {"dependency": 8, "midpoint": 9}


async def test_a_target_to_the_left_of_a_partner_to_keep_warns(
    client: httpx.AsyncClient, api: Api
) -> None:
    coordinator, cid = await _setup(api)
    library = (
        await api.partner(
            coordinator, cid, name="Bibliotheek", target={"influence": 9, "dependency": 4}
        )
    )["id"]
    await _assess(client, coordinator, cid, library, 9, 8)
    # Before anything is chosen: the matrix says secure, the target says competition.
    body = (await client.get(_url(cid, library), headers=coordinator.headers)).json()
    assert body["strategy"] is None
    assert body["warnings"] == [
        {"code": "competition_unwise", "left_by": ["target"], "secure_by": ["suggested"]}
    ]
    chosen = await client.put(
        _url(cid, library),
        json={"strategy": "secure", "direction": "left"},
        headers=coordinator.headers,
    )
    assert chosen.json()["warnings"][0]["left_by"] == ["direction", "target"]


async def test_the_warning_says_only_what_the_reader_sees(
    client: httpx.AsyncClient, api: Api
) -> None:
    coordinator, cid = await _setup(api)
    library = (
        await api.partner(
            coordinator, cid, name="Bibliotheek", target={"influence": 9, "dependency": 4}
        )
    )["id"]
    await _assess(client, coordinator, cid, library, 9, 8)
    await client.put(
        _url(cid, library),
        json={"strategy": "maintain", "direction": "left", "reason": "Twee bibliotheken"},
        headers=coordinator.headers,
    )
    member = await api.user()
    member_org = await api.organisation(member, name="Lid")
    await api.join_coalition(coordinator, cid, member, member_org["id"])

    async def share(piece: str) -> None:
        response = await client.put(
            f"/api/v1/coalitions/{cid}/visibility/{piece}",
            json={"shared": True},
            headers=coordinator.headers,
        )
        assert response.status_code == 200, response.text

    def warnings() -> Any:
        return client.get(_url(cid, library), headers=member.headers)

    # The strategies alone: the suggestion (secure) is the matrix's, so no warning follows.
    await share("partner_strategies")
    assert (await warnings()).json()["warnings"] == []
    # With the matrix the suggestion shows, the target does not.
    await share("partner_positions")
    assert (await warnings()).json()["warnings"] == [
        {"code": "competition_unwise", "left_by": ["direction"], "secure_by": ["suggested"]}
    ]
    await share("target_positions")
    assert (await warnings()).json()["warnings"][0]["left_by"] == ["direction", "target"]


async def test_kinds_of_action_fit_the_partner(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    library = (await api.partner(coordinator, cid, name="Bibliotheek"))["id"]
    await _assess(client, coordinator, cid, library, 9, 8)  # strong, hard to replace
    company = (await api.partner(coordinator, cid, name="Fabriek"))["id"]
    await _assess(client, coordinator, cid, company, 3, 8)  # short, hard to replace (X)
    fresh = (await api.partner(coordinator, cid, name="Nieuw"))["id"]

    def action(kind: str, description: str = "Actie") -> dict[str, Any]:
        return {"description": description, "kind": kind}

    ambassador = await client.put(
        _url(cid, library),
        json={
            "strategy": "secure",
            "actions": [
                action("ambassador", "Ambassadeur voor andere culturele instellingen"),
                {"description": "Convenant opstellen"},  # a free action, as before
            ],
        },
        headers=coordinator.headers,
    )
    assert ambassador.status_code == 200, ambassador.text
    assert [a["kind"] for a in ambassador.json()["actions"]] == ["ambassador", "free"]
    resisting = await client.put(
        _url(cid, company),
        json={
            "strategy": "invest",
            "direction": "up",
            "actions": [action("enforcement"), action("joint_agreements")],
        },
        headers=coordinator.headers,
    )
    assert resisting.status_code == 200, resisting.text
    assert [a["kind"] for a in resisting.json()["actions"]] == ["enforcement", "joint_agreements"]

    # An ambassador needs influence; enforcement a partner that falls short; every kind but a
    # free action a place in the matrix. Each refused action is named.
    body = problem(
        await client.put(
            _url(cid, company),
            json={
                "strategy": "invest",
                "direction": "up",
                "actions": [action("free"), action("ambassador")],
            },
            headers=coordinator.headers,
        ),
        422,
    )
    [error] = body["errors"]
    assert (error["field"], error["code"]) == ("body.actions.1.kind", "not_allowed")
    assert error["context"] == {"influence": 3, "midpoint": 5}
    body = problem(
        await client.put(
            _url(cid, library),
            json={
                "strategy": "secure",
                "direction": "left",
                "actions": [action("enforcement"), action("joint_agreements", "Afspraken")],
            },
            headers=coordinator.headers,
        ),
        422,
    )
    assert [e["field"] for e in body["errors"]] == ["body.actions.0.kind", "body.actions.1.kind"]
    assert body["errors"][0]["context"] == {"influence": 9, "required_influence": 7}
    body = problem(
        await client.put(
            _url(cid, fresh),
            json={"strategy": "reconsider", "actions": [action("ambassador")]},
            headers=coordinator.headers,
        ),
        422,
    )
    assert body["errors"][0]["field"] == "body.actions.0.kind"
    body = problem(
        await client.put(
            _url(cid, fresh),
            json={"strategy": "reconsider", "actions": [action("persuasion")]},
            headers=coordinator.headers,
        ),
        422,
    )
    assert (body["errors"][0]["field"], body["errors"][0]["code"]) == (
        "body.actions.0.kind",
        "enum",
    )
    free = await client.put(
        _url(cid, fresh),
        json={"strategy": "reconsider", "actions": [action("free")]},
        headers=coordinator.headers,
    )
    assert free.status_code == 200, free.text


async def test_what_was_chosen_stays_allowed_when_the_position_moves(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    coordinator, cid = await _setup(api)
    welfare = (await api.partner(coordinator, cid, name="Welzijn"))["id"]
    await _assess(client, coordinator, cid, welfare, 6, 9)  # short, hard to replace
    plan = {
        "strategy": "invest",
        "direction": "left",
        "actions": [{"description": "Tweede aanbieder als ambassadeur", "kind": "ambassador"}],
    }
    first = await client.put(_url(cid, welfare), json=plan, headers=coordinator.headers)
    assert first.status_code == 200, first.text
    # A new assessment: replaceable and weak now. The matrix suggests another strategy.
    await _assess(client, coordinator, cid, welfare, 2, 3)
    # Ticking an action done, with the direction and the actions as they were chosen, is fine…
    plan["actions"][0]["done"] = True
    plan["reason"] = "Loopt nog"
    again = await client.put(_url(cid, welfare), json=plan, headers=coordinator.headers)
    assert again.status_code == 200, again.text
    assert again.json()["actions"][0]["done"] is True
    # …but a new ambassador, or choosing left anew, is checked against today's place.
    body = problem(
        await client.put(
            _url(cid, welfare),
            json={
                **plan,
                "actions": [*plan["actions"], {"description": "Nog een", "kind": "ambassador"}],
            },
            headers=coordinator.headers,
        ),
        422,
    )
    assert [e["field"] for e in body["errors"]] == ["body.actions.1.kind"]
    up = await client.put(
        _url(cid, welfare), json={**plan, "direction": "up"}, headers=coordinator.headers
    )
    assert up.status_code == 200, up.text
    body = problem(
        await client.put(_url(cid, welfare), json=plan, headers=coordinator.headers), 422
    )
    assert body["errors"][0]["field"] == "body.direction"


async def test_actions_stored_without_a_kind_read_as_free(
    client: httpx.AsyncClient, api: Api, engine: AsyncEngine
) -> None:
    coordinator, cid = await _setup(api)
    pid = (await api.partner(coordinator, cid, name="Oud"))["id"]
    await client.put(
        _url(cid, pid),
        json={"strategy": "maintain", "actions": [{"description": "Bellen"}]},
        headers=coordinator.headers,
    )
    # As the actions were stored before they had a kind.
    stored = [{"description": "Bellen", "owner_name": "", "due_on": None, "done": False}]
    async with engine.begin() as connection:
        await connection.execute(update(PartnerStrategy).values(actions=stored))
    body = (await client.get(_url(cid, pid), headers=coordinator.headers)).json()
    assert body["actions"][0]["kind"] == "free"
