"""The situations tests start from, built through the public HTTP API as a user would build them.

``Api`` is the one place that signs people up, founds organisations and coalitions, invites
members and registers stakeholders, issues and partners; the fixtures in conftest.py hand it
(and the ready-made situations below) to the tests. Import the types from here to annotate
fixtures: ``from situations import Api, ProblemCheck, User``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from vitaal.demo.seed import DEMO_EMAIL, DEMO_PASSWORD

TEST_SECRET = "test-secret-" + "x" * 40
PASSWORD = "correct horse battery"


@dataclass
class User:
    id: uuid.UUID
    email: str
    name: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


def _created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


@dataclass
class Org:
    """An organisation with its owner and two plain members, and an outsider who owns an
    organisation of their own."""

    client: httpx.AsyncClient
    owner: User
    member: User
    second: User
    outsider: User
    org_id: str
    other_org_id: str

    def url(self, path: str, org_id: str | None = None) -> str:
        return f"/api/v1/organisations/{org_id or self.org_id}{path}"


@dataclass
class Coalitions:
    """Coalition A with a coordinator, a partner organisation's user and two partners (the
    member's organisation and one outside Vitaal); coalition B with a coordinator of its own,
    who must see nothing of A."""

    client: httpx.AsyncClient
    coordinator: User
    member: User
    cid: str
    partner_x: str
    partner_y: str
    outsider: User
    other_cid: str
    other_partner: str

    def url(self, path: str = "") -> str:
        return f"/api/v1/coalitions/{self.cid}{path}"

    async def create(self, path: str, body: dict[str, Any]) -> Any:
        """The coordinator creates something in coalition A (201); returns it."""
        response = await self.client.post(
            self.url(path), json=body, headers=self.coordinator.headers
        )
        assert response.status_code == 201, response.text
        return response.json()


@dataclass
class CoalitionWithPartner:
    """A coalition, the organisation that coordinates it, and a partner organisation that
    joined it, each with the user who acted for it."""

    coordinator: User
    organisation: dict[str, Any]
    coalition: dict[str, Any]
    partner: User
    partner_organisation: dict[str, Any]

    @property
    def coalition_id(self) -> str:
        return str(self.coalition["id"])


@dataclass
class Demo:
    """The demo data (vitaal.demo.seed) with its user logged in: the coordinator of the demo
    coalition and owner of the municipality that founded it."""

    user: User
    coalition_id: str
    organisation_id: str

    @property
    def headers(self) -> dict[str, str]:
        return self.user.headers

    def coalition_url(self, path: str = "") -> str:
        return f"/api/v1/coalitions/{self.coalition_id}{path}"

    def organisation_url(self, path: str = "") -> str:
        return f"/api/v1/organisations/{self.organisation_id}{path}"


class Api:
    """Builds the situation a test needs through the public API, as a user would."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def user(self, name: str = "Test User", email: str | None = None) -> User:
        email = email or f"user-{uuid.uuid4().hex[:10]}@example.org"
        response = await self.client.post(
            "/api/v1/auth/signup", json={"email": email, "password": PASSWORD, "name": name}
        )
        assert response.status_code == 201, response.text
        tokens = await self.login(email)
        return User(
            id=uuid.UUID(response.json()["id"]),
            email=email,
            name=name,
            access_token=tokens["access_token"],
            refresh_token=tokens["refresh_token"],
        )

    async def login(self, email: str, password: str = PASSWORD) -> dict[str, Any]:
        response = await self.client.post(
            "/api/v1/auth/token", data={"username": email, "password": password}
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def existing_user(self, email: str, password: str) -> User:
        """Log in as a user who is already in the database (e.g. the demo's)."""
        tokens = await self.login(email, password)
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        me = await self.client.get("/api/v1/me", headers=headers)
        assert me.status_code == 200, me.text
        return User(
            id=uuid.UUID(me.json()["id"]),
            email=email,
            name=me.json()["name"],
            access_token=tokens["access_token"],
            refresh_token=tokens["refresh_token"],
        )

    async def organisation(
        self, user: User, name: str = "Gemeente Testdorp", kind: str = "municipality"
    ) -> dict[str, Any]:
        return _created(
            await self.client.post(
                "/api/v1/organisations", json={"name": name, "kind": kind}, headers=user.headers
            )
        )

    async def owner(
        self,
        organisation: str = "Gemeente Rivierstad",
        kind: str = "municipality",
        name: str = "Anouk Jansen",
    ) -> tuple[User, str]:
        """A new user and the organisation they founded (so own): ``(user, organisation id)``."""
        user = await self.user(name=name)
        org = await self.organisation(user, name=organisation, kind=kind)
        return user, str(org["id"])

    async def join_organisation(
        self, inviter: User, organisation_id: str, user: User, role: str = "member"
    ) -> dict[str, Any]:
        """``user`` accepts an invitation to the organisation; returns the invitation."""
        invitation = _created(
            await self.client.post(
                f"/api/v1/organisations/{organisation_id}/invitations",
                json={"email": user.email, "role": role},
                headers=inviter.headers,
            )
        )
        accepted = await self.client.post(
            f"/api/v1/invitations/{invitation['token']}/accept", headers=user.headers
        )
        assert accepted.status_code == 200, accepted.text
        return invitation

    async def coalition(
        self, user: User, organisation_id: str, name: str = "Levendige binnenstad"
    ) -> dict[str, Any]:
        return _created(
            await self.client.post(
                "/api/v1/coalitions",
                json={
                    "name": name,
                    "societal_goal": "Een levendige binnenstad",
                    "description": "Samen aan de slag",
                    "organisation_id": organisation_id,
                },
                headers=user.headers,
            )
        )

    async def join_coalition(
        self,
        coordinator: User,
        coalition_id: str,
        partner: User,
        organisation_id: str,
        role: str = "partner",
    ) -> None:
        invited = await self.client.post(
            f"/api/v1/coalitions/{coalition_id}/invitations",
            json={"role": role},
            headers=coordinator.headers,
        )
        assert invited.status_code == 201, invited.text
        accepted = await self.client.post(
            f"/api/v1/coalition-invitations/{invited.json()['token']}/accept",
            json={"organisation_id": organisation_id},
            headers=partner.headers,
        )
        assert accepted.status_code == 200, accepted.text

    async def stakeholder(
        self, user: User, organisation_id: str, name: str = "Stakeholder", **fields: Any
    ) -> dict[str, Any]:
        """A stakeholder in the organisation's register."""
        return _created(
            await self.client.post(
                f"/api/v1/organisations/{organisation_id}/stakeholders",
                json={"name": name, **fields},
                headers=user.headers,
            )
        )

    async def interaction(
        self, user: User, organisation_id: str, stakeholder_id: str, **fields: Any
    ) -> dict[str, Any]:
        """A contact moment with the stakeholder (a meeting on 20 November unless told)."""
        return _created(
            await self.client.post(
                f"/api/v1/organisations/{organisation_id}/stakeholders/{stakeholder_id}"
                "/interactions",
                json={"occurred_on": "2026-11-20", "type": "meeting", **fields},
                headers=user.headers,
            )
        )

    async def issue(
        self, user: User, organisation_id: str, title: str = "Leegstand", **fields: Any
    ) -> dict[str, Any]:
        """An issue in the organisation's register."""
        return _created(
            await self.client.post(
                f"/api/v1/organisations/{organisation_id}/issues",
                json={"title": title, **fields},
                headers=user.headers,
            )
        )

    async def owner_with_issue(
        self, title: str, organisation: str, kind: str = "municipality"
    ) -> tuple[User, str, str]:
        """An owner, their organisation and an active issue of it: ``(user, organisation id,
        issue URL)``."""
        user, org_id = await self.owner(organisation, kind=kind)
        issue = await self.issue(user, org_id, title=title, status="active")
        return user, org_id, f"/api/v1/organisations/{org_id}/issues/{issue['id']}"

    async def partner(self, user: User, coalition_id: str, **fields: Any) -> dict[str, Any]:
        """A partner of the coalition: a member organisation, a stakeholder or a name."""
        return _created(
            await self.client.post(
                f"/api/v1/coalitions/{coalition_id}/partners", json=fields, headers=user.headers
            )
        )

    async def second_organisation(
        self, user: User, coalition_id: str, role: str = "partner", name: str = "Stichting"
    ) -> tuple[str, str]:
        """``user`` also acts for an organisation of their own that joins the coalition with
        ``role``, with a stakeholder in its register (that a coordinator can link as a
        partner): ``(organisation id, stakeholder id)``."""
        organisation = await self.organisation(user, name=name, kind="charity")
        await self.join_coalition(user, coalition_id, user, organisation["id"], role=role)
        stakeholder = await self.stakeholder(
            user, organisation["id"], name=f"Stakeholder van {name}", type="civil_society"
        )
        return str(organisation["id"]), str(stakeholder["id"])

    async def coalition_with_partner(
        self,
        coordinator: str = "Anne de Vries",
        organisation: str = "Gemeente Rivierstad",
        partner: str = "Fatima Amrani",
        partner_organisation: str = "Scholengroep Binnenstad",
    ) -> CoalitionWithPartner:
        """A municipality founds a coalition and a school board joins it as a partner."""
        coordinating = await self.user(name=coordinator)
        municipality = await self.organisation(coordinating, name=organisation)
        coalition = await self.coalition(coordinating, municipality["id"])
        joining = await self.user(name=partner)
        school = await self.organisation(joining, name=partner_organisation, kind="school")
        await self.join_coalition(coordinating, coalition["id"], joining, school["id"])
        return CoalitionWithPartner(coordinating, municipality, coalition, joining, school)

    async def coordinator(
        self, name: str = "Coordinator", organisation: str = "Gemeente"
    ) -> tuple[User, dict[str, Any], dict[str, Any]]:
        """A user, their organisation and the coalition it coordinates."""
        user = await self.user(name=name)
        org = await self.organisation(user, name=organisation)
        coalition = await self.coalition(user, org["id"])
        return user, org, coalition

    async def org_with_members(self) -> Org:
        owner, org_id = await self.owner(
            "Ondernemersvereniging Binnenstad", kind="trade_association"
        )
        member = await self.user(name="Bram de Vries")
        second = await self.user(name="Chantal Smit")
        for user in (member, second):
            await self.join_organisation(owner, org_id, user)
        outsider = await self.user(name="Olaf Buiten")
        other = await self.organisation(outsider, name="Gemeente Elders")
        return Org(self.client, owner, member, second, outsider, org_id, other["id"])

    async def two_coalitions(self) -> Coalitions:
        a = await self.coalition_with_partner()
        x = await self.partner(
            a.coordinator, a.coalition_id, organisation_id=a.partner_organisation["id"]
        )
        y = await self.partner(a.coordinator, a.coalition_id, name="Welzijn Rivierland")
        outsider = await self.user(name="Buiten Staander")
        other_org = await self.organisation(outsider, name="Gemeente Elders")
        other = await self.coalition(outsider, other_org["id"], name="Andere coalitie")
        other_partner = await self.partner(outsider, other["id"], name="Elders BV")
        return Coalitions(
            client=self.client,
            coordinator=a.coordinator,
            member=a.partner,
            cid=a.coalition_id,
            partner_x=x["id"],
            partner_y=y["id"],
            outsider=outsider,
            other_cid=other["id"],
            other_partner=other_partner["id"],
        )

    async def demo(self) -> Demo:
        """Log in as the demo user; the demo data must be loaded (the ``demo`` fixture)."""
        user = await self.existing_user(DEMO_EMAIL, DEMO_PASSWORD)
        coalitions = await self.client.get("/api/v1/coalitions", headers=user.headers)
        [coalition] = coalitions.json()["items"]
        return Demo(user, coalition["id"], coalition["my_organisation_id"])


class ProblemCheck:
    """The ``problem`` fixture: ``problem(response, 404)`` asserts that the response is an
    RFC 9457 problem with that status and returns its body."""

    def __call__(self, response: httpx.Response, status: int) -> dict[str, Any]:
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        body: dict[str, Any] = response.json()
        assert body["status"] == status
        assert body["type"].startswith("https://vitaal.dev/problems/")
        assert body["title"]
        return body


@dataclass
class StatementCounter:
    """The SQL statements the app ran since the last ``reset()``."""

    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def reset(self) -> None:
        self.statements.clear()

    async def get(self, client: httpx.AsyncClient, url: str, user: User) -> int:
        """How many statements one GET of ``url`` runs (it must answer 200)."""
        self.reset()
        response = await client.get(url, headers=user.headers)
        assert response.status_code == 200, response.text
        return self.count
