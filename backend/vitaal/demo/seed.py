"""The demo coalition: the step plan's city-centre example, loaded only into an empty database.

A municipality founds a coalition for a lively city centre with schools, entrepreneurs,
cultural institutions and residents' associations — the example of the vital-coalition seed
text — so a new user sees a realistic portal straight away.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition, CoalitionMember, CoalitionRole, CoalitionStatus
from vitaal.core.config import Settings
from vitaal.core.db import create_engine, create_sessionmaker, utcnow
from vitaal.core.security import PasswordHasher
from vitaal.demo.agreements import load_agreements
from vitaal.demo.approach import load_approach
from vitaal.demo.issues import load_issues
from vitaal.demo.journey import load_journey
from vitaal.demo.meetings import load_meetings
from vitaal.demo.partner_strategy import load_partner_strategies
from vitaal.demo.signals import load_signals
from vitaal.organisations.models import (
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationRole,
)
from vitaal.partners import service as partner_service
from vitaal.partners.models import (
    CoalitionPartner,
    Commitment,
    ContactIntensity,
    Financing,
    PartnerAssessment,
    PartnerStatus,
    RelationshipType,
)
from vitaal.stakeholders import service as stakeholder_service
from vitaal.stakeholders.models import InteractionType, StakeholderKind, StakeholderType
from vitaal.stakeholders.schemas import (
    ContactPerson,
    FollowUpIn,
    InteractionCreate,
    StakeholderCreate,
)

DEMO_EMAIL = "demo@vitaal.example"
DEMO_PASSWORD = "vitaal-demo-2026"  # noqa: S105 - printed on purpose: it is the demo login
# A partner organisation's user (the school board): sees the coalition's shared work and its
# own conversations, not the municipality's preparation (the conversations with the others,
# the own plan, the matrix, the strategies).
DEMO_PARTNER_EMAIL = "school@vitaal.example"
DEMO_PARTNER_PASSWORD = "vitaal-partner-2026"  # noqa: S105 - printed on purpose, like the above


@dataclass(frozen=True)
class DemoPartner:
    name: str
    kind: OrganisationKind
    role: CoalitionRole
    contact: str
    # Where the partner stands for the coalition's goal: (influence, dependency) a month ago
    # and now, and where it should go (the seed's examples X, Y and Z).
    earlier: tuple[float, float]
    now: tuple[float, float]
    target: tuple[float, float] | None = None


PARTNERS = (
    # X in the seed: a school board that matters a lot but contributes too little: move it up.
    DemoPartner(
        "Scholengroep Binnenstad",
        OrganisationKind.school,
        CoalitionRole.partner,
        "Fatima Amrani",
        earlier=(3, 8),
        now=(4, 8),
        target=(7, 8),
    ),
    DemoPartner(
        "Ondernemersvereniging Centrum",
        OrganisationKind.trade_association,
        CoalitionRole.partner,
        "Joost Verbeek",
        earlier=(5, 4),
        now=(6, 4),
    ),
    # Z in the seed: the library is effective and hard to replace: secure it with a covenant.
    DemoPartner(
        "Stadstheater & Bibliotheek",
        OrganisationKind.cultural_institution,
        CoalitionRole.partner,
        "Ingrid Smit",
        earlier=(8, 8),
        now=(9, 8),
    ),
    DemoPartner(
        "Bewonersvereniging Oude Stad",
        OrganisationKind.residents_association,
        CoalitionRole.partner,
        "Henk Mulder",
        earlier=(4, 6),
        now=(5, 6),
        target=(6.5, 6),
    ),
    DemoPartner(
        "Woonstichting De Poort",
        OrganisationKind.housing_corporation,
        CoalitionRole.observer,
        "Sanne de Boer",
        earlier=(3, 3),
        now=(3, 3),
    ),
)

# Y in the seed: a regional welfare institution with a near-monopoly; not a member yet, kept in
# the municipality's own stakeholder register. The goal is to move it left (admit alternatives).
WELFARE = StakeholderCreate(
    kind=StakeholderKind.organisation,
    name="Welzijn Rivierland",
    type=StakeholderType.civil_society,
    sector="Welzijn",
    region="Rivierland",
    website="https://welzijn-rivierland.example",
    contacts=[ContactPerson(name="Mirjam Koster", role="Directeur", email="m.koster@example.org")],
    tags=["welzijn", "ouderen", "jongerenwerk"],
    interests="Continuïteit van het welzijnswerk; meerjarige subsidie.",
)


async def database_is_empty(session: AsyncSession) -> bool:
    for model in (User, Organisation, Coalition):
        if await session.scalar(select(func.count()).select_from(model)):
            return False
    return True


async def load_demo(session: AsyncSession, hasher: PasswordHasher) -> Coalition:
    # Partner contacts and the colleague get unguessable passwords: they exist so the coalition
    # has real members and a second assessor, not as logins to hand out.
    unused_hash = await hasher.hash(secrets.token_urlsafe(24))
    demo_user = User(
        email=DEMO_EMAIL, name="Anne de Vries", password_hash=await hasher.hash(DEMO_PASSWORD)
    )
    colleague = User(email="beleid@vitaal.example", name="Kees Jansen", password_hash=unused_hash)
    municipality = Organisation(name="Gemeente Rivierstad", kind=OrganisationKind.municipality)
    session.add_all([demo_user, colleague, municipality])
    await session.flush()
    session.add_all(
        [
            Membership(
                organisation_id=municipality.id, user_id=demo_user.id, role=OrganisationRole.owner
            ),
            Membership(
                organisation_id=municipality.id, user_id=colleague.id, role=OrganisationRole.member
            ),
        ]
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
    partner_login_hash = await hasher.hash(DEMO_PARTNER_PASSWORD)
    month_ago = utcnow() - timedelta(days=30)
    for index, partner in enumerate(PARTNERS, start=1):
        organisation = Organisation(name=partner.name, kind=partner.kind)
        # The first partner (the school board) is the demo's partner login.
        contact = User(
            email=DEMO_PARTNER_EMAIL if index == 1 else f"partner{index}@vitaal.example",
            name=partner.contact,
            password_hash=partner_login_hash if index == 1 else unused_hash,
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
        await _partner_with_assessments(
            session, coalition.id, partner, organisation.id, (demo_user, colleague), month_ago
        )
    await _welfare_partner(session, coalition.id, municipality.id, demo_user, month_ago)
    await load_journey(session, coalition.id, demo_user)
    await load_partner_strategies(session, coalition, municipality.id, demo_user)
    await load_agreements(session, coalition.id, municipality.id, demo_user)
    await load_meetings(session, coalition.id, demo_user)
    await load_issues(session, municipality.id, demo_user)
    await load_approach(session, municipality.id, demo_user)
    await load_signals(session, municipality.id, demo_user, hasher)
    return coalition


async def _partner_with_assessments(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    partner: DemoPartner,
    organisation_id: uuid.UUID,
    assessors: tuple[User, User],
    month_ago: datetime,
) -> None:
    """The partner in the coalition's matrix, scored a month ago and now by two people of the
    coordinating organisation (the matrix is the core team's preparation)."""
    coalition_partner = CoalitionPartner(
        coalition_id=coalition_id,
        name=partner.name,
        member_organisation_id=organisation_id,
        status=PartnerStatus.current,
        contact_intensity=ContactIntensity.regular,
        commitment=Commitment.none,
        financing=Financing.own_means,
        relationship_type=RelationshipType.partnership,
        target_influence=partner.target[0] if partner.target else None,
        target_dependency=partner.target[1] if partner.target else None,
    )
    session.add(coalition_partner)
    await session.flush()
    coordinator, colleague = assessors
    for assessor, (influence, dependency), at in (
        (coordinator, partner.earlier, month_ago),
        (coordinator, partner.now, utcnow()),
        (colleague, partner.now, utcnow()),
    ):
        session.add(
            PartnerAssessment(
                coalition_id=coalition_id,
                partner_id=coalition_partner.id,
                assessor_id=assessor.id,
                assessor_name=assessor.name,
                influence=influence,
                dependency=dependency,
                rationale="Inschatting tijdens de verkenning.",
                assessed_at=at,
            )
        )
    await session.flush()
    await partner_service.refresh_position(session, coalition_id, coalition_partner.id)


async def _welfare_partner(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    municipality_id: uuid.UUID,
    coordinator: User,
    month_ago: datetime,
) -> None:
    stakeholder = await stakeholder_service.create(session, municipality_id, WELFARE)
    await stakeholder_service.create_interaction(
        session,
        municipality_id,
        stakeholder.id,
        coordinator,
        InteractionCreate(
            occurred_on=month_ago.date(),
            type=InteractionType.meeting,
            our_people=[coordinator.name],
            their_people=["Mirjam Koster"],
            summary="Bilateraal gesprek over deelname aan de coalitie en de subsidierelatie.",
            follow_ups=[
                FollowUpIn(
                    description="Verkennen welke andere aanbieders jongerenwerk kunnen bieden",
                    owner_name=coordinator.name,
                    due_on=(utcnow() + timedelta(days=14)).date(),
                )
            ],
        ),
    )
    partner = CoalitionPartner(
        coalition_id=coalition_id,
        name=stakeholder.name,
        stakeholder_id=stakeholder.id,
        status=PartnerStatus.potential,
        contact_intensity=ContactIntensity.occasional,
        commitment=Commitment.multi_year,
        financing=Financing.subsidy,
        relationship_type=RelationshipType.business_client,
        target_influence=6,
        target_dependency=5,
    )
    session.add(partner)
    await session.flush()
    session.add(
        PartnerAssessment(
            coalition_id=coalition_id,
            partner_id=partner.id,
            assessor_id=coordinator.id,
            assessor_name=coordinator.name,
            influence=6,
            dependency=9,
            rationale="Vrijwel monopolie in de regio; weinig prikkel om te vernieuwen.",
            assessed_at=utcnow(),
        )
    )
    await session.flush()
    await partner_service.refresh_position(session, coalition_id, partner.id)


async def seed_if_empty(settings: Settings) -> str:
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            if not await database_is_empty(session):
                return "The database already has data; the demo was not loaded."
            coalition = await load_demo(session, PasswordHasher(1, settings.hash_cost))
        return (
            f"Demo coalition '{coalition.name}' loaded.\n"
            f"Demo login (the municipality, coordinator): {DEMO_EMAIL} / {DEMO_PASSWORD}\n"
            f"Demo login (a partner, the school board): {DEMO_PARTNER_EMAIL} / "
            f"{DEMO_PARTNER_PASSWORD}"
        )
    finally:
        await engine.dispose()
