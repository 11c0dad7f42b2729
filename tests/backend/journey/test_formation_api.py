"""Conversations (step 1), interests and the domain (step 2), the own plan (step 3)."""

from __future__ import annotations

from typing import Any

import httpx
from situations import Api, ProblemCheck, StatementCounter

from .conftest import Formation, build_formation

ANSWERS = {
    "driver": "Meer leerlingen uit de binnenstad.",
    "developments": "Krimp in de regio; kans: nieuwe campus.",
    "expected_yield": "Veilige schoolroutes.",
    "adapt_activities": "Ja, de open dagen kunnen in de binnenstad.",
    "extra_efforts": "Stageplaatsen bij ondernemers.",
    "worries": "Of de ondernemers jongeren willen betrekken.",
    "agreements_recording": "In een convenant.",
}


async def test_conversations_per_partner_and_the_summary(
    formation: Formation, problem: ProblemCheck
) -> None:
    x, y, _ = formation.partners
    created = await formation.post(
        f"/partners/{x['id']}/conversations",
        {"held_on": "2026-10-01", "spoke_with": "Fatima Amrani", **ANSWERS},
    )
    assert created.status_code == 201, created.text
    first = created.json()
    assert first["interviewer_id"] == str(formation.coordinator.id)
    assert first["interviewer_name"] == "Anne Coördinator"
    assert first["partner_name"] == "X"
    # A second conversation with the same partner, held by a member of the coalition.
    second = await formation.post(
        f"/partners/{x['id']}/conversations",
        {
            "held_on": "2026-11-01",
            "interviewer_id": str(formation.member.id),
            "driver": "  Nu ook: de campus.  ",
        },
    )
    assert second.status_code == 201, second.text
    assert second.json()["interviewer_name"] == "Piet Partner"
    assert second.json()["driver"] == "Nu ook: de campus."
    await formation.post(
        f"/partners/{y['id']}/conversations", {"held_on": "2026-10-15", "worries": "Geen."}
    )
    summary = (await formation.get("/conversations/summary")).json()
    assert [q["key"] for q in summary["questions"]] == list(ANSWERS)
    driver = summary["questions"][0]
    assert driver["label"]["nl"].startswith("Wat is hun drijfveer")
    assert [(a["partner_name"], a["held_on"]) for a in driver["answers"]] == [
        ("X", "2026-11-01"),
        ("X", "2026-10-01"),
    ]
    worries = next(q for q in summary["questions"] if q["key"] == "worries")
    assert [a["partner_name"] for a in worries["answers"]] == ["Y", "X"]
    counts = {
        p["partner_name"]: (p["conversations"], p["last_held_on"]) for p in summary["partners"]
    }
    assert counts == {"X": (2, "2026-11-01"), "Y": (1, "2026-10-15"), "Z": (0, None)}

    listed = (await formation.get("/conversations", partner_id=x["id"])).json()
    assert len(listed["items"]) == 2
    one = await formation.get(f"/conversations/{first['id']}")
    assert one.json()["worries"] == ANSWERS["worries"]
    patched = await formation.patch(
        f"/conversations/{first['id']}", {"worries": "Opgelost.", "held_on": "2026-10-02"}
    )
    assert patched.json()["worries"] == "Opgelost."
    assert patched.json()["driver"] == ANSWERS["driver"]
    assert patched.json()["held_on"] == "2026-10-02"
    deleted = await formation.client.delete(
        f"{formation.base}/conversations/{first['id']}", headers=formation.coordinator.headers
    )
    assert deleted.status_code == 204
    problem(await formation.get(f"/conversations/{first['id']}"), 404)


async def test_conversation_validation_and_rights(
    formation: Formation, api: Api, problem: ProblemCheck
) -> None:
    x = formation.partners[0]
    url = f"/partners/{x['id']}/conversations"
    body = problem(await formation.post(url, {"driver": "x"}), 422)
    assert body["errors"][0]["field"] == "body.held_on"
    body = problem(
        await formation.post(url, {"held_on": "2026-10-01", "worries": "x" * 10_001}), 422
    )
    assert body["errors"][0]["field"] == "body.worries"
    outsider = await api.user(name="Buitenstaander")
    body = problem(
        await formation.post(url, {"held_on": "2026-10-01", "interviewer_id": str(outsider.id)}),
        422,
    )
    assert body["errors"][0]["field"] == "body.interviewer_id"
    # The conversations are the core team's preparation: to anyone else they look absent.
    problem(await formation.post(url, {"held_on": "2026-10-01"}, user=formation.member), 404)
    created = (await formation.post(url, {"held_on": "2026-10-01"})).json()
    body = problem(await formation.patch(f"/conversations/{created['id']}", {"held_on": None}), 422)
    assert body["errors"][0]["field"] == "body.held_on"


