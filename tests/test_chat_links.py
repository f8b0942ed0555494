"""Chat links work once, for one browser's own session: bot/chat_tokens.py against real
SQLite and PostgreSQL databases, then through the running servers (`patient-support run`)
and raw WebSocket conversations as the chat page holds them: the
second browser with the same link gets neither the first's messages nor its verification,
a reconnect with the session token resumes the same conversation, a spent link opens no
further session, and a lockout by SMS holds in the same person's web chat."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import urllib.parse

import pytest
import websockets
from sqlalchemy import select

from bot import chat_tokens
from bot.catalogue import say
from bot.db import session_scope
from bot.models import AuditLog, ChatSession, Patient
from tests.servers import AUTH_TOKEN, SECRET_KEY, start_assistant, stop_assistant

@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("chat-links"))
    yield assistant
    stop_assistant(assistant)


def link_for(running, mrn: str) -> str:
    with session_scope(running.engine) as session:
        patient_id = session.execute(select(Patient.id).where(Patient.mrn == mrn)).scalar_one()
    return chat_tokens.issue(SECRET_KEY, f"web:patient:{patient_id}", dt.timedelta(hours=1))


# --- opening a chat (bot/chat_tokens.open_chat), against the database -----------------------

KEY = "unit-test-secret-key-long-enough-for-hs256"


def demo_link(engine, mrn: str = "SM-10003", ttl: dt.timedelta = dt.timedelta(hours=1)) -> str:
    with session_scope(engine) as session:
        patient_id = session.execute(select(Patient.id).where(Patient.mrn == mrn)).scalar_one()
    return chat_tokens.issue(KEY, f"web:patient:{patient_id}", ttl)


def test_a_link_opens_one_session_and_is_spent(demo_engine, now):
    link = demo_link(demo_engine)
    first = chat_tokens.open_chat(link, KEY, now, demo_engine)
    assert first.claims.identity.startswith("web:session:") and first.token and first.token != link
    assert first.claims.conversation_id.startswith("web-patient-") and first.notices == () and first.tell is None

    second = chat_tokens.open_chat(link, KEY, now, demo_engine)
    assert second.claims.identity is None and second.claims.conversation_id.startswith("web-anon-")
    assert second.notices == (chat_tokens.LINK_USED,) and second.tell == first.claims.conversation_id
    assert chat_tokens.read(second.token, KEY).kind == chat_tokens.ANONYMOUS

    resumed = chat_tokens.open_chat(first.token, KEY, now, demo_engine)
    assert resumed.claims == first.claims and resumed.token == first.token
    anonymous = chat_tokens.open_chat(second.token, KEY, now, demo_engine)
    assert anonymous.claims == second.claims and anonymous.notices == ()

    later = now + chat_tokens.SESSION_TTL + dt.timedelta(seconds=1)
    expired = chat_tokens.open_chat(first.token, KEY, later, demo_engine)
    assert expired.claims.identity is None and expired.notices == (chat_tokens.NOT_VALID,)
    with session_scope(demo_engine) as session:
        chat = session.execute(select(ChatSession)).scalar_one()
        assert chat.token_hash != first.token and first.token not in chat.token_hash  # only a hash is kept
        chat.revoked_at = now
    revoked = chat_tokens.open_chat(first.token, KEY, now, demo_engine)
    assert revoked.claims.identity is None
    with session_scope(demo_engine) as session:
        actions = session.execute(select(AuditLog.action).order_by(AuditLog.id)).scalars().all()
    assert actions == ["chat_link_opened", "chat_link_reused"]


def test_forged_expired_and_old_links_open_an_anonymous_chat(demo_engine, now):
    with session_scope(demo_engine) as session:
        patient_id = session.execute(select(Patient.id).where(Patient.mrn == "SM-10003")).scalar_one()
    import jwt

    old_style = jwt.encode({"aud": chat_tokens.AUDIENCE, "exp": now + dt.timedelta(hours=1),
                            "conv": f"web-patient-{patient_id}", "sub": f"web:patient:{patient_id}"}, KEY)
    for token in (demo_link(demo_engine, ttl=dt.timedelta(hours=-1)), old_style, "x" * 5000,
                  chat_tokens.issue("another-secret-key-long-enough-for-hs256", f"web:patient:{patient_id}",
                                    dt.timedelta(hours=1))):
        opened = chat_tokens.open_chat(token, KEY, now, demo_engine)
        assert opened.claims.identity is None and opened.claims.conversation_id.startswith("web-anon-")
    assert chat_tokens.open_chat(None, KEY, now, demo_engine).notices == ()
    with session_scope(demo_engine) as session:
        assert session.execute(select(ChatSession)).first() is None


def test_a_link_to_a_contact_no_longer_on_file_opens_nothing(demo_engine, now):
    from bot.models import AuthorizedContact

    with session_scope(demo_engine) as session:
        contact = session.execute(select(AuthorizedContact).where(AuthorizedContact.phone == "+17085550142")).scalar_one()
        link = chat_tokens.issue(KEY, f"web:contact:{contact.id}", dt.timedelta(hours=1))
        opened = chat_tokens.open_chat(link, KEY, now, demo_engine)
        assert opened.claims.identity.startswith("web:session:")
        session.delete(contact)  # consent withdrawn: the session goes with it
    with session_scope(demo_engine) as session:
        assert session.execute(select(ChatSession)).first() is None
    assert chat_tokens.open_chat(opened.token, KEY, now, demo_engine).claims.identity is None
    again = chat_tokens.issue(KEY, f"web:contact:{contact.id}", dt.timedelta(hours=1))
    assert chat_tokens.open_chat(again, KEY, now, demo_engine).notices == (chat_tokens.NOT_VALID,)


def test_without_the_database_the_chat_is_anonymous_for_now_and_the_link_is_not_spent(demo_engine, now):
    from bot.db import make_engine

    link = demo_link(demo_engine)
    down = make_engine("postgresql://nobody@127.0.0.1:1/none")
    opened = chat_tokens.open_chat(link, KEY, now, down)
    assert opened.claims.identity is None and opened.token is None  # the page keeps its link
    assert opened.notices == (chat_tokens.UNAVAILABLE,)
    assert chat_tokens.open_chat(link, KEY, now, demo_engine).claims.identity.startswith("web:session:")


def test_two_browsers_racing_with_one_link_get_one_session(demo_engine, now):
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(3):
        link = demo_link(demo_engine)
        with ThreadPoolExecutor(4) as pool:
            opened = list(pool.map(lambda _: chat_tokens.open_chat(link, KEY, now, demo_engine), range(4)))
        assert sum(o.claims.identity is not None for o in opened) == 1
        assert sum(o.notices == (chat_tokens.LINK_USED,) for o in opened) == 3


# --- through the running servers ---------------------------------------------------------


class Browser:
    """One browser tab's WebSocket: hello with a token, then messages."""

    def __init__(self, ws, welcome: dict, notices: list[str]):
        self.ws, self.welcome, self.notices = ws, welcome, notices
        self.token, self.conversation = welcome["token"], welcome["conversation"]

    @classmethod
    async def open(cls, running, token: str | None) -> "Browser":
        ws = await websockets.connect(running.rasa_url.replace("http", "ws") + "/webhooks/webchat/ws")
        await ws.send(json.dumps({"type": "hello", "token": token}))
        welcome = json.loads(await asyncio.wait_for(ws.recv(), 30))
        assert welcome["type"] == "welcome"
        browser = cls(ws, welcome, [])
        browser.notices = await browser.pushed(0.5)
        return browser

    async def say(self, text: str, timeout: float = 30.0) -> str:
        """Everything the bot says for this message, until it stops typing."""
        await self.ws.send(json.dumps({"type": "message", "id": text, "text": text}))
        texts = []
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            if message.get("type") == "bot":
                texts.append(message["text"])
            if message.get("type") == "typing" and message.get("on") is False:
                return "\n\n".join(texts)

    async def pushed(self, wait: float) -> list[str]:
        """Bot messages that arrive within `wait` seconds without being asked for."""
        texts = []
        try:
            while True:
                message = json.loads(await asyncio.wait_for(self.ws.recv(), wait))
                if message.get("type") == "bot":
                    texts.append(message["text"])
        except asyncio.TimeoutError:
            return texts

    async def close(self) -> None:
        await self.ws.close()


