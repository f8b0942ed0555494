"""Sending SMS and keeping a record of every one.

Every outbound message is written to `outbound_messages` before it is sent, then updated
with what Twilio said (provider id, status, attempts, error). Sending uses twilio's async
HTTP client, with a real timeout on every attempt, so a slow Twilio never blocks other
conversations. A message that does not get through at once is retried with backoff by the
console's background watch (`deliver_due`) until Twilio takes it, refuses it for good, or
OUTBOUND_GIVE_UP_HOURS pass. Without Twilio credentials nothing leaves the machine: the
message is recorded with status `simulated`. Numbers that opted out (STOP) get nothing,
except the one confirmation. Logs never hold message text or a whole phone number.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, delete, exists, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient

from bot import inbound, logs
from bot.config import Settings
from bot.dialogue import fold_accents
from bot.db import session_scope
from bot.models import OutboundMessage, Patient, SmsOptOut, utcnow

log = logging.getLogger(__name__)

MAX_BODY = 1600  # Twilio's limit for one message (it splits into segments itself)
OPT_OUT_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
OPT_IN_WORDS = {"START", "UNSTOP"}
HELP_WORDS = {"HELP", "INFO"}
# Spanish, as the whole message (accents optional). Opt-out: the words Spanish-language
# opt-out notices use (PARAR, ALTO, CANCELAR, DETENER; CANCELAR although it can mean "cancel
# my appointment": a request to stop must always be honoured, and its confirmation says how
# to come back and ask for the appointment). Help: AYUDA, INFORMACION.
OPT_OUT_WORDS_ES = {"PARAR", "ALTO", "CANCELAR", "DETENER"}
OPT_IN_WORDS_ES = {"INICIAR", "COMENZAR"}
HELP_WORDS_ES = {"AYUDA", "INFORMACION"}


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


def _whole_word(body: str | None) -> str:
    return fold_accents((body or "").strip().strip(".!¡").upper())


def keyword(body: str | None) -> str | None:
    """'stop', 'start' or 'help' when the whole message is one of the keywords."""
    word = _whole_word(body)
    if word in OPT_OUT_WORDS | OPT_OUT_WORDS_ES:
        return "stop"
    if word in OPT_IN_WORDS | OPT_IN_WORDS_ES:
        return "start"
    if word in HELP_WORDS | HELP_WORDS_ES:
        return "help"
    return None


def keyword_language(body: str | None) -> str | None:
    """'es' for a Spanish keyword: its confirmation is in Spanish whatever the number's language."""
    word = _whole_word(body)
    return "es" if word in OPT_OUT_WORDS_ES | OPT_IN_WORDS_ES | HELP_WORDS_ES else None


# --- opt-outs -----------------------------------------------------------------------------


def is_opted_out(session: Session, phone: str) -> bool:
    return bool(session.execute(_OPTED_OUT, {"phone": phone}).scalar())


# One statement, not two, built once: it runs twice in every SMS turn (the intake, the reply's
# record), and building it was most of its cost (docs/performance.md).
_OPTED_OUT = select(or_(
    exists().where(SmsOptOut.phone == bindparam("phone")),
    exists().where(Patient.phone == bindparam("phone"), Patient.sms_opt_out.is_(True)),
))


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
#
# The `outbound_messages` rows are the queue. `send` records a row already claimed
# (`sending`) and makes one attempt at once; whatever did not get through is tried again by
# `deliver_due`, which the console's background watch runs every OUTBOUND_RETRY_SECONDS.
# Because the state lives in the database, retries survive restarts, and the conditional
# claim lets several processes run the loop without sending anything twice.
#
#   sending --ok--> Twilio's status (queued, sent, ...), with provider_sid
#           --transient error--> retrying (next_attempt_at) --due--> sending ...
#           --permanent error, or past OUTBOUND_GIVE_UP_HOURS--> undeliverable

