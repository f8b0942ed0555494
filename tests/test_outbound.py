"""Outbound SMS that keeps trying: one attempt at once, then the durable retry loop
(`SmsSender.deliver_due`) with backoff, real timeouts, permanent errors never retried,
urgent messages first, giving up after OUTBOUND_GIVE_UP_HOURS, and two loops never sending
one message twice. The real twilio client against the local stand-in; real SQLite and
PostgreSQL."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import threading
import time

import pytest
from sqlalchemy import select

from bot import messaging
from bot.config import load_settings
from bot.db import make_engine, session_scope
from bot.models import InboundMessage, OutboundMessage
from tests.twilio_standin import TwilioStandIn

STRANGER = "+13125550999"
STAFF = "+13125550101"


def settings_for(standin: TwilioStandIn, timeout: float = 2.0, give_up_hours: float = 24):
    return dataclasses.replace(load_settings({}), twilio_account_sid="AC" + "0" * 32, twilio_auth_token="secret",
                               twilio_from_number="+13125550000", twilio_api_base_url=standin.base_url,
                               twilio_timeout_seconds=timeout, outbound_give_up_hours=give_up_hours)


def run(engine, standin: TwilioStandIn, scenario, **settings):
    """Run `scenario(sender)` in a fresh event loop with a sender aimed at the stand-in."""
    sender = messaging.SmsSender(settings_for(standin, **settings), engine)

    async def go():
        try:
            return await scenario(sender)
        finally:
            await sender.aclose()

    return asyncio.run(go())


def rows(engine) -> list[OutboundMessage]:
    with session_scope(engine) as session:
        return list(session.execute(select(OutboundMessage).order_by(OutboundMessage.id)).scalars())


def later(seconds: float = 0, hours: float = 0) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds, hours=hours)


def test_backoff_starts_at_five_seconds_doubles_and_is_capped_at_five_minutes():
    assert [messaging.backoff(n).total_seconds() for n in range(1, 9)] == [5, 10, 20, 40, 80, 160, 300, 300]
    assert messaging.backoff(10_000).total_seconds() == 300


def test_a_failed_message_waits_its_backoff_then_the_loop_sends_it(engine):
    with TwilioStandIn() as standin:
        standin.script = ["500"]  # Twilio down for the first attempt, then back

        async def scenario(sender):
            result = await sender.send(STRANGER, "retry me", priority=0)
            [row] = rows(engine)
            assert result.status == "retrying" and (row.status, row.attempts) == ("retrying", 1)
            assert row.error.startswith("Twilio error 20500") and row.provider_sid is None
            assert dt.timedelta(seconds=4) < row.next_attempt_at - row.created_at < dt.timedelta(seconds=7)
            assert await sender.deliver_due() == 0 and standin.requests == 1  # not due yet
            return await sender.deliver_due(now=later(seconds=10))

        assert run(engine, standin, scenario) == 1
    [row] = rows(engine)
    assert len(standin.sent) == 1 and standin.sent[0]["Body"] == "retry me" and standin.requests == 2
    assert (row.status, row.provider_sid, row.attempts, row.error, row.next_attempt_at) == (
        "queued", standin.sent[0]["sid"], 2, None, None)  # "queued": what the stand-in (Twilio) answered


def test_each_further_failure_doubles_the_wait(engine):
    with TwilioStandIn() as standin:
        standin.script = ["500", "500"]
        then = later(seconds=10)

        async def scenario(sender):
            await sender.send(STRANGER, "retry me")
            await sender.deliver_due(now=then)

        run(engine, standin, scenario)
    [row] = rows(engine)
    assert (row.status, row.attempts, row.next_attempt_at) == ("retrying", 2, then + dt.timedelta(seconds=10))


@pytest.mark.parametrize("error", ["429:20429", "401:20003", "403:20003", "503:20503"])
def test_rate_limits_auth_failures_and_server_errors_are_retried(engine, error):
    with TwilioStandIn() as standin:
        standin.script = [error]
        result = run(engine, standin, lambda sender: sender.send(STRANGER, "hello"))
    [row] = rows(engine)
    assert result.status == row.status == "retrying" and row.error.startswith(f"Twilio error {error.split(':')[1]}")


def test_twilios_http_client_now_honours_its_timeout():
    # twilio 8.2's own client would wait as long as the server likes (timeout=None to aiohttp)
    with TwilioStandIn() as standin:
        standin.script = ["hang:3"]

        async def request():
            client = messaging.TimeoutTwilioHttpClient(timeout=1.0)
            try:
                return await client.request("POST", standin.base_url + "/2010-04-01/Accounts/AC1/Messages.json",
                                            data={"To": STRANGER, "Body": "x"})
            finally:
                await client.close()

        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            asyncio.run(request())
        assert time.monotonic() - started < 1.9  # the client's own timeout, not a guard around it


def test_a_hanging_twilio_costs_each_attempt_no_more_than_the_timeout(engine):
    timeout = 1.0
    with TwilioStandIn() as standin:
        standin.script = ["hang:4", "hang:4"]

        async def scenario(sender):
            started = time.monotonic()
            first = await sender.send(STRANGER, "are you there")
            first_took = time.monotonic() - started
            started = time.monotonic()
            await sender.deliver_due(now=later(seconds=10))
            return first, first_took, time.monotonic() - started

        first, first_took, second_took = run(engine, standin, scenario, timeout=timeout)
    [row] = rows(engine)
    assert first.status == "retrying" and first_took < timeout + 2 and second_took < timeout + 2
    assert (row.status, row.attempts) == ("retrying", 2) and row.error.startswith("TimeoutError")


@pytest.mark.parametrize("error", ["400:21610", "400:21211", "400:21614", "404:20404"])
def test_a_message_twilio_refuses_for_good_is_undeliverable_and_never_tried_again(engine, error):
    with TwilioStandIn() as standin:
        standin.script = [error]

        async def scenario(sender):
            result = await sender.send(STRANGER, "unreachable")
            taken = [await sender.deliver_due(now=later(hours=hours)) for hours in (0.01, 1, 23)]
            return result, taken

        result, taken = run(engine, standin, scenario)
        assert standin.requests == 1 and taken == [0, 0, 0]
    [row] = rows(engine)
    code = error.split(":")[1]
    assert result.status == row.status == "undeliverable" and row.attempts == 1 and row.next_attempt_at is None
    assert row.error.startswith(f"Twilio error {code}: ")


def test_crisis_guidance_and_urgent_alerts_go_first(engine):
    a_minute_ago, an_hour_ago = later(seconds=-60), later(hours=-1)
    with session_scope(engine) as session:
        session.add_all([
            OutboundMessage(to_number=STRANGER, body="ordinary reply", status="retrying", priority=1, attempts=1,
                            next_attempt_at=a_minute_ago, created_at=an_hour_ago),
            OutboundMessage(to_number=STAFF, body="staff note", purpose="notification", status="queued", priority=1,
                            created_at=an_hour_ago + dt.timedelta(minutes=1)),
            OutboundMessage(to_number=STRANGER, body="crisis guidance", status="retrying", priority=0, attempts=1,
                            next_attempt_at=a_minute_ago, created_at=a_minute_ago),
            OutboundMessage(to_number=STAFF, body="urgent alert", purpose="notification", status="queued", priority=0,
                            created_at=a_minute_ago + dt.timedelta(seconds=1)),
            # already accepted by Twilio ("queued" is Twilio's word for it): never sent again
            OutboundMessage(to_number=STRANGER, body="already sent", status="queued", provider_sid="SMalready",
                            created_at=an_hour_ago),
            # not due yet
            OutboundMessage(to_number=STRANGER, body="later", status="retrying", attempts=1,
                            next_attempt_at=later(seconds=60), created_at=an_hour_ago)])
    with TwilioStandIn() as standin:
        assert run(engine, standin, lambda sender: sender.deliver_due()) == 4
    assert [m["Body"] for m in standin.sent] == ["crisis guidance", "urgent alert", "ordinary reply", "staff note"]


def test_send_records_priority_and_the_message_answered(engine):
    with session_scope(engine) as session:
        inbound = InboundMessage(provider_sid="SMin0001", from_number=STRANGER, body="help")
        session.add(inbound)
        session.flush()
        inbound_id = inbound.id
    with TwilioStandIn() as standin:
        run(engine, standin, lambda sender: sender.send(STRANGER, "call 988", priority=0, inbound_id=inbound_id))
    [row] = rows(engine)
    assert (row.priority, row.inbound_id, row.status) == (0, inbound_id, "queued")


def test_after_the_give_up_hours_a_message_is_undeliverable(engine):
    with TwilioStandIn() as standin:
        standin.script = ["500", "500"]

        async def scenario(sender):
            await sender.send(STRANGER, "a day late")
            await sender.deliver_due(now=later(hours=23.9))   # still worth trying: fails again
            still = rows(engine)[0].status
            return still, await sender.deliver_due(now=later(hours=24.1))

        still, taken = run(engine, standin, scenario)
        assert standin.requests == 2  # nothing is attempted past the deadline
    [row] = rows(engine)
    assert still == "retrying" and taken == 1
    assert row.status == "undeliverable" and row.error.startswith("gave up after 2 attempts: Twilio error 20500")


def test_the_give_up_time_is_a_setting(engine):
    with TwilioStandIn() as standin:
        standin.script = ["500"]

        async def scenario(sender):
            await sender.send(STAFF, "New urgent request #1", purpose="notification", priority=0)
            await sender.deliver_due(now=later(hours=1.5))

        run(engine, standin, scenario, give_up_hours=1)
    [row] = rows(engine)
    assert row.status == "undeliverable" and row.error.startswith("gave up after 1 attempt: ")


def test_two_loops_at_once_never_send_one_message_twice(engine, database_url):
    with session_scope(engine) as session:
        session.add_all([OutboundMessage(to_number=STAFF, body=f"New urgent request #{n}", purpose="notification",
                                         status="queued", priority=n % 2) for n in range(20)])
    with TwilioStandIn() as standin:
        start = threading.Barrier(2)
        taken: list[int] = []

        def loop() -> None:  # its own engine and event loop: as a second console process would have
            own_engine = make_engine(database_url)
            try:
                start.wait()
                taken.append(run(own_engine, standin, lambda sender: sender.deliver_due()))
            finally:
                own_engine.dispose()

        threads = [threading.Thread(target=loop) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    bodies = [m["Body"] for m in standin.sent]
    assert sum(taken) == 20 and len(bodies) == 20 and len(set(bodies)) == 20
    assert all(row.provider_sid and row.attempts == 1 for row in rows(engine))
