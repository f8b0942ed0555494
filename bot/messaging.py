"""Sending SMS and keeping a record of every one.

Every outbound message is written to `outbound_messages` before it is sent, then updated
with what Twilio said (provider id, status, attempts, error). Sending uses twilio's async
HTTP client so a slow Twilio never blocks other conversations, and retries with backoff.
Without Twilio credentials nothing leaves the machine: the message is recorded with status
`simulated`. Numbers that opted out (STOP) get nothing, except the one confirmation.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage, Patient, SmsOptOut, utcnow

log = logging.getLogger(__name__)

MAX_BODY = 1600  # Twilio's limit for one message (it splits into segments itself)
RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds between attempts; four attempts in all
STALE_SENDING = dt.timedelta(minutes=5)  # far beyond four attempts with their timeouts
OPT_OUT_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
OPT_IN_WORDS = {"START", "UNSTOP"}
HELP_WORDS = {"HELP", "INFO"}


def split_for_sms(text: str, limit: int = MAX_BODY) -> list[str]:
    """As few messages as the limit allows, never cutting a word (only a single word longer
    than the limit is cut)."""
    text = text.strip()
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit + 1), text.rfind(" ", 0, limit + 1))
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts


def keyword(body: str | None) -> str | None:
    """'stop', 'start' or 'help' when the whole message is one of the carrier keywords."""
    word = (body or "").strip().strip(".!").upper()
    if word in OPT_OUT_WORDS:
        return "stop"
    if word in OPT_IN_WORDS:
        return "start"
    if word in HELP_WORDS:
        return "help"
    return None


# --- inbound bookkeeping ------------------------------------------------------------------


def first_time_seen(session: Session, provider_sid: str, from_number: str) -> bool:
    """Record a provider message id; False if it was processed before (a Twilio retry)."""
    try:
        with session.begin_nested():
            session.add(InboundMessage(provider_sid=provider_sid, from_number=from_number))
    except IntegrityError:
        return False
    return True


def is_opted_out(session: Session, phone: str) -> bool:
    if session.execute(select(SmsOptOut.id).where(SmsOptOut.phone == phone)).first():
        return True
    return bool(session.execute(select(Patient.id).where(Patient.phone == phone, Patient.sms_opt_out.is_(True))).first())


def opt_out(session: Session, phone: str) -> bool:
    """Record STOP; True if the number was not opted out before (so confirm once)."""
    was_out = is_opted_out(session, phone)
    if not session.execute(select(SmsOptOut.id).where(SmsOptOut.phone == phone)).first():
        session.add(SmsOptOut(phone=phone))
    for patient in session.execute(select(Patient).where(Patient.phone == phone)).scalars():
        patient.sms_opt_out = True
    return not was_out


def opt_in(session: Session, phone: str) -> None:
    session.execute(delete(SmsOptOut).where(SmsOptOut.phone == phone))
    for patient in session.execute(select(Patient).where(Patient.phone == phone)).scalars():
        patient.sms_opt_out = False


# --- outbound -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SendResult:
    message_ids: list[int]
    status: str


class SmsSender:
    def __init__(self, settings: Settings, engine: Engine | None = None, client=None):
        self.settings = settings
        self.engine = engine
        self._client = client

    def _twilio(self):
        if self._client is None:
            from twilio.http.async_http_client import AsyncTwilioHttpClient
            from twilio.rest import Client

            self._client = Client(self.settings.twilio_account_sid, self.settings.twilio_auth_token,
                                  http_client=AsyncTwilioHttpClient(timeout=self.settings.twilio_timeout_seconds))
            if self.settings.twilio_api_base_url:  # a local stand-in in tests
                self._client.api.base_url = self.settings.twilio_api_base_url
        return self._client

    async def aclose(self) -> None:
        """Close the HTTP session of the async Twilio client, if one was opened."""
        http_client = getattr(self._client, "http_client", None)
        if http_client is not None and hasattr(http_client, "close"):
            await http_client.close()

    def _record(self, to: str, body: str, purpose: str, escalation_id: int | None, bypass_opt_out: bool) -> tuple[int, str]:
        with session_scope(self.engine) as session:
            blocked = not bypass_opt_out and is_opted_out(session, to)
            status = "blocked_opt_out" if blocked else ("queued" if self.settings.twilio_configured else "simulated")
            row = OutboundMessage(to_number=to, body=body, purpose=purpose, status=status, escalation_id=escalation_id)
            session.add(row)
            session.flush()
            return row.id, status

    def _update(self, message_id: int, **fields) -> None:
        with session_scope(self.engine) as session:
            row = session.get(OutboundMessage, message_id)
            for name, value in fields.items():
                setattr(row, name, value)

    async def send(self, to: str, body: str, purpose: str = "reply", escalation_id: int | None = None,
                   bypass_opt_out: bool = False) -> SendResult:
        ids, statuses = [], []
        for part in split_for_sms(body):
            message_id, status = await asyncio.to_thread(self._record, to, part, purpose, escalation_id, bypass_opt_out)
            ids.append(message_id)
            if status == "queued":
                status = await self._deliver(message_id, to, part)
            else:
                log.info("outbound SMS %s to ***%s: %s", message_id, to[-4:], status)
            statuses.append(status)
        return SendResult(ids, statuses[-1] if statuses else "empty")

    def _claim_queued(self, purpose: str) -> list[tuple[int, str, str]]:
        """Take queued messages for sending; the conditional update makes sure two
        processes never both send one. A message left `sending` for STALE_SENDING (its
        sender died mid-send) is taken again: better twice than never for a staff alert."""
        claimed = []
        stale = utcnow() - STALE_SENDING
        claimable = or_(OutboundMessage.status == "queued",
                        and_(OutboundMessage.status == "sending", OutboundMessage.updated_at < stale))
        with session_scope(self.engine) as session:
            rows = session.execute(select(OutboundMessage.id, OutboundMessage.to_number, OutboundMessage.body)
                                   .where(claimable, OutboundMessage.purpose == purpose,
                                          OutboundMessage.provider_sid.is_(None))).all()
            for message_id, to, body in rows:
                taken = session.execute(update(OutboundMessage).where(OutboundMessage.id == message_id, claimable)
                                        .values(status="sending", updated_at=utcnow())).rowcount
                if taken:
                    claimed.append((message_id, to, body))
        return claimed

    async def deliver_queued(self, purpose: str = "notification") -> int:
        """Send messages recorded as `queued` (staff notifications): the table is the
        durable queue, so a notification survives a crash before it was sent."""
        claimed = await asyncio.to_thread(self._claim_queued, purpose)
        for message_id, to, body in claimed:
            if self.settings.twilio_configured:
                await self._deliver(message_id, to, body)
            else:
                await asyncio.to_thread(self._update, message_id, status="simulated")
                log.info("outbound SMS %s to ***%s: simulated", message_id, to[-4:])
        return len(claimed)

    async def _deliver(self, message_id: int, to: str, body: str) -> str:
        callback = f"{self.settings.public_base_url.rstrip('/')}/webhooks/sms/status"
        error = ""
        for attempt, delay in enumerate((*RETRY_DELAYS, None), start=1):
            try:
                sent = await self._twilio().messages.create_async(
                    to=to, from_=self.settings.twilio_from_number, body=body, status_callback=callback)
            except Exception as exc:  # Twilio 5xx, timeouts, connection errors: try again
                error = f"{type(exc).__name__}: {str(exc)[:300]}"
                await asyncio.to_thread(self._update, message_id, attempts=attempt, error=error, status="retrying")
                log.warning("SMS %s attempt %s failed: %s", message_id, attempt, type(exc).__name__)
                if delay is None:
                    break
                await asyncio.sleep(delay)
                continue
            status = sent.status or "sent"
            await asyncio.to_thread(self._update, message_id, attempts=attempt, provider_sid=sent.sid, status=status,
                                    error=None)
            return status
        await asyncio.to_thread(self._update, message_id, status="failed", error=error)
        return "failed"


def record_status(session: Session, provider_sid: str, status: str, error_code: str | None) -> bool:
    """Apply a Twilio status callback; False when the message is unknown."""
    row = session.execute(select(OutboundMessage).where(OutboundMessage.provider_sid == provider_sid)).scalar_one_or_none()
    if row is None:
        return False
    row.status = status
    if error_code:
        row.error = f"Twilio error {error_code}"
    row.updated_at = utcnow()
    return True
