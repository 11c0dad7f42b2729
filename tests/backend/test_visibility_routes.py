"""Who sees what in a coalition (backend/vitaal/visibility.py), for every coalition endpoint.

``EXPECTATIONS`` says, for every route under ``/api/v1/coalitions/{coalition_id}`` and for the
stakeholder timeline (which shows assessments), what it serves: a piece of the coalition's
work, answered as a whole (404 to whoever does not see it), or a mixed answer, shared with
every member organisation but without what the caller does not see (null fields, fewer
items). A route without an expectation fails the first test, so a new endpoint gets one when
it is written.

The other tests run on the demo data with three callers: the coordinator (the core team), the
school board (a partner outside the core team) and a fresh organisation that joined as an
observer. The ids come from the API (route_ids.py). Every read is checked in each of the
``PHASES`` of sharing: the status the model gives each caller, and for a mixed answer the core
team's answer with exactly the hidden parts taken out. A change to the preparation answers 404
to the partner and the observer, and 403 once they see it but it is not theirs to change.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from route_ids import Finder
from situations import Api, Demo, User

from vitaal import visibility
from vitaal.demo.seed import DEMO_PARTNER_EMAIL, DEMO_PARTNER_PASSWORD
from vitaal.visibility import PREPARATION, WorkPiece

C = "/api/v1/coalitions/{coalition_id}"
TIMELINE = "/api/v1/organisations/{organisation_id}/stakeholders/{stakeholder_id}/timeline"


class Audience(StrEnum):
    members = "members"  # every member organisation, as far as it sees the piece
    coordinators = "coordinators"  # the coordinators' administration: 403 for the others
    core_team = "core_team"  # never shared: 404 for anyone outside the core team


class Mixed(StrEnum):
    """Answers that leave out what the caller does not see; ``REDACTIONS`` has each rule."""

    partners = "partners"  # the targets
    partner_matrix = "partner_matrix"  # the assessors' spread, the targets, the strategies
    partner_strategy = "partner_strategy"  # the matrix's suggestion, its movement
    own_plan = "own_plan"  # the matrix positions and whether the assessors disagree
    conversations = "conversations"  # those held with other organisations
    conversation = "conversation"  # one held with another organisation: 404
    stakeholder_timeline = "stakeholder_timeline"  # assessments from where it is not seen


@dataclass(frozen=True)
class Expect:
    piece: WorkPiece | None = None  # answered as a whole: 404 to whoever does not see it
    mixed: Mixed | None = None
    audience: Audience = Audience.members


def whole(piece: WorkPiece) -> Expect:
    return Expect(piece=piece)


# The coalition itself, its members and what it shares: no piece of its work.
COALITION = Expect()
COORDINATORS = Expect(audience=Audience.coordinators)
W = WorkPiece

EXPECTATIONS: dict[tuple[str, str], Expect] = {
    ("GET", C): COALITION,
    ("PATCH", C): COALITION,
    ("GET", f"{C}/members"): COALITION,
    ("PATCH", f"{C}/members/{{organisation_id}}"): COALITION,
    ("DELETE", f"{C}/members/{{organisation_id}}"): COALITION,
    ("POST", f"{C}/invitations"): COORDINATORS,
    ("GET", f"{C}/invitations"): COORDINATORS,
    ("DELETE", f"{C}/invitations/{{invitation_id}}"): COORDINATORS,
    ("GET", f"{C}/visibility"): COALITION,
    ("PUT", f"{C}/visibility/{{piece}}"): COORDINATORS,
    ("GET", f"{C}/visibility/changes"): Expect(audience=Audience.core_team),
    # Partners: the list is shared (meetings, the plan and agreements name them).
    ("GET", f"{C}/partners"): Expect(mixed=Mixed.partners),
    ("POST", f"{C}/partners"): Expect(mixed=Mixed.partners),
    ("GET", f"{C}/partners/{{partner_id}}"): Expect(mixed=Mixed.partners),
    ("PATCH", f"{C}/partners/{{partner_id}}"): Expect(mixed=Mixed.partners),
    ("DELETE", f"{C}/partners/{{partner_id}}"): Expect(mixed=Mixed.partners),
    ("GET", f"{C}/partner-matrix"): Expect(W.partner_positions, Mixed.partner_matrix),
    ("GET", f"{C}/ambition-line"): whole(W.partner_positions),
    ("PUT", f"{C}/ambition-line"): whole(W.partner_positions),
    ("GET", f"{C}/ambition-line/history"): whole(W.partner_positions),
    ("GET", f"{C}/partners/{{partner_id}}/assessments"): whole(W.assessment_rationales),
    ("POST", f"{C}/partners/{{partner_id}}/assessments"): whole(W.assessment_rationales),
    ("GET", f"{C}/partners/{{partner_id}}/strategy"): Expect(
        W.partner_strategies, Mixed.partner_strategy
    ),
    ("PUT", f"{C}/partners/{{partner_id}}/strategy"): whole(W.partner_strategies),
    ("GET", f"{C}/strategy-reviews"): whole(W.partner_strategies),
    # Formation: conversations (step 1), interests and the domain (step 2), own plan (step 3).
    ("POST", f"{C}/partners/{{partner_id}}/conversations"): whole(W.conversations),
    ("GET", f"{C}/conversations"): Expect(mixed=Mixed.conversations),
    ("GET", f"{C}/conversations/summary"): Expect(mixed=Mixed.conversations),
    ("GET", f"{C}/conversations/{{conversation_id}}"): Expect(mixed=Mixed.conversation),
    ("PATCH", f"{C}/conversations/{{conversation_id}}"): whole(W.conversations),
    ("DELETE", f"{C}/conversations/{{conversation_id}}"): whole(W.conversations),
    ("POST", f"{C}/partners/{{partner_id}}/interests"): whole(W.domain),
    ("GET", f"{C}/interests"): whole(W.domain),
    ("PATCH", f"{C}/interests/{{interest_id}}"): whole(W.domain),
    ("DELETE", f"{C}/interests/{{interest_id}}"): whole(W.domain),
    ("GET", f"{C}/domain"): whole(W.domain),
    ("PUT", f"{C}/domain/decisions"): whole(W.domain),
    ("GET", f"{C}/own-plan"): Expect(W.own_plan, Mixed.own_plan),
    ("PUT", f"{C}/own-plan/draft"): whole(W.own_plan),
    ("PUT", f"{C}/partners/{{partner_id}}/own-plan"): whole(W.own_plan),
    # The common work.
    ("GET", f"{C}/journey"): whole(W.journey),
    ("PATCH", f"{C}/journey/steps/{{step}}"): whole(W.journey),
    ("POST", f"{C}/journey/rounds/{{round}}/repeat"): whole(W.journey),
    ("GET", f"{C}/journey/history"): whole(W.journey),
    ("GET", f"{C}/meeting-templates/{{meeting_type}}"): whole(W.meetings),
    ("POST", f"{C}/meetings"): whole(W.meetings),
    ("GET", f"{C}/meetings"): whole(W.meetings),
    ("GET", f"{C}/meetings/{{meeting_id}}"): whole(W.meetings),
    ("PATCH", f"{C}/meetings/{{meeting_id}}"): whole(W.meetings),
    ("DELETE", f"{C}/meetings/{{meeting_id}}"): whole(W.meetings),
    ("POST", f"{C}/meetings/{{meeting_id}}/invitees"): whole(W.meetings),
    ("PATCH", f"{C}/meetings/{{meeting_id}}/invitees/{{invitee_id}}"): whole(W.meetings),
    ("DELETE", f"{C}/meetings/{{meeting_id}}/invitees/{{invitee_id}}"): whole(W.meetings),
    ("POST", f"{C}/meetings/{{meeting_id}}/documents"): whole(W.meetings),
    ("DELETE", f"{C}/meetings/{{meeting_id}}/documents/{{document_id}}"): whole(W.meetings),
    ("POST", f"{C}/meetings/{{meeting_id}}/agenda"): whole(W.meetings),
    ("PUT", f"{C}/meetings/{{meeting_id}}/agenda/order"): whole(W.meetings),
    ("PATCH", f"{C}/meetings/{{meeting_id}}/agenda/{{item_id}}"): whole(W.meetings),
    ("DELETE", f"{C}/meetings/{{meeting_id}}/agenda/{{item_id}}"): whole(W.meetings),
    ("POST", f"{C}/meetings/{{meeting_id}}/outcomes"): whole(W.meetings),
    ("PATCH", f"{C}/meetings/{{meeting_id}}/outcomes/{{outcome_id}}"): whole(W.meetings),
    ("DELETE", f"{C}/meetings/{{meeting_id}}/outcomes/{{outcome_id}}"): whole(W.meetings),
    ("POST", f"{C}/meetings/{{meeting_id}}/commitments"): whole(W.meetings),
    ("GET", f"{C}/commitments"): whole(W.meetings),
    ("GET", f"{C}/commitments/history"): whole(W.meetings),
    ("GET", f"{C}/agreements"): whole(W.agreements),
    ("POST", f"{C}/agreements"): whole(W.agreements),
    ("POST", f"{C}/agreements/preview"): whole(W.agreements),
    ("GET", f"{C}/agreements/{{agreement_id}}"): whole(W.agreements),
    ("PATCH", f"{C}/agreements/{{agreement_id}}"): whole(W.agreements),
    ("POST", f"{C}/agreements/{{agreement_id}}/versions"): whole(W.agreements),
    ("GET", f"{C}/agreements/{{agreement_id}}/versions"): whole(W.agreements),
    ("GET", f"{C}/agreements/{{agreement_id}}/versions/{{number}}"): whole(W.agreements),
    ("GET", f"{C}/agreements/{{agreement_id}}/diff"): whole(W.agreements),
    ("POST", f"{C}/agreements/{{agreement_id}}/send-for-signature"): whole(W.agreements),
    ("POST", f"{C}/agreements/{{agreement_id}}/sign-offs"): whole(W.agreements),
    ("POST", f"{C}/agreements/{{agreement_id}}/options"): whole(W.agreements),
    ("PATCH", f"{C}/agreements/{{agreement_id}}/options/{{option_id}}"): whole(W.agreements),
    ("DELETE", f"{C}/agreements/{{agreement_id}}/options/{{option_id}}"): whole(W.agreements),
    ("PUT", f"{C}/agreements/{{agreement_id}}/choices/{{kind}}"): whole(W.agreements),
    ("GET", f"{C}/agreements/{{agreement_id}}/export"): whole(W.agreements),
    ("GET", f"{C}/founding"): whole(W.agreements),
    ("POST", f"{C}/founding"): whole(W.agreements),
    ("GET", f"{C}/working-structures"): whole(W.plan),
    ("POST", f"{C}/working-structures"): whole(W.plan),
    ("GET", f"{C}/working-structures/{{structure_id}}"): whole(W.plan),
    ("PATCH", f"{C}/working-structures/{{structure_id}}"): whole(W.plan),
    ("DELETE", f"{C}/working-structures/{{structure_id}}"): whole(W.plan),
    ("POST", f"{C}/working-structures/{{structure_id}}/members"): whole(W.plan),
    ("DELETE", f"{C}/working-structures/{{structure_id}}/members/{{member_id}}"): whole(W.plan),
    ("GET", f"{C}/plan/actions"): whole(W.plan),
    ("POST", f"{C}/plan/actions"): whole(W.plan),
    ("GET", f"{C}/plan/actions/{{action_id}}"): whole(W.plan),
    ("PATCH", f"{C}/plan/actions/{{action_id}}"): whole(W.plan),
    ("DELETE", f"{C}/plan/actions/{{action_id}}"): whole(W.plan),
    ("GET", f"{C}/plan/coverage"): whole(W.plan),
    ("GET", TIMELINE): Expect(mixed=Mixed.stakeholder_timeline),
}

# Query parameters a read cannot do without.
QUERIES: dict[str, dict[str, Any]] = {
    f"{C}/agreements/{{agreement_id}}/diff": {"from": 1, "to": 2},
}

# What is shared, step by step: nothing; the own plan and the strategies without the matrix
# they draw on; the matrix positions too, without the rationales and targets (the issue's
# example); everything.
PHASES: list[frozenset[WorkPiece]] = [
    frozenset(),
    frozenset({W.own_plan, W.partner_strategies}),
    frozenset({W.own_plan, W.partner_strategies, W.partner_positions}),
    PREPARATION,
]


@dataclass(frozen=True)
class View:
    """What one caller sees, as the model says."""

    in_core_team: bool
    coordinates: bool  # acts for a coordinating organisation (as its admin)
    shared: frozenset[WorkPiece]
    own_partner_ids: frozenset[str]  # the coalition's partners that stand for its organisation

    def sees(self, piece: WorkPiece) -> bool:
        return visibility.sees(piece, in_core_team=self.in_core_team, shared=self.shared)


# --- the redactions: the core team's answer as someone who sees less must get it ------------


def _partner(partner: dict[str, Any], view: View) -> None:
    if not view.sees(WorkPiece.target_positions):
        partner["target"] = None


def _partners(body: Any, view: View) -> Any:
    for partner in body.get("items", [body]):
        _partner(partner, view)
    return body


def _partner_matrix(body: Any, view: View) -> Any:
    for entry in body["partners"]:
        _partner(entry["partner"], view)
        if entry["outcome"] and not view.sees(WorkPiece.target_positions):
            entry["outcome"]["movement"] = None
        if entry["position"] and not view.sees(WorkPiece.assessment_rationales):
            entry["position"].update(influence_range=None, dependency_range=None, disagreement=None)
        if not view.sees(WorkPiece.partner_strategies):
            entry["chosen_strategy"] = None
    return body


def _partner_strategy(body: Any, view: View) -> Any:
    if not view.sees(WorkPiece.partner_positions):
        body.update(suggested_strategy=None, suggestion=None, differs_from_suggestion=False)
        for change in body["history"]:
            change["suggested"] = None
    elif body["suggestion"] and not view.sees(WorkPiece.target_positions):
        body["suggestion"]["movement"] = None
    # A warning names only the causes the caller sees: the suggestion needs the matrix, a
    # target the targets too.
    hidden: set[str] = set()
    if not view.sees(WorkPiece.partner_positions):
        hidden |= {"suggested", "target"}
    elif not view.sees(WorkPiece.target_positions):
        hidden.add("target")
    for warning in body["warnings"]:
        warning["left_by"] = [c for c in warning["left_by"] if c not in hidden]
        warning["secure_by"] = [c for c in warning["secure_by"] if c not in hidden]
    body["warnings"] = [w for w in body["warnings"] if w["left_by"] and w["secure_by"]]
    return body


def _own_plan(body: Any, view: View) -> Any:
    for partner in body["partners"]:
        if not view.sees(WorkPiece.partner_positions):
            partner["position"] = None
        elif partner["position"] and not view.sees(WorkPiece.assessment_rationales):
            partner["position"]["disagreement"] = None
    return body


def _conversations(body: Any, view: View) -> Any:
    if view.sees(WorkPiece.conversations):
        return body
    own = view.own_partner_ids
    if "items" in body:
        body["items"] = [c for c in body["items"] if c["partner_id"] in own]
        return body
    for question in body["questions"]:
        question["answers"] = [a for a in question["answers"] if a["partner_id"] in own]
    body["partners"] = [p for p in body["partners"] if p["partner_id"] in own]
    return body


def _conversation(body: Any, view: View) -> Any:
    """None: this conversation must answer 404."""
    seen = view.sees(WorkPiece.conversations) or body["partner_id"] in view.own_partner_ids
    return body if seen else None


REDACTIONS: dict[Mixed, Callable[[Any, View], Any]] = {
    Mixed.partners: _partners,
    Mixed.partner_matrix: _partner_matrix,
    Mixed.partner_strategy: _partner_strategy,
    Mixed.own_plan: _own_plan,
    Mixed.conversations: _conversations,
    Mixed.conversation: _conversation,
}


def _expected_status(expect: Expect, view: View) -> int:
    if expect.audience is Audience.core_team:
        return 200 if view.in_core_team else 404
    if expect.piece is not None and not view.sees(expect.piece):
        return 404
    if expect.audience is Audience.coordinators and not view.coordinates:
        return 403
    return 200


# --- the situation -----------------------------------------------------------------------------


@dataclass
class Caller:
    name: str
    user: User
    in_core_team: bool
    organisation_id: str


@dataclass
class Situation:
    demo: Demo
    callers: list[Caller]
    finder: Finder

    def view(self, caller: Caller, shared: frozenset[WorkPiece], partners: list[Any]) -> View:
        own = frozenset(
            p["id"] for p in partners if p["member_organisation_id"] == caller.organisation_id
        )
        # The core team's caller is the coordinator.
        return View(caller.in_core_team, caller.in_core_team, shared, own)


def _routes(app: FastAPI) -> Iterator[tuple[str, str]]:
    for context in iter_route_contexts(app.routes):
        path = str(context.path)
        if (
            isinstance(context.original_route, APIRoute)
            and context.original_route.include_in_schema
            and (path in (C, TIMELINE) or path.startswith(f"{C}/"))
        ):
            for method in sorted(context.methods or ()):
                yield method, path


def _enum_parameters(app: FastAPI) -> dict[str, list[str]]:
    """Path parameters that name no object but one of a fixed set (a meeting type)."""
    document = app.openapi()
    schemas = document["components"]["schemas"]
    known: dict[str, list[str]] = {}
    for operations in document["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                schema = schemas[schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema
                if parameter["in"] == "path" and "enum" in schema:
                    known[parameter["name"]] = [str(value) for value in schema["enum"]]
    return known


async def _coalition_member(client: httpx.AsyncClient, demo: Demo, user: User) -> dict[str, Any]:
    response = await client.get(demo.coalition_url(), headers=user.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
async def situation(app: FastAPI, client: httpx.AsyncClient, api: Api, demo: Demo) -> Situation:
    partner = await api.existing_user(DEMO_PARTNER_EMAIL, DEMO_PARTNER_PASSWORD)
    observer = await api.user(name="Olga Observer")
    observer_org = await api.organisation(observer, name="Provincie Rivierland", kind="province")
    await api.join_coalition(
        demo.user, demo.coalition_id, observer, observer_org["id"], role="observer"
    )
    callers = []
    for name, user, in_core_team in (
        ("core team", demo.user, True),
        ("partner", partner, False),
        ("observer", observer, False),
    ):
        read = await _coalition_member(client, demo, user)
        assert read["in_core_team"] is in_core_team, name
        callers.append(Caller(name, user, in_core_team, read["my_organisation_id"]))
    return Situation(demo, callers, Finder(client, demo.headers, _enum_parameters(app)))


async def _share(client: httpx.AsyncClient, demo: Demo, pieces: frozenset[WorkPiece]) -> None:
    for piece in sorted(pieces):
        response = await client.put(
            demo.coalition_url(f"/visibility/{piece}"),
            json={"shared": True},
            headers=demo.headers,
        )
        assert response.status_code == 200, response.text


# --- the tests ---------------------------------------------------------------------------------


def test_every_coalition_route_has_an_expectation(app: FastAPI) -> None:
    routes = set(_routes(app))
    missing = sorted(routes - EXPECTATIONS.keys())
    assert not missing, f"Coalition routes without a visibility expectation: {missing}"
    assert not sorted(EXPECTATIONS.keys() - routes), "Expectations for routes that are gone"


async def test_reads_answer_as_the_model_says(
    app: FastAPI, client: httpx.AsyncClient, situation: Situation
) -> None:
    demo, finder = situation.demo, situation.finder
    reads = [
        (path, expect)
        for (method, path), expect in EXPECTATIONS.items()
        if method == "GET" and path != TIMELINE
    ]
    urls = {path: [url async for url in finder.urls(path)] for path, _ in reads}
    assert not [path for path, found in urls.items() if not found], "reads without demo ids"
    # Every redaction must take something out of the demo's answers at least once, or the
    # check proves nothing.
    redacted: set[Mixed] = set()
    wrong: list[str] = []
    for shared in PHASES:
        await _share(client, demo, shared)
        partners = (await client.get(demo.coalition_url("/partners"), headers=demo.headers)).json()
        for path, expect in reads:
            for url in urls[path]:
                params = QUERIES.get(path, {})
                full = await client.get(url, params=params, headers=demo.headers)
                assert full.status_code == 200, f"{url}: {full.text}"
                for caller in situation.callers:
                    view = situation.view(caller, shared, partners["items"])
                    status = _expected_status(expect, view)
                    expected = None
                    if expect.mixed is not None and status == 200:
                        expected = REDACTIONS[expect.mixed](copy.deepcopy(full.json()), view)
                        if expected != full.json():
                            redacted.add(expect.mixed)
                        if expected is None:
                            status = 404
                    response = await client.get(url, params=params, headers=caller.user.headers)
                    shown = f"{sorted(shared)} {caller.name} GET {url}"
                    if response.status_code != status:
                        wrong.append(f"{shown}: {response.status_code}, expected {status}")
                    elif expected is not None and response.json() != expected:
                        wrong.append(f"{shown}: shows what it should not, or hides too much")
    assert not wrong, "\n".join(wrong)
    assert redacted == set(REDACTIONS), (
        f"nothing hidden in the demo by {set(REDACTIONS) - redacted}"
    )


async def test_preparation_changes_look_absent_until_shared(
    client: httpx.AsyncClient, situation: Situation
) -> None:
    demo, finder = situation.demo, situation.finder
    changes = [
        (method, path)
        for (method, path), expect in EXPECTATIONS.items()
        if method != "GET" and expect.piece in PREPARATION
    ]
    urls = {change: [url async for url in finder.urls(change[1])] for change in changes}
    assert not [change for change, found in urls.items() if not found], "changes without ids"
    others = [caller for caller in situation.callers if not caller.in_core_team]
    wrong: list[str] = []
    for shared, status in ((frozenset(), 404), (PREPARATION, 403)):
        await _share(client, demo, shared)
        for (method, _), found in urls.items():
            for url in found:
                for caller in others:
                    headers = caller.user.headers
                    response = await client.request(method, url, json={}, headers=headers)
                    if response.status_code != status:
                        said = f"{response.status_code}, expected {status}"
                        wrong.append(f"{sorted(shared)} {caller.name} {method} {url}: {said}")
    assert not wrong, "\n".join(wrong)


async def test_the_stakeholder_timeline_shows_assessments_where_they_are_seen(
    client: httpx.AsyncClient, api: Api, situation: Situation
) -> None:
    """A timeline is an organisation's. The coordinator also acts for a partner and an
    observer organisation of their own; a stakeholder of each one's register is a partner of the
    demo coalition, assessed by the core team. Each organisation's timeline shows the
    coalition's assessments as that organisation sees them, the municipality's always."""
    demo = situation.demo
    partners = (await client.get(demo.coalition_url("/partners"), headers=demo.headers)).json()
    [welfare] = [p["stakeholder_id"] for p in partners["items"] if p["stakeholder_id"]]
    timelines = [(True, demo.organisation_url(f"/stakeholders/{welfare}/timeline"))]
    for role in ("partner", "observer"):
        organisation_id, stakeholder_id = await api.second_organisation(
            demo.user, demo.coalition_id, role=role, name=f"Stichting {role}"
        )
        partner = await api.partner(demo.user, demo.coalition_id, stakeholder_id=stakeholder_id)
        assessed = await client.post(
            demo.coalition_url(f"/partners/{partner['id']}/assessments"),
            json={"influence": 5, "dependency": 5},
            headers=demo.headers,
        )
        assert assessed.status_code == 201, assessed.text
        url = f"/api/v1/organisations/{organisation_id}/stakeholders/{stakeholder_id}/timeline"
        timelines.append((False, url))
    wrong: list[str] = []
    for shared in PHASES:
        await _share(client, demo, shared)
        for in_core_team, url in timelines:
            view = View(in_core_team, in_core_team, shared, frozenset())
            response = await client.get(url, headers=demo.headers)
            assert response.status_code == 200, response.text
            shown = any(
                entry["kind"] == "assessment" and entry["coalition_id"] == demo.coalition_id
                for entry in response.json()["items"]
            )
            if shown != view.sees(WorkPiece.assessment_rationales):
                wrong.append(f"{sorted(shared)} {url}: assessments shown: {shown}")
    assert not wrong, "\n".join(wrong)
