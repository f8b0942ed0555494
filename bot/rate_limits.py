"""Rate limits: messages per phone number and per web chat, new anonymous chats per client
address, and staff pages per sender. Counts live in the database, so the limits hold
across several Rasa servers, and a message's decision is the same whichever server (or
the crash-recovery pass) takes it up.

Where the counts come from (no table of their own):
- SMS: `inbound_messages` already stores every SMS (from_number, received_at).
- Web chat: the channel adds a row to `inbound_messages` for each message it would hand to
  the dialogue (channel "webchat", from_number: a keyed hash of the conversation) and for
  each new anonymous chat (channel "webchat_open", from_number: a keyed hash of the client
  address, provider_sid: the conversation). These rows are `done` at once, carry no text,
  and are never taken up by the SMS recovery pass.
- Staff pages: the notification rows in `outbound_messages`, through their escalation's
  conversation (and, for anonymous web chats, every chat the same client opened).

A message is over the limit when, counting it, more than `limit` messages from the same
sender arrived in the `window` before it. Over the limit it is not handed to the dialogue;
the first such message gets one short wait reply, and later ones get nothing until a
whole window has passed with nothing over the limit (so a flood costs one reply). The
channels exempt a crisis message (and STOP): it is always answered in full.

Each sender's rows are written one at a time (on PostgreSQL a transaction-scoped advisory
lock per sender; SQLite writes one transaction at a time), so ids follow arrival and the
counts are exact.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from bot import catalogue
from bot.config import Limits
from bot.models import Escalation, InboundMessage, OutboundMessage

WAIT_REPLY = catalogue.say("too_many_messages")  # the wait reply (English: sent before the language is looked up)
WEBCHAT, WEBCHAT_OPEN = "webchat", "webchat_open"
LIMITED_PREFIX = "web-limited-"  # a chat opened past the client's limit: no token, no dialogue but a crisis
# How far back a client's anonymous chats are linked to it for the paging cap (a chat
# lives 12 hours; its escalations can page within the hour after).
CLIENT_CHATS_LOOKBACK = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Decision:
    over: bool  # past the limit: not for the dialogue
    notify: bool = False  # the one wait reply of this stretch over the limit

    @property
    def reply(self) -> str | None:
        return WAIT_REPLY if self.notify else None


WITHIN = Decision(False)


def minutes(value: float) -> dt.timedelta:
    return dt.timedelta(minutes=value)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# --- keys -------------------------------------------------------------------------------


def keyed(secret: str, kind: str, value: str) -> str:
    """A short, stable, non-reversible key for a client address or a conversation (fits
    inbound_messages.from_number, 20 characters); keyed with SECRET_KEY so that nobody can
    enumerate addresses against it."""
    digest = hmac.new(secret.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return f"{kind[0]}:{digest[:18]}"


def client_address(peer: str | None, forwarded_for: str | None, trusted_proxies: int) -> str:
    """The browser's address: the socket's peer, or with `trusted_proxies` proxies in front
    (each appending the address it saw to X-Forwarded-For) the entry the outermost trusted
    proxy wrote. Entries further left are the client's own claims and never trusted."""
    if trusted_proxies > 0:
        hops = [hop.strip() for hop in (forwarded_for or "").split(",") if hop.strip()]
        if len(hops) >= trusted_proxies:
            return hops[-trusted_proxies]
    return peer or "unknown"


def serialize(session: Session, key: str) -> None:
    """Hold a per-key lock until the transaction ends (PostgreSQL); SQLite already runs one
    write transaction at a time."""
    if session.get_bind().dialect.name == "postgresql":
        number = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": number})


# --- messages ---------------------------------------------------------------------------


# A sender's messages up to a row, in the window before it; built once, bound per message: the
# count is asked on every message, and building it was most of its cost (docs/performance.md).
_IN_WINDOW = (InboundMessage.channel == bindparam("channel"), InboundMessage.from_number == bindparam("key"),
              InboundMessage.id <= bindparam("row"), InboundMessage.received_at > bindparam("since"))
_POSITION = select(func.count()).select_from(InboundMessage).where(*_IN_WINDOW)
_EARLIER = select(InboundMessage.id, InboundMessage.received_at, InboundMessage.body) \
    .where(*_IN_WINDOW, InboundMessage.id < bindparam("row")).order_by(InboundMessage.id)


def decide(session: Session, *, channel: str, key: str, row_id: int, limit: int, window: dt.timedelta,
           exempt: Callable[[str | None], bool] | None = None, received_at: dt.datetime | None = None) -> Decision:
    """Whether stored message `row_id` from sender `key` is over `limit` per `window`, and
    whether it gets the wait reply. `exempt(body)` tells messages that were answered in
    full although over the limit (a crisis): they do not count as having been told to wait.
    A pure function of the stored rows, so a message taken up again decides the same.
    `received_at`: the row's own time when the caller just stored it (one query fewer)."""
    mine = received_at or session.execute(
        select(InboundMessage.received_at).where(InboundMessage.id == row_id)).scalar_one()

    def window_of(row: int, at: dt.datetime) -> dict:
        return {"channel": channel, "key": key, "row": row, "since": at - window}

    def position(row: int, at: dt.datetime) -> int:
        return session.execute(_POSITION, window_of(row, at)).scalar_one()

    if position(row_id, mine) <= limit:
        return WITHIN
    mine_window = window_of(row_id, mine)
    # Every earlier message in this window from the (limit+1)-th on was over the limit too:
    # one that was not exempt got (or skipped) the wait reply, so this one stays quiet.
    for row in session.execute(_EARLIER.offset(limit).limit(50), mine_window):
        if exempt is None or not exempt(row.body):
            return Decision(True)
    # The first `limit` ones were over only if earlier messages, before this window, count.
    for row in session.execute(_EARLIER.limit(limit), mine_window):
        if position(row.id, row.received_at) > limit and (exempt is None or not exempt(row.body)):
            return Decision(True)
    return Decision(True, notify=True)


