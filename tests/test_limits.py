"""Rate limits and the paging cap (bot/rate_limits.py): per phone number, per web chat, new
anonymous chats per client address, staff pages per sender. Counted in the database (real
SQLite and PostgreSQL), then through the running servers."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import time

import pytest
import websockets
from sqlalchemy import func, select

from bot import escalation, identity, inbound, rate_limits
from bot.config import Limits
from bot.coverage import Coverage
from bot.db import session_scope
from bot.models import Escalation, InboundMessage, OutboundMessage
from tests.conftest import ZONE
from tests.servers import AUTH_TOKEN, start_assistant, stop_assistant

SECRET = "test-secret-key-long-enough-for-hs256-signing"
PHONE = "+13125550990"
CRISIS = "I want to kill myself tonight"
ALWAYS_OPEN = Coverage(zone=ZONE, working_days=frozenset(range(7)), opens=dt.timedelta(0),
                       closes=dt.timedelta(hours=24))
# any moment works: a decision depends only on the stored rows' times
T0 = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.timezone.utc)


def never(_body) -> bool:
    return False


def crisis_only(body) -> bool:
    return body == CRISIS


def store(session, times: list[dt.datetime], bodies: list[str] | None = None, phone: str = PHONE) -> list[int]:
    bodies = bodies or ["hello"] * len(times)
    return [inbound.store(session, f"SM{phone[-4:]}{at.timestamp():.0f}{n:04d}", phone, body, now=at)
            for n, (at, body) in enumerate(zip(times, bodies))]


def decide_all(session, ids: list[int], limits: Limits, exempt=never, phone: str = PHONE) -> list[rate_limits.Decision]:
    return [rate_limits.sms(session, row, phone, limits, exempt) for row in ids]


def seconds(n: float) -> dt.timedelta:
    return dt.timedelta(seconds=n)


# --- per phone number -----------------------------------------------------------------------


def test_a_burst_past_the_limit_gets_one_wait_reply_and_decides_the_same_again(demo_engine):
    limits = Limits(sms_messages=20, sms_window_minutes=10)
    with session_scope(demo_engine) as session:
        ids = store(session, [T0 + seconds(n) for n in range(25)])
        other = store(session, [T0 + seconds(30)], phone="+13125550991")
        first = decide_all(session, ids, limits)
        again = decide_all(session, ids, limits)  # a message taken up again after a crash
        assert [d.over for d in first] == [False] * 20 + [True] * 5
        assert [d.notify for d in first] == [False] * 20 + [True] + [False] * 4
        assert first[20].reply == rate_limits.WAIT_REPLY and "911" in rate_limits.WAIT_REPLY
        assert again == first
        assert not decide_all(session, other, limits, phone="+13125550991")[0].over  # another number: its own count


def test_a_steady_flood_costs_one_reply_and_the_limit_lifts_after_a_quiet_window(demo_engine):
    limits = Limits(sms_messages=5, sms_window_minutes=10)
    with session_scope(demo_engine) as session:
        flood = store(session, [T0 + seconds(30 * n) for n in range(60)])  # 2 a minute for half an hour
        decided = decide_all(session, flood, limits)
        assert [d.over for d in decided[:5]] == [False] * 5 and all(d.over for d in decided[5:])
        assert sum(d.notify for d in decided) == 1
        later = T0 + seconds(30 * 59) + dt.timedelta(minutes=10, seconds=1)  # a whole window of quiet
        calm = store(session, [later + seconds(n) for n in range(7)])
        decided = decide_all(session, calm, limits)
        assert [d.over for d in decided] == [False] * 5 + [True] * 2
        assert [d.notify for d in decided] == [False] * 5 + [True, False]  # a new stretch: told again


def test_a_crisis_past_the_limit_does_not_stand_for_the_wait_reply(demo_engine):
    limits = Limits(sms_messages=3, sms_window_minutes=10)
    with session_scope(demo_engine) as session:
        ids = store(session, [T0 + seconds(n) for n in range(6)], ["hi", "hi", "hi", CRISIS, "hi", "hi"])
        decided = decide_all(session, ids, limits, exempt=crisis_only)
    # the crisis (4th) is over the count but answered in full by the channel; the next one
    # is the first to be held back, so it is the one told to wait
    assert [d.over for d in decided] == [False, False, False, True, True, True]
    assert [d.notify for d in decided] == [False, False, False, True, True, False]


def test_zero_turns_a_limit_off(demo_engine):
    with session_scope(demo_engine) as session:
        ids = store(session, [T0 + seconds(n) for n in range(5)])
        assert not any(d.over for d in decide_all(session, ids, Limits(sms_messages=0)))


# --- web chat -------------------------------------------------------------------------------


def test_web_chat_messages_and_new_chats_are_counted_per_conversation_and_per_client(demo_engine):
    limits = Limits(webchat_messages=2, webchat_opens=2)
    with session_scope(demo_engine) as session:
        chat = [rate_limits.webchat_message(session, "web-anon-a", limits, SECRET) for _ in range(4)]
        other = rate_limits.webchat_message(session, "web-anon-b", limits, SECRET)
        opens = [rate_limits.webchat_open(session, "203.0.113.7", f"web-anon-{n}", limits, SECRET) for n in range(4)]
        elsewhere = rate_limits.webchat_open(session, "198.51.100.2", "web-anon-x", limits, SECRET)
        stored = session.execute(select(InboundMessage.from_number, InboundMessage.body, InboundMessage.status)
                                 .where(InboundMessage.channel.like("webchat%"))).all()
    assert [(d.over, d.notify) for d in chat] == [(False, False), (False, False), (True, True), (True, False)]
    assert not other.over and not elsewhere[0].over
    assert [d.over for d, _ in opens] == [False, False, True, True]
    assert [c for _, c in opens[:2]] == ["web-anon-0", "web-anon-1"]
    assert all(c.startswith(rate_limits.LIMITED_PREFIX) for _, c in opens[2:])
    # no address, conversation id or text is stored: keyed hashes only
    assert all(len(key) <= 20 and "203.0" not in key and body is None and status == "done"
               for key, body, status in stored)


def test_a_chat_opened_past_the_limit_gets_only_the_wait_reply_once(demo_engine):
    limits = Limits(webchat_opens=1)
    with session_scope(demo_engine) as session:
        first = rate_limits.webchat_open(session, "203.0.113.9", "web-anon-y", limits, SECRET)[1]
        limited = rate_limits.webchat_open(session, "203.0.113.9", "web-anon-z", limits, SECRET)[1]
        decided = [rate_limits.webchat_message(session, limited, limits, SECRET) for _ in range(3)]
    assert first == "web-anon-y" and limited.startswith(rate_limits.LIMITED_PREFIX)
    assert [(d.over, d.notify) for d in decided] == [(True, True), (True, False), (True, False)]


@pytest.mark.parametrize("peer, forwarded, proxies, expected", [
    ("127.0.0.1", None, 0, "127.0.0.1"),
    ("127.0.0.1", "203.0.113.5", 0, "127.0.0.1"),                    # not trusted: the header is ignored
    ("10.0.0.2", "203.0.113.5", 1, "203.0.113.5"),
    ("10.0.0.2", "6.6.6.6, 203.0.113.5", 1, "203.0.113.5"),          # the client's own claim is not trusted
    ("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.9", 2, "203.0.113.5"),
    ("10.0.0.2", "", 1, "10.0.0.2"),
])
def test_client_address_trusts_only_the_configured_proxies(peer, forwarded, proxies, expected):
    assert rate_limits.client_address(peer, forwarded, proxies) == expected


# --- the paging cap -------------------------------------------------------------------------


def open_crisis(session, conversation: str, limits: Limits, channel: str = "sms") -> Escalation:
    sender = identity.resolve(session, f"phone:{conversation}" if channel == "sms" else None)
    opened, created = escalation.open_escalation(
        session, conversation_id=conversation, sender=sender, verified=False, channel=channel, reason="crisis",
        priority="urgent", now=dt.datetime.now(dt.timezone.utc), coverage=ALWAYS_OPEN,
        console_url="https://console", limits=limits)
    assert created
    return opened


def pages(session, conversations: list[str]) -> int:
    return session.execute(select(func.count(OutboundMessage.id)).join(
        Escalation, OutboundMessage.escalation_id == Escalation.id).where(
        OutboundMessage.purpose == "notification", Escalation.conversation_id.in_(conversations))).scalar_one()


def test_one_numbers_escalations_page_staff_at_most_the_cap(demo_engine):
    limits = Limits(staff_pages=3, staff_page_window_minutes=60)
    with session_scope(demo_engine) as session:
        for _ in range(5):  # a crisis, resolved, another crisis...
            escalation.resolve(session, open_crisis(session, PHONE, limits), "called back",
                               dt.datetime.now(dt.timezone.utc))
        open_crisis(session, "+13125550991", limits)
        assert session.execute(select(func.count(Escalation.id)).where(Escalation.conversation_id == PHONE)
                               ).scalar_one() == 5  # every escalation still opens (the console shows them)
        assert pages(session, [PHONE]) == 3
        assert pages(session, ["+13125550991"]) == 1  # another number is paged as usual
        # reminders and on-call hand-overs are not capped
        opened = escalation.open_for_conversation(session, "+13125550991")
        assert escalation.chase_unclaimed(session, dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1),
                                          ALWAYS_OPEN, "https://console") == [(opened.id, "reminder")]


def test_several_web_chats_of_one_client_page_staff_at_most_the_cap(demo_engine):
    limits = Limits(staff_pages=2, webchat_opens=3)
    with session_scope(demo_engine) as session:
        chats = [rate_limits.webchat_open(session, "203.0.113.7", f"web-anon-{n}", limits, SECRET)[1]
                 for n in range(4)]  # the 4th is past the open limit: a limited chat, same client
        stranger = rate_limits.webchat_open(session, "198.51.100.2", "web-anon-x", limits, SECRET)[1]
        for chat in chats + [stranger]:
            open_crisis(session, chat, limits, channel="webchat")
        assert pages(session, chats) == 2 and pages(session, [stranger]) == 1
        assert session.execute(select(func.count(Escalation.id)).where(Escalation.conversation_id.in_(chats))
                               ).scalar_one() == 4


# --- through the running servers -----------------------------------------------------------

servers = pytest.mark.rasa
SMALL = {"SMS_LIMIT_MESSAGES": "5", "WEBCHAT_LIMIT_MESSAGES": "3", "WEBCHAT_OPEN_LIMIT": "3",
         "STAFF_PAGE_LIMIT": "2", "WEBCHAT_TRUSTED_PROXIES": "1"}


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("limits"), extra_env=SMALL)
    yield assistant
    stop_assistant(assistant)


def wait_until_answered(running, number: str, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with session_scope(running.engine) as session:
            done = session.execute(select(func.count(InboundMessage.id)).where(
                InboundMessage.from_number == number, InboundMessage.status == "done")).scalar_one()
        if done >= count:
            return
        assert time.monotonic() < deadline, f"{done}/{count} answered\n{running.log()[-3000:]}"
        time.sleep(0.3)


def sent_to(running, number: str) -> list[OutboundMessage]:
    with session_scope(running.engine) as session:
        return list(session.execute(select(OutboundMessage).where(OutboundMessage.to_number == number)
                                    .order_by(OutboundMessage.id)).scalars())


def user_turns(running, conversation: str) -> int:
    status, tracker = running.get_json(f"/conversations/{conversation}/tracker?token={AUTH_TOKEN}")
    assert status == 200, tracker
    return sum(1 for event in tracker["events"] if event["event"] == "user")


def notifications_for(running, conversations: list[str]) -> int:
    with session_scope(running.engine) as session:
        return pages(session, conversations)


@servers
def test_an_sms_burst_past_the_limit_is_held_back_but_a_crisis_is_answered(running):
    number = "+13125550971"
    for n in range(25):
        assert running.post_sms(number, "I need a ride to chemo") == 200
    wait_until_answered(running, number, 25)
    replies = sent_to(running, number)
    waits = [r for r in replies if r.purpose == "rate_limited"]
    assert len(waits) == 1 and "wait" in waits[0].body and "911" in waits[0].body
    assert len(replies) == 6, [r.body for r in replies]  # 5 answered by the dialogue, one told to wait
    assert user_turns(running, number) == 5  # the rest never reached the dialogue
    status, crisis = running.sms(number, CRISIS)  # still past the limit
    assert status == 200 and any("988" in text and "911" in text for text in crisis), crisis
    wait_until_answered(running, number, 26)
    assert user_turns(running, number) == 6
    with session_scope(running.engine) as session:
        assert escalation.open_for_conversation(session, number).priority == "urgent"


@servers
def test_repeated_crises_from_one_number_page_staff_at_most_the_cap(running):
    number = "+13125550972"
    for n in range(4):
        status, replies = running.sms(number, CRISIS)
        assert status == 200 and any("988" in text for text in replies)
        wait_until_answered(running, number, n + 1)
        with session_scope(running.engine) as session:  # a case manager resolves it
            escalation.resolve(session, escalation.open_for_conversation(session, number), "called",
                               dt.datetime.now(dt.timezone.utc))
    with session_scope(running.engine) as session:
        opened = session.execute(select(func.count(Escalation.id)).where(Escalation.conversation_id == number)
                                 ).scalar_one()
    assert opened == 4 and notifications_for(running, [number]) == 2


async def _connect(running, client: str):
    url = running.rasa_url.replace("http", "ws") + "/webhooks/webchat/ws"
    ws = await websockets.connect(url, extra_headers={"X-Forwarded-For": client})
    await ws.send(json.dumps({"type": "hello"}))
    welcome = json.loads(await ws.recv())
    assert welcome["type"] == "welcome"
    return ws, welcome


async def _say(ws, text: str, quiet: float = 2.0) -> list[str]:
    """What the bot says to `text`: until it stops typing, or (held back: no typing) until
    `quiet` seconds pass with nothing."""
    await ws.send(json.dumps({"type": "message", "id": text, "text": text}))
    said, typing = [], False
    while True:
        try:
            message = json.loads(await asyncio.wait_for(ws.recv(), 30 if typing else quiet))
        except asyncio.TimeoutError:
            return said
        if message.get("type") == "bot":
            said.append(message["text"])
        if message.get("type") == "typing":
            typing = message["on"]
            if not typing:
                return said


@servers
def test_web_chat_messages_past_the_limit_are_held_back_but_a_crisis_is_answered(running):
    async def chat():
        ws, welcome = await _connect(running, "203.0.113.20")
        try:
            answers = [await _say(ws, "I need a ride to chemo") for _ in range(5)]
            answers.append(await _say(ws, CRISIS))
        finally:
            await ws.close()
        return welcome["conversation"], answers

    conversation, answers = asyncio.run(chat())
    assert all(said and rate_limits.WAIT_REPLY not in said for said in answers[:3]), answers
    assert answers[3] == [rate_limits.WAIT_REPLY] and answers[4] == []
    assert any("988" in text and "911" in text for text in answers[5])
    assert user_turns(running, conversation) == 4  # three within the limit, and the crisis


@servers
def test_one_client_opening_many_chats_is_limited_and_pages_staff_at_most_the_cap(running):
    client = "203.0.113.30"

    async def chats():
        conversations, limited_answers = [], []
        for n in range(4):  # the open limit is 3: the 4th chat is limited
            ws, welcome = await _connect(running, client)
            try:
                conversations.append(welcome["conversation"])
                if n == 3:
                    assert welcome["token"] is None
                    limited_answers.append(await _say(ws, "I need a ride to chemo"))
                    limited_answers.append(await _say(ws, "hello?"))
                crisis = await _say(ws, CRISIS)
                assert any("988" in text for text in crisis), crisis
            finally:
                await ws.close()
        other, other_welcome = await _connect(running, "198.51.100.30")  # another address: as usual
        await other.close()
        return conversations, limited_answers, other_welcome

    conversations, limited_answers, other_welcome = asyncio.run(chats())
    assert [c.startswith("web-anon-") for c in conversations] == [True, True, True, False]
    assert conversations[3].startswith(rate_limits.LIMITED_PREFIX)
    assert limited_answers == [[rate_limits.WAIT_REPLY], []]
    assert user_turns(running, conversations[3]) == 1  # only the crisis reached the dialogue
    with session_scope(running.engine) as session:
        escalations = session.execute(select(func.count(Escalation.id)).where(
            Escalation.conversation_id.in_(conversations))).scalar_one()
    assert escalations == 4 and notifications_for(running, conversations) == 2
    assert other_welcome["conversation"].startswith("web-anon-")
