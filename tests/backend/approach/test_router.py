"""The approach of an issue over HTTP: agenda items and policy links inside; reputation
actions, the versioned position paper with its printable page, the communication plan and
starting or linking a coalition with the issue's stakeholders as potential partners outside;
another organisation sees nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter, User


async def _setup(api: Api, name: str = "Gemeente Rivierstad") -> tuple[User, str, str]:
    return await api.owner_with_issue("Leegstand in de winkelstraten", name)


RESOURCES = [
    (
        "agenda-items",
        {"forum": "board", "title": " Standpunt leegstandsheffing ", "planned_on": "2027-01-14"},
        {"title": "Standpunt leegstandsheffing", "status": "planned", "notes": ""},
        {"status": "discussed", "notes": "Akkoord met fonds"},
        [({"forum": "council"}, "body.forum"), ({"forum": "board", "title": ""}, "body.title")],
    ),
    (
        "policy-links",
        {"title": "Beleidsplan Vitale Binnenstad", "url": "https://rivierstad.nl/binnenstad"},
        {"notes": "", "url": "https://rivierstad.nl/binnenstad"},
        {"notes": "Hoofdstuk 3"},
        [({"title": "x", "url": "javascript:alert(1)"}, "body.url"), ({"url": "x"}, "body.title")],
    ),
    (
        "reputation-actions",
        {"kind": "build_reserve", "description": "Ondernemersontbijt", "owner": " Joost "},
        {"owner": "Joost", "status": "open", "due_on": None},
        {"status": "done"},
        [
            ({"kind": "shine", "description": "x"}, "body.kind"),
            ({"kind": "protect", "description": " "}, "body.description"),
        ],
    ),
    (
        "communications",
        {"audience": "Leden", "message": "Nieuwsbrief over leegstand", "channel": "newsletter"},
        {"status": "planned", "protocol_id": None, "owner": "", "planned_on": None},
        {"status": "sent", "planned_on": "2027-02-01"},
        [
            ({"audience": "x", "message": "y", "channel": "pigeon"}, "body.channel"),
            ({"audience": "x", "message": "y", "status": "lost"}, "body.status"),
            ({"audience": "", "message": "y"}, "body.audience"),
        ],
    ),
]


@pytest.mark.parametrize(("path", "create", "expected", "patch", "bad"), RESOURCES)
async def test_child_lists_create_change_and_delete(
    client: httpx.AsyncClient,
    api: Api,
    problem: ProblemCheck,
    path: str,
    create: dict[str, Any],
    expected: dict[str, Any],
    patch: dict[str, Any],
    bad: list[tuple[dict[str, Any], str]],
) -> None:
    user, _org, issue = await _setup(api)
    url = f"{issue}/{path}"
    created = await client.post(url, json=create, headers=user.headers)
    assert created.status_code == 201, created.text
    body = created.json()
    for key, value in expected.items():
        assert body[key] == value, key
    changed = await client.patch(f"{url}/{body['id']}", json=patch, headers=user.headers)
    assert changed.status_code == 200, changed.text
    for key, value in patch.items():
        assert changed.json()[key] == value
    for key in set(create) - set(patch):
        assert changed.json()[key] == body[key]
    nulled = await client.patch(
        f"{url}/{body['id']}", json={next(iter(expected)): None}, headers=user.headers
    )
    if next(iter(expected)) not in ("due_on", "planned_on"):
        problem(nulled, 422)
    for payload, field in bad:
        response = await client.post(url, json=payload, headers=user.headers)
        assert problem(response, 422)["errors"][0]["field"] == field
    listed = (await client.get(url, headers=user.headers)).json()["items"]
    assert [item["id"] for item in listed] == [body["id"]]
    assert (await client.delete(f"{url}/{body['id']}", headers=user.headers)).status_code == 204
    assert (await client.get(url, headers=user.headers)).json()["items"] == []
    problem(await client.delete(f"{url}/{body['id']}", headers=user.headers), 404)


async def test_position_paper_keeps_every_version_and_prints(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, _org, issue = await _setup(api)
    url = f"{issue}/position-paper"
    empty = await client.get(url, headers=user.headers)
    assert empty.json() == {"current": None, "version_count": 0}
    problem(await client.get(f"{url}/export", headers=user.headers), 404)

    first_text = "## Ons standpunt\n\nGeen heffing.\n\n<script>alert('x')</script>"
    first = await client.post(
        f"{url}/versions",
        json={"title": "Samen tegen leegstand", "content": first_text},
        headers=user.headers,
    )
    assert first.status_code == 201, first.text
    assert first.json()["number"] == 1
    assert first.json()["author_name"] == "Anouk Jansen"
    assert "<h2>Ons standpunt</h2>" in first.json()["content_html"]
    assert "<script>" not in first.json()["content_html"]
    assert "&lt;script&gt;" in first.json()["content_html"]

    same = await client.post(
        f"{url}/versions",
        json={"title": "Samen tegen leegstand", "content": first_text},
        headers=user.headers,
    )
    assert problem(same, 422)["errors"][0]["code"] == "unchanged"
    preview = await client.post(
        f"{url}/preview", json={"content": "**vet** <b>x</b>"}, headers=user.headers
    )
    assert preview.json()["html"] == "<p><strong>vet</strong> &lt;b&gt;x&lt;/b&gt;</p>\n"
    blank_title = await client.post(
        f"{url}/versions", json={"title": " ", "content": "x"}, headers=user.headers
    )
    assert problem(blank_title, 422)["errors"][0]["field"] == "body.title"

    second = await client.post(
        f"{url}/versions",
        json={
            "title": "Samen tegen leegstand",
            "content": "## Ons standpunt\n\nGeen heffing, wel een **gevelfonds**.",
            "note": "Na het bestuur",
        },
        headers=user.headers,
    )
    assert second.status_code == 201, second.text
    assert second.json()["number"] == 2
    current = (await client.get(url, headers=user.headers)).json()
    assert current["version_count"] == 2
    assert current["current"]["number"] == 2
    assert "<strong>gevelfonds</strong>" in current["current"]["content_html"]
    versions = (await client.get(f"{url}/versions", headers=user.headers)).json()["items"]
    assert [(v["number"], v["note"]) for v in versions] == [(1, ""), (2, "Na het bestuur")]
    old = (await client.get(f"{url}/versions/1", headers=user.headers)).json()
    assert old["content"] == first_text
    problem(await client.get(f"{url}/versions/3", headers=user.headers), 404)

    page = await client.get(f"{url}/export", headers=user.headers)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<strong>gevelfonds</strong>" in page.text
    assert "Versie 2" in page.text
    assert "Gemeente Rivierstad" in page.text
    assert "Leegstand in de winkelstraten" in page.text
    older = await client.get(
        f"{url}/export", params={"version": 1, "lang": "en"}, headers=user.headers
    )
    assert "Version 1" in older.text
    assert "not the latest version" in older.text
    assert "<script>" not in older.text
    problem(await client.get(f"{url}/export", params={"version": 9}, headers=user.headers), 404)
    problem(await client.get(f"{url}/export", params={"lang": "de"}, headers=user.headers), 422)


async def test_start_a_coalition_with_the_stakeholders_as_potential_partners(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id, issue = await _setup(api)
    names = ["Vastgoedeigenaren", "Centrummanagement", "Provincie"]
    stakeholders = [(await api.stakeholder(user, org_id, n, type="business"))["id"] for n in names]
    for sid in stakeholders[:2]:
        linked = await client.post(
            f"{issue}/stakeholders", json={"stakeholder_id": sid}, headers=user.headers
        )
        assert linked.status_code == 201, linked.text

    missing = await client.post(
        f"{issue}/start-coalition", json={"name": "x"}, headers=user.headers
    )
    assert problem(missing, 422)["errors"][0]["field"] == "body.societal_goal"

    started = await client.post(
        f"{issue}/start-coalition",
        json={"name": "Alliantie vitale winkelstraten", "societal_goal": "Minder leegstand"},
        headers=user.headers,
    )
    assert started.status_code == 200, started.text
    result = started.json()
    assert result["coalition"]["started"] is True
    assert result["coalition"]["name"] == "Alliantie vitale winkelstraten"
    assert sorted(p["name"] for p in result["added_partners"]) == [
        "Centrummanagement",
        "Vastgoedeigenaren",
    ]
    assert result["already_partners"] == 0
    coalition_id = result["coalition"]["coalition_id"]
    coalition = (
        await client.get(f"/api/v1/coalitions/{coalition_id}", headers=user.headers)
    ).json()
    assert coalition["my_role"] == "coordinator"
    assert coalition["founding_organisation_id"] == org_id
    partners = (
        await client.get(f"/api/v1/coalitions/{coalition_id}/partners", headers=user.headers)
    ).json()["items"]
    assert sorted((p["name"], p["status"]) for p in partners) == [
        ("Centrummanagement", "potential"),
        ("Vastgoedeigenaren", "potential"),
    ]

    # A stakeholder added to the issue later is carried over; the others are not duplicated.
    await client.post(
        f"{issue}/stakeholders", json={"stakeholder_id": stakeholders[2]}, headers=user.headers
    )
    relinked = await client.post(
        f"{issue}/start-coalition", json={"coalition_id": coalition_id}, headers=user.headers
    )
    assert relinked.status_code == 200, relinked.text
    assert [p["name"] for p in relinked.json()["added_partners"]] == ["Provincie"]
    assert relinked.json()["already_partners"] == 2
    assert relinked.json()["coalition"]["started"] is True
    partners = (
        await client.get(f"/api/v1/coalitions/{coalition_id}/partners", headers=user.headers)
    ).json()["items"]
    assert len(partners) == 3
    linked = (await client.get(f"{issue}/coalitions", headers=user.headers)).json()["items"]
    assert [c["coalition_id"] for c in linked] == [coalition_id]

    both = await client.post(
        f"{issue}/start-coalition",
        json={"coalition_id": coalition_id, "name": "x", "societal_goal": "y"},
        headers=user.headers,
    )
    assert problem(both, 422)["errors"][0]["field"] == "body.coalition_id"

    # A coalition the organisation is not a member of cannot be linked.
    other_user, other_org, _other_issue = await _setup(api, name="Provincie Rivierland")
    theirs = await api.coalition(other_user, other_org, name="Andere coalitie")
    refused = await client.post(
        f"{issue}/start-coalition", json={"coalition_id": theirs["id"]}, headers=user.headers
    )
    assert problem(refused, 422)["errors"][0]["field"] == "body.coalition_id"


async def test_only_an_admin_starts_a_coalition(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner, org_id, issue = await _setup(api)
    member = await api.user(name="Lid")
    await api.join_organisation(owner, org_id, member)
    refused = await client.post(
        f"{issue}/start-coalition",
        json={"name": "Coalitie", "societal_goal": "Doel"},
        headers=member.headers,
    )
    problem(refused, 403)
    assert (await client.get("/api/v1/coalitions", headers=owner.headers)).json()["items"] == []


async def test_lists_take_a_fixed_number_of_statements(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, _org, issue = await _setup(api)
    bodies = {
        "agenda-items": {"forum": "board", "title": "a"},
        "policy-links": {"title": "a"},
        "reputation-actions": {"kind": "protect", "description": "a"},
        "communications": {"audience": "a", "message": "b"},
    }

    async def counts() -> list[int]:
        result = []
        for path in [*bodies, "position-paper/versions", "coalitions"]:
            count_statements.reset()
            response = await client.get(f"{issue}/{path}", headers=user.headers)
            assert response.status_code == 200, response.text
            result.append(count_statements.count)
        return result

    async def add(n: int) -> None:
        for path, body in bodies.items():
            for _ in range(n):
                await client.post(f"{issue}/{path}", json=body, headers=user.headers)
        for i in range(n):
            await client.post(
                f"{issue}/position-paper/versions",
                json={"title": "t", "content": f"versie {i} {n}"},
                headers=user.headers,
            )

    await add(1)
    few = await counts()
    await add(4)
    assert await counts() == few


async def test_another_organisation_sees_nothing(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id, issue = await _setup(api)
    h = user.headers
    ids = {}
    for path, body in {
        "agenda-items": {"forum": "board", "title": "a"},
        "policy-links": {"title": "a"},
        "reputation-actions": {"kind": "protect", "description": "a"},
        "communications": {"audience": "a", "message": "b"},
    }.items():
        ids[path] = (await client.post(f"{issue}/{path}", json=body, headers=h)).json()["id"]
    await client.post(
        f"{issue}/position-paper/versions", json={"title": "t", "content": "c"}, headers=h
    )

    stranger, stranger_org, own_issue = await _setup(api, name="Concurrent")

    def calls(root: str) -> list[tuple[str, str, dict[str, Any] | None]]:
        result: list[tuple[str, str, dict[str, Any] | None]] = [
            ("GET", f"{root}/position-paper", None),
            ("POST", f"{root}/position-paper/preview", {"content": "x"}),
            ("POST", f"{root}/position-paper/versions", {"title": "t", "content": "x"}),
            ("GET", f"{root}/position-paper/versions", None),
            ("GET", f"{root}/position-paper/versions/1", None),
            ("GET", f"{root}/position-paper/export", None),
            ("GET", f"{root}/coalitions", None),
            ("POST", f"{root}/start-coalition", {"name": "x", "societal_goal": "y"}),
        ]
        for path, child in ids.items():
            result += [
                ("GET", f"{root}/{path}", None),
                ("POST", f"{root}/{path}", {"title": "x"}),
                ("PATCH", f"{root}/{path}/{child}", {}),
                ("DELETE", f"{root}/{path}/{child}", None),
            ]
        return result

    issue_id = issue.rsplit("/", 1)[1]
    for method, url, body in calls(issue):
        problem(await client.request(method, url, json=body, headers=stranger.headers), 404)
    theirs = f"/api/v1/organisations/{stranger_org}/issues/{issue_id}"
    for method, url, body in calls(theirs):
        problem(await client.request(method, url, json=body, headers=stranger.headers), 404)
    # The stranger's own issue with the other's child ids.
    for method, url, body in calls(own_issue):
        if method in ("PATCH", "DELETE"):
            problem(await client.request(method, url, json=body, headers=stranger.headers), 404)

    for path in ids:
        assert len((await client.get(f"{issue}/{path}", headers=h)).json()["items"]) == 1
    assert (await client.get(f"{issue}/position-paper", headers=h)).json()["version_count"] == 1
    assert (await client.get("/api/v1/coalitions", headers=stranger.headers)).json()["items"] == []
    assert org_id != stranger_org
