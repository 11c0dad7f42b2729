from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest
from situations import Api, ProblemCheck, StatementCounter, User

FULL = {
    "kind": "organisation",
    "name": "Bibliotheek Zwolle",
    "type": "civil_society",
    "sector": " Cultuur ",
    "region": "Overijssel",
    "website": "https://bibliotheek-zwolle.example",
    "contacts": [
        {"name": "Fatima el Amrani", "role": "Directeur", "email": "F.Amrani@Example.org"},
        {"name": "Bram de Vries", "phone": "+31 (0)38 123-4567"},
    ],
    "tags": ["Leesbevordering", "binnenstad", "LEESBEVORDERING", " Café "],
    "interests": "Laaggeletterdheid terugdringen",
    "notes": "Wil trekker zijn",
    "external_ids": [{"system": "HubSpot", "id": "48213"}],
}


def _base(org_id: str) -> str:
    return f"/api/v1/organisations/{org_id}/stakeholders"


async def _names(client: httpx.AsyncClient, user: User, org_id: str, **params: Any) -> list[str]:
    response = await client.get(_base(org_id), params=params, headers=user.headers)
    assert response.status_code == 200, response.text
    return sorted(s["name"] for s in response.json()["items"])


async def test_create_normalises_and_reads_back(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    created = await api.stakeholder(user, org_id, **FULL)
    assert created["organisation_id"] == org_id
    assert created["sector"] == "Cultuur"
    assert created["website"] == "https://bibliotheek-zwolle.example/"
    assert created["tags"] == ["leesbevordering", "binnenstad", "café"]
    assert created["contacts"] == [
        {
            "name": "Fatima el Amrani",
            "role": "Directeur",
            "email": "f.amrani@example.org",
            "phone": "",
        },
        {"name": "Bram de Vries", "role": "", "email": "", "phone": "+31 (0)38 123-4567"},
    ]
    assert created["external_ids"] == [{"system": "hubspot", "id": "48213"}]
    assert created["archived_at"] is None
    got = await client.get(f"{_base(org_id)}/{created['id']}", headers=user.headers)
    assert got.json() == created


async def test_minimal_create_uses_defaults(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    created = await api.stakeholder(user, org_id, name="Jan Smit", kind="person")
    assert (created["kind"], created["type"], created["website"]) == ("person", "other", "")
    assert created["contacts"] == created["tags"] == created["external_ids"] == []


async def test_update_replaces_lists_and_keeps_the_rest(
    client: httpx.AsyncClient, api: Api
) -> None:
    user, org_id = await api.owner()
    created = await api.stakeholder(user, org_id, **FULL)
    url = f"{_base(org_id)}/{created['id']}"
    response = await client.patch(
        url,
        json={
            "contacts": [{"name": "Mila Bakker", "role": "Beleidsadviseur"}],
            "tags": ["Taal"],
            "external_ids": [{"system": "hubspot", "id": "48213"}, {"system": "afas", "id": "7"}],
            "website": "",
        },
        headers=user.headers,
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert [c["name"] for c in updated["contacts"]] == ["Mila Bakker"]
    assert updated["tags"] == ["taal"]
    assert updated["website"] == ""
    assert {(e["system"], e["id"]) for e in updated["external_ids"]} == {
        ("hubspot", "48213"),
        ("afas", "7"),
    }
    assert updated["name"] == created["name"]
    assert updated["interests"] == created["interests"]
    assert updated["updated_at"] > created["updated_at"]
    assert (await client.get(url, headers=user.headers)).json() == updated
    assert await _names(client, user, org_id, q="taal") == ["Bibliotheek Zwolle"]
    assert await _names(client, user, org_id, q="leesbevordering") == []


async def test_create_validation_names_each_field(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    response = await client.post(
        _base(org_id),
        json={
            "name": "  ",
            "kind": "robot",
            "type": "castle",
            "website": "zwolle",
            "tags": ['say "hi"'],
            "contacts": [{"name": "Ok", "email": "not-an-address", "phone": "call me"}],
            "external_ids": [{"system": "crm", "id": "1"}, {"system": "CRM", "id": "1"}],
        },
        headers=user.headers,
    )
    body = problem(response, 422)
    assert {e["field"] for e in body["errors"]} == {
        "body.name",
        "body.kind",
        "body.type",
        "body.website",
        "body.tags",
        "body.contacts.0.email",
        "body.contacts.0.phone",
        "body.external_ids",
    }
    assert all(e["reason"] for e in body["errors"])
    listed = await client.get(_base(org_id), headers=user.headers)
    assert listed.json()["items"] == []


async def test_update_validation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    created = await api.stakeholder(user, org_id)
    response = await client.patch(
        f"{_base(org_id)}/{created['id']}",
        json={"name": "", "website": "ftp://x", "tags": ["x" * 41], "contacts": [{}]},
        headers=user.headers,
    )
    body = problem(response, 422)
    assert {e["field"] for e in body["errors"]} == {
        "body.name",
        "body.website",
        "body.tags",
        "body.contacts.0.name",
    }
    bad_id = await client.get(f"{_base(org_id)}/not-a-uuid", headers=user.headers)
    assert problem(bad_id, 422)["errors"][0]["field"] == "path.stakeholder_id"


async def test_any_member_may_read_and_write(client: httpx.AsyncClient, api: Api) -> None:
    owner, org_id = await api.owner()
    member = await api.user()
    invited = await client.post(
        f"/api/v1/organisations/{org_id}/invitations",
        json={"email": member.email, "role": "member"},
        headers=owner.headers,
    )
    accepted = await client.post(
        f"/api/v1/invitations/{invited.json()['token']}/accept", headers=member.headers
    )
    assert accepted.status_code == 200
    created = await api.stakeholder(member, org_id, name="Van member")
    interaction = await api.interaction(member, org_id, created["id"])
    assert interaction["created_by"] == {"id": str(member.id), "name": member.name}
    assert await _names(client, owner, org_id) == ["Van member"]


async def test_search_and_filters(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    await api.stakeholder(
        user, org_id, name="Stichting Één Zwolle", type="civil_society", tags=["zorg"]
    )
    await api.stakeholder(
        user,
        org_id,
        name="Zilveren Kruis",
        type="financier",
        sector="Zorgverzekeraar",
        tags=["zorgverzekeraar", "café"],
    )
    await api.stakeholder(
        user, org_id, name="Gemeente Kampen", type="government", region="Overijssel"
    )
    await api.stakeholder(
        user,
        org_id,
        name="Jan 100% Smit",
        kind="person",
        interests="Wil 50_50 samenwerken",
    )
    assert await _names(client, user, org_id, q="ÉÉN") == ["Stichting Één Zwolle"]
    assert await _names(client, user, org_id, q="zorg") == [
        "Stichting Één Zwolle",
        "Zilveren Kruis",
    ]
    assert await _names(client, user, org_id, q="overijssel") == ["Gemeente Kampen"]
    assert await _names(client, user, org_id, q="SAMENWERKEN") == ["Jan 100% Smit"]
    assert await _names(client, user, org_id, q="100%") == ["Jan 100% Smit"]
    assert await _names(client, user, org_id, q="%") == ["Jan 100% Smit"]
    assert await _names(client, user, org_id, q="0_5") == ["Jan 100% Smit"]
    assert await _names(client, user, org_id, q="_") == ["Jan 100% Smit"]
    assert await _names(client, user, org_id, q="CAFÉ") == ["Zilveren Kruis"]
    assert await _names(client, user, org_id, tag="zorg") == ["Stichting Één Zwolle"]
    assert await _names(client, user, org_id, tag="Café") == ["Zilveren Kruis"]
    assert await _names(client, user, org_id, tag="zorgverzekeraar", q="kruis") == [
        "Zilveren Kruis"
    ]
    assert await _names(client, user, org_id, type="government") == ["Gemeente Kampen"]
    assert await _names(client, user, org_id, kind="person") == ["Jan 100% Smit"]
    assert len(await _names(client, user, org_id, kind="organisation")) == 3


async def test_bad_filters_are_422(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    response = await client.get(
        _base(org_id),
        params={"type": "castle", "kind": "x", "archived": "maybe"},
        headers=user.headers,
    )
    assert {e["field"] for e in problem(response, 422)["errors"]} == {
        "query.type",
        "query.kind",
        "query.archived",
    }
    bad_cursor = await client.get(_base(org_id), params={"cursor": "***"}, headers=user.headers)
    assert problem(bad_cursor, 422)["errors"][0]["field"] == "query.cursor"


async def test_list_paginates_with_cursor(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    created = [(await api.stakeholder(user, org_id, name=f"S{i}"))["id"] for i in range(5)]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(_base(org_id), params=params, headers=user.headers)).json()
        assert len(page["items"]) <= 2
        seen += [s["id"] for s in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == created


async def test_archive_and_unarchive(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    kept = await api.stakeholder(user, org_id, name="Blijft")
    gone = await api.stakeholder(user, org_id, name="Weg")
    archived = await client.post(f"{_base(org_id)}/{gone['id']}/archive", headers=user.headers)
    assert archived.status_code == 200
    assert archived.json()["archived_at"] is not None
    again = await client.post(f"{_base(org_id)}/{gone['id']}/archive", headers=user.headers)
    assert again.json()["archived_at"] == archived.json()["archived_at"]
    assert await _names(client, user, org_id) == ["Blijft"]
    assert await _names(client, user, org_id, archived="true") == ["Weg"]
    still = await client.get(f"{_base(org_id)}/{gone['id']}", headers=user.headers)
    assert still.status_code == 200
    back = await client.post(f"{_base(org_id)}/{gone['id']}/unarchive", headers=user.headers)
    assert back.json()["archived_at"] is None
    assert await _names(client, user, org_id) == ["Blijft", "Weg"]
    assert kept["archived_at"] is None


async def test_external_ids_are_unique_per_organisation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    first = await api.stakeholder(
        user, org_id, name="Eerste", external_ids=[{"system": "hubspot", "id": "1"}]
    )
    clash = await client.post(
        _base(org_id),
        json={
            "name": "Tweede",
            "external_ids": [{"system": "afas", "id": "1"}, {"system": "HUBSPOT", "id": "1"}],
        },
        headers=user.headers,
    )
    body = problem(clash, 409)
    assert [e["field"] for e in body["errors"]] == ["body.external_ids.1"]
    assert "hubspot" in body["errors"][0]["reason"]
    assert await _names(client, user, org_id) == ["Eerste"]
    second = await api.stakeholder(
        user, org_id, name="Tweede", external_ids=[{"system": "hubspot", "id": "2"}]
    )
    # Keeping its own id is no clash; taking another's is.
    same = await client.patch(
        f"{_base(org_id)}/{first['id']}",
        json={"external_ids": [{"system": "hubspot", "id": "1"}], "name": "Eerste!"},
        headers=user.headers,
    )
    assert same.status_code == 200, same.text
    taken = await client.patch(
        f"{_base(org_id)}/{second['id']}",
        json={"external_ids": [{"system": "hubspot", "id": "1"}]},
        headers=user.headers,
    )
    assert problem(taken, 409)["errors"][0]["field"] == "body.external_ids.0"
    # A code the app translates ("this value is taken").
    assert problem(taken, 409)["errors"][0]["code"] == "duplicate"
    # Another organisation may use the same id for its own stakeholder.
    other_user, other_org = await api.owner()
    await api.stakeholder(other_user, other_org, external_ids=[{"system": "hubspot", "id": "1"}])
    # Ids can move: freed by one stakeholder, then taken by another.
    freed = await client.patch(
        f"{_base(org_id)}/{first['id']}", json={"external_ids": []}, headers=user.headers
    )
    assert freed.json()["external_ids"] == []
    moved = await client.patch(
        f"{_base(org_id)}/{second['id']}",
        json={"external_ids": [{"system": "hubspot", "id": "1"}]},
        headers=user.headers,
    )
    assert moved.status_code == 200, moved.text


async def test_lookup_by_external_id(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    created = await api.stakeholder(
        user, org_id, name="CRM", external_ids=[{"system": "hubspot", "id": "Ab-1"}]
    )
    url = f"{_base(org_id)}/by-external-id"
    found = await client.get(url, params={"system": "HubSpot", "id": "Ab-1"}, headers=user.headers)
    assert found.status_code == 200
    assert found.json()["id"] == created["id"]
    problem(
        await client.get(url, params={"system": "hubspot", "id": "ab-1"}, headers=user.headers), 404
    )
    missing = await client.get(url, params={"system": "hubspot"}, headers=user.headers)
    assert problem(missing, 422)["errors"][0]["field"] == "query.id"


def _csv_rows(response: httpx.Response) -> list[dict[str, str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    delimiter = ";" if "delimiter=comma" not in str(response.request.url) else ","
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=delimiter))


async def test_export_csv(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    await api.stakeholder(user, org_id, **FULL)
    await api.stakeholder(user, org_id, name='=HYPERLINK("http://evil")', type="business")
    archived = await api.stakeholder(user, org_id, name="Gearchiveerd")
    await client.post(f"{_base(org_id)}/{archived['id']}/archive", headers=user.headers)
    response = await client.get(f"{_base(org_id)}/export.csv", headers=user.headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith('attachment; filename="stakeholders-')
    rows = _csv_rows(response)
    # Sorted by name in the collation of the database, which may ignore punctuation.
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {'\'=HYPERLINK("http://evil")', "Bibliotheek Zwolle"}
    library = by_name["Bibliotheek Zwolle"]
    assert library["tags"] == "leesbevordering, binnenstad, café"
    assert library["contacts"] == (
        "Fatima el Amrani | Directeur | f.amrani@example.org | \n"
        "Bram de Vries |  |  | +31 (0)38 123-4567"
    )
    assert library["external_ids"] == "hubspot:48213"
    assert library["archived_at"] == ""
    filtered = await client.get(
        f"{_base(org_id)}/export.csv",
        params={"type": "business", "delimiter": "comma"},
        headers=user.headers,
    )
    assert [r["name"] for r in _csv_rows(filtered)] == ['\'=HYPERLINK("http://evil")']
    only_archived = await client.get(
        f"{_base(org_id)}/export.csv", params={"archived": "true"}, headers=user.headers
    )
    assert [r["name"] for r in _csv_rows(only_archived)] == ["Gearchiveerd"]


async def test_interaction_log(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    stakeholder = await api.stakeholder(user, org_id)
    url = f"{_base(org_id)}/{stakeholder['id']}/interactions"
    created = await api.interaction(
        user,
        org_id,
        stakeholder["id"],
        occurred_on="2026-11-20",
        type="meeting",
        our_people=[" Anouk Jansen "],
        their_people=["Fatima el Amrani"],
        summary="Verkennend gesprek",
        follow_ups=[
            {"description": "Plan sturen", "owner_name": "Anouk", "due_on": "2026-12-04"},
            {"description": "Bellen"},
        ],
    )
    assert created["our_people"] == ["Anouk Jansen"]
    assert created["created_by"] == {"id": str(user.id), "name": "Anouk Jansen"}
    assert [(f["description"], f["done"], f["due_on"]) for f in created["follow_ups"]] == [
        ("Plan sturen", False, "2026-12-04"),
        ("Bellen", False, None),
    ]
    await api.interaction(user, org_id, stakeholder["id"], occurred_on="2026-10-01", type="call")
    await api.interaction(user, org_id, stakeholder["id"], occurred_on="2026-11-25", type="email")
    listed = (await client.get(url, headers=user.headers)).json()
    assert [i["occurred_on"] for i in listed["items"]] == ["2026-11-25", "2026-11-20", "2026-10-01"]

    async def days(**params: Any) -> list[str]:
        page = (await client.get(url, params=params, headers=user.headers)).json()
        return [i["occurred_on"] for i in page["items"]]

    assert await days(type="call") == ["2026-10-01"]
    assert await days(**{"from": "2026-11-01"}) == ["2026-11-25", "2026-11-20"]
    assert await days(to="2026-11-20") == ["2026-11-20", "2026-10-01"]
    assert await days(**{"from": "2026-11-20", "to": "2026-11-20"}) == ["2026-11-20"]

    patched = await client.patch(
        f"{url}/{created['id']}",
        json={
            "summary": "Bijgewerkt",
            "follow_ups": [{"description": "Plan sturen", "done": True}],
        },
        headers=user.headers,
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["summary"] == "Bijgewerkt"
    assert patched.json()["their_people"] == ["Fatima el Amrani"]
    assert [(f["description"], f["done"]) for f in patched.json()["follow_ups"]] == [
        ("Plan sturen", True)
    ]
    deleted = await client.delete(f"{url}/{created['id']}", headers=user.headers)
    assert deleted.status_code == 204
    assert await days() == ["2026-11-25", "2026-10-01"]
    follow_ups = await client.get(
        f"/api/v1/organisations/{org_id}/follow-ups", headers=user.headers
    )
    assert follow_ups.json()["items"] == []


async def test_interaction_validation(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    stakeholder = await api.stakeholder(user, org_id)
    url = f"{_base(org_id)}/{stakeholder['id']}/interactions"
    response = await client.post(
        url,
        json={
            "occurred_on": "20 november",
            "type": "lunch",
            "our_people": ["  "],
            "follow_ups": [{"description": "", "due_on": "soon"}],
        },
        headers=user.headers,
    )
    assert {e["field"] for e in problem(response, 422)["errors"]} == {
        "body.occurred_on",
        "body.type",
        "body.our_people",
        "body.follow_ups.0.description",
        "body.follow_ups.0.due_on",
    }
    created = await api.interaction(user, org_id, stakeholder["id"])
    patched = await client.patch(
        f"{url}/{created['id']}", json={"their_people": [""]}, headers=user.headers
    )
    assert problem(patched, 422)["errors"][0]["field"] == "body.their_people"
    backwards = await client.get(
        url, params={"from": "2026-12-01", "to": "2026-11-01"}, headers=user.headers
    )
    assert problem(backwards, 422)["errors"][0]["field"] == "query.to"


async def test_interactions_paginate_newest_first_and_stable(
    client: httpx.AsyncClient, api: Api
) -> None:
    user, org_id = await api.owner()
    stakeholder = await api.stakeholder(user, org_id)
    days = ["2026-11-01", "2026-11-03", "2026-11-03", "2026-11-03", "2026-11-02", "2026-11-04"]
    ids = [
        (await api.interaction(user, org_id, stakeholder["id"], occurred_on=day))["id"]
        for day in days
    ]
    url = f"{_base(org_id)}/{stakeholder['id']}/interactions"
    first = (await client.get(url, params={"limit": 2}, headers=user.headers)).json()
    # Logged meanwhile, on a day the reader already passed: it must not shift the next page.
    await api.interaction(user, org_id, stakeholder["id"], occurred_on="2026-11-05")
    seen = [i["id"] for i in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = (
            await client.get(url, params={"limit": 2, "cursor": cursor}, headers=user.headers)
        ).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
    expected = [ids[5], ids[3], ids[2], ids[1], ids[4], ids[0]]
    assert seen == expected


async def test_timeline(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    stakeholder = await api.stakeholder(user, org_id)
    older = await api.interaction(
        user, org_id, stakeholder["id"], occurred_on="2026-10-01", type="call"
    )
    newer = await api.interaction(
        user,
        org_id,
        stakeholder["id"],
        occurred_on="2026-11-20",
        their_people=["Fatima", "Bram"],
        summary="Eerste verkenning",
    )
    url = f"{_base(org_id)}/{stakeholder['id']}/timeline"
    page = (await client.get(url, headers=user.headers)).json()
    assert page["items"] == [
        {
            "kind": "interaction",
            "at": "2026-11-20",
            "title": "Meeting with Fatima, Bram",
            "summary": "Eerste verkenning",
            "id": newer["id"],
            "coalition_id": None,
            "partner_id": None,
            "coalition_name": None,
            "assessor_name": None,
            "influence": None,
            "dependency": None,
        },
        {
            "kind": "interaction",
            "at": "2026-10-01",
            "title": "Call",
            "summary": "",
            "id": older["id"],
            "coalition_id": None,
            "partner_id": None,
            "coalition_name": None,
            "assessor_name": None,
            "influence": None,
            "dependency": None,
        },
    ]
    first = (await client.get(url, params={"limit": 1}, headers=user.headers)).json()
    rest = (
        await client.get(url, params={"cursor": first["next_cursor"]}, headers=user.headers)
    ).json()
    assert [e["id"] for e in first["items"] + rest["items"]] == [newer["id"], older["id"]]


async def test_follow_ups_across_stakeholders(client: httpx.AsyncClient, api: Api) -> None:
    user, org_id = await api.owner()
    first = await api.stakeholder(user, org_id, name="Eerste")
    second = await api.stakeholder(user, org_id, name="Tweede")
    await api.interaction(
        user,
        org_id,
        first["id"],
        follow_ups=[
            {"description": "Later", "due_on": "2026-12-20"},
            {"description": "Geen datum"},
            {"description": "Al gedaan", "due_on": "2026-11-01", "done": True},
        ],
    )
    await api.interaction(
        user,
        org_id,
        second["id"],
        follow_ups=[{"description": "Eerst", "due_on": "2026-12-01", "owner_name": "Bram"}],
    )
    url = f"/api/v1/organisations/{org_id}/follow-ups"
    open_ = (await client.get(url, params={"open": "true"}, headers=user.headers)).json()
    assert [(f["description"], f["stakeholder_name"]) for f in open_["items"]] == [
        ("Eerst", "Tweede"),
        ("Later", "Eerste"),
        ("Geen datum", "Eerste"),
    ]
    assert open_["items"][0]["owner_name"] == "Bram"
    done = (await client.get(url, params={"open": "false"}, headers=user.headers)).json()
    assert [f["description"] for f in done["items"]] == ["Al gedaan"]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 1, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(url, params=params, headers=user.headers)).json()
        seen += [f["description"] for f in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["Al gedaan", "Eerst", "Later", "Geen datum"]


def _endpoints(
    org_id: str, stakeholder_id: str, interaction_id: str
) -> list[tuple[str, str, dict[str, Any] | None]]:
    base = _base(org_id)
    one = f"{base}/{stakeholder_id}"
    return [
        ("POST", base, {"name": "Stolen"}),
        ("GET", base, None),
        ("GET", f"{base}/export.csv", None),
        ("GET", f"{base}/by-external-id?system=hubspot&id=secret-1", None),
        ("GET", one, None),
        ("PATCH", one, {"name": "Stolen"}),
        ("POST", f"{one}/archive", None),
        ("POST", f"{one}/unarchive", None),
        ("POST", f"{one}/interactions", {"occurred_on": "2026-11-20", "type": "call"}),
        ("GET", f"{one}/interactions", None),
        ("PATCH", f"{one}/interactions/{interaction_id}", {"summary": "Stolen"}),
        ("DELETE", f"{one}/interactions/{interaction_id}", None),
        ("GET", f"{one}/timeline", None),
        ("GET", f"/api/v1/organisations/{org_id}/follow-ups", None),
    ]


ENDPOINT_COUNT = len(_endpoints("o", "s", "i"))
# Endpoints that name a stakeholder, which must stay hidden from another organisation's member
# even when the path carries that member's own organisation id.
WITH_STAKEHOLDER = [
    i
    for i, (_, url, _) in enumerate(_endpoints("o", "s", "i"))
    if "stakeholders/s" in url or "by-external-id" in url
]


async def _private_data(api: Api) -> tuple[User, str, str, str]:
    owner, org_id = await api.owner()
    stakeholder = await api.stakeholder(
        owner,
        org_id,
        name="Geheime partner",
        external_ids=[{"system": "hubspot", "id": "secret-1"}],
    )
    interaction = await api.interaction(
        owner,
        org_id,
        stakeholder["id"],
        summary="Vertrouwelijk",
        follow_ups=[{"description": "Vertrouwelijk"}],
    )
    return owner, org_id, stakeholder["id"], interaction["id"]


async def _assert_untouched(
    client: httpx.AsyncClient, owner: User, org_id: str, stakeholder_id: str
) -> None:
    got = (await client.get(f"{_base(org_id)}/{stakeholder_id}", headers=owner.headers)).json()
    assert (got["name"], got["archived_at"]) == ("Geheime partner", None)
    assert await _names(client, owner, org_id) == ["Geheime partner"]
    log = await client.get(f"{_base(org_id)}/{stakeholder_id}/interactions", headers=owner.headers)
    assert [i["summary"] for i in log.json()["items"]] == ["Vertrouwelijk"]


@pytest.mark.parametrize("index", range(ENDPOINT_COUNT))
async def test_another_organisation_answers_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    owner, org_id, stakeholder_id, interaction_id = await _private_data(api)
    outsider = await api.user()
    await api.organisation(outsider, name="Outsider org")
    method, url, body = _endpoints(org_id, stakeholder_id, interaction_id)[index]
    response = await client.request(method, url, json=body, headers=outsider.headers)
    problem(response, 404)
    assert "Geheime" not in response.text
    assert "Vertrouwelijk" not in response.text
    await _assert_untouched(client, owner, org_id, stakeholder_id)


@pytest.mark.parametrize("index", WITH_STAKEHOLDER)
async def test_foreign_ids_under_own_organisation_answer_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck, index: int
) -> None:
    owner, org_id, stakeholder_id, interaction_id = await _private_data(api)
    outsider = await api.user()
    own_org = (await api.organisation(outsider, name="Outsider org"))["id"]
    method, url, body = _endpoints(own_org, stakeholder_id, interaction_id)[index]
    response = await client.request(method, url, json=body, headers=outsider.headers)
    problem(response, 404)
    assert "Geheime" not in response.text
    await _assert_untouched(client, owner, org_id, stakeholder_id)


async def test_interaction_of_another_stakeholder_answers_404(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    user, org_id = await api.owner()
    first = await api.stakeholder(user, org_id, name="Eerste")
    second = await api.stakeholder(user, org_id, name="Tweede")
    interaction = await api.interaction(user, org_id, first["id"])
    url = f"{_base(org_id)}/{second['id']}/interactions/{interaction['id']}"
    problem(await client.patch(url, json={"summary": "x"}, headers=user.headers), 404)
    problem(await client.delete(url, headers=user.headers), 404)


async def test_foreign_external_ids_are_not_found_nor_a_clash(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    await _private_data(api)
    outsider, own_org = await api.owner()
    lookup = await client.get(
        f"{_base(own_org)}/by-external-id",
        params={"system": "hubspot", "id": "secret-1"},
        headers=outsider.headers,
    )
    problem(lookup, 404)
    await api.stakeholder(outsider, own_org, external_ids=[{"system": "hubspot", "id": "secret-1"}])


async def test_statement_counts_do_not_grow_with_rows(
    client: httpx.AsyncClient, api: Api, count_statements: StatementCounter
) -> None:
    user, org_id = await api.owner()
    first = await api.stakeholder(user, org_id, **FULL)
    await api.interaction(user, org_id, first["id"], follow_ups=[{"description": "x"}])
    one = f"{_base(org_id)}/{first['id']}"
    urls = [
        _base(org_id),
        f"{_base(org_id)}/export.csv",
        f"{one}/interactions",
        f"{one}/timeline",
        f"/api/v1/organisations/{org_id}/follow-ups",
    ]
    before = [await count_statements.get(client, url, user) for url in urls]
    for index in range(6):
        await api.stakeholder(
            user,
            org_id,
            **{**FULL, "name": f"S{index}", "external_ids": [{"system": "x", "id": str(index)}]},
        )
        await api.interaction(
            user,
            org_id,
            first["id"],
            follow_ups=[{"description": "a"}, {"description": "b"}],
        )
    after = [await count_statements.get(client, url, user) for url in urls]
    assert after == before
    listed = (await client.get(_base(org_id), headers=user.headers)).json()
    assert len(listed["items"]) == 7
    assert all(len(s["contacts"]) == 2 for s in listed["items"])
