from __future__ import annotations

from typing import Any

import httpx
import pytest
from situations import Api, Org, ProblemCheck, StatementCounter, User

SIGNAL = {
    "source_type": "weak_signal",
    "title": "  Drie leden vroegen naar de opzegtermijn ",
    "summary": "Na de contributieverhoging.",
    "observed_on": "2026-11-20",
    "tags": ["Contributie", "ledenbinding", "contributie"],
}


async def _signal(org: Org, user: User | None = None, **fields: Any) -> dict[str, Any]:
    response = await org.client.post(
        org.url("/signals"), json={**SIGNAL, **fields}, headers=(user or org.owner).headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_member_records_a_signal(org: Org) -> None:
    created = await _signal(org, org.member)
    assert created["title"] == "Drie leden vroegen naar de opzegtermijn"
    assert created["side"] == "inside"
    assert created["tags"] == ["contributie", "ledenbinding"]
    assert created["status"] == "new"
    assert created["origin"] == "entered"
    assert created["entered_by"]["name"] == "Bram de Vries"
    again = await org.client.get(org.url(f"/signals/{created['id']}"), headers=org.owner.headers)
    assert again.json() == created


async def test_observed_on_defaults_to_today_and_outside_sources(org: Org) -> None:
    created = await _signal(
        org, source_type="election_programme", observed_on=None, link="https://x.example/p"
    )
    assert created["side"] == "outside"
    assert created["observed_on"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "  "}, "body.title"),
        ({"source_type": "rumour"}, "body.source_type"),
        ({"link": "javascript:alert(1)"}, "body.link"),
        ({"link": "ftp://x.example/a"}, "body.link"),
        ({"tags": ['a"b']}, "body.tags"),
        ({"observed_on": "gisteren"}, "body.observed_on"),
    ],
)
async def test_bad_input_names_the_field(
    org: Org, problem: ProblemCheck, body: Any, field: str
) -> None:
    response = await org.client.post(
        org.url("/signals"), json={**SIGNAL, **body}, headers=org.owner.headers
    )
    errors = problem(response, 422)["errors"]
    assert field in [e["field"] for e in errors]


async def test_list_filters_and_newest_first(org: Org) -> None:
    await _signal(org, title="Oud signaal", observed_on="2026-10-01", source_type="survey")
    await _signal(
        org,
        title="Krantenbericht parkeren",
        observed_on="2026-11-25",
        source_type="newspaper",
        tags=["parkeren"],
    )
    dismissed = await _signal(org, title="Gerucht", observed_on="2026-11-10")
    await org.client.post(
        org.url(f"/signals/{dismissed['id']}/dismiss"),
        json={"reason": "Onjuist"},
        headers=org.owner.headers,
    )

    async def titles(**params: Any) -> list[str]:
        response = await org.client.get(
            org.url("/signals"), params=params, headers=org.member.headers
        )
        assert response.status_code == 200, response.text
        return [s["title"] for s in response.json()["items"]]

    assert await titles() == ["Krantenbericht parkeren", "Gerucht", "Oud signaal"]
    assert await titles(status="new") == ["Krantenbericht parkeren", "Oud signaal"]
    assert await titles(status="dismissed") == ["Gerucht"]
    assert await titles(source_type="survey") == ["Oud signaal"]
    assert await titles(side="outside") == ["Krantenbericht parkeren"]
    assert await titles(side="inside") == ["Gerucht", "Oud signaal"]
    assert await titles(q="PARKEREN") == ["Krantenbericht parkeren"]
    assert await titles(q="100%") == []
    assert await titles(tag="parkeren") == ["Krantenbericht parkeren"]


