"""The ten steps of the vital-coalition step plan (seeds/vital-coalitions-step-plan.txt).

Code data, not rows: every coalition follows the same plan, so only each coalition's progress
is stored. Texts are given in Dutch and English; the app shows the user's language.

Each step belongs to a round (1-3) and to one of the four questions of the development approach
that every round passes through (the lemniscate): *zij* (the societal need and the partners'
interests), *ik* (the vision and the commitment to it), *wij* (the way of working together) and
*het* (concrete agreements). The seed's figure 2 is not in the text; rounds 1 and 2 pass the
four questions in order with one step each (steps 1-4 and 5-8); round 3 founds the coalition and
starts execution, both *het*: putting the agreements into effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Question(StrEnum):
    zij = "zij"  # the societal need or question
    ik = "ik"  # the vision and commitment to it
    wij = "wij"  # the way of working together
    het = "het"  # concrete agreements on content and collaboration


@dataclass(frozen=True)
class Text:
    nl: str
    en: str


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: Text


@dataclass(frozen=True)
class StepDefinition:
    number: int
    round: int
    question: Question
    title: Text
    purpose: Text
    checklist: tuple[ChecklistItem, ...]

    @property
    def checklist_keys(self) -> frozenset[str]:
        return frozenset(item.key for item in self.checklist)


QUESTIONS: dict[Question, Text] = {
    Question.zij: Text(
        "Helder krijgen van de maatschappelijke vraag of behoefte",
        "Clarify the societal question or need",
    ),
    Question.ik: Text(
        "Helder krijgen van de inhoudelijke visie en het commitment daaraan",
        "Clarify the vision and the commitment to it",
    ),
    Question.wij: Text(
        "Helder krijgen van de wijze van samenwerken",
        "Clarify the way of working together",
    ),
    Question.het: Text(
        "Concreet vorm geven aan afspraken over inhoud en samenwerking",
        "Shape concrete agreements on content and collaboration",
    ),
}

ROUNDS: dict[int, Text] = {
    1: Text(
        "Met goede voorbereiding bijeenbrengen van beoogde partners",
        "Bring the intended partners together, well prepared",
    ),
    2: Text(
        "Werken aan een opdracht vanuit de partners",
        "Work on a mandate from the partners",
    ),
    3: Text(
        "Concreet plan van aanpak maken of start uitvoering",
        "Make a concrete plan of approach or start execution",
    ),
}


def _item(key: str, nl: str, en: str) -> ChecklistItem:
    return ChecklistItem(key, Text(nl, en))


STEPS: tuple[StepDefinition, ...] = (
    StepDefinition(
        1,
        1,
        Question.zij,
        Text(
            "Eigen intentie en verkenning van belangen van partners",
            "Own intention and the partners' interests",
        ),
        Text(
            "Inzicht krijgen in wat je zelf wilt bereiken en wat voor elke beoogde partner "
            "belangrijk is, in (in beginsel) bilaterale gesprekken.",
            "Understand what you want to achieve yourself and what matters to each intended "
            "partner, in (mostly) bilateral conversations.",
        ),
        (
            _item(
                "own_intention",
                "Eigen intentie vastgelegd: wat wil je (organisatie) bereiken?",
                "Own intention recorded: what do you (your organisation) want to achieve?",
            ),
            _item(
                "partners_identified",
                "Beoogde partners in beeld",
                "Intended partners identified",
            ),
            _item(
                "conversations_held",
                "Bilaterale gesprekken gevoerd met de beoogde partners",
                "Bilateral conversations held with the intended partners",
            ),
            _item(
                "seven_questions",
                "De zeven gespreksvragen per partner beantwoord",
                "The seven conversation questions answered for each partner",
            ),
        ),
    ),
    StepDefinition(
        2,
        1,
        Question.ik,
        Text(
            "Een beeld vormen van het domein van de vitale coalitie",
            "Picture the domain of the vital coalition",
        ),
        Text(
            "De afbakening van de gezamenlijke visie: de belangen van de partners samen, groter "
            "dan wat ze allemaal gemeen hebben.",
            "The scope of the shared vision: the partners' interests together, larger than what "
            "they all have in common.",
        ),
        (
            _item(
                "interests_listed",
                "Belangen per partner als onderwerpen vastgelegd",
                "Each partner's interests recorded as topics",
            ),
            _item(
                "domain_drawn",
                "Domein getekend: onderwerpen van allen, van enkelen en van één partner",
                "Domain drawn: topics of all, of several and of one partner",
            ),
            _item(
                "single_partner_reasons",
                "Onderwerpen die voor één partner de reden zijn om mee te doen benoemd",
                "Topics that are one partner's reason to join named",
            ),
            _item(
                "vision_scope",
                "Afbakening van de gezamenlijke visie beschreven",
                "Scope of the shared vision described",
            ),
        ),
    ),
    StepDefinition(
        3,
        1,
        Question.wij,
        Text(
            "Een eigen plan ontwikkelen voor de samenwerking",
            "Develop your own plan for the collaboration",
        ),
        Text(
            "Een eerste schets van hoe de samenwerking het best georganiseerd kan worden, "
            "rekening houdend met rol, uitvoeringskracht, belang en invloed van elke partner.",
            "A first sketch of how the collaboration is best organised, taking into account "
            "each partner's role, execution power, interest and influence.",
        ),
        (
            _item("roles", "Rol per partner bepaald", "Role of each partner set"),
            _item(
                "execution_power",
                "Uitvoeringskracht per partner ingeschat",
                "Execution power of each partner estimated",
            ),
            _item(
                "interest_influence",
                "Belang en invloed per partner meegewogen (partnermatrix)",
                "Interest and influence of each partner weighed (partner matrix)",
            ),
            _item(
                "draft_organisation",
                "Eerste schets van de organisatie van de samenwerking gemaakt",
                "First sketch of how the collaboration is organised made",
            ),
        ),
    ),
    StepDefinition(
        4,
        1,
        Question.het,
        Text(
            "Organiseren van een verkenningsbijeenkomst",
            "Organise the exploration meeting",
        ),
        Text(
            "De partners wisselen zelf gezamenlijk van gedachten; de bijeenkomst is een "
            "gezamenlijke creatie.",
            "The partners exchange views together; the meeting is a joint creation.",
        ),
        (
            _item(
                "invitees",
                "Besloten wie je uitnodigt (alleen met uitvoeringskracht of ook belanghebbenden)",
                "Decided whom to invite (only those with execution power, or stakeholders too)",
            ),
            _item(
                "inviter",
                "Besloten van wie de uitnodiging uitgaat (één leidende partner of koplopers)",
                "Decided who invites (one lead partner or a group of front runners)",
            ),
            _item(
                "information",
                "Besloten welke informatie vooraf wordt verstrekt",
                "Decided what information goes out beforehand",
            ),
            _item(
                "programme",
                "Programma opgezet: visie, centraal deel, conclusie, afsluiting",
                "Programme set up: vision, central part, conclusion, closing",
            ),
            _item(
                "chair",
                "Begeleiding geregeld (bijvoorbeeld een onafhankelijke voorzitter)",
                "Facilitation arranged (for example an independent chair)",
            ),
        ),
    ),
    StepDefinition(
        5,
        2,
        Question.zij,
        Text(
            "Partners delen hun belangen en behoeften",
            "Partners share their interests and needs",
        ),
        Text(
            "De verkenningsbijeenkomst: partners gaan met elkaar in gesprek; de voorzitter stelt "
            "overeenstemming en commitment vast.",
            "The exploration meeting: partners talk with each other; the chair states the level "
            "of agreement and commitment.",
        ),
        (
            _item(
                "vision_presented",
                "Visie en actuele stand van zaken gepresenteerd",
                "Vision and current state of affairs presented",
            ),
            _item(
                "sub_themes",
                "Partners dachten mee in deelthema's en gaven korte statements",
                "Partners worked in sub-theme groups and gave short statements",
            ),
            _item(
                "commitment_stated",
                "Voorzitter stelde overeenstemming en commitment vast",
                "Chair stated the level of agreement and commitment",
            ),
            _item(
                "open_points",
                "Punten voor nader gesprek benoemd",
                "Points for further discussion named",
            ),
            _item(
                "next_steps",
                "Vervolgstappen en datum van de vervolgbijeenkomst afgesproken",
                "Next steps and the date of the next meeting agreed",
            ),
        ),
    ),
    StepDefinition(
        6,
        2,
        Question.ik,
        Text("Inhoudelijke uitwerking", "Content elaboration"),
        Text(
            "De gezamenlijke visie concretiseren in een plan van aanpak, of eerst een "
            "initiatiefvoorstel met 2 of 3 inhoudelijke opties.",
            "Make the shared vision concrete in a plan of approach, or first an initiative "
            "proposal with 2 or 3 content options.",
        ),
        (
            _item(
                "form_chosen",
                "Gekozen: direct een plan van aanpak of eerst een initiatiefvoorstel",
                "Chosen: a plan of approach now, or an initiative proposal first",
            ),
            _item(
                "content_options",
                "2 of 3 inhoudelijke opties uitgewerkt",
                "2 or 3 content options worked out",
            ),
            _item(
                "working_structure",
                "Werkgroep, projectteam, programmateam, stuurgroep of klankbordgroep gevormd",
                "Working group, project team, programme team, steering group or sounding board "
                "formed",
            ),
            _item(
                "partner_staff",
                "Medewerkers van partnerorganisaties betrokken",
                "Staff of partner organisations involved",
            ),
        ),
    ),
    StepDefinition(
        7,
        2,
        Question.wij,
        Text(
            "Uitwerking van voorstellen tot samenwerking",
            "Work out proposals for the collaboration",
        ),
        Text(
            "Hoe krijgt de samenwerking vorm: bestuurlijke stuurgroep, opdrachten vanuit één "
            "leidende organisatie of een gezamenlijk programmateam? 2 of 3 opties.",
            "How the collaboration takes shape: an administrative steering group, assignments "
            "from one lead organisation or a joint programme team? 2 or 3 options.",
        ),
        (
            _item(
                "governance_options",
                "2 of 3 opties voor de besturing uitgewerkt",
                "2 or 3 governance options worked out",
            ),
            _item(
                "partner_ideas",
                "Ideeën van partners over de samenwerking opgehaald",
                "Partners' ideas on the collaboration gathered",
            ),
            _item(
                "financing_monitoring",
                "Basisafspraken over financiering en voortgangsbewaking opgenomen",
                "Basic agreements on financing and progress monitoring included",
            ),
        ),
    ),
    StepDefinition(
        8,
        2,
        Question.het,
        Text(
            "Initiatiefvoorstel of plan van aanpak compleet maken",
            "Complete the initiative proposal or plan of approach",
        ),
        Text(
            "Per actie: welke organisatie neemt haar op zich, met welke capaciteit en welk geld; "
            "past ze in het bestaande werkpakket of is extra financiering nodig?",
            "For each action: which organisation takes it on, with what capacity and money; does "
            "it fit the existing work package or does it need extra financing?",
        ),
        (
            _item(
                "action_owners",
                "Elke actie heeft een eigenaar, of staat zichtbaar open",
                "Every action has an owner, or is visibly open",
            ),
            _item(
                "capacity_money",
                "Capaciteit (uren) en geld per actie bepaald",
                "Capacity (hours) and money set for each action",
            ),
            _item(
                "financing",
                "Per actie: eigen werkpakket, subsidie, opdracht of gezamenlijk fonds",
                "For each action: own work package, subsidy, assignment or joint fund",
            ),
            _item(
                "planning",
                "Planning per actie gemaakt",
                "Planning for each action made",
            ),
        ),
    ),
    StepDefinition(
        9,
        3,
        Question.het,
        Text(
            "Organiseren startbijeenkomst (oprichting vitale coalitie)",
            "Organise the start meeting (founding the vital coalition)",
        ),
        Text(
            "De partners spreken formeel af samen te werken. Niet alle acties hoeven bij de "
            "start belegd te zijn: laat zien wat gedekt is en wat niet.",
            "The partners formally agree to work together. Not every action needs an owner at "
            "the start: show what is covered and what is not.",
        ),
        (
            _item(
                "invitations",
                "Partners voor de startbijeenkomst uitgenodigd",
                "Partners invited to the start meeting",
            ),
            _item(
                "decision",
                "Partners besloten over het plan van aanpak of initiatiefvoorstel",
                "Partners decided on the plan of approach or initiative proposal",
            ),
            _item(
                "coverage_shown",
                "Zichtbaar welke acties belegd zijn en welke nog niet",
                "Shown which actions are covered and which are not yet",
            ),
            _item(
                "founded",
                "Coalitie opgericht: oprichtingsdatum en ondertekende overeenkomst",
                "Coalition founded: founding date and signed agreement",
            ),
        ),
    ),
    StepDefinition(
        10,
        3,
        Question.het,
        Text(
            "Uitvoering volgens een gedegen programma-aanpak",
            "Execution as a sound programme",
        ),
        Text(
            "Een cyclus van doen, voortgang volgen, besluiten over bijstelling en het plan "
            "aanpassen; partners blijven elkaar ontmoeten over de visie.",
            "A cycle of doing, monitoring progress, deciding on adjustments and adjusting the "
            "plan; partners keep meeting about the vision.",
        ),
        (
            _item(
                "cycle",
                "Cyclus van doen, monitoren, bijsturen en plan aanpassen ingericht",
                "Cycle of doing, monitoring, adjusting and updating the plan set up",
            ),
            _item(
                "regular_meetings",
                "Partners ontmoeten elkaar regelmatig over de visie",
                "Partners meet regularly about the vision",
            ),
            _item(
                "inspiration",
                "Inspirerende sprekers of werkbezoeken gepland, niet alleen voortgangsrapportages",
                "Inspiring speakers or site visits planned, not only progress reports",
            ),
            _item(
                "accountability",
                "Afgesproken hoe partners elkaar aanspreken als toezeggingen niet worden nagekomen",
                "Agreed how partners hold each other to account when promises are not kept",
            ),
        ),
    ),
)

STEP_BY_NUMBER: dict[int, StepDefinition] = {step.number: step for step in STEPS}
STEP_NUMBERS: tuple[int, ...] = tuple(step.number for step in STEPS)


def steps_of_round(round_: int) -> tuple[StepDefinition, ...]:
    return tuple(step for step in STEPS if step.round == round_)
