"""bot/intent_guards.py inside Rasa's NLU pipeline: after the classifier and the fallback
classifier, before the safety override (which still has the last word)."""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from bot import resources
from bot.safety_classifier import apply_intent_guards


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentGuard":
        resources.warm_up()  # when the model loads, not on the first message (docs/performance.md)
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            apply_intent_guards(message)
        return messages
