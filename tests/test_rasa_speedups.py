"""bot/rasa_speedups.py keeps Rasa's behaviour: what Rasa's own check accepts and rejects."""
from __future__ import annotations

import asyncio

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


# --- the graph's minimal schema and the event classes, remembered ---------------------

def _diamond_graph():
    """a needs b and c, both need d: d is reached twice when walking from a."""
    from rasa.engine.graph import GraphComponent, GraphSchema, SchemaNode

    def node(**needs):
        return SchemaNode(needs=needs, uses=GraphComponent, constructor_name="create", fn="run", config={})

    return GraphSchema({"a": node(x="b", y="c"), "b": node(z="d"), "c": node(z="d"), "d": node(), "e": node(z="d"),
                        "lonely": node()})


def test_the_minimal_graph_is_rasas_and_remembered_per_targets():
    rasa_speedups.install()
    graph = _diamond_graph()
    for targets in (["a"], ["e"], ["a", "e"], ["d"]):
        ours = graph.minimal_graph_schema(targets)
        rasas = set(graph._all_dependencies_schema(targets))  # Rasa's walk, which it keeps
        assert list(ours.nodes) == [name for name in graph.nodes if name in rasas]
        assert ours is graph.minimal_graph_schema(list(targets))
    assert sorted(graph.minimal_graph_schema(["a"]).nodes) == ["a", "b", "c", "d"]
    assert sorted(graph.minimal_graph_schema(["e"]).nodes) == ["d", "e"]
    assert sorted(graph.minimal_graph_schema(["a", "e"]).nodes) == ["a", "b", "c", "d", "e"]


def test_event_classes_are_the_ones_rasa_finds():
    from rasa.shared.core import events
    from rasa.shared.utils.common import all_subclasses

    def rasas(type_name, default=None):  # Rasa's loop, as in rasa/shared/core/events.py
        for cls in all_subclasses(events.Event):
            if cls.type_name == type_name:
                return cls
        if type_name == "topic":
            return None
        if default is not None:
            return default
        raise ValueError(f"Unknown event name '{type_name}'.")

    rasa_speedups.install()
    names = {cls.type_name for cls in all_subclasses(events.Event)}
    assert {"user", "bot", "action", "slot", "session_started", "active_loop"} <= names
    for name in names:
        assert events.Event.resolve_by_type(name) is rasas(name)
    assert events.Event.resolve_by_type("topic") is None
    assert events.Event.resolve_by_type("nope", events.UserUttered) is events.UserUttered
    with pytest.raises(ValueError):
        events.Event.resolve_by_type("nope")
    assert events.Event.from_parameters({"event": "slot", "name": "zip", "value": "60615"}) == \
        events.SlotSet("zip", "60615")


def test_an_event_class_defined_later_is_found():
    from rasa.shared.core import events

    rasa_speedups.install()
    events.Event.resolve_by_type("user")  # the table is built

    class LateEvent(events.Event):
        type_name = "late_for_the_test"

        def __eq__(self, other):
            return isinstance(other, LateEvent)

        def as_story_string(self):
            return None

    assert events.Event.resolve_by_type("late_for_the_test") is LateEvent


# --- the action endpoint over kept-alive connections ------------------------------------

async def _with_echo_server(check, path: str = "/webhook", connections: list | None = None):
    """Run `check(url)` against a local HTTP server that answers with the client's port (one
    per TCP connection), the token header and the body it got; other paths answer 404. The
    server's side of each connection is appended to `connections`."""
    from aiohttp import web

    from tests.servers import free_port

    async def echo(request: web.Request) -> web.Response:
        if connections is not None:
            connections.append(request.transport)
        return web.json_response({"peer_port": request.transport.get_extra_info("peername")[1],
                                  "token": request.headers.get("X-Action-Token"),
                                  "body": await request.json()})

    app = web.Application()
    app.router.add_post("/webhook", echo)
    runner = web.AppRunner(app, keepalive_timeout=0.5)  # closes idle connections sooner than the client
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        return await check(f"http://127.0.0.1:{port}{path}")
    finally:
        await runner.cleanup()


