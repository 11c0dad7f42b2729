"""The step plan over the API: step states, going back, repeating a round, history."""

from __future__ import annotations

from typing import Any

from situations import ProblemCheck, StatementCounter

from .conftest import Formation


def _step(journey: dict[str, Any], number: int) -> dict[str, Any]:
    return journey["steps"][number - 1]


async def test_a_new_coalition_stands_at_step_one(formation: Formation) -> None:
    response = await formation.get("/journey", user=formation.member)
    assert response.status_code == 200, response.text
    journey = response.json()
    assert [s["number"] for s in journey["steps"]] == list(range(1, 11))
    assert [s["status"] for s in journey["steps"]] == ["not_started"] * 10
    assert journey["position"]["current_step"] == 1
    assert journey["position"]["next_step"] == 2
    assert [r["steps"] for r in journey["rounds"]] == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]
    assert [q["key"] for q in journey["questions"]] == ["zij", "ik", "wij", "het"]
    step_one = _step(journey, 1)
    assert step_one["question"] == "zij"
    assert step_one["title"]["nl"].startswith("Eigen intentie")
    assert step_one["title"]["en"]
    assert all(not item["ticked"] for item in step_one["checklist"])


async def test_start_tick_finish_and_what_comes_next(
    formation: Formation, problem: ProblemCheck
) -> None:
    started = await formation.patch(
        "/journey/steps/1",
        {"status": "in_progress", "checklist": ["conversations_held", "own_intention"]},
    )
    assert started.status_code == 200, started.text
    step = _step(started.json(), 1)
    assert step["status"] == "in_progress"
    assert step["started_on"] is not None
    assert step["done_on"] is None
    assert [i["key"] for i in step["checklist"] if i["ticked"]] == [
        "own_intention",
        "conversations_held",
    ]
    done = await formation.patch(
        "/journey/steps/1", {"status": "done", "notes": "Gesprekken met X, Y en Z gevoerd."}
    )
    journey = done.json()
    assert _step(journey, 1)["done_on"] is not None
    assert _step(journey, 1)["notes"] == "Gesprekken met X, Y en Z gevoerd."
    assert journey["position"]["current_step"] == 2
    assert journey["position"]["next_step"] == 3
    # Only the coordinator writes; members read.
    problem(
        await formation.patch("/journey/steps/2", {"status": "done"}, user=formation.member),
        403,
    )
    bad = problem(await formation.patch("/journey/steps/2", {"checklist": ["nope"]}), 422)
    assert bad["errors"][0]["field"] == "body.checklist.0"
    assert bad["errors"][0]["code"] == "unknown_item"
    problem(await formation.patch("/journey/steps/11", {"status": "done"}), 404)
    problem(await formation.patch("/journey/steps/2", {"status": "finished"}), 422)


async def test_skipping_needs_a_reason(formation: Formation, problem: ProblemCheck) -> None:
    body = problem(await formation.patch("/journey/steps/4", {"status": "skipped"}), 422)
    assert body["errors"][0]["field"] == "body.skip_reason"
    # Nothing was half-written.
    journey = (await formation.get("/journey")).json()
    assert _step(journey, 4)["status"] == "not_started"
    assert (await formation.get("/journey/history")).json()["items"] == []
    skipped = await formation.patch(
        "/journey/steps/4",
        {"status": "skipped", "skip_reason": "De partners werken al jaren samen."},
    )
    step = _step(skipped.json(), 4)
    assert step["status"] == "skipped"
    assert step["skip_reason"] == "De partners werken al jaren samen."
    history = (await formation.get("/journey/history", step=4)).json()["items"]
    assert [(h["from_status"], h["to_status"], h["kind"]) for h in history] == [
        ("not_started", "skipped", "forward")
    ]
    assert history[0]["reason"] == "De partners werken al jaren samen."


async def test_going_back_needs_a_reason_and_is_recorded(
    formation: Formation, problem: ProblemCheck
) -> None:
    for number in (1, 2, 3):
        await formation.patch(f"/journey/steps/{number}", {"status": "done"})
    body = problem(await formation.patch("/journey/steps/2", {"status": "in_progress"}), 422)
    assert body["errors"][0]["field"] == "body.reason"
    reopened = await formation.patch(
        "/journey/steps/2",
        {"status": "in_progress", "reason": "Woonstichting sluit aan: belangen aanvullen."},
    )
    journey = reopened.json()
    assert _step(journey, 2)["status"] == "in_progress"
    assert _step(journey, 2)["done_on"] is None
    assert journey["position"]["current_step"] == 2
    assert journey["position"]["next_step"] == 4
    history = (await formation.get("/journey/history", step=2)).json()["items"]
    assert [(h["kind"], h["from_status"], h["to_status"]) for h in history] == [
        ("forward", "not_started", "done"),
        ("reopened", "done", "in_progress"),
    ]
    assert history[1]["reason"] == "Woonstichting sluit aan: belangen aanvullen."
    assert history[1]["changed_by_name"] == "Anne Coördinator"


