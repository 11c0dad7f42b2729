"""The demo coalition's intent declaration (steps 5-9 of the step plan).

Version 1 went out for signature and two partners signed it; the residents' association asked
for a paragraph on a residents' evening, so version 2 was written and sent again. Three partner
organisations signed version 2. The municipality (the demo user's organisation) has not, so a
new user can sign it and then found the coalition; nor has the entrepreneurs' association,
whose board consults its members first. The coalition is founded by the partners that signed
(``signed_parties``): the entrepreneurs' association stays a potential partner that can sign
after the founding. The welfare institution is a stakeholder outside Vitaal: it is a party
that signs on paper.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.agreements import reading as agreement_reading
from vitaal.agreements.models import (
    Agreement,
    AgreementChoice,
    AgreementOption,
    AgreementParty,
    AgreementSignOff,
    AgreementType,
    AgreementVersion,
    GovernanceModel,
    OptionKind,
)
from vitaal.auth.models import User
from vitaal.coalitions.models import Coalition, CoalitionMember, CoalitionRole, FoundingSignatories
from vitaal.core.db import utcnow
from vitaal.organisations.models import Membership, Organisation
from vitaal.partners import service as partner_service
from vitaal.partners.models import (
    CoalitionPartner,
    ContactIntensity,
    PartnerAssessment,
    PartnerStatus,
    RelationshipType,
)

TITLE = "Intentieverklaring Levendige binnenstad"

VERSION_1 = """# Intentieverklaring Levendige binnenstad

## Aanleiding
De binnenstad van Rivierstad verliest bezoekers en bewoners. Winkels staan leeg, 's avonds is het
stil en bewoners ervaren overlast. Geen van de partners kan dit alleen keren.

## Gezamenlijke visie
Wij werken aan een aantrekkelijke, veilige en levendige binnenstad waar bewoners graag wonen,
ondernemers willen ondernemen en bezoekers graag terugkomen.

## Wat de partners op zich nemen
- **Gemeente Rivierstad** houdt de openbare ruimte intensiever schoon en verkent extra
  parkeergelegenheid aan de rand van het centrum.
- **Ondernemersvereniging Centrum** en **Stadstheater & Bibliotheek** organiseren samen nieuwe
  evenementen.
- **Scholengroep Binnenstad** besteedt in het voorlichtingsmateriaal voor nieuwe leerlingen
  aandacht aan de binnenstad.

## Hoe wij samenwerken
De partners stemmen hun inspanningen af in een gezamenlijk programmateam en komen twee keer
per jaar bestuurlijk bijeen.

