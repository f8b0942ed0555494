"""Log lines: JSON or text, tagged with a keyed conversation reference, never a phone number."""
from __future__ import annotations

import asyncio
import io
import json
import logging
import logging.config
import sys
import zlib

import pytest

from bot import logs


@pytest.fixture
def captured(monkeypatch):
    """Root logging configured by bot.logs, its stream swapped for a buffer."""
    def setup(fmt: str) -> io.StringIO:
        monkeypatch.setenv("LOG_FORMAT", fmt)
        logs.configure("test-service", "k" * 40, production=False)
        stream = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stream)  # the handler writes to sys.stderr as it is then
        return stream

    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    yield setup
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])
    logs.set_conversation(None)


def test_reference_is_keyed_and_stable():
    phone = "+13125550112"
    assert logs.conversation_ref(phone, b"one") == logs.conversation_ref(phone, b"one")
    assert logs.conversation_ref(phone, b"one") != logs.conversation_ref(phone, b"two")
    assert logs.conversation_ref(phone, b"one").startswith("c-")
    assert len(logs.conversation_ref(phone, b"one")) == 14


def test_json_lines_carry_service_level_and_conversation(captured):
    stream = captured("json")
    logs.set_conversation("+13125550112")
    logging.getLogger("bot.somewhere").warning("SMS %s attempt %s failed", 7, 2)
    line = json.loads(stream.getvalue().strip())
    assert line["service"] == "test-service"
    assert line["level"] == "WARNING"
    assert line["logger"] == "bot.somewhere"
    assert line["message"] == "SMS 7 attempt 2 failed"
    assert line["conversation"] == logs.conversation_ref("+13125550112", b"k" * 40)
    assert "5550112" not in stream.getvalue()


def test_a_line_about_another_conversation_names_that_one(captured):
    stream = captured("json")
    logs.set_conversation("web-abc")
    logging.getLogger("bot.messaging").info("outbound SMS %s: %s", 3, "sent", extra=logs.about("+17085550142"))
    assert json.loads(stream.getvalue())["conversation"] == logs.conversation_ref("+17085550142", b"k" * 40)


def test_exceptions_are_one_json_line(captured):
    stream = captured("json")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("x").exception("failed")
    lines = stream.getvalue().strip().splitlines()
    assert len(lines) == 1
    assert "RuntimeError: boom" in json.loads(lines[0])["exception"]


def test_text_format_shows_the_conversation_only_when_there_is_one(captured):
    stream = captured("text")
    logging.getLogger("bot.a").info("no conversation here")
    logs.set_conversation("web-abc")
    logging.getLogger("bot.a").info("inside one")
    first, second = stream.getvalue().splitlines()
    assert "[c-" not in first and "test-service bot.a: no conversation here" in first
    assert f"[{logs.conversation_ref('web-abc', b'k' * 40)}]: inside one" in second


def test_each_asyncio_task_keeps_its_own_conversation(captured):
    stream = captured("json")

    async def turn(sender: str) -> None:
        logs.set_conversation(sender)
        await asyncio.sleep(0.01)  # the other turn runs meanwhile
        logging.getLogger("bot.turn").info("turn done")

    async def both() -> None:
        await asyncio.gather(turn("+13125550112"), turn("+17085550142"))

    asyncio.run(both())
    seen = {json.loads(line)["conversation"] for line in stream.getvalue().splitlines()}
    assert seen == {logs.conversation_ref("+13125550112", b"k" * 40), logs.conversation_ref("+17085550142", b"k" * 40)}


def test_production_defaults_to_json_and_a_wrong_format_is_refused():
    assert logs.log_format(production=True, env={}) == "json"
    assert logs.log_format(production=False, env={}) == "text"
    assert logs.log_format(production=True, env={"LOG_FORMAT": "text"}) == "text"
    with pytest.raises(ValueError, match="LOG_FORMAT"):
        logs.log_format(production=False, env={"LOG_FORMAT": "xml"})


def test_sanic_loggers_get_our_handler_whatever_rasa_does_to_propagation():
    """The config handed to Sanic (which applies it when the app is created, after
    configure) puts our handler on each Sanic logger itself, so Rasa turning their
    propagation off afterwards loses nothing. Checked on the config, without changing the
    process's loggers."""
    config = logs.sanic_log_config()
    assert config["handlers"]["ours"]["()"] is logs.handler
    assert config["disable_existing_loggers"] is False
    for name in logs.SANIC_LOGGERS:
        assert config["loggers"][name]["handlers"] == ["ours"]
    assert isinstance(logs.handler(), logs.StderrHandler)


def test_a_line_goes_to_the_stderr_of_the_moment_not_a_closed_one(captured):
    stream = captured("json")
    early = logs.handler()  # made while one stderr was in place ...
    stream.close()
    later = io.StringIO()
    sys.stderr = later  # ... written after it was replaced and closed (the fixture restores it)
    early.handle(logging.makeLogRecord({"name": "sanic.root", "msg": "still written", "levelno": 20,
                                        "levelname": "INFO"}))
    assert json.loads(later.getvalue())["message"] == "still written"


class _Call:
    """What bot.action_server reads of a request: its headers, body and parsed JSON."""

    def __init__(self, payload: dict, deflate: bool = False):
        raw = json.dumps(payload).encode()
        self.headers = {"Content-Encoding": "deflate"} if deflate else {}
        self.body = zlib.compress(raw) if deflate else raw
        self.json = None if deflate else payload


def test_the_action_server_finds_the_conversation_in_plain_and_deflated_calls():
    from bot.action_server import _sender_id

    payload = {"next_action": "action_show_tasks", "sender_id": "+13125550112", "tracker": {}}
    assert _sender_id(_Call(payload)) == "+13125550112"
    assert _sender_id(_Call(payload, deflate=True)) == "+13125550112"
    broken = _Call(payload, deflate=True)
    broken.body = b"not deflated"
    assert _sender_id(broken) is None


def test_the_twilio_clients_request_dumps_stay_out_of_the_info_log(captured):
    captured("json")
    assert not logging.getLogger("twilio.http_client").isEnabledFor(logging.INFO)
    assert logging.getLogger("twilio.http_client").isEnabledFor(logging.WARNING)
