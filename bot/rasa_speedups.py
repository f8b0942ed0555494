"""Changes to how Rasa 3.6 does one thing, for speed, installed in the Rasa server process
(bot/rasa_server.py) before it serves. Each is measured (docs/performance.md) and keeps
Rasa's behaviour: tests/test_rasa_speedups.py checks it against Rasa's own.

- **The action server's answers are validated against a compiled schema.** Rasa checks
  every response from the action server with `jsonschema.validate(result, schema)`, which
  checks the schema itself and builds a new validator on every call: about 16 ms a call,
  one to three calls a turn, over a third of the Rasa server's CPU in `bench/profile.py`.
  The same schema compiled once validates in about 1 ms, and still rejects a malformed
  answer with the same error.
- **A graph run's nodes are worked out once per set of targets.** Rasa runs its model graph
  once for the message and once per predicted action, and each run works out which nodes
  the targets need by walking the graph from each target without remembering what it has
  seen, so shared nodes are walked again and again: 6.7% of the Rasa server's samples in
  `bench/profile.py --channel sms`. A loaded model's graph does not change, so the answer
  is remembered per graph and targets.
- **An event's class is looked up by name in a table.** Rasa finds the class of every
  event it reads (from the tracker store, from the action server) by listing all of
  Event's subclasses, recursively, each time: 1.7% of the samples. The table is built in
  the same order, so the same class wins, and rebuilt if a new Event subclass appears; a
  name not in it goes to Rasa's own lookup (its "topic" and default handling).
- **The action server is called over kept-alive connections** (`kept_alive`). Rasa's
  `EndpointConfig.request` opens a new aiohttp session, so a new TCP connection to the action
  server, for every action call and closes it after: 0.89 against 0.35 ms a call to the action
  server's /health with one session kept. Everything else about the call (headers, token,
  compression, timeout, errors) is still Rasa's own `request`.
- **A policy that cannot win is not asked** (`_rules_first`). Rasa asks every policy for
  every prediction and then keeps the most confident, a tie going to the higher priority.
  When RulePolicy (priority 6) is certain (1.0), MemoizationPolicy (3) and TEDPolicy (1)
  cannot beat it: their answers are at most 1.0 and they make no end-to-end or no-user
  predictions here. The one exception Rasa's ensemble makes, an action the tracker just
  rejected, has its confidence zeroed everywhere, so they are asked then. Rasa's graph
  runs RulePolicy before them (the test checks it); if it ever did not, they would
  simply be asked as before.
"""
from __future__ import annotations

import asyncio
import functools
from typing import Any

import aiohttp
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected
from rasa.shared.nlu.constants import TEXT
from rasa.utils.endpoints import EndpointConfig

# Idle connections are closed by us before the action server would close them (Sanic's
# KEEP_ALIVE_TIMEOUT, 5 s), so a call never goes out on a connection the server is closing.
IDLE_SECONDS = 2.0

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
    _remember_minimal_graphs()
    _event_classes_by_name()
    _rules_first()
    _installed = True


def _remember_minimal_graphs() -> None:
    from rasa.engine.graph import GraphSchema

    walk = GraphSchema.minimal_graph_schema

    def minimal_graph_schema(self: GraphSchema, targets: list[str] | None = None) -> GraphSchema:
        remembered = self.__dict__.setdefault("_minimal_by_targets", {})
        key = tuple(targets) if targets else None
        if key not in remembered:
            remembered[key] = walk(self, targets)
        return remembered[key]

    GraphSchema.minimal_graph_schema = minimal_graph_schema


