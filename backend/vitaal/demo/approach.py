"""The demo municipality's approach to its issues: vacancy in the shopping streets has agenda
items, a policy link, reputation actions, a position paper in two versions and an external
communication plan; the night-time nuisance was assessed and found no crisis; shoplifting and
organised crime was escalated to a crisis after a series of ram raids and de-escalated again."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.approach import service as approach_service
from vitaal.approach.models import (
    ActionStatus,
    AgendaForum,
    AgendaStatus,
    IssueAgendaItem,
    IssuePolicyLink,
    ReputationAction,
    ReputationKind,
)
from vitaal.approach.schemas import PositionPaperSave
from vitaal.auth.models import User
from vitaal.communication import service as communication_service
from vitaal.communication.models import CommunicationChannel, CommunicationItem, CommunicationStatus
from vitaal.communication.schemas import CommunicationCreate
from vitaal.core.db import utcnow
from vitaal.crisis import service as crisis_service
from vitaal.crisis.escalation import ThreatLevel, ThreatSubject
from vitaal.crisis.models import CrisisTask
from vitaal.crisis.schemas import CrisisAssessmentCreate, DeEscalate, Escalate
from vitaal.issues.models import Issue, IssueChange, IssueChangeKind

PAPER_V1 = """## Ons standpunt

De gemeente Rivierstad kiest **niet** voor een leegstandsheffing. Wij kiezen voor een
gezamenlijke aanpak met vastgoedeigenaren en ondernemers.

## Wat wij doen

- een leegstandsmonitor per straat;
- pop-upwinkels voor starters in leegstaande panden.
"""

PAPER_V2 = """## Ons standpunt

De gemeente Rivierstad kiest **niet** voor een leegstandsheffing. Wij kiezen voor een
gezamenlijke aanpak met vastgoedeigenaren, ondernemers en de provincie.

## Wat wij doen

- een leegstandsmonitor per straat;
- pop-upwinkels voor starters in drie leegstaande panden (eerste fase);
- een gevelverbeteringsfonds, voor de helft gevuld door vastgoedeigenaren.

## Wat wij vragen

Van vastgoedeigenaren: tijdelijke verhuur tegen een lagere huur. Van de provincie: een
bijdrage uit de subsidieregeling binnensteden 2027.

