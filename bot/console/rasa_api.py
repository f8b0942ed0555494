"""The console's view of Rasa: a conversation's transcript, and staff messages sent into it.

A staff message is appended to the conversation as a bot event (author: the case manager)
with `output_channel` set, so Rasa delivers it on the channel the person used and the
whole exchange stays in one transcript.
"""
from __future__ import annotations

import datetime as dt

import aiohttp

from bot.channels.guard import CRISIS_ANSWERED
from bot.config import Settings

CHANNELS = {"sms", "webchat"}


def _base(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.rasa_port}"


async def transcript(settings: Settings, conversation_id: str) -> list[dict]:
    """[{who, text, at}] for user messages, bot replies and staff messages."""
    url = f"{_base(settings)}/conversations/{conversation_id}/tracker"
    async with aiohttp.ClientSession() as http:
        async with http.get(url, params={"token": settings.rasa_auth_token}, timeout=10) as response:
            response.raise_for_status()
            tracker = await response.json()
    return transcript_lines(tracker.get("events", []))


def transcript_lines(events: list[dict]) -> list[dict]:
    """The transcript in a tracker's events. Replies the channel sent itself are in it too:
    the crisis text rides on the message it answered (its metadata), and a reply after a
    silent turn (a hand-off's acknowledgement) is a bot event the channel recorded."""
    lines = []
    for event in events:
        if event.get("event") not in ("user", "bot") or not event.get("text"):
            continue
        metadata = event.get("metadata") or {}
        if metadata.get("is_external"):  # a reminder's trigger, not the person
            continue
        at = dt.datetime.fromtimestamp(event.get("timestamp", 0), dt.timezone.utc)
        author = metadata.get("case_manager")
        who = "person" if event["event"] == "user" else (f"case manager {author}" if author else "assistant")
        lines.append({"who": who, "text": event["text"], "at": at})
        crisis_reply = metadata.get(CRISIS_ANSWERED) if event["event"] == "user" else None
        if isinstance(crisis_reply, str):
            lines.append({"who": "assistant", "text": crisis_reply, "at": at})
    return lines


async def send_staff_message(settings: Settings, conversation_id: str, channel: str, text: str, author: str,
                             end_handoff: bool = False) -> None:
    """Deliver `text` on the person's channel; with `end_handoff`, the assistant takes the
    conversation back (the `handoff` slot the hand-off rules look at)."""
    output = channel if channel in CHANNELS else "latest"
    url = f"{_base(settings)}/conversations/{conversation_id}/tracker/events"
    events = [{"event": "bot", "text": text, "metadata": {"case_manager": author}}]
    if end_handoff:
        events.insert(0, {"event": "slot", "name": "handoff", "value": False})
    async with aiohttp.ClientSession() as http:
        # execute_side_effects: without it Rasa only records the message and sends nothing
        params = {"token": settings.rasa_auth_token, "output_channel": output, "execute_side_effects": "true"}
        async with http.post(url, params=params, json=events, timeout=30) as response:
            response.raise_for_status()


async def trigger_intent(settings: Settings, conversation_id: str, channel: str, intent: str, entities: dict,
                         timeout: float = 30) -> None:
    """Run `intent` in the conversation as if the person had sent it (Rasa's trigger_intent),
    replies going out on `channel`: how a reminder enters the conversation it is about."""
    url = f"{_base(settings)}/conversations/{conversation_id}/trigger_intent"
    params = {"token": settings.rasa_auth_token, "output_channel": channel if channel in CHANNELS else "latest"}
    async with aiohttp.ClientSession() as http:
        async with http.post(url, params=params, json={"name": intent, "entities": entities},
                             timeout=timeout) as response:
            response.raise_for_status()
