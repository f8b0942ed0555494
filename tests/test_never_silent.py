"""Every message answered, nothing lost: one test per way the assistant used to go silent,
through the running servers (`patient-support run`), SMS signed as Twilio signs it, and
every outbound SMS captured by the local Twilio stand-in through the real twilio client."""
from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import time

import pytest
import websockets
from sqlalchemy import select

from bot.console.rasa_api import transcript_lines
from bot.db import session_scope
from bot.models import Escalation, InboundMessage, OutboundMessage
from tests.servers import AUTH_TOKEN, answers, child_pid, start_assistant, stop_assistant, twilio_env

pytestmark = pytest.mark.rasa
HAROLD = "+17735550111"  # 7/2/1944
JAMES = "+17085550113"  # 5/9/1967
CRISIS = "I want to kill myself tonight"


@pytest.fixture(scope="module")
def running(tmp_path_factory, twilio):
    assistant = start_assistant(tmp_path_factory.mktemp("never-silent"), extra_env={
        **twilio_env(twilio.base_url, "never-silent-token"),
        "TWILIO_TIMEOUT_SECONDS": "2", "OUTBOUND_RETRY_SECONDS": "1", "INBOUND_RECOVERY_SECONDS": "1",
        "INBOUND_STALE_SECONDS": "3", "HANDOFF_ACK_QUIET_MINUTES": "0.05"})
    yield assistant
    stop_assistant(assistant)


def say(running, twilio, number: str, text: str, timeout: float = 15.0) -> str:
    """Send one SMS and return everything the person received for it (one reply turn)."""
    seen = len(twilio.texts_to(number))
    assert running.post_sms(number, text) == 200
    return "\n\n".join(twilio.wait_for_new(number, seen, timeout))


def assert_one_good_reply(reply: str) -> None:
    assert reply.strip(), "no reply"
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", reply) if s.strip()]
    assert len(sentences) == len(set(sentences)), f"a sentence repeated: {reply!r}"


def urgent_escalation(running, conversation_id: str) -> Escalation | None:
    with session_scope(running.engine) as session:
        return session.execute(select(Escalation).where(Escalation.conversation_id == conversation_id,
                                                        Escalation.priority == "urgent")).scalars().first()


def assert_crisis_answered(running, reply: str, conversation_id: str) -> None:
    """The guidance goes out first; the escalation is recorded right after it."""
    assert "988" in reply and "911" in reply, reply
    deadline = time.monotonic() + 10
    while urgent_escalation(running, conversation_id) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert urgent_escalation(running, conversation_id) is not None


def test_a_date_or_zip_nobody_asked_for_then_a_crisis(running, twilio):
    number = "+13125550901"
    for odd in ("3/14/1952", "60612", "👍", "42"):
        assert_one_good_reply(say(running, twilio, number, odd))
    assert "near 60612" in say(running, twilio, number, "60612")
    assert_crisis_answered(running, say(running, twilio, number, CRISIS), number)
    assert "Circuit breaker tripped" not in running.log()


def test_a_date_after_lockout_and_a_date_resent_when_verified(running, twilio):
    say(running, twilio, JAMES, "what do I need to do today")
    for wrong in ("1/1/1970", "2/2/1971", "3/3/1972"):
        reply = say(running, twilio, JAMES, wrong)
    assert "locked" in reply
    after_lockout = say(running, twilio, JAMES, "5/9/1967")
    assert_one_good_reply(after_lockout)
    assert "locked" in after_lockout and "Take" not in after_lockout  # no care plan while locked

    assert "7/2/1944" not in say(running, twilio, HAROLD, "when is my next appointment")
    say(running, twilio, HAROLD, "7/2/1944")
    resent = say(running, twilio, HAROLD, "7/2/1944")
    assert_one_good_reply(resent)
    assert "already verified" in resent
    assert_crisis_answered(running, say(running, twilio, JAMES, CRISIS), JAMES)
    assert "Circuit breaker tripped" not in running.log()


def test_every_message_during_a_hand_off_is_answered(running, twilio):
    number = "+13125550902"
    assert "will contact you" in say(running, twilio, number, "I want to talk to a person")
    # told moments ago who follows up: a one-line receipt, not silence and not the whole text again
    receipt = say(running, twilio, number, "can someone help me pay for my inhaler")
    assert receipt.startswith("Got it:") and "911" in receipt
    time.sleep(3.5)  # HANDOFF_ACK_QUIET_MINUTES is 3 s here
    ack = say(running, twilio, number, "hello? anyone there")
    assert "will contact you" in ack and "911" in ack
    assert say(running, twilio, number, "ok thanks").startswith("Got it:")


