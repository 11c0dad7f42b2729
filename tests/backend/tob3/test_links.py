"""Tob-3 from the members themselves: links to answer a round without an account.

The public page's writes are idempotent (core/idempotency.py): an ``Idempotency-Key`` is
required, a retry gets the first response, another body under the same key is refused.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from situations import Api, Org, ProblemCheck, StatementCounter

PUBLIC = "/api/v1/public/tob3"
KEY = "Idempotency-Key"


def _w(rank: int, text: str, topic: str = "") -> dict[str, Any]:
    return {"rank": rank, "text": text, "topic": topic}


TOP3 = [_w(1, "Lege winkels", "Leegstand"), _w(2, "Parkeertarief", "Bereikbaarheid")]


async def _round_id(org: Org) -> str:
    closes = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    response = await org.client.post(
        org.url("/tob3-rounds"),
        json={
            "title": "Tob-3 leden",
            "question": "Waar ligt u wakker van?",
            "closes_at": closes,
        },
        headers=org.owner.headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _link(org: Org, round_id: str, **body: Any) -> dict[str, Any]:
    response = await org.client.post(
        org.url(f"/tob3-rounds/{round_id}/links"), json=body, headers=org.owner.headers
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _send(
    client: httpx.AsyncClient, token: str, body: dict[str, Any], key: str | None = None
) -> httpx.Response:
    headers = {KEY: key or str(uuid.uuid4())}
    return await client.post(f"{PUBLIC}/{token}/answers", json=body, headers=headers)


async def _links(org: Org, round_id: str) -> dict[str, dict[str, Any]]:
    response = await org.client.get(
        org.url(f"/tob3-rounds/{round_id}/links"), headers=org.owner.headers
    )
    assert response.status_code == 200, response.text
    return {link["member_name"] or link["kind"]: link for link in response.json()["items"]}


async def _close(org: Org, round_id: str) -> None:
    response = await org.client.post(
        org.url(f"/tob3-rounds/{round_id}/close"), headers=org.owner.headers
    )
    assert response.status_code == 200, response.text


async def test_a_member_answers_through_its_link_and_changes_the_answer(
    org: Org, problem: ProblemCheck
) -> None:
    rid = await _round_id(org)
    link = await _link(org, rid, member_name="Bakkerij De Korenschoof")
    token = link["token"]
    assert link["url"] == f"http://testserver/t/{token}"
    assert (link["kind"], link["answer_count"], link["revoked_at"]) == (
        "member",
        0,
        None,
    )

    page = await org.client.get(f"{PUBLIC}/{token}")
    assert page.status_code == 200, page.text
    assert {k: page.json()[k] for k in ("kind", "member_name", "answer", "is_open")} == {
        "kind": "member",
        "member_name": "Bakkerij De Korenschoof",
        "answer": None,
        "is_open": True,
    }
    assert page.json()["question"] == "Waar ligt u wakker van?"
    assert page.json()["code_required"] is False

    first = await _send(org.client, token, {"worries": TOP3}, key="first")
    assert first.status_code == 201, first.text
    assert first.json()["member_name"] == "Bakkerij De Korenschoof"
    assert [w["text"] for w in first.json()["worries"]] == [
        "Lege winkels",
        "Parkeertarief",
    ]
    # A lost response: the phone sends the same request again and gets the first answer.
    again = await _send(org.client, token, {"worries": TOP3}, key="first")
    assert (again.status_code, again.json()) == (201, first.json())

    changed = await _send(org.client, token, {"worries": [_w(1, "Geen personeel")]})
    assert changed.status_code == 200, changed.text
    page = await org.client.get(f"{PUBLIC}/{token}")
    assert [w["text"] for w in page.json()["answer"]["worries"]] == ["Geen personeel"]

    # The owner sees the count while the round runs; the answer counts like any other.
    assert (await _links(org, rid))["Bakkerij De Korenschoof"]["answer_count"] == 1
    round_ = await org.client.get(org.url(f"/tob3-rounds/{rid}"), headers=org.member.headers)
    assert round_.json()["answer_count"] == 1
    answers = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/answers"), headers=org.owner.headers
    )
    (answer,) = answers.json()["items"]
    assert (answer["user"], answer["link_id"], answer["on_behalf_of"]) == (
        None,
        link["id"],
        "Bakkerij De Korenschoof",
    )
    await _close(org, rid)
    results = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/results"), headers=org.member.headers
    )
    assert [(g["label"], g["score"]) for g in results.json()["groups"]] == [("Geen personeel", 3)]

    # Closed: a new answer is refused (409, as with an account); the page still opens.
    problem(await _send(org.client, token, {"worries": TOP3}), 409)
    assert (await org.client.get(f"{PUBLIC}/{token}")).json()["is_open"] is False
    # The retry of a request that succeeded before closing still gets its response.
    late_retry = await _send(org.client, token, {"worries": TOP3}, key="first")
    assert (late_retry.status_code, late_retry.json()) == (201, first.json())


async def test_answers_through_links_rank_with_the_members_own(org: Org) -> None:
    rid = await _round_id(org)
    own = await org.client.put(
        org.url(f"/tob3-rounds/{rid}/my-answer"),
        json={"worries": [_w(1, "Leegstand Hoogstraat", "leegstand")]},
        headers=org.member.headers,
    )
    assert own.status_code == 201
    link = await _link(org, rid, member_name="Kapsalon Knip")
    response = await _send(
        org.client,
        link["token"],
        {"worries": [_w(1, "x", "Leegstand"), _w(2, "y", "Energie")]},
    )
    assert response.status_code == 201
    results = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/results"), headers=org.owner.headers
    )
    assert results.json()["answer_count"] == 2
    assert [(g["label"], g["score"], g["mentions"]) for g in results.json()["groups"]] == [
        ("Leegstand", 6, 2),
        ("Energie", 2, 1),
    ]


async def test_an_open_link_keeps_one_answer_per_member_and_shows_none(
    org: Org, problem: ProblemCheck
) -> None:
    rid = await _round_id(org)
    await _link(org, rid, member_name="Bakkerij De Korenschoof")
    link = await _link(org, rid, kind="open", code="Rivierstad")
    token = link["token"]
    page = (await org.client.get(f"{PUBLIC}/{token}")).json()
    assert (page["kind"], page["member_name"], page["code_required"]) == (
        "open",
        None,
        True,
    )

    body = {"member_name": "Kapsalon Knip", "worries": TOP3}
    wrong = await _send(org.client, token, {**body, "code": "rivier"})
    assert problem(wrong, 422)["errors"][0] == {
        "field": "body.code",
        "reason": "this is not the code of this link",
        "code": "wrong_code",
    }
    problem(await _send(org.client, token, body), 422)
    first = await _send(org.client, token, {**body, "code": "rivierstad"})
    assert first.status_code == 201, first.text
    # The same member (case and spaces aside) replaces its answer.
    same = {
        "member_name": " kapsalon  KNIP",
        "code": "Rivierstad",
        "worries": [_w(1, "Huur")],
    }
    replaced = await _send(org.client, token, same)
    assert replaced.status_code == 200, replaced.text
    other = {"member_name": "Fietsenmaker Spaak", "code": "Rivierstad", "worries": TOP3}
    assert (await _send(org.client, token, other)).status_code == 201

    missing = await _send(org.client, token, {"code": "Rivierstad", "worries": TOP3})
    assert problem(missing, 422)["errors"][0]["field"] == "body.member_name"
    # A member with a link of its own answers there, not here: it would count twice.
    own = {
        "member_name": "bakkerij de korenschoof",
        "code": "Rivierstad",
        "worries": TOP3,
    }
    assert problem(await _send(org.client, token, own), 422)["errors"][0]["code"] == (
        "has_own_link"
    )

    # Never anyone's answer on the open page; the owner sees how many answered.
    assert (await org.client.get(f"{PUBLIC}/{token}")).json()["answer"] is None
    counts = await _links(org, rid)
    assert (
        counts["open"]["answer_count"],
        counts["Bakkerij De Korenschoof"]["answer_count"],
    ) == (
        2,
        0,
    )
    assert counts["open"]["code"] == "Rivierstad"


async def test_a_member_link_shows_only_its_own_members_answer(org: Org) -> None:
    rid = await _round_id(org)
    mine = await _link(org, rid, member_name="Bakkerij De Korenschoof")
    theirs = await _link(org, rid, member_name="Kapsalon Knip")
    assert (await _send(org.client, theirs["token"], {"worries": TOP3})).status_code == 201
    page = (await org.client.get(f"{PUBLIC}/{mine['token']}")).json()
    assert page["answer"] is None
    assert page["member_name"] == "Bakkerij De Korenschoof"


async def test_the_idempotency_key_is_required_and_bound_to_its_request(
    org: Org, problem: ProblemCheck
) -> None:
    rid = await _round_id(org)
    token = (await _link(org, rid, member_name="Kapsalon Knip"))["token"]
    url = f"{PUBLIC}/{token}/answers"
    without = await org.client.post(url, json={"worries": TOP3})
    assert problem(without, 422)["errors"][0]["field"] == "header.Idempotency-Key"
    too_long = await org.client.post(url, json={"worries": TOP3}, headers={KEY: "k" * 256})
    assert problem(too_long, 422)["errors"][0]["field"] == "header.Idempotency-Key"

    assert (await _send(org.client, token, {"worries": TOP3}, key="k1")).status_code == 201
    reused = await _send(org.client, token, {"worries": [_w(1, "Iets anders")]}, key="k1")
    error = problem(reused, 422)["errors"][0]
    assert (error["field"], error["code"]) == (
        "header.Idempotency-Key",
        "idempotency_key_reused",
    )
    # A request that failed stored nothing: its retry runs again.
    bad = {"member_name": "x", "worries": TOP3}
    assert problem(await _send(org.client, token, bad, key="k2"), 422)["errors"][0]["code"] == (
        "not_allowed"
    )
    assert (await _send(org.client, token, {"worries": TOP3}, key="k2")).status_code == 200
    # Keys belong to a link: another link may use the same one.
    other = (await _link(org, rid, member_name="Fietsenmaker Spaak"))["token"]
    assert (await _send(org.client, other, {"worries": TOP3}, key="k1")).status_code == 201


async def test_twenty_identical_requests_at_once_store_one_answer(
    org: Org, count_statements: StatementCounter
) -> None:
    rid = await _round_id(org)
    token = (await _link(org, rid, kind="open"))["token"]
    body = {"member_name": "Kapsalon Knip", "worries": TOP3}
    count_statements.reset()
    responses = await asyncio.gather(
        *(_send(org.client, token, body, key="one-key") for _ in range(20))
    )
    assert {r.status_code for r in responses} == {201}, [r.text for r in responses]
    assert len({r.text for r in responses}) == 1
    # One request did the work; the other nineteen read what it stored.
    written = [q for q in count_statements.statements if q.startswith("INSERT INTO tob3_answers")]
    assert len(written) == 1
    assert (await _links(org, rid))["open"]["answer_count"] == 1
    answers = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/answers"), headers=org.owner.headers
    )
    assert len(answers.json()["items"]) == 1


async def test_revoked_renewed_and_unknown_links(org: Org, problem: ProblemCheck) -> None:
    rid = await _round_id(org)
    link = await _link(org, rid, member_name="Kapsalon Knip")
    old = link["token"]
    assert (await _send(org.client, old, {"worries": TOP3})).status_code == 201
    base = org.url(f"/tob3-rounds/{rid}/links/{link['id']}")

    revoked = await org.client.post(f"{base}/revoke", headers=org.owner.headers)
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked_at"] is not None
    assert revoked.json()["answer_count"] == 1  # its answer stays and counts
    problem(await org.client.get(f"{PUBLIC}/{old}"), 410)
    problem(await _send(org.client, old, {"worries": TOP3}), 410)

    renewed = await org.client.post(f"{base}/renew", headers=org.owner.headers)
    assert renewed.status_code == 200, renewed.text
    new = renewed.json()["token"]
    assert new != old
    assert renewed.json()["revoked_at"] is None
    problem(await org.client.get(f"{PUBLIC}/{old}"), 404)
    page = (await org.client.get(f"{PUBLIC}/{new}")).json()
    assert [w["text"] for w in page["answer"]["worries"]] == [
        "Lege winkels",
        "Parkeertarief",
    ]

    for method, url in (("GET", f"{PUBLIC}/nope"), ("POST", f"{PUBLIC}/nope/answers")):
        response = await org.client.request(method, url, json={"worries": TOP3}, headers={KEY: "k"})
        problem(response, 404)

    await _close(org, rid)
    problem(await org.client.post(f"{base}/renew", headers=org.owner.headers), 409)
    problem(
        await org.client.post(
            org.url(f"/tob3-rounds/{rid}/links"),
            json={"kind": "open"},
            headers=org.owner.headers,
        ),
        409,
    )


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({}, "body.member_name", "missing"),
        ({"member_name": "  "}, "body.member_name", "missing"),
        ({"member_name": "Kapsalon Knip", "code": "x"}, "body.code", "not_allowed"),
        (
            {"kind": "open", "member_name": "Kapsalon Knip"},
            "body.member_name",
            "not_allowed",
        ),
        (
            {"kind": "open", "stakeholder_id": str(uuid.uuid4())},
            "body.stakeholder_id",
            "not_allowed",
        ),
        (
            {"member_name": " bakkerij  de Korenschoof "},
            "body.member_name",
            "duplicate",
        ),
        ({"stakeholder_id": str(uuid.uuid4())}, "body.stakeholder_id", "invalid"),
        ({"kind": "besloten"}, "body.kind", "enum"),
    ],
)
async def test_link_input_is_checked(
    org: Org, problem: ProblemCheck, body: dict[str, Any], field: str, code: str
) -> None:
    rid = await _round_id(org)
    await _link(org, rid, member_name="Bakkerij De Korenschoof")
    response = await org.client.post(
        org.url(f"/tob3-rounds/{rid}/links"), json=body, headers=org.owner.headers
    )
    error = problem(response, 422)["errors"][0]
    assert (error["field"], error["code"]) == (field, code)


async def test_a_member_link_from_the_stakeholder_register(
    api: Api, org: Org, problem: ProblemCheck
) -> None:
    rid = await _round_id(org)
    stakeholder = await api.stakeholder(org.owner, org.org_id, name="Hotel De Wijnberg")
    link = await _link(org, rid, stakeholder_id=stakeholder["id"])
    assert (link["member_name"], link["stakeholder_id"]) == (
        "Hotel De Wijnberg",
        stakeholder["id"],
    )
    # Another organisation's stakeholder is not in this register.
    foreign = await api.stakeholder(org.outsider, org.other_org_id, name="Elders BV")
    response = await org.client.post(
        org.url(f"/tob3-rounds/{rid}/links"),
        json={"stakeholder_id": foreign["id"]},
        headers=org.owner.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.stakeholder_id"


async def test_only_admins_manage_links_and_strangers_see_nothing(
    org: Org, problem: ProblemCheck
) -> None:
    rid = await _round_id(org)
    link = await _link(org, rid, member_name="Kapsalon Knip")
    other_round = await _round_id(org)
    base = org.url(f"/tob3-rounds/{rid}/links")
    calls = [
        ("POST", base, {"member_name": "x"}),
        ("GET", base, None),
        ("POST", f"{base}/{link['id']}/revoke", None),
        ("POST", f"{base}/{link['id']}/renew", None),
    ]
    for method, url, body in calls:
        response = await org.client.request(method, url, json=body, headers=org.member.headers)
        problem(response, 403)
        response = await org.client.request(method, url, json=body, headers=org.outsider.headers)
        problem(response, 404)
    # A link is found only through its own round.
    elsewhere = org.url(f"/tob3-rounds/{other_round}/links/{link['id']}/revoke")
    problem(await org.client.post(elsewhere, headers=org.owner.headers), 404)


async def test_the_link_list_does_not_grow_in_statements(
    org: Org, count_statements: StatementCounter
) -> None:
    rid = await _round_id(org)
    first = await _link(org, rid, member_name="Lid 0")
    await _send(org.client, first["token"], {"worries": TOP3})
    url = org.url(f"/tob3-rounds/{rid}/links")

    async def count() -> int:
        count_statements.reset()
        response = await org.client.get(url, headers=org.owner.headers)
        assert response.status_code == 200, response.text
        return int(count_statements.count)

    before = await count()
    for index in range(1, 4):
        link = await _link(org, rid, member_name=f"Lid {index}")
        await _send(org.client, link["token"], {"worries": TOP3})
    opened = await _link(org, rid, kind="open")
    for name in ("A", "B"):
        await _send(org.client, opened["token"], {"member_name": name, "worries": TOP3})
    assert await count() == before
