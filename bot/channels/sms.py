"""SMS over Twilio, as a Rasa input channel that checks Twilio's signature.

Rasa's built-in `twilio` channel accepts any POST, so anyone could pretend to be a
patient's phone. This one:
- answers 403 unless `X-Twilio-Signature` is valid for the public URL Twilio called;
- processes each MessageSid once (Twilio retries);
- handles the carrier keywords (STOP..., START/UNSTOP, HELP) itself;
- answers Twilio at once and sends the bot's replies afterwards through the REST API
  (bot/messaging.py), one combined message per turn, so a slow Twilio blocks nobody;
- vouches for the sender's number with a signed identity in the message metadata
  (bot/identity.py), the only way anyone is identified.
"""
from __future__ import annotations

import asyncio
import logging
import urllib.parse
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot import identity, messaging, phones
from bot.config import Settings, load_settings
from bot.db import session_scope
from bot.dialogue import neutralize_user_text

log = logging.getLogger(__name__)

# Without a Twilio account (local development) webhooks are signed with this token, by
# `patient-support sms send` and the tests. Production refuses to start without a real one.
DEV_AUTH_TOKEN = "local-development-twilio-token"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response />'


def auth_token(settings: Settings) -> str:
    return settings.twilio_auth_token or DEV_AUTH_TOKEN


def public_url(settings: Settings, request: Request) -> str:
    """The URL Twilio signed: the configured public base (proxies change host and scheme)."""
    query = f"?{request.query_string}" if request.query_string else ""
    return settings.public_base_url.rstrip("/") + request.path + query


def form_params(request: Request) -> dict[str, str]:
    """Twilio's form fields, blank ones included: Twilio signs `Body=` too, and Sanic's
    `request.form` drops blank values."""
    return dict(urllib.parse.parse_qsl(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))


def keyword_reply(settings: Settings, word: str) -> str:
    if word == "stop":
        return f"{settings.program_name}: you're unsubscribed and will get no more messages. Reply START to resubscribe."
    if word == "start":
        return f"{settings.program_name}: you're subscribed again. Text us any time; reply STOP to unsubscribe."
    return (f"{settings.program_name}: care-plan questions, appointments and community help. To reach a person, "
            f"text AGENT or call {settings.help_phone}. Emergencies: call 911. Reply STOP to unsubscribe.")


class SmsOutput(OutputChannel):
    """Sends to the conversation's number. With `collect`, holds a turn's messages until
    `flush` sends them as one SMS; without, sends at once (staff replies, reminders)."""

    @classmethod
    def name(cls) -> str:
        return "sms"

    def __init__(self, sender: messaging.SmsSender, collect: bool = False):
        self.sender, self.collect = sender, collect
        self.pending: list[str] = []

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        if self.collect:
            self.pending.append(text)
            return
        phone = phones.try_normalize(recipient_id)
        if phone is None:  # not an SMS conversation: never guess a number
            log.warning("not sending an SMS to a conversation id that is not a phone number")
            return
        await self.sender.send(phone, text)

    async def flush(self, phone: str) -> None:
        text, self.pending = "\n\n".join(t for t in self.pending if t.strip()), []
        if text:
            await self.sender.send(phone, text)


class SmsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "SmsInput":
        return cls(load_settings())

    def __init__(self, settings: Settings, sender: messaging.SmsSender | None = None):
        self.settings = settings
        self.validator = RequestValidator(auth_token(settings))
        self.sender = sender or messaging.SmsSender(settings)
        self.tasks: set[asyncio.Task] = set()

    def get_output_channel(self) -> OutputChannel:
        # For messages outside a turn (external events): an SMS conversation's id is its number.
        return SmsOutput(self.sender)

    def _signed(self, request: Request, params: dict[str, str]) -> bool:
        signature = request.headers.get("X-Twilio-Signature", "")
        return bool(signature) and self.validator.validate(public_url(self.settings, request), params, signature)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("sms_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            params = form_params(request)
            if not self._signed(request, params):
                log.warning("rejected an SMS webhook with a missing or invalid signature")
                return response.text("invalid signature", status=403)
            sender_identity = identity.phone_identity(params.get("From", ""))
            if sender_identity is None:
                return response.text("missing or invalid From", status=400)
            phone = sender_identity.split(":", 1)[1]
            sid = params.get("MessageSid") or params.get("SmsSid") or ""
            task = asyncio.create_task(self._handle(on_new_message, phone, sender_identity, sid, params))
            self.tasks.add(task)  # keep a reference until done (asyncio holds only weak ones)
            task.add_done_callback(self.tasks.discard)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        @webhook.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            params = form_params(request)
            if not self._signed(request, params):
                return response.text("invalid signature", status=403)
            with session_scope() as session:
                messaging.record_status(session, params.get("MessageSid", ""), params.get("MessageStatus", "unknown"),
                                        params.get("ErrorCode"))
            return response.text("", status=204)

        return webhook

    async def _handle(self, on_new_message, phone: str, sender_identity: str, sid: str, params: dict) -> None:
        try:
            await self._process(on_new_message, phone, sender_identity, sid, params)
        except Exception:  # nothing can be raised to Twilio any more; keep the reason
            log.exception("failed to process an SMS from ***%s", phone[-4:])

    async def _process(self, on_new_message, phone: str, sender_identity: str, sid: str, params: dict) -> None:
        body = params.get("Body") or ""
        word = messaging.keyword(body)

        def bookkeeping() -> tuple[bool, bool]:
            with session_scope() as session:
                if sid and not messaging.first_time_seen(session, sid, phone):
                    return False, False
                if word == "stop":
                    return True, messaging.opt_out(session, phone)
                if word == "start":
                    messaging.opt_in(session, phone)
                return True, False

        new, first_stop = await asyncio.to_thread(bookkeeping)
        if not new:
            log.info("ignored a repeated SMS webhook")
            return
        if word:
            if word != "stop" or first_stop:
                await self.sender.send(phone, keyword_reply(self.settings, word), purpose=f"keyword_{word}",
                                       bypass_opt_out=word == "stop")
            return
        text = neutralize_user_text(body)
        if not text:  # empty body, or a picture with no words
            await self.sender.send(phone, "I can only read text. Please type your question, or text AGENT to reach "
                                          "a person. Emergencies: call 911.")
            return
        output = SmsOutput(self.sender, collect=True)
        await on_new_message(UserMessage(
            text, output, sender_id=phone, input_channel=self.name(),
            metadata=identity.identity_metadata(sender_identity, self.settings.secret_key),
        ))
        await output.flush(phone)