async def test_dates(formation: Formation, problem: ProblemCheck) -> None:
    await formation.patch("/journey/steps/1", {"status": "in_progress"})
    body = problem(await formation.patch("/journey/steps/1", {"done_on": "2026-01-01"}), 422)
    assert body["errors"][0]["code"] == "not_finished"
    body = problem(
        await formation.patch(
            "/journey/steps/1",
            {"status": "done", "started_on": "2026-03-01", "done_on": "2026-02-01"},
        ),
        422,
    )
    assert body["errors"][0]["code"] == "before_start"
    ok = await formation.patch(
        "/journey/steps/1", {"status": "done", "started_on": "2026-02-01", "done_on": "2026-03-01"}
    )
    assert _step(ok.json(), 1)["started_on"] == "2026-02-01"
    assert _step(ok.json(), 1)["done_on"] == "2026-03-01"


async def test_repeating_a_round(formation: Formation, problem: ProblemCheck) -> None:
    problem(await formation.post("/journey/rounds/2/repeat", {"reason": "opnieuw"}), 409)
    problem(await formation.post("/journey/rounds/4/repeat", {"reason": "opnieuw"}), 404)
    problem(await formation.post("/journey/rounds/1/repeat", {"reason": ""}), 422)
    for number in (1, 2, 3, 4):
        await formation.patch(
            f"/journey/steps/{number}", {"status": "done", "checklist": [], "notes": f"n{number}"}
        )
    await formation.patch("/journey/steps/5", {"status": "in_progress"})
    problem(
        await formation.post("/journey/rounds/1/repeat", {"reason": "x"}, user=formation.member),
        403,
    )
    repeated = await formation.post(
        "/journey/rounds/1/repeat", {"reason": "Verkenning leverde te weinig commitment op."}
    )
    assert repeated.status_code == 200, repeated.text
    journey = repeated.json()
    assert [s["status"] for s in journey["steps"][:4]] == [
        "in_progress",
        "not_started",
        "not_started",
        "not_started",
    ]
    assert _step(journey, 2)["notes"] == "n2"  # notes stay
    assert journey["rounds"][0]["repeats"] == 1
    assert journey["rounds"][1]["repeats"] == 0
    assert journey["position"]["current_step"] == 1
    history = (await formation.get("/journey/history")).json()["items"]
    repeats = [h for h in history if h["kind"] == "round_repeated"]
    assert sorted(h["step"] for h in repeats) == [1, 2, 3, 4]
    assert {h["reason"] for h in repeats} == {"Verkenning leverde te weinig commitment op."}


async def test_history_pages(formation: Formation) -> None:
    for number in range(1, 6):
        await formation.patch(f"/journey/steps/{number}", {"status": "done"})
    first = (await formation.get("/journey/history", limit=3)).json()
    assert [h["step"] for h in first["items"]] == [1, 2, 3]
    second = (await formation.get("/journey/history", limit=3, cursor=first["next_cursor"])).json()
    assert [h["step"] for h in second["items"]] == [4, 5]
    assert second["next_cursor"] is None


async def test_journey_reads_in_a_fixed_number_of_statements(
    formation: Formation, count_statements: StatementCounter
) -> None:
    count_statements.reset()
    await formation.get("/journey")
    empty = count_statements.count
    for number in range(1, 9):
        await formation.patch(f"/journey/steps/{number}", {"status": "done"})
    await formation.post("/journey/rounds/1/repeat", {"reason": "opnieuw"})
    count_statements.reset()
    await formation.get("/journey")
    assert count_statements.count == empty
    count_statements.reset()
    await formation.get("/journey/history")
    few = count_statements.count
    for number in range(1, 5):
        await formation.patch(f"/journey/steps/{number}", {"status": "done"})
    count_statements.reset()
    await formation.get("/journey/history")
    assert count_statements.count == few
