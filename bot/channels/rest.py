"""Rasa's REST channel for local testing, without anything the caller chooses beyond text.

Rasa's own `rest` channel passes the caller's `metadata` into the message (and lets the
caller name the input channel). The channels that identify people put a signed identity
in the metadata, so a caller who knows SECRET_KEY (the development one is published)
could make a REST message look vouched for. Here every REST message carries no metadata
and says it came from `rest`: it only ever gets general help. Production has no REST
channel at all (credentials.production.yml).
"""
from __future__ import annotations

from typing import Any

from rasa.core.channels.rest import RestInput
from sanic.request import Request

from bot import logs


class AnonymousRestInput(RestInput):
    """POST /webhooks/rest/webhook {"sender": ..., "message": ...}, as Rasa's `rest`."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        return None

    def _extract_input_channel(self, request: Request) -> str:
        return self.name()

    async def _extract_sender(self, request: Request) -> str | None:
        sender = await super()._extract_sender(request)
        logs.set_conversation(sender)  # this request's log lines, Rasa's included
        return sender
