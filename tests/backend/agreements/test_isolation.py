"""A member of one coalition sees nothing of another: every endpoint answers 404."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from situations import ProblemCheck, StatementCounter

from .conftest import Setting


async def test_every_endpoint_hides_other_coalitions(
    setting: Setting, problem: ProblemCheck
) -> None:
    aid = (await setting.agreement("a"))["id"]
    await setting.save(aid, "b")
    option = await setting.post(
        setting.coordinator, f"/agreements/{aid}/options", {"kind": "content", "title": "Optie"}
    )
    oid = option.json()["options"][0]["id"]
    client, outsider = setting.client, setting.outsider
    own = setting.url()
    foreign = setting.url(coalition_id=setting.other_coalition_id)
    calls: list[tuple[str, str, Any]] = [
        ("GET", "/agreements", None),
        ("POST", "/agreements", {"type": "contract", "title": "X"}),
        ("POST", "/agreements/preview", {"content": "# X"}),
        ("GET", f"/agreements/{aid}", None),
        ("PATCH", f"/agreements/{aid}", {"title": "X"}),
        ("POST", f"/agreements/{aid}/versions", {"content": "c"}),
        ("GET", f"/agreements/{aid}/versions", None),
        ("GET", f"/agreements/{aid}/versions/1", None),
        ("GET", f"/agreements/{aid}/diff?from=1&to=2", None),
        ("POST", f"/agreements/{aid}/send-for-signature", {"version": 2}),
        (
            "POST",
            f"/agreements/{aid}/sign-offs",
            {"partner_id": setting.school_partner, "version": 2},
        ),
        ("POST", f"/agreements/{aid}/options", {"kind": "content", "title": "X"}),
        ("PATCH", f"/agreements/{aid}/options/{oid}", {"title": "X"}),
        ("DELETE", f"/agreements/{aid}/options/{oid}", None),
        ("PUT", f"/agreements/{aid}/choices/content", {"option_id": oid, "reason": "x"}),
        ("GET", f"/agreements/{aid}/export", None),
        ("GET", "/founding", None),
        ("POST", "/founding", {"founded_on": date.today().isoformat(), "agreement_id": aid}),
    ]
    for method, path, body in calls:
        # The outsider on coalition A's urls: the coalition does not exist for them.
        response = await client.request(method, own + path, json=body, headers=outsider.headers)
        problem(response, 404)
        # The outsider's own coalition with A's agreement in the path: not found either.
        if aid in path:
            response = await client.request(
                method, foreign + path, json=body, headers=outsider.headers
            )
            problem(response, 404)
    # And nothing was written by any of it.
    read = (await setting.get(setting.coordinator, f"/agreements/{aid}")).json()
    assert (read["title"], read["current_version"], read["status"]) == (
        "Intentieverklaring binnenstad",
        2,
        "draft",
    )
    assert [o["title"] for o in read["options"]] == ["Optie"]
    assert (await setting.get(setting.coordinator, "/founding")).json()["founding"] is None


@pytest.mark.parametrize("path", ["/agreements", "/agreements/{aid}/versions"])
async def test_lists_count_statements(
    setting: Setting, count_statements: StatementCounter, path: str
) -> None:
    aid = (await setting.agreement())["id"]
    url = path.format(aid=aid)
    count_statements.reset()
    await setting.get(setting.coordinator, url)
    few = count_statements.count
    for index in range(4):
        other = (await setting.agreement(f"tekst {index}"))["id"]
        await setting.send(other, 1)
        await setting.sign(setting.partner_user, other, setting.school_partner, 1)
        await setting.save(aid, f"versie {index}")
    await setting.send(aid, 5)
    await setting.sign(setting.coordinator, aid, setting.municipality_partner, 5)
    count_statements.reset()
    response = await setting.get(setting.coordinator, url)
    assert len(response.json()["items"]) == 5
    assert count_statements.count == few


async def test_list_shows_signature_progress(setting: Setting) -> None:
    aid = (await setting.agreement())["id"]
    await setting.send(aid, 1)
    await setting.sign(setting.partner_user, aid, setting.school_partner, 1)
    items = (await setting.get(setting.coordinator, "/agreements")).json()["items"]
    assert [(i["status"], i["signing_parties"], i["signed"]) for i in items] == [
        ("out_for_signature", 2, 1)
    ]
    page = (await setting.get(setting.coordinator, "/agreements?limit=1")).json()
    assert page["next_cursor"] is None
