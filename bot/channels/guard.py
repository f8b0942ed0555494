"""What every channel does around a dialogue turn, so that no message goes unanswered.

Before the turn: the deterministic detector (bot/safety.py) runs on the message. On a hit
the channel itself sends the crisis text and opens (or raises to) the urgent escalation,
so that guidance never depends on the Rasa policies, a form, the action server or a
tracker stuck in any state. The dialogue then records the message without a second copy
(actions/actions.py: action_crisis_response); the text sent rides on the message's
metadata, so the escalation page's transcript shows it under the message.

After the turn: if the dialogue said nothing (it failed, the action server is down, or a
case manager has the conversation) the channel answers: during a hand-off with who has
it and by when (a one-line receipt when that was said moments ago), otherwise with a safe reply.
That reply is recorded in the conversation's tracker as a bot event, for the same transcript.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging

from sqlalchemy.exc import SQLAlchemyError

from bot import assistant, catalogue, coverage, escalation, identity, language, messaging, safety, safety_net
from bot.clock import clinic_zone, now_utc
from bot.config import Settings
from bot.db import session_scope

log = logging.getLogger(__name__)

# Metadata the channel puts on a message: the crisis text it sent (the key is absent when
# none was); the reply language. And on a reply the channel sent itself, recorded afterwards.
CRISIS_ANSWERED = "crisis_answered"
LANGUAGE = "language"
CHANNEL_REPLY = "channel_reply"


def no_reply(spoken: str | None = None) -> str:
    return catalogue.say("no_reply", spoken)


def crisis_text(text: str, spoken: str | None = None) -> str | None:
    """The fixed crisis reply when the deterministic detector flags `text`, else None: in
    the message's language, or in `spoken` (the person's) when the message is not clearly
    in another one ("911!!" from a Spanish speaker)."""
    found = safety.assess(text)
    if found.kind == safety.Kind.NONE:
        return None
    return safety.response_text(found.kind, safety_language(found, text, spoken))


def safety_language(found: safety.Assessment, text: str, spoken: str | None) -> str:
    """The language of a crisis reply or check-in: Spanish when the detector saw Spanish
    (a Spanish rule fired, or mostly Spanish words); otherwise the person's own language,
    unless the message is clearly English ("911!!" from a Spanish speaker: Spanish)."""
    if found.language != catalogue.DEFAULT or not spoken or spoken == found.language:
        return found.language
    return found.language if language.detect(text) == found.language else spoken


async def record_reply(agent, conversation_id: str, text: str) -> None:
    """Record in the conversation's tracker a reply the channel sent after a silent turn,
    as a bot event (recorded, not sent again), so the case manager's transcript shows what
    the person was told. Under the conversation's lock, as Rasa's own appends are. Losing
    this record never costs the person their reply: a failure is only logged."""
    from rasa.shared.core.events import BotUttered  # here: the action server imports this module too

    if agent is None or agent.tracker_store is None:
        return
    try:
        async with agent.lock_store.lock(conversation_id):
            tracker = await agent.tracker_store.retrieve(conversation_id)
            if tracker is None:
                return
            tracker.update(BotUttered(text, metadata={CHANNEL_REPLY: True}))
            await agent.tracker_store.save(tracker)
    except Exception:
        log.exception("could not record the channel's reply in its conversation")


def exempt_from_limits(text: str) -> bool:
    """Rate limits (bot/rate_limits.py) never hold back a crisis, nor words of danger the
    safety net reads: past the limit such a message is still answered in full."""
    return safety_net.reads_danger(text)


class TurnGuard:
    def __init__(self, settings: Settings, notifier: messaging.SmsSender | None = None):
        self.settings = settings
        self.coverage = coverage.from_settings(settings)
        self.notifier = notifier or messaging.SmsSender(settings)
        self.tasks: set[asyncio.Task] = set()
        language.warm_up()  # once per process: the language detector's models load here, not on a first message

    def _clock(self) -> assistant.Clock:
        return assistant.Clock(now_utc(), clinic_zone(self.settings.timezone))

    async def language_for(self, sender_identity: str | None, text: str | None = None,
                           conversation_id: str | None = None) -> str:
        """The language to answer in, after noting the language `text` is written in (a
        switch word chooses instead). A chat with no identity is remembered by its
        conversation. English when the database is unreachable."""
        # (the SMS channel reads the same in its intake, in one statement: language.for_phone)
        key = sender_identity or (f"conversation:{conversation_id}" if conversation_id else None)

        def decide() -> str:
            with session_scope() as session:
                chosen = language.switch_word(text)
                if chosen and key:
                    language.remember(session, key, chosen, chosen=True, now=now_utc())
                elif text:
                    language.note_message(session, key, text, now_utc())
                if sender_identity:
                    return identity.resolve(session, sender_identity).language
                return language.for_identity(session, key)
        try:
            return await asyncio.to_thread(decide)
        except SQLAlchemyError:
            log.exception("could not look up the language of a conversation")
            return catalogue.DEFAULT

    async def open_urgent(self, sender_identity: str | None, conversation_id: str, channel: str) -> bool:
        """Record the urgent escalation for a crisis and page staff in the background.
        False if the database is unreachable (the crisis text has gone out regardless)."""
        def record() -> None:
            with session_scope() as session:
                sender = identity.resolve(session, sender_identity)
                assistant.escalate(session, sender, conversation_id=conversation_id, channel=channel,
                                   reason="crisis", clock=self._clock(), coverage=self.coverage,
                                   console_url=self.settings.console_url)
        try:
            await asyncio.to_thread(record)
        except SQLAlchemyError:
            log.exception("could not record the urgent escalation for a crisis message")
            return False
        self._in_background(self.notifier.deliver_due())
        return True

    async def after_silent_turn(self, sender_identity: str | None, conversation_id: str,
                                spoken: str | None = None) -> str:
        """What to say when the dialogue said nothing: during a hand-off, who has the
        conversation (or, told moments ago, that they will see this message too), otherwise
        the safe reply."""
        quiet = dt.timedelta(minutes=self.settings.handoff_ack_quiet_minutes)

        def decide() -> str | None:
            with session_scope() as session:
                sender = identity.resolve(session, sender_identity)
                return escalation.acknowledge_if_quiet(session, conversation_id, sender, self.coverage,
                                                       now_utc(), quiet)
        try:
            ack = await asyncio.to_thread(decide)
        except SQLAlchemyError:
            log.exception("could not check the hand-off state of a conversation")
            return no_reply(spoken)
        return no_reply(spoken) if ack is None else ack

    def _in_background(self, coroutine) -> None:
        """Staff notifications never delay the person's reply; the outbound table is the
        durable queue, so what fails here is retried by the console's watch."""
        async def guarded() -> None:
            try:
                await coroutine
            except Exception:
                log.exception("could not send staff notifications now; they stay queued")
        task = asyncio.create_task(guarded())
        self.tasks.add(task)  # asyncio keeps only weak references to tasks
        task.add_done_callback(self.tasks.discard)


def keep_listening(agent) -> None:
    """Rasa stops predicting after 10 actions in a turn ("Circuit breaker tripped") and
    saves the tracker mid-turn, so each later message trips it again at once and the
    conversation stays dead until the session expires. Put such a conversation back to
    listening. (The fallback action ends its turn itself; this is the net under it.)"""
    processor = getattr(agent, "processor", None)
    if processor is not None and processor.on_circuit_break is None:
        processor.on_circuit_break = _listen_again


def _listen_again(tracker, _output_channel, _nlg) -> None:
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted

    log.warning("dialogue loop stopped for a conversation; it listens again")
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
