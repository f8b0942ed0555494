"""The reminder scheduler: every REMINDER_CHECK_SECONDS, one pass of bot/reminders.py, then
each reminder it claimed is delivered through Rasa (`trigger_intent` with
EXTERNAL_reminder), so it is said in the person's conversation and their answer is read
against it.

It runs in the console process's background watch (bot/console/follow_up.py), beside
the outbound retry loop and the escalation chase: all three are the clock's work, all
three keep their state in the database and claim it with conditional writes, so any
number of consoles may run them; one process fewer on a small machine. A pass that fails
(the database or Rasa down) is logged and the next one carries on: a reminder claimed but
not delivered is triggered again (`reminders.RETRIGGER_AFTER`) while still useful.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot import reminders
from bot.clock import now_utc
from bot.config import Settings
from bot.console import rasa_api
from bot.coverage import Coverage
from bot.db import session_scope
from bot.models import Reminder
from bot.reminder_policy import ReminderPolicy

log = logging.getLogger(__name__)

CONCURRENT_TRIGGERS = 8  # a reminder wave must not queue thousands of requests at Rasa at once


def claim_once(engine: Engine | None, policy: ReminderPolicy, settings: Settings, coverage: Coverage,
               now: dt.datetime | None = None) -> list[tuple[int, str, str]]:
    """One pass in one transaction; returns (reminder id, conversation, channel) to deliver."""
    with session_scope(engine) as session:
        result = reminders.run_pass(session, now or now_utc(), policy, settings, coverage)
        if result.dropped or result.missed:
            log.info("reminder pass: %d claimed, %d dropped, %d missed (%d escalated)",
                     len(result.claimed), result.dropped, result.missed, result.escalated)
        if not result.claimed:
            return []
        rows = session.execute(select(Reminder.id, Reminder.conversation_id, Reminder.channel)
                               .where(Reminder.id.in_(result.claimed))).all()
        return [tuple(row) for row in rows]


async def deliver(settings: Settings, due: list[tuple[int, str, str]]) -> int:
    """Trigger each reminder in its conversation; returns how many Rasa accepted. One that
    fails stays claimed and is triggered again by a later pass."""
    gate = asyncio.Semaphore(CONCURRENT_TRIGGERS)

    async def one(reminder_id: int, conversation_id: str, channel: str) -> bool:
        async with gate:
            try:
                await rasa_api.trigger_intent(settings, conversation_id, channel, "EXTERNAL_reminder",
                                              {"reminder_id": str(reminder_id)})
                return True
            except Exception as exc:  # Rasa restarting or slow: retried by a later pass
                log.warning("reminder %s not delivered to the dialogue yet: %s", reminder_id, type(exc).__name__)
                return False

    results = await asyncio.gather(*(one(*row) for row in due))
    return sum(results)


async def run_once(settings: Settings, policy: ReminderPolicy, coverage: Coverage, engine: Engine | None) -> int:
    due = await asyncio.to_thread(claim_once, engine, policy, settings, coverage)
    return await deliver(settings, due) if due else 0
