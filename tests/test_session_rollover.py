"""A long conversation gets a new session at a quiet point (bot/session_rollover.py)."""
from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import session_rollover
from bot.config import PROJECT_ROOT


def turns(n: int) -> list:
    events = [SessionStarted(), ActionExecuted("action_listen")]
    for i in range(n):
        events += [UserUttered(f"message {i}", {"name": "greet", "confidence": 1.0}), ActionExecuted("utter_greet"),
                   ActionExecuted("action_listen")]
    return events


def test_counts_only_the_latest_session():
    assert session_rollover.events_in_session(turns(3) + turns(2)) == 1 + 2 * 3
    assert session_rollover.events_in_session([ActionExecuted("action_listen")] * 5) == 5


def test_a_long_session_rolls_over_only_at_a_quiet_point():
    long = turns(20)
    assert session_rollover.should_roll_over(long, {}, None, limit=40)
    assert not session_rollover.should_roll_over(turns(5), {}, None, limit=40)
    assert not session_rollover.should_roll_over(long, {}, "dob_form", limit=40)  # a form is running
    for slot in session_rollover.HELD_SLOTS:  # a case manager has it, a request waits for verification
        assert not session_rollover.should_roll_over(long, {slot: "x"}, None, limit=40), slot
    for slot in session_rollover.ASKED_SLOTS:  # the last turn asked something the next message may answer
        asked = long + [SlotSet(slot, "x"), ActionExecuted("action_listen")]
        assert not session_rollover.should_roll_over(asked, {}, None, limit=40), slot
        # ... but a question from an earlier turn has had its answer or been passed over
        later = asked + [UserUttered("thanks", {"name": "thank", "confidence": 1.0}), ActionExecuted("action_listen")]
        assert session_rollover.should_roll_over(later, {}, None, limit=40), slot


def test_rasa_starts_a_new_session_for_a_long_quiet_conversation():
    from rasa.core.processor import MessageProcessor

    session_rollover.install()
    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    processor = MessageProcessor.__new__(MessageProcessor)  # only the session check is used
    processor.domain = domain
    tracker = DialogueStateTracker.from_events("+13125550112", turns(20), slots=domain.slots)
    assert processor._has_session_expired(tracker)
    tracker.update(SlotSet("pending_offer", "medical_question"))  # asked in the last turn
    assert not processor._has_session_expired(tracker)
    tracker.update(SlotSet("handoff", True))
    tracker.update(UserUttered("are you there", {"name": "greet", "confidence": 1.0}))
    assert not processor._has_session_expired(tracker)  # a case manager has the conversation
    short = DialogueStateTracker.from_events("+13125550112", turns(3), slots=domain.slots)
    assert not processor._has_session_expired(short)