@pytest.mark.rasa
def test_a_second_browser_with_the_same_link_gets_neither_the_messages_nor_the_verification(running):
    link = link_for(running, "SM-10003")  # Dorothy Williams, 11/20/1948

    async def two_browsers():
        first = await Browser.open(running, link)
        assert first.welcome["identified"] and first.token and first.token != link
        assert "date of birth" in await first.say("what do i need to do today")

        second = await Browser.open(running, link)
        assert not second.welcome["identified"] and second.conversation != first.conversation
        assert any("already opened in another browser" in n for n in second.notices)
        assert any("opened in another browser" in n for n in await first.pushed(2))

        care_plan = await first.say("11/20/1948")
        assert "Your care plan today" in care_plan
        overheard = await second.pushed(2)  # nothing of the first browser's conversation
        # a message pushed later into the first conversation (a case manager's reply) reaches only it
        status, _ = running.post_json(f"/conversations/{urllib.parse.quote(first.conversation)}/trigger_intent"
                                      f"?output_channel=webchat&token={AUTH_TOKEN}", {"name": "greet"})
        assert status == 200
        assert await first.pushed(5)
        overheard += await second.pushed(2)

        tasks = await second.say("what do i need to do today")
        appointment = await second.say("when is my next appointment")
        date = await second.say("11/20/1948")
        again = await second.say("what do i need to do today")
        await first.close()
        await second.close()
        return overheard, tasks, appointment, date, again

    overheard, tasks, appointment, date, again = asyncio.run(two_browsers())
    assert overheard == []
    for reply in (tasks, appointment, date, again):
        assert "Your care plan" not in reply and "Next appointment" not in reply and "date of birth" not in reply
    assert "authorized family member" in tasks and "authorized family member" in again
    with session_scope(running.engine) as session:
        sessions = session.execute(select(ChatSession)).scalars().all()
        reused = session.execute(select(AuditLog).where(AuditLog.action == "chat_link_reused")).scalars().all()
    assert len([s for s in sessions if s.link_jti == chat_tokens.read(link, SECRET_KEY).jti]) == 1
    assert len(reused) == 1


