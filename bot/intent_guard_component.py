"""bot/intent_guards.py inside Rasa's NLU pipeline: after the classifier and the fallback
classifier, before the safety override (which still has the last word)."""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import intent_guards
from bot.safety_classifier import promote_intent


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentGuard":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            predicted = (message.get(INTENT) or {}).get("name")
            corrected = intent_guards.corrected_intent(message.get(TEXT) or "", predicted)
            if corrected is None:
                continue
            promote_intent(message, corrected)
            message.set("intent_guard", {"from": predicted, "to": corrected}, add_to_output=True)
        return messages
