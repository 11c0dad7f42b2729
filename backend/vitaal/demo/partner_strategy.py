"""The demo coalition's partner strategies and the municipality's collaboration portfolio.

The seed text's examples get the strategy it argues for: the school board (X) is moved up with
means and multi-year certainty, the welfare institution (Y) is moved left by admitting another
provider (and joint agreements on quality while it resists), and the theatre and library (Z)
are secured with a multi-year covenant and asked to be an ambassador for others. The
municipality's portfolio shows a review that raised a collaboration's relevance and answered
the seed's questions for a collaboration in a crisis, a quick review, and a pause because the
partner is itself in crisis (DOMAIN.md §3).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition
from vitaal.core.db import utcnow
from vitaal.partners import service as partner_service
from vitaal.partners.matrix import Strategy
from vitaal.partners.models import CoalitionPartner
from vitaal.partners.schemas import PartnerStrategyUpdate, PlannedAction
from vitaal.partners.strategy import ActionKind, StrategyDirection
from vitaal.portfolio import service as portfolio_service
from vitaal.portfolio.models import Relevance, RelevanceChange, ReviewAnswer
from vitaal.portfolio.schemas import CollaborationCreate, ReviewCreate
from vitaal.stakeholders.models import Stakeholder


async def load_partner_strategies(
    session: AsyncSession, coalition: Coalition, municipality_id: uuid.UUID, coordinator: User
) -> None:
    """Chosen strategies for X, Y and Z, and three collaborations in the portfolio."""
    partners = {
        p.name: p
        for p in await session.scalars(
            select(CoalitionPartner).where(CoalitionPartner.coalition_id == coalition.id)
        )
    }
    today = utcnow().date()
    plans = {
        "Scholengroep Binnenstad": PartnerStrategyUpdate(
            strategy=Strategy.invest,
            direction=StrategyDirection.up,
            reason="Onmisbaar voor gelijke kansen; met meerjarige middelen en een trekker in "
            "het bestuur kan de scholengroep veel meer bijdragen.",
            actions=[
                PlannedAction(
                    description="Meerjarenafspraak over middelen voor naschoolse activiteiten "
                    "voorleggen aan het college",
                    owner_name=coordinator.name,
                    due_on=today + timedelta(days=21),
                ),
                PlannedAction(
                    description="Bestuurder vragen als trekker van de werkgroep jeugd",
                    owner_name="Fatima Amrani",
                    due_on=today - timedelta(days=5),
                    done=True,
                ),
            ],
            review_on=today + timedelta(days=14),
        ),
        "Welzijn Rivierland": PartnerStrategyUpdate(
            strategy=Strategy.invest,
            direction=StrategyDirection.left,
            reason="Bijna een monopolie in de regio: we laten een tweede aanbieder toe, zodat "
            "inwoners kunnen kiezen en er prikkels blijven voor kwaliteit.",
            actions=[
                PlannedAction(
                    description="Marktverkenning tweede aanbieder welzijnswerk",
                    owner_name=coordinator.name,
                    due_on=today + timedelta(days=30),
                ),
                PlannedAction(
                    description="Gezamenlijke afspraken over wachttijden en kwaliteit in de "
                    "subsidiebeschikking opnemen",
                    owner_name=coordinator.name,
                    due_on=today + timedelta(days=40),
                    kind=ActionKind.joint_agreements,
                ),
            ],
            # Overdue: the list of reviews shows it first, marked late.
            review_on=today - timedelta(days=3),
        ),
        "Stadstheater & Bibliotheek": PartnerStrategyUpdate(
            strategy=Strategy.secure,
            reason="Sterke partner op plek Z: een meerjarig convenant houdt hem daar; de "
            "bibliotheek kan ambassadeur zijn voor andere culturele instellingen.",
            actions=[
                PlannedAction(
                    description="Concept meerjarig convenant 2027-2030 opstellen",
                    owner_name="Ingrid Smit",
                    due_on=today + timedelta(days=45),
                ),
                PlannedAction(
                    description="Bibliotheek vragen als ambassadeur voor de andere culturele "
                    "instellingen in de binnenstad",
                    owner_name=coordinator.name,
                    due_on=today + timedelta(days=60),
                    kind=ActionKind.ambassador,
                ),
            ],
            review_on=today + timedelta(days=90),
        ),
    }
    for name, plan in plans.items():
        if name in partners:
            await partner_service.set_strategy(session, coordinator, partners[name], plan)
    await _portfolio(session, coalition, municipality_id, coordinator)


async def _portfolio(
    session: AsyncSession, coalition: Coalition, municipality_id: uuid.UUID, user: User
) -> None:
    welfare = await session.scalar(
        select(Stakeholder.id).where(
            Stakeholder.organisation_id == municipality_id, Stakeholder.name == "Welzijn Rivierland"
        )
    )
    today = utcnow().date()
    cafe = await portfolio_service.create(
        session,
        municipality_id,
        CollaborationCreate(
            title="Taalcafé in de bibliotheek",
            coalition_id=coalition.id,
            contribution="Minder laaggeletterdheid in de binnenstad; 40 deelnemers per jaar, "
            "van wie een kwart daarna een vervolgcursus volgt.",
            we_give="Subsidie voor de coördinator, werving via het wijkteam",
            we_get="Bereik onder laaggeletterden, ruimte en vrijwilligers",
            flexibility="Sinds de crisis ook online; wekelijks in plaats van dagelijks.",
            relevance=Relevance.medium,
            started_on=today.replace(year=today.year - 6, day=1),
        ),
    )
    await portfolio_service.add_review(
        session,
        cafe,
        user,
        ReviewCreate(
            reviewed_on=today - timedelta(days=20),
            relevance=RelevanceChange.more,
            note="Het online taalcafé bereikt nu ook ouderen die de deur niet uit komen.",
            purpose_changed=ReviewAnswer.partly,
            purpose_note="Het waarom is gebleven; het hoe is veranderd: minder aan tafel in de "
            "bibliotheek, meer online.",
            agreements_hold=ReviewAnswer.partly,
            agreements_note="De afspraak over de ruimte geldt niet voor de online sessies; de "
            "vrijwilligersinzet wel.",
            impact_contribution="Minder laaggeletterdheid: 40 deelnemers per jaar, van wie een "
            "kwart een vervolgcursus volgt; nu ook ouderen thuis.",
            strategy_fit=ReviewAnswer.yes,
            strategy_note="Past bij de nieuwe koers 'meedoen voor iedereen'.",
            loyalty_note="De bibliotheek bleef ook in de crisis meedoen en zocht zelf naar "
            "een online vorm.",
            return_lapsed=ReviewAnswer.partly,
            return_note="De ontmoetingsruimte voor onze medewerkers valt voorlopig weg.",
        ),
    )
    loket = await portfolio_service.create(
        session,
        municipality_id,
        CollaborationCreate(
            title="Welzijnsloket in het stadskantoor",
            stakeholder_id=welfare,
            contribution="Eén plek waar inwoners met vragen over geld, zorg en eenzaamheid "
            "terechtkunnen.",
            we_give="Ruimte in het stadskantoor en doorverwijzing vanuit de balie",
            we_get="Twee welzijnswerkers op dinsdag en donderdag",
            relevance=Relevance.high,
            started_on=today.replace(year=today.year - 2, day=1),
        ),
    )
    await portfolio_service.add_review(
        session,
        loket,
        user,
        ReviewCreate(
            reviewed_on=today - timedelta(days=10),
            relevance=RelevanceChange.less,
            note="Weinig bezoekers sinds het digitale loket open is.",
        ),
    )
    await portfolio_service.pause(
        session,
        loket,
        user,
        "Welzijn Rivierland zit midden in een reorganisatie na de fusie; we laten hen tot de "
        "zomer met rust.",
    )
    await portfolio_service.create(
        session,
        municipality_id,
        CollaborationCreate(
            title="Ondernemersfonds binnenstad",
            coalition_id=coalition.id,
            contribution="Gezamenlijke evenementen en een schone, veilige binnenstad.",
            we_give="Heffing innen en doorgeven; een accountmanager",
            we_get="Cofinanciering en meedenkkracht van de ondernemers",
            flexibility="Jaarplan met ruimte voor initiatieven tussendoor.",
            relevance=Relevance.high,
        ),
    )