async def test_cursor_pages_are_stable(org: Org) -> None:
    for day in range(1, 8):
        await _signal(org, title=f"S{day}", observed_on=f"2026-11-0{day}")
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        body = (
            await org.client.get(org.url("/signals"), params=params, headers=org.owner.headers)
        ).json()
        seen += [s["title"] for s in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == [f"S{d}" for d in range(7, 0, -1)]


async def test_bad_cursor_and_filter(org: Org, problem: ProblemCheck) -> None:
    response = await org.client.get(
        org.url("/signals"), params={"cursor": "!!"}, headers=org.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "query.cursor"
    response = await org.client.get(
        org.url("/signals"), params={"status": "gone"}, headers=org.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "query.status"


async def test_edit_a_signal(org: Org) -> None:
    created = await _signal(org)
    response = await org.client.patch(
        org.url(f"/signals/{created['id']}"),
        json={"title": "Vijf leden", "source_type": "member_conversation", "tags": ["Opzeggen"]},
        headers=org.member.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["title"], body["source_type"], body["tags"]) == (
        "Vijf leden",
        "member_conversation",
        ["opzeggen"],
    )
    found = await org.client.get(
        org.url("/signals"), params={"q": "vijf"}, headers=org.owner.headers
    )
    assert [s["id"] for s in found.json()["items"]] == [created["id"]]


async def test_dismiss_needs_a_reason_and_happens_once(org: Org, problem: ProblemCheck) -> None:
    created = await _signal(org)
    url = org.url(f"/signals/{created['id']}/dismiss")
    response = await org.client.post(url, json={"reason": " "}, headers=org.member.headers)
    assert problem(response, 422)["errors"][0]["field"] == "body.reason"
    response = await org.client.post(url, json={"reason": "Eenmalig"}, headers=org.member.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "dismissed"
    assert body["dismiss_reason"] == "Eenmalig"
    assert body["triaged_by"]["name"] == "Bram de Vries"
    assert body["triaged_at"]
    problem(await org.client.post(url, json={"reason": "x"}, headers=org.member.headers), 409)
    reopened = await org.client.post(
        org.url(f"/signals/{created['id']}/reopen"), headers=org.member.headers
    )
    assert reopened.json()["status"] == "new"
    assert reopened.json()["dismiss_reason"] == ""


async def test_attach_to_an_issue_of_the_same_organisation_only(
    api: Api, org: Org, problem: ProblemCheck
) -> None:
    created = await _signal(org)
    issue = await api.issue(org.owner, org.org_id, title="Leegstand binnenstad")
    other_issue = await org.client.post(
        org.url("/issues", org.other_org_id),
        json={"title": "Elders"},
        headers=org.outsider.headers,
    )
    url = org.url(f"/signals/{created['id']}/attach")
    response = await org.client.post(
        url, json={"issue_id": other_issue.json()["id"]}, headers=org.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.issue_id"
    response = await org.client.post(url, json={"issue_id": issue["id"]}, headers=org.owner.headers)
    assert response.status_code == 200, response.text
    assert (response.json()["status"], response.json()["issue_id"]) == ("attached", issue["id"])


async def test_turn_a_signal_into_a_new_issue(org: Org, problem: ProblemCheck) -> None:
    created = await _signal(org)
    url = org.url(f"/signals/{created['id']}/issue")
    response = await org.client.post(url, json={"title": ""}, headers=org.member.headers)
    assert problem(response, 422)["errors"][0]["field"] == "body.title"
    response = await org.client.post(
        url,
        json={"title": "Ledenbehoud", "description": "Opzeggingen dreigen", "impact": 4},
        headers=org.member.headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "converted"
    issue = await org.client.get(org.url(f"/issues/{body['issue_id']}"), headers=org.owner.headers)
    assert issue.status_code == 200, issue.text
    assert issue.json()["title"] == "Ledenbehoud"
    assert issue.json()["impact"] == 4
    problem(await org.client.post(url, json={"title": "Twee"}, headers=org.member.headers), 409)
    listed = await org.client.get(org.url("/issues"), headers=org.owner.headers)
    assert [i["title"] for i in listed.json()["items"]] == ["Ledenbehoud"]


async def test_another_organisations_signal_is_404_on_every_endpoint(
    org: Org, problem: ProblemCheck
) -> None:
    mine = await _signal(org)
    theirs = await _signal(org, org.owner)
    base = org.url(f"/signals/{theirs['id']}")
    # The outsider asks through their own organisation: the signal is not there.
    own = org.url(f"/signals/{mine['id']}", org.other_org_id)
    calls = [
        ("GET", own, None),
        ("PATCH", own, {"title": "x"}),
        ("POST", f"{own}/dismiss", {"reason": "x"}),
        ("POST", f"{own}/attach", {"issue_id": mine["id"]}),
        ("POST", f"{own}/issue", {"title": "x"}),
        ("POST", f"{own}/reopen", None),
    ]
    for method, url, body in calls:
        response = await org.client.request(method, url, json=body, headers=org.outsider.headers)
        problem(response, 404)
    # ... and the organisation itself is not theirs to see.
    for method, url, body in [
        ("GET", org.url("/signals"), None),
        ("POST", org.url("/signals"), SIGNAL),
        ("GET", base, None),
        ("PATCH", base, {"title": "x"}),
        ("POST", f"{base}/dismiss", {"reason": "x"}),
        ("POST", f"{base}/attach", {"issue_id": mine["id"]}),
        ("POST", f"{base}/issue", {"title": "x"}),
        ("POST", f"{base}/reopen", None),
    ]:
        response = await org.client.request(method, url, json=body, headers=org.outsider.headers)
        problem(response, 404)
    unchanged = await org.client.get(base, headers=org.owner.headers)
    assert unchanged.json() == theirs


async def test_list_statement_count_does_not_grow(
    org: Org, count_statements: StatementCounter
) -> None:
    await _signal(org)

    async def count() -> int:
        count_statements.reset()
        response = await org.client.get(org.url("/signals"), headers=org.owner.headers)
        assert response.status_code == 200
        return int(count_statements.count)

    before = await count()
    for index in range(6):
        created = await _signal(org, org.member if index % 2 else org.owner, title=f"S{index}")
        await org.client.post(
            org.url(f"/signals/{created['id']}/dismiss"),
            json={"reason": "x"},
            headers=org.member.headers,
        )
    assert await count() == before


async def test_login_required(client: httpx.AsyncClient, org: Org, problem: ProblemCheck) -> None:
    problem(await client.get(org.url("/signals")), 401)
