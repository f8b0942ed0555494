"""Changes to how Rasa 3.6 does one thing, for speed, installed in the Rasa server process
(bot/rasa_server.py) before it serves. Each is measured (docs/performance.md) and keeps
Rasa's behaviour: tests/test_rasa_speedups.py checks it against Rasa's own.

- **The action server's answers are validated against a compiled schema.** Rasa checks
  every response from the action server with `jsonschema.validate(result, schema)`, which
  checks the schema itself and builds a new validator on every call: about 16 ms a call,
  one to three calls a turn, over a third of the Rasa server's CPU in `bench/profile.py`.
  The same schema compiled once validates in about 1 ms, and still rejects a malformed
  answer with the same error.
"""
from __future__ import annotations

from typing import Any

_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    from jsonschema import ValidationError, exceptions, validators
    from rasa.core.actions import action as rasa_action

    schema = rasa_action.RemoteAction.action_response_format_spec()
    compiled = validators.validator_for(schema)(schema)

    def _validate_action_result(self: Any, result: dict) -> bool:
        error = exceptions.best_match(compiled.iter_errors(result))  # the error jsonschema.validate picks
        if error is None:
            return True
        if isinstance(error, ValidationError):  # with the message Rasa's own check adds
            error.message += (
                ". Failed to validate Action server response from API, make sure your response from the "
                f"Action endpoint is valid. For more information about the format visit {rasa_action.DOCS_BASE_URL}/custom-actions"
            )
        raise error

    rasa_action.RemoteAction._validate_action_result = _validate_action_result
    _installed = True
