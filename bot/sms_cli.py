"""`patient-support sms send --from NUMBER "text"`: try the SMS channel with no phone.

Posts a correctly signed Twilio-style webhook to the local Rasa server, then prints the
SMS the assistant sent back (read from the outbound messages table, where they are
recorded as `simulated` when no Twilio account is configured).
"""
from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from bot import phones
from bot.config import Settings
from bot.db import session_scope
from bot.models import OutboundMessage


def latest_outbound_id(engine=None) -> int:
    with session_scope(engine) as session:
        return session.execute(select(func.max(OutboundMessage.id))).scalar() or 0


def _sent_since(engine, to: str, after_id: int) -> list[str]:
    # what actually left (sent or simulated), not replies held back by an opt-out
    with session_scope(engine) as session:
        return list(session.execute(
            select(OutboundMessage.body).where(OutboundMessage.id > after_id, OutboundMessage.to_number == to,
                                               OutboundMessage.status != "blocked_opt_out")
            .order_by(OutboundMessage.id)).scalars())


def wait_for_replies(to: str, after_id: int, timeout: float, engine=None) -> list[str]:
    """The SMS sent to `to` after message `after_id`, waiting up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _sent_since(engine, to, after_id):
            time.sleep(0.3)  # a long answer may come as more than one message
            return _sent_since(engine, to, after_id)
        time.sleep(0.05)
    return []


def send(settings: Settings, from_number: str, text: str, wait_seconds: float = 30.0) -> tuple[int, list[str]]:
    sender = phones.normalize(from_number)
    path = "/webhooks/sms/webhook"
    params = {"From": sender, "To": settings.twilio_from_number or "+15550100000", "Body": text,
              "MessageSid": f"SMlocal{uuid.uuid4().hex}"}
    # the token the running assistant checks: Twilio's, or the generated development one
    # (var/secrets.env, shared through PATIENT_SUPPORT_STATE_DIR)
    signature = RequestValidator(settings.twilio_webhook_token).compute_signature(
        settings.public_base_url.rstrip("/") + path, params)
    request = urllib.request.Request(f"http://127.0.0.1:{settings.rasa_port}{path}",
                                     data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": signature})
    before = latest_outbound_id()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        return error.code, []
    return status, wait_for_replies(sender, before, wait_seconds)
