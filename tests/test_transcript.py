"""The escalation page's transcript, read from a tracker's events (bot/console/rasa_api.py)."""
from __future__ import annotations

from bot.channels.guard import CHANNEL_REPLY, CRISIS_ANSWERED
from bot.console.rasa_api import transcript_lines


def test_the_transcript_holds_what_the_person_was_told_and_by_whom():
    events = [
        {"event": "action", "name": "action_session_start", "timestamp": 1},
        {"event": "user", "text": "i took all my pills", "timestamp": 2,
         "metadata": {CRISIS_ANSWERED: "Call 911 now."}},
        {"event": "bot", "text": "Someone from the care team has this.", "timestamp": 3},
        {"event": "user", "text": "hello?", "timestamp": 4},
        {"event": "bot", "text": "Ana Rivera has your message.", "timestamp": 5, "metadata": {CHANNEL_REPLY: True}},
        {"event": "user", "text": "EXTERNAL: reminder", "timestamp": 6, "metadata": {"is_external": True}},
        {"event": "bot", "text": "I'm here, Dorothy.", "timestamp": 7, "metadata": {"case_manager": "Ana Rivera"}},
        {"event": "user", "text": "", "timestamp": 8},
    ]
    lines = [(line["who"], line["text"]) for line in transcript_lines(events)]
    assert lines == [
        ("person", "i took all my pills"),
        ("assistant", "Call 911 now."),  # sent by the channel before the dialogue ran
        ("assistant", "Someone from the care team has this."),
        ("person", "hello?"),
        ("assistant", "Ana Rivera has your message."),
        ("case manager Ana Rivera", "I'm here, Dorothy."),
    ]


def test_a_crisis_flag_from_before_the_text_was_kept_adds_no_line():
    # Conversations recorded before the crisis text rode on the message carry `True` there.
    events = [{"event": "user", "text": "help", "timestamp": 1, "metadata": {CRISIS_ANSWERED: True}}]
    assert [line["who"] for line in transcript_lines(events)] == ["person"]