async def test_interests_and_the_domain(formation: Formation, problem: ProblemCheck) -> None:
    x, y, z = formation.partners

    async def add(partner: dict[str, Any], topic: str, weight: int, reason: bool = False) -> Any:
        response = await formation.post(
            f"/partners/{partner['id']}/interests",
            {"topic": topic, "weight": weight, "reason_to_join": reason},
        )
        assert response.status_code == 201, response.text
        return response.json()

    await add(x, "Levendige binnenstad", 5)
    await add(y, "levendige  BINNENSTAD", 4)
    await add(x, "Veilige schoolroutes", 4, reason=True)
    await add(y, "Parkeren", 2)
    huur = await add(y, "Huuropbrengst panden", 5, reason=True)
    assert huur["topic_key"] == "huuropbrengst panden"
    duplicate = problem(
        await formation.post(
            f"/partners/{y['id']}/interests", {"topic": " huuropbrengst  Panden", "weight": 3}
        ),
        409,
    )
    assert duplicate["errors"][0]["field"] == "body.topic"
    domain = (await formation.get("/domain", user=formation.member)).json()
    assert [p["name"] for p in domain["partners"]] == ["X", "Y", "Z"]
    topics = {t["key"]: t for t in domain["topics"]}
    assert topics["levendige binnenstad"]["sharing"] == "all"
    assert topics["levendige binnenstad"]["label"] == "Levendige binnenstad"
    assert topics["levendige binnenstad"]["total_weight"] == 9
    summary = domain["summary"]
    assert summary["shared_by_all"] == ["levendige binnenstad"]
    assert set(summary["single_partner"]) == {
        "veilige schoolroutes",
        "parkeren",
        "huuropbrengst panden",
    }
    # A one-partner topic that is its holder's reason to join is a legitimate reason.
    assert {r["partner_name"]: r["topics"] for r in summary["reasons_to_join"]} == {
        "X": ["veilige schoolroutes"],
        "Y": ["huuropbrengst panden"],
    }
    assert topics["huuropbrengst panden"]["legitimate_reason_to_join"] is True
    assert topics["parkeren"]["legitimate_reason_to_join"] is False
    assert summary["without_interests"] == [z["id"]]
    # Nothing decided yet: every candidate is undecided.
    assert summary["undecided"] == [t["key"] for t in domain["topics"]]
    assert summary["in_domain"] == summary["not_in_domain"] == []
    assert topics["parkeren"]["decision"] == "undecided"
    assert topics["parkeren"]["decided_by_name"] is None
    # Z shares the school routes: X's reason to join is no longer X's alone.
    await add(z, "Veilige Schoolroutes", 3)
    summary = (await formation.get("/domain")).json()["summary"]
    assert summary["shared_by_several"] == ["levendige binnenstad", "veilige schoolroutes"]
    assert [r["partner_name"] for r in summary["reasons_to_join"]] == ["Y"]

    patched = await formation.patch(
        f"/interests/{huur['id']}", {"weight": 2, "reason_to_join": False}
    )
    assert patched.json()["weight"] == 2
    assert (await formation.get("/domain")).json()["summary"]["reasons_to_join"] == []
    body = problem(await formation.patch(f"/interests/{huur['id']}", {"topic": "Parkeren"}), 409)
    assert body["errors"][0]["code"] == "duplicate"
    body = problem(await formation.patch(f"/interests/{huur['id']}", {"weight": None}), 422)
    assert body["errors"][0]["field"] == "body.weight"
    listed = (await formation.get("/interests", partner_id=y["id"])).json()["items"]
    assert len(listed) == 3
    deleted = await formation.client.delete(
        f"{formation.base}/interests/{huur['id']}", headers=formation.coordinator.headers
    )
    assert deleted.status_code == 204


