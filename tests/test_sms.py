"""SMS: sending through the real twilio client against a local Twilio stand-in, and the
signed webhook channel through the running servers."""
from __future__ import annotations

import asyncio
import datetime as dt
import dataclasses
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from bot import messaging
from bot.config import load_settings
from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage, SmsOptOut
from tests.servers import AUTH_TOKEN, start_assistant, stop_assistant
from tests.twilio_standin import TwilioStandIn

STRANGER = "+13125550999"
DOROTHY = "+13125550112"


def twilio_settings(standin: TwilioStandIn | None, timeout: float = 2.0):
    base = load_settings({})
    if standin is None:
        return base
    return dataclasses.replace(base, twilio_account_sid="AC" + "0" * 32, twilio_auth_token="secret",
                               twilio_from_number="+13125550000", twilio_api_base_url=standin.base_url,
                               twilio_timeout_seconds=timeout)


async def send_once(sender: messaging.SmsSender, to: str, body: str) -> messaging.SendResult:
    try:
        return await sender.send(to, body)
    finally:
        await sender.aclose()


def outbound(engine) -> list[OutboundMessage]:
    with session_scope(engine) as session:
        return list(session.execute(select(OutboundMessage).order_by(OutboundMessage.id)).scalars())


def test_sent_sms_is_recorded_with_twilios_id(engine):
    with TwilioStandIn() as standin:
        result = asyncio.run(send_once(messaging.SmsSender(twilio_settings(standin), engine), STRANGER, "hello"))
    row = outbound(engine)[0]
    assert result.status == "queued" and standin.sent[0]["Body"] == "hello" and standin.sent[0]["To"] == STRANGER
    assert (row.provider_sid, row.attempts, row.status) == (standin.sent[0]["sid"], 1, "queued")


def test_twilio_errors_are_retried_and_nothing_is_lost(engine):
    with TwilioStandIn() as standin:
        standin.script = ["500", "hang:3"]  # an error, then a timeout, then it works
        sender = messaging.SmsSender(twilio_settings(standin, timeout=1.0), engine)

        async def send_and_retry():
            try:
                first = await sender.send(STRANGER, "retry me")  # one attempt now; the rest is the loop's
                soon = dt.datetime.now(dt.timezone.utc)
                for seconds in (10, 30):  # past each backoff
                    await sender.deliver_due(now=soon + dt.timedelta(seconds=seconds))
                return first
            finally:
                await sender.aclose()

        first = asyncio.run(send_and_retry())
    row = outbound(engine)[0]
    assert first.status == "retrying" and len(standin.sent) == 1 and standin.requests == 3
    assert (row.status, row.attempts, row.provider_sid) == ("queued", 3, standin.sent[0]["sid"])


def test_queued_notifications_are_sent_once_even_by_two_senders(engine):
    with session_scope(engine) as session:
        session.add_all([OutboundMessage(to_number="+13125550101", body=f"New urgent request #{n}", purpose="notification",
                                         status="queued") for n in (1, 2)])
    with TwilioStandIn() as standin:
        sender = messaging.SmsSender(twilio_settings(standin), engine)

        async def both():
            try:
                return await asyncio.gather(sender.deliver_due(), sender.deliver_due())
            finally:
                await sender.aclose()

        counts = asyncio.run(both())
    assert sum(counts) == 2 and len(standin.sent) == 2
    assert {row.status for row in outbound(engine)} == {"queued"} and all(r.provider_sid for r in outbound(engine))


def test_a_notification_left_sending_by_a_dead_sender_is_sent_later_a_fresh_one_is_not(engine):
    long_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=10)
    with session_scope(engine) as session:
        session.add_all([
            OutboundMessage(to_number="+13125550101", body="New urgent request #1", purpose="notification",
                            status="sending", updated_at=long_ago),   # its sender crashed mid-send
            OutboundMessage(to_number="+13125550101", body="New urgent request #2", purpose="notification",
                            status="sending")])                       # another process is sending it now
    with TwilioStandIn() as standin:
        sender = messaging.SmsSender(twilio_settings(standin), engine)

        async def deliver():
            try:
                return await sender.deliver_due()
            finally:
                await sender.aclose()

        assert asyncio.run(deliver()) == 1
    assert [m["Body"] for m in standin.sent] == ["New urgent request #1"]
    assert [row.status for row in outbound(engine)] == ["queued", "sending"]


def test_without_credentials_messages_are_simulated_and_recorded(engine):
    with TwilioStandIn() as standin:
        asyncio.run(messaging.SmsSender(twilio_settings(None), engine).send(STRANGER, "local only"))
        assert standin.requests == 0
    assert outbound(engine)[0].status == "simulated"


def test_opted_out_numbers_get_nothing(engine):
    with session_scope(engine) as session:
        assert messaging.opt_out(session, STRANGER) is True
        assert messaging.opt_out(session, STRANGER) is False  # confirm only once
    with TwilioStandIn() as standin:
        result = asyncio.run(send_once(messaging.SmsSender(twilio_settings(standin), engine), STRANGER, "hi"))
        assert standin.requests == 0 and result.status == "blocked_opt_out"


@pytest.mark.parametrize("length", [10, 1600, 1601, 5000])
def test_long_replies_split_between_words(length):
    words = ("word " * length)[:length].strip()
    parts = messaging.split_for_sms(words)
    # rejoining with spaces gives the text back only if every cut fell between words
    assert all(len(p) <= messaging.MAX_BODY for p in parts) and " ".join(parts) == words
    assert len(parts) == 1 if len(words) <= messaging.MAX_BODY else len(parts) > 1


# --- the channel, through the running servers ---------------------------------------------

servers = pytest.mark.rasa  # these start the action and Rasa servers


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("sms"))
    yield assistant
    stop_assistant(assistant)