| Doel | Nu | 2028 |
|---|---|---|
| Leegstand Hoogstraat | 14% | < 5% |
"""


async def _issue(session: AsyncSession, organisation_id: uuid.UUID, title: str) -> Issue | None:
    return await session.scalar(
        select(Issue).where(Issue.organisation_id == organisation_id, Issue.title == title)
    )


async def _vacancy(session: AsyncSession, issue: Issue, user: User) -> None:
    today = utcnow().date()
    for days, forum, title, status, notes in (
        (-45, AgendaForum.board, "Leegstand: geen heffing, wel een fonds?", AgendaStatus.discussed,
         "Bestuur steunt de gezamenlijke aanpak; heffing van tafel."),
        (21, AgendaForum.members_meeting, "Leegstand: position paper bespreken",
         AgendaStatus.planned, ""),
        (35, AgendaForum.working_group, "Werkgroep binnenstad: voortgang pop-upwinkels",
         AgendaStatus.planned, ""),
    ):  # fmt: skip
        await approach_service.add_child(
            session,
            issue,
            IssueAgendaItem(
                forum=forum,
                title=title,
                planned_on=today + timedelta(days=days),
                status=status,
                notes=notes,
            ),
        )
    await approach_service.add_child(
        session,
        issue,
        IssuePolicyLink(
            title="Binnenstadsvisie Rivierstad 2030",
            url="https://www.rivierstad.nl/binnenstadsvisie",
            notes="Hoofdstuk 4: een compacte, levendige winkelkern.",
        ),
    )
    for kind, description, owner, days, action_status in (
        (ReputationKind.proactive_core_risks,
         "Leegstandscijfers per straat zelf publiceren voordat de krant het doet",
         "Team economie", 14, ActionStatus.in_progress),
        (ReputationKind.build_reserve,
         "Ondernemersontbijt met vastgoedeigenaren: successen van de pop-upwinkels delen",
         "Wethouder economie", 30, ActionStatus.open),
        (ReputationKind.protect,
         "Woordvoeringslijn klaarzetten voor vragen over de leegstandsheffing",
         "Communicatie", -10, ActionStatus.done),
    ):  # fmt: skip
        await approach_service.add_child(
            session,
            issue,
            ReputationAction(
                kind=kind,
                description=description,
                owner=owner,
                due_on=today + timedelta(days=days),
                status=action_status,
            ),
        )
    first = await approach_service.save_position_paper(
        session, issue, user, PositionPaperSave(title="Samen tegen leegstand", content=PAPER_V1)
    )
    second = await approach_service.save_position_paper(
        session,
        issue,
        user,
        PositionPaperSave(
            title="Samen tegen leegstand",
            content=PAPER_V2,
            note="Na het bestuur: fonds en vraag aan de provincie toegevoegd",
        ),
    )
    first.created_at = utcnow() - timedelta(days=40)
    second.created_at = utcnow() - timedelta(days=12)
    for days, audience, message, channel, owner, line_status in (
        (-7, "Ondernemers Hoogstraat en Korte Kerkstraat",
         "Waarom geen heffing, en hoe u kunt meedoen met de pop-upaanpak",
         CommunicationChannel.letter, "Centrummanager", CommunicationStatus.sent),
        (10, "Inwoners", "Factsheet: leegstand in cijfers en wat wij eraan doen",
         CommunicationChannel.factsheet, "Communicatie", CommunicationStatus.planned),
        (24, "Regionale pers", "Presentatie position paper en eerste pop-upwinkels",
         CommunicationChannel.press, "Wethouder economie", CommunicationStatus.planned),
        (30, "Volgers op sociale media", "Vlog: een dag in een pop-upwinkel",
         CommunicationChannel.social_media, "Communicatie", CommunicationStatus.planned),
    ):  # fmt: skip
        await communication_service.create(
            session,
            issue,
            CommunicationCreate(
                audience=audience,
                message=message,
                channel=channel,
                planned_on=today + timedelta(days=days),
                owner=owner,
                status=line_status,
            ),
        )


async def _nuisance(session: AsyncSession, issue: Issue, user: User) -> None:
    assessment = await crisis_service.assess(
        session,
        issue,
        user,
        CrisisAssessmentCreate(
            reputation=ThreatLevel.real,
            continuity=ThreatLevel.none,
            subject=ThreatSubject.association,
            several_members=False,
            member_affects_whole=False,
            note="Petitie van bewoners; één horecazaak is de bron van de meeste klachten. "
            "Geen crisis: aanpak via de nachtburgemeester.",
        ),
    )
    assessment.assessed_at = utcnow() - timedelta(days=38)


async def _shoplifting(session: AsyncSession, issue: Issue, user: User) -> None:
    """Escalated 100 days ago after ram raids on three jewellers, de-escalated 75 days ago."""
    assessment = await crisis_service.assess(
        session,
        issue,
        user,
        CrisisAssessmentCreate(
            reputation=ThreatLevel.acute,
            continuity=ThreatLevel.real,
            subject=ThreatSubject.both,
            several_members=True,
            member_affects_whole=False,
            note="Drie ramkraken bij juweliers in één week; landelijke media spreken van "
            "'de onveiligste binnenstad van de regio'.",
        ),
    )
    protocol = await crisis_service.escalate(
        session, issue, user, Escalate(assessment_id=assessment.id)
    )
    tasks = (
        await session.scalars(select(CrisisTask).where(CrisisTask.protocol_id == protocol.id))
    ).all()
    escalated = utcnow() - timedelta(days=100)
    for index, task in enumerate(tasks):
        task.due_on = date.fromordinal(escalated.date().toordinal() + min(index * 3, 40))
        if index < len(tasks) - 3:  # the closure tasks are still open in the history
            task.done_at, task.done_by_name = escalated + timedelta(days=index * 2), user.name
    await crisis_service.de_escalate(
        session,
        issue,
        user,
        DeEscalate(reason="Camerasysteem en gezamenlijke controles werken; geen nieuwe ramkraken."),
    )
    assessment.assessed_at = escalated - timedelta(hours=2)
    protocol.escalated_at = escalated
    protocol.de_escalated_at = escalated + timedelta(days=25)
    changes = (
        await session.scalars(
            select(IssueChange)
            .where(IssueChange.issue_id == issue.id, IssueChange.kind == IssueChangeKind.status)
            .order_by(IssueChange.changed_at.desc())
            .limit(2)
        )
    ).all()
    for change, when in zip(changes, (protocol.de_escalated_at, escalated), strict=False):
        change.changed_at = when
    for line in await session.scalars(
        select(CommunicationItem).where(CommunicationItem.protocol_id == protocol.id)
    ):
        if line.planned_on is not None:
            line.planned_on -= timedelta(days=100)
        line.status = CommunicationStatus.done


async def load_approach(session: AsyncSession, organisation_id: uuid.UUID, user: User) -> None:
    """Needs the demo issue register (``demo.issues.load_issues``) to be loaded first."""
    for title, load in (
        ("Leegstand in de winkelstraten", _vacancy),
        ("Overlast in het uitgaansgebied", _nuisance),
        ("Winkeldiefstal en ondermijning", _shoplifting),
    ):
        issue = await _issue(session, organisation_id, title)
        if issue is not None:
            await load(session, issue, user)
    await session.flush()