FIRST_RETRY_SECONDS = 5  # after the first failure; doubling after each further one
MAX_RETRY_SECONDS = 300  # a crisis reply must not wait long once Twilio is back
STALE_SENDING = dt.timedelta(minutes=5)  # one attempt lasts at most the timeout + 1 s
PERMANENT_HTTP_STATUSES = {400, 404}  # Twilio refused this message itself: 21610, 21211, 21614, ...


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after the `attempts`-th failed attempt."""
    return dt.timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** min(attempts - 1, 16), MAX_RETRY_SECONDS))


def is_permanent(exc: Exception) -> bool:
    """Whether trying again cannot help. Everything else (network errors, timeouts, 5xx,
    429, and 401/403, which a fixed credential or a lifted suspension cures) is retried:
    for a crisis reply, one retry too many is cheaper than one message dropped."""
    return isinstance(exc, TwilioRestException) and exc.status in PERMANENT_HTTP_STATUSES


def failure_fields(exc: Exception, attempts: int, now: dt.datetime) -> dict:
    """How a failed attempt is recorded: never retried when Twilio says it never can be, else
    retried after its backoff (the caller gives up on one too late to help)."""
    if is_permanent(exc):
        return {"status": "undeliverable", "attempts": attempts, "error": describe(exc)}
    return {"status": "retrying", "attempts": attempts, "error": describe(exc), "next_attempt_at": now + backoff(attempts)}


def describe(exc: Exception) -> str:
    """The error as stored on the row (the console shows it)."""
    if isinstance(exc, TwilioRestException):
        return f"Twilio error {exc.code}: {exc.msg}"[:500]
    if isinstance(exc, asyncio.TimeoutError):
        return "TimeoutError: no answer from Twilio in time"
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def log_reason(exc: Exception) -> str:
    """The error for the log: Twilio's message can quote the number, so only its code."""
    code = getattr(exc, "code", None)
    return f"{type(exc).__name__} {code}" if code else type(exc).__name__


class TimeoutTwilioHttpClient(AsyncTwilioHttpClient):
    """twilio's async HTTP client, made to honour its own timeout: twilio 8.2 hands aiohttp
    `timeout=None` (no limit at all) unless the caller passes one, ignoring `self.timeout`,
    so a hanging Twilio held a send for minutes."""

    async def request(self, method, url, params=None, data=None, headers=None, auth=None, timeout=None,
                      allow_redirects=False):
        if timeout is None and self.timeout:
            # aiohttp turns the number into ClientTimeout(total=self.timeout). A ClientTimeout
            # itself cannot be passed: twilio first checks `timeout <= 0`, which it cannot answer.
            timeout = self.timeout
        return await super().request(method, url, params=params, data=data, headers=headers, auth=auth,
                                     timeout=timeout, allow_redirects=allow_redirects)


@dataclass(frozen=True)
class SendResult:
    message_ids: list[int]
    status: str


@dataclass(frozen=True)
class Claimed:
    """A message this process has claimed (status `sending`) and is about to attempt."""
    id: int
    to: str
    body: str
    attempts: int
    error: str | None
    created_at: dt.datetime


