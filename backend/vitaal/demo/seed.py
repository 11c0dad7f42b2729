"""The demo coalition: the step plan's city-centre example, loaded only into an empty database.

A municipality founds a coalition for a lively city centre with schools, entrepreneurs,
cultural institutions and residents' associations — the example of the vital-coalition seed
text — so a new user sees a realistic portal straight away.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition, CoalitionMember, CoalitionRole, CoalitionStatus
from vitaal.core.config import Settings
from vitaal.core.db import create_engine, create_sessionmaker
from vitaal.core.security import PasswordHasher
from vitaal.organisations.models import (
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationRole,
)

DEMO_EMAIL = "demo@vitaal.example"
DEMO_PASSWORD = "vitaal-demo-2026"  # noqa: S105 - printed on purpose: it is the demo login


@dataclass(frozen=True)
class DemoPartner:
    name: str
    kind: OrganisationKind
    role: CoalitionRole
    contact: str


PARTNERS = (
    DemoPartner(
        "Scholengroep Binnenstad", OrganisationKind.school, CoalitionRole.partner, "Fatima Amrani"
    ),
    DemoPartner(
        "Ondernemersvereniging Centrum",
        OrganisationKind.trade_association,
        CoalitionRole.partner,
        "Joost Verbeek",
    ),
    DemoPartner(
        "Stadstheater & Bibliotheek",
        OrganisationKind.cultural_institution,
        CoalitionRole.partner,
        "Ingrid Smit",
    ),
    DemoPartner(
        "Bewonersvereniging Oude Stad",
        OrganisationKind.residents_association,
        CoalitionRole.partner,
        "Henk Mulder",
    ),
    DemoPartner(
        "Woonstichting De Poort",
        OrganisationKind.housing_corporation,
        CoalitionRole.observer,
        "Sanne de Boer",
    ),
)


async def database_is_empty(session: AsyncSession) -> bool:
    for model in (User, Organisation, Coalition):
        if await session.scalar(select(func.count()).select_from(model)):
            return False
    return True


async def load_demo(session: AsyncSession, hasher: PasswordHasher) -> Coalition:
    demo_user = User(
        email=DEMO_EMAIL, name="Anne de Vries", password_hash=await hasher.hash(DEMO_PASSWORD)
    )
    municipality = Organisation(name="Gemeente Rivierstad", kind=OrganisationKind.municipality)
    session.add_all([demo_user, municipality])
    await session.flush()
    session.add(
        Membership(
            organisation_id=municipality.id, user_id=demo_user.id, role=OrganisationRole.owner
        )
    )
    coalition = Coalition(
        name="Levendige binnenstad",
        societal_goal=(
            "Een aantrekkelijke, veilige en levendige binnenstad waar bewoners graag wonen, "
            "ondernemers willen ondernemen en bezoekers graag terugkomen."
        ),
        description=(
            "De gemeente neemt het initiatief als kwartiermaker. Scholen, ondernemers, culturele "
            "instellingen en bewonersverenigingen verkennen samen wat de binnenstad nodig heeft "
            "en wie wat kan bijdragen."
        ),
        status=CoalitionStatus.forming,
        founding_organisation_id=municipality.id,
    )
    session.add(coalition)
    await session.flush()
    session.add(
        CoalitionMember(
            coalition_id=coalition.id,
            organisation_id=municipality.id,
            role=CoalitionRole.coordinator,
        )
    )
    # Partner contacts get unguessable passwords: they exist so the coalition has real members,
    # not as logins to hand out.
    partner_hash = await hasher.hash(secrets.token_urlsafe(24))
    for index, partner in enumerate(PARTNERS, start=1):
        organisation = Organisation(name=partner.name, kind=partner.kind)
        contact = User(
            email=f"partner{index}@vitaal.example", name=partner.contact, password_hash=partner_hash
        )
        session.add_all([organisation, contact])
        await session.flush()
        session.add_all(
            [
                Membership(
                    organisation_id=organisation.id,
                    user_id=contact.id,
                    role=OrganisationRole.owner,
                ),
                CoalitionMember(
                    coalition_id=coalition.id, organisation_id=organisation.id, role=partner.role
                ),
            ]
        )
    await session.flush()
    return coalition


async def seed_if_empty(settings: Settings) -> str:
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            if not await database_is_empty(session):
                return "The database already has data; the demo was not loaded."
            coalition = await load_demo(session, PasswordHasher(1))
        return (
            f"Demo coalition '{coalition.name}' loaded.\nDemo login: {DEMO_EMAIL} / {DEMO_PASSWORD}"
        )
    finally:
        await engine.dispose()