def _endpoint(url: str):
    from rasa.utils.endpoints import EndpointConfig
    return EndpointConfig.from_dict({"url": url, "headers": {"X-Action-Token": "t0k"},
                                     "enable_selective_domain": True})


def test_kept_alive_keeps_everything_rasa_reads_from_the_endpoint():
    theirs = _endpoint("http://127.0.0.1:1/webhook")
    ours = rasa_speedups.kept_alive(theirs)
    assert isinstance(ours, rasa_speedups.KeptAliveEndpoint)
    assert (ours.url, ours.headers, ours.kwargs, ours.token, ours.params) == \
        (theirs.url, theirs.headers, theirs.kwargs, theirs.token, theirs.params)
    assert rasa_speedups.kept_alive(None) is None


def test_calls_share_one_connection_where_rasa_opens_one_each():
    async def check(url):
        theirs = _endpoint(url)
        ours = rasa_speedups.kept_alive(theirs)
        try:
            rasa_ports = {(await theirs.request(json={"n": n}, method="post"))["peer_port"] for n in range(3)}
            return rasa_ports, [await ours.request(json={"n": n}, method="post") for n in range(3)]
        finally:
            await ours.close()

    rasa_ports, answers = asyncio.run(_with_echo_server(check))
    assert len(rasa_ports) == 3
    assert len({a["peer_port"] for a in answers}) == 1
    assert [a["body"] for a in answers] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert {a["token"] for a in answers} == {"t0k"}


def test_a_call_after_the_server_closed_the_idle_connection_still_goes_through(monkeypatch):
    monkeypatch.setattr(rasa_speedups, "IDLE_SECONDS", 60.0)  # the client keeps it: only the server closes it
    connections: list = []

    async def check(url):
        ours = rasa_speedups.kept_alive(_endpoint(url))
        try:
            first = await ours.request(json={"n": 1}, method="post")
            for _ in range(200):  # the server closes the idle connection (its keep-alive, 0.5 s; later when busy)
                if connections[0].is_closing():
                    break
                await asyncio.sleep(0.05)
            assert connections[0].is_closing()
            await asyncio.sleep(0.2)  # the client reads the close
            return first, await ours.request(json={"n": 2}, method="post")
        finally:
            await ours.close()

    first, second = asyncio.run(_with_echo_server(check, connections=connections))
    assert second["body"] == {"n": 2} and second["peer_port"] != first["peer_port"]


def test_an_error_answer_raises_what_rasa_raises():
    from rasa.utils.endpoints import ClientResponseError

    async def check(url):
        ours = rasa_speedups.kept_alive(_endpoint(url))
        try:
            with pytest.raises(ClientResponseError) as error:
                await ours.request(json={}, method="post")
            return error.value.status
        finally:
            await ours.close()

    assert asyncio.run(_with_echo_server(check, "/missing")) == 404


# --- a policy that cannot win is not asked --------------------------------------------

@pytest.fixture(scope="module")
def agent():
    from pathlib import Path

    from rasa.core.agent import Agent

    from bot.rasa_model import model_path

    rasa_speedups.install()
    path = model_path(Path(__file__).resolve().parent.parent / "models")
    assert path.exists(), "no trained model: run `make test`"
    return Agent.load(str(path))


def _story_trackers(agent):
    """Every story and rule of the training data and the test stories, as Rasa's own
    `rasa test core` reads them."""
    from rasa.core.test import _create_data_generator

    trackers = []
    for resource in ("data/stories", "data/rules", "tests/test_stories.yml"):
        trackers += _create_data_generator(resource, agent, use_conversation_test_files="tests/" in resource).generate()
    return trackers


