"""The dialogue's own responses (domain.yml's utter_* ids) in the person's language.

Rasa loads this class in its own process (endpoints.yml: `nlg: type: bot.nlg.CatalogueNLG`),
so a response costs a dictionary look-up, not an HTTP call. The text comes from the
catalogue (bot/messages/), in the language the channel put on the message's metadata;
domain.yml keeps only the ids.
"""
from __future__ import annotations

from typing import Any

from rasa.core.nlg.generator import NaturalLanguageGenerator

from bot import catalogue
from bot.channels.guard import LANGUAGE


class CatalogueNLG(NaturalLanguageGenerator):
    def __init__(self, endpoint_config: Any = None, domain: Any = None) -> None:
        self.domain = domain

    async def generate(self, utter_action: str, tracker, output_channel: str, **kwargs: Any) -> dict | None:
        metadata = (tracker.latest_message.metadata if tracker.latest_message else None) or {}
        return {"text": catalogue.say(utter_action, metadata.get(LANGUAGE))}
