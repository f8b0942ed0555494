"""The deterministic safety layer inside Rasa's NLU pipeline.

It runs on every parsed message, after the intent classifier and the fallback
classifier, and turns any message bot.safety flags into `report_emergency` with full
confidence, whatever the model predicted. The model's own `report_emergency` intent is
the other, independent trigger: either one alone starts the crisis response.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import safety

EMERGENCY_INTENT = "report_emergency"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyOverride(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyOverride":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            assessment = safety.assess(message.get(TEXT) or "")
            if assessment.kind == safety.Kind.NONE:
                continue
            top = {"name": EMERGENCY_INTENT, "confidence": 1.0}
            others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != EMERGENCY_INTENT]
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *others], add_to_output=True)
            message.set("safety", {"kind": assessment.kind.value, "signal": assessment.signal}, add_to_output=True)
        return messages
