from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

ROUND = {"title": "Tob-3 najaar", "question": "Waar ligt u wakker van?"}


def _in_days(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


async def _round(assoc: Any, **fields: Any) -> dict[str, Any]:
    response = await assoc.client.post(
        assoc.url("/tob3-rounds"),
        json={**ROUND, "closes_at": _in_days(7), **fields},
        headers=assoc.owner.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def _answer(assoc: Any, user: Any, round_id: str, worries: list[Any], **extra: Any) -> Any:
    return await assoc.client.put(
        assoc.url(f"/tob3-rounds/{round_id}/my-answer"),
        json={"worries": worries, **extra},
        headers=user.headers,
    )


def _w(rank: int, text: str, topic: str = "") -> dict[str, Any]:
    return {"rank": rank, "text": text, "topic": topic}


async def _close(assoc: Any, round_id: str) -> None:
    response = await assoc.client.post(
        assoc.url(f"/tob3-rounds/{round_id}/close"), headers=assoc.owner.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["is_open"] is False


async def test_round_lifecycle_answers_and_results(assoc: Any, problem: Any) -> None:
    round_ = await _round(assoc)
    assert (round_["is_open"], round_["answer_count"], round_["answered_by_me"]) == (True, 0, False)
    rid = round_["id"]

    mine = await assoc.client.get(
        assoc.url(f"/tob3-rounds/{rid}/my-answer"), headers=assoc.member.headers
    )
    assert mine.status_code == 200
    assert mine.json() is None

    first = await _answer(
        assoc,
        assoc.member,
        rid,
        [_w(1, "Lege winkels", "Leegstand"), _w(2, "Parkeertarief", "Bereikbaarheid")],
        on_behalf_of="Bakkerij De Korenschoof",
    )
    assert first.status_code == 201, first.text
    assert first.json()["on_behalf_of"] == "Bakkerij De Korenschoof"
    changed = await _answer(
        assoc,
        assoc.member,
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
        assoc,
        assoc.second,
        rid,
        [_w(1, "Bereikbaarheid per bus", "Bereikbaarheid"), _w(2, "Leegstand", "leegstand")],
    )
    assert second.status_code == 201

    # Members see no results while the round is open; the owner does.
    problem(
        await assoc.client.get(
            assoc.url(f"/tob3-rounds/{rid}/results"), headers=assoc.member.headers
        ),
        403,
    )
    problem(
        await assoc.client.get(
            assoc.url(f"/tob3-rounds/{rid}/answers"), headers=assoc.member.headers
        ),
        403,
    )
    answers = await assoc.client.get(
        assoc.url(f"/tob3-rounds/{rid}/answers"), headers=assoc.owner.headers
    )
    assert sorted(a["user"]["name"] for a in answers.json()["items"]) == [
        "Bram de Vries",
        "Chantal Smit",
    ]

    await _close(assoc, rid)
    late = await _answer(assoc, assoc.member, rid, [_w(1, "Te laat")])
    problem(late, 409)
    problem(
        await assoc.client.delete(
            assoc.url(f"/tob3-rounds/{rid}/my-answer"), headers=assoc.member.headers
        ),
        409,
    )

    results = await assoc.client.get(
        assoc.url(f"/tob3-rounds/{rid}/results"), headers=assoc.member.headers
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
    listed = await assoc.client.get(assoc.url("/tob3-rounds"), headers=assoc.member.headers)
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
    assoc: Any, problem: Any, worries: list[Any], field: str
) -> None:
    round_ = await _round(assoc)
    response = await _answer(assoc, assoc.member, round_["id"], worries)
    assert field in [e["field"] for e in problem(response, 422)["errors"]]


async def test_round_input_and_roles(assoc: Any, problem: Any) -> None:
    url = assoc.url("/tob3-rounds")
    response = await assoc.client.post(
        url, json={**ROUND, "closes_at": _in_days(-1)}, headers=assoc.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.closes_at"
    response = await assoc.client.post(
        url, json={**ROUND, "closes_at": "2026-12-01T10:00:00"}, headers=assoc.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.closes_at"
    response = await assoc.client.post(
        url, json={**ROUND, "title": "", "closes_at": _in_days(1)}, headers=assoc.owner.headers
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.title"
    problem(
        await assoc.client.post(
            url, json={**ROUND, "closes_at": _in_days(1)}, headers=assoc.member.headers
        ),
        403,
    )
    round_ = await _round(assoc)
    one = assoc.url(f"/tob3-rounds/{round_['id']}")
    problem(await assoc.client.patch(one, json={"title": "x"}, headers=assoc.member.headers), 403)
    problem(await assoc.client.post(f"{one}/close", headers=assoc.member.headers), 403)
    moved = await assoc.client.patch(
        one, json={"closes_at": _in_days(14), "title": "Nieuw"}, headers=assoc.owner.headers
    )
    assert moved.json()["title"] == "Nieuw"


async def test_withdraw_an_answer(assoc: Any, problem: Any) -> None:
    round_ = await _round(assoc)
    url = assoc.url(f"/tob3-rounds/{round_['id']}/my-answer")
    problem(await assoc.client.delete(url, headers=assoc.member.headers), 404)
    await _answer(assoc, assoc.member, round_["id"], [_w(1, "Energie")])
    assert (await assoc.client.delete(url, headers=assoc.member.headers)).status_code == 204
    assert (await assoc.client.get(url, headers=assoc.member.headers)).json() is None


async def test_worry_and_group_become_issues(assoc: Any, problem: Any) -> None:
    round_ = await _round(assoc)
    rid = round_["id"]
    await _answer(assoc, assoc.member, rid, [_w(1, "Lege winkels", "Leegstand"), _w(2, "Energie")])
    await _answer(assoc, assoc.second, rid, [_w(1, "Leegstand Diezerstraat", "leegstand")])
    await _close(assoc, rid)
    results = (
        await assoc.client.get(
            assoc.url(f"/tob3-rounds/{rid}/results"), headers=assoc.owner.headers
        )
    ).json()
    group = results["groups"][0]
    assert group["key"] == "topic:leegstand"

    url = assoc.url(f"/tob3-rounds/{rid}/groups/issue")
    problem(
        await assoc.client.post(
            url, json={"group": group["key"], "issue": {"title": "L"}}, headers=assoc.member.headers
        ),
        403,
    )
    response = await assoc.client.post(
        url,
        json={"group": "topic:onbekend", "issue": {"title": "x"}},
        headers=assoc.owner.headers,
    )
    assert problem(response, 422)["errors"][0]["field"] == "body.group"
    made = await assoc.client.post(
        url,
        json={
            "group": group["key"],
            "issue": {"title": "Leegstand binnenstad", "scope": "association"},
        },
        headers=assoc.owner.headers,
    )
    assert made.status_code == 201, made.text
    assert len(made.json()["worry_ids"]) == 2
    issue = await assoc.client.get(
        assoc.url(f"/issues/{made.json()['issue_id']}"), headers=assoc.owner.headers
    )
    assert issue.json()["title"] == "Leegstand binnenstad"
    again = await assoc.client.post(
        url, json={"group": group["key"], "issue": {"title": "x"}}, headers=assoc.owner.headers
    )
    problem(again, 409)

    energy = results["groups"][1]["worries"][0]
    one = assoc.url(f"/tob3-rounds/{rid}/worries/{energy['id']}/issue")
    made = await assoc.client.post(
        one, json={"title": "Energiekosten"}, headers=assoc.owner.headers
    )
    assert made.status_code == 201, made.text
    after = (
        await assoc.client.get(
            assoc.url(f"/tob3-rounds/{rid}/results"), headers=assoc.owner.headers
        )
    ).json()
    linked = {w["text"]: w["issue_id"] for g in after["groups"] for w in g["worries"]}
    assert linked["Energie"] == made.json()["issue_id"]
    assert linked["Lege winkels"] == linked["Leegstand Diezerstraat"] is not None


async def test_changing_an_answer_keeps_the_issue_link_of_an_unchanged_worry(
    assoc: Any,
) -> None:
    round_ = await _round(assoc)
    rid = round_["id"]
    answer = await _answer(assoc, assoc.member, rid, [_w(1, "Energie"), _w(2, "Personeel")])
    energy, staff = answer.json()["worries"]
    for worry in (energy, staff):
        made = await assoc.client.post(
            assoc.url(f"/tob3-rounds/{rid}/worries/{worry['id']}/issue"),
            json={"title": worry["text"]},
            headers=assoc.owner.headers,
        )
        assert made.status_code == 201
    changed = await _answer(assoc, assoc.member, rid, [_w(1, "Energie"), _w(2, "Regeldruk")])
    kept, replaced = changed.json()["worries"]
    assert kept["issue_id"] is not None
    assert replaced["issue_id"] is None


async def test_another_organisations_round_is_404_on_every_endpoint(
    assoc: Any, problem: Any
) -> None:
    round_ = await _round(assoc)
    answer = await _answer(assoc, assoc.member, round_["id"], [_w(1, "Energie")])
    worry_id = answer.json()["worries"][0]["id"]
    theirs = assoc.url(f"/tob3-rounds/{round_['id']}")
    own = assoc.url(f"/tob3-rounds/{round_['id']}", assoc.other_org_id)
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
            response = await assoc.client.request(
                method, url, json=body, headers=assoc.outsider.headers
            )
            problem(response, 404)
    for method in ("GET", "POST"):
        response = await assoc.client.request(
            method,
            assoc.url("/tob3-rounds"),
            json={**ROUND, "closes_at": _in_days(1)},
            headers=assoc.outsider.headers,
        )
        problem(response, 404)
    # A worry of another round of the same organisation is not found through this round.
    other_round = await _round(assoc, title="Tweede")
    response = await assoc.client.post(
        assoc.url(f"/tob3-rounds/{other_round['id']}/worries/{worry_id}/issue"),
        json={"title": "x"},
        headers=assoc.owner.headers,
    )
    problem(response, 404)


async def test_lists_do_not_grow_in_statements(assoc: Any, count_statements: Any) -> None:
    first = await _round(assoc)
    await _answer(assoc, assoc.member, first["id"], [_w(1, "a"), _w(2, "b")])

    async def count(url: str) -> int:
        count_statements.reset()
        response = await assoc.client.get(url, headers=assoc.owner.headers)
        assert response.status_code == 200, response.text
        return int(count_statements.count)

    urls = [
        assoc.url("/tob3-rounds"),
        assoc.url(f"/tob3-rounds/{first['id']}/answers"),
        assoc.url(f"/tob3-rounds/{first['id']}/results"),
    ]
    before = [await count(u) for u in urls]
    for index in range(3):
        await _round(assoc, title=f"R{index}")
    for user in (assoc.second, assoc.owner):
        await _answer(assoc, user, first["id"], [_w(1, "a", "T"), _w(2, "c"), _w(3, "d")])
    assert [await count(u) for u in urls] == before


async def test_a_group_issue_takes_only_the_worries_not_yet_an_issue(
    assoc: Any, problem: Any
) -> None:
    round_ = await _round(assoc)
    rid = round_["id"]
    first = await _answer(assoc, assoc.member, rid, [_w(1, "Lege winkels", "Leegstand")])
    await _answer(assoc, assoc.second, rid, [_w(1, "Dichte etalages", "Leegstand")])
    own = await assoc.client.post(
        assoc.url(f"/tob3-rounds/{rid}/worries/{first.json()['worries'][0]['id']}/issue"),
        json={"title": "Lege winkels"},
        headers=assoc.owner.headers,
    )
    assert own.status_code == 201, own.text
    url = assoc.url(f"/tob3-rounds/{rid}/groups/issue")
    body = {"group": "topic:leegstand", "issue": {"title": "Leegstand"}}
    group = await assoc.client.post(url, json=body, headers=assoc.owner.headers)
    assert group.status_code == 201, group.text
    assert len(group.json()["worry_ids"]) == 1
    results = (
        await assoc.client.get(
            assoc.url(f"/tob3-rounds/{rid}/results"), headers=assoc.owner.headers
        )
    ).json()
    linked = {w["text"]: w["issue_id"] for w in results["groups"][0]["worries"]}
    assert linked == {
        "Lege winkels": own.json()["issue_id"],
        "Dichte etalages": group.json()["issue_id"],
    }
    problem(await assoc.client.post(url, json=body, headers=assoc.owner.headers), 409)
