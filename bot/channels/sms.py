"""SMS over Twilio, as a Rasa input channel that checks Twilio's signature.

Rasa's built-in `twilio` channel accepts any POST, so anyone could pretend to be a
patient's phone. This one:
- answers 403 unless `X-Twilio-Signature` is valid for the public URL Twilio called;
- stores the message (bot/inbound.py) before it answers Twilio 200, processes each
  MessageSid once, and on start and every few seconds takes up any message a crashed
  server left unanswered;
- handles the carrier keywords (STOP..., START/UNSTOP, HELP) itself;
- sends crisis guidance and opens the urgent escalation itself, before the dialogue
  engine sees the message, and answers a turn the dialogue left silent (guard.py);
- sends the bot's replies through the REST API (bot/messaging.py), one combined message
  per turn, after answering Twilio, so a slow Twilio blocks nobody;
- vouches for the sender's number with a signed identity in the message metadata
  (bot/identity.py), the only way anyone is identified.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import urllib.parse
import uuid
from dataclasses import dataclass
from typing import Any, Awaitable, Callable
from xml.sax.saxutils import escape

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError
from twilio.request_validator import RequestValidator

from bot import catalogue, identity, inbound, language, logs, messaging, phones, rate_limits
from bot.channels.guard import (CRISIS_ANSWERED, LANGUAGE, TurnGuard, crisis_text, exempt_from_limits, keep_listening,
                                no_reply, record_reply)
from bot.clock import now_utc
from bot.config import Settings, load_settings
from bot.db import session_scope
from bot.dialogue import neutralize_user_text

log = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response />'


def auth_token(settings: Settings) -> str:
    """Without a Twilio account (local development) webhooks are signed, by `patient-support
    sms send` and the tests, with a token generated into the state dir (bot/local_secrets.py),
    never a constant. Production refuses to start without a real one."""
    return settings.twilio_webhook_token


def public_url(settings: Settings, request: Request) -> str:
    """The URL Twilio signed: the configured public base (proxies change host and scheme)."""
    query = f"?{request.query_string}" if request.query_string else ""
    return settings.public_base_url.rstrip("/") + request.path + query


def form_params(request: Request) -> dict[str, str]:
    """Twilio's form fields, blank ones included: Twilio signs `Body=` too, and Sanic's
    `request.form` drops blank values."""
    return dict(urllib.parse.parse_qsl(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))


def keyword_reply(settings: Settings, word: str, spoken: str = "en") -> str:
    return catalogue.say(f"keyword_{word}", spoken, program=settings.program_name, phone=settings.help_phone)


def opted_out_reply(settings: Settings, spoken: str = "en") -> str:
    """A number that sent STOP and then writes again hears how to come back, and where to
    turn now; the dialogue does not answer it."""
    return catalogue.say("opted_out", spoken, program=settings.program_name, phone=settings.help_phone)


def _exempt_from_limit(body: str | None) -> bool:
    """Answered in full even past the rate limit: a crisis message, and STOP (carriers require it)."""
    return messaging.keyword(body or "") == "stop" or exempt_from_limits(neutralize_user_text(body or ""))


def twiml_message(text: str) -> str:
    """A reply carried in the webhook's answer itself: used only when the database is down
    and nothing can be stored or sent through the REST API."""
    return f'<?xml version="1.0" encoding="UTF-8"?><Response><Message>{escape(text)}</Message></Response>'


@dataclass(frozen=True)
class Intake:
    """What the channel knows about a claimed message before the dialogue sees it."""

    limit: rate_limits.Decision | None  # None: exempt from the rate limit (a crisis, STOP, HELP)
    language: str
    opted_out: bool


class SmsOutput(OutputChannel):
    """Sends to the conversation's number. With `collect`, holds a turn's messages until
    `flush` sends them as one SMS; without, sends at once (staff replies, reminders)."""

    @classmethod
    def name(cls) -> str:
        return "sms"

    def __init__(self, sender: messaging.SmsSender, collect: bool = False, inbound_id: int | None = None):
        self.sender, self.collect, self.inbound_id = sender, collect, inbound_id
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

    @property
    def said_something(self) -> bool:
        return any(t.strip() for t in self.pending)

    async def flush(self, phone: str, finishes_inbound: bool = False) -> bool:
        """Send what was collected; True if that also marked the inbound message done."""
        text, self.pending = "\n\n".join(t for t in self.pending if t.strip()), []
        if not text:
            return False
        finishing = finishes_inbound and self.inbound_id is not None
        await self.sender.send(phone, text, inbound_id=self.inbound_id, finishes_inbound=finishing)
        return finishing


class SmsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "SmsInput":
        settings = load_settings()
        settings.refuse_unready_production()  # e.g. no SECRET_KEY: never sign with an empty one
        return cls(settings)

    def __init__(self, settings: Settings, sender: messaging.SmsSender | None = None):
        self.settings = settings
        self.validator = RequestValidator(auth_token(settings))
        self.sender = sender or messaging.SmsSender(settings)
        self.guard = TurnGuard(settings, self.sender)
        self.stale_after = dt.timedelta(seconds=settings.inbound_stale_seconds)
        self.tasks: set[asyncio.Task] = set()
        # At most SMS_TURNS_AT_ONCE dialogue turns at once in this server; the rest wait in arrival order.
        # Turns are CPU-bound, so running 25 interleaved makes every one of them late (the production profile's
        # p95 at 50 conversations, docs/performance.md); crisis guidance is sent before, outside the bound.
        self.turns = asyncio.Semaphore(settings.sms_turns_at_once) if settings.sms_turns_at_once > 0 else None

    def get_output_channel(self) -> OutputChannel:
        # For messages outside a turn (external events): an SMS conversation's id is its number.
        return SmsOutput(self.sender)

    def _signed(self, request: Request, params: dict[str, str]) -> bool:
        signature = request.headers.get("X-Twilio-Signature", "")
        return bool(signature) and self.validator.validate(public_url(self.settings, request), params, signature)

    def _in_background(self, coroutine) -> None:
        task = asyncio.create_task(coroutine)
        self.tasks.add(task)  # keep a reference until done (asyncio holds only weak ones)
        task.add_done_callback(self.tasks.discard)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("sms_webhook", __name__)

        @webhook.listener("after_server_start")
        async def start_recovery(app, _loop) -> None:
            self._in_background(self._recover_forever(app, on_new_message))

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
            keep_listening(request.app.ctx.agent)
            phone = sender_identity.split(":", 1)[1]
            sid = params.get("MessageSid") or params.get("SmsSid") or f"local-{uuid.uuid4().hex}"
            body = params.get("Body") or ""
            try:  # stored first: Twilio never retries after a 200
                taken = await asyncio.to_thread(self._store_and_take, sid, phone, body)
            except SQLAlchemyError:
                log.exception("could not store an SMS; answering it in the webhook response instead")
                return response.text(twiml_message(crisis_text(neutralize_user_text(body)) or no_reply()),
                                     content_type="text/xml")
            if taken is not None:
                inbound_id, intake = taken
                self._in_background(self._handle(on_new_message, inbound_id, phone, sid, body, intake,
                                                 request.app.ctx.agent))
            else:
                log.info("ignored a repeated SMS webhook")
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

    def _store_and_take(self, sid: str, phone: str, body: str) -> tuple[int, Intake] | None:
        """Store a new message and take it for this server, in one transaction (None: a
        repeated webhook). Claimed here, a message whose server dies before answering it is
        taken up by the recovery pass after INBOUND_STALE_SECONDS."""
        now = now_utc()
        with session_scope() as session:
            rate_limits.serialize(session, f"sms:{phone}")  # one sender's rows in arrival order, for the counts
            inbound_id = inbound.store(session, sid, phone, body, now=now, claimed=True)
            if inbound_id is None:
                return None
            return inbound_id, self._read_intake(session, inbound_id, phone, body, received_at=now)

    def _intake(self, inbound_id: int, phone: str, body: str) -> Intake | None:
        """Claim a stored message (None: another server or the recovery pass has it) and read its intake."""
        with session_scope() as session:
            if not inbound.claim(session, inbound_id, now_utc(), self.stale_after):
                return None
            return self._read_intake(session, inbound_id, phone, body)

    def _read_intake(self, session, inbound_id: int, phone: str, body: str,
                     received_at: dt.datetime | None = None) -> Intake:
        """Everything the channel reads before the dialogue about a message it has claimed: its
        rate limit, the language to answer in, whether the number opted out."""
        limit = None if _exempt_from_limit(body) else rate_limits.sms(
            session, inbound_id, phone, self.settings.limits, _exempt_from_limit, received_at)
        spoken = language.for_phone(session, phone, neutralize_user_text(body), now_utc())
        return Intake(limit, spoken, messaging.is_opted_out(session, phone))

    def _finish(self, inbound_id: int, status: str = inbound.DONE) -> None:
        with session_scope() as session:
            inbound.finish(session, inbound_id, now_utc(), status)

    async def _handle(self, on_new_message, inbound_id: int, phone: str, sid: str, body: str, intake: Intake,
                      agent=None) -> None:
        """Answer and mark done one stored, claimed message. Whatever fails, the row stays
        unfinished and the recovery pass tries again."""
        logs.set_conversation(phone)  # this task's log lines, Rasa's included, carry the conversation
        try:
            if not await self._respond(on_new_message, inbound_id, phone, sid, body, intake, agent):
                await asyncio.to_thread(self._finish, inbound_id)
        except Exception:
            log.exception("failed to process SMS %s; it will be retried", inbound_id)

    async def _respond(self, on_new_message, inbound_id: int, phone: str, sid: str, body: str, intake: Intake,
                       agent=None) -> bool:
        """Answer one message; True if the turn's last reply also marked it done."""
        if intake.limit is not None and await self._over_limit(inbound_id, phone, intake.limit):
            return False
        sender_identity = f"phone:{phone}"
        text = neutralize_user_text(body)
        spoken = intake.language
        word = messaging.keyword(body)
        if word:
            await self._keyword(phone, word, inbound_id, messaging.keyword_language(body) or spoken)
            return False
        if not text:  # empty body, or a picture with no words
            await self.sender.send(phone, catalogue.say("no_text", spoken), inbound_id=inbound_id)
            return False
        crisis = crisis_text(text, spoken)
        if crisis:  # guidance first, whatever state the dialogue or the action server is in
            await self.sender.send(phone, crisis, purpose="crisis", priority=0, bypass_opt_out=True,
                                   inbound_id=inbound_id)
            await self.guard.open_urgent(sender_identity, phone, self.name())
        elif intake.opted_out:
            await self.sender.send(phone, opted_out_reply(self.settings, spoken), purpose="opted_out",
                                   bypass_opt_out=True, inbound_id=inbound_id)
            return False
        if language.switch_word(text):  # ESPAÑOL / ENGLISH: chosen above; confirmed in it
            await self.sender.send(phone, catalogue.say("language_set", spoken), inbound_id=inbound_id)
            return False
        output = SmsOutput(self.sender, collect=True, inbound_id=inbound_id)
        # Signed for this message only: this conversation, this MessageSid, now.
        metadata = identity.identity_metadata(sender_identity, self.settings.secret_key, phone, sid)
        metadata[LANGUAGE] = spoken
        if crisis:
            metadata[CRISIS_ANSWERED] = crisis
        try:
            async with self.turns or contextlib.nullcontext():
                await on_new_message(UserMessage(text, output, sender_id=phone, input_channel=self.name(),
                                                 message_id=sid, metadata=metadata))
        except Exception:  # the dialogue failed (e.g. the action server is down): the guard answers
            log.exception("the dialogue failed on SMS %s", inbound_id)
            output.pending = []
        if output.said_something or crisis:
            return await output.flush(phone, finishes_inbound=True)
        reply = await self.guard.after_silent_turn(sender_identity, phone, spoken)
        output.pending.append(reply)
        finished = await output.flush(phone, finishes_inbound=True)
        await record_reply(agent, phone, reply)  # after the send: the person's reply waits for nothing
        return finished

    async def _over_limit(self, inbound_id: int, phone: str, decision: rate_limits.Decision) -> bool:
        """Past the number's limit (SMS_LIMIT_MESSAGES per SMS_LIMIT_WINDOW_MINUTES, counted
        in inbound_messages, so across servers): not handed to the dialogue; the first such
        message gets the short wait reply (bot/rate_limits.py)."""
        if decision.over:
            log.warning("SMS %s is over the rate limit; not answered by the dialogue", inbound_id)
        if decision.reply:
            await self.sender.send(phone, decision.reply, purpose="rate_limited", inbound_id=inbound_id)
        return decision.over

    async def _keyword(self, phone: str, word: str, inbound_id: int, spoken: str) -> None:
        def bookkeeping() -> bool:
            with session_scope() as session:
                if word == "stop":
                    return messaging.opt_out(session, phone)
                if word == "start":
                    messaging.opt_in(session, phone)
                return True

        if await asyncio.to_thread(bookkeeping):  # STOP is confirmed once
            await self.sender.send(phone, keyword_reply(self.settings, word, spoken), purpose=f"keyword_{word}",
                                   bypass_opt_out=word == "stop", inbound_id=inbound_id)

    # --- recovery: messages stored but never answered (a server died) -------------------

    async def _recover_forever(self, app, on_new_message) -> None:
        while True:
            try:
                await self.recover_once(app, on_new_message)
            except Exception:  # e.g. the database is down for a while: keep trying
                log.exception("inbound recovery pass failed; will try again")
            await asyncio.sleep(self.settings.inbound_recovery_seconds)

    async def recover_once(self, app, on_new_message) -> int:
        def pending() -> list[inbound.Pending]:
            with session_scope() as session:
                return inbound.recoverable(session, now_utc(), self.stale_after)

        taken = 0
        for message in await asyncio.to_thread(pending):  # oldest first: each sender's order kept
            intake = await asyncio.to_thread(self._intake, message.id, message.from_number, message.body or "")
            if intake is None:
                continue
            log.warning("taking up SMS %s that was stored but not answered", message.id)
            try:
                await self._resume(app, on_new_message, message, intake)
                await asyncio.to_thread(self._finish, message.id)
            except Exception:  # one broken message must not hold up the others
                log.exception("SMS %s failed again (attempt %s)", message.id, message.attempts + 1)
                if message.attempts + 1 >= inbound.MAX_ATTEMPTS:
                    await self._give_up(message)
            taken += 1
        return taken

    async def _give_up(self, message: inbound.Pending) -> None:
        """Never silent, even for a message no turn can handle: a safe reply, and the row
        kept as `failed`."""
        await self.sender.send(message.from_number, no_reply(), inbound_id=message.id)
        await asyncio.to_thread(self._finish, message.id, inbound.FAILED)

    async def _resume(self, app, on_new_message, message: inbound.Pending, intake: Intake) -> None:
        """Answer a recovered message once: if the dialogue already took it (its MessageSid
        is in the tracker) only resend that turn's replies, when none was recorded."""
        turn = await _turn_in_tracker(app.ctx.agent, message.from_number, message.provider_sid)
        if turn is None:
            await self._respond(on_new_message, message.id, message.from_number, message.provider_sid, message.body,
                                intake, app.ctx.agent)
            return
        answered = await asyncio.to_thread(self._answered, message.id)
        if not answered and turn:
            await self.sender.send(message.from_number, "\n\n".join(turn), inbound_id=message.id)

    def _answered(self, inbound_id: int) -> bool:
        with session_scope() as session:
            return inbound.was_answered(session, inbound_id)


async def _turn_in_tracker(agent, sender_id: str, message_id: str) -> list[str] | None:
    """The bot's texts in the turn that answered `message_id`, or None if the dialogue
    never saw that message."""
    tracker = await agent.tracker_store.retrieve(sender_id) if agent and agent.tracker_store else None
    if tracker is None:
        return None
    events = [e.as_dict() for e in tracker.events]
    start = next((i for i, e in enumerate(events) if e.get("event") == "user" and e.get("message_id") == message_id),
                 None)
    if start is None:
        return None
    texts = []
    for event in events[start + 1:]:
        if event.get("event") == "user":
            break
        if event.get("event") == "bot" and event.get("text"):
            texts.append(event["text"])
    return texts
