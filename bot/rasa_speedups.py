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
"""
from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
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