def sms(session: Session, inbound_id: int, phone: str, limits: Limits,
        exempt: Callable[[str | None], bool], received_at: dt.datetime | None = None) -> Decision:
    """The decision for a stored SMS (bot/inbound.py) from `phone`."""
    if limits.sms_messages <= 0:
        return WITHIN
    return decide(session, channel="sms", key=phone, row_id=inbound_id, limit=limits.sms_messages,
                  window=minutes(limits.sms_window_minutes), exempt=exempt, received_at=received_at)


def _count_row(session: Session, channel: str, key: str, ref: str | None = None) -> int:
    serialize(session, f"{channel}:{key}")
    row = InboundMessage(provider_sid=ref or f"{channel}-{secrets.token_hex(16)}", from_number=key, body=None,
                         channel=channel, status="done", received_at=_now(), processed_at=_now())
    session.add(row)
    session.flush()
    return row.id


def webchat_message(session: Session, conversation: str, limits: Limits, secret: str) -> Decision:
    """Count a web chat message (one the dialogue would get) and decide. A chat opened past
    its client's limit gets no dialogue at all: only the wait reply, once."""
    limited = conversation.startswith(LIMITED_PREFIX)
    if not limited and limits.webchat_messages <= 0:
        return WITHIN
    limit = 0 if limited else limits.webchat_messages
    key = keyed(secret, "conversation", conversation)
    row_id = _count_row(session, WEBCHAT, key)
    return decide(session, channel=WEBCHAT, key=key, row_id=row_id, limit=limit,
                  window=minutes(limits.webchat_window_minutes))


def webchat_open(session: Session, client: str, conversation: str, limits: Limits,
                 secret: str) -> tuple[Decision, str]:
    """Count a new anonymous chat from `client` and decide whether the client is over its
    limit. Returns the decision and the conversation the chat gets: `conversation`, or past
    the limit a "web-limited-..." one (no token, no dialogue but a crisis). Either is
    linked to the client, for the paging cap."""
    key = keyed(secret, "ip", client)
    row_id = _count_row(session, WEBCHAT_OPEN, key, ref=conversation)
    if limits.webchat_opens <= 0:
        return WITHIN, conversation
    decision = decide(session, channel=WEBCHAT_OPEN, key=key, row_id=row_id, limit=limits.webchat_opens,
                      window=minutes(limits.webchat_open_window_minutes))
    if decision.over:
        conversation = f"{LIMITED_PREFIX}{secrets.token_hex(16)}"
        session.get(InboundMessage, row_id).provider_sid = conversation
    return decision, conversation


# --- staff pages ------------------------------------------------------------------------


def sender_conversations(session: Session, conversation_id: str, now: dt.datetime) -> tuple[str, list[str]]:
    """(the sender's key, its conversations): a phone's conversation is the phone itself; an
    anonymous web chat belongs with every chat its client address opened lately."""
    client = session.execute(select(InboundMessage.from_number).where(
        InboundMessage.channel == WEBCHAT_OPEN, InboundMessage.provider_sid == conversation_id)).scalar()
    if client is None:
        return conversation_id, [conversation_id]
    chats = session.execute(select(InboundMessage.provider_sid).where(
        InboundMessage.channel == WEBCHAT_OPEN, InboundMessage.from_number == client,
        InboundMessage.received_at > now - CLIENT_CHATS_LOOKBACK)).scalars().all()
    return client, sorted({conversation_id, *chats})


def may_page(session: Session, conversation_id: str, page_body_like: str, limits: Limits,
             now: dt.datetime | None = None) -> bool:
    """Whether an escalation of `conversation_id` may queue one more staff page: fewer than
    `limits.staff_pages` pages (notifications whose text is like `page_body_like`) from
    escalations of the same sender in the window."""
    if limits.staff_pages <= 0:
        return True
    now = now or _now()
    key, conversations = sender_conversations(session, conversation_id, now)
    serialize(session, f"page:{key}")
    pages = session.execute(
        select(func.count(OutboundMessage.id)).join(Escalation, OutboundMessage.escalation_id == Escalation.id)
        .where(OutboundMessage.purpose == "notification", OutboundMessage.body.like(page_body_like),
               OutboundMessage.created_at > now - minutes(limits.staff_page_window_minutes),
               Escalation.conversation_id.in_(conversations))
    ).scalar_one()
    return pages < limits.staff_pages
