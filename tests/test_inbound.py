"""Inbound SMS stored before they are acknowledged (bot/inbound.py), against real SQLite and
PostgreSQL, and the SMS channel's recovery pass giving up on a message no turn can handle."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from types import SimpleNamespace

from sqlalchemy import select

from bot import inbound
from bot.channels.guard import no_reply
from bot.channels.sms import SmsInput
from bot.config import load_settings
from bot.db import session_scope
from bot.messaging import SmsSender
from bot.models import InboundMessage, OutboundMessage

NOW = dt.datetime(2026, 11, 30, 15, 0, tzinfo=dt.timezone.utc)
STALE = dt.timedelta(seconds=60)
PHONE = "+13125550999"


def stored(engine, sid: str, at: dt.datetime = NOW) -> int | None:
    with session_scope(engine) as session:
        return inbound.store(session, sid, PHONE, "hello", now=at)


def test_a_message_is_stored_once_and_claimed_by_one_server(engine):
    first = stored(engine, "SM1")
    assert first is not None and stored(engine, "SM1") is None  # Twilio's retry: a no-op
    with session_scope(engine) as one, session_scope(engine) as two:
        assert inbound.claim(one, first, NOW, STALE)
        one.commit()
        assert not inbound.claim(two, first, NOW, STALE)
    with session_scope(engine) as session:  # its server died: claimable again once stale
        assert not inbound.claim(session, first, NOW + STALE / 2, STALE)
        assert inbound.claim(session, first, NOW + STALE * 2, STALE)


def test_recovery_leaves_live_messages_alone_and_takes_the_rest_oldest_first(engine):
    old = stored(engine, "SM1", NOW - dt.timedelta(minutes=5))
    stored(engine, "SM2")  # just arrived: its live request handles it
    abandoned = stored(engine, "SM3", NOW - dt.timedelta(minutes=5))
    with session_scope(engine) as session:
        inbound.claim(session, abandoned, NOW - dt.timedelta(minutes=4), STALE)
    with session_scope(engine) as session:
        waiting = inbound.recoverable(session, NOW, STALE)
    assert [m.id for m in waiting] == [old, abandoned]
    assert [m.attempts for m in waiting] == [0, 1]
    with session_scope(engine) as session:
        inbound.finish(session, old, NOW)
        assert [m.id for m in inbound.recoverable(session, NOW, STALE)] == [abandoned]


def test_a_message_that_breaks_every_turn_gets_a_safe_reply_and_stops_blocking(engine, database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings = dataclasses.replace(load_settings(), database_url=database_url)
    channel = SmsInput(settings, SmsSender(settings, engine))
    poisoned = stored(engine, "SMpoison", dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5))

    async def broken_turn(*_args) -> None:
        raise RuntimeError("this message breaks the turn")

    channel._respond = broken_turn
    app = SimpleNamespace(ctx=SimpleNamespace(agent=None))
    for _ in range(inbound.MAX_ATTEMPTS):
        with session_scope(engine) as session:  # each pass finds it abandoned again
            session.get(InboundMessage, poisoned).claimed_at = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        asyncio.run(channel.recover_once(app, None))
    with session_scope(engine) as session:
        assert session.get(InboundMessage, poisoned).status == inbound.FAILED
        replies = session.execute(select(OutboundMessage.body).where(OutboundMessage.inbound_id == poisoned)).scalars()
        assert list(replies) == [no_reply()]


def test_the_webhook_stores_and_takes_a_message_in_one_step_and_recovery_leaves_it_alone(engine, database_url,
                                                                                         monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings = dataclasses.replace(load_settings(), database_url=database_url)
    channel = SmsInput(settings, SmsSender(settings, engine))
    inbound_id, intake = channel._store_and_take("SMone", PHONE, "hola, necesito un raite")
    assert intake.language == "es" and not intake.opted_out and intake.limit is not None
    assert channel._store_and_take("SMone", PHONE, "hola, necesito un raite") is None  # Twilio's retry
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30)  # past the live grace, not yet stale
    with session_scope(engine) as session:
        row = session.get(InboundMessage, inbound_id)
        assert row.status == inbound.PROCESSING and row.attempts == 1 and row.claimed_at == row.received_at  # stored taken
        assert not inbound.claim(session, inbound_id, later, STALE)  # nobody else takes it while it is live
        assert inbound.recoverable(session, later, STALE) == []
        assert [m.id for m in inbound.recoverable(session, later + STALE, STALE)] == [inbound_id]


def test_the_turns_last_reply_marks_its_message_done_only_with_the_last_part(engine, database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings = dataclasses.replace(load_settings(), database_url=database_url)
    sender = SmsSender(settings, engine)
    inbound_id = stored(engine, "SMlong")
    with session_scope(engine) as session:
        assert inbound.claim(session, inbound_id, NOW, STALE)
    seen = []
    record = sender._record

    def watched_record(*args):
        seen.append(args[-1])  # the inbound id this part finishes, if any
        return record(*args)

    monkeypatch.setattr(sender, "_record", watched_record)
    asyncio.run(sender.send(PHONE, "word " * 400, inbound_id=inbound_id, finishes_inbound=True))
    assert len(seen) > 1 and seen[:-1] == [None] * (len(seen) - 1) and seen[-1] == inbound_id
    with session_scope(engine) as session:
        assert session.get(InboundMessage, inbound_id).status == inbound.DONE
        assert len(list(session.execute(select(OutboundMessage.id)
                                        .where(OutboundMessage.inbound_id == inbound_id)).scalars())) == len(seen)


def claimed_message(engine, sid: str) -> int:
    inbound_id = stored(engine, sid)
    with session_scope(engine) as session:
        assert inbound.claim(session, inbound_id, NOW, STALE)
    return inbound_id


def test_a_turns_last_reply_is_sent_first_then_recorded_with_its_message_done(engine):
    from tests.test_sms import twilio_settings
    from tests.twilio_standin import TwilioStandIn
    inbound_id = claimed_message(engine, "SMfirst")
    with TwilioStandIn() as standin:
        sender = SmsSender(twilio_settings(standin), engine)

        async def reply():
            try:
                return await sender.send(PHONE, "word " * 400, inbound_id=inbound_id, finishes_inbound=True)
            finally:
                await sender.aclose()

        result = asyncio.run(reply())
    with session_scope(engine) as session:
        rows = list(session.execute(select(OutboundMessage).where(OutboundMessage.inbound_id == inbound_id)
                                    .order_by(OutboundMessage.id)).scalars())
        assert session.get(InboundMessage, inbound_id).status == inbound.DONE
    assert len(rows) == len(standin.sent) > 1 and result.message_ids == [row.id for row in rows]
    assert [row.provider_sid for row in rows] == [sent["sid"] for sent in standin.sent]
    assert {(row.status, row.attempts) for row in rows} == {("queued", 1)}


def test_a_turns_last_reply_twilio_refused_is_recorded_for_the_retry_loop(engine):
    from tests.test_sms import twilio_settings
    from tests.twilio_standin import TwilioStandIn
    inbound_id = claimed_message(engine, "SMrefused")
    with TwilioStandIn() as standin:
        standin.script = ["500"]
        sender = SmsSender(twilio_settings(standin, timeout=1.0), engine)

        async def reply_then_retry():
            try:
                first = await sender.send(PHONE, "your list", inbound_id=inbound_id, finishes_inbound=True)
                await sender.deliver_due(now=dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30))
                return first
            finally:
                await sender.aclose()

        first = asyncio.run(reply_then_retry())
    with session_scope(engine) as session:
        row = session.execute(select(OutboundMessage).where(OutboundMessage.inbound_id == inbound_id)).scalar_one()
        assert session.get(InboundMessage, inbound_id).status == inbound.DONE
    assert first.status == "retrying" and standin.requests == 2 and len(standin.sent) == 1
    assert (row.status, row.attempts, row.provider_sid) == ("queued", 2, standin.sent[0]["sid"])


def test_a_turns_reply_sent_but_not_recorded_leaves_its_message_to_the_recovery_pass(engine, monkeypatch):
    from sqlalchemy.exc import OperationalError
    from tests.test_sms import twilio_settings
    from tests.twilio_standin import TwilioStandIn
    inbound_id = claimed_message(engine, "SMcrash")
    with TwilioStandIn() as standin:
        sender = SmsSender(twilio_settings(standin), engine)

        def database_gone(*args):
            raise OperationalError("INSERT", {}, Exception("database is gone"))

        monkeypatch.setattr(sender, "_record_sent", database_gone)

        async def reply():
            try:
                await sender.send(PHONE, "your list", inbound_id=inbound_id, finishes_inbound=True)
            finally:
                await sender.aclose()

        try:
            asyncio.run(reply())
        except OperationalError:
            pass
    assert len(standin.sent) == 1
    with session_scope(engine) as session:  # not done: taken up again once stale, and answered from the tracker
        assert session.get(InboundMessage, inbound_id).status != inbound.DONE
        assert [m.id for m in inbound.recoverable(session, NOW + STALE * 2, STALE)] == [inbound_id]


def test_dialogue_turns_wait_their_turn_but_crisis_guidance_does_not(engine, database_url, monkeypatch):
    # SMS_TURNS_AT_ONCE: a bounded number of dialogue turns per server (docs/performance.md); the crisis text goes out
    # before the bound, so it never waits behind other people's turns
    from bot.channels.sms import Intake
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings = dataclasses.replace(load_settings(), database_url=database_url)
    channel = SmsInput(settings, SmsSender(settings, engine))
    ids = {sid: claimed_message(engine, sid) for sid in ("SMa", "SMb", "SMc", "SMcrisis")}
    running, peak = 0, 0

    async def scenario():
        nonlocal running, peak
        channel.turns = asyncio.Semaphore(1)
        release = asyncio.Event()

        async def turn(message) -> None:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            if message.message_id == "SMa":
                await release.wait()
            await message.output_channel.send_text_message(message.sender_id, "ok")
            running -= 1

        intake = Intake(limit=None, language="en", opted_out=False)
        tasks = [asyncio.create_task(channel._respond(turn, ids[sid], PHONE, sid, body, intake))
                 for sid, body in (("SMa", "hello"), ("SMb", "my list"), ("SMc", "thanks"),
                                   ("SMcrisis", "i want to kill myself"))]
        for _ in range(50):  # until the crisis guidance is recorded, the first turn still holding the bound
            await asyncio.sleep(0.05)
            with session_scope(engine) as session:
                if session.execute(select(OutboundMessage.id).where(OutboundMessage.inbound_id == ids["SMcrisis"])).first():
                    break
        with session_scope(engine) as session:
            crisis_sent = session.execute(select(OutboundMessage.body)
                                          .where(OutboundMessage.inbound_id == ids["SMcrisis"])).scalars().all()
        assert crisis_sent and "988" in crisis_sent[0] and not release.is_set()
        release.set()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())
    assert peak == 1  # one dialogue turn at a time under a bound of one
    with session_scope(engine) as session:
        for sid in ("SMa", "SMb", "SMc"):
            assert session.execute(select(OutboundMessage.body).where(OutboundMessage.inbound_id == ids[sid])).scalars().all() == ["ok"]
