"""A long conversation is cut into sessions at quiet points, so a turn's cost does not grow
with how long someone has been texting.

Rasa reads a conversation's events since its latest session start from the tracker store
on every message, replays them into states for each policy's prediction, and sends them
all to the action server on every custom action. All of that grows with the session:
`bench/growth.py history` measured a turn at 108 ms with 9 events and 269 ms with 196.
Rasa only starts a new session after `session_expiration_time` (60 minutes) of silence,
and someone texting back and forth never gets there.

So a session also ends when it holds more than SESSION_EVENT_LIMIT events and the
conversation is at a quiet point: no form running, nothing asked in the last turn that the
next message could answer (an offer, "what's your zip?", "which task?"), no request held
for verification and no case manager holding the conversation. The next message
then starts a new session exactly as after an hour's silence: `action_session_start`
resolves who is texting from the channel's signed identity and the database (verification
lives there, not in the tracker), and the zip someone gave is kept. The policies look at
four turns (max_history 4), so a quiet point loses nothing they would use; the console's
transcript reads every session.

Installed in the Rasa server process (bot/rasa_server.py), beside bot/rasa_speedups.py.
"""
from __future__ import annotations

import os
from typing import Any, Sequence

DEFAULT_EVENT_LIMIT = 40  # about four turns
# Set in the last turn, these mean the next message may be an answer to it ("what's your
# zip?", "want me to ask your case manager?", "which task?").
ASKED_SLOTS = frozenset({"pending_offer", "resource_category", "pending_phrase", "timeframe", "dob_answer"})
# Set at all, these mean the conversation is not the assistant's alone right now.
HELD_SLOTS = ("handoff", "pending_request")

_installed = False


def event_limit() -> int:
    return int(os.environ.get("SESSION_EVENT_LIMIT") or DEFAULT_EVENT_LIMIT)


def events_in_session(events: Sequence[Any]) -> int:
    """Events since the latest session start (all of them if there is none)."""
    count = 0
    for event in reversed(events):
        if type(event).__name__ == "SessionStarted":
            break
        count += 1
    return count


def asked_in_last_turn(events: Sequence[Any]) -> bool:
    """Did the turn since the latest user message set one of ASKED_SLOTS?"""
    for event in reversed(events):
        kind = type(event).__name__
        if kind == "UserUttered":
            return False
        if kind == "SlotSet" and event.key in ASKED_SLOTS and event.value:
            return True
    return False


def at_quiet_point(events: Sequence[Any], held: dict[str, Any], active_loop: str | None) -> bool:
    return not active_loop and not any(held.get(name) for name in HELD_SLOTS) and not asked_in_last_turn(events)


def should_roll_over(events: Sequence[Any], held: dict[str, Any], active_loop: str | None, limit: int) -> bool:
    return events_in_session(events) > limit and at_quiet_point(events, held, active_loop)


def install() -> None:
    """Make Rasa's "has this session expired?" also say yes for a long session at a quiet point."""
    global _installed
    if _installed:
        return
    from rasa.core.processor import MessageProcessor

    expired = MessageProcessor._has_session_expired
    limit = event_limit()

    def _has_session_expired(self: MessageProcessor, tracker: Any) -> bool:
        if expired(self, tracker):
            return True
        held = {name: tracker.get_slot(name) for name in HELD_SLOTS}
        return should_roll_over(tracker.events, held, tracker.active_loop_name, limit)  # a deque: reversible

    MessageProcessor._has_session_expired = _has_session_expired
    _installed = True
