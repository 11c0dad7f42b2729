"""The seven questions of a bilateral conversation in step 1 of the step plan (code data).

Each question is a field of ``PartnerConversation`` by the same key.
"""

from __future__ import annotations

from dataclasses import dataclass

from vitaal.journey.steps import Text


@dataclass(frozen=True)
class ConversationQuestion:
    key: str
    label: Text


CONVERSATION_QUESTIONS: tuple[ConversationQuestion, ...] = (
    ConversationQuestion(
        "driver",
        Text(
            "Wat is hun drijfveer om (eventueel) mee te doen?",
            "What drives them to take part (possibly)?",
        ),
    ),
    ConversationQuestion(
        "developments",
        Text(
            "Wat zijn voor hun ontwikkeling andere relevante ontwikkelingen, kansen en "
            "bedreigingen?",
            "Which other developments, opportunities and threats matter for their development?",
        ),
    ),
    ConversationQuestion(
        "expected_yield",
        Text(
            "Wat moet hun deelname aan deze vitale coalitie opleveren om het de inzet waard te "
            "maken?",
            "What must taking part in this vital coalition yield to make it worth the effort?",
        ),
    ),
    ConversationQuestion(
        "adapt_activities",
        Text(
            "Zijn ze bereid lopende activiteiten en aanstaande beslissingen aan te passen aan een "
            "binnen de vitale coalitie gedeelde visie?",
            "Are they willing to adapt running activities and coming decisions to a vision shared "
            "within the vital coalition?",
        ),
    ),
    ConversationQuestion(
        "extra_efforts",
        Text(
            "Welke extra inspanningen kan en wil de organisatie op zich nemen?",
            "Which extra efforts can and will the organisation take on?",
        ),
    ),
    ConversationQuestion(
        "worries",
        Text(
            "Hebben ze zorgen over of vragen bij een of meer andere (beoogde) partners?",
            "Do they have worries about, or questions for, one or more other (intended) partners?",
        ),
    ),
    ConversationQuestion(
        "agreements_recording",
        Text(
            "Hoe willen zij afspraken vastgelegd zien?",
            "How do they want agreements to be recorded?",
        ),
    ),
)

QUESTION_KEYS: tuple[str, ...] = tuple(q.key for q in CONVERSATION_QUESTIONS)
