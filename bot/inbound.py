"""Inbound messages are stored before they are acknowledged, and handed to the dialogue once.

A message's life: `received` (stored by the webhook before it answers Twilio 200), then
`processing` (claimed by one server with a conditional UPDATE), then `done`. Twilio does not
retry after a 200, so a server that dies between the 200 and the reply would lose the
message; instead the row stays `received` (or `processing`), and the recovery pass that
every Rasa server runs (on start and every few seconds) takes it up again. A Twilio retry
of the same MessageSid hits the unique provider id and is a no-op.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.models import InboundMessage, OutboundMessage, utcnow

RECEIVED, PROCESSING, DONE, FAILED = "received", "processing", "done", "failed"
# A message that broke its turn this many times is answered with a safe reply and marked
# `failed` (kept, for the logs), so one poisonous message cannot block the recovery pass.
MAX_ATTEMPTS = 3
# A `received` row younger than this belongs to the live request that stored it; the
# recovery pass leaves it alone so it does not race that request.
LIVE_GRACE = dt.timedelta(seconds=5)


@dataclass(frozen=True)
class Pending:
    id: int
    provider_sid: str
    from_number: str
    body: str
    attempts: int  # claims before this one


def store(session: Session, provider_sid: str, from_number: str, body: str, channel: str = "sms",
          now: dt.datetime | None = None, claimed: bool = False) -> int | None:
    """Keep a message before anyone is told it arrived; None if it was stored before.
    `claimed`: stored already taken by this server (as `claim` would, without a second
    statement), for a channel that processes it at once."""
    at = now or utcnow()
    taken = {"status": PROCESSING, "claimed_at": at, "attempts": 1} if claimed else \
        {"status": RECEIVED, "claimed_at": None, "attempts": 0}
    # One statement: a repeated provider id inserts nothing (it was a savepoint, an INSERT that could fail
    # and a release: three statements on every message, docs/performance.md).
    result = session.execute(_insert_if_new(session.get_bind().dialect.name), dict(
        provider_sid=provider_sid, from_number=from_number, body=body, channel=channel, received_at=at, **taken))
    return result.inserted_primary_key[0] if result.rowcount else None


@functools.lru_cache(maxsize=None)
def _insert_if_new(dialect_name: str):
    """INSERT ... ON CONFLICT (provider_sid) DO NOTHING, in the database's own dialect; built
    once per dialect, its values bound per message (building it was about a quarter of its cost)."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    stored = ("provider_sid", "from_number", "body", "channel", "received_at", "status", "claimed_at", "attempts")
    return dialect.insert(InboundMessage.__table__).values({name: bindparam(name) for name in stored}) \
        .on_conflict_do_nothing(index_elements=["provider_sid"])


def claim(session: Session, inbound_id: int, now: dt.datetime, stale_after: dt.timedelta) -> bool:
    """Take a message for processing: only one server gets True. A message some server
    claimed longer than `stale_after` ago (it died mid-turn) can be claimed again."""
    claimable = or_(InboundMessage.status == RECEIVED,
                    and_(InboundMessage.status == PROCESSING, InboundMessage.claimed_at < now - stale_after))
    taken = session.execute(
        update(InboundMessage).where(InboundMessage.id == inbound_id, claimable)
        .values(status=PROCESSING, claimed_at=now, attempts=InboundMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    return bool(taken)


def finish(session: Session, inbound_id: int, now: dt.datetime, status: str = DONE) -> None:
    session.execute(update(InboundMessage).where(InboundMessage.id == inbound_id)
                    .values(status=status, processed_at=now).execution_options(synchronize_session=False))


def recoverable(session: Session, now: dt.datetime, stale_after: dt.timedelta, limit: int = 100) -> list[Pending]:
    """Messages a live request is not handling: `received` past the grace period, or
    `processing` by a server that went away; oldest first, so each sender's stay in order."""
    waiting = or_(and_(InboundMessage.status == RECEIVED, InboundMessage.received_at < now - LIVE_GRACE),
                  and_(InboundMessage.status == PROCESSING, InboundMessage.claimed_at < now - stale_after))
    rows = session.execute(
        select(InboundMessage.id, InboundMessage.provider_sid, InboundMessage.from_number, InboundMessage.body,
               InboundMessage.attempts)
        .where(waiting, InboundMessage.channel == "sms").order_by(InboundMessage.id).limit(limit)
    ).all()
    return [Pending(row.id, row.provider_sid, row.from_number, row.body or "", row.attempts) for row in rows]


def was_answered(session: Session, inbound_id: int) -> bool:
    """Did any SMS go out in answer to this message (recorded, whatever its delivery)?"""
    return session.execute(select(OutboundMessage.id).where(OutboundMessage.inbound_id == inbound_id)).first() is not None
