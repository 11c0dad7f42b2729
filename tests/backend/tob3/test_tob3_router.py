from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from situations import Org, ProblemCheck, StatementCounter, User

ROUND = {"title": "Tob-3 najaar", "question": "Waar ligt u wakker van?"}


def _in_days(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


async def _round(org: Org, **fields: Any) -> dict[str, Any]:
    response = await org.client.post(
        org.url("/tob3-rounds"),
        json={**ROUND, "closes_at": _in_days(7), **fields},
        headers=org.owner.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def _answer(org: Org, user: User, round_id: str, worries: list[Any], **extra: Any) -> Any:
    return await org.client.put(
        org.url(f"/tob3-rounds/{round_id}/my-answer"),
        json={"worries": worries, **extra},
        headers=user.headers,
    )


def _w(rank: int, text: str, topic: str = "") -> dict[str, Any]:
    return {"rank": rank, "text": text, "topic": topic}


async def _close(org: Org, round_id: str) -> None:
    response = await org.client.post(
        org.url(f"/tob3-rounds/{round_id}/close"), headers=org.owner.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["is_open"] is False


async def test_round_lifecycle_answers_and_results(org: Org, problem: ProblemCheck) -> None:
    round_ = await _round(org)
    assert (round_["is_open"], round_["answer_count"], round_["answered_by_me"]) == (True, 0, False)
    rid = round_["id"]

    mine = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/my-answer"), headers=org.member.headers
    )
    assert mine.status_code == 200
    assert mine.json() is None

    first = await _answer(
        org,
        org.member,
        rid,
        [_w(1, "Lege winkels", "Leegstand"), _w(2, "Parkeertarief", "Bereikbaarheid")],
        on_behalf_of="Bakkerij De Korenschoof",
    )
    assert first.status_code == 201, first.text
    assert first.json()["on_behalf_of"] == "Bakkerij De Korenschoof"
    changed = await _answer(
        org,
        org.member,
        rid,
        [
            _w(1, "Lege winkels", "Leegstand"),
            _w(2, "Geen personeel", "Personeel"),
            _w(3, "Parkeertarief", "bereikbaarheid"),
        ],
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["id"] == first.json()["id"]
    assert [w["text"] for w in changed.json()["worries"]] == [
        "Lege winkels",
        "Geen personeel",
        "Parkeertarief",
    ]
    assert changed.json()["on_behalf_of"] == ""
    second = await _answer(
        org,
        org.second,
        rid,
        [_w(1, "Bereikbaarheid per bus", "Bereikbaarheid"), _w(2, "Leegstand", "leegstand")],
    )
    assert second.status_code == 201

    # Members see no results while the round is open; the owner does.
    problem(
        await org.client.get(org.url(f"/tob3-rounds/{rid}/results"), headers=org.member.headers),
        403,
    )
    problem(
        await org.client.get(org.url(f"/tob3-rounds/{rid}/answers"), headers=org.member.headers),
        403,
    )
    answers = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/answers"), headers=org.owner.headers
    )
    assert sorted(a["user"]["name"] for a in answers.json()["items"]) == [
        "Bram de Vries",
        "Chantal Smit",
    ]

    await _close(org, rid)
    late = await _answer(org, org.member, rid, [_w(1, "Te laat")])
    problem(late, 409)
    problem(
        await org.client.delete(
            org.url(f"/tob3-rounds/{rid}/my-answer"), headers=org.member.headers
        ),
        409,
    )

    results = await org.client.get(
        org.url(f"/tob3-rounds/{rid}/results"), headers=org.member.headers
    )
    assert results.status_code == 200, results.text
    body = results.json()
    assert body["answer_count"] == 2
    assert body["is_open"] is False
    assert [(g["label"], g["score"], g["mentions"]) for g in body["groups"]] == [
        ("Leegstand", 5, 2),  # 3 + 2
        ("Bereikbaarheid", 4, 2),  # 1 + 3
        ("Personeel", 2, 1),
    ]
    assert [w["text"] for w in body["groups"][1]["worries"]] == [
        "Bereikbaarheid per bus",
        "Parkeertarief",
    ]
    listed = await org.client.get(org.url("/tob3-rounds"), headers=org.member.headers)
    (item,) = listed.json()["items"]
    assert (item["answer_count"], item["answered_by_me"], item["is_open"]) == (2, True, False)


@pytest.mark.parametrize(
    ("worries", "field"),
    [
        ([], "body.worries"),
        ([_w(1, "a"), _w(1, "b")], "body"),
        ([_w(4, "a")], "body.worries.0.rank"),
        ([_w(1, " ")], "body.worries.0.text"),
        ([_w(1, "a"), _w(2, "b"), _w(3, "c"), _w(3, "d")], "body.worries"),
    ],
)
async def test_answer_input_is_checked(
    org: Org, problem: ProblemCheck, worries: list[Any], field: str
) -> None:
    round_ = await _round(org)
    response = await _answer(org, org.member, round_["id"], worries)
    assert field in [e["field"] for e in problem(response, 422)["errors"]]


async def test_round_input_and_roles(org: Org, problem: ProblemCheck) -> None:
    url = org.url("/tob3-rounds")
    response = await org.client.post(
        url, json={**ROUND, "closes_at": _in_days(-1)}, headers=org.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.closes_at"
    response = await org.client.post(
        url, json={**ROUND, "closes_at": "2026-12-01T10:00:00"}, headers=org.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.closes_at"
    response = await org.client.post(
        url, json={**ROUND, "title": "", "closes_at": _in_days(1)}, headers=org.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.title"
    problem(
        await org.client.post(
            url, json={**ROUND, "closes_at": _in_days(1)}, headers=org.member.headers
        ),
        403,
    )
    round_ = await _round(org)
    one = org.url(f"/tob3-rounds/{round_['id']}")
    problem(await org.client.patch(one, json={"title": "x"}, headers=org.member.headers), 403)
    problem(await org.client.post(f"{one}/close", headers=org.member.headers), 403)
    moved = await org.client.patch(
        one, json={"closes_at": _in_days(14), "title": "Nieuw"}, headers=org.owner.headers
    )
    assert moved.json()["title"] == "Nieuw"


async def test_withdraw_an_answer(org: Org, problem: ProblemCheck) -> None:
    round_ = await _round(org)
    url = org.url(f"/tob3-rounds/{round_['id']}/my-answer")
    problem(await org.client.delete(url, headers=org.member.headers), 404)
    await _answer(org, org.member, round_["id"], [_w(1, "Energie")])
    assert (await org.client.delete(url, headers=org.member.headers)).status_code == 204
    assert (await org.client.get(url, headers=org.member.headers)).json() is None


async def test_worry_and_group_become_issues(org: Org, problem: ProblemCheck) -> None:
    round_ = await _round(org)
    rid = round_["id"]
    await _answer(org, org.member, rid, [_w(1, "Lege winkels", "Leegstand"), _w(2, "Energie")])
    await _answer(org, org.second, rid, [_w(1, "Leegstand Diezerstraat", "leegstand")])
    await _close(org, rid)
    results = (
        await org.client.get(org.url(f"/tob3-rounds/{rid}/results"), headers=org.owner.headers)
    ).json()
    group = results["groups"][0]
    assert group["key"] == "topic:leegstand"

    url = org.url(f"/tob3-rounds/{rid}/groups/issue")
    problem(
        await org.client.post(
            url, json={"group": group["key"], "issue": {"title": "L"}}, headers=org.member.headers
        ),
        403,
    )
    response = await org.client.post(
        url,
        json={"group": "topic:onbekend", "issue": {"title": "x"}},
        headers=org.owner.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.group"
    made = await org.client.post(
        url,
        json={
            "group": group["key"],
            "issue": {"title": "Leegstand binnenstad", "scope": "association"},
        },
        headers=org.owner.headers,
    )
    assert made.status_code == 201, made.text
    assert len(made.json()["worry_ids"]) == 2
    issue = await org.client.get(
        org.url(f"/issues/{made.json()['issue_id']}"), headers=org.owner.headers
    )
    assert issue.json()["title"] == "Leegstand binnenstad"
    again = await org.client.post(
        url, json={"group": group["key"], "issue": {"title": "x"}}, headers=org.owner.headers
    )
    problem(again, 409)

    energy = results["groups"][1]["worries"][0]
    one = org.url(f"/tob3-rounds/{rid}/worries/{energy['id']}/issue")
    made = await org.client.post(one, json={"title": "Energiekosten"}, headers=org.owner.headers)
    assert made.status_code == 201, made.text
    after = (
        await org.client.get(org.url(f"/tob3-rounds/{rid}/results"), headers=org.owner.headers)
    ).json()
    linked = {w["text"]: w["issue_id"] for g in after["groups"] for w in g["worries"]}
    assert linked["Energie"] == made.json()["issue_id"]
    assert linked["Lege winkels"] == linked["Leegstand Diezerstraat"] is not None


async def test_changing_an_answer_keeps_the_issue_link_of_an_unchanged_worry(
    org: Org,
) -> None:
    round_ = await _round(org)
    rid = round_["id"]
    answer = await _answer(org, org.member, rid, [_w(1, "Energie"), _w(2, "Personeel")])
    energy, staff = answer.json()["worries"]
    for worry in (energy, staff):
        made = await org.client.post(
            org.url(f"/tob3-rounds/{rid}/worries/{worry['id']}/issue"),
            json={"title": worry["text"]},
            headers=org.owner.headers,
        )
        assert made.status_code == 201
    changed = await _answer(org, org.member, rid, [_w(1, "Energie"), _w(2, "Regeldruk")])
    kept, replaced = changed.json()["worries"]
    assert kept["issue_id"] is not None
    assert replaced["issue_id"] is None


async def test_another_organisations_round_is_404_on_every_endpoint(
    org: Org, problem: ProblemCheck
) -> None:
    round_ = await _round(org)
    answer = await _answer(org, org.member, round_["id"], [_w(1, "Energie")])
    worry_id = answer.json()["worries"][0]["id"]
    theirs = org.url(f"/tob3-rounds/{round_['id']}")
    own = org.url(f"/tob3-rounds/{round_['id']}", org.other_org_id)
    for base in (theirs, own):
        for method, url, body in [
            ("GET", base, None),
            ("PATCH", base, {"title": "x"}),
            ("POST", f"{base}/close", None),
            ("GET", f"{base}/my-answer", None),
            ("PUT", f"{base}/my-answer", {"worries": [_w(1, "x")]}),
            ("DELETE", f"{base}/my-answer", None),
            ("GET", f"{base}/answers", None),
            ("GET", f"{base}/results", None),
            ("POST", f"{base}/worries/{worry_id}/issue", {"title": "x"}),
            ("POST", f"{base}/groups/issue", {"group": "text:energie", "issue": {"title": "x"}}),
        ]:
            response = await org.client.request(
                method, url, json=body, headers=org.outsider.headers
            )
            problem(response, 404)
    for method in ("GET", "POST"):
        response = await org.client.request(
            method,
            org.url("/tob3-rounds"),
            json={**ROUND, "closes_at": _in_days(1)},
            headers=org.outsider.headers,
        )
        problem(response, 404)
    # A worry of another round of the same organisation is not found through this round.
    other_round = await _round(org, title="Tweede")
    response = await org.client.post(
        org.url(f"/tob3-rounds/{other_round['id']}/worries/{worry_id}/issue"),
        json={"title": "x"},
        headers=org.owner.headers,
    )
    problem(response, 404)


async def test_lists_do_not_grow_in_statements(
    org: Org, count_statements: StatementCounter
) -> None:
    first = await _round(org)
    await _answer(org, org.member, first["id"], [_w(1, "a"), _w(2, "b")])

    async def count(url: str) -> int:
        count_statements.reset()
        response = await org.client.get(url, headers=org.owner.headers)
        assert response.status_code == 200, response.text
        return int(count_statements.count)

    urls = [
        org.url("/tob3-rounds"),
        org.url(f"/tob3-rounds/{first['id']}/answers"),
        org.url(f"/tob3-rounds/{first['id']}/results"),
    ]
    before = [await count(u) for u in urls]
    for index in range(3):
        await _round(org, title=f"R{index}")
    for user in (org.second, org.owner):
        await _answer(org, user, first["id"], [_w(1, "a", "T"), _w(2, "c"), _w(3, "d")])
    assert [await count(u) for u in urls] == before


async def test_a_group_issue_takes_only_the_worries_not_yet_an_issue(
    org: Org, problem: ProblemCheck
) -> None:
    round_ = await _round(org)
    rid = round_["id"]
    first = await _answer(org, org.member, rid, [_w(1, "Lege winkels", "Leegstand")])
    await _answer(org, org.second, rid, [_w(1, "Dichte etalages", "Leegstand")])
    own = await org.client.post(
        org.url(f"/tob3-rounds/{rid}/worries/{first.json()['worries'][0]['id']}/issue"),
        json={"title": "Lege winkels"},
        headers=org.owner.headers,
    )
    assert own.status_code == 201, own.text
    url = org.url(f"/tob3-rounds/{rid}/groups/issue")
    body = {"group": "topic:leegstand", "issue": {"title": "Leegstand"}}
    group = await org.client.post(url, json=body, headers=org.owner.headers)
    assert group.status_code == 201, group.text
    assert len(group.json()["worry_ids"]) == 1
    results = (
        await org.client.get(org.url(f"/tob3-rounds/{rid}/results"), headers=org.owner.headers)
    ).json()
    linked = {w["text"]: w["issue_id"] for w in results["groups"][0]["worries"]}
    assert linked == {
        "Lege winkels": own.json()["issue_id"],
        "Dichte etalages": group.json()["issue_id"],
    }
    problem(await org.client.post(url, json=body, headers=org.owner.headers), 409)