async def test_the_coalition_decides_which_topics_are_its_domain(
    formation: Formation, problem: ProblemCheck
) -> None:
    x, y, _ = formation.partners
    for partner, topic, reason in (
        (x, "Levendige binnenstad", False),
        (y, "Levendige binnenstad", False),
        (y, "Parkeren", False),
        (y, "Huuropbrengst panden", True),
    ):
        response = await formation.post(
            f"/partners/{partner['id']}/interests",
            {"topic": topic, "weight": 3, "reason_to_join": reason},
        )
        assert response.status_code == 201, response.text

    async def decide(topic: str, decision: str, reason: str = "") -> Any:
        response = await formation.put(
            "/domain/decisions", {"topic": topic, "decision": decision, "reason": reason}
        )
        assert response.status_code == 200, response.text
        return response.json()

    # Any spelling of a candidate topic.
    shared = await decide("levendige  BINNENSTAD", "in_domain")
    assert (shared["topic_key"], shared["decision"], shared["reason"]) == (
        "levendige binnenstad",
        "in_domain",
        "",
    )
    assert shared["decided_by_name"] == "Anne Coördinator"
    # The property owners' reason to join belongs in the domain; parking is left out, and why.
    await decide("Huuropbrengst panden", "in_domain", "De reden van Y om mee te doen.")
    out = await decide("Parkeren", "not_in_domain", "  Hoort bij het mobiliteitsbeleid.  ")
    assert out["reason"] == "Hoort bij het mobiliteitsbeleid."

    # Every member organisation reads the domain: it is the coalition's common work.
    domain = (await formation.get("/domain", user=formation.member)).json()
    summary = domain["summary"]
    assert summary["in_domain"] == ["levendige binnenstad", "huuropbrengst panden"]
    assert summary["not_in_domain"] == ["parkeren"]
    assert summary["undecided"] == []
    topics = {t["key"]: t for t in domain["topics"]}
    assert topics["parkeren"]["decision"] == "not_in_domain"
    assert topics["parkeren"]["decision_reason"] == "Hoort bij het mobiliteitsbeleid."
    assert topics["parkeren"]["decided_by_name"] == "Anne Coördinator"
    assert topics["parkeren"]["decided_at"] == out["decided_at"]
    assert topics["huuropbrengst panden"]["legitimate_reason_to_join"] is True

    # Back on the table: undecided again, with who and when.
    reopened = await decide("parkeren", "undecided", "Na de verkenningsbijeenkomst opnieuw.")
    assert reopened["decision"] == "undecided"
    summary = (await formation.get("/domain")).json()["summary"]
    assert summary["undecided"] == ["parkeren"]

    # A topic nobody holds is no candidate; leaving one out needs a reason; only coordinators.
    body = problem(
        await formation.put("/domain/decisions", {"topic": "Groen", "decision": "in_domain"}),
        422,
    )
    assert (body["errors"][0]["field"], body["errors"][0]["code"]) == (
        "body.topic",
        "unknown_topic",
    )
    body = problem(
        await formation.put(
            "/domain/decisions", {"topic": "Parkeren", "decision": "not_in_domain", "reason": " "}
        ),
        422,
    )
    assert (body["errors"][0]["field"], body["errors"][0]["code"]) == ("body.reason", "missing")
    body = problem(
        await formation.put("/domain/decisions", {"topic": "Parkeren", "decision": "maybe"}),
        422,
    )
    assert body["errors"][0]["field"] == "body.decision"
    body = problem(
        await formation.put("/domain/decisions", {"topic": "  ", "decision": "in_domain"}), 422
    )
    assert body["errors"][0]["field"] == "body.topic"
    problem(
        await formation.put(
            "/domain/decisions",
            {"topic": "Parkeren", "decision": "in_domain"},
            user=formation.member,
        ),
        403,
    )

    # The decision is about the topic, whoever holds it: it stays when the last holder drops
    # the topic and applies again when a partner names it again.
    interests = (await formation.get("/interests", partner_id=y["id"])).json()["items"]
    huur = next(i for i in interests if i["topic_key"] == "huuropbrengst panden")
    await formation.client.delete(
        f"{formation.base}/interests/{huur['id']}", headers=formation.coordinator.headers
    )
    summary = (await formation.get("/domain")).json()["summary"]
    assert summary["in_domain"] == ["levendige binnenstad"]
    await formation.post(
        f"/partners/{x['id']}/interests", {"topic": "huuropbrengst  panden", "weight": 2}
    )
    summary = (await formation.get("/domain")).json()["summary"]
    assert summary["in_domain"] == ["levendige binnenstad", "huuropbrengst panden"]


