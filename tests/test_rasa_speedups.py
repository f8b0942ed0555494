"""bot/rasa_speedups.py keeps Rasa's behaviour: what Rasa's own check accepts and rejects."""
from __future__ import annotations

import pytest
from jsonschema import ValidationError

from bot import rasa_speedups
from rasa.core.actions.action import RemoteAction

GOOD = {"events": [{"event": "slot", "name": "handoff", "value": True}],
        "responses": [{"text": "hello"}]}
BAD = [
    {"events": [{"name": "handoff"}], "responses": []},      # an event without its type
    {"events": "not a list", "responses": []},
    {"events": [], "responses": "x"},                        # responses that are not a list
    {"events": [{"event": 5}], "responses": []},             # an event type that is not one
]


@pytest.fixture(scope="module")
def both():
    original = RemoteAction._validate_action_result
    rasa_speedups.install()
    yield original, RemoteAction._validate_action_result


def test_accepts_what_rasa_accepts(both):
    original, fast = both
    assert fast is not original
    assert original(RemoteAction, GOOD) is True and fast(RemoteAction, GOOD) is True


@pytest.mark.parametrize("answer", BAD)
def test_rejects_what_rasa_rejects_with_its_message(both, answer):
    original, fast = both
    with pytest.raises(ValidationError) as theirs:
        original(RemoteAction, answer)
    with pytest.raises(ValidationError) as ours:
        fast(RemoteAction, answer)
    assert str(ours.value.message) == str(theirs.value.message)
