"""The demo municipality's issue register: vacancy and liveability of the city centre and a
few more, in different phases, with their history, stakeholder analysis, activities with
costs and funding, and evaluation moments (one of them closed an issue: goal reached).

The issues being worked on have a workable frame: a goal and objectives, most also their added
value; the one still being monitored has none yet, as the seed frames an issue once the
interests around it are known."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.issues import service as issue_service
from vitaal.issues.models import (
    EvaluationOutcome,
    FundingSource,
    IssueActivity,
    IssueChange,
    IssueChangeKind,
    IssueEvaluation,
    IssueFrameChange,
    IssuePhase,
    IssueScope,
    IssueStakeholder,
    IssueStatus,
    StakeholderStance,
)
from vitaal.issues.schemas import EvaluationOutcomeIn, IssueCreate
from vitaal.stakeholders import service as stakeholder_service
from vitaal.stakeholders.models import StakeholderKind, StakeholderType
from vitaal.stakeholders.schemas import ContactPerson, StakeholderCreate

STAKEHOLDERS = (
    StakeholderCreate(
        kind=StakeholderKind.organisation,
        name="Vereniging Vastgoedeigenaren Rivierstad",
        type=StakeholderType.business,
        sector="Vastgoed",
        region="Rivierstad",
        contacts=[ContactPerson(name="Pieter van Dam", role="Voorzitter")],
        tags=["vastgoed", "binnenstad"],
        interests="Huurwaarde op peil houden; geen verplichte leegstandsheffing.",
    ),
    StakeholderCreate(
        kind=StakeholderKind.organisation,
        name="Centrummanagement Rivierstad",
        type=StakeholderType.business,
        sector="Detailhandel en horeca",
        region="Rivierstad",
        contacts=[ContactPerson(name="Joost Verbeek", role="Centrummanager")],
        tags=["ondernemers", "binnenstad"],
        interests="Meer bezoekers en langere verblijfsduur in de binnenstad.",
    ),
    StakeholderCreate(
        kind=StakeholderKind.organisation,
        name="Politie basisteam Rivierstad",
        type=StakeholderType.government,
        sector="Veiligheid",
        region="Rivierstad",
        tags=["veiligheid"],
        interests="Minder overlast en winkeldiefstal; goede informatiepositie.",
    ),
    StakeholderCreate(
        kind=StakeholderKind.organisation,
        name="Provincie Rivierland",
        type=StakeholderType.government,
        sector="Openbaar bestuur",
        region="Rivierland",
        tags=["subsidie", "binnenstad"],
        interests="Vitale kernen; subsidieregeling binnensteden.",
    ),
)


@dataclass(frozen=True)
class DemoActivity:
    title: str
    cost: int
    source: FundingSource
    funded: bool
    description: str = ""
    starts_in_days: int | None = None
    weeks: int = 12


@dataclass(frozen=True)
class DemoIssue:
    data: IssueCreate
    # (days ago, phase, reason): the way the issue went, oldest first, after registration.
    path: tuple[tuple[int, IssuePhase, str], ...] = ()
    registered_days_ago: int = 120
    stakeholders: tuple[tuple[int, StakeholderStance, int, int, str], ...] = ()
    activities: tuple[DemoActivity, ...] = ()
    # (days from now, focus, outcome or None, note)
    evaluations: tuple[tuple[int, str, EvaluationOutcome | None, str], ...] = field(
        default_factory=tuple
    )


ISSUES = (
    DemoIssue(
        data=IssueCreate(
            title="Leegstand in de winkelstraten",
            description=(
                "In de Hoogstraat en de Korte Kerkstraat staat 14% van de winkelpanden leeg. "
                "Ondernemers merken minder passanten; vastgoedeigenaren houden vast aan hoge "
                "huren. Zonder ingrijpen dreigt een neerwaartse spiraal."
            ),
            scope=IssueScope.integral,
            scope_note="Samen met ondernemers, vastgoedeigenaren en de provincie",
            tags=["leegstand", "binnenstad", "detailhandel"],
            status=IssueStatus.active,
            phase=IssuePhase.emergence,
            impact=5,
            urgency=4,
            goal="De leegstand in de Hoogstraat en de Korte Kerkstraat is eind 2028 gedaald "
            "van 14% naar onder de 8%.",
            objectives=[
                "Drie leegstaande panden tijdelijk verhuurd aan starters",
                "Een gevelverbeteringsfonds met de vastgoedeigenaren",
                "Elk kwartaal de leegstand per straat gemeten",
            ],
            added_value="Ondernemers krijgen weer passanten, vastgoedeigenaren verhuurde "
            "panden en de gemeente een levendige binnenstad: samen bereiken we wat geen partij "
            "alleen kan.",
        ),
        registered_days_ago=200,
        path=(
            (
                150,
                IssuePhase.societal_pressure,
                "Regionale krant: 'Binnenstad loopt leeg'; ondernemers luiden de noodklok.",
            ),
            (
                60,
                IssuePhase.opinion_forming,
                "Raadsinformatieavond: ondernemers en vastgoedeigenaren verdeeld over een "
                "leegstandsheffing.",
            ),
        ),
        stakeholders=(
            (
                0,
                StakeholderStance.opposed,
                4,
                5,
                "Tegen een leegstandsheffing; wel open voor tijdelijke verhuur.",
            ),
            (1, StakeholderStance.supportive, 5, 3, "Trekker van de pop-upaanpak."),
            (3, StakeholderStance.supportive, 3, 4, "Subsidieregeling binnensteden 2027."),
        ),
        activities=(
            DemoActivity(
                "Pop-upwinkels in leegstaande panden",
                18_000,
                FundingSource.subsidy,
                funded=False,
                description="Zes maanden tijdelijke verhuur aan starters in drie panden.",
                starts_in_days=45,
                weeks=26,
            ),
            DemoActivity(
                "Gevelverbeteringsfonds",
                45_000,
                FundingSource.joint_fund,
                funded=False,
                description="Gemeente en vastgoedeigenaren leggen elk de helft in.",
                starts_in_days=90,
                weeks=52,
            ),
            DemoActivity(
                "Leegstandsmonitor per straat",
                6_500,
                FundingSource.own_budget,
                funded=True,
                starts_in_days=-30,
                weeks=8,
            ),
        ),
        evaluations=(
            (
                -20,
                "Werkt de leegstandsmonitor? Is de pop-upaanpak haalbaar?",
                EvaluationOutcome.adjust,
                "Eerst met drie panden beginnen in plaats van zes.",
            ),
            (100, "Is de leegstand in de Hoogstraat gedaald?", None, ""),
        ),
    ),
    DemoIssue(
        data=IssueCreate(
            title="Overlast in het uitgaansgebied",
            description=(
                "Bewoners van de Oude Stad klagen over geluid en vernielingen na sluitingstijd. "
                "De leefbaarheid van de binnenstad als woonplek staat onder druk."
            ),
            scope=IssueScope.member_group,
            scope_note="Bewoners en horeca rond de Grote Markt",
            tags=["leefbaarheid", "horeca", "binnenstad"],
            status=IssueStatus.active,
            phase=IssuePhase.emergence,
            impact=3,
            urgency=4,
            goal="Bewoners van de Oude Stad slapen weer door in het weekend: de klachten over "
            "nachtelijke overlast zijn binnen een jaar gehalveerd.",
            objectives=[
                "Een nachtburgemeester als aanspreekpunt voor bewoners en horeca",
                "Straatcoaches op vrijdag- en zaterdagnacht",
            ],
            added_value="Horeca houdt haar openingstijden, bewoners hun woongenot.",
        ),
        registered_days_ago=90,
        path=(
            (
                40,
                IssuePhase.societal_pressure,
                "Petitie van 600 bewoners aangeboden aan de burgemeester.",
            ),
        ),
        stakeholders=(
            (1, StakeholderStance.neutral, 4, 3, "Horeca wil geen kortere openingstijden."),
            (2, StakeholderStance.supportive, 4, 4, "Extra surveillance in het weekend."),
        ),
        activities=(
            DemoActivity(
                "Pilot nachtburgemeester",
                12_000,
                FundingSource.sponsor,
                funded=True,
                description="Een jaar lang een nachtburgemeester als aanspreekpunt.",
                starts_in_days=14,
                weeks=52,
            ),
            DemoActivity(
                "Straatcoaches in het weekend",
                22_000,
                FundingSource.own_budget,
                funded=False,
                starts_in_days=30,
                weeks=26,
            ),
        ),
        evaluations=((60, "Zijn de klachten over overlast afgenomen?", None, ""),),
    ),
    DemoIssue(
        data=IssueCreate(
            title="Winkeldiefstal en ondermijning",
            description="Georganiseerde winkeldiefstal en signalen van witwassen via panden.",
            scope=IssueScope.association,
            tags=["veiligheid", "ondermijning"],
            status=IssueStatus.active,
            phase=IssuePhase.emergence,
            impact=4,
            urgency=3,
            goal="Geen pand in de binnenstad wordt verhuurd zonder Bibob-toets.",
            objectives=["Gezamenlijke controles met de politie", "Een collectief camerasysteem"],
        ),
        registered_days_ago=300,
        path=(
            (250, IssuePhase.opinion_forming, "Ondernemers en politie delen signalen."),
            (180, IssuePhase.political_consequences, "Raad stelt Bibob-beleid aan."),
            (70, IssuePhase.enforcement, "Eerste Bibob-toetsen en gezamenlijke controles."),
        ),
        stakeholders=((2, StakeholderStance.supportive, 5, 5, "Samen controleren."),),
        activities=(
            DemoActivity(
                "Collectief winkelcamerasysteem",
                30_000,
                FundingSource.subsidy,
                funded=True,
                starts_in_days=-60,
                weeks=12,
            ),
        ),
    ),
    DemoIssue(
        data=IssueCreate(
            title="Bereikbaarheid en parkeertarieven",
            description="Ondernemers vrezen dat hogere parkeertarieven bezoekers wegjagen.",
            scope=IssueScope.member_group,
            scope_note="Ondernemers in de binnenstad",
            tags=["bereikbaarheid", "parkeren"],
            status=IssueStatus.monitoring,
            phase=IssuePhase.emergence,
            impact=2,
            urgency=2,
        ),
        registered_days_ago=20,
    ),
    DemoIssue(
        data=IssueCreate(
            title="Kerstverlichting binnenstad",
            description="Geen gezamenlijke financiering meer voor de kerstverlichting.",
            scope=IssueScope.member_group,
            scope_note="Winkeliersvereniging",
            tags=["binnenstad", "sfeer"],
            status=IssueStatus.active,
            phase=IssuePhase.emergence,
            impact=2,
            urgency=3,
            goal="De kerstverlichting in de binnenstad is voor drie jaar gezamenlijk gefinancierd.",
            objectives=["Een ondernemersfonds waarin alle winkeliers bijdragen"],
            added_value="Sfeer in de binnenstad in december, zonder dat elk jaar opnieuw met de "
            "pet rond moet.",
        ),
        registered_days_ago=330,
        path=((300, IssuePhase.opinion_forming, "Ondernemersfonds voorgesteld."),),
        activities=(
            DemoActivity("Ondernemersfonds opzetten", 4_000, FundingSource.own_budget, True),
        ),
        evaluations=(
            (
                -30,
                "Is de kerstverlichting voor drie jaar gefinancierd?",
                EvaluationOutcome.goal_reached,
                "Ondernemersfonds loopt; verlichting geregeld.",
            ),
        ),
    ),
)


async def load_issues(session: AsyncSession, organisation_id: uuid.UUID, user: User) -> None:
    """Add the demo issues to the organisation's register, with ``user`` as their owner."""
    now = utcnow()
    stakeholders = [
        await stakeholder_service.create(session, organisation_id, s) for s in STAKEHOLDERS
    ]
    for demo in ISSUES:
        data = demo.data.model_copy(update={"owner_id": user.id})
        issue = await issue_service.create_issue(
            session, organisation_id=organisation_id, created_by=user, data=data
        )
        registered = now - timedelta(days=demo.registered_days_ago)
        issue.created_at = issue.phase_since = registered
        await session.flush()
        # The registration entries were written with the current time; move them back.
        for change in await session.scalars(
            select(IssueChange).where(IssueChange.issue_id == issue.id)
        ):
            change.changed_at = registered
        for frame in await session.scalars(
            select(IssueFrameChange).where(IssueFrameChange.issue_id == issue.id)
        ):
            frame.changed_at = registered
        for days_ago, phase, reason in demo.path:
            at = now - timedelta(days=days_ago)
            session.add(
                IssueChange(
                    organisation_id=organisation_id,
                    issue_id=issue.id,
                    kind=IssueChangeKind.phase,
                    old_value=issue.phase,
                    new_value=phase,
                    reason=reason,
                    changed_at=at,
                    changed_by_id=user.id,
                    changed_by_name=user.name,
                )
            )
            issue.phase, issue.phase_since = phase, at
        for index, stance, interest, influence, notes in demo.stakeholders:
            session.add(
                IssueStakeholder(
                    organisation_id=organisation_id,
                    issue_id=issue.id,
                    stakeholder_id=stakeholders[index].id,
                    stance=stance,
                    interest=interest,
                    influence=influence,
                    notes=notes,
                )
            )
        for activity in demo.activities:
            starts = (
                (now + timedelta(days=activity.starts_in_days)).date()
                if activity.starts_in_days is not None
                else None
            )
            session.add(
                IssueActivity(
                    organisation_id=organisation_id,
                    issue_id=issue.id,
                    title=activity.title,
                    description=activity.description,
                    starts_on=starts,
                    ends_on=starts + timedelta(weeks=activity.weeks) if starts else None,
                    cost_estimate=activity.cost,
                    funding_source=activity.source,
                    funded=activity.funded,
                )
            )
        await session.flush()
        for days, focus, outcome, note in demo.evaluations:
            evaluation = IssueEvaluation(
                organisation_id=organisation_id,
                issue_id=issue.id,
                planned_on=(now + timedelta(days=days)).date(),
                focus=focus,
                outcome_note="",
            )
            session.add(evaluation)
            await session.flush()
            if outcome is not None:
                await issue_service.record_outcome(
                    session,
                    issue,
                    evaluation,
                    user,
                    EvaluationOutcomeIn(outcome=outcome, note=note),
                )
    await session.flush()
