"""Web chat: a page, an embeddable widget and a WebSocket, as a Rasa input channel.

GET  /webhooks/webchat/            the chat page (add ?t=TOKEN from a chat link)
GET  /webhooks/webchat/widget.js   <script src=".../widget.js"></script> adds the chat to any site
WS   /webhooks/webchat/ws          the conversation

Who is chatting comes only from a server-verified token (bot/chat_tokens.py): a chat link
binds the browser to one patient or contact; without one the chat is anonymous (general
help). Bot messages sent later (case-manager replies, reminders) reach every open socket
of the conversation at once. The socket registry is per process: several Rasa servers
need a shared pub/sub (Redis) in front of it, which this does not yet do.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import chat_tokens, identity
from bot.channels.guard import CRISIS_ANSWERED, TurnGuard, crisis_text, keep_listening
from bot.config import Settings, load_settings
from bot.dialogue import neutralize_user_text

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
ANONYMOUS_TTL = dt.timedelta(hours=12)


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
        return cls(load_settings())

    def __init__(self, settings: Settings):
        self.settings = settings
        self.registry = SocketRegistry()
        self.guard = TurnGuard(settings)

    def get_output_channel(self) -> OutputChannel:
        return WebOutput(self.registry)

    def _claims(self, token: str | None) -> tuple[chat_tokens.ChatClaims, str]:
        """Verified claims and the token to resume with; a new anonymous chat otherwise."""
        claims = chat_tokens.read(token, self.settings.secret_key)
        if claims is not None:
            return claims, token
        fresh = chat_tokens.issue(self.settings.secret_key, None, ANONYMOUS_TTL)
        return chat_tokens.read(fresh, self.settings.secret_key), fresh

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        chat = Blueprint("webchat", __name__)

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
            await self._converse(ws, on_new_message)

        return chat

    async def _converse(self, ws, on_new_message) -> None:
        hello = _parse(await ws.recv())
        claims, token = self._claims(hello.get("token"))
        conversation = claims.conversation_id
        self.registry.add(conversation, ws)
        await ws.send(json.dumps({"type": "welcome", "conversation": conversation, "token": token,
                                  "identified": claims.identity is not None}))
        try:
            while True:
                message = _parse(await ws.recv())
                if message.get("type") == "message":
                    await self._handle(ws, message, claims, on_new_message)
        except Exception as exc:  # the browser went away
            log.debug("web chat socket closed: %s", type(exc).__name__)
        finally:
            self.registry.remove(conversation, ws)

    async def _handle(self, ws, message: dict, claims: chat_tokens.ChatClaims, on_new_message) -> None:
        await ws.send(json.dumps({"type": "ack", "id": message.get("id")}))
        text = neutralize_user_text(message.get("text"))
        conversation = claims.conversation_id
        output = WebOutput(self.registry)
        if not text:
            await output.send_text_message(conversation, "Please type your question, or type AGENT to reach a person.")
            return
        await ws.send(json.dumps({"type": "typing", "on": True}))
        try:
            await self._turn(text, output, claims, on_new_message)
        finally:
            await ws.send(json.dumps({"type": "typing", "on": False}))

    async def _turn(self, text: str, output: "WebOutput", claims: chat_tokens.ChatClaims, on_new_message) -> None:
        conversation = claims.conversation_id
        metadata = identity.identity_metadata(claims.identity, self.settings.secret_key) if claims.identity else {}
        crisis = crisis_text(text)
        if crisis:  # guidance first, whatever state the dialogue or the action server is in
            await output.send_text_message(conversation, crisis)
            await self.guard.open_urgent(claims.identity, conversation, self.name())
            metadata[CRISIS_ANSWERED] = True
        try:
            await on_new_message(UserMessage(text, output, sender_id=conversation, input_channel=self.name(),
                                             metadata=metadata))
        except Exception:  # the dialogue failed (e.g. the action server is down): the guard answers
            log.exception("the dialogue failed on a web chat message")
        if not output.said_something and not crisis:
            reply = await self.guard.after_silent_turn(claims.identity, conversation)
            if reply:
                await output.send_text_message(conversation, reply)


def _parse(raw: Any) -> dict:
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