@pytest.mark.rasa
def test_a_reconnect_resumes_the_session_and_a_spent_link_opens_no_other(running):
    link = link_for(running, "SM-10001")  # Maria Lopez, 03/14/1952, answered in Spanish (her language on file)

    async def reconnects():
        first = await Browser.open(running, link)
        assert await first.say("when is my next appointment") == say("ask_dob", "es")
        assert say("appointment_heading_own", "es") in await first.say("03/14/1952")
        token, conversation = first.token, first.conversation
        await first.close()

        resumed = await Browser.open(running, token)  # the page reconnecting with its session token
        assert resumed.conversation == conversation and resumed.welcome["identified"]
        assert resumed.token == token and resumed.notices == []
        remembered = await resumed.say("when is my next appointment")  # verified in this browser session

        third = await Browser.open(running, link)
        assert not third.welcome["identified"] and third.conversation != conversation
        third_reply = await third.say("when is my next appointment")
        forged = await Browser.open(running, token[:-2] + "xx")
        assert not forged.welcome["identified"] and forged.conversation != conversation
        for browser in (resumed, third, forged):
            await browser.close()
        return remembered, third_reply

    remembered, third_reply = asyncio.run(reconnects())
    assert remembered.startswith(say("appointment_heading_own", "es"))
    assert say("appointment_heading_own", "es") not in third_reply and "date of birth" not in third_reply


@pytest.mark.rasa
def test_three_wrong_dates_by_sms_lock_the_same_patients_web_chat(running):
    james = "+17085550113"  # James Carter, 5/9/1967
    link = link_for(running, "SM-10004")
    status, replies = running.sms(james, "what do I need to do today")
    assert status == 200 and "date of birth" in " ".join(replies)
    for wrong in ("1/1/1970", "2/2/1971", "3/3/1972"):
        _, replies = running.sms(james, wrong)
    assert "locked" in " ".join(replies)

    async def web_chat():
        browser = await Browser.open(running, link)
        asked = await browser.say("what do I need to do today")
        right_date = await browser.say("5/9/1967")
        after = await browser.say("what do I need to do today")
        await browser.close()
        return asked, right_date, after

    asked, right_date, after = asyncio.run(web_chat())
    assert "locked" in asked
    for reply in (right_date, after):
        assert "Your care plan" not in reply and "verified" not in reply
    assert "locked" in after
