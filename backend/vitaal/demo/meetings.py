"""The demo coalition's exploration meeting, its working group and its plan of approach.

Four weeks ago the municipality and the entrepreneurs invited the partners together (a group of
front runners), stakeholders without execution power included. The meeting followed the
seed's programme; the chair determined where each partner stands: the theatre and library (Z in
the partner-strategy seed) are committed, the school board (X) intends to join but still has to
talk about teachers' time, the welfare institution (Y) is exploring. A working group on events
was formed, and the plan of approach shows the seed's figure 4: not every action has an owner
yet, and the coalition can start anyway. The start meeting is planned.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.meetings.models import (
    AgendaItem,
    CommitmentLevel,
    CommitmentRecord,
    InvitedBy,
    InviteeAttendance,
    InviteeScope,
    Meeting,
    MeetingDocument,
    MeetingInvitee,
    MeetingOutcome,
    MeetingOutcomeKind,
    MeetingStatus,
    MeetingType,
)
from vitaal.meetings.template import AgendaLanguage, agenda_template
from vitaal.partners.models import CoalitionPartner
from vitaal.plan.coverage import ActionFinancing, PlanActionStatus
from vitaal.plan.models import (
    PlanAction,
    WorkingStructure,
    WorkingStructureKind,
    WorkingStructureMember,
)

SCHOOL = "Scholengroep Binnenstad"
ENTREPRENEURS = "Ondernemersvereniging Centrum"
CULTURE = "Stadstheater & Bibliotheek"
RESIDENTS = "Bewonersvereniging Oude Stad"
HOUSING = "Woonstichting De Poort"
WELFARE = "Welzijn Rivierland"
MUNICIPALITY = "Gemeente Rivierstad"

# (partner, contact, execution power, attendance, level, points still to discuss)
INVITEES: tuple[tuple[str, str, bool, InviteeAttendance, CommitmentLevel, str], ...] = (
    (CULTURE, "Ingrid Smit", True, InviteeAttendance.present, CommitmentLevel.committed, ""),
    (
        ENTREPRENEURS,
        "Joost Verbeek",
        True,
        InviteeAttendance.present,
        CommitmentLevel.committed,
        "Bijdrage van niet-leden aan het evenementenbudget.",
    ),
    (
        SCHOOL,
        "Fatima Amrani",
        True,
        InviteeAttendance.present,
        CommitmentLevel.intends_to_join,
        "Inzet van docenten buiten lestijd; goedkeuring van het college van bestuur.",
    ),
    (
        RESIDENTS,
        "Henk Mulder",
        False,
        InviteeAttendance.present,
        CommitmentLevel.intends_to_join,
        "Hoe bewoners meepraten over de evenementenkalender (geluid, overlast).",
    ),
    (
        WELFARE,
        "Mirjam Koster",
        True,
        InviteeAttendance.present,
        CommitmentLevel.exploring,
        "Meerjarige subsidierelatie; ruimte voor andere aanbieders van jongerenwerk.",
    ),
    (
        HOUSING,
        "Sanne de Boer",
        True,
        InviteeAttendance.excused,
        CommitmentLevel.exploring,
        "Wonen boven winkels: past dit in de portefeuillestrategie?",
    ),
)

MINUTES = """## Verslag verkenningsbijeenkomst

**Aanwezig:** Stadstheater & Bibliotheek, Ondernemersvereniging Centrum, Scholengroep
Binnenstad, Bewonersvereniging Oude Stad, Welzijn Rivierland en de gemeente (kwartiermaker).
**Afgemeld:** Woonstichting De Poort.

### Visie
De wethouder schetste de binnenstad van 2030: levendig, schoon en veilig, met een eigen
cultureel programma en plek voor jongeren. Iedere partner herkende er een eigen belang in.

### Centraal deel
Drie groepen spraken over *evenementen en cultuur*, *schoon en veilig* en *jongeren en
onderwijs*. De ondernemers en het theater willen samen een evenementenkalender; de scholen
willen de binnenstad in hun voorlichting laten zien; het welzijnswerk wil jongerenwerk in de
avonduren, maar alleen met meerjarige financiering.

