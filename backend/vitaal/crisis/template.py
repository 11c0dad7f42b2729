"""Vitaal's crisis protocol template (no I/O): per scenario the tasks a new escalation starts
with, a due day counted from the escalation, and the first lines of the crisis communication plan.

A Vitaal rule, not from the method: the seed asks for a crisis protocol "with scenarios from
signalling to evaluation and closure", a crisis team and often a communication plan. The two
scenarios in between (first response, stabilisation), the tasks, their due days and the first
communication lines are Vitaal's filling of that gap. An organisation can replace the tasks with
its own (``models.CrisisTemplateTask``); everything is editable once a protocol is created.
"""

from __future__ import annotations

from dataclasses import dataclass

from vitaal.communication.models import CommunicationChannel
from vitaal.crisis.models import CrisisScenario

# Days after the escalation by which the tasks of a scenario are due.
DUE_AFTER_DAYS = {
    CrisisScenario.signalling: 0,
    CrisisScenario.first_response: 1,
    CrisisScenario.stabilisation: 14,
    CrisisScenario.evaluation: 42,
    CrisisScenario.closure: 56,
}

TASKS: dict[str, dict[CrisisScenario, tuple[str, ...]]] = {
    "nl": {
        CrisisScenario.signalling: (
            "Feiten verzamelen: wat is er gebeurd, sinds wanneer en wie zijn betrokken?",
            "Betrokken leden en hun situatie in kaart brengen",
            "Crisisteam bijeenroepen en rollen verdelen",
        ),
        CrisisScenario.first_response: (
            "Eerste reactie (holdingstatement) opstellen en laten vaststellen",
            "Betrokken leden persoonlijk informeren",
            "Bestuur informeren en mandaat voor het crisisteam vastleggen",
            "Woordvoerder aanwijzen; vragen van pers doorverwijzen",
        ),
        CrisisScenario.stabilisation: (
            "Maatregelen met de betrokken leden afspreken",
            "Media en sociale media dagelijks monitoren",
            "Leden en stakeholders regelmatig bijpraten over de stand van zaken",
            "Samenwerkingen met partners die zelf in crisis zijn waar nodig pauzeren",
        ),
        CrisisScenario.evaluation: (
            "Evalueren met het crisisteam: wat ging goed, wat kan beter?",
            "Reputatie en vertrouwen van leden en stakeholders peilen",
            "Samenwerkingsportfolio herzien: welke samenwerkingen zijn meer of minder relevant?",
        ),
        CrisisScenario.closure: (
            "Afronding melden aan leden en stakeholders",
            "Lessen en het aangepaste protocol vastleggen",
            "Issue teruggeven aan het reguliere issuemanagement",
        ),
    },
    "en": {
        CrisisScenario.signalling: (
            "Gather the facts: what happened, since when, and who is involved?",
            "Map the members involved and their situation",
            "Convene the crisis team and divide the roles",
        ),
        CrisisScenario.first_response: (
            "Draft a first response (holding statement) and have it approved",
            "Inform the members involved in person",
            "Inform the board and record the crisis team's mandate",
            "Appoint a spokesperson; refer press questions to them",
        ),
        CrisisScenario.stabilisation: (
            "Agree on measures with the members involved",
            "Monitor news and social media daily",
            "Update members and stakeholders regularly",
            "Pause collaborations with partners that are in crisis themselves where needed",
        ),
        CrisisScenario.evaluation: (
            "Evaluate with the crisis team: what went well, what could be better?",
            "Gauge the reputation and the trust of members and stakeholders",
            "Review the collaboration portfolio: which collaborations matter more or less now?",
        ),
        CrisisScenario.closure: (
            "Announce the closure to members and stakeholders",
            "Record the lessons and the adjusted protocol",
            "Hand the issue back to regular issue management",
        ),
    },
}


@dataclass(frozen=True)
class TemplateTask:
    scenario: CrisisScenario
    title: str
    due_after_days: int


def vitaal_tasks(lang: str) -> list[TemplateTask]:
    """Vitaal's template in ``lang``, from signalling to closure."""
    return [
        TemplateTask(scenario, title, DUE_AFTER_DAYS[scenario])
        for scenario, titles in TASKS[lang].items()
        for title in titles
    ]


# Sorting by it groups tasks from signalling to closure and keeps their order within each.
SCENARIO_ORDER = {scenario: index for index, scenario in enumerate(CrisisScenario)}


@dataclass(frozen=True)
class PlannedMessage:
    audience: str
    message: str
    channel: CommunicationChannel
    after_days: int


COMMUNICATIONS: dict[str, tuple[PlannedMessage, ...]] = {
    "nl": (
        PlannedMessage(
            "Betrokken leden",
            "Wat er is gebeurd, wat wij doen en wanneer zij weer van ons horen",
            CommunicationChannel.phone,
            0,
        ),
        PlannedMessage(
            "Alle leden",
            "Eerste bericht met de feiten en de aanpak van de vereniging",
            CommunicationChannel.email,
            1,
        ),
        PlannedMessage(
            "Pers en media",
            "Holdingstatement via de woordvoerder",
            CommunicationChannel.press,
            1,
        ),
        PlannedMessage(
            "Bestuur en stakeholders",
            "Stand van zaken, besluiten en volgende stappen",
            CommunicationChannel.meeting,
            7,
        ),
    ),
    "en": (
        PlannedMessage(
            "Members involved",
            "What happened, what we are doing and when they will hear from us again",
            CommunicationChannel.phone,
            0,
        ),
        PlannedMessage(
            "All members",
            "First message with the facts and the association's approach",
            CommunicationChannel.email,
            1,
        ),
        PlannedMessage(
            "Press and media",
            "Holding statement through the spokesperson",
            CommunicationChannel.press,
            1,
        ),
        PlannedMessage(
            "Board and stakeholders",
            "State of affairs, decisions and next steps",
            CommunicationChannel.meeting,
            7,
        ),
    ),
}
