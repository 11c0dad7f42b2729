from __future__ import annotations

from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck


async def test_create_list_get_rename(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    org = await api.organisation(user, name="Gemeente Zwolle", kind="municipality")
    assert org["my_role"] == "owner"
    assert org["kind"] == "municipality"
    listed = (await client.get("/api/v1/organisations", headers=user.headers)).json()
    assert [o["id"] for o in listed["items"]] == [org["id"]]
    assert listed["next_cursor"] is None
    got = await client.get(f"/api/v1/organisations/{org['id']}", headers=user.headers)
    assert got.json()["name"] == "Gemeente Zwolle"
    renamed = await client.patch(
        f"/api/v1/organisations/{org['id']}", json={"name": "Gemeente Kampen"}, headers=user.headers
    )
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "Gemeente Kampen"


async def test_create_validation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    response = await client.post(
        "/api/v1/organisations", json={"name": "   ", "kind": "castle"}, headers=user.headers
    )
    body = problem(response, 422)
    assert {e["field"] for e in body["errors"]} == {"body.name", "body.kind"}


async def test_list_paginates_with_cursor(client: httpx.AsyncClient, api: Api) -> None:
    user = await api.user()
    created = [(await api.organisation(user, name=f"Org {i}"))["id"] for i in range(5)]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (
            await client.get("/api/v1/organisations", params=params, headers=user.headers)
        ).json()
        seen += [o["id"] for o in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(created)
    assert len(seen) == 5


async def test_bad_cursor_and_limit_are_422(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user = await api.user()
    bad = await client.get("/api/v1/organisations?cursor=***", headers=user.headers)
    assert problem(bad, 422)["errors"][0]["field"] == "query.cursor"
    too_many = await client.get("/api/v1/organisations?limit=1000", headers=user.headers)
    assert problem(too_many, 422)["errors"][0]["field"] == "query.limit"


async def test_member_cannot_rename(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner = await api.user()
    org = await api.organisation(owner)
    member = await api.user()
    await api.join_organisation(owner, org["id"], member, role="member")
    response = await client.patch(
        f"/api/v1/organisations/{org['id']}", json={"name": "Nope"}, headers=member.headers
    )
    problem(response, 403)


async def test_invitation_flow(client: httpx.AsyncClient, api: Api, problem: ProblemCheck) -> None:
    owner = await api.user(name="Olga")
    org = await api.organisation(owner, name="Woonstichting")
    invitee = await api.user(name="Ivo")
    invited = await client.post(
        f"/api/v1/organisations/{org['id']}/invitations",
        json={"email": invitee.email.upper(), "role": "admin"},
        headers=owner.headers,
    )
    assert invited.status_code == 201
    body = invited.json()
    assert body["link"] == f"http://testserver/invite/{body['token']}"
    pending = (
        await client.get(f"/api/v1/organisations/{org['id']}/invitations", headers=owner.headers)
    ).json()
    assert [i["id"] for i in pending["items"]] == [body["id"]]
    assert "token" not in pending["items"][0]
    preview = await client.get(f"/api/v1/invitations/{body['token']}")
    assert preview.status_code == 200
    assert preview.json()["organisation_name"] == "Woonstichting"
    accepted = await client.post(
        f"/api/v1/invitations/{body['token']}/accept", headers=invitee.headers
    )
    assert accepted.json()["my_role"] == "admin"
    problem(await client.get(f"/api/v1/invitations/{body['token']}"), 410)
    members = (
        await client.get(f"/api/v1/organisations/{org['id']}/members", headers=owner.headers)
    ).json()
    assert {(m["name"], m["role"]) for m in members["items"]} == {
        ("Olga", "owner"),
        ("Ivo", "admin"),
    }


async def test_invitation_for_another_email_is_refused(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner = await api.user()
    org = await api.organisation(owner)
    invited = await client.post(
        f"/api/v1/organisations/{org['id']}/invitations",
        json={"email": "someone-else@example.org"},
        headers=owner.headers,
    )
    stranger = await api.user()
    response = await client.post(
        f"/api/v1/invitations/{invited.json()['token']}/accept", headers=stranger.headers
    )
    problem(response, 403)
    problem(await client.get(f"/api/v1/organisations/{org['id']}", headers=stranger.headers), 404)


async def test_revoked_and_unknown_invitations(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner = await api.user()
    org = await api.organisation(owner)
    invited = (
        await client.post(
            f"/api/v1/organisations/{org['id']}/invitations",
            json={"email": "x@example.org"},
            headers=owner.headers,
        )
    ).json()
    deleted = await client.delete(
        f"/api/v1/organisations/{org['id']}/invitations/{invited['id']}", headers=owner.headers
    )
    assert deleted.status_code == 204
    problem(await client.get(f"/api/v1/invitations/{invited['token']}"), 410)
    problem(await client.get("/api/v1/invitations/not-a-token"), 404)


async def test_inviting_an_existing_member_is_422(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner = await api.user()
    org = await api.organisation(owner)
    response = await client.post(
        f"/api/v1/organisations/{org['id']}/invitations",
        json={"email": owner.email},
        headers=owner.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.email"


async def test_roles_and_last_owner_rule(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner = await api.user()
    org = await api.organisation(owner)
    admin = await api.user()
    await api.join_organisation(owner, org["id"], admin, role="admin")
    base = f"/api/v1/organisations/{org['id']}/members"
    # An admin may not demote or remove an owner, nor appoint one.
    problem(
        await client.patch(f"{base}/{owner.id}", json={"role": "member"}, headers=admin.headers),
        403,
    )
    problem(
        await client.patch(f"{base}/{admin.id}", json={"role": "owner"}, headers=admin.headers),
        403,
    )
    # The last owner cannot step down or leave.
    problem(
        await client.patch(f"{base}/{owner.id}", json={"role": "admin"}, headers=owner.headers),
        409,
    )
    problem(await client.delete(f"{base}/{owner.id}", headers=owner.headers), 409)
    promoted = await client.patch(
        f"{base}/{admin.id}", json={"role": "owner"}, headers=owner.headers
    )
    assert promoted.json()["role"] == "owner"
    left = await client.delete(f"{base}/{owner.id}", headers=owner.headers)
    assert left.status_code == 204
    problem(await client.get(f"/api/v1/organisations/{org['id']}", headers=owner.headers), 404)


async def test_member_can_leave_but_not_remove_others(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    owner = await api.user()
    org = await api.organisation(owner)
    first, second = await api.user(), await api.user()
    await api.join_organisation(owner, org["id"], first)
    await api.join_organisation(owner, org["id"], second)
    base = f"/api/v1/organisations/{org['id']}/members"
    problem(await client.delete(f"{base}/{second.id}", headers=first.headers), 403)
    assert (await client.delete(f"{base}/{first.id}", headers=first.headers)).status_code == 204


def _org_endpoints(org_id: str, some_id: str) -> list[tuple[str, str, dict[str, Any] | None]]:
    return [
        ("GET", f"/api/v1/organisations/{org_id}", None),
        ("PATCH", f"/api/v1/organisations/{org_id}", {"name": "Stolen"}),
        ("GET", f"/api/v1/organisations/{org_id}/members", None),
        ("PATCH", f"/api/v1/organisations/{org_id}/members/{some_id}", {"role": "member"}),
        ("DELETE", f"/api/v1/organisations/{org_id}/members/{some_id}", None),
        ("POST", f"/api/v1/organisations/{org_id}/invitations", {"email": "a@example.org"}),
        ("GET", f"/api/v1/organisations/{org_id}/invitations", None),
        ("DELETE", f"/api/v1/organisations/{org_id}/invitations/{some_id}", None),
    ]


@pytest.mark.parametrize("index", range(8))
async def test_another_organisations_objects_answer_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    owner = await api.user()
    org = await api.organisation(owner, name="Private org")
    invitation = (
        await client.post(
            f"/api/v1/organisations/{org['id']}/invitations",
            json={"email": "z@example.org"},
            headers=owner.headers,
        )
    ).json()
    outsider = await api.user()
    await api.organisation(outsider, name="Outsider org")
    some_id = (
        invitation["id"] if "invitations" in _org_endpoints("x", "y")[index][1] else str(owner.id)
    )
    method, url, body = _org_endpoints(org["id"], some_id)[index]
    response = await client.request(method, url, json=body, headers=outsider.headers)
    assert "Private org" not in response.text
    problem(response, 404)
    # Nothing changed for the owner.
    still = await client.get(f"/api/v1/organisations/{org['id']}", headers=owner.headers)
    assert still.json()["name"] == "Private org"
    pending = await client.get(
        f"/api/v1/organisations/{org['id']}/invitations", headers=owner.headers
    )
    assert len(pending.json()["items"]) == 1


async def test_list_shows_only_own_organisations(client: httpx.AsyncClient, api: Api) -> None:
    first, second = await api.user(), await api.user()
    mine = await api.organisation(first, name="Mine")
    await api.organisation(second, name="Theirs")
    listed = (await client.get("/api/v1/organisations", headers=first.headers)).json()
    assert [o["id"] for o in listed["items"]] == [mine["id"]]