### Conclusie
Er is draagvlak om de opgave samen aan te pakken. De voorzitter stelde per partner het
commitment vast (zie hieronder). Afgesproken is eerst een intentieverklaring op te stellen en
over vijf weken een startbijeenkomst te houden.
"""

OUTCOMES: tuple[tuple[MeetingOutcomeKind, str, str | None, str, int | None, bool], ...] = (
    (
        MeetingOutcomeKind.decision,
        "De partners pakken de opgave 'levendige binnenstad' samen aan en leggen dat vast in "
        "een intentieverklaring.",
        None,
        "",
        None,
        True,
    ),
    (
        MeetingOutcomeKind.decision,
        "Er komt een werkgroep evenementen en programmering.",
        None,
        "",
        None,
        True,
    ),
    (
        MeetingOutcomeKind.next_step,
        "Concept-intentieverklaring rondsturen",
        MUNICIPALITY,
        "Anne de Vries",
        -21,
        True,
    ),
    (
        MeetingOutcomeKind.next_step,
        "Gesprek over inzet van docenten buiten lestijd",
        SCHOOL,
        "Fatima Amrani",
        7,
        False,
    ),
    (
        MeetingOutcomeKind.next_step,
        "Verkennen welke andere aanbieders jongerenwerk kunnen bieden",
        WELFARE,
        "Anne de Vries",
        14,
        False,
    ),
)

# (title, owner or None, hours, money, financed, financing, status, start in weeks, due in weeks)
ACTIONS: tuple[
    tuple[str, str | None, int, int, int, ActionFinancing | None, PlanActionStatus, int, int], ...
] = (
    (
        "Openbare ruimte in het kernwinkelgebied intensiever schoonhouden",
        MUNICIPALITY,
        600,
        45_000,
        45_000,
        ActionFinancing.own_work_package,
        PlanActionStatus.in_progress,
        -2,
        50,
    ),
    (
        "Gezamenlijke evenementenkalender binnenstad",
        ENTREPRENEURS,
        240,
        30_000,
        15_000,
        ActionFinancing.joint_fund,
        PlanActionStatus.planned,
        4,
        26,
    ),
    (
        "Zomerprogramma op de pleinen",
        CULTURE,
        320,
        80_000,
        50_000,
        ActionFinancing.subsidy,
        PlanActionStatus.planned,
        12,
        36,
    ),
    (
        "Binnenstad in het voorlichtingsmateriaal voor nieuwe studenten",
        SCHOOL,
        60,
        2_500,
        2_500,
        ActionFinancing.own_work_package,
        PlanActionStatus.planned,
        8,
        20,
    ),
    (
        "Meedenkavond voor bewonersinitiatieven",
        RESIDENTS,
        40,
        1_500,
        1_500,
        ActionFinancing.own_work_package,
        PlanActionStatus.planned,
        6,
        10,
    ),
    (
        "Jongerenwerk in de avonduren",
        None,
        1_200,
        120_000,
        0,
        ActionFinancing.subsidy,
        PlanActionStatus.planned,
        16,
        68,
    ),
    (
        "Extra fietsenstalling en parkeergarage aan de rand van het centrum",
        None,
        400,
        1_800_000,
        0,
        ActionFinancing.assignment,
        PlanActionStatus.planned,
        26,
        120,
    ),
    (
        "Wonen boven winkels: pilot met twee panden",
        None,
        300,
        250_000,
        0,
        None,
        PlanActionStatus.planned,
        20,
        72,
    ),
)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    # 15:00 in the Netherlands in winter is 14:00 UTC: stored in UTC, shown in local time.
    return datetime.combine(day, time(hour - 1, minute), tzinfo=UTC)


async def load_meetings(session: AsyncSession, coalition_id: uuid.UUID, coordinator: User) -> None:
    partners = {
        p.name: p.id
        for p in await session.scalars(
            select(CoalitionPartner).where(CoalitionPartner.coalition_id == coalition_id)
        )
    }
    today = utcnow().date()
    await _exploration(session, coalition_id, coordinator, partners, today)
    _start_meeting(session, coalition_id, coordinator, today)
    _working_group(session, coalition_id, coordinator, partners)
    for title, owner, hours, money, financed, financing, status, start, due in ACTIONS:
        session.add(
            PlanAction(
                coalition_id=coalition_id,
                title=title,
                owner_partner_id=partners.get(owner) if owner else None,
                hours=hours,
                money=money,
                money_financed=financed,
                financing=financing,
                starts_on=today + timedelta(weeks=start),
                due_on=today + timedelta(weeks=due),
                status=status,
            )
        )
    await session.flush()


async def _exploration(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    coordinator: User,
    partners: dict[str, uuid.UUID],
    today: date,
) -> Meeting:
    held_on = today - timedelta(weeks=4)
    meeting = Meeting(
        coalition_id=coalition_id,
        type=MeetingType.exploration,
        status=MeetingStatus.held,
        title="Verkenningsbijeenkomst Levendige binnenstad",
        starts_at=_at(held_on, 15),
        ends_at=_at(held_on, 18),
        place="Stadstheater Rivierstad, foyer",
        chair_name="Karin Jansen (onafhankelijk gespreksleider)",
        invitee_scope=InviteeScope.with_stakeholders,
        invited_by=InvitedBy.front_runners,
        invitation_note=(
            "De uitnodiging ging uit van de gemeente en de ondernemersvereniging samen. Ook de "
            "bewonersvereniging is uitgenodigd: zonder eigen uitvoeringskracht, maar de "
            "binnenstad is van de bewoners."
        ),
        minutes=MINUTES,
        created_by_id=coordinator.id,
    )
    session.add(meeting)
    await session.flush()
    for position, item in enumerate(agenda_template(MeetingType.exploration, AgendaLanguage.nl)):
        session.add(
            AgendaItem(
                coalition_id=coalition_id,
                meeting_id=meeting.id,
                part=item.part,
                title=item.title,
                description=item.description,
                duration_minutes=item.duration_minutes,
                position=position,
            )
        )
    session.add_all(
        [
            MeetingDocument(
                coalition_id=coalition_id,
                meeting_id=meeting.id,
                title="Uitnodiging: aanleiding en doel van de bijeenkomst",
                url="https://rivierstad.example/binnenstad/uitnodiging.pdf",
            ),
            MeetingDocument(
                coalition_id=coalition_id,
                meeting_id=meeting.id,
                title="Notitie: eerste schets van de samenwerking",
                url="https://rivierstad.example/binnenstad/schets-samenwerking.pdf",
            ),
        ]
    )
    recorded_at = _at(held_on, 17, 30)
    for name, contact, power, attendance, level, points in INVITEES:
        partner_id = partners.get(name)
        if partner_id is None:
            continue
        session.add(
            MeetingInvitee(
                coalition_id=coalition_id,
                meeting_id=meeting.id,
                partner_id=partner_id,
                person_name=contact,
                has_execution_power=power,
                attendance=attendance,
            )
        )
        session.add(
            CommitmentRecord(
                coalition_id=coalition_id,
                meeting_id=meeting.id,
                partner_id=partner_id,
                level=level,
                points_to_discuss=points,
                recorded_by_id=coordinator.id,
                recorded_by_name=coordinator.name,
                recorded_at=recorded_at,
            )
        )
    for kind, description, owner, owner_name, due_in_days, done in OUTCOMES:
        session.add(
            MeetingOutcome(
                coalition_id=coalition_id,
                meeting_id=meeting.id,
                kind=kind,
                description=description,
                owner_partner_id=partners.get(owner) if owner else None,
                owner_name=owner_name,
                due_on=today + timedelta(days=due_in_days) if due_in_days is not None else None,
                done=done,
            )
        )
    await session.flush()
    return meeting


def _start_meeting(
    session: AsyncSession, coalition_id: uuid.UUID, coordinator: User, today: date
) -> None:
    day = today + timedelta(weeks=1)
    meeting = Meeting(
        coalition_id=coalition_id,
        type=MeetingType.start,
        title="Startbijeenkomst: oprichting vitale coalitie",
        starts_at=_at(day, 16),
        ends_at=_at(day, 18, 30),
        place="Stadhuis Rivierstad, raadzaal",
        chair_name="Wethouder binnenstad",
        invitee_scope=InviteeScope.execution_power_only,
        invited_by=InvitedBy.lead_partner,
        created_by_id=coordinator.id,
    )
    meeting.agenda = [
        AgendaItem(
            coalition_id=coalition_id,
            part=item.part,
            title=item.title,
            description=item.description,
            duration_minutes=item.duration_minutes,
            position=position,
        )
        for position, item in enumerate(agenda_template(MeetingType.start, AgendaLanguage.nl))
    ]
    session.add(meeting)


def _working_group(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    coordinator: User,
    partners: dict[str, uuid.UUID],
) -> None:
    group = WorkingStructure(
        coalition_id=coalition_id,
        kind=WorkingStructureKind.working_group,
        name="Werkgroep evenementen en programmering",
        purpose=(
            "Een gezamenlijke evenementenkalender en een zomerprogramma op de pleinen uitwerken, "
            "met oog voor bewoners en ondernemers."
        ),
    )
    group.members = [
        WorkingStructureMember(
            coalition_id=coalition_id, partner_id=partners.get(name), name=person, role=role
        )
        for name, person, role in (
            (CULTURE, "Ingrid Smit", "trekker"),
            (ENTREPRENEURS, "Joost Verbeek", "lid"),
            (RESIDENTS, "Henk Mulder", "lid"),
            (MUNICIPALITY, "Evenementencoördinator gemeente", "secretaris"),
        )
    ]
    group.members.append(
        WorkingStructureMember(
            coalition_id=coalition_id,
            partner_id=partners.get(MUNICIPALITY),
            user_id=coordinator.id,
            name=coordinator.name,
            role="kwartiermaker",
        )
    )
    session.add(group)
    session.add(
        WorkingStructure(
            coalition_id=coalition_id,
            kind=WorkingStructureKind.sounding_board,
            name="Klankbordgroep bewoners en bezoekers",
            purpose="Toetst de plannen aan wat bewoners en bezoekers van de binnenstad merken.",
        )
    )
