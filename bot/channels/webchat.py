"""Web chat: a page, an embeddable widget and a WebSocket, as a Rasa input channel.

GET  /webhooks/webchat/            the chat page (add ?t=TOKEN from a chat link)
GET  /webhooks/webchat/widget.js   <script src=".../widget.js"></script> adds the chat to any site
WS   /webhooks/webchat/ws          the conversation

Who is chatting comes only from the server (bot/chat_tokens.py): a chat link is spent on
the first hello that presents it, for a session of that browser's own (its conversation,
its verification), which the page resumes with the session token it keeps; a second
browser with the same link, or none, chats anonymously (general help). Bot messages sent
later (case-manager replies, reminders) reach every open socket of the conversation, i.e.
that one browser session. The socket registry is per process; with several Rasa servers
(WEBCHAT_PUBSUB_URL, set by `patient-support run` when RASA_SERVERS > 1) a message is
published on Redis and every server delivers it to the sockets it holds
(`SharedSocketRegistry`), so a case manager's reply or a reminder reaches the browser
whichever server the console's request landed on.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from bot import catalogue, chat_tokens, identity, language, logs, rate_limits
from bot.channels.guard import (CRISIS_ANSWERED, LANGUAGE, TurnGuard, crisis_text, exempt_from_limits, keep_listening,
                                record_reply)
from bot.clock import now_utc
from bot.config import Settings, load_settings
from bot.db import session_scope
from bot.dialogue import neutralize_user_text

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


class SocketRegistry:
    """Open sockets by conversation, so messages can be pushed to them at any time."""

    def __init__(self) -> None:
        self.sockets: dict[str, set] = defaultdict(set)

    def add(self, conversation_id: str, socket) -> None:
        self.sockets[conversation_id].add(socket)

    def remove(self, conversation_id: str, socket) -> None:
        self.sockets[conversation_id].discard(socket)
        if not self.sockets[conversation_id]:
            del self.sockets[conversation_id]

    async def push(self, conversation_id: str, payload: dict) -> int:
        """Send to every open socket of the conversation; returns how many got it."""
        delivered = 0
        for socket in list(self.sockets.get(conversation_id, ())):
            try:
                await socket.send(json.dumps(payload))
                delivered += 1
            except Exception:  # a closed tab: forget it
                self.remove(conversation_id, socket)
        return delivered


class SharedSocketRegistry(SocketRegistry):
    """Sockets held here, messages for them published on Redis: every server subscribes
    and delivers to its own sockets, so the server that produced a message need not be
    the one the browser is connected to."""

    CHANNEL = "patientsupport:webchat"

    def __init__(self, redis_url: str) -> None:
        super().__init__()
        import redis.asyncio as aioredis
        self.redis = aioredis.from_url(redis_url)
        self.listener: asyncio.Task | None = None

    def start(self) -> None:
        if self.listener is None:
            self.listener = asyncio.create_task(self._listen())

    async def _listen(self) -> None:
        while True:
            try:
                pubsub = self.redis.pubsub()
                await pubsub.subscribe(self.CHANNEL)
                async for message in pubsub.listen():
                    if message.get("type") != "message":
                        continue
                    item = json.loads(message["data"])
                    await SocketRegistry.push(self, item["c"], item["p"])
            except asyncio.CancelledError:
                raise
            except Exception:  # Redis restarting: subscribe again shortly
                log.exception("web chat pub/sub lost its Redis connection; resubscribing")
                await asyncio.sleep(1)

    async def push(self, conversation_id: str, payload: dict) -> int:
        try:
            return await self.redis.publish(self.CHANNEL, json.dumps({"c": conversation_id, "p": payload}))
        except Exception:  # without Redis, at least the sockets this server holds
            log.exception("could not publish a web chat message; delivering it here only")
            return await super().push(conversation_id, payload)


def socket_registry(pubsub_url: str | None) -> SocketRegistry:
    return SharedSocketRegistry(pubsub_url) if pubsub_url else SocketRegistry()


class WebOutput(OutputChannel):
    @classmethod
    def name(cls) -> str:
        return "webchat"

    def __init__(self, registry: SocketRegistry):
        self.registry = registry
        self.said_something = False

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self.said_something = self.said_something or bool(text.strip())
        await self.registry.push(recipient_id, {"type": "bot", "text": text})


class WebChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "WebChatInput":
        settings = load_settings()
        settings.refuse_unready_production()  # e.g. no SECRET_KEY: never sign with an empty one
        return cls(settings)

    def __init__(self, settings: Settings):
        self.settings = settings
        self.registry = socket_registry(os.environ.get("WEBCHAT_PUBSUB_URL"))
        self.guard = TurnGuard(settings)

    def get_output_channel(self) -> OutputChannel:
        return WebOutput(self.registry)

    # --- rate limits (bot/rate_limits.py): counted in the database, so across servers ------

    async def _limit_new_chat(self, opened: chat_tokens.Opened, hello_token, client: str) -> chat_tokens.Opened:
        """A new anonymous chat counts against its client address (WEBCHAT_OPEN_LIMIT per
        WEBCHAT_OPEN_WINDOW_MINUTES). Past it the browser gets a chat with no token to
        resume, whose messages get only the wait reply, except a crisis, answered in full."""
        claims = opened.claims
        if claims.kind != chat_tokens.ANONYMOUS or not opened.token or opened.token == hello_token:
            return opened  # a resumed chat, a chat link's session, or the database is down

        def record() -> tuple[rate_limits.Decision, str]:
            with session_scope() as session:
                return rate_limits.webchat_open(session, client, claims.conversation_id, self.settings.limits,
                                                self.settings.secret_key)
        try:
            decision, conversation = await asyncio.to_thread(record)
        except SQLAlchemyError:
            log.exception("could not count a new web chat against its client's limit")
            return opened
        if not decision.over:
            return opened
        log.warning("a client opened too many anonymous web chats; this one gets no dialogue")
        return chat_tokens.Opened(chat_tokens.ChatClaims(chat_tokens.ANONYMOUS, conversation, None), None,
                                  opened.notices)

    async def _over_limit(self, conversation: str, output: "WebOutput") -> bool:
        """Past the conversation's limit (WEBCHAT_LIMIT_MESSAGES per WEBCHAT_LIMIT_WINDOW_MINUTES;
        a chat opened past its client's limit has none): not for the dialogue; the first
        such message gets the short wait reply."""
        def decide() -> rate_limits.Decision:
            with session_scope() as session:
                return rate_limits.webchat_message(session, conversation, self.settings.limits,
                                                   self.settings.secret_key)
        try:
            decision = await asyncio.to_thread(decide)
        except SQLAlchemyError:
            log.exception("could not check the rate limit of a web chat message; answering it")
            return False
        if decision.reply:
            await output.send_text_message(conversation, decision.reply)
        return decision.over

    async def _open(self, token: str | None) -> chat_tokens.Opened:
        """The chat this hello opens (bot/chat_tokens.py: a link is spent for this browser's
        own session; a session token resumes it); an earlier browser whose link was just
        opened again is told."""
        opened = await asyncio.to_thread(chat_tokens.open_chat, token, self.settings.secret_key, now_utc())
        if opened.tell:
            await self.registry.push(opened.tell, {"type": "bot", "text": chat_tokens.LINK_REOPENED})
        return opened

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        chat = Blueprint("webchat", __name__)

        @chat.listener("after_server_start")
        async def start_pubsub(_app, _loop) -> None:
            if isinstance(self.registry, SharedSocketRegistry):
                self.registry.start()

        @chat.route("/", methods=["GET"])
        async def page(_request: Request) -> HTTPResponse:
            return response.html((STATIC / "chat.html").read_text(encoding="utf-8"))

        @chat.route("/widget.js", methods=["GET"])
        async def widget(_request: Request) -> HTTPResponse:
            return response.text((STATIC / "widget.js").read_text(encoding="utf-8"),
                                 content_type="application/javascript")

        @chat.websocket("/ws")
        async def socket(request: Request, ws) -> None:
            keep_listening(request.app.ctx.agent)
            await self._converse(ws, on_new_message, rate_limits.client_address(
                request.ip, request.headers.get("X-Forwarded-For"), self.settings.limits.trusted_proxies),
                request.app.ctx.agent)

        return chat

    async def _converse(self, ws, on_new_message, client: str = "unknown", agent=None) -> None:
        hello = _parse(await ws.recv())
        opened = await self._open(hello.get("token"))
        opened = await self._limit_new_chat(opened, hello.get("token"), client)
        claims, conversation = opened.claims, opened.claims.conversation_id
        logs.set_conversation(conversation)  # this socket's log lines, Rasa's included
        self.registry.add(conversation, ws)
        # token None: the browser keeps the one it has (its session could not be opened just now)
        await ws.send(json.dumps({"type": "welcome", "conversation": conversation, "token": opened.token,
                                  "identified": claims.identity is not None}))
        for notice in opened.notices:
            await ws.send(json.dumps({"type": "bot", "text": notice}))
        try:
            while True:
                message = _parse(await ws.recv())
                if message.get("type") == "message":
                    await self._handle(ws, message, claims, on_new_message, agent)
        except Exception as exc:  # the browser went away
            log.debug("web chat socket closed: %s", type(exc).__name__)
        finally:
            self.registry.remove(conversation, ws)

    async def _handle(self, ws, message: dict, claims: chat_tokens.ChatClaims, on_new_message, agent=None) -> None:
        await ws.send(json.dumps({"type": "ack", "id": message.get("id")}))
        text = neutralize_user_text(message.get("text"))
        conversation = claims.conversation_id
        output = WebOutput(self.registry)
        spoken = await self.guard.language_for(claims.identity, text, conversation)
        if not text:
            await output.send_text_message(conversation, catalogue.say("empty_message", spoken))
            return
        if not exempt_from_limits(text) and await self._over_limit(conversation, output):
            return
        if language.switch_word(text):  # ESPAÑOL / ENGLISH: chosen above; confirmed in it
            await output.send_text_message(conversation, catalogue.say("language_set", spoken))
            return
        await ws.send(json.dumps({"type": "typing", "on": True}))
        try:
            await self._turn(text, output, claims, on_new_message, spoken, agent)
        finally:
            await ws.send(json.dumps({"type": "typing", "on": False}))

    async def _turn(self, text: str, output: "WebOutput", claims: chat_tokens.ChatClaims, on_new_message,
                    spoken: str = "en", agent=None) -> None:
        conversation = claims.conversation_id
        message_id = uuid.uuid4().hex  # the identity is signed for this message only
        metadata = (identity.identity_metadata(claims.identity, self.settings.secret_key, conversation, message_id)
                    if claims.identity else {})
        metadata[LANGUAGE] = spoken
        crisis = crisis_text(text, spoken)
        if crisis:  # guidance first, whatever state the dialogue or the action server is in
            await output.send_text_message(conversation, crisis)
            await self.guard.open_urgent(claims.identity, conversation, self.name())
            metadata[CRISIS_ANSWERED] = crisis
        try:
            await on_new_message(UserMessage(text, output, sender_id=conversation, input_channel=self.name(),
                                             message_id=message_id, metadata=metadata))
        except Exception:  # the dialogue failed (e.g. the action server is down): the guard answers
            log.exception("the dialogue failed on a web chat message")
        if not output.said_something and not crisis:
            reply = await self.guard.after_silent_turn(claims.identity, conversation, spoken)
            if reply:
                await output.send_text_message(conversation, reply)
                await record_reply(agent, conversation, reply)


def _parse(raw: Any) -> dict:
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
