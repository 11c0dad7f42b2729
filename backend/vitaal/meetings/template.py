"""The programme of an exploration meeting from the step-plan seed (steps 4-5): a beginning that
sketches the vision, a central part where partners share interests and ideas, a concluding part
that establishes support and next steps, and a closing with recognition and networking.

A start meeting (step 9) follows the same four parts with the founding in the conclusion; a
regular meeting during execution (step 10) keeps the partners talking about the vision rather
than reading long progress reports. Pure data: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vitaal.meetings.models import AgendaPart, MeetingType


class AgendaLanguage(StrEnum):
    nl = "nl"
    en = "en"


@dataclass(frozen=True)
class TemplateItem:
    part: AgendaPart
    title: str
    description: str
    duration_minutes: int


_T = TemplateItem
_V, _C, _K, _S = AgendaPart.vision, AgendaPart.central, AgendaPart.conclusion, AgendaPart.closing

EXPLORATION: dict[AgendaLanguage, tuple[TemplateItem, ...]] = {
    AgendaLanguage.nl: (
        _T(
            _V,
            "Presentatie van de visie",
            "Wat er mogelijk wordt als de beoogde vitale coalitie slaagt, hoe deze visie voor de "
            "verschillende aanwezige partners relevant is en hoe hun inzet belangrijk is voor de "
            "realisatie ervan.",
            20,
        ),
        _T(
            _V,
            "Stand van zaken, kansen en bedreigingen",
            "De actuele stand van zaken, kansen en bedreigingen, uitmondend in een schets van een "
            "aanpak op hoofdlijnen.",
            15,
        ),
        _T(
            _C,
            "In groepen over deelthema's",
            "Partners denken en praten mee over het deelgebied van de opgave waar zij de grootste "
            "belangen bij en invloed op hebben: de visie verdiepen en inventariseren wie welke "
            "bijdrage kan en wil leveren.",
            45,
        ),
        _T(
            _C,
            "Plenaire terugkoppeling en statements",
            "Presentatie van de door de gesprekken aangevulde of aangepaste visie; korte "
            "statements van partners over waarom zij zich ervoor willen inzetten en waaruit hun "
            "bijdrage kan bestaan.",
            25,
        ),
        _T(
            _K,
            "Vaststellen commitment",
            "De voorzitter benoemt in welke mate er overeenstemming en commitment is en op welke "
            "punten nog nader gesprek nodig is. Eventueel wordt een (voorbereide) "
            "intentieverklaring, convenant of contract getekend.",
            15,
        ),
        _T(
            _K,
            "Afspraken over vervolgstappen",
            "Afhankelijk van het commitment: een discussienotitie, plan van aanpak, "
            "initiatiefvoorstel of programmaplan; de timing van een vervolgbijeenkomst.",
            10,
        ),
        _T(
            _S,
            "Afsluiting en netwerken",
            "Erkenning voor ieders bijdrage en gelegenheid voor informeel netwerken, zodat de band "
            "tussen partners sterker wordt.",
            30,
        ),
    ),
    AgendaLanguage.en: (
        _T(
            _V,
            "Presenting the vision",
            "What becomes possible if the intended vital coalition succeeds, why this vision "
            "matters to each partner present and why their effort is needed to achieve it.",
            20,
        ),
        _T(
            _V,
            "Current state, opportunities and threats",
            "The current state of affairs, opportunities and threats, leading to an outline of "
            "the approach.",
            15,
        ),
        _T(
            _C,
            "Groups on sub-themes",
            "Partners think and talk along about the part of the challenge where their interests "
            "and influence are largest: deepening the vision and listing who can and will "
            "contribute what.",
            45,
        ),
        _T(
            _C,
            "Plenary feedback and statements",
            "The vision as completed or changed by the group talks; short statements by partners "
            "on why they want to commit and what their contribution could be.",
            25,
        ),
        _T(
            _K,
            "Determining commitment",
            "The chair states how far there is agreement and commitment, and on which points "
            "further talks are needed. A prepared intent declaration, covenant or contract may "
            "be signed.",
            15,
        ),
        _T(
            _K,
            "Agreeing next steps",
            "Depending on the commitment: a discussion paper, plan of approach, initiative "
            "proposal or programme plan; the timing of a follow-up meeting.",
            10,
        ),
        _T(
            _S,
            "Closing and networking",
            "Recognition of everyone's contribution and time for informal networking, so the "
            "bond between partners grows stronger.",
            30,
        ),
    ),
}

START: dict[AgendaLanguage, tuple[TemplateItem, ...]] = {
    AgendaLanguage.nl: (
        _T(
            _V,
            "De gezamenlijke visie",
            "Terugblik op de verkenning en de visie waar de partners samen enthousiast voor zijn.",
            15,
        ),
        _T(
            _C,
            "Het plan van aanpak of initiatiefvoorstel",
            "Welke partner welke acties op zich neemt, met capaciteit en geld; welke acties nog "
            "niet belegd zijn. Niet alle acties hoeven belegd te zijn om van start te gaan.",
            45,
        ),
        _T(
            _C,
            "Wijze van samenwerken",
            "De gekozen besturing: een bestuurlijke stuurgroep, opdrachten vanuit één leidende "
            "organisatie of een gezamenlijk programmateam.",
            20,
        ),
        _T(
            _K,
            "Oprichting van de vitale coalitie",
            "De partners spreken formeel af samen te werken en ondertekenen de afspraken.",
            20,
        ),
        _T(
            _S,
            "Afsluiting en netwerken",
            "Erkenning voor ieders bijdrage; informeel netwerken.",
            30,
        ),
    ),
    AgendaLanguage.en: (
        _T(
            _V,
            "The shared vision",
            "Looking back on the exploration and the vision the partners are enthusiastic about.",
            15,
        ),
        _T(
            _C,
            "The plan of approach or initiative proposal",
            "Which partner takes on which actions, with capacity and money; which actions are "
            "not yet owned. Not every action needs an owner to start.",
            45,
        ),
        _T(
            _C,
            "Way of working together",
            "The chosen governance: an administrative steering group, assignments from one lead "
            "organisation, or a joint programme team.",
            20,
        ),
        _T(
            _K,
            "Founding the vital coalition",
            "The partners formally agree to work together and sign the agreements.",
            20,
        ),
        _T(_S, "Closing and networking", "Recognition of everyone's contribution; networking.", 30),
    ),
}

REGULAR: dict[AgendaLanguage, tuple[TemplateItem, ...]] = {
    AgendaLanguage.nl: (
        _T(
            _V,
            "Inspiratie voor de visie",
            "Een inspirerende spreker, een organisatie die elders een gelijksoortige opgave "
            "aanpakt, of een partner die een deelproject presenteert (eventueel met werkbezoek).",
            30,
        ),
        _T(
            _C,
            "Voortgang en bijsturing",
            "Wat gaat goed, wat niet; besluiten over bijstelling van het plan. Partners spreken "
            "elkaar aan als toezeggingen niet worden nagekomen.",
            30,
        ),
        _T(_K, "Afspraken", "Besluiten en vervolgstappen met eigenaar en datum.", 15),
        _T(_S, "Afsluiting", "Erkenning voor geleverde bijdragen.", 10),
    ),
    AgendaLanguage.en: (
        _T(
            _V,
            "Inspiration for the vision",
            "An inspiring speaker, an organisation tackling a similar challenge elsewhere, or a "
            "partner presenting a sub-project (perhaps with a site visit).",
            30,
        ),
        _T(
            _C,
            "Progress and adjustment",
            "What goes well and what does not; decisions on adjusting the plan. Partners hold "
            "each other to account when promises are not kept.",
            30,
        ),
        _T(_K, "Agreements", "Decisions and next steps with an owner and a date.", 15),
        _T(_S, "Closing", "Recognition of the contributions made.", 10),
    ),
}

TEMPLATES: dict[MeetingType, dict[AgendaLanguage, tuple[TemplateItem, ...]]] = {
    MeetingType.exploration: EXPLORATION,
    MeetingType.start: START,
    MeetingType.regular: REGULAR,
}


def agenda_template(
    meeting_type: MeetingType, language: AgendaLanguage
) -> tuple[TemplateItem, ...]:
    return TEMPLATES[meeting_type][language]