def test_the_case_managers_transcript_shows_what_the_channel_said(running, twilio):
    """Replies the channel sends itself (the crisis text before the dialogue runs, the
    acknowledgements during the hand-off) are in the escalation page's transcript, each
    under the message it answered."""
    number = "+13125550908"
    crisis_reply = say(running, twilio, number, CRISIS)
    ack = say(running, twilio, number, "hello? is anyone there")
    expected = [("person", CRISIS), ("assistant", crisis_reply), ("person", "hello? is anyone there"),
                ("assistant", ack)]
    deadline = time.monotonic() + 10  # the acknowledgement is recorded just after it is sent
    while True:
        status, tracker = running.get_json(f"/conversations/{number}/tracker?token={AUTH_TOKEN}")
        lines = [(line["who"], line["text"]) for line in transcript_lines(tracker["events"])]
        if lines == expected or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert lines == expected


def test_failed_sends_are_retried_until_they_go(running, twilio):
    number = "+13125550903"
    twilio.script = ["500", "500"]  # the crisis reply's and the staff alert's first attempts fail
    started = time.monotonic()
    assert_crisis_answered(running, say(running, twilio, number, CRISIS, timeout=60), number)
    assert time.monotonic() - started < 60
    escalation = urgent_escalation(running, number)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not notified(running, escalation.id):
        time.sleep(0.5)
    assert notified(running, escalation.id), "the urgent staff notification was never delivered"


def notified(running, escalation_id: int) -> bool:
    with session_scope(running.engine) as session:
        return session.execute(select(OutboundMessage.id).where(
            OutboundMessage.escalation_id == escalation_id, OutboundMessage.purpose == "notification",
            OutboundMessage.provider_sid.is_not(None))).first() is not None


def test_a_hanging_twilio_gives_up_within_the_timeout(running, twilio):
    number = "+13125550904"
    twilio.script = ["hang:20"]  # TWILIO_TIMEOUT_SECONDS is 2 here
    assert running.post_sms(number, "I need a ride to chemo") == 200
    deadline = time.monotonic() + 8
    row = None
    while time.monotonic() < deadline:
        with session_scope(running.engine) as session:
            row = session.execute(select(OutboundMessage).where(OutboundMessage.to_number == number)).scalars().first()
        if row is not None and row.attempts >= 1:
            break
        time.sleep(0.2)
    assert row is not None and row.attempts >= 1 and row.status in ("retrying", "queued", "sent"), \
        "the first attempt did not give up within the timeout"
    assert twilio.wait_for_new(number, 0, timeout=30), "the retry never delivered the reply"


def test_a_crisis_with_the_action_server_killed(running, twilio):
    number = "+13125550905"
    os.kill(child_pid(running, "rasa_sdk"), signal.SIGKILL)
    started = time.monotonic()
    assert_crisis_answered(running, say(running, twilio, number, CRISIS), number)
    assert time.monotonic() - started < 10
    assert_one_good_reply(say(running, twilio, "+13125550906", "what do I need to do today"))
    wait_until_back(running, "action server")


def test_a_message_acknowledged_then_the_rasa_server_killed_is_answered_once(running, twilio):
    number = "+13125550907"
    action_server = child_pid(running, "rasa_sdk")
    os.kill(action_server, signal.SIGSTOP)  # hold the turn mid-way, waiting for an action
    try:
        assert running.post_sms(number, "what do I need to do today") == 200
        time.sleep(1)
        os.kill(child_pid(running, "rasa run"), signal.SIGKILL)
    finally:
        os.kill(action_server, signal.SIGCONT)
    wait_until_back(running, "Rasa server")
    replies = twilio.wait_for_new(number, 0, timeout=60)
    assert replies and "on file" in replies[0]
    with session_scope(running.engine) as session:
        row = session.execute(select(InboundMessage).where(InboundMessage.from_number == number)).scalar_one()
        assert row.status == "done"
    status, tracker = running.get_json(f"/conversations/{number}/tracker?token={AUTH_TOKEN}")
    users = [e for e in tracker["events"] if e["event"] == "user"]
    assert len(users) == 1  # taken up once, not twice


def wait_until_back(running, name: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while f"{name} is back" not in running.log():
        assert time.monotonic() < deadline, f"{name} was not restarted:\n{running.log()[-2000:]}"
        time.sleep(0.5)
    assert answers(running.rasa_url + "/")


def test_web_chat_date_then_crisis(running):
    async def chat() -> list[str]:
        url = running.rasa_url.replace("http", "ws") + "/webhooks/webchat/ws"
        async with websockets.connect(url) as ws:
            await ws.send(json.dumps({"type": "hello"}))
            welcome = json.loads(await ws.recv())
            replies = []
            for text in ("3/14/1952", "60612", CRISIS):
                await ws.send(json.dumps({"type": "message", "id": text, "text": text}))
                replies.append(await _bot_reply(ws))
            return [welcome["conversation"], *replies]

    conversation, date_reply, zip_reply, crisis_reply = asyncio.run(chat())
    assert_one_good_reply(date_reply)
    assert "near 60612" in zip_reply
    assert_crisis_answered(running, crisis_reply, conversation)


async def _bot_reply(ws, timeout: float = 15.0) -> str:
    """Everything the bot says until it stops typing."""
    texts = []
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message.get("type") == "bot":
            texts.append(message["text"])
        if message.get("type") == "typing" and message.get("on") is False:
            return "\n\n".join(texts)