@servers
def test_signed_forged_and_replayed_webhooks(running):
    assert running.sms(STRANGER, "hi", signature="forged")[0] == 403
    assert running.sms(STRANGER, "hi", signature="")[0] == 403
    status, replies = running.sms(STRANGER, "hi", sid="SMreplayed0001")
    assert status == 200 and len(replies) == 1
    status, replies = running.sms(STRANGER, "hi", sid="SMreplayed0001", timeout=3)  # Twilio retrying
    assert status == 200 and replies == []
    with session_scope(running.engine) as session:
        assert len(session.execute(select(InboundMessage).where(InboundMessage.provider_sid == "SMreplayed0001")).all()) == 1


@servers
def test_stop_start_and_help(running):
    number = "+13125550998"
    status, replies = running.sms(number, "STOP")
    assert "unsubscribed" in replies[0]
    assert running.sms(number, "stop", timeout=3)[1] == []  # one confirmation only
    # the dialogue does not answer an unsubscribed number: it hears how to come back, and 911
    again = running.sms(number, "I need a ride to chemo", timeout=3)[1]
    assert len(again) == 1 and "Reply START" in again[0] and "911" in again[0] and "zip" not in again[0]
    with session_scope(running.engine) as session:
        assert session.execute(select(SmsOptOut).where(SmsOptOut.phone == number)).scalar_one()
    assert "subscribed again" in running.sms(number, "START")[1][0]
    help_text = running.sms(number, "HELP")[1][0]
    assert "St. Mary's" in help_text and "AGENT" in help_text and "911" in help_text
    assert running.sms(number, "I need a ride to chemo")[1]


@servers
@pytest.mark.parametrize("body", ["", "   ", "\u00a0"])
def test_empty_messages_get_a_safe_reply(running, body):
    replies = running.sms(STRANGER, body)[1]
    assert replies and "only read text" in replies[0]


@servers
@pytest.mark.parametrize("body", ["😀🙏💊 need help paying for meds 💊", "necesito ayuda con mi medicina, ¿qué hago?",
                                  "我需要帮助", "x" * 20000, "help " * 3000])
def test_odd_and_huge_messages_are_answered(running, body):
    status, replies = running.sms(STRANGER, body)
    assert status == 200 and replies and all(len(r) <= messaging.MAX_BODY for r in replies)


@servers
def test_status_callbacks_must_be_signed_and_update_the_record(running):
    with session_scope(running.engine) as session:
        row = OutboundMessage(to_number=STRANGER, body="x", status="queued", provider_sid="SMstatus0001")
        session.add(row)
    url = running.rasa_url + "/webhooks/sms/status"
    params = {"MessageSid": "SMstatus0001", "MessageStatus": "delivered"}

    def post(signature: str) -> int:
        request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(),
                                         headers={"X-Twilio-Signature": signature})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    assert post("forged") == 403
    assert post(RequestValidator(running.webhook_token).compute_signature(url, params)) == 204
    with session_scope(running.engine) as session:
        assert session.execute(select(OutboundMessage.status).where(
            OutboundMessage.provider_sid == "SMstatus0001")).scalar_one() == "delivered"


@servers
def test_the_once_published_development_token_signs_nothing(running):
    published = "local-development-" + "twilio-token"  # the constant development used to check against
    url = running.rasa_url + "/webhooks/sms/webhook"
    params = {"From": STRANGER, "To": "+13125550000", "Body": "hi", "MessageSid": "SMpublished0001"}
    forged = RequestValidator(published).compute_signature(url, params)
    assert running.post_sms(STRANGER, "hi", signature=forged, sid="SMpublished0001") == 403
    assert running.webhook_token != published and len(running.webhook_token) >= 40  # generated for this state dir


@servers
def test_rasa_http_api_requires_the_token(running):
    def get(path: str) -> int:
        try:
            with urllib.request.urlopen(running.rasa_url + path, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    assert get(f"/conversations/{STRANGER}/tracker") == 401
    assert get(f"/conversations/{STRANGER}/tracker?token=wrong") == 401
    assert get(f"/conversations/{STRANGER}/tracker?token={AUTH_TOKEN}") == 200


@servers
def test_replies_go_out_through_twilio_when_configured(tmp_path):
    with TwilioStandIn() as standin:
        standin.script = ["500"]  # the first attempt fails; the console's retry loop sends it
        running = start_assistant(tmp_path, extra_env={
            "TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_AUTH_TOKEN": "configured-token",
            "TWILIO_FROM_NUMBER": "+13125550000", "TWILIO_API_BASE_URL": standin.base_url})
        try:
            status, replies = running.sms(STRANGER, "i need a ride to chemo")
            assert status == 200 and "zip code" in replies[0]
            for _ in range(300):  # the retry is due 5 s later; the console looks every 5 s
                if standin.sent:
                    break
                time.sleep(0.1)
        finally:
            stop_assistant(running)
    assert standin.sent[0]["To"] == STRANGER and "zip code" in standin.sent[0]["Body"]
    assert standin.sent[0]["StatusCallback"].endswith("/webhooks/sms/status")


@servers
def test_messages_sent_later_reach_the_phone(running):
    # What a case manager's reply or a reminder does: a bot message outside any turn.
    number = "+13125550997"
    running.sms(number, "hi")
    before = running.last_outbound_id()
    status, _ = running.post_json(
        # the id goes in the path as it is: Rasa does not decode %2B back to "+"
        f"/conversations/{number}/trigger_intent?output_channel=sms&token={AUTH_TOKEN}",
        {"name": "greet"})
    assert status == 200
    assert "care team's assistant" in running.wait_for_sms(number, after_id=before)[0]
