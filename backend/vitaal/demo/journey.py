"""The demo coalition's step plan: round 1 done, round 2 completing the plan of approach.

The municipality's coordinator spoke with every intended partner (step 1) — the school board
(X in the partner-strategy seed), the welfare institution (Y) and the theatre and library (Z)
among them — recorded their interests and drew the coalition's domain (step 2), sketched how
the collaboration could be organised (step 3) and held the exploration meeting (step 4).
Round 2 is under way: the plan of approach is being completed (step 8). Two partners join for
a topic nobody else holds, as in the seed's figure 3: the welfare institution for its
multi-year subsidy and the housing corporation for homes above shops — legitimate reasons to
join, which the coalition took into its domain. It left parking out (the municipality's own
policy) and has not decided yet on loneliness among the elderly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.formation.domain import TopicDecision, topic_key
from vitaal.formation.models import (
    CollaborationDraft,
    DomainDecision,
    ExecutionPower,
    PartnerConversation,
    PartnerInterest,
    PartnerPlan,
)
from vitaal.journey import steps as plan
from vitaal.journey.models import JourneyStep, JourneyStepChange, StepChangeKind
from vitaal.journey.position import StepStatus
from vitaal.partners.models import CoalitionPartner


@dataclass(frozen=True)
class Conversation:
    weeks_ago: int
    spoke_with: str
    driver: str
    developments: str
    expected_yield: str
    adapt_activities: str
    extra_efforts: str
    worries: str
    agreements_recording: str


@dataclass(frozen=True)
class PartnerFormation:
    conversations: tuple[Conversation, ...]
    # (topic, weight 1-5, reason to join)
    interests: tuple[tuple[str, int, bool], ...]
    role: str
    execution_power: ExecutionPower
    notes: str


FORMATION: dict[str, PartnerFormation] = {
    # X: a school board that matters a lot but contributes too little yet.
    "Scholengroep Binnenstad": PartnerFormation(
        conversations=(
            Conversation(
                15,
                "Fatima Amrani (bestuurder)",
                "Ouders kiezen steeds vaker voor scholen aan de rand van de stad. Een "
                "aantrekkelijke binnenstad maakt onze scholen aantrekkelijker.",
                "Dalende leerlingaantallen door krimp in de regio; kans: de nieuwe mbo-campus "
                "bij het station. Bedreiging: onveilige fietsroutes door het centrum.",
                "Veiligere schoolroutes en meer stageplaatsen bij binnenstadondernemers.",
                "Ja: de open dagen en het voorlichtingsmateriaal voor nieuwe leerlingen kunnen "
                "de binnenstad laten zien. Het nieuwe schoolplan is nog niet vastgesteld.",
                "Een docent die een dag per week de stages coördineert; voor een schoolcoach "
                "verkeersveiligheid is extra geld nodig.",
                "Twijfel of de ondernemers jongeren echt willen betrekken; eerdere "
                "stageafspraken liepen stuk.",
                "Eerst een intentieverklaring; de raad van toezicht wil geen contract zonder "
                "financiering.",
            ),
            Conversation(
                11,
                "Fatima Amrani en Ruud Jansen (teamleider mbo)",
                "Na overleg met de teamleiders: de stages zijn voor het mbo belangrijker dan "
                "gedacht.",
                "De campus opent in september; de eerste lichting van 400 studenten komt dan "
                "dagelijks door de binnenstad.",
                "Twintig stageplaatsen per jaar in de binnenstad.",
                "Het lesrooster van de campus kan rekening houden met evenementen.",
                "Studenten evenementenbeveiliging kunnen meelopen bij evenementen.",
                "Geen nieuwe zorgen; wel de vraag wie de stages regelt aan de kant van de "
                "ondernemers.",
                "",
            ),
        ),
        interests=(
            ("Veilige schoolroutes", 5, True),
            ("Stageplaatsen voor leerlingen", 4, False),
            ("Jongeren in de binnenstad", 4, False),
            ("Levendige binnenstad", 3, False),
        ),
        role="Trekker deelthema jongeren en onderwijs",
        execution_power=ExecutionPower.extra_means,
        notes="Voorlichting en stagecoördinatie binnen het eigen werk; een schoolcoach "
        "verkeersveiligheid vraagt subsidie. Invloed nog te laag voor haar belang: investeren.",
    ),
    # Y: a regional welfare institution with a near-monopoly; not (yet) a member.
    "Welzijn Rivierland": PartnerFormation(
        conversations=(
            Conversation(
                14,
                "Mirjam Koster (directeur)",
                "Het jongerenwerk in de binnenstad staat onder druk; de coalitie kan het "
                "zichtbaarder maken.",
                "De aanbesteding van het welzijnswerk komt eraan; kans: samenwerking met de "
                "bibliotheek op eenzaamheid onder ouderen.",
                "Continuïteit: een meerjarige subsidie voor het jongerenwerk.",
                "Beperkt: de werkplannen liggen vast tot het eind van het jaar.",
                "Jongerenwerkers kunnen op vrijdagavond in de binnenstad zijn, als dat in de "
                "opdracht past.",
                "Zorg dat de gemeente via de coalitie andere aanbieders binnenhaalt.",
                "In de subsidiebeschikking; een convenant zonder geld zegt ons weinig.",
            ),
        ),
        interests=(
            ("Meerjarige subsidie welzijnswerk", 5, True),
            ("Jongeren in de binnenstad", 4, False),
            ("Eenzaamheid onder ouderen", 4, False),
            ("Levendige binnenstad", 2, False),
        ),
        role="Uitvoerder jongerenwerk in de binnenstad",
        execution_power=ExecutionPower.extra_means,
        notes="Werkt vanuit een subsidierelatie: meedoen vraagt een opdracht. Ruimte maken "
        "voor andere aanbieders van jongerenwerk (afhankelijkheid verkleinen).",
    ),
    # Z: effective and hard to replace: secure it, and let it act as an ambassador.
    "Stadstheater & Bibliotheek": PartnerFormation(
        conversations=(
            Conversation(
                15,
                "Ingrid Smit (directeur)",
                "Een levendige binnenstad brengt publiek; wij willen een huiskamer van de stad "
                "zijn.",
                "Renovatie van de schouwburgzaal volgend jaar; kans: programmeren op pleinen.",
                "Meer bezoekers uit de binnenstad en samen met ondernemers evenementen maken.",
                "Ja, de programmering van het najaar kan worden afgestemd op de visie.",
                "De zalen voor bijeenkomsten van de coalitie en een zomerprogramma op het plein.",
                "Geen; wel de wens dat de bewoners vroeg worden betrokken bij evenementen.",
                "Een convenant voor meerdere jaren.",
            ),
        ),
        interests=(
            ("Levendige binnenstad", 5, False),
            ("Evenementen", 5, True),
            ("Eenzaamheid onder ouderen", 3, False),
            ("Jongeren in de binnenstad", 3, False),
        ),
        role="Ambassadeur en gastheer van de bijeenkomsten",
        execution_power=ExecutionPower.own,
        notes="Sterk en moeilijk te vervangen: vastleggen in een meerjarig convenant en "
        "vragen om andere partners mee te nemen.",
    ),
    "Ondernemersvereniging Centrum": PartnerFormation(
        conversations=(
            Conversation(
                14,
                "Joost Verbeek (voorzitter)",
                "Omzet en leegstand: de leden willen meer bezoekers die langer blijven.",
                "Internetwinkelen; kans: evenementen en een koopzondag met cultuur.",
                "Minder leegstand en meer bezoekers op zaterdag en zondag.",
                "De evenementenkalender van de vereniging kan worden gedeeld.",
                "Stageplaatsen als de school de begeleiding regelt.",
                "Bewoners klagen snel over evenementen; de vereniging wil geen nieuwe regels.",
                "Een intentieverklaring; het bestuur moet de leden raadplegen.",
            ),
        ),
        interests=(
            ("Levendige binnenstad", 5, False),
            ("Evenementen", 4, True),
            ("Bereikbaarheid en parkeren", 4, False),
            ("Veilige straten", 3, False),
            ("Stageplaatsen voor leerlingen", 2, False),
        ),
        role="Mede-organisator van evenementen",
        execution_power=ExecutionPower.own,
        notes="Evenementen uit de eigen begroting; parkeren hoort bij de gemeente.",
    ),
    "Bewonersvereniging Oude Stad": PartnerFormation(
        conversations=(
            Conversation(
                13,
                "Henk Mulder (secretaris)",
                "Wonen in de binnenstad moet prettig blijven; meedoen geeft invloed op "
                "evenementen.",
                "Meer bewoners door woningen boven winkels; bedreiging: overlast 's nachts.",
                "Een vaste stem bij de evenementenplanning en veiligere straten.",
                "Ja, de jaarlijkse buurtdag kan in het teken van de visie staan.",
                "Een meedenkavond voor bewonersinitiatieven organiseren.",
                "Of de ondernemers rekening houden met de nachtrust.",
                "Kort en begrijpelijk, met een jaarlijks gesprek.",
            ),
        ),
        interests=(
            ("Veilige straten", 5, True),
            ("Levendige binnenstad", 4, False),
            ("Groen in de binnenstad", 3, False),
            ("Veilige schoolroutes", 3, False),
            ("Evenementen", 2, False),
        ),
        role="Klankbord en organisator van de meedenkavond",
        execution_power=ExecutionPower.none,
        notes="Vrijwilligers zonder eigen budget; een klein werkbudget voor de meedenkavond "
        "maakt meedoen mogelijk.",
    ),
    "Woonstichting De Poort": PartnerFormation(
        conversations=(
            Conversation(
                12,
                "Sanne de Boer (manager vastgoed)",
                "Wonen boven winkels is een kans om leegstand en woningtekort samen aan te pakken.",
                "Strengere eisen aan verduurzaming; kans: transformatie van leegstaande "
                "verdiepingen.",
                "Afspraken met eigenaren van winkelpanden over wonen boven winkels.",
                "Het transformatieprogramma kan de binnenstad voorrang geven.",
                "Twee pilotpanden in het eerste jaar.",
                "Geen.",
                "Per project een overeenkomst; voor de coalitie volstaat een intentieverklaring.",
            ),
        ),
        interests=(
            ("Wonen boven winkels", 5, True),
            ("Levendige binnenstad", 3, False),
        ),
        role="Partner voor wonen boven winkels",
        execution_power=ExecutionPower.own,
        notes="Observeert nog; haar reden om mee te doen deelt verder niemand.",
    ),
}

# What the coalition decided about its candidate topics when it drew the domain (step 2):
# (topic, decision, reason). Most are in; parking is left out; one is still open.
DOMAIN_DECISIONS: tuple[tuple[str, TopicDecision, str], ...] = (
    ("Levendige binnenstad", TopicDecision.in_domain, "De kern van de gezamenlijke visie."),
    ("Jongeren in de binnenstad", TopicDecision.in_domain, ""),
    ("Evenementen", TopicDecision.in_domain, ""),
    ("Veilige schoolroutes", TopicDecision.in_domain, ""),
    ("Veilige straten", TopicDecision.in_domain, ""),
    ("Stageplaatsen voor leerlingen", TopicDecision.in_domain, ""),
    ("Groen in de binnenstad", TopicDecision.in_domain, ""),
    (
        "Meerjarige subsidie welzijnswerk",
        TopicDecision.in_domain,
        "De reden van Welzijn Rivierland om mee te doen. De coalitie neemt de continuïteit van "
        "het jongerenwerk op, niet de subsidie aan één aanbieder.",
    ),
    (
        "Wonen boven winkels",
        TopicDecision.in_domain,
        "De reden van Woonstichting De Poort om mee te doen; het helpt ook tegen leegstand.",
    ),
    (
        "Bereikbaarheid en parkeren",
        TopicDecision.not_in_domain,
        "Parkeren hoort bij het mobiliteitsbeleid van de gemeente; de ondernemersvereniging "
        "bespreekt het rechtstreeks met de wethouder.",
    ),
    (
        "Eenzaamheid onder ouderen",
        TopicDecision.undecided,
        "Na de verkenningsbijeenkomst beslissen: past het bij een levendige binnenstad, of bij "
        "het programma welzijn?",
    ),
)

DRAFT = """Voorstel voor de samenwerking (schets van de kwartiermaker)