class SmsSender:
    def __init__(self, settings: Settings, engine: Engine | None = None, client=None):
        self.settings = settings
        self.engine = engine
        self._client = client

    def _twilio(self):
        if self._client is None:
            from twilio.rest import Client

            self._client = Client(self.settings.twilio_account_sid, self.settings.twilio_auth_token,
                                  http_client=TimeoutTwilioHttpClient(timeout=self.settings.twilio_timeout_seconds))
            if self.settings.twilio_api_base_url:  # a local stand-in in tests
                self._client.api.base_url = self.settings.twilio_api_base_url
        return self._client

    async def aclose(self) -> None:
        """Close the HTTP session of the async Twilio client, if one was opened."""
        http_client = getattr(self._client, "http_client", None)
        if http_client is not None and hasattr(http_client, "close"):
            await http_client.close()

    # -- sending now -----------------------------------------------------------------------

    async def send(self, to: str, body: str, purpose: str = "reply", escalation_id: int | None = None,
                   bypass_opt_out: bool = False, priority: int = 1, inbound_id: int | None = None,
                   finishes_inbound: bool = False) -> SendResult:
        """Record the message (split into parts Twilio accepts) and make one attempt at each
        part now. What does not get through now stays `retrying` for `deliver_due`.
        priority 0 is for crisis guidance and urgent staff alerts: retried first.
        `finishes_inbound`: this is the turn's last reply, so `inbound_id` is marked done in
        the transaction that records its last part (once recorded, the retry loop owns its
        delivery; one transaction fewer per SMS turn). With Twilio configured such a reply is
        sent first and recorded after (`_send_then_record`)."""
        ids, statuses = [], []
        parts = split_for_sms(body)
        if finishes_inbound and inbound_id is not None and self.settings.twilio_configured:
            return await self._send_then_record(to, parts, purpose, priority, inbound_id)
        for number, part in enumerate(parts, start=1):
            finish = inbound_id if finishes_inbound and number == len(parts) else None
            try:
                message, status = await asyncio.to_thread(self._record, to, part, purpose, escalation_id,
                                                          bypass_opt_out, priority, inbound_id, finish)
            except SQLAlchemyError:
                if priority != 0:
                    raise
                statuses.append(await self._send_unrecorded(to, part))
                continue
            ids.append(message.id)
            if status == "sending":
                status = await self._attempt(message, utcnow())
            else:
                log.info("outbound SMS %s: %s", message.id, status, extra=logs.about(to))
            statuses.append(status)
        return SendResult(ids, statuses[-1] if statuses else "empty")

    async def _send_then_record(self, to: str, parts: list[str], purpose: str, priority: int,
                                inbound_id: int) -> SendResult:
        """The turn's last reply, sent before it is recorded: it is then recorded with its outcome
        in the transaction that marks its message done. The message it answers is stored and
        claimed, so a crash between the send and the record leaves that message unfinished and the
        recovery pass answers it again from the tracker (bot/channels/sms.py `_resume`): nothing is
        lost, at worst sent twice, as for a sender that dies mid-send. Its number's opt-out was
        read at the intake, moments before. This takes the recording off the reply's way and one
        transaction off each turn (docs/performance.md)."""
        now = utcnow()
        outcomes = [await self._one_attempt(to, part, now) for part in parts]
        ids = await asyncio.to_thread(self._record_sent, to, outcomes, purpose, priority, inbound_id, now)
        for message_id, (_, fields) in zip(ids, outcomes):
            log.info("outbound SMS %s: %s", message_id, fields["status"], extra=logs.about(to))
        return SendResult(ids, outcomes[-1][1]["status"])

    async def _one_attempt(self, to: str, body: str, now: dt.datetime) -> tuple[str, dict]:
        """One send of a part not yet recorded, and the fields that record its outcome."""
        try:
            sent = await self._create(to, body)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the row
            log.warning("SMS reply attempt 1 failed: %s", log_reason(exc), extra=logs.about(to))
            return body, failure_fields(exc, 1, now)
        return body, {"status": sent.status or "sent", "attempts": 1, "provider_sid": sent.sid}

    def _record_sent(self, to: str, outcomes: list[tuple[str, dict]], purpose: str, priority: int, inbound_id: int,
                     now: dt.datetime) -> list[int]:
        with session_scope(self.engine) as session:
            inbound.finish(session, inbound_id, now)
            rows = [OutboundMessage(to_number=to, body=body, purpose=purpose, priority=priority, inbound_id=inbound_id,
                                    created_at=now, updated_at=now, **fields) for body, fields in outcomes]
            session.add_all(rows)
            session.flush()
            return [row.id for row in rows]

    async def _send_unrecorded(self, to: str, body: str) -> str:
        """Crisis guidance with the database down: one attempt with no record, rather than
        none at all (the channel logs the failed escalation for staff to follow up)."""
        log.error("database unavailable: sending crisis guidance without a record", extra=logs.about(to))
        if not self.settings.twilio_configured:
            return "simulated"
        try:
            return (await self._create(to, body)).status or "sent"
        except Exception as exc:  # noqa: BLE001 - nothing left to fall back on
            log.error("crisis guidance failed: %s", type(exc).__name__, extra=logs.about(to))
            return "failed"

    def _record(self, to: str, body: str, purpose: str, escalation_id: int | None, bypass_opt_out: bool,
                priority: int, inbound_id: int | None, finish_inbound: int | None = None) -> tuple[Claimed, str]:
        """Write the row before anything is sent. It starts `sending`, claimed by this
        process: the retry loop leaves it alone unless this process dies mid-send."""
        now = utcnow()
        with session_scope(self.engine) as session:
            if finish_inbound is not None:
                inbound.finish(session, finish_inbound, now)
            if not bypass_opt_out and is_opted_out(session, to):
                status = "blocked_opt_out"
            else:
                status = "sending" if self.settings.twilio_configured else "simulated"
            row = OutboundMessage(to_number=to, body=body, purpose=purpose, status=status, escalation_id=escalation_id,
                                  priority=priority, inbound_id=inbound_id, created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            return Claimed(row.id, to, body, 0, None, now), status

    def _update(self, message_id: int, **fields) -> None:
        with session_scope(self.engine) as session:
            row = session.get(OutboundMessage, message_id)
            for name, value in fields.items():
                setattr(row, name, value)

    # -- the retry loop --------------------------------------------------------------------

    async def deliver_due(self, now: dt.datetime | None = None) -> int:
        """One pass of the retry loop: attempt every message that is due (see `_due`), most
        urgent first, then oldest first. Each is claimed just before its attempt, so a long
        pass never leaves claimed rows waiting until they look stale to another process.
        `now` fixes the clock (tests); by default each message is judged at the real time.
        Returns how many messages this pass took (sent, rescheduled or given up)."""
        taken = 0
        for message_id in await asyncio.to_thread(self._due_ids, now or utcnow()):
            moment = now or utcnow()
            message = await asyncio.to_thread(self._claim, message_id, moment)
            if message is None:  # another process took it, or it is no longer due
                continue
            taken += 1
            await self._attempt(message, moment)
        return taken

    @staticmethod
    def _due(now: dt.datetime):
        """Not yet accepted by Twilio (no provider_sid) and: `queued` (recorded for later,
        e.g. staff notifications), `retrying` whose time has come, or `sending` for longer
        than STALE_SENDING (its sender died mid-send: better twice than never)."""
        return and_(OutboundMessage.provider_sid.is_(None), or_(
            OutboundMessage.status == "queued",
            and_(OutboundMessage.status == "retrying", OutboundMessage.next_attempt_at <= now),
            and_(OutboundMessage.status == "sending", OutboundMessage.updated_at < now - STALE_SENDING)))

    def _due_ids(self, now: dt.datetime) -> list[int]:
        with session_scope(self.engine) as session:
            return list(session.execute(
                select(OutboundMessage.id).where(self._due(now))
                .order_by(OutboundMessage.priority, OutboundMessage.created_at, OutboundMessage.id)).scalars())

    def _claim(self, message_id: int, now: dt.datetime) -> Claimed | None:
        """Take one message for sending. The UPDATE repeats the due condition, so of two
        processes racing for it exactly one changes the row (PostgreSQL re-checks the
        condition after the other's commit; SQLite runs one writer at a time)."""
        with session_scope(self.engine) as session:
            taken = session.execute(update(OutboundMessage)
                                    .where(OutboundMessage.id == message_id, self._due(now))
                                    .values(status="sending", updated_at=now)).rowcount
            if not taken:
                return None
            row = session.get(OutboundMessage, message_id)
            return Claimed(row.id, row.to_number, row.body, row.attempts, row.error, row.created_at)

    # -- one attempt -----------------------------------------------------------------------

    async def _attempt(self, message: Claimed, now: dt.datetime) -> str:
        """Try a claimed message once and record the outcome; returns its new status."""
        if not self.settings.twilio_configured:  # e.g. a notification queued in development
            return await self._finish(message, "simulated")
        if self._too_late(message, now):
            return await self._give_up(message, message.attempts, message.error or "not sent in time")
        try:
            sent = await self._create(message.to, message.body)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the row
            return await self._failed(message, exc, now)
        return await self._finish(message, sent.status or "sent", attempts=message.attempts + 1,
                                  provider_sid=sent.sid, error=None)

    async def _create(self, to: str, body: str):
        """One request to Twilio. The HTTP client's timeout bounds it; wait_for is the guard
        for anything that timeout does not cover (DNS, a stuck connection pool)."""
        callback = f"{self.settings.public_base_url.rstrip('/')}/webhooks/sms/status"
        request = self._twilio().messages.create_async(to=to, from_=self.settings.twilio_from_number, body=body,
                                                       status_callback=callback)
        return await asyncio.wait_for(request, timeout=self.settings.twilio_timeout_seconds + 1)

    def _too_late(self, message: Claimed, now: dt.datetime) -> bool:
        """A reply a day late no longer helps anyone (the console shows it undelivered)."""
        return now - message.created_at >= dt.timedelta(hours=self.settings.outbound_give_up_hours)

    async def _failed(self, message: Claimed, exc: Exception, now: dt.datetime) -> str:
        attempts = message.attempts + 1
        log.warning("SMS %s attempt %s failed: %s", message.id, attempts, log_reason(exc), extra=logs.about(message.to))
        fields = failure_fields(exc, attempts, now)
        if fields["status"] == "retrying" and self._too_late(message, now):
            return await self._give_up(message, attempts, fields["error"])
        status = fields.pop("status")
        return await self._finish(message, status, **fields)

    async def _give_up(self, message: Claimed, attempts: int, last_error: str) -> str:
        noun = "attempt" if attempts == 1 else "attempts"
        return await self._finish(message, "undeliverable", attempts=attempts,
                                  error=f"gave up after {attempts} {noun}: {last_error}")

    async def _finish(self, message: Claimed, status: str, **fields) -> str:
        fields.setdefault("next_attempt_at", None)
        await asyncio.to_thread(self._update, message.id, status=status, **fields)
        log.info("outbound SMS %s: %s", message.id, status, extra=logs.about(message.to))
        return status


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