def _predictions_along(agent, story):
    """The ensemble's prediction before each of the story's actions, in a tracker replayed
    event by event (what `rasa test core` does)."""
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.core.trackers import DialogueStateTracker

    events = list(story.events)
    tracker = DialogueStateTracker.from_events(story.sender_id, events[:1], agent.domain.slots)
    seen = []
    for event in events[1:]:
        if isinstance(event, ActionExecuted):
            prediction = agent.processor._predict_next_with_tracker(tracker)
            seen.append((prediction.max_confidence_index, prediction.max_confidence, prediction.policy_name,
                         [{k: v for k, v in e.as_dict().items() if k != "timestamp"} for e in prediction.events]))
        tracker.update(event)
    return seen


def _policy_nodes(agent):
    """The loaded graph's nodes that ask a policy that may be skipped. A node holds the
    function it calls from when the model was loaded, so that is where to swap it."""
    return [node for node in agent.processor.graph_runner._instantiated_nodes.values()
            if hasattr(node._fn, "__wrapped__")]


def test_skipping_policies_that_cannot_win_predicts_what_rasa_predicts(agent, monkeypatch):
    asked = []

    def counted(rasas_own):
        def predict(self, *args, **kwargs):
            asked.append(type(self).__name__)
            return rasas_own(self, *args, **kwargs)
        return predict

    nodes = _policy_nodes(agent)
    assert sorted(type(node._component).__name__ for node in nodes) == ["MemoizationPolicy", "TEDPolicy"]
    stories = _story_trackers(agent)
    assert len(stories) > 50
    with monkeypatch.context() as skipping:
        for node in nodes:
            skipping.setattr(node, "_fn", rasa_speedups._unless_a_rule_is_certain(counted(node._fn.__wrapped__)))
        ours = [_predictions_along(agent, story) for story in stories]
    asked_with_skip = asked.count("TEDPolicy")
    asked.clear()
    with monkeypatch.context() as rasa:
        for node in nodes:
            rasa.setattr(node, "_fn", counted(node._fn.__wrapped__))
        theirs = [_predictions_along(agent, story) for story in stories]
    from rasa.shared.core.constants import FOLLOWUP_ACTION

    predictions = sum(1 for story in theirs for seen in story if seen[2] != FOLLOWUP_ACTION)
    assert asked.count("TEDPolicy") == predictions  # Rasa asks TED for every prediction its graph makes
    assert ours == theirs
    assert asked_with_skip < predictions / 2, (asked_with_skip, predictions)  # RulePolicy ran first, and was certain
    print(f"\nTED asked {asked_with_skip} times of {predictions} predictions")


def test_an_action_just_rejected_asks_every_policy(agent):
    """Rasa's ensemble zeroes a rejected action in every policy's prediction, so a certain
    rule for it can lose: the other policies must answer then."""
    from rasa.core.policies.policy import PolicyPrediction
    from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    ted = _ted(agent)
    tracker = DialogueStateTracker.from_events("rejected", [
        ActionExecuted("action_listen"), UserUttered("hi", intent={"name": "greet", "confidence": 1.0})],
        agent.domain.slots)
    certain = [0.0] * len(agent.domain.action_names_or_texts)
    certain[agent.domain.index_for_action("utter_greet")] = 1.0

    def rule_said(probabilities):
        rasa_speedups._latest_rule = (tracker, len(tracker.events), tracker.events[-1],
                                      PolicyPrediction(probabilities, "RulePolicy", policy_priority=6))

    rule_said(certain)
    assert rasa_speedups._rule_is_certain(ted, tracker)
    rule_said([p * 0.3 for p in certain])
    assert not rasa_speedups._rule_is_certain(ted, tracker)  # the fallback's 0.3: TED may win
    tracker.update(ActionExecutionRejected("utter_greet"))
    assert not rasa_speedups._rule_is_certain(ted, tracker)  # the rule's state is gone
    rule_said(certain)
    assert not rasa_speedups._rule_is_certain(ted, tracker)  # certain, but right after a rejection


def _ted(agent):
    return next(node._component for node in _policy_nodes(agent) if type(node._component).__name__ == "TEDPolicy")