- Een bestuurlijke stuurgroep van gemeente, scholengroep, ondernemersvereniging en
  stadstheater & bibliotheek komt vier keer per jaar bijeen over de visie.
- Een klein programmateam (gemeente, ondernemersvereniging, bibliotheek) bereidt voor en
  houdt de acties bij.
- Deelthema's met een trekker: jongeren en onderwijs (scholengroep), evenementen
  (ondernemers en theater), veiligheid en leefbaarheid (gemeente en bewoners), wonen boven
  winkels (woonstichting).
- Wat een partner binnen het eigen werk kan doen, financiert die partner zelf; voor de
  schoolcoach en het jongerenwerk zoeken we subsidie of een opdracht.
- Bewoners krijgen een vaste plek in de evenementenplanning.
"""

# (step, status, started weeks ago, done weeks ago, ticked checklist items, notes)
# Round 1 ran over the last four months and ended with the exploration meeting four weeks
# ago (demo/meetings.py); round 2 worked out the intent declaration and its options
# (demo/agreements.py) and is completing the plan of approach; the start meeting (step 9)
# is planned.
STEP_STATES: tuple[tuple[int, StepStatus, int, int | None, tuple[str, ...], str], ...] = (
    (
        1,
        StepStatus.done,
        16,
        10,
        ("own_intention", "partners_identified", "conversations_held", "seven_questions"),
        "Gesprekken gevoerd met alle zes beoogde partners; de scholengroep twee keer.",
    ),
    (
        2,
        StepStatus.done,
        10,
        9,
        ("interests_listed", "domain_drawn", "single_partner_reasons", "vision_scope"),
        "Levendige binnenstad delen alle partners. Welzijn Rivierland en Woonstichting De Poort "
        "doen mee voor een onderwerp dat verder niemand heeft: hun reden om mee te doen, en die "
        "hoort bij het domein. Parkeren valt erbuiten.",
    ),
    (
        3,
        StepStatus.done,
        9,
        7,
        ("roles", "execution_power", "interest_influence", "draft_organisation"),
        "Schets besproken met de wethouder; de stuurgroep blijft klein.",
    ),
    (
        4,
        StepStatus.done,
        7,
        4,
        ("invitees", "inviter", "information", "programme", "chair"),
        "De uitnodiging ging uit van de wethouder en de voorzitter van de ondernemers samen, "
        "met een korte notitie over de binnenstad vooraf.",
    ),
    (
        5,
        StepStatus.done,
        4,
        3,
        ("vision_presented", "sub_themes", "commitment_stated", "open_points", "next_steps"),
        "Op de verkenningsbijeenkomst sprak iedere partner zijn commitment uit; de open punten "
        "van Welzijn Rivierland zijn daarna apart besproken.",
    ),
    (
        6,
        StepStatus.done,
        3,
        2,
        ("form_chosen", "content_options", "working_structure"),
        "Gekozen voor een intentieverklaring met twee inhoudelijke opties; de werkgroep "
        "Binnenstad werkt ze uit. Inzet van medewerkers van partners volgt in het plan.",
    ),
    (
        7,
        StepStatus.done,
        3,
        1,
        ("governance_options", "partner_ideas", "financing_monitoring"),
        "Drie besturingsopties besproken; gekozen voor een gezamenlijk programmateam.",
    ),
    (
        8,
        StepStatus.in_progress,
        1,
        None,
        ("capacity_money", "planning"),
        "Drie acties hebben nog geen eigenaar; we starten ook als dat zo blijft (figuur 4).",
    ),
)


async def load_journey(session: AsyncSession, coalition_id: uuid.UUID, coordinator: User) -> None:
    partners = {
        partner.name: partner
        for partner in await session.scalars(
            select(CoalitionPartner).where(CoalitionPartner.coalition_id == coalition_id)
        )
    }
    today = utcnow().date()
    for name, formation in FORMATION.items():
        partner = partners.get(name)
        if partner is None:
            continue
        _add_partner_formation(session, coalition_id, partner.id, formation, coordinator, today)
    decided_at = utcnow() - timedelta(weeks=9)  # when step 2 was done
    for topic, decision, reason in DOMAIN_DECISIONS:
        session.add(
            DomainDecision(
                coalition_id=coalition_id,
                topic_key=topic_key(topic),
                decision=decision,
                reason=reason,
                decided_by_id=coordinator.id,
                decided_by_name=coordinator.name,
                decided_at=decided_at,
            )
        )
    session.add(
        CollaborationDraft(coalition_id=coalition_id, text=DRAFT, updated_by_name=coordinator.name)
    )
    for number, status, started, done, ticked, notes in STEP_STATES:
        _add_step(session, coalition_id, coordinator, number, status, started, done, ticked, notes)
    await session.flush()


def _weeks_ago(today: date, weeks: int) -> date:
    return today - timedelta(weeks=weeks)


def _add_partner_formation(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    partner_id: uuid.UUID,
    formation: PartnerFormation,
    coordinator: User,
    today: date,
) -> None:
    for conversation in formation.conversations:
        session.add(
            PartnerConversation(
                coalition_id=coalition_id,
                partner_id=partner_id,
                held_on=_weeks_ago(today, conversation.weeks_ago),
                interviewer_id=coordinator.id,
                interviewer_name=coordinator.name,
                spoke_with=conversation.spoke_with,
                driver=conversation.driver,
                developments=conversation.developments,
                expected_yield=conversation.expected_yield,
                adapt_activities=conversation.adapt_activities,
                extra_efforts=conversation.extra_efforts,
                worries=conversation.worries,
                agreements_recording=conversation.agreements_recording,
            )
        )
    for topic, weight, reason in formation.interests:
        session.add(
            PartnerInterest(
                coalition_id=coalition_id,
                partner_id=partner_id,
                topic=topic,
                topic_key=topic_key(topic),
                weight=weight,
                reason_to_join=reason,
            )
        )
    session.add(
        PartnerPlan(
            coalition_id=coalition_id,
            partner_id=partner_id,
            role=formation.role,
            execution_power=formation.execution_power,
            notes=formation.notes,
            updated_by_name=coordinator.name,
        )
    )


def _add_step(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    coordinator: User,
    number: int,
    status: StepStatus,
    started: int,
    done: int | None,
    ticked: tuple[str, ...],
    notes: str,
) -> None:
    assert set(ticked) <= plan.STEP_BY_NUMBER[number].checklist_keys  # noqa: S101 - demo data
    now = utcnow()
    session.add(
        JourneyStep(
            coalition_id=coalition_id,
            step=number,
            status=status,
            skip_reason="",
            checklist=list(ticked),
            notes=notes,
            started_on=_weeks_ago(now.date(), started),
            done_on=_weeks_ago(now.date(), done) if done is not None else None,
            updated_by_name=coordinator.name,
        )
    )
    changes = [(StepStatus.not_started, StepStatus.in_progress, started)]
    if done is not None:
        changes.append((StepStatus.in_progress, status, done))
    for before, after, weeks in changes:
        session.add(
            JourneyStepChange(
                coalition_id=coalition_id,
                step=number,
                kind=StepChangeKind.forward,
                from_status=before,
                to_status=after,
                reason="",
                changed_by_id=coordinator.id,
                changed_by_name=coordinator.name,
                changed_at=now - timedelta(weeks=weeks),
            )
        )