## Looptijd
Deze intentieverklaring geldt tot het plan van aanpak is vastgesteld, uiterlijk één jaar na
ondertekening. Zij schept geen juridisch afdwingbare verplichtingen.
"""

VERSION_2 = VERSION_1.replace(
    "  aandacht aan de binnenstad.\n",
    "  aandacht aan de binnenstad.\n"
    "- **Bewonersvereniging Oude Stad** organiseert een meedenkavond voor bewonersinitiatieven\n"
    "  en brengt de ideeën in bij het programmateam.\n",
).replace(
    "per jaar bestuurlijk bijeen.",
    "per jaar bestuurlijk bijeen. Welzijn Rivierland sluit aan bij het programmateam voor het\n"
    "jongerenwerk in de binnenstad.",
)

CONTENT_OPTIONS = (
    (
        "Focus op beleving: evenementen en cultuur",
        "De coalitie richt zich eerst op meer te doen in de binnenstad: evenementen, "
        "cultuur en een aantrekkelijk avondprogramma.",
        ["Snel zichtbaar resultaat", "Ondernemers en cultuur hebben eigen uitvoeringskracht"],
        ["Kan overlast voor bewoners vergroten"],
    ),
    (
        "Focus op verblijfskwaliteit: schoon, veilig en bereikbaar",
        "De coalitie richt zich eerst op de basis: openbare ruimte, veiligheid en parkeren.",
        ["Breed draagvlak bij bewoners", "Voorwaarde voor alle andere ambities"],
        ["Vooral een gemeentelijke taak", "Minder enthousiasmerend voor partners"],
    ),
)

GOVERNANCE_OPTIONS = (
    (
        GovernanceModel.steering_group,
        "Bestuurlijke stuurgroep",
        "Bestuurders van alle partners vormen een stuurgroep die twee keer per jaar de koers "
        "bepaalt; de uitvoering blijft bij de organisaties zelf.",
        ["Bestuurlijk commitment zichtbaar", "Weinig extra capaciteit nodig"],
        ["Trage besluitvorming", "Weinig onderlinge afstemming in de uitvoering"],
    ),
    (
        GovernanceModel.lead_organisation,
        "Opdrachten vanuit de gemeente als leidende organisatie",
        "De gemeente verstrekt opdrachten en subsidies aan de partners voor de acties.",
        ["Heldere verantwoordelijkheid", "Financiering geregeld"],
        ["Partners worden uitvoerders in plaats van eigenaar", "Afhankelijk van de gemeente"],
    ),
    (
        GovernanceModel.programme_team,
        "Gezamenlijk programmateam",
        "Medewerkers van de partners vormen samen een programmateam met een onafhankelijke "
        "programmamanager; bestuurders komen twee keer per jaar bijeen.",
        ["Partners blijven eigenaar van hun acties", "Korte lijnen in de uitvoering"],
        ["Vraagt capaciteit van elke partner"],
    ),
)


async def _municipality_partner(
    session: AsyncSession, coalition_id: uuid.UUID, municipality: Organisation, assessor: User
) -> CoalitionPartner:
    """The coordinating municipality is a party too; reuse its partner entry when there is one."""
    partner = await session.scalar(
        select(CoalitionPartner).where(
            CoalitionPartner.coalition_id == coalition_id,
            CoalitionPartner.member_organisation_id == municipality.id,
        )
    )
    if partner is None:
        partner = CoalitionPartner(
            coalition_id=coalition_id,
            name=municipality.name,
            member_organisation_id=municipality.id,
            added_by_organisation_id=municipality.id,
            status=PartnerStatus.current,
            contact_intensity=ContactIntensity.daily,
            relationship_type=RelationshipType.partnership,
        )
        session.add(partner)
        await session.flush()
        # On the partner matrix as well: the municipality holds the public space and parking.
        session.add(
            PartnerAssessment(
                coalition_id=coalition_id,
                partner_id=partner.id,
                assessor_id=assessor.id,
                assessor_name=assessor.name,
                influence=8,
                dependency=9,
                rationale="Beheert openbare ruimte en parkeren; zonder de gemeente geen coalitie.",
            )
        )
        await session.flush()
        await partner_service.refresh_position(session, coalition_id, partner.id)
    return partner


async def load_agreements(
    session: AsyncSession, coalition_id: uuid.UUID, municipality_id: uuid.UUID, author: User
) -> Agreement:
    # The start meeting should not wait for every member vote (the seed: a coalition starts
    # when a relevant part of the task can be tackled).
    coalition = await session.get_one(Coalition, coalition_id)
    coalition.founding_signatories = FoundingSignatories.signed_parties
    municipality = await session.get_one(Organisation, municipality_id)
    own = await _municipality_partner(session, coalition_id, municipality, author)
    # The partners that take part (not observers) with a contact person who signs for them.
    rows = (
        await session.execute(
            select(CoalitionPartner, User, Organisation.name)
            .join(
                CoalitionMember,
                (CoalitionMember.organisation_id == CoalitionPartner.member_organisation_id)
                & (CoalitionMember.coalition_id == CoalitionPartner.coalition_id),
            )
            .join(Organisation, Organisation.id == CoalitionPartner.member_organisation_id)
            .join(Membership, Membership.organisation_id == Organisation.id)
            .join(User, User.id == Membership.user_id)
            .where(
                CoalitionPartner.coalition_id == coalition_id,
                CoalitionMember.role == CoalitionRole.partner,
            )
            .order_by(CoalitionPartner.name)
        )
    ).all()
    signers = {row[0].name: (row[0], row[1], row[2]) for row in rows}
    on_paper = (
        await session.scalars(
            select(CoalitionPartner).where(
                CoalitionPartner.coalition_id == coalition_id,
                CoalitionPartner.member_organisation_id.is_(None),
            )
        )
    ).all()
    now = utcnow()
    agreement = Agreement(
        coalition_id=coalition_id,
        type=AgreementType.intent_declaration,
        title=TITLE,
        current_version=2,
        created_by_name=author.name,
        created_at=now - timedelta(days=21),
        updated_at=now - timedelta(days=6),
    )
    session.add(agreement)
    await session.flush()
    first = AgreementVersion(
        agreement_id=agreement.id,
        number=1,
        content=VERSION_1,
        note="Eerste opzet na de verkenningsbijeenkomst.",
        author_id=author.id,
        author_name=author.name,
        created_at=now - timedelta(days=21),
        sent_for_signature_at=now - timedelta(days=18),
        sent_by_name=author.name,
    )
    second = AgreementVersion(
        agreement_id=agreement.id,
        number=2,
        content=VERSION_2,
        note="Meedenkavond van de bewonersvereniging en het jongerenwerk toegevoegd.",
        author_id=author.id,
        author_name=author.name,
        created_at=now - timedelta(days=7),
        sent_for_signature_at=now - timedelta(days=6),
        sent_by_name=author.name,
    )
    session.add_all([first, second])
    await session.flush()
    session.add_all(
        AgreementParty(agreement_id=agreement.id, partner_id=p.id)
        for p in [own, *(s[0] for s in signers.values()), *on_paper]
    )
    # Version 1 was signed by two partners before the residents asked for a change; version 2
    # by the partner organisations except the municipality, which signs at the start meeting,
    # and the entrepreneurs' association, whose members have not voted yet.
    signed = (
        (first, "Scholengroep Binnenstad", 16),
        (first, "Stadstheater & Bibliotheek", 15),
        (second, "Scholengroep Binnenstad", 5),
        (second, "Stadstheater & Bibliotheek", 5),
        (second, "Bewonersvereniging Oude Stad", 3),
    )
    for version, name, days_ago in signed:
        if name not in signers:
            continue
        partner, contact, organisation_name = signers[name]
        session.add(
            AgreementSignOff(
                agreement_id=agreement.id,
                version_id=version.id,
                version_number=version.number,
                partner_id=partner.id,
                partner_name=partner.name,
                organisation_id=partner.member_organisation_id,
                organisation_name=organisation_name,
                user_id=contact.id,
                user_name=contact.name,
                signed_at=now - timedelta(days=days_ago),
            )
        )
    await _options(session, agreement, author)
    await session.flush()
    # The options and choices were settled before version 1 went out; both versions were sent
    # with them.
    snapshot = await agreement_reading.options_snapshot(session, agreement.id)
    first.options_snapshot = snapshot
    second.options_snapshot = snapshot
    await session.flush()
    return agreement


async def _options(session: AsyncSession, agreement: Agreement, author: User) -> None:
    options: list[AgreementOption] = []
    for title, description, pros, cons in CONTENT_OPTIONS:
        options.append(
            AgreementOption(
                agreement_id=agreement.id,
                kind=OptionKind.content,
                title=title,
                description=description,
                pros=pros,
                cons=cons,
            )
        )
    for model, title, description, pros, cons in GOVERNANCE_OPTIONS:
        options.append(
            AgreementOption(
                agreement_id=agreement.id,
                kind=OptionKind.governance,
                governance_model=model,
                title=title,
                description=description,
                pros=pros,
                cons=cons,
            )
        )
    session.add_all(options)
    await session.flush()
    chosen_at = utcnow() - timedelta(days=20)
    session.add_all(
        [
            AgreementChoice(
                agreement_id=agreement.id,
                kind=OptionKind.content,
                option_id=options[0].id,
                reason="Ondernemers en culturele instellingen kunnen direct zelf aan de slag; "
                "schoon en veilig blijft een gemeentelijke basisinspanning.",
                chosen_by_id=author.id,
                chosen_by_name=author.name,
                chosen_at=chosen_at,
            ),
            AgreementChoice(
                agreement_id=agreement.id,
                kind=OptionKind.governance,
                option_id=options[4].id,
                reason="De partners willen eigenaar blijven van hun acties; een programmateam "
                "houdt de lijnen kort zonder dat de gemeente alles aanstuurt.",
                chosen_by_id=author.id,
                chosen_by_name=author.name,
                chosen_at=chosen_at,
            ),
        ]
    )