async def test_domain_decisions_stay_in_their_coalition(
    formation: Formation, client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    other = await build_formation(client, api)
    await other.post(
        f"/partners/{other.partners[0]['id']}/interests", {"topic": "Parkeren", "weight": 2}
    )
    # Parking is a candidate there, not here.
    body = problem(
        await formation.put("/domain/decisions", {"topic": "Parkeren", "decision": "in_domain"}),
        422,
    )
    assert body["errors"][0]["code"] == "unknown_topic"
    decided = await other.put(
        "/domain/decisions", {"topic": "Parkeren", "decision": "not_in_domain", "reason": "x"}
    )
    assert decided.status_code == 200, decided.text
    # Someone who is no member of the other coalition does not find it.
    problem(
        await other.put(
            "/domain/decisions",
            {"topic": "Parkeren", "decision": "in_domain"},
            user=formation.coordinator,
        ),
        404,
    )


async def test_interest_validation(formation: Formation, problem: ProblemCheck) -> None:
    url = f"/partners/{formation.partners[0]['id']}/interests"
    body = problem(await formation.post(url, {"topic": "Groen", "weight": 6}), 422)
    assert body["errors"][0]["field"] == "body.weight"
    body = problem(await formation.post(url, {"topic": "   ", "weight": 3}), 422)
    assert body["errors"][0]["field"] == "body.topic"
    body = problem(await formation.post(url, {"weight": 3}), 422)
    assert body["errors"][0]["field"] == "body.topic"
    problem(await formation.post(url, {"topic": "Groen", "weight": 3}, user=formation.member), 403)


async def test_own_plan_reads_the_partner_matrix(
    formation: Formation, problem: ProblemCheck
) -> None:
    x, y, _ = formation.partners
    assessed = await formation.post(
        f"/partners/{x['id']}/assessments",
        {"influence": 4, "dependency": 8, "rationale": "Schoolbestuur"},
    )
    assert assessed.status_code == 201, assessed.text
    await formation.post(
        f"/partners/{x['id']}/interests",
        {"topic": "Schoolroutes", "weight": 4, "reason_to_join": True},
    )
    plan = await formation.put(
        f"/partners/{x['id']}/own-plan",
        {"role": "Trekker jongeren", "execution_power": "extra_means", "notes": "Met subsidie."},
    )
    assert plan.status_code == 200, plan.text
    body = plan.json()
    assert body["position"]["influence"] == 4
    assert body["position"]["dependency"] == 8
    assert body["interests"] == {
        "topics": 1,
        "total_weight": 4,
        "reasons_to_join": ["Schoolroutes"],
    }
    draft = await formation.put("/own-plan/draft", {"text": "Stuurgroep van bestuurders."})
    assert draft.json()["updated_by_name"] == "Anne Coördinator"
    # A new assessment shows at once: the plan reads the matrix, it keeps no copy.
    await formation.post(
        f"/partners/{x['id']}/assessments",
        {"influence": 6, "dependency": 8, "rationale": "Na het gesprek"},
    )
    whole = (await formation.get("/own-plan")).json()
    assert whole["draft"]["text"] == "Stuurgroep van bestuurders."
    by_name = {p["partner_name"]: p for p in whole["partners"]}
    assert by_name["X"]["position"]["influence"] == 6
    assert by_name["X"]["position"]["disagreement"] is False
    assert by_name["X"]["role"] == "Trekker jongeren"
    assert by_name["X"]["execution_power"] == "extra_means"
    assert by_name["Y"]["position"] is None
    assert by_name["Y"]["execution_power"] is None
    body = problem(
        await formation.put(f"/partners/{y['id']}/own-plan", {"execution_power": "lots"}), 422
    )
    assert body["errors"][0]["field"] == "body.execution_power"
    # The own plan is the core team's preparation.
    problem(await formation.get("/own-plan", user=formation.member), 404)
    problem(await formation.put("/own-plan/draft", {"text": "x"}, user=formation.member), 404)


async def test_a_shared_own_plan_shows_what_else_is_shared(formation: Formation) -> None:
    x = formation.partners[0]
    await formation.post(f"/partners/{x['id']}/assessments", {"influence": 4, "dependency": 8})
    await formation.put(f"/partners/{x['id']}/own-plan", {"role": "Trekker jongeren"})

    async def share(piece: str) -> None:
        response = await formation.put(f"/visibility/{piece}", {"shared": True})
        assert response.status_code == 200, response.text

    async def member_reads_x() -> dict[str, Any]:
        response = await formation.get("/own-plan", user=formation.member)
        assert response.status_code == 200, response.text
        found: dict[str, Any] = next(
            p for p in response.json()["partners"] if p["partner_id"] == x["id"]
        )
        return found

    # The plan without the matrix: the roles, not where the partners stand.
    await share("own_plan")
    read = await member_reads_x()
    assert (read["role"], read["position"]) == ("Trekker jongeren", None)
    # With the matrix the position shows, but not whether the assessors disagree.
    await share("partner_positions")
    position = (await member_reads_x())["position"]
    assert (position["influence"], position["disagreement"]) == (4, None)
    await share("assessment_rationales")
    assert (await member_reads_x())["position"]["disagreement"] is False


async def test_a_partner_reads_only_the_conversations_held_with_itself(
    formation: Formation, problem: ProblemCheck
) -> None:
    x = formation.partners[0]
    school = (
        await formation.post("/partners", {"organisation_id": formation.member_organisation_id})
    ).json()
    own = (
        await formation.post(
            f"/partners/{school['id']}/conversations", {"held_on": "2026-10-01", **ANSWERS}
        )
    ).json()
    about_x = (
        await formation.post(
            f"/partners/{x['id']}/conversations",
            {"held_on": "2026-10-02", "worries": "Over de school gesproken."},
        )
    ).json()
    member = formation.member
    listed = (await formation.get("/conversations", user=member)).json()["items"]
    assert [c["id"] for c in listed] == [own["id"]]
    assert (await formation.get("/conversations", user=member, partner_id=x["id"])).json()[
        "items"
    ] == []
    summary = (await formation.get("/conversations/summary", user=member)).json()
    assert [p["partner_id"] for p in summary["partners"]] == [school["id"]]
    answers = [a for q in summary["questions"] for a in q["answers"]]
    assert {a["conversation_id"] for a in answers} == {own["id"]}
    assert (await formation.get(f"/conversations/{own['id']}", user=member)).json() == own
    problem(await formation.get(f"/conversations/{about_x['id']}", user=member), 404)
    # Its own answers are its to read; recording them stays the core team's.
    problem(
        await formation.patch(f"/conversations/{own['id']}", {"worries": "x"}, user=member), 404
    )
    deleted = await formation.client.delete(
        f"{formation.base}/conversations/{own['id']}", headers=member.headers
    )
    problem(deleted, 404)

    shared = await formation.put("/visibility/conversations", {"shared": True})
    assert shared.status_code == 200, shared.text
    listed = (await formation.get("/conversations", user=member)).json()["items"]
    assert [c["id"] for c in listed] == [own["id"], about_x["id"]]
    summary = (await formation.get("/conversations/summary", user=member)).json()
    assert len(summary["partners"]) == 4
    assert (await formation.get(f"/conversations/{about_x['id']}", user=member)).status_code == 200
    problem(
        await formation.patch(f"/conversations/{about_x['id']}", {"worries": "x"}, user=member),
        403,
    )


async def test_lists_and_summaries_in_a_fixed_number_of_statements(
    formation: Formation, count_statements: StatementCounter
) -> None:
    async def fill(partner: dict[str, Any], index: int) -> None:
        await formation.post(
            f"/partners/{partner['id']}/conversations", {"held_on": "2026-10-01", **ANSWERS}
        )
        await formation.post(
            f"/partners/{partner['id']}/interests", {"topic": f"Onderwerp {index}", "weight": 3}
        )
        await formation.post(
            f"/partners/{partner['id']}/interests", {"topic": "Gedeeld", "weight": 2}
        )
        await formation.put(f"/partners/{partner['id']}/own-plan", {"role": "r"})
        await formation.post(
            f"/partners/{partner['id']}/assessments", {"influence": 5, "dependency": 5}
        )

    paths = ("/conversations", "/conversations/summary", "/interests", "/domain", "/own-plan")
    await fill(formation.partners[0], 0)
    before = {}
    for path in paths:
        count_statements.reset()
        assert (await formation.get(path)).status_code == 200
        before[path] = count_statements.count
    for index in range(1, 6):
        partner = (await formation.post("/partners", {"name": f"P{index}"})).json()
        await fill(partner, index)
    for path in paths:
        count_statements.reset()
        assert (await formation.get(path)).status_code == 200
        assert count_statements.count == before[path], path
