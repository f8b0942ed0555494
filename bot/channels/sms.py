"""SMS over Twilio, as a Rasa input channel that checks Twilio's signature.

Rasa's built-in `twilio` channel accepts any POST, so anyone could pretend to be a
patient's phone. This one answers 403 unless `X-Twilio-Signature` is valid for the public
URL Twilio called, and then vouches for the sender's number with a signed identity in the
message metadata (see bot/identity.py).
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot import identity
from bot.config import Settings, load_settings
from bot.dialogue import neutralize_user_text

log = logging.getLogger(__name__)

# Without a Twilio account (local development) webhooks are signed with this token, by
# `patient-support sms send` and the tests. Production refuses to start without a real one.
DEV_AUTH_TOKEN = "local-development-twilio-token"


def auth_token(settings: Settings) -> str:
    if settings.twilio_auth_token:
        return settings.twilio_auth_token
    if settings.is_production:
        raise RuntimeError("TWILIO_AUTH_TOKEN must be set in production")
    return DEV_AUTH_TOKEN


def public_url(settings: Settings, request: Request) -> str:
    """The URL Twilio signed: the configured public base (proxies change host and scheme)."""
    query = f"?{request.query_string}" if request.query_string else ""
    return settings.public_base_url.rstrip("/") + request.path + query


def form_params(request: Request) -> dict[str, str]:
    return {key: values[0] if len(values) == 1 else values for key, values in (request.form or {}).items()}


def twiml(replies: list[str]) -> str:
    reply = MessagingResponse()
    text = "\n\n".join(r for r in replies if r)
    if text:
        reply.message(text)
    return str(reply)


class SmsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "SmsInput":
        return cls(load_settings())

    def __init__(self, settings: Settings):
        self.settings = settings
        self.validator = RequestValidator(auth_token(settings))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("sms_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            params = form_params(request)
            signature = request.headers.get("X-Twilio-Signature", "")
            if not signature or not self.validator.validate(public_url(self.settings, request), params, signature):
                log.warning("rejected an SMS webhook with a missing or invalid signature")
                return response.text("invalid signature", status=403)
            sender_identity = identity.phone_identity(params.get("From", ""))
            if sender_identity is None:
                return response.text("missing or invalid From", status=400)
            phone = sender_identity.split(":", 1)[1]
            collector = CollectingOutputChannel()
            await on_new_message(UserMessage(
                neutralize_user_text(params.get("Body")), collector, sender_id=phone, input_channel=self.name(),
                metadata=identity.identity_metadata(sender_identity, self.settings.secret_key),
            ))
            replies = [m.get("text") for m in collector.messages if m.get("text")]
            return response.text(twiml(replies), content_type="text/xml")

        return webhook