def _event_classes_by_name() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    resolve = Event.resolve_by_type
    table: dict[str, type] = {}
    built_for = -1  # the number of Event's direct subclasses the table was built from

    def resolve_by_type(type_name: str, default: type | None = None) -> type | None:
        nonlocal built_for
        if built_for != len(Event.__subclasses__()):
            table.clear()
            for cls in all_subclasses(Event):  # Rasa's order: its loop returns the first match
                table.setdefault(cls.type_name, cls)
            built_for = len(Event.__subclasses__())
        found = table.get(type_name)
        return found if found is not None else resolve(type_name, default)

    Event.resolve_by_type = staticmethod(resolve_by_type)


# RulePolicy's latest prediction and the tracker state it was made for: (tracker, number of
# events, last event, prediction). One graph run asks RulePolicy before the policies below it.
_latest_rule: tuple | None = None


def _rules_first() -> None:
    from rasa.core.policies.memoization import MemoizationPolicy
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.core.policies.ted_policy import TEDPolicy

    rule_predict = RulePolicy.predict_action_probabilities

    def predict_rule(self: RulePolicy, tracker: Any, domain: Any, *args: Any, **kwargs: Any) -> Any:
        global _latest_rule
        prediction = rule_predict(self, tracker, domain, *args, **kwargs)
        _latest_rule = (tracker, len(tracker.events), _last(tracker), prediction)
        return prediction

    RulePolicy.predict_action_probabilities = predict_rule
    for policy in (MemoizationPolicy, TEDPolicy):
        policy.predict_action_probabilities = _unless_a_rule_is_certain(policy.predict_action_probabilities)


def _last(tracker: Any) -> Any:
    return tracker.events[-1] if tracker.events else None


def _unless_a_rule_is_certain(predict: Any) -> Any:
    @functools.wraps(predict)  # keeps Rasa's own as __wrapped__, for tests/test_rasa_speedups.py
    def predict_unless_a_rule_is_certain(self: Any, tracker: Any, domain: Any, *args: Any, **kwargs: Any) -> Any:
        if _rule_is_certain(self, tracker):
            return self._prediction(self._default_predictions(domain))  # all zeros: it cannot win
        return predict(self, tracker, domain, *args, **kwargs)

    return predict_unless_a_rule_is_certain


def _rule_is_certain(policy: Any, tracker: Any) -> bool:
    if _latest_rule is None:
        return False
    rule_tracker, count, last, prediction = _latest_rule
    if rule_tracker is not tracker or count != len(tracker.events) or last is not _last(tracker):
        return False  # made for another state (or RulePolicy has not run yet in this graph run)
    if prediction.max_confidence < 1.0 or prediction.policy_priority <= policy.priority:
        return False
    if getattr(policy, "only_e2e", False) or TEXT in getattr(policy, "fake_features", {}):
        return False  # TED could answer from the text, and the ensemble prefers that
    last_action = next((e for e in reversed(tracker.events)
                        if isinstance(e, (ActionExecuted, ActionExecutionRejected))), None)
    return not isinstance(last_action, ActionExecutionRejected)


class _Open:
    """`async with` that hands out a session and leaves it open afterwards."""

    def __init__(self, session: aiohttp.ClientSession):
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *_exc: Any) -> bool:
        return False


class KeptAliveEndpoint(EndpointConfig):
    """An EndpointConfig whose `request` reuses one session (and its pooled connections) per
    event loop instead of a new one per call."""

    _session: aiohttp.ClientSession | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    def session(self) -> _Open:  # type: ignore[override]
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) \
                if self.basic_auth else None
            self._session = aiohttp.ClientSession(
                headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_SECONDS))
            self._loop = loop
        return _Open(self._session)

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()


def kept_alive(endpoint: EndpointConfig | None) -> EndpointConfig | None:
    """The same endpoint, calling over kept-alive connections."""
    if endpoint is None or isinstance(endpoint, KeptAliveEndpoint):
        return endpoint
    return KeptAliveEndpoint(endpoint.url, endpoint.params, endpoint.headers, endpoint.basic_auth, endpoint.token,
                             endpoint.token_name, cafile=endpoint.cafile, store_type=endpoint.type, **endpoint.kwargs)
